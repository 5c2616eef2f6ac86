// Russian content regions → sentences with offsets. A line break ends a paragraph (a headline, a
// caption, a dateline stand alone); inside a paragraph a sentence ends at . ! ? … before a capital,
// a digit or an opening quote, unless the word before the stop is an abbreviation of the lexicon
// ("г.", "т.е.") or an initial ("В. Путин"). A region of several lines is a hard-wrapped paragraph
// whose lines ingest joined (ingest/clean.ts): its line breaks are read as spaces.
import type { Doc, Sentence } from '../../types.ts';
import { softBreaks } from '../../ingest/clean.ts';

const BOUNDARY = /[.!?…]+["”’»)]*\s+(?=["“‘«„(—–-]?\s?[\p{Lu}\d])/gu;
const WORD_BEFORE = /([\p{L}.]+)[.!?…]+["”’»)]*\s*$/u;

export function splitRuSentences(doc: Doc, abbreviations: Set<string>): Sentence[] {
  const view = softBreaks(doc.view ?? doc.text, doc.regions);
  const out: Sentence[] = [];
  let paragraph = 0;
  const push = (a: number, b: number, heading: boolean): void => {
    const raw = view.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) return;
    out.push({ index: out.length, paragraph, start: a + lead, end: a + lead + text.length, text, heading: heading || undefined });
  };
  for (const region of doc.regions) {
    const para = /[^\n]+/g;
    const body = view.slice(region.start, region.end);
    for (let pm = para.exec(body); pm; pm = para.exec(body)) {
      const p = pm[0];
      const base = region.start + pm.index;
      if (!p.trim()) continue;
      // A line without closing punctuation stands as a heading (a title, a caption, a dateline line).
      const heading = !/[.!?…"»”:;]\s*$/.test(p);
      let from = 0;
      BOUNDARY.lastIndex = 0;
      for (let m = BOUNDARY.exec(p); m; m = BOUNDARY.exec(p)) {
        const before = WORD_BEFORE.exec(p.slice(Math.max(0, m.index - 20), m.index + m[0].trimEnd().length));
        const word = before ? before[1].replace(/\.$/, '').toLowerCase() : '';
        // "В. Путин", "С.Лавров": an initial; "г.", "т.е.": an abbreviation.
        if (m[0].startsWith('.') && (/^(?:\p{Lu}\.){0,2}\p{Lu}$/u.test(before?.[1].replace(/\.$/, '') ?? '') || abbreviations.has(word) || abbreviations.has(word.split('.').pop() ?? ''))) continue;
        const end = m.index + m[0].trimEnd().length;
        push(base + from, base + end, false);
        from = m.index + m[0].length;
      }
      push(base + from, base + p.length, heading && from === 0);
      paragraph++;
    }
  }
  return out;
}
