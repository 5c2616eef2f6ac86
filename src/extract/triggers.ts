// Trigger words of the lexicon in a sentence. Overlapping matches keep the longest; a trigger under
// negation ("did not visit") is dropped; hypotheticals and futures are flagged for the event stage.
import type { CompiledTrigger, Lexicon } from './lexicon.ts';
import type { EventType, TriggerMention } from '../types.ts';

/** A match this stage did not pass on: negated, or a habit (the decision trace lists it, trace.ts). */
export interface TriggerSetAside {
  start: number;
  end: number;
  text: string;
  rule: string;
  type: EventType;
  /** The rule that set it aside and why, in words. */
  why: string;
  reason: string;
}

export interface FoundTrigger extends TriggerMention {
  hypothetical: boolean;
  requires: Array<'people2' | 'place' | 'states'>;
}

const EVENT_NOUN = /\b(?:attended by|meeting|talk|negotiations|consultations|visit|trip|call|conversation|summit|session|sitting|forum|exchange|round|council)s?\b/i;
const NOUN_ONLY = /\b(?:meeting|talk|negotiations|consultations|visit|trip|call|conversation|summit|session|sitting|forum|exchange|round|council)s?\b/i;
// "Monday's session", "yesterday's talks": a day's possessive points back like "the".
const DEFINITE = /\b(?:the|this|that|these|those|said|such|(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day['’]s)\s+(?:(?!(?:was|is|were|are|his|her|their)\b)[a-z-]+\s+){0,2}$/i;

/** "the 34th meeting", "the tenth session": a numbered gathering is reported, not told again. */
const ORDINAL_BEFORE = /\b(?:\d+(?:st|nd|rd|th)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)|(?:twenty|thirty|forty|fifty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\s+(?:[a-z-]+\s+)?$/i;

/**
 * A modal verb right after the trigger: 'a bilateral summit "could in theory be arranged"'; or an
 * expectation: "[the] visit to Russia] is expected", "a personal meeting is being prepared".
 */
const MODAL_AFTER = /^\W{0,3}(?:(?!that\b|which\b|who\b|he\b|she\b|they\b|it\b)[a-z-]+\W{1,3}){0,3}(?:could|would|might|may|(?:is|are) (?:expected|being prepared|being worked out)\b(?! (?:to|on|in)\b))\b/;
/** The same after a longer subject with no clause break: "the meeting of the ministers of the two countries could be …". */
const MODAL_AFTER_LONG = /^ (?:of|between|with) (?:(?!that\b|which\b|who\b|he\b|she\b|they\b|it\b)[\w'’-]+ ){1,7}(?:could|would|might|may) (?:be|take|happen|come)\b/;

/** Lower-cased text for the modal cues, with the month May kept apart from the verb "may". */
function modalView(s: string): string {
  return (s.includes('May') ? s.replace(MONTH_MAY, 'Month') : s).toLowerCase();
}
// Mid-sentence, a capitalised "May" is the month ("in May and August"); the modal is capitalised only first.
const MONTH_MAY = /\bMay(?=\s+\d)|(?<=[\w,;)]\s+)May\b/g;

/**
 * "the meeting", "these talks": a noun told with a determiner that points back. The words before the
 * match decide ("the meeting | was attended by"), unless the match gives the noun its own determiner
 * or number ("commission held | its 20th meeting", "the | tenth session").
 */
function isDefinite(before: string, match: string): boolean {
  if (!EVENT_NOUN.test(match)) return false;
  const noun = NOUN_ONLY.exec(match);
  const inside = noun ? match.slice(0, noun.index) : '';
  // The determiner stands before the match and leads to its noun: in "The two presidents | held
  // talks" it is the subject's; in "who | made the trip" the match brings its own.
  const lead = before + inside;
  if (!DEFINITE.test(before) || !DEFINITE.test(lead) || /\b(?:another|a|an)\s+(?:[a-z-]+\s+){0,2}$/i.test(before)) return false;
  return !OWN_DETERMINER.test(inside) && !ORDINAL_BEFORE.test(lead);
}
const OWN_DETERMINER = /\b(?:its|their|his|her|a|an)\s+(?:[a-z0-9-]+\s+){0,2}$/i;

/** The places in `lex.triggers` of the rules whose `needs` a keyword satisfies, remembered per keyword (there are few). */
const rulesByKeyword = new WeakMap<Lexicon, Map<string, number[]>>();
/** Which rules can fire on a text with these keywords: a flag per rule of `lex.triggers`, or null for none. */
function rulesFor(lex: Lexicon, keywords: RegExpMatchArray | null): boolean[] | null {
  if (!keywords) return null;
  let memo = rulesByKeyword.get(lex);
  if (!memo) rulesByKeyword.set(lex, (memo = new Map()));
  const out: boolean[] = new Array<boolean>(lex.triggers.length).fill(false);
  for (const k of keywords) {
    // As written: `needs` ignores case, so "Meeting" and "meeting" allow the same rules (no lower-cased copy to make).
    let rules = memo.get(k);
    if (!rules) memo.set(k, (rules = lex.triggers.flatMap((r, i) => (r.needs.test(k) ? [i] : []))));
    for (const i of rules) out[i] = true;
  }
  return out;
}

/** What follows the last clause break in `s` (all of `s` when it has none): `s.split(CLAUSE_BREAK).pop()` without the array. */
function afterLastBreak(s: string): string {
  let from = 0;
  CLAUSE_BREAKS.lastIndex = 0;
  for (let m = CLAUSE_BREAKS.exec(s); m; m = CLAUSE_BREAKS.exec(s)) from = m.index + m[0].length;
  return s.slice(from);
}

/** What precedes the first clause break in `s`: `s.split(CLAUSE_BREAK)[0]` without the array. */
function beforeFirstBreak(s: string): string {
  const m = CLAUSE_BREAK.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** A match of a rule that survived negation, before the overlap between rules is settled. */
interface Candidate {
  rule: CompiledTrigger;
  index: number;
  text: string;
  start: number;
  end: number;
  strength: number;
}

/** `setAside`, when given, receives the matches dropped here for negation or habit (for the trace, trace.ts). */
export function findTriggers(lex: Lexicon, text: string, offset: number, setAside?: TriggerSetAside[]): FoundTrigger[] {
  const found: Candidate[] = [];
  // Made on the first match set aside: most sentences have none.
  let aside: TriggerSetAside[] | null = null;
  if (!lex.quick.test(text)) return [];
  // One pass for the keywords of every rule; a rule runs only when one of its own keywords occurs.
  const rules = rulesFor(lex, text.match(lex.needsAll));
  if (rules) for (let r = 0; r < lex.triggers.length; r++) {
    if (!rules[r]) continue;
    const rule = lex.triggers[r];
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const clause = afterLastBreak(text.slice(Math.max(0, m.index - 50), m.index));
      // "had not held talks": a negation before the trigger, inside its words, or after it ("had not taken place").
      if (lex.cue.negation.test(clause) || NEGATED.test(m[0]) || lex.cue.negation_after.test(text.slice(m.index + m[0].length))) {
        if (setAside) (aside ??= []).push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], rule: rule.id, type: rule.type, why: 'drop.negated', reason: 'a negation bears on the trigger: before it, in its words or after it ("did not meet", "was postponed")' });
        continue;
      }
      // "often talks by phone", "have spoken by phone several more times": a habit, not an event.
      const after = beforeFirstBreak(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (lex.cue.habitual.test(clause.slice(-45)) || lex.cue.habitual.test(after) || lex.cue.habitual.test(m[0])) {
        if (setAside) (aside ??= []).push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], rule: rule.id, type: rule.type, why: 'drop.habitual', reason: 'a habit, not one contact ("often talks by phone")' });
        continue;
      }
      found.push({ rule, index: m.index, text: m[0], start: offset + m.index, end: offset + m.index + m[0].length, strength: rule.strength });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.strength - a.strength);
  const kept: Candidate[] = [];
  for (const t of found) {
    const clash = kept.find((k) => t.start < k.end && t.end > k.start);
    if (!clash) kept.push(t);
    else if (t.rule.type !== clash.rule.type && t.strength > clash.strength) kept.splice(kept.indexOf(clash), 1, t);
  }
  // The matches set aside, once each for their words: not where a trigger was kept, the longest first.
  if (aside) {
    aside.sort((a, b) => a.start - b.start || b.end - a.end);
    const from = setAside!.length;
    for (const a of aside) if (!kept.some((k) => a.start < k.end && a.end > k.start) && !setAside!.some((x, i) => i >= from && a.start < x.end && a.end > x.start)) setAside!.push(a);
  }
  // What the event stage needs to know of each trigger kept; matches that lost to another are not read.
  let modalText: string | null = null;
  return kept.map(({ rule, index, text: match, start, end }) => {
    const window = text.slice(Math.max(0, index - 60), Math.min(text.length, index + match.length + 25));
    modalText ??= modalView(text);
    return {
      start,
      end,
      type: rule.type,
      ruleId: rule.id,
      strength: rule.strength,
      // Only a noun can be "the meeting" told again; "the day he was received" is a new event.
      definite: isDefinite(text.slice(Math.max(0, index - 50), index), match),
      future: lex.cue.future.test(window),
      hypothetical:
        lex.cue.hypothetical.test(modalText.slice(Math.max(0, index - 100), index + match.length)) ||
        MODAL_AFTER.test(modalText.slice(index + match.length, index + match.length + 40)) ||
        MODAL_AFTER_LONG.test(modalText.slice(index + match.length, index + match.length + 90)),
      requires: rule.requires,
    };
  });
}
const CLAUSE_BREAK = /[,;:()]|\b(?:and|but|while|which|who)\b/;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');
const NEGATED = /\b(?:not|never|no)\b/i;
