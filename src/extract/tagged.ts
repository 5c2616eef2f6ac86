// What the taggers found in one sentence: the input of the English event frame (events.ts), one
// record per sentence, made by the pipeline (pipeline.ts). Types only: the frame, the drafts, the
// trace and the initiator rules read it, and it imports none of them.
import type { DateMention, PersonMention, Sentence } from '../types.ts';
import type { FoundTrigger } from './triggers.ts';
import type { PlaceMention } from './places.ts';
import type { Anchor } from './clauses.ts';

/** Everything the taggers found in one sentence. */
export interface Tagged {
  sentence: Sentence;
  dates: DateMention[];
  people: PersonMention[];
  nonParticipants: Set<PersonMention>;
  triggers: FoundTrigger[];
  places: PlaceMention[];
  countries: Array<{ start: number; end: number; code: string; rule: string }>;
  anchors: Anchor[];
  /** Anchors on events not told before but placed a stated number of days from this one. */
  shifted: Anchor[];
}
