// The review page: the draft of a period and focus as the API drafts it, with a text box per
// section for the analyst's own text. "Save" stores one section's text (a write: it needs the
// token); "Regenerate draft" asks for the draft again, so the generated part follows the record
// while the saved text stays. Each citation [n] jumps to source n at the foot of the page; a source
// opens its sentence in the document view and, when it has one, the original article. The
// publishable files (HTML, Markdown, Word, PDF) are links to the same API.
import { api, qs } from '../api.js';
import { h, show, dateLabel, errorBox } from '../dom.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function change(cur, prev) {
  if (prev === 0) return cur === 0 ? '±0' : 'new';
  const pct = Math.round(((cur - prev) / prev) * 100);
  return `${cur - prev >= 0 ? '+' : ''}${cur - prev} (${pct >= 0 ? '+' : ''}${pct}%)`;
}

const cite = (ns) => ns.map((n) => h('a', { class: 'cite', href: `#cite-${n}` }, `[${n}]`));

function entry(e) {
  const topics = e.topics.length ? [' Topics mentioned: ', e.topics.flatMap((t, i) => [i ? '; ' : '', `${t.label} `, cite([t.citation])]), '.'] : [];
  return h('li', {}, h('strong', {}, `${e.dateLabel}.`), ` ${e.text} `, cite(e.citations), topics, ' ', h('a', { class: 'meta', href: `/events/${e.eventId}` }, 'event'));
}

function figures(r) {
  return h(
    'table',
    { class: 'list figures' },
    h('thead', {}, h('tr', {}, ['figure', 'this period', 'previous period', 'change'].map((t) => h('th', {}, t)))),
    h('tbody', {}, r.figures.map((f) => h('tr', { class: f.label.startsWith(' ') ? 'sub' : null }, h('td', {}, f.label.trim()), h('td', {}, String(f.current)), h('td', {}, String(f.previous)), h('td', {}, change(f.current, f.previous))))),
  );
}

/** The text box of one section: saved text in it, Save writes it (with the token), the state beside it. */
function noteBox(r, s, values) {
  const area = h('textarea', { id: `note-${s.key}`, name: s.key, rows: 5, 'aria-label': `Analyst’s text: ${s.title}`, placeholder: s.analyst ?? 'The analyst’s text for this section.' }, s.note?.text ?? '');
  const state = h('span', { class: 'note', id: `note-state-${s.key}`, role: 'status' }, s.note ? `saved ${s.note.updatedAt.slice(0, 16).replace('T', ' ')}${s.note.author ? ` by ${s.note.author}` : ''}` : 'not written yet');
  const form = h('form', { class: 'analyst-note', dataset: { section: s.key } }, area, h('div', {}, h('button', { type: 'submit', class: 'write-only' }, 'Save'), ' ', state, h('span', { class: 'read-only hint' }, ' Set the token to write here.')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    state.textContent = 'Saving…';
    state.className = 'note';
    try {
      const saved = await api(`/api/review/sections/${encodeURIComponent(s.key)}`, { method: 'PUT', body: { from: values.from, to: values.to, focus: r.focus, text: area.value } });
      area.defaultValue = area.value; // what is stored now
      state.textContent = saved.note ? `saved ${saved.note.updatedAt.slice(0, 16).replace('T', ' ')}` : 'removed (empty)';
    } catch (e) {
      state.textContent = `Not saved: ${e.message}`;
      state.className = 'note error';
    }
  });
  return form;
}

