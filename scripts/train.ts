// `npm run train`: fits the Russian reader's event scorer (src/reader/ru/score.ts) on the annotated
// Russian real set (../shared/eval/real/ru) and writes data/models/ru-events.json. Before the final fit
// it measures the scorer by 5-fold cross-validation by document: each fold's documents are scored by a
// model fitted on the other four, and the pooled predictions go through the shared scorer, beside the
// rules alone on the same documents. Deterministic: folds by document name, zero start, fixed steps.
//   npm run train                  fit, cross-validate, write the model
//   npm run train -- --cv-only     print the cross-validated figures, write nothing
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { defaultGazetteer } from '../src/gazetteer/index.ts';
import { readCandidates, toEvent } from '../src/reader/ru/read.ts';
import { featuresOf, fit, matrixOf, MODEL_FILE, type ModelFile } from '../src/reader/ru/score.ts';
import { toRecord } from '../src/extract/record.ts';
import type { Candidate } from '../src/reader/ru/candidates.ts';
import type { EventRecord } from '../src/types.ts';

const root = new URL('..', import.meta.url).pathname;
const set = join(root, '..', 'shared', 'eval', 'real', 'ru');
const scorerScript = join(root, '..', 'shared', 'eval', 'score.mjs');
if (!existsSync(join(set, 'gold.jsonl'))) {
  console.error(`needs ${set} (the shared folder beside this repository)`);
  process.exit(2);
}
const STEPS = 3000;
const RATE = 5e-3;
const FOLDS = 5;

const readJsonl = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const meta = new Map<string, { published: string | null; url: string | null }>(readJsonl(join(set, 'meta.jsonl')).map((m) => [m.doc, m]));
const gold: EventRecord[] = readJsonl(join(set, 'gold.jsonl'));
const docs = [...meta.keys()].filter((d) => existsSync(join(set, 'docs', d))).sort();
const g = defaultGazetteer();

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
function labels(records: EventRecord[], golds: EventRecord[]): number[] {
  const pairs: Array<[number, number, number]> = [];
  golds.forEach((gd, i) => records.forEach((p, j) => { const s = pairScore(gd, p); if (s >= 0) pairs.push([s, i, j]); }));
  pairs.sort((x, y) => y[0] - x[0]);
  const usedG = new Set<number>();
  const out = records.map(() => 0);
  for (const [, i, j] of pairs) if (!usedG.has(i) && !out[j]) { usedG.add(i); out[j] = 1; }
  return out;
}

interface Row { doc: string; candidate: Candidate; record: EventRecord; features: Record<string, number>; label: number }
const rows: Row[] = [];
for (const doc of docs) {
  const text = readFileSync(join(set, 'docs', doc), 'utf8');
  const m = meta.get(doc)!;
  const d = { id: doc, text, regions: [{ start: 0, end: text.length }], published: m.published, lang: 'ru', outlet: null, url: m.url, title: null };
  const r = readCandidates(d, g);
  const records = r.joined.map((c) => toRecord(toEvent(d, g, r.ctx, c)));
  const ls = labels(records, gold.filter((x) => x.doc === doc));
  r.joined.forEach((c, i) => rows.push({ doc, candidate: c, record: records[i], features: featuresOf(c), label: ls[i] }));
}

function score(pred: EventRecord[], docSet: Set<string>): { detection: number; strict: number } {
  const dir = join(tmpdir(), `attache-train-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'gold.jsonl'), gold.filter((x) => docSet.has(x.doc)).map((x) => JSON.stringify(x)).join('\n') + '\n');
  writeFileSync(join(dir, 'pred.jsonl'), pred.map((x) => JSON.stringify(x)).join('\n') + '\n');
  const out = spawnSync(process.execPath, [scorerScript, join(dir, 'gold.jsonl'), join(dir, 'pred.jsonl'), '--json'], { encoding: 'utf8' });
  const j = JSON.parse(out.stdout.trim().split('\n')[0]);
  return { detection: j.detection.f1, strict: j.strict.f1 };
}

const fold = (doc: string) => docs.indexOf(doc) % FOLDS;
const thresholds = [0, 0.2, 0.3, 0.4, 0.5];
const cv: Record<string, EventRecord[]> = Object.fromEntries(thresholds.map((t) => [t, []]));
for (let k = 0; k < FOLDS; k++) {
  const train = rows.filter((r) => fold(r.doc) !== k);
  const test = rows.filter((r) => fold(r.doc) === k);
  const { columns, model } = fit(train.map((r) => r.features), train.map((r) => r.label), { steps: STEPS, learningRate: RATE });
  const p = test.length ? model.classifiers[0].testScores(matrixOf(test.map((r) => r.features), columns)) : [];
  test.forEach((r, i) => { for (const t of thresholds) if (p[i] >= t) cv[t].push(r.record); });
}
const all = new Set(docs);
const figures: Record<string, number> = {};
console.log(`Russian real set: ${docs.length} documents, ${gold.length} gold events, ${rows.length} joined candidates (${rows.filter((r) => r.label).length} match a gold event)`);
console.log('5-fold cross-validation by document (the scorer never sees a document it was fitted on):');
console.log('threshold  detection F1  strict F1');
for (const t of thresholds) {
  const s = score(cv[t], all);
  figures[`detection@${t}`] = Math.round(s.detection * 1000) / 1000;
  figures[`strict@${t}`] = Math.round(s.strict * 1000) / 1000;
  console.log(`${String(t).padEnd(9)}  ${s.detection.toFixed(3).padStart(12)}  ${s.strict.toFixed(3).padStart(9)}${t === 0 ? '   (the rules alone)' : ''}`);
}
if (process.argv.includes('--cv-only')) process.exit(0);

// The threshold: the best cross-validated detection F1 (ties to the lower one, which drops less).
const best = thresholds.reduce((a, b) => (figures[`detection@${b}`] > figures[`detection@${a}`] ? b : a));
const { columns, model } = fit(rows.map((r) => r.features), rows.map((r) => r.label), { steps: STEPS, learningRate: RATE });
const file: ModelFile = {
  name: 'ru-events',
  columns,
  threshold: best,
  model: model.toJSON(),
  trained: { documents: docs.length, events: rows.length, steps: STEPS, learningRate: RATE, crossValidated: figures },
};
mkdirSync(dirname(MODEL_FILE), { recursive: true });
writeFileSync(MODEL_FILE, JSON.stringify(file, null, 1) + '\n');
console.log(`threshold ${best}; model written to ${MODEL_FILE.replace(root, '')} (${columns.length} features)`);

