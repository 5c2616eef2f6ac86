// The English reader's decision trace: every trigger found in a sentence is a candidate, and every
// candidate ends in a decision with a named rule and a reason — dropped (by the trigger stage, or by
// an exit of the event frame), made into an event, or joined to one (a definite mention of the event
// just told, or a mention merge.ts folded into another). `extract()` returns candidates and decisions
// beside its events; `attache explain FILE` prints them.
//
// Cost: the frame calls these helpers only when the story carries a trace (`StoryState.trace`); they
// push plain records onto arrays. The mapping of drafts to the events they end as is made once, at
// the end of the document (resolve).
import type { DateValue, EventType, Participant, PersonMention, TriggerCandidate, TriggerDecision } from '../types.ts';
import type { FoundTrigger, TriggerSetAside } from './triggers.ts';
import type { Draft } from './draft.ts';
import type { Tagged } from './tagged.ts';
import type { Join, StoryState, Trace } from './story.ts';

export type { Trace, TriggerSetAside };
import { toIso } from './dates.ts';


export function newTrace(): Trace {
  return { candidates: [], notes: [], triggers: [], ids: [], setAside: [], nextAside: 0, claimed: 0, makers: [], madeBy: [], joins: [], left: [] };
}

function participant(p: PersonMention): Participant {
  return { actorId: p.actorId, name: p.name, country: p.country, role: p.role };
}

function candidate(tr: TriggerCandidate['trigger'], type: EventType, t: Tagged, date: DateValue | null, dateRule: string, people: PersonMention[], trace: Trace, found?: FoundTrigger): number {
  const named = people.filter((p) => p.actorId || p.name);
  const countries = new Set<string>();
  for (const c of t.countries) countries.add(c.code);
  for (const p of people) if (p.country) countries.add(p.country);
  const id = trace.candidates.length + 1;
  const c: TriggerCandidate = { id, sentence: t.sentence.index, paragraph: t.sentence.paragraph, span: { start: t.sentence.start, end: t.sentence.end }, trigger: tr, type, date: toIso(date), dateRule, participants: named.map(participant), countries: [...countries] };
  // What the trained scorer (score.ts) reads of the trigger and its sentence besides.
  if (t.sentence.heading) c.heading = true;
  if (found) {
    c.strength = found.strength;
    if (found.definite) c.definite = true;
    if (found.future) c.future = true;
  }
  trace.candidates.push(c);
  return id;
}

/**
 * A sentence as the frame reads it: a candidate for each match the trigger stage set aside in it
 * (dropped at once, by its rule) and for each trigger it passed on, in text order.
 */
export function read(trace: Trace, t: Tagged, when: { value: DateValue | null; rule: string }, people: PersonMention[]): void {
  trace.triggers = t.triggers;
  trace.ids = [];
  const { start, end } = t.sentence;
  const aside = trace.setAside;
  while (trace.nextAside < aside.length && aside[trace.nextAside].start < start) trace.nextAside++;
  let k = 0;
  for (const tr of t.triggers) {
    for (; trace.nextAside < aside.length && aside[trace.nextAside].start < Math.min(tr.start, end); trace.nextAside++) setAsideCandidate(trace, aside[trace.nextAside], t, when, people);
    trace.ids[k++] = candidate({ start: tr.start, end: tr.end, text: t.sentence.text.slice(tr.start - start, tr.end - start), rule: tr.ruleId }, tr.type, t, when.value, when.rule, people, trace, tr);
  }
  for (; trace.nextAside < aside.length && aside[trace.nextAside].start < end; trace.nextAside++) setAsideCandidate(trace, aside[trace.nextAside], t, when, people);
}

function setAsideCandidate(trace: Trace, a: TriggerSetAside, t: Tagged, when: { value: DateValue | null; rule: string }, people: PersonMention[]): void {
  const id = candidate({ start: a.start, end: a.end, text: a.text, rule: a.rule }, a.type, t, when.value, when.rule, people, trace);
  trace.notes.push({ candidate: id, kind: 'drop', rule: a.why, reason: a.reason, drafts: [] });
}

function idOf(trace: Trace, tr: FoundTrigger): number {
  const i = trace.triggers.indexOf(tr);
  return i >= 0 ? trace.ids[i] : 0;
}

/** The date the frame gave the trigger's event, when it differs from the sentence's (an embedded or planned date). */
export function dated(st: StoryState, tr: FoundTrigger, date: DateValue | null, rule: string): void {
  const c = st.trace ? st.trace.candidates[idOf(st.trace, tr) - 1] : undefined;
  if (!c) return;
  c.date = toIso(date);
  c.dateRule = rule;
}

/** The frame lets the trigger go: no event, by `rule`. */
export function drop(st: StoryState, tr: FoundTrigger, rule: string, reason: string): void {
  if (st.trace) st.trace.notes.push({ candidate: idOf(st.trace, tr), kind: 'drop', rule, reason, drafts: [] });
}

