// Pairing a reader's events with the events they should be (gold, or an analyst's): the shared
// scorer's matching, used to label training rows. `npm run train` (scripts/train) pairs with the
// annotated real sets; `attache train --db` (src/train/store.ts) with the events analysts added.
import type { EventRecord } from '../types.ts';

// The scorer's matching (SCHEMA: dates agree at the gold's precision; people by folded surname,
// Jaccard >= 0.5; where the gold names nobody, the same states), greedily, best pairs first.
const surname = (n: string) => n.trim().split(/\s+/).pop()!.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ij]/g, 'y');
function pairScore(gd: EventRecord, p: EventRecord): number {
  if (gd.date != null && !(p.date ?? '').startsWith(gd.date)) return -1;
  const a = new Set(gd.participants.map(surname));
  const b = new Set(p.participants.map(surname));
  let overlap = 1;
  if (a.size === 0) {
    if (gd.countries.length !== p.countries.length || !gd.countries.every((c) => p.countries.includes(c))) return -1;
  } else {
    const inter = [...a].filter((x) => b.has(x)).length;
    overlap = inter / (a.size + b.size - inter);
    if (overlap < 0.5) return -1;
  }
  return overlap + (gd.type === p.type ? 0.5 : 0);
}

/** For each record, 1 when it pairs with a gold event (one gold to one record, best pairs first), else 0; and the golds left unpaired. */
export function pairing(records: EventRecord[], golds: EventRecord[]): { labels: number[]; unpaired: EventRecord[] } {
  const pairs: Array<[number, number, number]> = [];
  golds.forEach((gd, i) => records.forEach((p, j) => { const s = pairScore(gd, p); if (s >= 0) pairs.push([s, i, j]); }));
  pairs.sort((x, y) => y[0] - x[0]);
  const usedG = new Set<number>();
  const labels = records.map(() => 0);
  for (const [, i, j] of pairs) if (!usedG.has(i) && !labels[j]) { usedG.add(i); labels[j] = 1; }
  return { labels, unpaired: golds.filter((_, i) => !usedG.has(i)) };
}
