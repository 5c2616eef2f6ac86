// The shared scorer's pairing of predicted to gold events (../shared/eval/SCHEMA.md), for the code that
// needs it outside the scorer: training labels candidates with it (scripts/train) and `attache explain
// --gold` finds the gold events no output event pairs with. Dates agree at the gold's precision; people
// by folded surname with Jaccard >= 0.5; where the gold names nobody, the same states; greedily, best
// pairs first, one gold to one record.
import type { EventRecord } from '../types.ts';

/** A surname folded as the scorer folds it: accents off, lower case, i and j as y. */
export const foldedSurname = (n: string) => n.trim().split(/\s+/).pop()!.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ij]/g, 'y');

/** Does a predicted date agree with the gold's at the gold's precision (a null gold date takes any)? */
export const dateAgrees = (gold: string | null, pred: string | null) => gold == null || (pred ?? '').startsWith(gold);

/** Jaccard overlap of two name lists by folded surname (1 when both are empty). */
export function peopleOverlap(a: string[], b: string[]): number {
  const x = new Set(a.map(foldedSurname));
  const y = new Set(b.map(foldedSurname));
  if (!x.size && !y.size) return 1;
  const inter = [...x].filter((s) => y.has(s)).length;
  return inter / (x.size + y.size - inter);
}

/** How well a record pairs with a gold event: -1 when it cannot, else overlap plus half a point for the type. */
export function pairScore(gd: EventRecord, p: EventRecord): number {
  if (!dateAgrees(gd.date, p.date)) return -1;
  let overlap = 1;
  if (gd.participants.length === 0) {
    if (gd.countries.length !== p.countries.length || !gd.countries.every((c) => p.countries.includes(c))) return -1;
  } else {
    overlap = peopleOverlap(gd.participants, p.participants);
    if (overlap < 0.5) return -1;
  }
  return overlap + (gd.type === p.type ? 0.5 : 0);
}

/** For each record, 1 when it pairs with a gold event, else 0; and the golds left unpaired. */
export function pairing(records: EventRecord[], golds: EventRecord[]): { labels: number[]; unpaired: EventRecord[] } {
  const pairs: Array<[number, number, number]> = [];
  golds.forEach((gd, i) => records.forEach((p, j) => { const s = pairScore(gd, p); if (s >= 0) pairs.push([s, i, j]); }));
  pairs.sort((x, y) => y[0] - x[0]);
  const usedG = new Set<number>();
  const labels = records.map(() => 0);
  for (const [, i, j] of pairs) if (!usedG.has(i) && !labels[j]) { usedG.add(i); labels[j] = 1; }
  return { labels, unpaired: golds.filter((_, i) => !usedG.has(i)) };
}
