// What an account says about its contact: the topics it mentions (the topic vocabulary,
// data/lexicon/topics.yaml, read as the topic stage reads a sentence), each with the sentence and span
// it was found in, and the subjects it says a readout did NOT mention ("Ukraine was not mentioned in
// the Armenian report", "made no mention of", "не упоминается": a claim of omission, never a topic).
// Each claim carries whose readout it retells: a sentence (or, for an omission, the clause) that
// attributes what it says to one side ("according to the Armenian side …", "the Kremlin's readout
// said …") speaks for that side, so one document reporting several readouts gives one claim set per
// side; any other sentence speaks for the account's own side. A sentence in a readout's voice that
// says it repeats the one before ("reports the same information") makes that sentence's claims again.
import type { Sentence } from '../types.ts';
import { topicsOfSentence, absencesOfSentence, clausesOf } from '../topics/assign.ts';
import { loadTopicVocabulary, topicLanguage } from '../topics/vocabulary.ts';
import { attributionLexicon, type Attribution } from './side.ts';

/** From this many other accounts in a document on, an account is only its own sentences and what follows them in their paragraph. */
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
  /** `not-mentioned`: the sentence says the side's readout left the topic out. Absent (links stored earlier): mentioned. */
  polarity?: 'mentioned' | 'not-mentioned';
  /** The side whose readout the claim retells (null: the outlet's own report). Absent in links stored earlier: the account's side. */
  side?: string | null;
  /** The words that attribute it to the side, when a sentence of the account does (offsets into the document). */
  voice?: { label: string; start: number; end: number; sentence: { start: number; end: number; text: string }; kind?: string } | null;
}

export const isMention = (c: Claim) => c.polarity !== 'not-mentioned';
export const claimSide = (c: Claim, accountSide: string | null) => (c.side === undefined ? accountSide : c.side);

/**
 * The sentences of one account: the sentences of its evidence and those after them while no other
 * account's evidence begins — in the same paragraph, and, in a document telling of few contacts, up
 * to three paragraphs after. Nothing before the account's first sentence (a section's introduction)
 * and nothing of another account's sentences. A document that tells of one contact only is all its account.
 * `others`: the evidence of each other account of the document. An account told in the same sentence
 * as this one (a visit and the talks it was for) is told together with it and ends nothing.
 */
export function accountScope(sentences: Sentence[], own: Array<{ start: number; end?: number }>, others: Array<Array<{ start: number; end?: number }>>): Sentence[] {
  if (own.length === 0) return [];
  if (others.length === 0) return sentences.filter((s) => !s.heading || s.paragraph > 0);
  const holds = (s: Sentence, list: Array<{ start: number; end?: number }>) => list.some((e) => e.start < s.end && (e.end ?? e.start + 1) > s.start);
  const ownSentences = sentences.filter((s) => holds(s, own));
  const apart = others.filter((o) => !ownSentences.some((s) => holds(s, o))).flat();
  const follow = others.length < MANY ? 3 : 0;
  const keep = new Set<number>();
  sentences.forEach((s, i) => {
    if (!holds(s, own)) return;
    keep.add(i);
    for (let j = i + 1; j < sentences.length; j++) {
      const t = sentences[j];
      if (t.heading || t.paragraph > s.paragraph + follow) break;
      if (holds(t, apart) && !holds(t, own)) break;
      keep.add(j);
    }
  });
  return sentences.filter((_, i) => keep.has(i));
}

export interface ClaimSentence {
  start: number;
  end: number;
  text: string;
  paragraph?: number;
}

/**
 * The claims of an account's sentences, read in the document's language: each topic once per side and
 * polarity (its first sentence). `voiceOf` gives the attribution a sentence (or clause) makes, if any;
 * `side` is the account's own side.
 */
export function claimsOf(sentences: ClaimSentence[], lang: string | null = null, voiceOf: (s: ClaimSentence) => Attribution | null = () => null, side: string | null = null): Claim[] {
  const v = loadTopicVocabulary();
  const l = topicLanguage(lang);
  const echo = attributionLexicon().echo;
  const out: Claim[] = [];
  const key = (c: Claim) => `${c.topic}|${c.side}|${c.polarity}`;
  const add = (c: Claim) => {
    if (!out.some((o) => key(o) === key(c))) out.push(c);
  };
  const voiceClaim = (a: Attribution | null, s: ClaimSentence): Claim['voice'] =>
    a && a.start !== null && a.end !== null ? { label: a.label, start: a.start, end: a.end, sentence: { start: s.start, end: s.end, text: s.text }, kind: a.voice } : null;
  let previous: Claim[] = [];
  let paragraph: number | undefined;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) previous = [];
    paragraph = s.paragraph;
    const said = voiceOf(s);
    // Whose words each clause gives: its own attribution, else that of an earlier clause of the sentence
    // ("according to the Kremlin, X was discussed and Y was not mentioned"); a clause before the
    // attribution is not in its voice ("Lavrov did not mention Y; according to the ministry, …").
    const clauses: Array<{ start: number; end: number; voice: Attribution | null }> = [];
    for (const c of said ? clausesOf(v, l, s.text) : [{ start: 0, end: s.text.length }]) {
      const clause = { start: s.start + c.start, end: s.start + c.end, text: s.text.slice(c.start, c.end) };
      const own = said ? voiceOf(clause) : null;
      clauses.push({ start: clause.start, end: clause.end, voice: own ?? clauses[clauses.length - 1]?.voice ?? null });
    }
    const voiceAt = (at: number) => clauses.find((c) => at >= c.start && at < c.end)?.voice ?? null;
    const mine: Claim[] = [];
    for (const h of topicsOfSentence(v, l, s.text, s.start)) {
      const a = voiceAt(h.start);
      mine.push({ topic: h.id, label: h.label, start: s.start, end: s.end, sentence: s.text, match: { start: h.start, end: h.end }, polarity: 'mentioned', side: a?.side ?? side, voice: voiceClaim(a, s) });
    }
    for (const h of absencesOfSentence(v, l, s.text, s.start)) {
      const a = voiceAt(h.start);
      mine.push({ topic: h.id, label: h.label, start: s.start, end: s.end, sentence: s.text, match: { start: h.start, end: h.end }, polarity: 'not-mentioned', side: a?.side ?? side, voice: voiceClaim(a, s) });
    }
    if (mine.length === 0 && said && echo.test(s.text) && previous.length) {
      // "A statement issued by the other side reports the same information": the previous sentence's topics, in this voice.
      for (const c of previous.filter(isMention)) mine.push({ ...c, side: said.side, voice: voiceClaim(said, s) });
    }
    mine.forEach(add);
    if (mine.length) previous = mine;
  }
  // In the vocabulary's order: the review lists the first few.
  const order = new Map(v.topics.map((t, i) => [t.id, i]));
  return out.map((c, i) => [c, i] as const).sort((a, b) => (order.get(a[0].topic)! - order.get(b[0].topic)!) || a[1] - b[1]).map(([c]) => c);
}
