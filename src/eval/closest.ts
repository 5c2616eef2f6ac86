// Why a gold event was missed: for every gold event of a document that no output event pairs with (the
// shared scorer's pairing, pairing.ts), the reader's candidate that came closest and what kept it from
// pairing — dropped by a rule, or kept with another date, other people or another type. `attache explain
// --gold GOLD.jsonl FILE` prints these rows after the candidates.
import type { EventRecord } from '../types.ts';
import { dateAgrees, pairing, peopleOverlap } from './pairing.ts';

/** A candidate as `explain` lists it, in either language. */
export interface CandidateView {
  id: number;
  /** kept, dropped, or joined to N */
  decision: string;
  rule: string;
  reason: string;
  type: string;
  date: string | null;
  participants: string[];
  countries: string[];
  /** The text of the candidate's sentence. */
  sentence: string;
}

export interface Miss {
  gold: EventRecord;
  closest: CandidateView | null;
  /** Whether the closest candidate's sentence is the gold event's evidence. */
  sameSentence: boolean;
  /** What differs from the gold: "dropped", "date", "people" (or "states" where the gold names nobody), "type". */
  differs: string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Does a candidate's sentence hold the gold evidence (or the evidence the sentence)? Both are cut to their opening words: an evidence may be one clause, or run over two sentences. */
function sameSentence(evidence: string, sentence: string): boolean {
  const e = squash(evidence);
  const s = squash(sentence);
  if (!e || !s) return false;
  return s.includes(e.slice(0, 50)) || e.includes(s.slice(0, 50));
}

/** The gold events of `golds` no record pairs with, each with the candidate that came closest. */
export function missedWithClosest(golds: EventRecord[], records: EventRecord[], candidates: CandidateView[]): Miss[] {
  return pairing(records, golds).unpaired.map((gold) => {
    let best: { c: CandidateView; score: number; same: boolean } | null = null;
    for (const c of candidates) {
      const same = sameSentence(gold.evidence ?? '', c.sentence);
      // The sentence first (the gold's own words), then the fields the scorer pairs on.
      const score = (same ? 4 : 0) + (dateAgrees(gold.date, c.date) ? 1 : 0) + (gold.type === c.type ? 1 : 0) + 2 * peopleOverlap(gold.participants, c.participants);
      if (!best || score > best.score) best = { c, score, same };
    }
    if (!best) return { gold, closest: null, sameSentence: false, differs: [] };
    const c = best.c;
    const differs: string[] = [];
    if (c.decision === 'dropped') differs.push('dropped');
    if (!dateAgrees(gold.date, c.date)) differs.push('date');
    // A gold event naming nobody pairs on its states; else on people.
    if (gold.participants.length === 0) {
      if (gold.countries.length !== c.countries.length || !gold.countries.every((x) => c.countries.includes(x))) differs.push('states');
    } else if (peopleOverlap(gold.participants, c.participants) < 0.5) differs.push('people');
    if (gold.type !== c.type) differs.push('type');
    return { gold, closest: c, sameSentence: best.same, differs };
  });
}
