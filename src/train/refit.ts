// `attache train --db PATH`: refits both readers' scorers with an analyst's curation (train/curated.ts)
// and reports the change on held-out folds. Two ways, by what is on the machine:
//   - with the annotated sets (../shared/eval/real, or --shared DIR): the model is fitted again as
//     `npm run train` fits it (train/shipped.ts's recipe), on the set's rows plus the curated ones.
//     Reported, 5-fold by document: the set's rows scored by models fitted without and with the
//     curated examples (log loss, AUC), and the curated examples scored by the model in use and by
//     models fitted on the set plus the other folds' curated examples.
//   - without them: the model in use is the starting point and the prior. The weights are fitted on the
//     curated rows alone by gradient descent on their log loss plus ½·‖w − w_shipped‖² (a Gaussian prior
//     centred on the shipped weights, variance 1): a few examples move a few weights a little, many
//     move them further, and features the shipped model never saw start at 0. Reported: the curated
//     examples' log loss, by the model in use and by models refitted on the other folds (5-fold by
//     document, over the store's documents).
// Deterministic: folds by document name, fixed steps, no clock. The thresholds (drop, revive; the
// Russian threshold) are the model in use's: choosing them again needs the annotated sets' scorer
// (`npm run train`). The refitted files go to a folder the user names (default: beside the store);
// extraction reads them with ATTACHE_MODELS=DIR (score/logistic.ts `modelPath`). data/models is never
// written here.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fit, loadModel, modelPath, weightsOf, type Features, type ModelFileBase } from '../score/logistic.ts';
import { EN_RECIPE, RU_RECIPE, readEnglishSet, readRussianSet } from './shipped.ts';
import type { Example, Harvest, Lang } from './curated.ts';

const FOLDS = 5;
/** Gradient steps of the refit from the shipped weights (converged well before on small stores). */
const WARM_STEPS = 2000;

/** A labelled row from one document. */
export interface Labelled {
  doc: string;
  features: Features;
  label: number;
}

/** A linear model: a weight per column; the probability of an event is σ(Σ w·x). */
export interface Linear {
  columns: string[];
  weights: number[];
}

export function probability(m: Linear, f: Features, index = indexOf(m)): number {
  let z = 0;
  for (const k in f) {
    const i = index.get(k);
    if (i !== undefined) z += f[k] * m.weights[i];
  }
  return 1 / (1 + Math.exp(-z));
}

const indexes = new WeakMap<Linear, Map<string, number>>();
function indexOf(m: Linear): Map<string, number> {
  let ix = indexes.get(m);
  if (!ix) indexes.set(m, (ix = new Map(m.columns.map((c, i) => [c, i]))));
  return ix;
}

/** The mean log loss of a model's probabilities on labelled rows (lower is better; 0.693 is a coin). */
export function logLoss(ps: number[], labels: number[]): number {
  if (ps.length === 0) return NaN;
  let s = 0;
  ps.forEach((p, i) => {
    const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
    s -= labels[i] ? Math.log(q) : Math.log(1 - q);
  });
  return s / ps.length;
}

/** The chance that a positive row scores above a negative one (ties count half); null with one class only. */
export function auc(ps: number[], labels: number[]): number | null {
  const pos = ps.filter((_, i) => labels[i]);
  const neg = ps.filter((_, i) => !labels[i]);
  if (!pos.length || !neg.length) return null;
  let s = 0;
  for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0;
  return s / (pos.length * neg.length);
}

/**
 * Fitted from `prior` on `rows`: gradient descent on Σ log loss + ½‖w − w_prior‖². The step is
 * 1 / (1 + Σ‖x‖²/4), the inverse of a bound on the objective's curvature, so the descent never
 * overshoots whatever the rows.
 */
export function warmFit(prior: Linear, rows: Features[], labels: number[], steps = WARM_STEPS): Linear {
  const seen = new Set(prior.columns);
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !seen.has(k)).sort();
  const columns = [...prior.columns, ...extra];
  const at = new Map(columns.map((c, i) => [c, i]));
  const w0 = [...prior.weights, ...extra.map(() => 0)];
  const xs = rows.map((r) => Object.entries(r).filter(([, v]) => v !== 0).map(([k, v]) => [at.get(k)!, v] as const));
  const lr = 1 / (1 + xs.reduce((s, x) => s + x.reduce((t, [, v]) => t + v * v, 0), 0) / 4);
  const w = w0.slice();
  const grad = new Array<number>(w.length);
  for (let step = 0; step < steps; step++) {
    for (let i = 0; i < w.length; i++) grad[i] = w[i] - w0[i];
    xs.forEach((x, r) => {
      let z = 0;
      for (const [i, v] of x) z += w[i] * v;
      const g = 1 / (1 + Math.exp(-z)) - labels[r];
      for (const [i, v] of x) grad[i] += g * v;
    });
    for (let i = 0; i < w.length; i++) w[i] -= lr * grad[i];
  }
  return { columns, weights: w };
}

