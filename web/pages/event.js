// The event page: participants with their roles at that date, date, place, initiator, topics, the
// analyst's corrections, and each account's source sentence highlighted in its document's text, with
// why it was joined to this contact and a button to split it off (issue 18).
import { api } from '../api.js';
import { h, show, dateLabel, role, safeHref } from '../dom.js';
import { highlighted, scrollToFocus } from '../highlight.js';
import { curationPanel, splitButton, readOnlyNote } from '../curation.js';
import { reasonLine, splitOffList } from '../reasons.js';

const TYPE = { call: 'Telephone conversation', meeting: 'Meeting', visit: 'Visit', summit: 'Summit' };

function fields(e) {
  const row = (label, value, field) =>
    [h('dt', {}, label), h('dd', { class: e.corrected?.includes(field) ? 'corrected' : null, dataset: { field } }, value || '—', e.corrected?.includes(field) ? h('span', { class: 'badge analyst' }, 'corrected') : null)];
  return h(
    'dl',
    { class: 'fields' },
    row('Date', e.date ? dateLabel(e.date) : null, 'date'),
    row('Type', e.type, 'type'),
    row('Place', e.location, 'location'),
    row('Initiator', e.initiator ? `the ${e.initiator} side` : null, 'initiator'),
    row('Topics', e.topics.join('; '), 'topics'),
    row('Countries', e.countries.join(', '), 'countries'),
  );
}

function participants(e) {
  return h(
    'ul',
    { class: `participants${e.corrected?.includes('participants') ? ' corrected' : ''}`, id: 'participants' },
    e.participants.map((p) => h('li', {}, h('a', { href: `/actors/${encodeURIComponent(p.actor_id)}` }, p.name), p.role ? `, ${role(p.role)}` : '', p.country ? ` (${p.country})` : '')),
  );
}

async function account(e, a) {
  const doc = await api(`/api/documents/${a.document.id}`);
  const spans = a.evidence.map((s) => ({ ...s, focus: true, title: s.rule }));
  const box = highlighted(doc.text, spans);
  const source = safeHref(a.document.url ?? '');
  return h(
    'section',
    { class: 'account', dataset: { uid: a.uid } },
    h('h3', {}, h('a', { href: `/documents/${a.document.id}` }, a.document.name), a.document.outlet ? ` — ${a.document.outlet}` : '', a.document.published ? `, ${dateLabel(a.document.published)}` : ''),
    source ? h('p', { class: 'source' }, h('a', { href: source, rel: 'noopener noreferrer' }, source)) : null,
    a.reason ? reasonLine(e, a) : null,
    a.evidence.map((s) => h('blockquote', { class: 'evidence' }, s.sentence, h('small', {}, ` (characters ${s.start}–${s.end})`))),
    e.accounts?.length > 1 ? splitButton(e, a) : null,
    h('details', { open: true }, h('summary', {}, 'The sentence in the document'), box),
  );
}

function corrections(e) {
  if (!e.corrections?.length) return null;
  return h(
    'section',
    { class: 'corrections', id: 'corrections' },
    h('h2', {}, "Analysts' records"),
    h('ul', {}, e.corrections.map((c) => h('li', {}, `${c.created_at.slice(0, 16).replace('T', ' ')} — ${c.author ?? 'analyst'}: ${c.action}${c.field ? ` ${c.field}` : ''}${c.value != null ? ` → ${JSON.stringify(c.value)}` : ''}`))),
  );
}

export async function render(id) {
  const e = await api(`/api/events/${encodeURIComponent(id)}`);
  const accounts = e.accounts?.length ? e.accounts : [{ uid: e.uid, document: e.document, evidence: e.evidence }];
  const sections = await Promise.all(accounts.map((a) => account(e, a)));
  const origin = e.origin === 'analyst' ? h('span', { class: 'badge analyst' }, "analyst's event") : null;
  show(
    h('p', { class: 'crumbs' }, h('a', { href: '/chronicle' }, '← Chronicle')),
    h('h1', {}, `${TYPE[e.type] ?? e.type}, ${dateLabel(e.date)}`),
    h('p', { class: 'status', id: 'event-status' }, `Status: ${e.status}`, ' ', origin, ` · uid ${e.uid}`, e.confidence != null ? ` · confidence ${e.confidence.toFixed(2)}` : ''),
    fields(e),
    h('h2', {}, 'Participants'),
    participants(e),
    curationPanel(e),
    readOnlyNote('Curating this event (confirm, reject, correct, merge, split an account off)'),
    corrections(e),
    h('h2', {}, accounts.length > 1 ? `Accounts (${accounts.length} documents)` : 'Source'),
    sections,
    splitOffList(e),
  );
  for (const s of sections) scrollToFocus(s.querySelector('.doc-text'));
}
