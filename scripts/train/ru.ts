// The Russian reader's event scorer (src/reader/ru/score.ts), fitted on the annotated Russian real set
// (../shared/eval/real/ru): each joined candidate is an event labelled by whether it pairs with a gold
// event. 5-fold cross-validation by document chooses the threshold below which an event is dropped.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { defaultGazetteer } from '../../src/gazetteer/index.ts';
import { readCandidates, toEvent } from '../../src/reader/ru/read.ts';
import { featuresOf, MODEL_FILE, type ModelFile } from '../../src/reader/ru/score.ts';
import { fit, probabilities } from '../../src/score/logistic.ts';
import { toRecord } from '../../src/extract/record.ts';
import type { Candidate } from '../../src/reader/ru/candidates.ts';
import type { EventRecord } from '../../src/types.ts';
import { pairing, readJsonl, root, round3, score, shared } from './common.ts';

const STEPS = 3000;
const RATE = 5e-3;
const FOLDS = 5;

export function trainRussian(opts: { write: boolean }): void {
  const set = join(shared, 'real', 'ru');
  const meta = new Map<string, { published: string | null; url: string | null }>(readJsonl(join(set, 'meta.jsonl')).map((m) => [m.doc, m]));
  const gold: EventRecord[] = readJsonl(join(set, 'gold.jsonl'));
  const docs = [...meta.keys()].filter((d) => existsSync(join(set, 'docs', d))).sort();
  const g = defaultGazetteer();

  interface Row { doc: string; candidate: Candidate; record: EventRecord; features: Record<string, number>; label: number }
  const rows: Row[] = [];
  for (const doc of docs) {
    const text = readFileSync(join(set, 'docs', doc), 'utf8');
    const m = meta.get(doc)!;
    const d = { id: doc, text, regions: [{ start: 0, end: text.length }], published: m.published, lang: 'ru', outlet: null, url: m.url, title: null };
    const r = readCandidates(d, g);
    const records = r.joined.map((c) => toRecord(toEvent(d, g, r.ctx, c)));
    const ls = pairing(records, gold.filter((x) => x.doc === doc)).labels;
    r.joined.forEach((c, i) => rows.push({ doc, candidate: c, record: records[i], features: featuresOf(c), label: ls[i] }));
  }

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
