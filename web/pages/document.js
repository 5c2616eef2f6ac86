// A document: its metadata and text, every extracted span highlighted and linked to its event,
// the span of the address (?start=&end=) in focus; an analyst can select text and add the event
// the machine missed.
import { api } from '../api.js';
import { h, show, dateLabel, safeHref } from '../dom.js';
import { highlighted, scrollToFocus } from '../highlight.js';
import { parseParticipants } from '../curation.js';

/** Offsets of the current selection inside the text box, or null. Offsets count the text nodes. */
function selectionOffsets(box) {
  const sel = getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  if (!box.contains(r.startContainer) || !box.contains(r.endContainer)) return null;
  const offset = (node, off) => {
    const pre = document.createRange();
    pre.selectNodeContents(box);
    pre.setEnd(node, off);
    return pre.toString().length;
  };
  return { start: offset(r.startContainer, r.startOffset), end: offset(r.endContainer, r.endOffset) };
}

function addForm(doc, box) {
  const span = h('span', { id: 'add-span' }, 'Select text in the document, then fill in the event.');
  const note = h('p', { class: 'note', role: 'status', id: 'add-note' });
  const f = h(
    'form',
    { id: 'add-form', class: 'correct' },
    h('p', {}, span),
    h('label', {}, 'Type ', h('select', { name: 'type' }, ['call', 'meeting', 'visit', 'summit'].map((t) => h('option', { value: t }, t)))),
    h('label', {}, 'Date ', h('input', { name: 'date', placeholder: 'YYYY-MM-DD', size: 10 })),
    h('label', {}, 'Place ', h('input', { name: 'location', size: 14 })),
    h('label', { class: 'wide' }, 'Participants — name; country; role; actor id (one a line) ', h('textarea', { name: 'participants', rows: 3, required: true })),
    h('button', { type: 'submit' }, 'Add event'),
    note,
  );
  let chosen = null;
  document.addEventListener('selectionchange', () => {
    const s = selectionOffsets(box);
    if (!s) return;
    chosen = s;
    span.textContent = `Selected characters ${s.start}–${s.end}: “${doc.text.slice(s.start, s.end).slice(0, 200)}”`;
  });
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!chosen) return (note.textContent = 'Select the sentence first.');
    const d = new FormData(f);
    const body = {
      documentId: doc.id,
      start: chosen.start,
      end: chosen.end,
      type: String(d.get('type')),
      date: String(d.get('date') ?? '').trim() || null,
      location: String(d.get('location') ?? '').trim() || null,
      participants: parseParticipants(String(d.get('participants') ?? '')),
    };
    try {
      const r = await api('/api/events', { method: 'POST', body });
      location.assign(`/events/${r.uid}`);
    } catch (e) {
      note.textContent = `Not added: ${e.message}`;
    }
  });
  return h('details', { class: 'curation write-only' }, h('summary', {}, 'Add a missing event from a span'), f);
}

export async function render(id) {
  const doc = await api(`/api/documents/${id}`);
  const q = new URLSearchParams(location.search);
  const focus = q.has('start') && q.has('end') ? { start: Number(q.get('start')), end: Number(q.get('end')) } : null;
  const spans = doc.spans.map((s) => ({ start: s.start, end: s.end, title: `${s.event.type}, ${dateLabel(s.event.date)}`, href: `/events/${s.event.uid}`, focus: focus ? s.start === focus.start && s.end === focus.end : false }));
  if (focus && !spans.some((s) => s.focus)) spans.push({ ...focus, focus: true, title: 'cited span' });
  const box = highlighted(doc.text, spans);
  box.classList.add('full');
  const url = safeHref(doc.url ?? '');
  show(
    h('p', { class: 'crumbs' }, h('a', { href: '/documents' }, '← Documents')),
    h('h1', {}, doc.title || doc.name),
    h(
      'p',
      { class: 'meta' },
      doc.name,
      doc.outlet ? ` · ${doc.outlet}` : '',
      doc.published ? ` · ${dateLabel(doc.published)}` : '',
      ` · ${doc.spans.length} extracted spans`,
      url ? [' · ', h('a', { href: url, rel: 'noopener noreferrer' }, 'original')] : '',
    ),
    addForm(doc, box),
    box,
  );
  scrollToFocus(box, { page: true });
}
