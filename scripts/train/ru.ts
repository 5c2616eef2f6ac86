// The Russian reader's event scorer (src/reader/ru/score.ts), fitted on the annotated Russian real set
// (../shared/eval/real/ru): each joined candidate is an event labelled by whether it pairs with a gold
// event. 5-fold cross-validation by document chooses the threshold below which an event is dropped.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { MODEL_FILE, type ModelFile } from '../../src/reader/ru/score.ts';
import { fit, probabilities } from '../../src/score/logistic.ts';
import { readRussianSet, RU_RECIPE } from '../../src/train/shipped.ts';
import type { EventRecord } from '../../src/types.ts';
import { root, round3, score, shared } from './common.ts';

const STEPS = RU_RECIPE.steps;
const RATE = RU_RECIPE.learningRate;
const FOLDS = 5;

export function trainRussian(opts: { write: boolean }): void {
  const set = join(shared, 'real', 'ru');
  const { docs, gold, rows } = readRussianSet(set);

  const fold = (doc: string) => docs.indexOf(doc) % FOLDS;
  const thresholds = [0, 0.2, 0.3, 0.4, 0.5];
  const cv: Record<string, EventRecord[]> = Object.fromEntries(thresholds.map((t) => [t, []]));
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.filter((r) => fold(r.doc) !== k);
    const test = rows.filter((r) => fold(r.doc) === k);
    const fitted = fit(train.map((r) => r.features), train.map((r) => r.label), { steps: STEPS, learningRate: RATE });
    const p = probabilities(fitted, test.map((r) => r.features));
    test.forEach((r, i) => { for (const t of thresholds) if (p[i] >= t) cv[t].push(r.record); });
  }
  const all = new Set(docs);
  const figures: Record<string, number> = {};
  console.log(`Russian real set: ${docs.length} documents, ${gold.length} gold events, ${rows.length} joined candidates (${rows.filter((r) => r.label).length} match a gold event)`);
  console.log('5-fold cross-validation by document (the scorer never sees a document it was fitted on):');
  console.log('threshold  detection F1  strict F1');
  for (const t of thresholds) {
    const s = score(gold, cv[t], all);
    figures[`detection@${t}`] = round3(s.detection);
    figures[`strict@${t}`] = round3(s.strict);
    console.log(`${String(t).padEnd(9)}  ${s.detection.toFixed(3).padStart(12)}  ${s.strict.toFixed(3).padStart(9)}${t === 0 ? '   (the rules alone)' : ''}`);
  }
  if (!opts.write) return;

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
}
