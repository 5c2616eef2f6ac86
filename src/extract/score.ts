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
import { LogisticScorer, loadModel, type Features, type ModelFileBase } from '../score/logistic.ts';
import type { Doc, ExtractedEvent, TriggerCandidate, TriggerDecision } from '../types.ts';

export interface EnModelFile extends ModelFileBase {
  name: 'en-events';
  /** A kept event scored below it is dropped (`drop.scorer`); null: the scorer drops none. */
  drop: number | null;
  /** A dropped candidate scored at or above it is made an event (`keep.scorer`); null: none is. */
  revive: number | null;
}

export const EN_MODEL_FILE = join(DATA_DIR, 'models', 'en-events.json');

/** The features a candidate has as a kept or a dropped one (`p` is the prefix). */
function candidateFeatures(f: Features, p: string, c: TriggerCandidate): void {
  f[`${p}type=${c.type}`] = 1;
  f[`${p}trigger=${c.trigger.rule}`] = 1;
  f[`${p}strength=${c.strength ?? 'none'}`] = 1;
  if (c.definite) f[`${p}definite`] = 1;
  if (c.future) f[`${p}future`] = 1;
  f[`${p}dateRule=${c.dateRule}`] = 1;
  f[`${p}date=${precision(c.date)}`] = 1;
  f[`${p}people=${Math.min(c.participants.length, 3)}`] = 1;
  f[`${p}known=${Math.min(c.participants.filter((x) => x.actorId).length, 3)}`] = 1;
  f[`${p}states=${Math.min(c.countries.length, 3)}`] = 1;
  if (c.heading) f[`${p}heading`] = 1;
  // The headline and the lead tell the story's main event; later paragraphs, background.
  f[`${p}place=${c.sentence === 0 ? 'first' : c.paragraph <= 2 ? 'lead' : c.paragraph <= 6 ? 'body' : 'late'}`] = 1;
}

function precision(iso: string | null): string {
  return iso == null ? 'none' : iso.length >= 10 ? 'day' : iso.length >= 7 ? 'month' : 'year';
}

/** A kept event's features: what made it (its first candidate), the rules it carries, how often the text told it. */
export function eventFeatures(e: ExtractedEvent, maker: TriggerCandidate | undefined, decision: TriggerDecision | undefined, mentions: number): Features {
  const f: Features = { bias: 1, 'event:bias': 1 };
  if (maker) candidateFeatures(f, 'event:', maker);
  if (decision) f[`event:decision=${decision.rule}`] = 1;
  for (const r of e.rules) f[`event:rule=${r}`] = 1;
  f[`event:mentions=${Math.min(mentions, 3)}`] = 1;
  f[`event:evidence=${Math.min(e.evidence.length, 3)}`] = 1;
  f[`event:participants=${Math.min(e.participants.length, 3)}`] = 1;
  f[`event:countries=${Math.min(e.countries.length, 3)}`] = 1;
  f[`event:final-date=${precision(e.date)}`] = 1;
  if (e.location) f['event:location'] = 1;
  if (e.initiator) f['event:initiator'] = 1;
  return f;
}

/** A dropped candidate's features: itself and the rule that dropped it. */
export function droppedFeatures(c: TriggerCandidate, decision: TriggerDecision): Features {
  const f: Features = { bias: 1, 'cand:bias': 1 };
  candidateFeatures(f, 'cand:', c);
  f[`cand:decision=${decision.rule}`] = 1;
  return f;
}

/** An extraction's kept events and dropped candidates, each with its features: what the scorer reads. */
export interface ScoringRows {
  events: Array<{ event: ExtractedEvent; features: Features }>;
  dropped: Array<{ candidate: TriggerCandidate; decision: TriggerDecision; features: Features }>;
}

export function scoringRows(events: ExtractedEvent[], candidates: TriggerCandidate[], decisions: TriggerDecision[]): ScoringRows {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const rows: ScoringRows = { events: [], dropped: [] };
  const people = events.map((e) => new Set(e.participants.map(personOf)));
  events.forEach((e, i) => {
    const mine = decisions.filter((d) => d.kept && d.event === i + 1);
    // The candidate that made it, else the first told of it (one a merge folded into another).
    const maker = mine.find((d) => d.joinedTo == null) ?? mine[0];
    const f = eventFeatures(e, maker ? byId.get(maker.candidate) : undefined, maker, mine.length);
    // Another event of the same people: one of the two may be the same contact told twice.
    const twins = events.filter((_, j) => j !== i && people[j].size > 0 && sameSet(people[j], people[i]));
    if (twins.length) f['event:twin'] = 1;
    if (twins.some((x) => x.type === e.type)) f['event:twin-type'] = 1;
    if (twins.some((x) => x.date === e.date)) f['event:twin-date'] = 1;
    rows.events.push({ event: e, features: f });
  });
  const kept = new Set(decisions.filter((d) => d.kept).map((d) => d.candidate));
  const seen = new Set<number>();
  for (const d of decisions) {
    if (d.kept || kept.has(d.candidate) || seen.has(d.candidate)) continue;
    seen.add(d.candidate);
    const c = byId.get(d.candidate);
    if (!c) continue;
    const f = droppedFeatures(c, d);
    // Its people are an event's already: made an event, it would likely tell that one again.
    const mine = new Set(c.participants.map(personOf));
    const within = events.filter((_, j) => mine.size > 0 && [...mine].every((x) => people[j].has(x)));
    if (within.length) f['cand:people-in-event'] = 1;
    if (within.some((e) => e.date === c.date)) f['cand:people-in-event-date'] = 1;
    if (events.some((e) => e.date === c.date)) f['cand:date-of-event'] = 1;
    rows.dropped.push({ candidate: c, decision: d, features: f });
  }
  return rows;
}

const personOf = (p: { actorId: string | null; name: string }): string => p.actorId ?? p.name;
const sameSet = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

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
export function applyScores(doc: Doc, rows: ScoringRows, decisions: TriggerDecision[], score: (f: Features) => number, t: { drop: number | null; revive: number | null }): { events: ExtractedEvent[]; decisions: TriggerDecision[] } {
  const renumber = new Map<number, number>();
  const events: ExtractedEvent[] = [];
  const fmt = (p: number) => p.toFixed(2);
  const eventScore: number[] = [];
  rows.events.forEach((r, i) => {
    const p = score(r.features);
    eventScore[i + 1] = p;
    if (t.drop != null && p < t.drop) return;
    events.push({ ...r.event, confidence: p });
    renumber.set(i + 1, events.length);
  });
  const revived = new Map<number, { event: number; score: number }>();
  const candScore = new Map<number, number>();
  for (const r of rows.dropped) {
    const p = score(r.features);
    candScore.set(r.candidate.id, p);
    if (t.revive == null || p < t.revive) continue;
    const e = candidateEvent(doc, r.candidate);
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

  probability(f: Features): number {
    return this.scorer.probability(f);
  }
}

let cached: EnScorer | null | undefined;

/** The shipped model, loaded once on first use; null when none has been trained (the rules alone decide). */
export function defaultEnScorer(): EnScorer | null {
  if (cached !== undefined) return cached;
  const file = loadModel<EnModelFile>(EN_MODEL_FILE);
  cached = file ? new EnScorer(file) : null;
  return cached;
}
