// The English reader's trained scorer. The rules (events.ts and friends) decide first and leave a
// trace (trace.ts): every trigger a candidate, every candidate a decision. A logistic model
// (src/score/logistic.ts, weights in data/models/en-events.json, written by `npm run train`) then
// reads each decision as features — the trigger's rule and strength, the rule that decided, where the
// date came from, how many people and states, a heading or the lead — and gives:
//   - every event its `confidence`, the probability that an annotator records it;
//   - every dropped candidate the probability that it is an event the rules missed.
// Two thresholds in the model file, chosen by cross-validation in `npm run train`, may change the
// outcome: a kept event below `drop` is dropped (`drop.scorer`), a dropped candidate at or above
// `revive` becomes an event of its own (`keep.scorer`); either is null when cross-validation found
// that it does not help. Both decisions name the score in their reason, so `attache explain` shows it.
//
// Kept events and dropped candidates are told apart in the features (prefixes `event:` and `cand:`):
// one model file, in effect one model for each question.
import { join } from 'node:path';
import { DATA_DIR } from '../paths.ts';
import { LogisticScorer, modelInUse, recordSink, type Features, type ModelFileBase, type Sink } from '../score/logistic.ts';
import type { Doc, ExtractedEvent, TriggerCandidate, TriggerDecision } from '../types.ts';

export interface EnModelFile extends ModelFileBase {
  name: 'en-events';
  /** A kept event scored below it is dropped (`drop.scorer`); null: the scorer drops none. */
  drop: number | null;
  /** A dropped candidate scored at or above it is made an event (`keep.scorer`); null: none is. */
  revive: number | null;
}

export const EN_MODEL_FILE = join(DATA_DIR, 'models', 'en-events.json');

// The features' names: built once, so that scoring an event builds no strings (see Sink).
const names = (p: string) => ({ bias: `${p}bias`, type: `${p}type`, trigger: `${p}trigger`, strength: `${p}strength`, definite: `${p}definite`, future: `${p}future`, dateRule: `${p}dateRule`, date: `${p}date`, people: `${p}people`, known: `${p}known`, states: `${p}states`, heading: `${p}heading`, place: `${p}place`, decision: `${p}decision` });
const EV = names('event:');
const CAND = names('cand:');

/** The features a candidate has as a kept or a dropped one (`k`: the names, prefixed by which). */
function candidateFeatures(add: Sink, k: typeof EV, c: TriggerCandidate): void {
  add(k.type, c.type);
  add(k.trigger, c.trigger.rule);
  add(k.strength, c.strength ?? 'none');
  if (c.definite) add(k.definite);
  if (c.future) add(k.future);
  add(k.dateRule, c.dateRule);
  add(k.date, precision(c.date));
  add(k.people, Math.min(c.participants.length, 3));
  let known = 0;
  for (const x of c.participants) if (x.actorId) known++;
  add(k.known, Math.min(known, 3));
  add(k.states, Math.min(c.countries.length, 3));
  if (c.heading) add(k.heading);
  // The headline and the lead tell the story's main event; later paragraphs, background.
  add(k.place, c.sentence === 0 ? 'first' : c.paragraph <= 2 ? 'lead' : c.paragraph <= 6 ? 'body' : 'late');
}

function precision(iso: string | null): string {
  return iso == null ? 'none' : iso.length >= 10 ? 'day' : iso.length >= 7 ? 'month' : 'year';
}

/** A kept event's features: what made it (its first candidate), the rules it carries, how often the text told it. */
function eventFeatures(add: Sink, e: ExtractedEvent, maker: TriggerCandidate | undefined, decision: TriggerDecision | undefined, mentions: number): void {
  add('bias');
  add(EV.bias);
  if (maker) candidateFeatures(add, EV, maker);
  if (decision) add(EV.decision, decision.rule);
  for (const r of e.rules) add('event:rule', r);
  add('event:mentions', Math.min(mentions, 3));
  add('event:evidence', Math.min(e.evidence.length, 3));
  add('event:participants', Math.min(e.participants.length, 3));
  add('event:countries', Math.min(e.countries.length, 3));
  add('event:final-date', precision(e.date));
  if (e.location) add('event:location');
  if (e.initiator) add('event:initiator');
}

/** A dropped candidate's features: itself and the rule that dropped it. */
function droppedFeatures(add: Sink, c: TriggerCandidate, decision: TriggerDecision): void {
  add('bias');
  add(CAND.bias);
  candidateFeatures(add, CAND, c);
  add(CAND.decision, decision.rule);
}

/** A row the scorer reads: it tells its features to a sink. */
export interface Row {
  write(add: Sink): void;
}

/** An extraction's kept events and dropped candidates: what the scorer reads. */
export interface ScoringRows {
  events: Array<Row & { event: ExtractedEvent }>;
  dropped: Array<Row & { candidate: TriggerCandidate; decision: TriggerDecision }>;
}

/** A row's features by name (training, tests). */
export function featuresOf(row: Row): Features {
  const f: Features = {};
  row.write(recordSink(f));
  return f;
}