/** Fitted from scratch on `rows` as `npm run train` fits the shipped model of `lang`. */
export function fullFit(lang: Lang, rows: Features[], labels: number[]): Linear & { model: unknown } {
  const f =
    lang === 'en'
      ? fit(rows, labels, { steps: EN_RECIPE.steps, learningRate: EN_RECIPE.rowsRate / rows.length, minRows: EN_RECIPE.minRows })
      : fit(rows, labels, { steps: RU_RECIPE.steps, learningRate: RU_RECIPE.learningRate });
  const model = JSON.parse(JSON.stringify(f.model.toJSON())) as unknown;
  return { columns: f.columns, weights: weightsOf({ name: lang, columns: f.columns, model, trained: { documents: 0, events: 0, steps: 0, learningRate: 0 } }), model };
}

/** The folds of a set of rows, by document name: k of them (fewer documents than FOLDS: one each). */
function folds(rows: Labelled[]): { k: number; of: (doc: string) => number } {
  const docs = [...new Set(rows.map((r) => r.doc))].sort();
  const k = Math.min(FOLDS, docs.length);
  const at = new Map(docs.map((d, i) => [d, i % Math.max(k, 1)]));
  return { k, of: (doc) => at.get(doc)! };
}

export interface LangReport {
  lang: Lang;
  mode: 'annotated set' | 'shipped weights as prior';
  examples: number;
  positives: number;
  documents: number;
  /** The annotated set's rows, held out by document, fitted without and with the curated examples. */
  set?: { documents: number; rows: number; before: { logLoss: number; auc: number | null }; after: { logLoss: number; auc: number | null } };
  /** The curated examples: by the model in use, and held out by document from the refit. */
  curated: { before: { logLoss: number; auc: number | null }; after: { logLoss: number; auc: number | null } | null };
  /** Columns whose weight changed (more than 1e-6), and the largest changes. */
  changed: number;
  largest: Array<{ column: string; from: number; to: number }>;
  columns: { before: number; after: number };
  file: string;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const figures = (ps: number[], labels: number[]) => ({ logLoss: round(logLoss(ps, labels)), auc: ((a) => (a == null ? null : round(a)))(auc(ps, labels)) });

/** The model in use of a reader, or null when none has been trained. */
export function modelInUse(lang: Lang): (ModelFileBase & Record<string, unknown>) | null {
  return loadModel<ModelFileBase & Record<string, unknown>>(modelPath(`${lang}-events.json`));
}

/** The annotated set's rows of a reader, or null when the set is not there. */
export function annotatedRows(lang: Lang, shared: string | null): Labelled[] | null {
  if (!shared) return null;
  const set = join(shared, 'real', lang);
  if (!existsSync(join(set, 'gold.jsonl')) || !existsSync(join(set, 'meta.jsonl')) || !existsSync(join(set, 'docs'))) return null;
  if (lang === 'ru') return readRussianSet(set).rows.map((r) => ({ doc: r.doc, features: r.features, label: r.label }));
  return readEnglishSet(set, join(set, 'meta.jsonl'), join(set, 'docs')).reads.flatMap((r) => [...r.labels].map(([features, label]) => ({ doc: r.doc.id, features, label })));
}

/** Refits one reader's model and writes it to `out`; what changed, measured on held-out folds. */
export function refitLanguage(lang: Lang, base: ModelFileBase & Record<string, unknown>, set: Labelled[] | null, curated: Example[], out: string, source: string): LangReport {
  const prior: Linear = { columns: base.columns, weights: weightsOf(base) };
  const mine: Labelled[] = curated.filter((e) => e.lang === lang);
  const X = (rs: Labelled[]) => rs.map((r) => r.features);
  const Y = (rs: Labelled[]) => rs.map((r) => r.label);
  const refit = (rs: Labelled[]): Linear & { model?: unknown } => (set ? fullFit(lang, X([...set, ...rs]), Y([...set, ...rs])) : warmFit(prior, X(rs), Y(rs)));
  const report: LangReport = {
    lang,
    mode: set ? 'annotated set' : 'shipped weights as prior',
    examples: mine.length,
    positives: mine.filter((r) => r.label).length,
    documents: new Set(mine.map((r) => r.doc)).size,
    curated: { before: figures(mine.map((r) => probability(prior, r.features)), Y(mine)), after: null },
    changed: 0,
    largest: [],
    columns: { before: base.columns.length, after: base.columns.length },
    file: join(out, `${lang}-events.json`),
  };
  // The curated examples held out by document: each fold scored by a model refitted without it.
  const cf = folds(mine);
  if (cf.k >= 2) {
    const ps = new Array<number>(mine.length);
    for (let k = 0; k < cf.k; k++) {
      const m = refit(mine.filter((r) => cf.of(r.doc) !== k));
      mine.forEach((r, i) => { if (cf.of(r.doc) === k) ps[i] = probability(m, r.features); });
    }
    report.curated.after = figures(ps, Y(mine));
  }
  // The annotated set held out by document, fitted without and with every curated example.
  if (set && mine.length) {
    const sf = folds(set);
    const before = new Array<number>(set.length);
    const after = new Array<number>(set.length);
    for (let k = 0; k < sf.k; k++) {
      const train = set.filter((r) => sf.of(r.doc) !== k);
      const a = fullFit(lang, X(train), Y(train));
      const b = fullFit(lang, X([...train, ...mine]), Y([...train, ...mine]));
      set.forEach((r, i) => {
        if (sf.of(r.doc) !== k) return;
        before[i] = probability(a, r.features);
        after[i] = probability(b, r.features);
      });
    }
    report.set = { documents: new Set(set.map((r) => r.doc)).size, rows: set.length, before: figures(before, Y(set)), after: figures(after, Y(set)) };
  }
  // No curated example: the model in use, written as it is (a folder for ATTACHE_MODELS then holds both readers).
  const final = mine.length ? refit(mine) : { ...prior, model: base.model };
  const was = new Map(prior.columns.map((c, i) => [c, prior.weights[i]]));
  const diffs = final.columns.map((c, i) => ({ column: c, from: was.get(c) ?? 0, to: final.weights[i] })).filter((d) => Math.abs(d.to - d.from) > 1e-6);
  report.changed = diffs.length;
  report.largest = diffs.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || (a.column < b.column ? -1 : 1)).slice(0, 5).map((d) => ({ column: d.column, from: round(d.from), to: round(d.to) }));
  report.columns.after = final.columns.length;
  // The library's JSON holds one classifier per class: class 0's weights score an event, class 1's are their negation.
  const model = final.model ?? withWeights(base.model, final.weights);
  const file = {
    ...base,
    columns: final.columns,
    model,
    // What the weights were fitted on: the set's documents and rows plus the curated ones, or (from the prior) the model in use's plus them.
    trained: set && mine.length
      ? { ...base.trained, documents: new Set(set.map((r) => r.doc)).size + report.documents, events: set.length + mine.length }
      : { ...base.trained, documents: base.trained.documents + report.documents, events: base.trained.events + mine.length },
    refitted: { source, mode: report.mode, examples: report.examples, positives: report.positives, documents: report.documents, heldOut: { set: report.set ?? null, curated: report.curated } },
  };
  mkdirSync(out, { recursive: true });
  writeFileSync(report.file, JSON.stringify(file, null, 1) + '\n');
  return report;
}

