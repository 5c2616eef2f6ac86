// A document's text with spans highlighted: the text is cut at the span offsets and each piece is a
// text node; highlighted pieces are <mark> elements. Offsets are UTF-16 offsets into the stored text.
import { h } from './dom.js';

/**
 * @param {string} text the stored document text
 * @param {Array<{start:number,end:number,title?:string,href?:string,focus?:boolean}>} spans
 */
export function highlighted(text, spans) {
  const box = h('div', { class: 'doc-text' });
  const sorted = spans.filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue; // overlapping spans: the first one wins
    if (s.start > at) box.append(document.createTextNode(text.slice(at, s.start)));
    const mark = h('mark', { class: s.focus ? 'focus' : null, title: s.title ?? null, dataset: { start: s.start, end: s.end } }, text.slice(s.start, s.end));
    box.append(s.href ? h('a', { href: s.href, class: 'span-link' }, mark) : mark);
    at = s.end;
  }
  if (at < text.length) box.append(document.createTextNode(text.slice(at)));
  return box;
}

/** Scrolls the first focused mark into view: inside the box when it scrolls itself, else the page. */
export function scrollToFocus(box, { page = false } = {}) {
  const m = box.querySelector('mark.focus') ?? box.querySelector('mark');
  if (!m) return;
  requestAnimationFrame(() => {
    if (page) m.scrollIntoView({ block: 'center' });
    else box.scrollTop = Math.max(0, m.offsetTop - box.offsetTop - box.clientHeight / 3);
  });
}