export function scoringRows(events: ExtractedEvent[], candidates: TriggerCandidate[], decisions: TriggerDecision[]): ScoringRows {
  const byId = new Map<number, TriggerCandidate>();
  for (const c of candidates) byId.set(c.id, c);
  // Each event's decisions: the candidate that made it (else the first told of it, one a merge folded
  // into another), and how many candidates told it.
  const maker: Array<TriggerDecision | undefined> = [];
  const mentions: number[] = events.map(() => 0);
  const kept = new Set<number>();
  for (const d of decisions) {
    if (!d.kept || d.event == null) continue;
    kept.add(d.candidate);
    mentions[d.event - 1]++;
    const m = maker[d.event - 1];
    if (!m || (m.joinedTo != null && d.joinedTo == null)) maker[d.event - 1] = d;
  }
  const rows: ScoringRows = { events: [], dropped: [] };
  events.forEach((e, i) => {
    const d = maker[i];
    const c = d ? byId.get(d.candidate) : undefined;
    rows.events.push({ event: e, write: (add) => eventFeatures(add, e, c, d, mentions[i]) });
  });
  const seen = new Set<number>();
  for (const d of decisions) {
    if (d.kept || kept.has(d.candidate) || seen.has(d.candidate)) continue;
    seen.add(d.candidate);
    const c = byId.get(d.candidate);
    if (c) rows.dropped.push({ candidate: c, decision: d, write: (add) => droppedFeatures(add, c, d) });
  }
  return rows;
}

const personOf = (p: { actorId: string | null; name: string }): string => p.actorId ?? p.name;

/** A dropped candidate made into an event with its own type, date, people and states. */
export function candidateEvent(doc: Doc, c: TriggerCandidate): ExtractedEvent {
  return {
    doc: doc.id,
    type: c.type,
    date: c.date,
    participants: c.participants.map((p) => ({ ...p })),
    countries: [...c.countries],
    initiator: null,
    location: null,
    topics: [],
    evidence: [{ start: c.span.start, end: c.span.end, sentence: doc.text.slice(c.span.start, c.span.end), rule: c.trigger.rule }],
    rules: [c.trigger.rule, c.dateRule, 'keep.scorer'],
  };
}

const who = (e: ExtractedEvent): string => e.participants.map(personOf).sort().join('|');

/**
 * The scorer's say over one document's outcome. `score` gives a row's probability; `drop` and `revive`
 * are the thresholds (null: not used). Events keep their order, revived ones follow; the decisions
 * are renumbered to match and carry their scores. A revived candidate that would repeat an event
 * already there (same type, date and people) is not made again.
 */
export function applyScores(doc: Doc, rows: ScoringRows, decisions: TriggerDecision[], score: (row: Row) => number, t: { drop: number | null; revive: number | null }): { events: ExtractedEvent[]; decisions: TriggerDecision[] } {
  const renumber = new Map<number, number>();
  const events: ExtractedEvent[] = [];
  const fmt = (p: number) => p.toFixed(2);
  const eventScore: number[] = [];
  rows.events.forEach((r, i) => {
    const p = score(r);
    eventScore[i + 1] = p;
    if (t.drop != null && p < t.drop) return;
    events.push({ ...r.event, confidence: p });
    renumber.set(i + 1, events.length);
  });
  const revived = new Map<number, { event: number; score: number }>();
  const candScore = new Map<number, number>();
  for (const r of rows.dropped) {
    const p = score(r);
    candScore.set(r.candidate.id, p);
    if (t.revive == null || p < t.revive) continue;
    const e = candidateEvent(doc, r.candidate);
    // finish.ts's own floor: somebody named, or two states.
    if (!(e.participants.length > 0 || e.countries.length > 1)) continue;
    if (events.some((x) => x.type === e.type && x.date === e.date && who(x) === who(e))) continue;
    events.push({ ...e, confidence: p });
    revived.set(r.candidate.id, { event: events.length, score: p });
  }
  const out: TriggerDecision[] = [];
  for (const d of decisions) {
    if (d.kept && d.event != null) {
      const p = eventScore[d.event];
      const n = renumber.get(d.event);
      if (n != null) out.push({ ...d, event: n, score: p });
      else out.push({ candidate: d.candidate, kept: false, rule: 'drop.scorer', reason: `the trained scorer gives its event ${fmt(p)}, below ${t.drop} (was ${d.rule}: ${d.reason})`, score: p });
      continue;
    }
    const r = revived.get(d.candidate);
    const p = candScore.get(d.candidate);
    if (r && !out.some((x) => x.candidate === d.candidate && x.kept)) out.push({ candidate: d.candidate, kept: true, rule: 'keep.scorer', reason: `the trained scorer gives ${fmt(r.score)}, at or above ${t.revive}, against ${d.rule}: ${d.reason}`, event: r.event, score: r.score });
    else out.push(p != null ? { ...d, score: p } : d);
  }
  return { events, decisions: out };
}

/** The shipped English model. */
export class EnScorer {
  private readonly scorer: LogisticScorer<EnModelFile>;

  constructor(readonly file: EnModelFile) {
    this.scorer = new LogisticScorer(file);
  }

  /** The probability that the row is an event an annotator records. */
  probability(row: Row): number {
    return this.scorer.probabilityOf((add) => row.write(add));
  }
}

/** The model in use (the shipped one, or ATTACHE_MODELS's), loaded once on first use; null when none has been trained. */
export const defaultEnScorer = modelInUse<EnModelFile, EnScorer>('en-events.json', (f) => new EnScorer(f));
