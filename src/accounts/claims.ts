// What an account says about its contact: the topics it mentions (from the topic lexicon), each with
// the sentence and span it was found in, and the sentences that make up the account.
import type { Sentence } from '../types.ts';
import { accountsLexicon } from './lexicon.ts';

/** From this many other accounts in a document on, an account is only the paragraphs of its evidence. */
const MANY = 3;

export interface Claim {
  topic: string;
  label: string;
  /** The sentence that makes the claim (offsets into the document text). */
  start: number;
  end: number;
  sentence: string;
  /** The words that name the topic, inside the sentence. */
  match: { start: number; end: number };
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
  // A readout telling of a few contacts goes on about them after the paragraph that tells them; in a
  // digest of many contacts each paragraph is its own account.
  const follow = others.length < MANY ? 3 : 0;
  for (const p of mine) {
    keep.add(p);
    for (let q = p + 1; !theirs.has(q) && sentences.some((s) => s.paragraph === q) && q <= p + follow; q++) keep.add(q);
  }
  return sentences.filter((s) => keep.has(s.paragraph));
}

export function claimsOf(sentences: Array<{ start: number; end: number; text: string }>): Claim[] {
  const out: Claim[] = [];
  for (const t of accountsLexicon().topics) {
    for (const s of sentences) {
      const m = t.patterns.map((re) => re.exec(s.text)).find((x) => x);
      if (!m) continue;
      out.push({ topic: t.id, label: t.label, start: s.start, end: s.end, sentence: s.text, match: { start: s.start + m.index, end: s.start + m.index + m[0].length } });
      break;
    }
  }
  return out;
}
