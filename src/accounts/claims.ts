// What an account says about its contact: the topics it mentions (the topic vocabulary,
// data/lexicon/topics.yaml, read as the topic stage reads a sentence: a subject said not to have been
// raised is no claim), each with the sentence and span it was found in, and the sentences that make up
// the account.
import type { Sentence } from '../types.ts';
import { topicsOfSentence } from '../topics/assign.ts';
import { loadTopicVocabulary, topicLanguage } from '../topics/vocabulary.ts';

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

/** The topics of an account's sentences, each once (its first sentence), read in the document's language. */
export function claimsOf(sentences: Array<{ start: number; end: number; text: string }>, lang: string | null = null): Claim[] {
  const v = loadTopicVocabulary();
  const l = topicLanguage(lang);
  const first = new Map<string, Claim>();
  for (const s of sentences) {
    for (const h of topicsOfSentence(v, l, s.text, s.start)) {
      if (!first.has(h.id)) first.set(h.id, { topic: h.id, label: h.label, start: s.start, end: s.end, sentence: s.text, match: { start: h.start, end: h.end } });
    }
  }
  // In the vocabulary's order, as before: the review lists the first few.
  return v.topics.map((t) => first.get(t.id)).filter((c): c is Claim => c !== undefined);
}
