// The shared scorer's pairing of predicted to gold events (../shared/eval/SCHEMA.md, score.mjs), for the
// code that needs it outside the scorer: training labels candidates with it (scripts/train, src/train),
// `attache explain --gold` finds the gold events no output event pairs with, and the joining measure
// (src/contacts/joining.ts) pairs stored accounts with gold. Dates agree at the gold's precision;
// people by folded surname with Jaccard >= 0.5; where the gold names nobody, the same states;
// greedily, best pairs first, one gold to one record.

/** What pairing reads of a record, gold or predicted. */
export interface Pairable {
  date: string | null;
  type: string;
  participants: string[];
  countries: string[];
}

/** A person's key as the scorer folds it: the surname, accents and non-letters off, i and j as y, doubled letters once ("Jeihun Bairamov" = "Jeyhun Bayramov"). */
export function personKey(name: string): string {
  const last = String(name).trim().split(/\s+/).pop() ?? '';
  return last.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z\u0400-\u04ff]/g, '').replace(/[ij]/g, 'y').replace(/(.)\1+/g, '$1');
}

export const personKeys = (people: string[]) => new Set(people.map(personKey).filter(Boolean));

/** Jaccard overlap of two key sets (1 when both are empty). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** The same states, whatever the order and case. */
export function sameStates(a: string[], b: string[]): boolean {
  const x = new Set(a.map((c) => c.toUpperCase()));
  const y = new Set(b.map((c) => c.toUpperCase()));
  return x.size === y.size && [...x].every((c) => y.has(c));
}

/** Does a predicted date agree with the gold's at the gold's precision (a null gold date takes any)? */
export const dateAgrees = (gold: string | null, pred: string | null) => gold == null || (pred ?? '').startsWith(gold);

/** Overlap of two name lists by the scorer's keys. */
export const peopleOverlap = (a: string[], b: string[]) => jaccard(personKeys(a), personKeys(b));

/** How well a record pairs with a gold event: -1 when it cannot, else overlap plus half a point for the type. */
export function pairScore(gd: Pairable, p: Pairable): number {
  if (!dateAgrees(gd.date, p.date)) return -1;
  const gk = personKeys(gd.participants);
  let overlap = 1;
  if (gk.size === 0) {
    if (!sameStates(gd.countries, p.countries)) return -1;
  } else {
    overlap = jaccard(gk, personKeys(p.participants));
    if (overlap < 0.5) return -1;
  }
  return overlap + (gd.type === p.type ? 0.5 : 0);
}

/** For each record, 1 when it pairs with a gold event, else 0; and the golds left unpaired. */
export function pairing<G extends Pairable>(records: Pairable[], golds: G[]): { labels: number[]; unpaired: G[] } {
  const pairs: Array<[number, number, number]> = [];
  golds.forEach((gd, i) => records.forEach((p, j) => { const s = pairScore(gd, p); if (s >= 0) pairs.push([s, i, j]); }));
  pairs.sort((x, y) => y[0] - x[0]);
  const usedG = new Set<number>();
  const labels = records.map(() => 0);
  for (const [, i, j] of pairs) if (!usedG.has(i) && !labels[j]) { usedG.add(i); labels[j] = 1; }
  return { labels, unpaired: golds.filter((_, i) => !usedG.has(i)) };
}
