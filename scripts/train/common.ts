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

export { pairing } from '../../src/train/pairing.ts';

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
