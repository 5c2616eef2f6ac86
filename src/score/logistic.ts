// The logistic plumbing both readers' trained scorers share (src/reader/ru/score.ts for Russian,
// src/extract/score.ts for English): features are named numbers, a model file lists the feature
// names (its columns) beside the weights ml-logistic-regression fitted, and a score is the
// probability that an annotator records the event. Fitting is deterministic (zero start, fixed
// steps); the model library is loaded only to fit, since scoring is one weighted sum per event.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.ts';
import { createRequire } from 'node:module';
import type { Matrix as MatrixType } from 'ml-matrix';
import type LogisticRegressionType from 'ml-logistic-regression';

// The model libraries are loaded on first use, not at start-up: every command would otherwise pay
// for them (about 50 ms), and extraction never needs them.
const require = createRequire(import.meta.url);
let libs: { Matrix: typeof MatrixType; LogisticRegression: typeof LogisticRegressionType } | null = null;
function ml(): NonNullable<typeof libs> {
  libs ??= { Matrix: (require('ml-matrix') as { Matrix: typeof MatrixType }).Matrix, LogisticRegression: require('ml-logistic-regression') as typeof LogisticRegressionType };
  return libs;
}

/** A row of features by name: 1 or 0, or a small number. Missing names are 0. */
export type Features = Record<string, number>;

/**
 * Where a reader tells a row's features, each a feature present (value 1): `name`, or `name=value`.
 * A record (recordSink: fitting, tests) or a model's weighted sum (LogisticScorer#probabilityOf: no
 * name is built, so scoring costs a few map look-ups).
 */
export type Sink = (name: string, value?: string | number) => void;

export function recordSink(f: Features): Sink {
  return (name, value) => {
    f[value === undefined ? name : `${name}=${value}`] = 1;
  };
}

/** What both model files hold; a reader's file adds its own decision thresholds. */
export interface ModelFileBase {
  name: string;
  /** Feature names, in the order of the weights. */
  columns: string[];
  /** ml-logistic-regression's own JSON (LogisticRegression#toJSON). */
  model: unknown;
  /** How it was trained and what it scored under cross-validation (for the README and `explain`). */
  trained: { documents: number; events: number; steps: number; learningRate: number; crossValidated?: Record<string, number> };
}

export function matrixOf(rows: Features[], columns: string[]): MatrixType {
  return new (ml().Matrix)(rows.map((r) => columns.map((c) => r[c] ?? 0)));
}

export interface Fitted {
  columns: string[];
  model: LogisticRegressionType;
}

/**
 * Fit a model on rows labelled 1 (recorded by the annotators) or 0. Deterministic: zero start, fixed
 * steps. `minRows`: a feature seen in fewer rows gets no weight (a weight fitted on two or three rows
 * learns those rows, not the rule).
 */
export function fit(rows: Features[], labels: number[], opts: { steps?: number; learningRate?: number; minRows?: number } = {}): Fitted {
  const seen = new Map<string, number>();
  for (const r of rows) for (const [k, v] of Object.entries(r)) if (v !== 0) seen.set(k, (seen.get(k) ?? 0) + 1);
  const min = opts.minRows ?? 1;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => (seen.get(k) ?? 0) >= min || k === 'bias').sort();
  const { LogisticRegression, Matrix } = ml();
  const model = new LogisticRegression({ numSteps: opts.steps ?? 3000, learningRate: opts.learningRate ?? 5e-3 });
  model.train(matrixOf(rows, columns), Matrix.columnVector(labels));
  return { columns, model };
}

/** A fitted model's probabilities for rows (used by the cross-validation of `npm run train`). */
export function probabilities(f: Fitted, rows: Features[]): number[] {
  return rows.length ? f.model.classifiers[0].testScores(matrixOf(rows, f.columns)) : [];
}

/** The weights of a stored model, by column (the classifier of class 0 scores "not class 0", i.e. an event). */
export function weightsOf(file: ModelFileBase): number[] {
  const m = file.model as { classifiers: Array<{ weights: number[][] | { data: number[][] } }> };
  const w = m.classifiers[0].weights;
  const row = Array.isArray(w) ? w[0] : w.data[0];
  if (row.length !== file.columns.length) throw new Error(`${file.name}: ${row.length} weights for ${file.columns.length} columns`);
  return row;
}

/** A stored model, ready to score rows of features. */
export class LogisticScorer<F extends ModelFileBase = ModelFileBase> {
  private readonly weights: number[];
  private readonly index: Map<string, number>;
  /** The weights by a column's name and value ("type=meeting": "type", then "meeting"; "heading": "heading", then ""). */
  private readonly byName = new Map<string, Map<string, number>>();

  constructor(readonly file: F) {
    this.weights = weightsOf(file);
    this.index = new Map(file.columns.map((c, i) => [c, i]));
    file.columns.forEach((c, i) => {
      const eq = c.indexOf('=');
      const name = eq < 0 ? c : c.slice(0, eq);
      let values = this.byName.get(name);
      if (!values) this.byName.set(name, (values = new Map()));
      values.set(eq < 0 ? '' : c.slice(eq + 1), this.weights[i]);
    });
  }

  /** The probability of a row told to a sink (features present, value 1); the same as probability() up to the order of the sum. */
  probabilityOf(write: (add: Sink) => void): number {
    let z = 0;
    write((name, value) => {
      const w = this.byName.get(name)?.get(value === undefined ? '' : typeof value === 'string' ? value : String(value));
      if (w !== undefined) z += w;
    });
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The probability that the row is an event an annotator records. Features the model never saw weigh
   * nothing. Summed in the columns' order, as the library's matrix product does (a zero adds nothing),
   * so that a score is the same to the last bit as the library's; only the row's own features are
   * looked up, not every column.
   */
  probability(row: Features): number {
    const at: number[] = [];
    for (const k in row) {
      const i = this.index.get(k);
      if (i !== undefined && row[k] !== 0) at.push(i);
    }
    at.sort((a, b) => a - b);
    let z = 0;
    for (const i of at) z += row[this.file.columns[i]] * this.weights[i];
    return 1 / (1 + Math.exp(-z));
  }
}

/** A model file, or null when none has been trained. */
export function loadModel<F extends ModelFileBase>(path: string): F | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as F) : null;
}

/** Where the shipped model files are (written by `npm run train`). */
export const SHIPPED_MODELS = join(DATA_DIR, 'models');

/**
 * The model file a reader loads: from the folder named by ATTACHE_MODELS when it holds one of that
 * name (the models `attache train --db` refitted on an analyst's curation, src/train/store.ts), else
 * the shipped one. A folder without the file falls back to the shipped model, so a folder holding one
 * reader's model leaves the other reader as shipped.
 */
export function modelPath(file: string): string {
  const dir = process.env.ATTACHE_MODELS;
  if (dir && existsSync(join(dir, file))) return join(dir, file);
  return join(SHIPPED_MODELS, file);
}

/**
 * The model in use for a language's scorer, loaded once on first use: the shipped file, or
 * ATTACHE_MODELS's (modelPath); null when none has been trained (the rules alone decide).
 */
export function modelInUse<F extends ModelFileBase, S>(file: string, make: (f: F) => S): () => S | null {
  let cached: S | null | undefined;
  return () => {
    if (cached === undefined) {
      const f = loadModel<F>(modelPath(file));
      cached = f ? make(f) : null;
    }
    return cached;
  };
}
