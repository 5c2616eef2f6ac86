// Content regions → sentences with offsets, using wink-nlp's sentence boundary detection. A line
// break always ends a paragraph (and so a sentence): headings and captions stand alone. The one
// exception is a region of several lines, the joined lines of a hard-wrapped paragraph (see
// ingest/clean.ts): there a line break is read as a space.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type WinkNLP from 'wink-nlp';
import { zod } from '../lazy-zod.ts';
import { DATA_DIR } from '../paths.ts';
import { readYamlData } from '../data-cache.ts';
import type { Doc, Sentence } from '../types.ts';
import { softBreaks } from '../ingest/clean.ts';

// wink-nlp and its English model are loaded when a paragraph first needs them (a Russian document
// or one without abbreviations never does): they are a tenth of the CLI's start-up otherwise.
const require = createRequire(import.meta.url);
let nlp: ReturnType<typeof WinkNLP> | null = null;
function winkNlp(): ReturnType<typeof WinkNLP> {
  nlp ??= (require('wink-nlp') as typeof WinkNLP)(require('wink-eng-lite-web-model'), ['sbd']);
  return nlp;
}

/**
 * Where a full stop may not end a sentence: the abbreviations of data/lexicon/abbreviations.yaml
 * ("Mr.", "Gen.", "Feb."), initials ("S. Lavrov", "S.V.Lavrov", "U.S."), numbers ("10.2").
 * Paragraphs without any are split on ". X" directly; the others go through wink-nlp.
 */
export function abbreviationPattern(dataDir = DATA_DIR): RegExp {
  const lists = readYamlData(join(dataDir, 'lexicon', 'abbreviations.yaml'), (raw, z = zod()) => z.record(z.string(), z.array(z.string())).parse(raw));
  const words = Object.values(lists).flat().map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Every form holds a full stop, so the expression starts there and looks back for what stands
  // before it: the engine then skips straight from one stop to the next instead of trying every
  // letter as the start of an abbreviation (a quarter of the time on news paragraphs, same matches).
  return new RegExp(`\\.(?:(?<=\\b(?:${words.join('|')})\\.)\\s|(?<=\\b\\p{Lu}\\.)\\s|(?<=\\b\\p{L}\\.)\\p{L}|(?<=\\d\\.)\\d|(?<=\\b(?:i\\.e|e\\.g)\\.))`, 'u');
}
const ABBREVIATION = abbreviationPattern();
/** Twenty-one words or more (of a trimmed text): what `split(/\s+/).length > 20` says, without the array. */
const MORE_THAN_20_WORDS = /^(?:\S+\s+){20}\S/;
const BULLET = /^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+/;
const BOUNDARY = /[.!?…]+["”’»)]*\s+(?=["“‘«(]?[\p{Lu}\d])/gu;

function pushSentence(out: Sentence[], p: string, base: number, view: string, paragraph: number, a: number, b: number): void {
  const text = p.slice(a, b).trimEnd();
  if (text) out.push({ index: out.length, paragraph, start: base + a, end: base + a + text.length, text: view.slice(base + a, base + a + text.length) });
}

function splitPlain(p: string, base: number, view: string, paragraph: number, out: Sentence[]): void {
  let from = p.length - p.trimStart().length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(p); m; m = BOUNDARY.exec(p)) {
    const end = m.index + m[0].trimEnd().length;
    pushSentence(out, p, base, view, paragraph, from, end);
    from = m.index + m[0].length;
  }
  pushSentence(out, p, base, view, paragraph, from, p.length);
}

/**
 * Sentences of the document's content. A paragraph that `needsSplit` rejects (no trigger word,
 * no date: it cannot report an event) is kept whole as one unit, which saves the tokenizer's time.
 */
export function splitSentences(doc: Doc, needsSplit: (paragraph: string) => boolean = () => true): Sentence[] {
  const view = softBreaks(doc.view ?? doc.text, doc.regions);
  const out: Sentence[] = [];
  let paragraph = 0;
  let listOpen = false;
  for (const region of doc.regions) {
    const body = view.slice(region.start, region.end);
    const para = /[^\n]+/g;
    for (let m = para.exec(body); m; m = para.exec(body)) {
      if (!m[0].trim()) continue;
      const base = region.start + m.index;
      // The items of a list belong to the paragraph that opens it (a dated heading, a lead-in line).
      const item = BULLET.test(m[0]);
      if (item && listOpen) paragraph--;
      listOpen = item || (m[0].trim().length < 80 && !/[.!?]$/.test(m[0].trim()));
      if (!needsSplit(m[0]) || !/[.!?;]\s+\S/.test(m[0].trimEnd())) {
        const lead = m[0].length - m[0].trimStart().length;
        const body = m[0].trim();
        const heading = !/[.!?…:;"”’)]$/.test(body) && !MORE_THAN_20_WORDS.test(body);
        out.push({ index: out.length, paragraph, start: base + lead, end: base + lead + body.length, text: view.slice(base + lead, base + lead + body.length), heading });
        paragraph++;
        continue;
      }
      if (!ABBREVIATION.test(m[0])) {
        // No abbreviation, initial or decimal that a full stop could belong to: every ". X" ends a sentence.
        splitPlain(m[0], base, view, paragraph, out);
        paragraph++;
        continue;
      }
      const d = winkNlp().readDoc(m[0]);
      // wink keeps white space, so each sentence's text is found again in order in its paragraph.
      let pos = 0;
      for (const sent of d.sentences().out() as string[]) {
        const at = m[0].indexOf(sent, pos);
        if (at < 0) continue;
        pos = at + sent.length;
        const start = base + at;
        out.push({ index: out.length, paragraph, start, end: start + sent.length, text: view.slice(start, start + sent.length) });
      }
      paragraph++;
    }
  }
  return out;
}
