// The trained scorer: a logistic model (ml-logistic-regression) over an event's features gives its
// confidence, the probability that an annotator records it. The features are the decisions the rules
// made (the contact word, the cues, where the date and the parties came from), so the model weighs
// the rules from annotated text; its weights are data (data/models/ru-events.json, written by
// `npm run train`). An event below the model's threshold is dropped, with its score as the reason.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Matrix as MatrixType } from 'ml-matrix';
import type LogisticRegressionType from 'ml-logistic-regression';
import { DATA_DIR } from '../../paths.ts';
import type { Candidate } from './candidates.ts';

// The model libraries are loaded on first use, not at start-up: every command (and every English
// document) would otherwise pay for them (about 50 ms).
const require = createRequire(import.meta.url);
let libs: { Matrix: typeof MatrixType; LogisticRegression: typeof LogisticRegressionType } | null = null;
function ml(): NonNullable<typeof libs> {
  libs ??= { Matrix: (require('ml-matrix') as { Matrix: typeof MatrixType }).Matrix, LogisticRegression: require('ml-logistic-regression') as typeof LogisticRegressionType };
  return libs;
}

/** The features of an event, by name: 1 or 0, or a small count. The names are the model file's columns. */
export function featuresOf(c: Candidate): Record<string, number> {
  const f: Record<string, number> = { bias: 1 };
  f[`type=${c.type}`] = 1;
  f[`strength=${c.features.strength}`] = 1;
  f[`word=${c.features.trigger}`] = 1;
  f[`people=${Math.min(c.people.length, 3)}`] = 1;
  f[`states=${Math.min(c.countries.size, 3)}`] = 1;
  f[`date=${c.date ? (c.date.day != null ? 'day' : 'month') : 'none'}`] = 1;
  f[`dateRule=${c.dateRule}`] = 1;
  for (const cue of c.cues) f[`cue=${cue}`] = 1;
  for (const r of ['ru.window.parties', 'ru.call.split', 'ru.join', 'ru.type.small-summit', 'ru.summit.sidelines']) if (c.rules.includes(r)) f[`rule=${r}`] = 1;
  f.mentions = Math.min(c.rules.filter((r) => r === 'ru.join').length, 3) / 3;
  if (c.features.heading) f.heading = 1;
  if (c.features.lead) f.lead = 1;
  if (c.features.definite) f.definite = 1;
  if (c.location) f.location = 1;
  if (c.initiator) f.initiator = 1;
  if (c.people.some((p) => p.subject)) f.subject = 1;
  return f;
}

export interface ModelFile {
  name: 'ru-events';
  /** Feature names, in the order of the weights. */
  columns: string[];
  threshold: number;
  model: unknown;
  /** How it was trained and what it scored under cross-validation (for the README and `explain`). */
  trained: { documents: number; events: number; steps: number; learningRate: number; crossValidated?: Record<string, number> };
}

export function matrixOf(rows: Array<Record<string, number>>, columns: string[]): MatrixType {
  return new (ml().Matrix)(rows.map((r) => columns.map((c) => r[c] ?? 0)));
}

export class EventScorer {
  private readonly model: LogisticRegressionType;

  constructor(readonly file: ModelFile) {
    this.model = ml().LogisticRegression.load(file.model as never);
  }

  /** The probability that the event is one an annotator records. */
  score(c: Candidate): number {
    const x = matrixOf([featuresOf(c)], this.file.columns);
    // Classes are 0 (not an event) and 1 (an event): the first one-vs-all model scores "not 0".
    return this.model.classifiers[0].testScores(x)[0];
  }
}

export const MODEL_FILE = join(DATA_DIR, 'models', 'ru-events.json');

let cached: EventScorer | null | undefined;

/** The shipped model, or null when none has been trained (the rules alone decide). */
export function defaultScorer(): EventScorer | null {
  if (cached !== undefined) return cached;
  cached = existsSync(MODEL_FILE) ? new EventScorer(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelFile) : null;
  return cached;
}

/** Fit a model on events labelled 1 (recorded by the annotators) or 0. Deterministic: zero start, fixed steps. */
export function fit(rows: Array<Record<string, number>>, labels: number[], opts: { steps?: number; learningRate?: number } = {}): { columns: string[]; model: LogisticRegressionType } {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].sort();
  const { LogisticRegression, Matrix } = ml();
  const model = new LogisticRegression({ numSteps: opts.steps ?? 3000, learningRate: opts.learningRate ?? 5e-3 });
  model.train(matrixOf(rows, columns), Matrix.columnVector(labels));
  return { columns, model };
}
