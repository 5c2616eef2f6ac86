// The state the English event frame (events.ts) carries from sentence to sentence of one document —
// the story's date, its people, the drafts told so far — and the decision trace it keeps (trace.ts).
// Types only, so that the frame, the trace and the stages they call import it without a circle.
import type { DateValue, PersonMention, TriggerCandidate } from '../types.ts';
import type { FoundTrigger, TriggerSetAside } from './triggers.ts';
import type { Draft } from './draft.ts';
import type { Neighbour } from './window.ts';

export interface StoryState {
  /** The date the story is at: the last date a sentence gave for its own events. */
  date: DateValue | null;
  dateRule: string;
  last: Draft | null;
  /** The last day any sentence named, whatever it dated ("that day" points back to it). */
  mentioned: DateValue | null;
  /** The paragraph whose sentence last set `date`. */
  dateParagraph: number;
  /** How many different days that paragraph has told so far. */
  paragraphDays: number;
  /** The story's date is the first day of a span ("on 22-23 August"), not one day. */
  dateSpan?: boolean;
  /** The sentence that set the story's date told no contact ("On 14 May, the ministry published …"). */
  dateOfOther?: boolean;
  lastPeople: PersonMention[];
  /** The first person the story names (its headline's or lede's): whose contacts a readout lists. */
  protagonist?: PersonMention;
  /** The last few sentences' text, for phrases that point back ("the two countries"). */
  prevSentences: string[];
  /** Actor ids the document names anywhere. */
  named: Set<string>;
  /** Everyone named recently, newest first: for "the three foreign ministers". */
  recentPeople: PersonMention[];
  events: Draft[];
  docDate: DateValue | null;
  /** The document's date is its publication date (metadata or dateline), not inferred from its text. */
  docDateReported: boolean;
  /**
   * When the document's day comes from metadata the text does not show: the paragraph of its lede,
   * the one part of the story that day still dates (a news item tells its news the day it happens).
   */
  ledeParagraph?: number;
  /** Whose words the document gives ("Press remarks by President Charles Michel"): who "I" is. */
  speaker?: PersonMention | null;
  /** Whom the heading of those words names beside the speaker ("… at the press conference with Y"): who "we" are with. */
  counterpart?: PersonMention | null;
  /** Sentences of a quotation whose speaker is named where it closes, by sentence index (pipeline.ts). */
  quotedAhead?: Map<number, PersonMention>;
  /** Turns of a transcript by sentence index (pipeline.ts, turnsOf): the labelled speaker and whom the turn addresses. */
  turns?: Map<number, { speaker: PersonMention | null; addressed: PersonMention | null }>;
  /** The person last quoted ("Kobakhidze told the press", "…, Lavrov said") and the paragraph. */
  quoted?: { person: PersonMention; paragraph: number } | null;
  /** The people the previous sentence named. */
  prevNamed?: PersonMention[];
  /** Lists of three or more people named together ("Tokayev, Mirziyoyev, Japarov, Rahmon and Berdimuhamedov"), newest first. */
  lists?: PersonMention[][];
  /** The decision trace (trace.ts): every trigger a candidate, every exit a named rule. */
  trace?: Trace;
  /** The document's sentence of an index, as the window of a candidate reads it (window.ts); absent when reading one sentence alone. */
  window?: (index: number) => Neighbour | undefined;
}

/** A decision as the frame took it, before the drafts it names are known as events. */
export interface Note {
  candidate: number;
  kind: 'drop' | 'join' | 'made';
  rule: string;
  reason: string;
  /** 'made': the drafts the candidate made; 'join': the draft it was added to. */
  drafts: Draft[];
}

/** merge.ts: `from` was folded into `into`. */
export interface Join {
  from: Draft;
  into: Draft;
  rule: string;
  reason: string;
}

export interface Trace {
  candidates: TriggerCandidate[];
  notes: Note[];
  /** The triggers of the sentence being read, and their candidates (a few: searched in order). */
  triggers: FoundTrigger[];
  ids: number[];
  /** Matches the trigger stage set aside over the whole document, in text order, and the next one to read. */
  setAside: TriggerSetAside[];
  nextAside: number;
  /** How many of the story's drafts a candidate has claimed so far. */
  claimed: number;
  /** The candidate that made each draft. */
  makers: Draft[];
  madeBy: number[];
  /** Mentions merge.ts folded into others, in the order it did. */
  joins: Join[];
  /** Drafts finish.ts left out, and why. */
  left: Array<{ draft: Draft; rule: string; reason: string }>;
}
