// What both readers' training shares (scripts/train.ts): reading an annotated set, the shared scorer's
// pairing of predicted to gold events (to label candidates), and the shared scorer itself (to report).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import type { EventRecord } from '../../src/types.ts';

export const root = new URL('../..', import.meta.url).pathname;
export const shared = join(root, '..', 'shared', 'eval');
const scorerScript = join(shared, 'score.mjs');

export const readJsonl = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

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

export interface Figures { detection: number; strict: number; precision: number; recall: number }

/** The shared scorer's figures for predictions over the gold of `docSet`. */
export function score(gold: EventRecord[], pred: EventRecord[], docSet: Set<string>): Figures {
  const dir = join(tmpdir(), `attache-train-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'gold.jsonl'), gold.filter((x) => docSet.has(x.doc)).map((x) => JSON.stringify(x)).join('\n') + '\n');
  writeFileSync(join(dir, 'pred.jsonl'), pred.filter((x) => docSet.has(x.doc)).map((x) => JSON.stringify(x)).join('\n') + '\n');
  const out = spawnSync(process.execPath, [scorerScript, join(dir, 'gold.jsonl'), join(dir, 'pred.jsonl'), '--json'], { encoding: 'utf8' });
  const j = JSON.parse(out.stdout.trim().split('\n')[0]);
  return { detection: j.detection.f1, strict: j.strict.f1, precision: j.detection.precision, recall: j.detection.recall };
}

export const round3 = (x: number) => Math.round(x * 1000) / 1000;