/** The trigger tells more of an event already in the story (`target`): no new one. */
export function joined(st: StoryState, tr: FoundTrigger, target: Draft, rule: string, reason: string): void {
  if (st.trace) st.trace.notes.push({ candidate: idOf(st.trace, tr), kind: 'join', rule, reason, drafts: [target] });
}

/** The trigger made the drafts added to the story since the last candidate that made any. */
export function made(st: StoryState, tr: FoundTrigger, rule: string, reason: string): void {
  if (st.trace) claim(st, st.trace, idOf(st.trace, tr), rule, reason);
}

/**
 * A contact a cue told with no trigger of its own ("had not met since the spring", events.ts tellSince):
 * a candidate of its own, kept, with the drafts it made.
 */
export function cueMade(st: StoryState, t: Tagged, tr: FoundTrigger, date: DateValue | null, dateRule: string, people: PersonMention[], rule: string, reason: string): void {
  const trace = st.trace;
  if (!trace) return;
  const id = candidate({ start: tr.start, end: tr.end, text: t.sentence.text.slice(tr.start - t.sentence.start, tr.end - t.sentence.start), rule: tr.ruleId }, tr.type, t, date, dateRule, people, trace, tr);
  claim(st, trace, id, rule, reason);
}

/** Candidate `id` made the drafts added to the story since the last claim. */
function claim(st: StoryState, trace: Trace, id: number, rule: string, reason: string): void {
  const drafts = st.events.slice(trace.claimed);
  trace.claimed = st.events.length;
  for (const d of drafts) {
    trace.makers.push(d);
    trace.madeBy.push(id);
  }
  trace.notes.push({ candidate: id, kind: 'made', rule, reason, drafts });
}

/** merge.ts folded `from` into `into`. */
export function merged(trace: Trace | undefined, from: Draft, into: Draft, rule: string, reason: string): void {
  if (trace) trace.joins.push({ from, into, rule, reason });
}

/** finish.ts left the draft out of the events. */
export function leftOut(trace: Trace | undefined, draft: Draft, rule: string, reason: string): void {
  if (trace) trace.left.push({ draft, rule, reason });
}

/**
 * The decisions, once the events are known: `final` are the drafts finish.ts was given, in order; the
 * ones it did not leave out are the events 1, 2, … A candidate with no decision is reported as a silent
 * exit (`drop.unexplained`): the frame tests (events.test.ts) keep that from happening.
 */
export function resolve(trace: Trace, final: Draft[]): { candidates: TriggerCandidate[]; decisions: TriggerDecision[] } {
  const left = new Map<Draft, { rule: string; reason: string }>();
  for (const l of trace.left) left.set(l.draft, l);
  const event = new Map<Draft, number>();
  let n = 0;
  for (const d of final) if (!left.has(d)) event.set(d, ++n);
  const into = new Map<Draft, Join>();
  for (const j of trace.joins) into.set(j.from, j);
  const maker = new Map<Draft, number>();
  trace.makers.forEach((d, i) => maker.set(d, trace.madeBy[i]));
  const root = (d: Draft): Draft => {
    for (let j = into.get(d); j; j = into.get(d)) d = j.into;
    return d;
  };
  const decisions: TriggerDecision[] = [];
  const decided = new Set<number>();
  // What became of a draft: the event of its root, or the rule that left the root out.
  const fate = (c: number, d: Draft, rule: string, reason: string, joinedBy: 'made' | 'join'): void => {
    const r = root(d);
    const hop = into.get(d);
    const ev = event.get(r);
    if (ev == null) {
      const why = left.get(r);
      decisions.push({ candidate: c, kept: false, rule: why?.rule ?? 'drop.unexplained', reason: why ? (r === d ? why.reason : `joined to a mention left out: ${why.reason}`) : 'its event is neither among the events nor left out by a rule' });
      return;
    }
    const owner = maker.get(r);
    if (joinedBy === 'join') decisions.push({ candidate: c, kept: true, rule, reason, joinedTo: owner, event: ev });
    else if (hop) decisions.push({ candidate: c, kept: true, rule: hop.rule, reason: hop.reason, joinedTo: owner, event: ev });
    else decisions.push({ candidate: c, kept: true, rule, reason, event: ev });
  };
  for (const note of trace.notes) {
    decided.add(note.candidate);
    if (note.kind === 'drop') decisions.push({ candidate: note.candidate, kept: false, rule: note.rule, reason: note.reason });
    else for (const d of note.drafts) fate(note.candidate, d, note.rule, note.reason, note.kind);
    // A trigger that made no draft ("made" with nothing new): said so rather than left out.
    if (note.kind === 'made' && note.drafts.length === 0) decisions.push({ candidate: note.candidate, kept: false, rule: 'drop.made-nothing', reason: `${note.rule} added no event to the story` });
  }
  for (const c of trace.candidates) if (!decided.has(c.id)) decisions.push({ candidate: c.id, kept: false, rule: 'drop.unexplained', reason: 'no rule of the event frame decided on it (a silent exit)' });
  decisions.sort((a, b) => a.candidate - b.candidate);
  return { candidates: trace.candidates, decisions };
}
