// The English reader's scorer (src/extract/score.ts), fitted on the annotated real English set
// (../shared/eval/real/en). The rules read each document alone (no scorer) with their trace; then
//   - a kept event is labelled 1 when it pairs with a gold event (the shared scorer's pairing);
//   - a dropped candidate, made into an event with its own type, date and people, is labelled 1 when
//     it pairs with a gold event the rules' events left unpaired.
// 5-fold cross-validation by document (each fold scored by a model fitted on the other four, pooled,
// through the shared scorer) chooses the two thresholds: below `drop` a kept event is dropped, at or
// above `revive` a dropped candidate is made an event; a threshold stays null unless it raises the
// cross-validated detection F1. The project's corpora join the training folds only with --corpora.
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { toRecord } from '../../src/extract/record.ts';
import { applyScores, EN_MODEL_FILE, type EnModelFile } from '../../src/extract/score.ts';
import { fit, probabilities, type Features } from '../../src/score/logistic.ts';
import { readEnglishSet as readSet, EN_RECIPE, type Read } from '../../src/train/shipped.ts';
import type { EventRecord } from '../../src/types.ts';
import { root, round3, score, shared, type Figures } from './common.ts';

const STEPS = EN_RECIPE.steps;
// A feature seen in fewer rows than this gets no weight; with a small rate and few steps, it keeps the
// model from learning single documents (chosen by the cross-validated log loss of both row kinds).
const MIN_ROWS = EN_RECIPE.minRows;
const FOLDS = 5;
/** How much the scorer must raise the cross-validated detection F1 over the rules alone to be given decisions. */
const MIN_GAIN = 0.005;
const DROPS: Array<number | null> = [null, 0.3, 0.5, 0.6, 0.7, 0.8];
const REVIVES: Array<number | null> = [null, 0.2, 0.3, 0.4, 0.5, 0.7];

const rowsOf = (reads: Read[]) => reads.flatMap((r) => [...r.labels.keys()]);
const labelsOf = (reads: Read[]) => reads.flatMap((r) => [...r.labels.values()]);

/** Fit on `train`, score every row of `test`: a probability for each row's features. */
function fitAndScore(train: Read[], test: Read[], rate: number): Map<Features, number> {
  const fitted = fit(rowsOf(train), labelsOf(train), { steps: STEPS, learningRate: rate, minRows: MIN_ROWS });
  const rows = rowsOf(test);
  const p = probabilities(fitted, rows);
  return new Map(rows.map((f, i) => [f, p[i]]));
}

/** The records the documents give at the thresholds, with the probabilities given. */
function outcome(reads: Read[], p: Map<Features, number>, drop: number | null, revive: number | null): EventRecord[] {
  return reads.flatMap((r) => applyScores(r.doc, r.rows, r.decisions, (row) => p.get(r.features.get(row)!)!, { drop, revive }).events.map(toRecord));
}

/** The chance that a positive row scores above a negative one (ties count half). */
function auc(xs: ReadonlyArray<readonly [number, number]>): number {
  const pos = xs.filter((x) => x[1]).map((x) => x[0]);
  const neg = xs.filter((x) => !x[1]).map((x) => x[0]);
  let s = 0;
  for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0;
  return pos.length && neg.length ? s / (pos.length * neg.length) : 0.5;
}

const label = (t: number | null) => (t == null ? '-' : String(t));
const line = (name: string, s: Figures) => `${name.padEnd(34)} ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.detection.toFixed(3)}  ${s.strict.toFixed(3)}`;

