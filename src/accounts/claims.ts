// What an account says about its contact: the topics it mentions (from the topic lexicon), each with
// the sentence and span it was found in, and the sentences that make up the account.
import type { Sentence } from '../types.ts';
import { accountsLexicon } from './lexicon.ts';

export interface Claim {
  topic: string;
  label: string;
  start: number;
  end: number;
  sentence: string;
}

/**
 * The sentences of one account: the paragraphs of its evidence and up to three after them, stopping
 * at the paragraph where another account's first evidence is (`others`). A document that tells of one contact only is all its account.
 */
export function accountScope(sentences: Sentence[], own: Array<{ start: number }>, others: Array<{ start: number }>): Sentence[] {
  if (own.length === 0) return [];
  const paragraphOf = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end)?.paragraph ?? -1;
  if (others.length === 0) return sentences.filter((s) => !s.heading || s.paragraph > 0);
  const mine = new Set(own.map((e) => paragraphOf(e.start)));
  const theirs = new Set(others.map((e) => paragraphOf(e.start)).filter((p) => !mine.has(p)));
  const keep = new Set<number>();
  for (const p of mine) {
    keep.add(p);
    for (let q = p + 1; !theirs.has(q) && sentences.some((s) => s.paragraph === q) && q <= p + 3; q++) keep.add(q);
  }
  return sentences.filter((s) => keep.has(s.paragraph));
}

export function claimsOf(sentences: Array<{ start: number; end: number; text: string }>): Claim[] {
  const out: Claim[] = [];
  for (const t of accountsLexicon().topics) {
    for (const s of sentences) {
      const m = t.patterns.map((re) => re.exec(s.text)).find((x) => x);
      if (!m) continue;
      out.push({ topic: t.id, label: t.label, start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s.text });
      break;
    }
  }
  return out;
}
