// An event while it is being assembled: sets that later stages fill, turned into an
// ExtractedEvent at the end of the pipeline.
import type { DateValue, EventType, PersonMention, Sentence } from '../types.ts';
import type { FoundTrigger } from './triggers.ts';
import type { Tagged } from './events.ts';

export interface Draft {
  type: EventType;
  strength: number;
  date: DateValue | null;
  dateRule: string;
  people: PersonMention[];
  countries: Set<string>;
  location: string | null;
  initiator: string | null;
  topics: string[];
  evidence: Sentence[];
  rules: Set<string>;
  future: boolean;
  /** Told in passing (a headline, a definite or embedded mention, a weak trigger): may be part of a fuller report. */
  weak: boolean;
}

/** Identity of a participant: the gazetteer id, else the name, else the country a description gave. */
export function personKey(p: PersonMention): string {
  return p.actorId ?? (p.name ? `name:${p.name.toLowerCase()}` : `country:${p.country ?? '?'}`);
}

export function newDraft(t: Tagged, tr: FoundTrigger, date: DateValue | null, dateRule: string): Draft {
  return {
    type: tr.type,
    strength: tr.strength,
    date,
    dateRule,
    people: [],
    countries: new Set(),
    location: null,
    initiator: null,
    topics: [],
    evidence: [t.sentence],
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