function withWeights(model: unknown, w: number[]): unknown {
  const m = structuredClone(model) as { classifiers: Array<{ weights: number[][] }> };
  m.classifiers[0].weights = [w.slice()];
  if (m.classifiers[1]) m.classifiers[1].weights = [w.map((x) => (x === 0 ? 0 : -x))];
  return m;
}

/** The report as the command prints it. */
export function describe(h: Harvest, reports: LangReport[]): string {
  const c = h.contacts;
  const lines = [
    `curation in the store: ${c.confirmed} confirmed, ${c.rejected} rejected, ${c.corrected} corrected, ${c.added} added by an analyst`,
    `training examples: ${h.examples.length} (${h.examples.filter((e) => e.label).length} positive); added events used: ${h.addedUsed} of ${c.added} (a candidate of the same document the reader had not made an event of paired with it)` +
      (h.unmatched ? `; ${h.unmatched} curated accounts not found when their document was read again (the reader changed since)` : '') +
      (h.otherLanguage ? `; ${h.otherLanguage} in documents of another language` : ''),
  ];
  const f = (x: { logLoss: number; auc: number | null }) => `log loss ${Number.isNaN(x.logLoss) ? '—' : x.logLoss.toFixed(3)}, AUC ${x.auc == null ? '—' : x.auc.toFixed(3)}`;
  for (const r of reports) {
    const name = r.lang === 'en' ? 'English' : 'Russian';
    if (r.examples === 0) {
      lines.push('', `${name}: no curated examples; the model in use is written unchanged`, `  written: ${r.file}`);
      continue;
    }
    lines.push('', `${name}: ${r.examples} curated examples (${r.positives} positive) from ${r.documents} documents; refitted on ${r.mode === 'annotated set' ? 'the annotated set plus them' : 'them, from the shipped weights (no annotated set here)'}`);
    if (r.set) {
      lines.push(`  annotated set, 5-fold by document (${r.set.documents} documents, ${r.set.rows} rows):`);
      lines.push(`    without the curated examples  ${f(r.set.before)}`);
      lines.push(`    with them                     ${f(r.set.after)}`);
    }
    lines.push(`  curated examples:`);
    lines.push(`    the model in use              ${f(r.curated.before)}`);
    lines.push(r.curated.after ? `    refitted, ${Math.min(FOLDS, r.documents)}-fold by document  ${f(r.curated.after)}` : `    refitted: too few documents to hold any out (${r.documents})`);
    lines.push(`  ${r.changed} weights changed (${r.columns.before} → ${r.columns.after} features)${r.largest.length ? `; most: ${r.largest.map((d) => `${d.column} ${d.from} → ${d.to}`).join(', ')}` : ''}`);
    lines.push(`  written: ${r.file}`);
  }
  return lines.join('\n') + '\n';
}
