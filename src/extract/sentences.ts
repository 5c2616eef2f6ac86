// Content regions → sentences with offsets, using wink-nlp's sentence boundary detection. A line
// break always ends a paragraph (and so a sentence): headings and captions stand alone.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Sentence } from '../types.ts';

const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

export function splitSentences(doc: Doc): Sentence[] {
  const view = doc.view ?? doc.text;
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const region of doc.regions) {
    const body = view.slice(region.start, region.end);
    const para = /[^\n]+/g;
    for (let m = para.exec(body); m; m = para.exec(body)) {
      if (!m[0].trim()) continue;
      const base = region.start + m.index;
      const d = nlp.readDoc(m[0]);
      const values = d.tokens().out(its.value) as string[];
      const spaces = d.tokens().out(its.precedingSpaces) as string[];
      // Token i starts after its preceding spaces; wink keeps the text losslessly this way.
      const starts: number[] = [];
      let pos = 0;
      for (let i = 0; i < values.length; i++) {
        pos += spaces[i].length;
        starts.push(pos);
        pos += values[i].length;
      }
      d.sentences().each((s: { out: (f?: unknown) => unknown }) => {
        const [a, b] = s.out(its.span) as unknown as [number, number];
        const start = base + starts[a];
        const end = base + starts[b] + values[b].length;
        out.push({ index: out.length, paragraph, start, end, text: view.slice(start, end) });
      });
      paragraph++;
    }
  }
  return out;
}
