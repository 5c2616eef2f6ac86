// The trained scorer: a logistic model (ml-logistic-regression) over an event's features gives its
// confidence, the probability that an annotator records it. The features are the decisions the rules
// made (the contact word, the cues, where the date and the parties came from), so the model weighs
// the rules from annotated text; its weights are data (data/models/ru-events.json, written by
// `npm run train`). An event below the model's threshold is dropped, with its score as the reason.
import { join } from 'node:path';
import { DATA_DIR } from '../../paths.ts';
import { LogisticScorer, modelInUse, type Features, type ModelFileBase } from '../../score/logistic.ts';
import type { Candidate } from './candidates.ts';

// The fitting and the model file's shape are shared with the English scorer (src/score/logistic.ts).
export { fit, matrixOf } from '../../score/logistic.ts';

/** The features of an event, by name: 1 or 0, or a small count. The names are the model file's columns. */
export function featuresOf(c: Candidate): Features {
  const f: Features = { bias: 1 };
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

export interface ModelFile extends ModelFileBase {
  name: 'ru-events';
  /** An event scored below it is dropped (`ru.drop.score`). */
  threshold: number;
}

export class EventScorer {
  private readonly scorer: LogisticScorer<ModelFile>;

  constructor(readonly file: ModelFile) {
    this.scorer = new LogisticScorer(file);
  }

  /** The probability that the event is one an annotator records. */
  score(c: Candidate): number {
    return this.scorer.probability(featuresOf(c));
  }
}

export const MODEL_FILE = join(DATA_DIR, 'models', 'ru-events.json');

/** The model in use (the shipped one, or ATTACHE_MODELS's), loaded once on first use; null when none has been trained. */
export const defaultScorer = modelInUse<ModelFile, EventScorer>('ru-events.json', (f) => new EventScorer(f));