function source(c) {
  return h(
    'li',
    { id: `cite-${c.n}`, value: c.n },
    [c.outlet, c.title, c.date ? dateLabel(c.date) : null].filter(Boolean).join(', '),
    c.url ? [', ', h('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, c.url)] : null,
    ': ',
    h('q', {}, c.sentence),
    ' ',
    h('a', { class: 'meta', href: `/documents/${c.documentId}?start=${c.start}&end=${c.end}` }, 'in the document'),
  );
}

function draft(r, values) {
  const parts = [
    h('p', { class: 'meta' }, `Review period: ${dateLabel(r.period.from)} – ${dateLabel(r.period.to)} (compared with ${dateLabel(r.previous.from)} – ${dateLabel(r.previous.to)}) · focus ${r.focus.join(', ')}`),
    h('h2', {}, 'Key Figures'),
    figures(r),
  ];
  for (const s of r.sections) {
    parts.push(h('section', { class: 'review-section', id: `section-${s.key}` }, h('h2', {}, s.title), noteBox(r, s, values), (s.groups ?? []).map((g) => [h('h3', {}, g.title), h('ul', { class: 'review-entries' }, g.entries.length ? g.entries.map(entry) : h('li', {}, h('em', {}, 'No contacts recorded in this period.')))])));
  }
  parts.push(
    h('h2', {}, 'Where the Accounts Differ'),
    h('ul', {}, r.differences.length ? r.differences.map((d) => h('li', {}, h('strong', {}, d.heading), ' ', cite(d.citations), h('ul', {}, d.points.map((p) => h('li', {}, `${p.text} `, cite(p.citations)))))) : h('li', {}, h('em', {}, 'No contact of the period is reported by more than one account with differences.'))),
    h('h2', {}, 'Sources'),
    h('ol', { class: 'sources' }, r.sources.map(source)),
  );
  return h('div', { id: 'review-draft' }, parts);
}

export async function render() {
  const params = new URLSearchParams(location.search);
  const values = { from: params.get('from') ?? '', to: params.get('to') ?? '', focus: params.get('focus') || 'ARM,AZE' };
  const form = h(
    'form',
    { class: 'filters', id: 'review-form', method: 'get', action: '/review' },
    h('label', {}, 'From ', h('input', { name: 'from', value: values.from, placeholder: 'YYYY-MM-DD', size: 10, required: true })),
    h('label', {}, 'To ', h('input', { name: 'to', value: values.to, placeholder: 'YYYY-MM-DD', size: 10, required: true })),
    h('label', {}, 'Focus ', h('input', { name: 'focus', value: values.focus, size: 9 })),
    h('button', { type: 'submit' }, 'Draft'),
  );
  if (!DAY.test(values.from) || !DAY.test(values.to)) {
    show(h('h1', {}, 'Review'), form, h('p', { class: 'hint' }, 'Choose the first and last day of the period (YYYY-MM-DD) and the focus countries.'));
    return;
  }
  const query = qs(values);
  const files = h('p', { class: 'meta', id: 'review-files' }, 'Download: ', ['html', 'md', 'docx', 'pdf'].flatMap((f, i) => [i ? ' · ' : '', h('a', { href: `/api/review${qs({ ...values, format: f })}` }, f === 'md' ? 'Markdown' : f === 'docx' ? 'Word' : f.toUpperCase())]));
  const regenerate = h('button', { type: 'button', id: 'regenerate' }, 'Regenerate draft');
  const status = h('span', { id: 'review-state', class: 'note', role: 'status' });
  const holder = h('div', { id: 'review-holder' });
  const load = async () => {
    status.textContent = 'Drafting…';
    try {
      const r = await api(`/api/review${query}`);
      // Text typed but not saved yet is carried into the new draft (and still marked unsaved).
      const typed = [...holder.querySelectorAll('form.analyst-note textarea')].filter((t) => t.value !== t.defaultValue).map((t) => [t.name, t.value]);
      holder.replaceChildren(draft(r, values));
      for (const [key, text] of typed) {
        const area = document.getElementById(`note-${key}`);
        if (!area) continue;
        area.value = text;
        document.getElementById(`note-state-${key}`).textContent = 'not saved yet';
      }
      status.textContent = `Drafted ${new Date().toLocaleTimeString()}: ${r.sources.length} sources.`;
    } catch (e) {
      holder.replaceChildren(errorBox(e));
      status.textContent = '';
    }
  };
  regenerate.addEventListener('click', load);
  show(h('h1', {}, 'Review'), form, files, h('p', {}, regenerate, ' ', status), holder);
  await load();
}
