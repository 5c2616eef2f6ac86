// An event while it is being assembled: sets that later stages fill, turned into an
// ExtractedEvent at the end of the pipeline.
import type { DateValue, EventType, PersonMention, Sentence } from '../types.ts';
import type { FoundTrigger } from './triggers.ts';
import type { Tagged } from './tagged.ts';

export interface Draft {
  type: EventType;
  strength: number;
  date: DateValue | null;
  dateRule: string;
  people: PersonMention[];
  countries: Set<string>;
  location: string | null;
  initiator: string | null;
  evidence: Sentence[];
  /**
   * Why each evidence sentence is the event's: the trigger rule that told the event in it, or, for a
   * sentence that only adds to it, the reason (EVIDENCE_*). The record's evidence spans carry it, so
   * that a reader of the record (the review) finds the sentence that tells the event without
   * matching the lexicon again.
   */
  told: Map<Sentence, string>;
  rules: Set<string>;
  future: boolean;
  /** Told in passing (a headline, a definite or embedded mention, a weak trigger): may be part of a fuller report. */
  weak: boolean;
}

/** An evidence sentence that names who took part in the event just told ("X, Y and Z took part"). */
export const EVIDENCE_TOOK_PART = 'evidence.took-part';
/** An evidence sentence that tells what the event just told was about ("The sides discussed …"). */
export const EVIDENCE_TOPIC = 'evidence.topic';

/** Adds a sentence to a draft's evidence, with why it is there (a trigger rule, or EVIDENCE_*). */
export function addEvidence(d: Draft, s: Sentence, why: string): void {
  if (!d.evidence.includes(s)) d.evidence.push(s);
  if (!d.told.has(s)) d.told.set(s, why);
}

/** The mark of a summit known only as the place where others met aside ("on the sidelines of the CIS summit"). */
export const SIDELINES_RULE = 'summit.sidelines';
/** A gathering whose attendees its own sentence names ("Y, who is in Minsk to attend the forum"): no one else is added to it (finish.ts). */
export const ATTENDEE_RULE = 'summit.attendee';

/** A sentence that tells of something done "on the sidelines / margins / fringes of" a gathering. */
export const ON_MARGINS = /\b(?:on|at|in) the (?:sidelines|margins|fringes) of\b/i;

/** A summit known only as the place where others met aside. */
export function aside(d: Draft): boolean {
  return d.type === 'summit' && d.rules.has(SIDELINES_RULE);
}

/** The summit is told in full: the people who met aside are not its participants. */
export function forgetAside(d: Draft): void {
  d.people = [];
  d.rules.delete(SIDELINES_RULE);
}

/** Identity of a participant: the gazetteer id, else the name, else the country a description gave. */
export function personKey(p: PersonMention): string {
  return p.actorId ?? (p.name ? `name:${p.name.toLowerCase()}` : `country:${p.country ?? '?'}`);
}

/** Nouns of contacts that may last several days themselves ("talks were held on 17-18 May"). */
const LASTING = /\b(?:talks|negotiations|consultations|rounds?|sessions?)\b/i;

/**
 * A meeting or call dated only by a span of days ("From May 17 to May 18, Xi met …", "On November
 * 25-26, Lavrov paid a visit during which he was received by …") took place on one of them: the month
 * is what the text says.
 */
function dayOf(t: Tagged, tr: FoundTrigger, date: DateValue | null): DateValue | null {
  if (!date || date.day == null || (tr.type !== 'meeting' && tr.type !== 'call')) return date;
  const span = t.dates.find((d) => d.relation === 'range' && d.value && d.value.year === date.year && d.value.month === date.month && d.value.day === date.day);
  // The trigger and the words just before it: "four days … negotiating in talks | hosted by Blinken".
  if (!span || LASTING.test(t.sentence.text.slice(Math.max(0, tr.start - t.sentence.start - 12), tr.end - t.sentence.start))) return date;
  return { year: date.year, month: date.month, day: null };
}

export function newDraft(t: Tagged, tr: FoundTrigger, date: DateValue | null, dateRule: string): Draft {
  return {
    type: tr.type,
    strength: tr.strength,
    date: dayOf(t, tr, date),
    dateRule,
    people: [],
    countries: new Set(),
    location: null,
    initiator: null,
    evidence: [t.sentence],
    told: new Map([[t.sentence, tr.ruleId]]),
    rules: new Set([tr.ruleId, dateRule]),
    future: tr.future,
    // Summits are named with "the" ("the CSTO summit") even when first reported: that is not weak.
    weak: tr.strength <= 2 || (tr.definite && tr.type !== 'summit') || t.sentence.heading === true || dateRule === 'date.embedded' || dateRule === 'date.heading',
  };
}

export function addPerson(d: Draft, p: PersonMention): void {
  if (p.country) d.countries.add(p.country);
  if (!p.actorId && !p.name) return;
  if (d.people.some((q) => personKey(q) === personKey(p))) return;
  d.people.push(p);
  d.rules.add(p.rule);
}
