// The chronicle: the dated list of contacts for a period, the same entries as `attache chronicle`,
// filtered by period, country pair, actor, type and words of the source documents. Each entry shows
// the reader's confidence (a badge; none for an analyst's event); the list can be sorted by it, the
// doubtful first, and limited to a minimum, so that an analyst reviews the doubtful ones first.
import { api, qs } from '../api.js';
import { h, show, errorBox, sharedFilters, shareFiltersInNav } from '../dom.js';

const FIELDS = ['from', 'to', 'country', 'actor', 'type', 'status', 'q', 'min_confidence', 'sort'];
/** Rejected events leave the chronicle; this filter is how they are found again (issue 19). */
const SORTS = [['', 'by date'], ['confidence', 'doubtful first'], ['-confidence', 'surest first']];
const STATUSES = [['', 'not rejected'], ['machine', 'as extracted'], ['confirmed', 'confirmed'], ['corrected', 'corrected'], ['rejected', 'rejected']];

function filterForm(values, onChange) {
  const input = (name, label, attrs = {}) => h('label', {}, label, h('input', { name, value: values[name] ?? '', ...attrs }));
  const form = h(
    'form',
    { class: 'filters', id: 'filters' },
    input('from', 'From', { type: 'text', placeholder: 'YYYY-MM-DD', size: 10 }),
    input('to', 'To', { type: 'text', placeholder: 'YYYY-MM-DD', size: 10 }),
    input('country', 'Countries', { placeholder: 'RUS,ARM', size: 9 }),
    input('actor', 'Actor', { placeholder: 'name', size: 12 }),
    h('label', {}, 'Type', h('select', { name: 'type' }, ['', 'call', 'meeting', 'visit', 'summit'].map((t) => h('option', { value: t, selected: values.type === t }, t || 'any')))),
    h('label', {}, 'Status', h('select', { name: 'status' }, STATUSES.map(([v, t]) => h('option', { value: v, selected: values.status === v }, t)))),
    input('q', 'Words', { placeholder: 'in the sources', size: 12 }),
    input('min_confidence', 'Confidence ≥', { type: 'number', min: 0, max: 1, step: 'any', placeholder: '0–1', size: 4 }),
    h('label', {}, 'Order', h('select', { name: 'sort' }, SORTS.map(([v, t]) => h('option', { value: v, selected: values.sort === v }, t)))),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    onChange(Object.fromEntries(FIELDS.map((f) => [f, String(data[f] ?? '').trim()])));
  });
  return form;
}

/** The reader's confidence as a small badge (two decimals), shaded when doubtful; nothing when it has none. */
function confidenceBadge(c) {
  if (c == null) return null;
  const level = c < 0.5 ? 'low' : c < 0.8 ? 'mid' : 'high';
  return h('span', { class: `badge confidence confidence-${level}`, title: "the reader's confidence that an annotator would record this event" }, c.toFixed(2));
}

function entry(e, citations) {
  return h(
    'li',
    { class: `entry status-${e.status}`, dataset: { type: e.type, uid: e.uid } },
    h('strong', {}, `${e.dateLabel}. `),
    h('a', { href: `/events/${e.eventId}`, class: 'entry-link' }, e.text),
    e.status !== 'machine' ? h('span', { class: 'badge status' }, e.status) : null,
    confidenceBadge(e.confidence),
    ' ',
    e.citations.map((n) => {
      const c = citations.get(n);
      return h('a', { class: 'cite', href: c?.documentId ? `/documents/${c.documentId}${qs({ start: c.start, end: c.end })}` : null, title: c?.sentence ?? '' }, `[${n}]`);
    }),
  );
}

// Filters can be applied faster than the server answers: only the answer to the latest request is
// shown. The earlier request is aborted, and an answer that still arrives late (an abort does not
// stop one already read) is recognised by its sequence number and dropped (issue 19).
let latest = 0;
let inFlight = null;

async function load(list, status, values) {
  const seq = ++latest;
  inFlight?.abort();
  const controller = (inFlight = new AbortController());
  status.textContent = 'Loading…';
  try {
    const c = await api(`/api/chronicle${qs(values)}`, { signal: controller.signal });
    if (seq !== latest) return;
    const citations = new Map(c.citations.map((x) => [x.n, x]));
    list.replaceChildren(...(c.entries.length ? c.entries.map((e) => entry(e, citations)) : [h('li', { class: 'empty' }, 'No contacts recorded for this selection.')]));
    status.textContent = `${c.entries.length} contacts${c.truncated ? ' (the first ones; narrow the filters)' : ''}`;
  } catch (e) {
    if (seq !== latest) return;
    list.replaceChildren();
    status.replaceChildren(errorBox(e));
  }
}

export async function render() {
  const params = new URLSearchParams(location.search);
  const values = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? '']));
  const list = h('ul', { class: 'chronicle', id: 'chronicle' });
  const status = h('p', { class: 'count', id: 'chronicle-count', role: 'status' });
  const form = filterForm(values, (v) => {
    history.replaceState(null, '', `/chronicle${qs(v)}`);
    shareFiltersInNav();
    networkLink.setAttribute('href', `/network${qs(sharedFilters(v))}`);
    load(list, status, v);
  });
  // The network of the same period, countries and type: the two pages share their filters.
  const networkLink = h('a', { href: `/network${qs(sharedFilters(values))}`, id: 'network-link' }, 'Network of this selection');
  show(h('h1', {}, 'Meetings and Conversations'), form, h('p', { class: 'meta' }, networkLink), status, list);
  await load(list, status, values);
}
