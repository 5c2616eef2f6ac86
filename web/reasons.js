// Why an account belongs to its contact, in plain words (issue 18). The reason is stored with the
// link (`contact_accounts.reason`, src/store/contacts-assign.ts and curation.ts); its `text` is a
// terse record for the log, so the page words the structured fields itself and falls back to
// `text` for a kind it does not know.
import { h, dateLabel } from './dom.js';

const NOUN = { call: 'telephone conversation', meeting: 'meeting', visit: 'visit', summit: 'multilateral meeting' };
const noun = (t) => NOUN[t] ?? t;

/** The match's type is "other~this" when the two reports name it differently (src/merge/match.ts,
 * called with the matched account first). */
function typeWords(type) {
  if (!type) return 'contact';
  const [other, mine] = String(type).split('~');
  return mine && mine !== other ? `${noun(mine)} (the report it matched calls it a ${noun(other)})` : noun(other);
}

function dateWords(r) {
  const [a, b] = Array.isArray(r.dates) ? r.dates : [];
  if (r.dateRule === 'same-day') return `on the same day (${dateLabel(a)})`;
  if (r.dateRule === 'one-day-apart') return `a day apart (${dateLabel(a)} and ${dateLabel(b)}: one report came a day later)`;
  if (r.dateRule === 'same-month') return `in the same month (${dateLabel(a)} and ${dateLabel(b)}: one report gives only the month)`;
  return a ? `dated ${dateLabel(a)}` : 'with compatible dates';
}

/** A person's name from the event's participants, else the id made readable. */
function personName(e, id) {
  const p = e.participants?.find((x) => x.actor_id === id);
  if (p) return p.name;
  return String(id).replace(/^x:/, '').replace(/[-_]+/g, ' ');
}

function list(words) {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The account of another uid on this event, for "joined to the report of …". */
function accountName(e, uid) {
  const a = e.accounts?.find((x) => x.uid === uid);
  return a ? a.document.name : null;
}

const eventLink = (uid) => h('a', { href: `/events/${encodeURIComponent(uid)}` }, `event ${uid}`);

/** The reason as a sentence (or a few nodes, when it links to another event). */
export function reasonWords(e, reason) {
  const r = reason ?? {};
  const who = r.author ? `by ${r.author}` : 'by an analyst';
  switch (r.kind) {
    case 'first':
      return ['The first report of this contact in the store; the other reports were joined to it.'];
    case 'match': {
      const shared = Array.isArray(r.shared) ? r.shared.map((id) => personName(e, id)) : [];
      const to = accountName(e, r.with);
      return [
        `Joined by the machine: it tells of the same ${typeWords(r.type)} ${dateWords(r)}`,
        shared.length ? `, with ${list(shared)} taking part in both` : ', between the same states (nobody is named)',
        r.place ? `, in ${r.place}` : '',
        to ? `; matched with the report ${to}` : '',
        '.',
      ];
    }
    case 'carried':
      return ['Kept here when its document was extracted again: it is the new reading of a report that was already part of this contact.'];
    case 'analyst-merge':
      return [`Merged into this contact ${who} from `, eventLink(r.from), '.'];
    case 'analyst-split':
      return [`Split off ${who} from `, eventLink(r.from), '.'];
    case 'analyst-add':
      return [`Added ${who} from a passage of its document.`];
    default:
      return [r.text ? String(r.text) : 'No reason is recorded.'];
  }
}

/** The reason paragraph of an account on the event page. */
export function reasonLine(e, a) {
  return h(
    'p',
    { class: 'reason', dataset: { kind: a.reason?.kind ?? 'unknown' } },
    h('strong', {}, 'Why it is here: '),
    reasonWords(e, a.reason),
    a.pinned ? h('span', { class: 'badge analyst', title: "an analyst's decision: re-extraction and re-ingest do not move this account" }, 'kept by an analyst') : null,
  );
}

/** Contacts split off from this one (from its curation records), each linked. */
export function splitOffList(e) {
  const splits = (e.corrections ?? []).filter((c) => c.action === 'split' && c.value?.into);
  if (!splits.length) return null;
  return h(
    'section',
    { class: 'split-off', id: 'split-off' },
    h('h3', {}, 'Split off from this contact'),
    h('ul', {}, splits.map((c) => h('li', {}, `${c.created_at.slice(0, 16).replace('T', ' ')} — ${c.author ?? 'an analyst'} split a report off into `, eventLink(c.value.into)))),
  );
}
