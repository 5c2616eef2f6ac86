// The dated "Meetings and Conversations" chronicle: one entry per event in date order, each with
// its participants and their roles at that date, place, initiator, topics and a numbered citation
// of a source sentence from each account that gives its date. Built as data first, then rendered as
// Markdown or HTML. Takes full event rows (`listEvents`) or the lighter ones of `chronicleEvents`.
import type { EventRow, Evidence } from '../read-model/types.ts';
import type { ChronicleEvent } from './query.ts';
import type { Gazetteer } from '../gazetteer/index.ts';

export interface ChronicleEntry {
  date: string | null;
  dateLabel: string;
  text: string;
  citations: number[];
  eventId: number;
}

export interface Citation {
  n: number;
  document: string;
  outlet: string | null;
  url: string | null;
  sentence: string;
  start: number;
  end: number;
}

export interface Chronicle {
  title: string;
  period: { from: string | null; to: string | null };
  entries: ChronicleEntry[];
  citations: Citation[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const VERB: Record<string, string> = {
  call: 'Telephone conversation',
  meeting: 'Meeting',
  visit: 'Visit',
  summit: 'Summit',
};

export function dateLabel(d: string | null): string {
  if (!d) return 'Date not stated';
  const [y, m, day] = d.split('-').map(Number);
  if (!m) return String(y);
  return day ? `${day} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}

export function person(g: Gazetteer, p: EventRow['participants'][number], date: string | null): string {
  const entry = g.people.get(p.actor_id);
  const role = entry ? g.roleAt(entry, date) : null;
  const country = p.country ? g.countries.get(p.country)?.name ?? p.country : null;
  const title = role?.title ?? (p.role ? p.role.replace(/-/g, ' ') : null);
  return title ? `${p.name} (${title})` : country ? `${p.name} (${country})` : p.name;
}

export function list(items: string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The chronicle sentence of one event: who, what, where, on whose initiative. */
export function entryText(g: Gazetteer, e: Pick<ChronicleEvent, 'type' | 'date' | 'participants' | 'countries' | 'location' | 'initiator'>): string {
  const people = e.participants.map((p) => person(g, p, e.date));
  const countryNames = e.countries.map((c) => g.countries.get(c)?.name ?? c);
  let text: string;
  if (e.type === 'visit') {
    text = `${list(people) || list(countryNames)}: visit${e.location ? ` to ${e.location}` : ''}`;
  } else if (e.type === 'summit') {
    // A gathering's record names those the text places there, not a meeting among them: said as
    // attendance, so that it does not read as a second entry beside a meeting of the same people.
    text = `Summit${e.location ? ` in ${e.location}` : ''}, attended by ${people.length ? list(people) : `representatives of ${list(countryNames)}`}`;
  } else {
    const who = people.length ? list(people) : `representatives of ${list(countryNames)}`;
    text = `${VERB[e.type] ?? e.type} of ${who}${e.location ? ` in ${e.location}` : ''}`;
  }
  if (e.initiator) text += `, on the initiative of the ${g.countries.get(e.initiator)?.adjectives[0] ?? e.initiator} side`;
  return text + '.';
}

/** Accounts whose own date is the event's: their sentences support the dated entry. */
export function supportingAccounts<A extends { date: string | null; evidence: Evidence[] }>(e: { date: string | null; accounts: A[] }): A[] {
  const same = e.accounts.filter((a) => a.date === e.date && a.evidence.length);
  return same.length ? same : e.accounts.filter((a) => a.evidence.length).slice(0, 1);
}

export function buildChronicle(g: Gazetteer, events: ChronicleEvent[], period: { from?: string; to?: string } = {}): Chronicle {
  const citations: Citation[] = [];
  const sorted = [...events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id - b.id);
  const entries = sorted.map((e) => {
    let text = entryText(g, e);
    if (e.topics.length) text += ` Topics: ${e.topics.slice(0, 4).join('; ')}.`;
    // One sentence from each account that gives the event's date (up to three), else the first account's.
    const ns = supportingAccounts(e).slice(0, 3).map((a) => {
      const ev = a.evidence[0];
      const n = citations.length + 1;
      citations.push({ n, document: a.document.name, outlet: a.document.outlet, url: a.document.url, sentence: ev.sentence, start: ev.start, end: ev.end });
      return n;
    });
    return { date: e.date, dateLabel: dateLabel(e.date), text, citations: ns, eventId: e.id };
  });
  return { title: 'Meetings and Conversations', period: { from: period.from ?? null, to: period.to ?? null }, entries, citations };
}