export function trainEnglish(opts: { write: boolean; corpora: boolean }): void {
  const real = readSet(join(shared, 'real', 'en'), join(shared, 'real', 'en', 'meta.jsonl'), join(shared, 'real', 'en', 'docs'));
  // The project's corpora: extra training documents, never scored here.
  const extra = opts.corpora ? ['dev', 'sample', 'heldout'].flatMap((c) => readSet(join(root, 'corpus', c), join(root, 'corpus', c, 'meta.jsonl')).reads) : [];
  const all = [...real.reads, ...extra];
  const nRows = rowsOf(all).length;
  // The library's step is the sum of the rows' gradients: a rate for the number of rows keeps it steady.
  const rate = EN_RECIPE.rowsRate / nRows;
  const events = real.reads.reduce((n, r) => n + r.rows.events.length, 0);
  const dropped = real.reads.reduce((n, r) => n + r.rows.dropped.length, 0);
  const pos = (k: 'events' | 'dropped') => real.reads.reduce((n, r) => n + r.rows[k].filter((x) => r.labels.get(r.features.get(x)!)).length, 0);
  console.log(`\nEnglish real set: ${real.reads.length} documents, ${real.gold.length} gold events; the rules keep ${events} events (${pos('events')} pair with a gold event) and drop ${dropped} candidates (${pos('dropped')} would pair with a gold event the rules miss)${extra.length ? `; plus ${extra.length} corpus documents for training` : ''}`);

  // Cross-validation: each real document scored by a model fitted on the folds without it.
  const fold = (i: number) => i % FOLDS;
  const p = new Map<Features, number>();
  for (let k = 0; k < FOLDS; k++) {
    const test = real.reads.filter((_, i) => fold(i) === k);
    const train = [...real.reads.filter((_, i) => fold(i) !== k), ...extra];
    for (const [f, v] of fitAndScore(train, test, rate)) p.set(f, v);
  }
  const docs = new Set(real.reads.map((r) => r.doc.id));
  const grid: Array<{ drop: number | null; revive: number | null; s: Figures }> = [];
  for (const drop of DROPS) for (const revive of REVIVES) grid.push({ drop, revive, s: score(real.gold, outcome(real.reads, p, drop, revive), docs) });
  const rules = grid[0].s;
  // The thresholds: the best cross-validated detection F1, if it beats the rules alone by MIN_GAIN (a
  // gain of an event or two in 527 is the folds' noise, not a reason to ship decisions nobody can
  // check); ties go to the fewer changes (nulls, a lower drop, a higher revive).
  const top = grid.reduce((a, b) => (round3(b.s.detection) > round3(a.s.detection) ? b : a));
  const best = top.s.detection - rules.detection >= MIN_GAIN ? top : grid[0];
  console.log('5-fold cross-validation by document (pooled; the scorer never scores a document it was fitted on):');
  console.log(`${'drop / revive'.padEnd(34)} P      R      F1     strict`);
  for (const g of grid) if (g.revive == null || g.drop == null || g === best) console.log(line(`${label(g.drop)} / ${label(g.revive)}${g === grid[0] ? '  (the rules alone)' : ''}${g === best ? '  (chosen)' : ''}`, g.s));
  console.log(line('rules alone', rules));
  console.log(line(`rules + scorer (${label(best.drop)} / ${label(best.revive)})`, best.s));

  // How well the scores rank (the area under the ROC curve: 0.5 is chance), kept events and dropped candidates apart.
  for (const kind of ['events', 'dropped'] as const) {
    const xs = real.reads.flatMap((r) => r.rows[kind].map((e) => [p.get(r.features.get(e)!)!, r.labels.get(r.features.get(e)!)!] as const));
    console.log(`ranking of the ${kind === 'events' ? 'kept events' : 'dropped candidates'} by the cross-validated score: AUC ${auc(xs).toFixed(3)} over ${xs.length}`);
  }

  // The odd half fitted, the even half scored: the figure the odd/even protocol reads.
  const odd = real.reads.filter((r) => r.odd);
  const even = real.reads.filter((r) => !r.odd);
  const pe = fitAndScore([...odd, ...extra], even, rate);
  const evenDocs = new Set(even.map((r) => r.doc.id));
  console.log(`fitted on the odd half (${odd.length} documents), scored on the even half (${even.length}):`);
  console.log(line('  rules alone', score(real.gold, outcome(even, pe, null, null), evenDocs)));
  console.log(line(`  rules + scorer (${label(best.drop)} / ${label(best.revive)})`, score(real.gold, outcome(even, pe, best.drop, best.revive), evenDocs)));
  // The best drop alone and revive alone, for comparison, when neither was chosen.
  const bestOf = (pick: (g: (typeof grid)[number]) => boolean) => grid.filter(pick).reduce((a, b) => (round3(b.s.detection) > round3(a.s.detection) ? b : a));
  for (const alt of [bestOf((g) => g.drop != null && g.revive == null), bestOf((g) => g.revive != null && g.drop == null)]) {
    if (alt !== best) console.log(line(`  (not chosen: ${label(alt.drop)} / ${label(alt.revive)})`, score(real.gold, outcome(even, pe, alt.drop, alt.revive), evenDocs)));
  }
  if (!opts.write) return;

  const { columns, model } = fit(rowsOf(all), labelsOf(all), { steps: STEPS, learningRate: rate, minRows: MIN_ROWS });
  const file: EnModelFile = {
    name: 'en-events',
    columns,
    drop: best.drop,
    revive: best.revive,
    model: model.toJSON(),
    trained: {
      documents: all.length,
      events: nRows,
      steps: STEPS,
      learningRate: rate,
      crossValidated: { 'detection@rules': round3(rules.detection), 'strict@rules': round3(rules.strict), 'detection@scorer': round3(best.s.detection), 'strict@scorer': round3(best.s.strict) },
    },
  };
  mkdirSync(dirname(EN_MODEL_FILE), { recursive: true });
  writeFileSync(EN_MODEL_FILE, JSON.stringify(file, null, 1) + '\n');
  console.log(`drop ${label(best.drop)}, revive ${label(best.revive)}; model written to ${EN_MODEL_FILE.replace(root, '')} (${columns.length} features)`);
}

export const realEnglishExists = () => existsSync(join(shared, 'real', 'en', 'gold.jsonl'));
