// The Russian document model: every sentence with its mentions (people, roles, states, places,
// organisations), dates, contact words and cues, read once over the whole document.
import type { DateValue, Sentence } from '../../types.ts';
import { wordsOf, type RuGazetteer } from './gazetteer.ts';
import { matchAll, type CueName, type RuLexicon, type RuTrigger } from './lexicon.ts';
import { findCountries, findOrgs, findPeople, findPlaces, findRoles, type RuMentions } from './mentions.ts';
import { findRuDates, type RuDate } from './dates.ts';
import { findNewcomers, type Newcomers } from './newcomers.ts';
import { toIso } from '../../extract/dates.ts';

export interface TriggerHit {
  start: number;
  end: number;
  rule: RuTrigger;
  /** The words as written, lower-cased. */
  text: string;
}

export interface CueHit {
  start: number;
  end: number;
  cue: CueName;
  text: string;
}

export interface TaggedSentence extends RuMentions {
  sentence: Sentence;
  dates: RuDate[];
  triggers: TriggerHit[];
  cues: CueHit[];
  /** A personal pronoun stands in the sentence: its person may be one told before. */
  pronoun: boolean;
  /** Where a subject pronoun ("он", "они") stands, or -1. */
  subjectPronoun: number;
}

/** Contact words of a sentence; a word inside a longer one of its type is left to it ("телефонные" stays a call inside "провёл телефонные переговоры"). */
function findTriggers(lex: RuLexicon, text: string, offset: number): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const rule of lex.triggers) for (const m of matchAll(rule.re, text)) hits.push({ start: offset + m.start, end: offset + m.end, rule, text: m.text.toLowerCase() });
  hits.sort((a, b) => a.start - b.start || b.rule.strength - a.rule.strength);
  return hits.filter((h) => !hits.some((o) => o !== h && o.rule.type === h.rule.type && o.start <= h.start && o.end >= h.end && (o.end - o.start > h.end - h.start || (o.end - o.start === h.end - h.start && o.rule.strength > h.rule.strength))));
}

function findCues(lex: RuLexicon, text: string, offset: number): CueHit[] {
  const out: CueHit[] = [];
  for (const [cue, re] of Object.entries(lex.cues) as Array<[CueName, RegExp]>) {
    for (const m of matchAll(re, text)) out.push({ start: offset + m.start, end: offset + m.end, cue, text: m.text });
  }
  return out.sort((a, b) => a.start - b.start);
}

function subjectPronounAt(lex: RuLexicon, s: Sentence): number {
  lex.subjectPronouns.lastIndex = 0;
  const m = lex.subjectPronouns.exec(s.text);
  return m ? s.start + m.index : -1;
}

/** A sentence's mentions, contact words and cues; `newcomers` carries the people the gazetteer lacks from sentence to sentence. */
export function tagSentence(rg: RuGazetteer, lex: RuLexicon, s: Sentence, ref: DateValue | null, newcomers?: Newcomers): TaggedSentence {
  const words = wordsOf(s.text);
  const countries = findCountries(rg, s.text, s.start, words);
  const cues = findCues(lex, s.text, s.start);
  const known = {
    people: findPeople(rg, s.text, s.start, toIso(ref), words, lex.latinByState),
    countries,
    roles: findRoles(rg, s.text, s.start, countries, lex.leaders, lex.counterpart, words),
    places: findPlaces(rg, s.text, s.start, words),
    orgs: findOrgs(rg, s.text, s.start, words),
  };
  const people = newcomers ? [...known.people, ...findNewcomers(rg, s.text, s.start, known, newcomers, lex)].sort((a, b) => a.start - b.start) : known.people;
  lex.pronouns.lastIndex = 0;
  return {
    sentence: s,
    ...known,
    people,
    // A weekday is the last one before the report unless the sentence looks ahead.
    // A day without its year in a sentence that tells of the past is on or before the report's day.
    // Each date takes the tense of the nearest plan word or past-tense verb.
    dates: findRuDates(s.text, s.start, ref, { ahead: cues.filter((c) => c.cue === 'future').map((c) => c.start - s.start), past: matchAll(lex.pastTense, s.text).map((m) => m.start) }),
    triggers: findTriggers(lex, s.text, s.start),
    cues,
    pronoun: lex.pronouns.test(s.text),
    subjectPronoun: subjectPronounAt(lex, s),
  };
}
