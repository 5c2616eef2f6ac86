// Core types shared by the pipeline stages. Offsets are UTF-16 code-unit offsets into the
// document text as stored (`Doc.text`), so every span can be shown highlighted in the source.

export type EventType = 'call' | 'meeting' | 'visit' | 'summit';
export const EVENT_TYPES: readonly EventType[] = ['call', 'meeting', 'visit', 'summit'];
/** A stored event's status: as extracted, or as an analyst left it. Rejected events leave the lists unless asked for. */
export const EVENT_STATUSES = ['machine', 'confirmed', 'corrected', 'rejected'] as const;

export interface Span {
  start: number;
  end: number;
}

/**
 * A content region: one line of the text, or (`wrapped`) the lines of a hard-wrapped paragraph that
 * ingest joined, whose line breaks the sentence splitters read as spaces (ingest/clean.ts).
 */
export interface Region extends Span {
  wrapped?: true;
}

/** A document ready for extraction. `text` is the stored text; `regions` the parts that are content. */
export interface Doc {
  id: string;
  text: string;
  /** What the taggers read: `text` with markup blanked (same length, same offsets); defaults to `text`. */
  view?: string;
  /** Content regions (boilerplate excluded), in order, non-overlapping. */
  regions: Region[];
  published: string | null;
  lang: string | null;
  outlet: string | null;
  url: string | null;
  title: string | null;
}

export interface Sentence extends Span {
  index: number;
  /** Paragraph number: sentences separated by a blank line or a line break are in different paragraphs. */
  paragraph: number;
  text: string;
  /** A line of its own without closing punctuation: a title, heading or caption. */
  heading?: boolean;
}

/** A resolved calendar date; precision says how much of it the text gave. */
export interface DateValue {
  year: number;
  month: number | null;
  day: number | null;
}

export interface DateMention extends Span {
  value: DateValue | null;
  /**
   * How the date relates to the event: 'on' the date, or anchored to a clause ('after', 'before',
   * 'same-day'); 'since' is the start of a state of affairs ("since 11 January"), no event's day.
   */
  relation: 'on' | 'after' | 'before' | 'since' | 'same-day' | 'that-day' | 'day-before' | 'day-after' | 'earlier' | 'range';
  rule: string;
}

export interface PersonMention extends Span {
  actorId: string | null;
  /** Canonical name when known, else the name as written. */
  name: string;
  country: string | null;
  /** Role at the event date, when the sentence or the gazetteer gives one. */
  role: string | null;
  rule: string;
  /** True when the mention is a description ("the Russian president") rather than a name. */
  reference: boolean;
  /** The date `role` was looked up for. */
  dateSeen?: string | null;
}

// Every mention is made with the same fields in the same order (`dateSeen` too, undefined when no
// role was looked up), not spread from another: the engine then gives them all one shape and reads
// their fields fast, in the many filters over a sentence's people. The two helpers below copy one.

/** The person of `p` mentioned again at another place of the text ("he", "Lavrov" once more). */
export function atPlace(p: PersonMention, start: number, end: number, rule: string, reference: boolean): PersonMention {
  return { start, end, actorId: p.actorId, name: p.name, country: p.country, role: p.role, rule, reference, dateSeen: p.dateSeen };
}

/** The mention `p` with the role (and country) its person held on another date. */
export function withRole(p: PersonMention, role: string, country: string | null): PersonMention {
  return { start: p.start, end: p.end, actorId: p.actorId, name: p.name, country, role, rule: p.rule, reference: p.reference, dateSeen: p.dateSeen };
}

export interface CountryMention extends Span {
  code: string;
  rule: string;
}

export interface TriggerMention extends Span {
  type: EventType;
  ruleId: string;
  /** Higher wins when two mentions of one event disagree on the type. */
  strength: number;
  /** 'definite' triggers ("the meeting") refer back to an event already told. */
  definite: boolean;
  future: boolean;
}

export interface Evidence extends Span {
  sentence: string;
  rule: string;
}

export interface Participant {
  actorId: string | null;
  name: string;
  country: string | null;
  role: string | null;
}

/** An extracted contact event, with everything needed to trace it back. */
export interface ExtractedEvent {
  doc: string;
  type: EventType;
  date: string | null;
  participants: Participant[];
  countries: string[];
  initiator: string | null;
  location: string | null;
  topics: string[];
  evidence: Evidence[];
  rules: string[];
  /** The trained scorer's probability that an annotator records this event; absent where no model scored it. */
  confidence?: number | null;
}

/**
 * One trigger the English reader found in a sentence (src/extract/trace.ts), with what the event frame
 * had read of its sentence when it ruled on it: the date, the people who could take part, the countries.
 */
export interface TriggerCandidate {
  /** 1, 2, … in the order the frame met them. */
  id: number;
  /** The sentence: its index among the document's sentences, its paragraph, and its span. */
  sentence: number;
  paragraph: number;
  span: Span;
  /** The sentence is a title or heading line. */
  heading?: boolean;
  /** The trigger's words, its rule in data/lexicon/triggers.yaml and the type it tells. */
  trigger: Span & { text: string; rule: string };
  type: EventType;
  date: string | null;
  dateRule: string;
  participants: Participant[];
  countries: string[];
  /** The trigger's strength, and whether it refers back ("the meeting") or ahead (a plan); absent for a match set aside. */
  strength?: number;
  definite?: boolean;
  future?: boolean;
}

/**
 * What became of a candidate, by a named rule and a reason in words. A candidate that made several
 * events (one meeting with each person met) has one decision for each.
 */
export interface TriggerDecision {
  candidate: number;
  /** Kept: it made an event, or was joined to one (`joinedTo`); else dropped. */
  kept: boolean;
  rule: string;
  reason: string;
  /** The candidate whose event this one was joined to. */
  joinedTo?: number;
  /** The event it became or was joined to: 1-based, in the order of the extraction's `events`. */
  event?: number;
  /** The trained scorer's probability (src/extract/score.ts): of its event when kept, of it as an event when dropped. */
  score?: number;
}

/** The exchange format of shared/eval/SCHEMA.md. */
export interface EventRecord {
  doc: string;
  date: string | null;
  type: EventType;
  participants: string[];
  countries: string[];
  initiator: string | null;
  location: string | null;
  topics: string[];
  evidence: string;
  /** The trained scorer's probability (see ExtractedEvent). */
  confidence?: number;
}
