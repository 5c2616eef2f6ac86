// Sentence frames → events. For each sentence with a trigger: who took part (names, resolved
// descriptions, pronouns and plural references to the event just told), when (the sentence's own
// date, a relative date resolved against the event before, or the date the story is at), where,
// on whose initiative. A definite mention ("the meeting", "the consultations") adds to the event
// just told instead of making a new one.
import type { Gazetteer } from '../gazetteer/index.ts';
import type { Lexicon } from './lexicon.ts';
import type { DateMention, DateValue, PersonMention, Sentence } from '../types.ts';
import { atPlace } from '../types.ts';
import type { FoundTrigger } from './triggers.ts';
import type { PlaceMention } from './places.ts';
import type { Anchor } from './clauses.ts';
import { findAnchors, inside, speaks } from './clauses.ts';
import { addDays, toIso } from './dates.ts';
import { findCountries } from './places.ts';
import { resolve } from './references.ts';
import type { Draft } from './draft.ts';
import { ATTENDEE_RULE, EVIDENCE_TOOK_PART, EVIDENCE_TOPIC, SIDELINES_RULE, addEvidence, addPerson, aside, forgetAside, newDraft, personKey } from './draft.ts';
import { initiatorOf } from './initiator.ts';
import { cueMade, dated, drop, joined, made, read } from './trace.ts';
import { windowParties } from './window.ts';
import type { Tagged } from './tagged.ts';
import type { StoryState } from './story.ts';

export type { Tagged, StoryState };


/** "her" only as an object ("the meeting with her, …", "received her on Monday"): before a noun it is a possessive ("her counterpart"). */
const PRONOUN = /\b(?:he|she|him|(?<=\b(?:with|met|meet|meets|received|receives|hosted|hosts|welcomed|thanked|invited|told|called|phoned)\s)her(?=\s*[,.;:)]|\s+(?:and|on|in|at|to|for|during|about|after|before|as|when|while|by|from|that|again|today|yesterday)\b)|the (?:minister|president|prime minister|premier|diplomat|official|envoy|ambassador|speaker|guest|head of state|head of government))\b/i;
const PRONOUN_ALL = new RegExp(PRONOUN.source, 'gi');
/** How many paragraph breaks a date carries over before the document's date takes over (3 scored best on the dev and sample sets). */
const CARRY_PARAGRAPHS = 3;
const SPLIT_VERB = /^(?:met|meet|meets|meeting|received|receives|hosted|hosts|(?:held|holds|hold|had) (?:[a-z-]+ ){0,2}(?:talks|meetings|consultations|negotiations|discussions)|(?:[a-z-]+ )?(?:talks|meetings|consultations|negotiations|discussions) with|will meet|to meet)/i;
/** "will hold meetings with Aliyev, Erdogan": a plural of meetings with several people is one with each. */
const MEETINGS_WITH = /^(?:(?:held|holds|hold|had) (?:[a-z-]+ ){0,2})?meetings with\b/i;
// Module-level: a /u literal inside a function may be rebuilt on every call once compiled.
/** Words before a place that put an event there ("in", "at", "Kazakhstan's capital"); not a way home ("returned to Ashgabat"). */
const PLACE_LEAD = /\b(?:in|at|(?<!\b(?:returned|returning|returns|return|back)\s+)to|near|outside)\s+(?:the\s+)?(?:[A-Z][\p{L}’'-]+\s+){0,3}$|’s capital\s+$|'s capital\s+$/u;
/** A visit only spoken of ("the assessment of X's visit"). */
const SPOKEN_OF = /\b(?:of|about|on|during|for)\s+(?:the\s+)?(?:[A-Z][\p{L}’'-]+\s+){0,3}$/u;
/** A visit told by its verb ("visited", "arrived on a visit"), not by its noun. */
/** "X on visit to Kyiv", "on a working visit to": the words before a visit its subject is on. */
const ON_VISIT = /\bon\s+(?:an?\s+)?(?:(?:official|working|state|private|two-day|three-day|one-day)\s+)?$/;
const VISIT_VERB = /^(?:visited|visiting|will visit|to visit|arrived)\b/;
/** A plural possessive right before the trigger: "the leaders' talks", "the two ministers' previous meeting". */
const OWNER_PLURAL = /\bthe (?:two |three |four |five )?(?:leaders|presidents|prime ministers|foreign ministers|ministers|heads of state)['’]\s+(?:[a-z-]+\s+){0,3}$/i;
const GUESTS = /\b(?:each|both) (?:of (?:the|his|her) )?(?:guests?|leaders?|ministers?|delegations?|visitors?)\b|\b(?:each|both) of them\b/i;
const BETWEEN_THEMSELVES = /\b(?:between themselves|among themselves|in a bilateral format|bilaterally|one-on-one|t[êe]te-[àa]-t[êe]te)\b/i;
/** What every BETWEEN_THEMSELVES holds, tested first. */
const BETWEEN_GATE = /themselves|bilateral|one-on-one|t[êe]te-/i;
const SIDELINES = /\b(?:on|at|in) the (?:sidelines|margins) of\s+(?:the\s+|a\s+)?[^,;]{0,40}$/i;
const SEPARATE = /\b(?:separate(?:ly)?|individually|each of|one by one|one-on-one|one-to-one|t[êe]te-[àa]-t[êe]te|(?:on|at) the (?:sidelines|margins))\b/i;
/** "held bilateral talks with A and B": one with each. */
const BILATERAL_TALKS = /\bbilateral (?:talks|meetings?|consultations|conversations|negotiations)\b/i;
const TOGETHER = /\b(?:trilateral|tripartite|three-way|joint(?:ly)?|together|between|quadrilateral|four-way)\b/i;

/** The verb "meet" itself (not "held talks with"): "met A and B" is two meetings (CONVENTIONS 4). */
const MET_VERB = /^(?:met|meets|meet|will meet|to meet)\b/i;

/**
 * "X met A and B": one meeting each, or one meeting of all? Separately when the text says so; together
 * when it says trilateral/joint; else separately when A and B serve one country (a president and his
 * minister) or when the verb is "meet" itself; together when talks are held with people of different
 * countries (a host and two guests).
 */
function separateMeetings(text: string, objects: PersonMention[], offset = 0, verb = '', host: string | null = null): boolean {
  if (SEPARATE.test(text) || BILATERAL_TALKS.test(text)) return true;
  // "met Aliyev and then Pashinyan": one after the other.
  const between = text.slice(objects[0].end - offset, objects[objects.length - 1].start - offset);
  if (/\b(?:and then|then|later|afterwards)\b/.test(between)) return true;
  if (TOGETHER.test(text)) return false;
  const countries = new Set(objects.map((o) => o.country ?? '?'));
  // "Tokayev has hosted Aliyev, Xi, Rahmon and Putin", "Xi met or held talks with [five presidents]":
  // one person meets three or more leaders of different states one by one (a meeting is bilateral or
  // trilateral; a joint gathering is told as one: "hosted a meeting of …").
  // "Putin met the presidents of Turkmenistan and Iran": the verb "meet" with two people of two other
  // states is one meeting each (CONVENTIONS 4); "held talks with A and B" stays one (trilateral talks).
  if (objects.length >= 3 && countries.size === objects.length && !countries.has('?')) return true;
  // (Not when one of them is of the country the meeting is in: "met Lavrov and Bayramov in Moscow" is
  // the host's three-way meeting.)
  if (objects.length === 2 && MET_VERB.test(verb) && countries.size === 2 && !countries.has('?') && !(host && countries.has(host))) return true;
  return countries.size === 1;
}

/** A date said after the attribution that closes a sentence: ", the Defence Ministry said on | September 2". */
const REPORTED_ON = /,\s+(?:[\w'’.-]+\s+){0,6}(?:said|announced|reported|stated|informed|told (?:reporters|journalists|the press|media))(?:\s+(?:in|at)\s+(?:an?|the|its)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:on\s+)?$/;

/** The sentence's own date, and whether it moves the story's date. */
function sentenceDate(t: Tagged, lex: Lexicon, st: StoryState): { value: DateValue | null; rule: string; moves: boolean } {
  const text = t.sentence.text;
  // "Review period: January 1 – April 30" dates the document, not an event.
  if (PERIOD_GATE.test(text) && PERIOD_LINE.test(text)) return { value: st.date, rule: st.dateRule, moves: false };
  let previousEmbedded: DateMention | null = null;
  for (const d of t.dates) {
    if (inside(d, t.anchors) && d.relation !== 'day-before' && d.relation !== 'day-after') continue;
    const lead = text.slice(0, (d.start - t.sentence.start));
    // "statements of 9 November 2020, 11 January and 26 November 2021": a list goes on being embedded.
    if (previousEmbedded && /^[\s,]*(?:and\s+)?$/.test(text.slice(previousEmbedded.end - t.sentence.start, (d.start - t.sentence.start)).replace(/\b\d{4}\b/g, ''))) {
      previousEmbedded = d;
      continue;
    }
    // "The first summit since 11 January": that date is no event's day in this sentence.
    if (d.relation === 'since') continue;
    // "X will pay a visit to Russia, the ministry said on September 2": the day of the announcement,
    // not of the visit it announces.
    if (REPORTED_ON.test(lead) && t.triggers.length && t.triggers.every((tr) => tr.future && tr.end <= d.start)) continue;
    if (d.value) {
      // "Following the agreement … on 13 March, X called Y": the event comes after that date.
      if (d.relation === 'after') return { value: d.value, rule: 'date.after-anchor', moves: false };
      // A date inside "the outcome of the talks on April 6" dates those talks, not this sentence.
      // Unless a trigger after the cue takes the date: "the leaders also agreed to meet again … on 1 June".
      const topic = lex.cue.topic_sentence.exec(lead);
      const planned = topic && t.triggers.some((tr) => tr.start - t.sentence.start > topic.index && tr.end <= d.start);
      // Not when the cue's word is the trigger's own ("X and Y signed a treaty in Moscow on Friday":
      // the signing is the event, and the day after it is its day).
      const embedded = lex.cue.embedded_date.exec(lead);
      const ownWord = embedded != null && t.triggers.some((tr) => tr.start - t.sentence.start <= embedded.index && tr.end - t.sentence.start > embedded.index);
      if ((embedded && !ownWord) || (topic && !planned)) {
        previousEmbedded = d;
        continue;
      }
      // "in March ... on March 12": the day within the month the sentence already gave.
      // Not a day that dates something else: "in February, days before the invasion began on 24 February".
      const finer = d.value.day == null ? t.dates.find((x) => x.value?.day != null && x.relation !== 'before' && x.relation !== 'after' && x.relation !== 'since' && x.value.year === d.value!.year && x.value.month === d.value!.month) : undefined;
      // A month alone moves the story only when it opens the sentence or dates one of its events.
      const moves = finer != null || d.value.day != null || (d.start - t.sentence.start) < 30 || t.triggers.some((tr) => d.start >= tr.end && d.start - tr.end < 40);
      return { value: finer?.value ?? d.value, rule: d.rule, moves };
    }
    const anchorDate = anchored(t, st);
    const base = anchorDate ?? st.last?.date ?? st.date;
    if (d.relation === 'same-day') return { value: st.last?.date ?? st.date, rule: d.rule, moves: true };
    if (d.relation === 'that-day') return { value: st.mentioned ?? st.last?.date ?? st.date, rule: d.rule, moves: true };
    if (d.relation === 'day-before' && base) return { value: addDays(base, -1), rule: d.rule, moves: true };
    if (d.relation === 'day-after' && base) return { value: addDays(base, 1), rule: d.rule, moves: true };
  }
  const anchorDate = anchored(t, st);
  // "Before the talks": the day of the talks is the best single guess (and the month is certain).
  if (anchorDate) return { value: anchorDate, rule: 'date.anchor', moves: false };
  // "Last week, X visited …": some unknown day before the report, not the story's (nor is what the
  // paragraph goes on to tell of it). "X's recent visit" is read by its trigger (tellTrigger).
  if (recentOpening(t, lex)) return { value: null, rule: RECENT_PAST, moves: true };
  // "Earlier, Aliyev attended the council": some unknown time before, in a report of the day as in a
  // story told from a past day; the gold dates it null (CONVENTIONS 8: no placing phrase). "Earlier
  // today", "earlier in the day" keep the day (the cue leaves them out).
  if (lex.cue.earlier.test(text.trim())) return { value: null, rule: 'date.earlier-unknown', moves: false };
  // A headline or section heading is dated only by its own words; the body gives the rest.
  if (t.sentence.heading) return { value: null, rule: 'date.heading', moves: false };
  // After "Last week, Macron visited Kazakhstan": "During the meeting with Tokayev, …" is of that week
  // too, in its paragraph and the next.
  if (st.date == null && st.dateRule === RECENT_PAST && t.sentence.paragraph - st.dateParagraph <= 1) return { value: null, rule: RECENT_PAST, moves: false };
  // The story's date holds for a few paragraphs; past that, or before any date was told, a dated
  // document's own date (a readout is published the day of the contact it reports).
  const reported = st.docDateReported || (st.ledeParagraph != null && t.sentence.paragraph === st.ledeParagraph);
  // Past those paragraphs, a sentence about the people of the event the story's day dated still tells
  // of that day ("On 4 May the consultations were held … [four paragraphs on] In addition, Galuzin held a
  // separate meeting with Hadjiev"): a report keeps to its occasion until it gives another day.
  if (st.date?.day != null && t.sentence.paragraph - st.dateParagraph > CARRY_PARAGRAPHS && sameCast(t, st)) return { value: st.date, rule: 'date.story-cast', moves: false };
  if ((st.date == null || t.sentence.paragraph - st.dateParagraph > CARRY_PARAGRAPHS) && st.docDate && reported) return { value: st.docDate, rule: 'date.document', moves: false };
  if (t.sentence.paragraph - st.dateParagraph > CARRY_PARAGRAPHS && st.docDate) return { value: st.docDate, rule: 'date.document', moves: false };
  // A paragraph that has already moved through several days leaves an undated "also met" between them.
  if (st.date?.day != null && st.paragraphDays > 1 && t.sentence.paragraph === st.dateParagraph && ALSO.test(text)) {
    return { value: { year: st.date.year, month: st.date.month, day: null }, rule: 'date.paragraph-month', moves: false };
  }
  return { value: st.date, rule: st.dateRule, moves: false };
}

const RECENT_PAST = 'date.recent-past';
/** After the cue and before the trigger, up to two words: "his recent | visit", "the recent | phone | call". */
const RECENT_BEFORE = /^\s+(?:[\w'’-]+\s+){0,2}$/;
/** From a trigger to "recently" in its clause: "a meeting … took place in Sochi recently". */
const TO_RECENT = /^[^.;,:]{0,90}$/;

/** Does the sentence open on a recent time ("Last week, …", "Last year, …"; cue recent_past)? */
function recentOpening(t: Tagged, lex: Lexicon): boolean {
  // (Only a sentence that tells a contact: "Last year, we provided aid" leaves the story's day as it is.)
  return t.triggers.length > 0 && lex.cue.recent_past.exec(t.sentence.text)?.index === 0;
}

/**
 * Is this contact word placed at an unknown recent time (cue recent_past) by the words next to it: "his
 * recent visit" (up to two words between), "a meeting … took place in Sochi recently" (in its clause)?
 * Not a plan, and not when the sentence dates something after the trigger ("met recently, on 12 May").
 */
function recentNear(t: Tagged, lex: Lexicon, tr: FoundTrigger): boolean {
  if (tr.future) return false;
  const text = t.sentence.text;
  const re = lex.cue.recent_past;
  if (!re.test(text) || t.dates.some((d) => d.start >= tr.start)) return false;
  const at = tr.start - t.sentence.start;
  const end = tr.end - t.sentence.start;
  const before = text.slice(Math.max(0, at - 40), at);
  const near = [...before.matchAll(new RegExp(re.source, 'gi'))].pop();
  if (near && RECENT_BEFORE.test(before.slice(near.index! + near[0].length))) return true;
  // After the trigger only the adverbs: the adjective there qualifies something else ("talks on recent clashes").
  const after = re.exec(text.slice(end, end + 100));
  return !!after && after[0].toLowerCase() !== 'recent' && TO_RECENT.test(text.slice(end, end + after.index));
}

/** Does the sentence name someone of the event the story's day dated (the last event told, on that day)? */
function sameCast(t: Tagged, st: StoryState): boolean {
  const last = st.last;
  if (!last || toIso(last.date) !== toIso(st.date)) return false;
  const keys = new Set(last.people.map(personKey));
  return t.people.some((p) => (p.actorId || (p.name && !p.reference)) && keys.has(personKey(p)));
}

/**
 * Is the event an anchor names one the story has told? "After three hours of talks" about an event
 * not told before reports those talks; "after the CSTO summit" told earlier only places this one.
 */
export function anchorKnown(a: Anchor, names: PersonMention[], st: StoryState): boolean {
  const keys = new Set(names.filter((p) => inside(p, [a])).map(personKey));
  return st.events.some((e) => (!a.type || e.type === a.type) && [...keys].every((k) => e.people.some((p) => personKey(p) === k)));
}

/** The date of the event a temporal anchor points at ("prior to the meeting between X and Y"). */
function anchored(t: Tagged, st: StoryState): DateValue | null {
  for (const a of t.anchors) {
    const people = t.people.filter((p) => inside(p, [a]));
    const keys = new Set(people.map(personKey));
    const ev = [...st.events].reverse().find(
      (e) => (!a.type || e.type === a.type) && (keys.size === 0 || [...keys].every((k) => e.people.some((p) => personKey(p) === k))),
    );
    if (ev?.date) return ev.date;
  }
  return null;
}

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
/** A group of mediators ("the Co-Chairs", "the mediators"): special envoys all. */
const GROUP_OF_ENVOYS = /co-chairs|mediators|envoys/;
const ROLE_WORD: Array<[RegExp, (role: string | null) => boolean]> = [
  [GROUP_OF_ENVOYS, (r) => r === 'special-envoy'],
  [/foreign ministers/, (r) => r === 'foreign-minister'],
  [/defen[cs]e ministers/, (r) => r === 'defence-minister'],
  [/deputy (?:foreign )?ministers/, (r) => !!r && r.startsWith('deputy-')],
  [/prime ministers|heads of government/, (r) => r === 'prime-minister'],
  [/presidents|heads of state/, (r) => r === 'president'],
  [/ministers/, (r) => !!r && r.endsWith('minister')],
  [/leaders/, (r) => r === 'president' || r === 'prime-minister'],
  [/speakers/, (r) => r === 'speaker'],
];

/**
 * "the two ministers", "the three foreign ministers", "the sides": the people of the event just told,
 * or, when the phrase names a role, the people of that role mentioned most recently.
 */
function pluralReferent(phrase: string, st: StoryState): PersonMention[] {
  const lower = phrase.toLowerCase();
  const count = COUNT[/\b(two|three|four|five)\b/.exec(lower)?.[1] ?? ''] ?? 0;
  // "the same five leaders": the last list of five people named together.
  const list = namedTogether(lower, count, st);
  if (list) return list;
  const byRole = ROLE_WORD.find(([re]) => re.test(lower));
  if (byRole) {
    const recent = st.recentPeople.filter((p) => byRole[1](p.role));
    // "The two presidents held talks" after "Putin arrived in Kazakhstan": the visitor and his host.
    // Not when a meeting of the visitor with one other was told already ("Putin and Aliyev held talks").
    const visitor = st.last?.type === 'visit' && st.last.people.length === 1 ? st.last.people[0] : null;
    const paired = visitor && st.events.some((e) => e.type === 'meeting' && e.people.length === 2 && e.people.some((p) => personKey(p) === personKey(visitor)));
    const host = visitor && !paired ? recent.find((p) => p.country && p.country !== visitor.country && st.last!.countries.has(p.country)) : undefined;
    if (visitor && host && count <= 2) return [visitor, host];
    // "The Co-Chairs met …": a mediating group is all of its members named lately, not two of them.
    if (!count && GROUP_OF_ENVOYS.test(lower) && recent.length >= 2) return recent.slice(0, 4);
    if (recent.length >= 2 && (!count || recent.length >= count)) return recent.slice(0, count || 2);
    // "the foreign ministers of the three countries", none of them named: the countries only.
    if (/\bof the (?:two|three|four|five) countries\b/i.test(lower) && st.last) {
      // "The three countries" are the states of the story's last event of three (the trilateral told
      // before it), not of a gathering of six named since: the number says which event it means.
      const told = [...st.events].reverse().find((e) => e.countries.size === count) ?? st.last;
      return [...told.countries].map((c) => ({ start: 0, end: 0, actorId: null, name: '', country: c, role: null, rule: 'ref.countries', reference: true, dateSeen: undefined }));
    }
  }
  // "Following their meeting, …" after "X welcomed Y to Tehran for a visit": the visitor and the host
  // named with him, of the country he went to.
  const guest = st.last?.type === 'visit' && st.last.people.length === 1 && !byRole && THEIR_CONTACT.test(lower) ? st.last.people[0] : null;
  const host = guest ? st.recentPeople.find((p) => p.country && p.country !== guest.country && st.last!.countries.has(p.country)) : undefined;
  if (guest && host && count <= 2) return [guest, host];
  // "The two men" after a meeting the ministers later joined: the first two of it.
  if (st.last) return count && st.last.people.length > count ? st.last.people.slice(0, count) : st.last.people;
  return st.recentPeople.slice(0, count || 2);
}

/** "their meeting", "their talks": a contact of the people the phrase points to, named by its noun. */
const THEIR_CONTACT = /^(?:their|the two|both)\s+(?:[a-z-]+\s+)?(?:meeting|talks|negotiations|consultations|conversation)\b/;

/** The last list of `count` people named together whose roles the phrase allows ("the five presidents"). */
function namedTogether(phrase: string, count: number, st: StoryState): PersonMention[] | undefined {
  if (count < 3) return undefined;
  const byRole = ROLE_WORD.find(([re]) => re.test(phrase));
  return st.lists?.find((l) => l.length === count && (!byRole || l.every((p) => byRole[1](p.role))));
}
const GROUP = /\bthe (?:same )?(three|four|five) (?:[a-z]+ )?(?:presidents|leaders|heads of state|ministers|foreign ministers)\b/i;

/** Runs of three or more people separated only by commas and "and": "A, B, C and D". */
function listsOf(text: string, offset: number, named: PersonMention[]): PersonMention[][] {
  const out: PersonMention[][] = [];
  let run: PersonMention[] = [];
  for (const p of named) {
    const prev = run[run.length - 1];
    if (prev && LIST_GAP.test(text.slice(prev.end - offset, p.start - offset))) run.push(p);
    else {
      if (run.length >= 3) out.push(run);
      run = [p];
    }
  }
  if (run.length >= 3) out.push(run);
  return out;
}
const LIST_GAP = /^\s*(?:,|,?\s*and)\s*$/;

/** No clause break (";", "—", a new sentence inside quotes) between two offsets. */
function sameClause(t: Tagged, a: number, b: number): boolean {
  const [x, y] = a < b ? [a, b] : [b, a];
  return !/[;—–]|\s-\s/.test(t.sentence.text.slice(x - t.sentence.start, y - t.sentence.start));
}

/** A place or country just before the trigger, in its clause, after "to", "in" or "into" ("came to Armenia on a visit"). */
function precedesTrigger(t: Tagged, tr: FoundTrigger, s: { start: number; end: number }): boolean {
  const text = t.sentence.text;
  const lead = text.slice(Math.max(0, s.start - t.sentence.start - 20), s.start - t.sentence.start);
  return s.end <= tr.start && sameClause(t, s.end, tr.start) && INTO_BEFORE.test(lead);
}
/** "came to Armenia", "arrived in Baku", "left for Washington" (on a visit). */
const INTO_BEFORE = /\b(?:to|in|into|(?:left|leaves|leaving|departed|departs|headed|heads|set off|flew)\s+for)\s+(?:the\s+)?$/;

/** The city an event took place in: a place the sentence puts it "in" or "at", in the trigger's clause. */
function locationOf(t: Tagged, tr: FoundTrigger, places: PlaceMention[]): PlaceMention | null {
  const text = t.sentence.text;
  // "…ran through Abu Dhabi, where Aliyev and Pashinyan met": the place the relative clause hangs on.
  const where = places.find((p) => p.end <= tr.start && p.kind !== 'region' && /^,?\s*where\b[^.;]*$/.test(text.slice(p.end - t.sentence.start, tr.start - t.sentence.start)));
  if (where) return where;
  const ok = places.filter((p) => p.kind !== 'region' && sameClause(t, tr.start, p.start) && PLACE_LEAD.test(text.slice(Math.max(0, p.start - t.sentence.start - 40), p.start - t.sentence.start)));
  return ok.find((p) => p.start > tr.start) ?? ok[ok.length - 1] ?? null;
}

/** The clause around a trigger: between ", and", ", but", ", while", ";" or ":" boundaries. */
/** "…, adding that …": a clause of reported words, with its own subject. */
const REPORT_CUT = /,?\s+(?:adding|noting|saying|stressing|recalling|and (?:confirmed|said|noted|added|stressed|announced|recalled)) that\s+/;
/** A reported clause opening on its subject's pronoun: ", adding that he …", " and confirmed that he …". */
const REPORTED_HE = new RegExp(`^(?:${REPORT_CUT.source})?\\s*(?:he|she)\\b`, 'i');
const CLAUSE_CUT = new RegExp(`,\\s+(?:and|but|while|whereas|in which|during which|at which)\\s+|;\\s+|:\\s+|${REPORT_CUT.source}`, 'g');
function clauseOf(t: Tagged, tr: FoundTrigger): { start: number; end: number } {
  const text = t.sentence.text;
  const at = tr.start - t.sentence.start;
  // Not inside brackets: "The Co-Chairs (Igor Popov of Russia, …, and Andrew Schofer of the US) met …".
  // (An exec loop: matchAll copies the expression on every call.)
  let start = 0;
  let end = text.length;
  CLAUSE_CUT.lastIndex = 0;
  for (let m = CLAUSE_CUT.exec(text); m; m = CLAUSE_CUT.exec(text)) {
    const c = m.index;
    if (inBrackets(text, c)) continue;
    if (listJoin(t, c, m[0])) continue;
    if (c < at) start = Math.max(start, c);
    else if (c > at) end = Math.min(end, c);
  }
  return { start: t.sentence.start + start, end: t.sentence.start + end };
}

/** Between the comma of "A, B, and C" and the next name: titles only ("Speaker of Parliament", "the Prime Minister of Georgia"). */
const TITLE_ONLY = /^(?:(?:[A-Z][\p{L}'’.-]*|of|the|for|and)\s+)*$/u;
/**
 * ", and" closing a list of people ("A, B, and Speaker C"): the serial comma of a list, not a new clause.
 * A name right before it, another list comma before that name, and the next name after only titles.
 */
function listJoin(t: Tagged, c: number, cut: string): boolean {
  if (!/^,\s+and\s+$/.test(cut)) return false;
  const at = t.sentence.start + c;
  const before = t.people.filter((p) => (p.actorId || p.name) && p.end <= at);
  const last = before[before.length - 1];
  if (!last || at - last.end > 1 || before.length < 2) return false;
  const prev = before[before.length - 2];
  if (!/,\s/.test(t.sentence.text.slice(prev.end - t.sentence.start, last.start - t.sentence.start))) return false;
  const next = t.people.find((p) => (p.actorId || p.name) && p.start >= at + cut.length);
  return !!next && TITLE_ONLY.test(t.sentence.text.slice(c + cut.length, next.start - t.sentence.start));
}

/** Is the position inside an open round bracket? */
function inBrackets(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.lastIndexOf(')', at) < open;
}

const PERIOD_LINE = /\b(?:review(?:ed)? period|period under review|reporting period|covering the period)\b/i;
/** The word every PERIOD_LINE holds: a cheap test first, on every sentence. */
const PERIOD_GATE = /period/i;
const ALSO = /\b(?:also|too|as well)\b/i;
const PAIR = /(\p{Lu}\p{Ll}+)[-–](\p{Lu}\p{Ll}+)/gu;
const TWO_ROLE: Array<[RegExp, string]> = [
  [/foreign/i, 'foreign-minister'],
  [/defen[cs]e/i, 'defence-minister'],
  [/prime/i, 'prime-minister'],
  [/.*/, 'leader'],
];

/**
 * "the presidents of the two countries", "the leaders of the two countries": the two countries the
 * story has just named ("Armenia-Azerbaijan relations"), and whoever led them on the date.
 */
function twoCountries(g: Gazetteer, lex: Lexicon, t: Tagged, st: StoryState): PersonMention[] {
  if (t.triggers.length === 0) return [];
  const m = lex.cue.two_countries.exec(t.sentence.text);
  if (!m) return [];
  // A pair the story names as a pair ("Armenia-Azerbaijan relations") first; else the last two named.
  let codes: string[] = [];
  for (const text of [...st.prevSentences, t.sentence.text].reverse()) {
    for (const pm of text.matchAll(PAIR)) {
      const a = g.countryOf(pm[1])?.code;
      const b = g.countryOf(pm[2])?.code;
      if (a && b && a !== b) codes = [a, b];
    }
    if (codes.length) break;
  }
  if (!codes.length) {
    for (const text of [...st.prevSentences].reverse()) {
      for (const c of findCountries(g, text, 0).reverse()) if (!codes.includes(c.code)) codes.push(c.code);
      if (codes.length >= 2) break;
    }
  }
  // The story's first lines ("On 3 March the presidents of the two countries sat down … Armenia and
  // Azerbaijan …"): the two states the next sentences of its paragraph name (the candidate's window),
  // when they name exactly two.
  let rule = 'ref.two-countries';
  if (codes.length < 2 && st.window) {
    const ahead: string[] = [];
    for (let j = t.sentence.index + 1; j <= t.sentence.index + PARAGRAPH_AHEAD; j++) {
      const n = st.window(j);
      if (!n || n.sentence.paragraph !== t.sentence.paragraph) break;
      for (const c of findCountries(g, n.sentence.text, 0)) if (!ahead.includes(c.code)) ahead.push(c.code);
    }
    if (ahead.length === 2) [codes, rule] = [ahead, 'parties.window-countries'];
  }
  if (codes.length < 2) return [];
  const role = TWO_ROLE.find(([re]) => re.test(m.groups?.role ?? ''))![1];
  const at = t.sentence.start + m.index;
  const date = toIso(st.date ?? st.docDate);
  return codes.slice(0, 2).map((c) => resolve(g, role, c, { date, named: st.named }, at, at + m[0].length, rule));
}

/** How far into its paragraph "the two countries" looks for the states it means, when nothing before names them. */
const PARAGRAPH_AHEAD = 3;

/** One description per country, the first. */
function distinctCountries(people: PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.country!) && !!seen.add(p.country!));
}

/** One mention per person, the first. */
function distinct(people: PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(personKey(p)) && !!seen.add(personKey(p)));
}

/** Words that put what follows as the occasion of what was said: "during the", "at the". */
const DURING_END = /\b(?:during|at|in the course of|on the sidelines of|on the margins of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * A plan's own date, said after it: "told the radio on Monday that he planned to hold the next meeting
 * with Karasin in September" — the plan is for September, Monday is when it was told.
 */
function plannedDate(t: Tagged, tr: FoundTrigger): DateValue | null {
  if (!tr.future) return null;
  const d = t.dates.find((x) => x.value && x.start >= tr.end && x.start - tr.end <= 80);
  if (!d || !t.dates.some((x) => x.value && x.end <= tr.start)) return null;
  return /[;.]/.test(t.sentence.text.slice(tr.end - t.sentence.start, d.start - t.sentence.start)) ? null : d.value;
}

/**
 * "to attend the EEU summit, which begins May 14": a date in a clause of the event's own right after
 * its trigger (cue own_date_clause) is its date, whatever day the sentence tells of.
 */
function clauseDate(t: Tagged, tr: FoundTrigger, lex: Lexicon): DateValue | null {
  const d = t.dates.find((x) => x.value && x.start >= tr.end && x.start - tr.end <= 120);
  // The clause of the nearest trigger before the date: "left for Sochi to attend the summit, which begins …" dates the summit only.
  if (!d || t.triggers.some((x) => x !== tr && x.start >= tr.end && x.end <= d.start)) return null;
  return lex.cue.own_date_clause.test(t.sentence.text.slice(tr.end - t.sentence.start, d.start - t.sentence.start)) ? d.value : null;
}

/**
 * "X held talks with Y, who arrived on a visit the day before": a day before or after said right after
 * a trigger of the sentence (no other trigger between) dates that event from the sentence's day, when
 * the sentence's day came from elsewhere (a date, the story).
 */
function dayApart(t: Tagged, tr: FoundTrigger, triggers: FoundTrigger[], when: { value: DateValue | null; rule: string }): DateValue | null {
  if (when.value?.day == null || when.rule === 'date.day-before' || when.rule === 'date.day-after') return null;
  const d = t.dates.find((x) => (x.relation === 'day-before' || x.relation === 'day-after') && x.start >= tr.end);
  if (!d || triggers.some((x) => x !== tr && x.start >= tr.end && x.end <= d.start)) return null;
  if (/[;.]/.test(t.sentence.text.slice(tr.end - t.sentence.start, d.start - t.sentence.start))) return null;
  return addDays(when.value, d.relation === 'day-before' ? -1 : 1);
}

/** Between a gathering's name and a meeting verb: nothing ("the Council met"), or its own clause ("…, hosted by X"). */
function gatheringVerb(between: string, verb: string): boolean {
  return /^\s*$/.test(between) || (/^[^.;:]{0,60},\s*$/.test(between) && /^(?:hosted|chaired) by/i.test(verb));
}

/** The city a gathering is named for: "the Sochi summit", "the Prague meeting". */
function namedFor(t: Tagged, tr: FoundTrigger): PlaceMention | undefined {
  return t.places.find((p) => p.end <= tr.start && tr.start - p.end <= 1);
}

/** "I", "we", "me", "us", "our" inside a quote: the one quoted takes part in what the quote tells. */
const FIRST_PERSON_ANY = /\b(?:I|we|We|me|us|our|Our|my|My)\b/;
/** Direct speech: “…” or "…" of some length. People named inside are spoken of, not present. */
const QUOTE = /[“"][^”"]{12,}[”"]/g;
/** What a quote opens with: a sentence without one (most) is not searched further. */
const QUOTE_MARK = /[“"]/;
function quoteSpans(s: Sentence): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!QUOTE_MARK.test(s.text)) return out;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(s.text); m; m = QUOTE.exec(s.text)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  return out;
}

/**
 * Mentions sorted by where they start (stable), in place. Most lists are in order already: checked
 * first, since the engine's sort copies even a sorted list.
 */
function inOrder<T extends { start: number }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return list.sort((a, b) => a.start - b.start);
  return list;
}

/** A state's unnamed side that holds something spoken of ("the position of the Armenian side"): no party to the contact. */
function sideSpokenOf(t: Tagged, p: PersonMention, lex: Lexicon): boolean {
  if (p.actorId || p.name || !p.country) return false;
  return lex.cue.side_spoken_of.test(t.sentence.text.slice(Math.max(0, p.start - t.sentence.start - 40), p.start - t.sentence.start));
}

/** "X noted that …": a verb of saying and "that" right after a name. */
const SAYS_THAT = /^\s*(?:has\s+|had\s+|also\s+)?(?:said|says|noted|notes|stated|states|stressed|added|recalled|recalls|emphasi[sz]ed|pointed out|reminded)\s+that\b/;
/** Words in the reported clause that bring its teller back in: "he met", "we talked", "his talks". */
const TELLER_BACK = /\b(?:he|she|him|her|his|I|we|We|me|us|our|my)\b/;
/**
 * "the deputy premier noted that a meeting of the two prime ministers was held in Kazan": the
 * teller of a meeting or call reported in the clause after "that", every trigger inside it, is not at
 * it (unless the clause points back to the teller: "said that he had met …").
 */
function tellerOnly(t: Tagged, p: PersonMention): boolean {
  if (!p.actorId || p.reference || t.triggers.length === 0) return false;
  const text = t.sentence.text;
  const after = text.slice(p.end - t.sentence.start);
  const m = SAYS_THAT.exec(after);
  if (!m) return false;
  const from = p.end + m[0].length;
  // (Not a gathering: "at the opening, X noted that the forum is …" speaks at it.)
  return t.triggers.every((tr) => tr.start >= from && (tr.type === 'meeting' || tr.type === 'call')) && !TELLER_BACK.test(text.slice(from - t.sentence.start));
}

/** People of the sentence who can take part, in text order, pronouns resolved; `all` is the sentence's quotes. */
function participantsOf(lex: Lexicon, t: Tagged, st: StoryState, all: Array<{ start: number; end: number }>): PersonMention[] {
  // A quote that tells the event itself ("“Putin and Lukashenko held an informal meeting,” Peskov
  // said"): its people take part, and whoever is quoted does not, unless the quote says "I" or "we".
  const telling = all.filter((q) => t.triggers.some((tr) => tr.start >= q.start && tr.end <= q.end));
  const quotes = all.filter((q) => !telling.includes(q));
  const onlyTold = telling.length > 0 && t.triggers.every((tr) => inside(tr, telling)) && !telling.some((q) => FIRST_PERSON_ANY.test(t.sentence.text.slice(q.start - t.sentence.start, q.end - t.sentence.start)));
  const people = t.people.filter((p) => !t.nonParticipants.has(p) && !inside(p, t.anchors) && !inside(p, quotes) && (!onlyTold || inside(p, telling)) && !tellerOnly(t, p) && !sideSpokenOf(t, p, lex));
  // "Regarding his talks with X, Y said …": a contact owned by "his" with nobody named before it is
  // the contact of the one who tells of it after (a reporter of his own talks takes part in them).
  const owner = t.nonParticipants.size ? ownerTelling(t) : undefined;
  if (owner && !people.includes(owner)) people.push(owner);
  // "The president" inside a description the reference stage resolved ("The President of Russia") is no pronoun.
  PRONOUN_ALL.lastIndex = 0;
  let m = PRONOUN_ALL.exec(t.sentence.text);
  for (; m; m = PRONOUN_ALL.exec(t.sentence.text)) {
    const at = t.sentence.start + m.index;
    if (!people.some((p) => p.reference && p.actorId && p.start < at + m![0].length && p.end > at)) break;
  }
  PRONOUN_ALL.lastIndex = 0;
  // A pronoun after a name in the same sentence is that name ("von der Leyen says she is meeting ...").
  const pronounAt = m ? { start: t.sentence.start + m.index, end: t.sentence.start + m.index + m[0].length } : null;
  // An object pronoun after the clause's subject is someone else: in "Scholz rang him", the man last
  // named before; in "Pashinyan came to Istanbul, where Erdogan received him", Pashinyan (already here).
  // A description resolved to one person ("The President of Russia … he") is an antecedent too.
  const named = pronounAt ? people.filter((p) => (p.actorId || (p.name && !p.reference)) && p.end <= pronounAt.start) : [];
  const last = named[named.length - 1];
  const possessor = last && /^['’]s\b/.test(t.sentence.text.slice(last.end - t.sentence.start));
  const object = m != null && /^(?:him|her)$/i.test(m[0]) && named.length === 1 && !possessor;
  if (m && pronounAt && !inside(pronounAt, t.anchors) && !inside(pronounAt, quotes) && (object || named.length === 0)) {
    const at = t.sentence.start + m.index;
    const subject = st.lastPeople.find((p) => (p.actorId || p.name) && !(object && people.some((q) => personKey(q) === personKey(p))));
    if (subject && !people.some((p) => personKey(p) === personKey(subject))) {
      people.push(atPlace(subject, at, at + m[0].length, 'ref.pronoun', true));
    }
  }
  // "Today I hosted …", "We met here in December": the speaker of remarks, with the others of the
  // event just told when the speaker was one of them.
  // Inside a quotation that runs over several sentences ("Kobakhidze told the press: … We had a very
  // interesting meeting with President Erdogan"), whoever was last quoted, two paragraphs back at most.
  // A quotation whose speaker is named only where it closes, sentences later: that speaker.
  const quoted = st.quotedAhead?.get(t.sentence.index) ?? (st.quoted && t.sentence.paragraph - st.quoted.paragraph <= 2 ? st.quoted.person : null);
  // A transcript's turn names its own speaker ("X: …"); after a question label, nobody.
  const turn = st.turns?.get(t.sentence.index);
  const speaker = turn ? turn.speaker : st.speaker ?? quoted;
  const first = speaker ? FIRST_PERSON.exec(t.sentence.text) : null;
  if (first && speaker && !inside({ start: t.sentence.start + first.index, end: t.sentence.start + first.index + first[0].length }, quotes)) {
    const at = t.sentence.start + first.index;
    // "We" after someone the sentence names ("during a conversation with X, we talked"): the speaker and X.
    // Else the others of the event just told, when the speaker was one of them; else whom the heading
    // names beside the speaker ("Statement … at the press conference with Y": "today we had a meeting").
    const we = /^we$/i.test(first[0]);
    const withNamed = people.some((p) => (p.actorId || p.name) && p.end <= at && personKey(p) !== personKey(speaker));
    const counterpart = turn ? turn.addressed : st.speaker && st.counterpart && speaker === st.speaker ? st.counterpart : null;
    const group = we && !withNamed && st.last?.people.some((p) => personKey(p) === personKey(speaker)) ? st.last.people : we && !withNamed && counterpart ? [speaker, counterpart] : [speaker];
    for (const p of group) {
      if (!people.some((q) => personKey(q) === personKey(p))) people.push(atPlace(p, at, at + first[0].length, 'ref.speaker', true));
    }
  }
  // "You have come to Belarus", "your visit": whom the speaker addresses, named by the turn ("Mr X, …"),
  // else the one other person of the event just told when the speaker was one of its two.
  const you = speaker ? YOU.exec(t.sentence.text) : null;
  const youAt = you ? { start: t.sentence.start + you.index, end: t.sentence.start + you.index + you[0].length } : null;
  if (you && youAt && speaker && !inside(youAt, quotes)) {
    const others = st.last?.people.some((p) => personKey(p) === personKey(speaker)) ? st.last.people.filter((p) => personKey(p) !== personKey(speaker)) : [];
    const addressed = turn?.addressed ?? (others.length === 1 ? others[0] : null);
    if (addressed && personKey(addressed) !== personKey(speaker) && !people.some((q) => personKey(q) === personKey(addressed))) people.push(atPlace(addressed, youAt.start, youAt.end, 'ref.addressed', true));
  }
  // "Topical issues were discussed in a phone conversation with President Ilham Aliyev": a call "with"
  // one person, nobody named before it and no pronoun, is the story's protagonist's (the first person its
  // headline or lede names). Not talks: a visit's story names its host first as often as its guest.
  const told = people.filter((p) => p.actorId || p.name);
  const hero = st.protagonist;
  if (!m && !first && told.length === 1 && hero && personKey(hero) !== personKey(told[0])) {
    const other = told[0];
    const tr = t.triggers.find((x) => x.type === 'call' && !x.definite && x.end <= other.start && WITH_ONLY.test(t.sentence.text.slice(x.end - t.sentence.start, other.start - t.sentence.start)));
    if (tr) people.push(atPlace(hero, tr.start, tr.start, 'ref.protagonist', true));
  }
  return inOrder(people);
}
/**
 * The speaker in his own words: "I", "me", "my" (him alone), "we" (him and others). Not "us", "our":
 * as often the voice of a ministry or a nation ("our delegation", "our country") as the speaker's part.
 */
const FIRST_PERSON = /\b(?:I|[Ww]e|me|[Mm]y)\b(?!['’])/;
/** A contact word owned by a possessive pronoun: "his talks", "her recent meeting". */
const HIS_CONTACT = /\b(?:[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){0,2}$/;
/** The one who tells, after it, of a contact "his" owns with nobody named before (participantsOf); the reporter rule set him aside. */
function ownerTelling(t: Tagged): PersonMention | undefined {
  const text = t.sentence.text;
  const tr = t.triggers.find((x) => HIS_CONTACT.test(text.slice(0, x.start - t.sentence.start)));
  if (!tr || t.people.some((p) => p.end <= tr.start && (p.actorId || p.name))) return undefined;
  return t.people.find((p) => p.start >= tr.end && p.actorId && t.nonParticipants.has(p) && !p.role?.endsWith('spokesperson') && speaks(text, t.sentence.start, p));
}
/**
 * The person spoken to, in a speaker's words: "you", "your". Not the "you" of "thank you", said to
 * anyone, unless an "-ing" clause says what the one thanked did: "thank you for hosting me".
 */
const YOU = /(?<!\b[Tt]hank\s)\b(?:[Yy]ou|[Yy]our)\b|(?<=\b[Tt]hank\s)you(?=\s+(?:(?:very|so)\s+much\s+)?for\s+\p{Ll}+ing\b)/u;
/** Between a trigger and the one person it is held with: "conversation | with Azerbaijan President | Ilham Aliyev". */
const WITH_ONLY = /^\s+with\s+[^,;.()]{0,60}$/;

/** A relative clause opening before a visit trigger: ", who has arrived on an official visit", ", where X will be on a visit", ", which he said Mishustin had agreed during a visit". */
const RELATIVE_CLAUSE = /,\s*(who|where|whose|which)\b/g;

/**
 * Who made the visit: the subject of the sentence ("Pashinyan held talks with Putin during a working
 * visit"), unless the trigger sits in a relative clause: then the person that clause names ("…, where
 * the Azerbaijani president will be on a working visit") or the one it hangs on ("Putin will meet
 * Mirziyoyev, who has arrived on an official visit").
 */
/** Between a possessive name and the visit it owns: "Tokayev's | state visit", "Putin’s two-day | visit". */
const OWNS = /^['’]s?\s+(?:[a-z-]+\s+){0,3}$/;
/** Between a name and what follows it, the state the person serves: "Sergey Lavrov of Russia", "Tokayev of the Republic of Kazakhstan". */
const OF_STATE = /^\s+of\s+(?:the\s+)?[A-Z][\p{L}’'-]+(?:\s+(?:of\s+)?[A-Z][\p{L}’'-]+){0,3}\s*$/u;
function visitorOf(text: string, offset: number, trigger: number, before: PersonMention[]): PersonMention | undefined {
  const named = before.filter((p) => p.actorId || p.name);
  // "the Turkish president said that Tokayev's state visit …": the owner of the visit, not the speaker.
  const owner = named.length > 1 ? named[named.length - 1] : undefined;
  if (owner && OWNS.test(text.slice(owner.end - offset, trigger - offset))) return owner;
  let clause: RegExpExecArray | null = null;
  RELATIVE_CLAUSE.lastIndex = 0;
  for (let m = RELATIVE_CLAUSE.exec(text); m && m.index < trigger - offset; m = RELATIVE_CLAUSE.exec(text)) clause = m;
  if (clause) {
    const at = offset + clause.index;
    const inside = named.find((p) => p.start > at);
    if (inside && clause[1] !== 'whose') return inside;
    const antecedent = [...named].reverse().find((p) => p.end <= at);
    if (clause[1] === 'who' && antecedent && (offset + clause.index - antecedent.end <= 2 || OF_STATE.test(text.slice(antecedent.end - offset, clause.index)))) return antecedent;
  }
  return named[0];
}

/** A sentence as its triggers and the story's state read it, and what its triggers made of it. */
interface Frame {
  text: string;
  when: { value: DateValue | null; rule: string; moves: boolean };
  /** People of the sentence who can take part, in text order. */
  people: PersonMention[];
  triggers: FoundTrigger[];
  /** Direct speech in the sentence (quoteSpans). */
  quotes: Array<{ start: number; end: number }>;
  /** The topic cue's match in the sentence ("the sides discussed"), if any. */
  topic: RegExpExecArray | null;
  topicSentence: boolean;
  /** Whether a trigger made a new event. */
  made: boolean;
  /** The event just told, when this sentence only adds to it. */
  attached: Draft | null;
}

export function processSentence(g: Gazetteer, lex: Lexicon, t: Tagged, st: StoryState): void {
  const text = t.sentence.text;
  const when = sentenceDate(t, lex, st);
  const quotes = quoteSpans(t.sentence);
  const people = participantsOf(lex, t, st, quotes);
  const two = twoCountries(g, lex, t, st);
  if (two.length) {
    people.push(...two);
    inOrder(people);
  }
  // "The Supreme Eurasian Economic Council met …": the verb of a gathering's name is that gathering.
  // "… the meeting of the 3+3 platform, hosted by Fidan": the gathering's host, not another meeting.
  // "met or held talks with": two verbs for the same contacts, told once.
  // "held talks … and signed a statement": a weak verb coordinated after a stronger one of its kind tells the same event.
  if (st.trace) read(st.trace, t, when, people);
  const triggers = t.triggers.filter((tr, i) => notRead(st, t, tr, i, text) === null);
  // Where the sentence says what an event was about, read once: the cue is consulted again and again below.
  // Not read when nothing could use it: no trigger here, and no event told before for it to add to.
  const topic = triggers.length > 0 || st.last ? lex.cue.topic_sentence.exec(text) : null;
  const topicSentence = topic !== null;
  const f: Frame = { text, when, people, triggers, quotes, topic, topicSentence, made: false, attached: null };
  // Each trigger, then the story's state, in functions of their own: the engine optimises a
  // function as a whole, and one of this size took seconds of a run to be optimised (and again
  // after each deoptimisation), while three smaller ones are ready early.
  // Before the sentence's own events: the contact counted from is not the event the story goes on with.
  tellSince(lex, t, st, f);
  for (const tr of triggers) tellTrigger(g, lex, t, st, f, tr);
  moveStory(g, lex, t, st, f);
}

/** Why the frame does not read a trigger of the sentence (dropped with that rule), or null: it does. */
function notRead(st: StoryState, t: Tagged, tr: FoundTrigger, i: number, text: string): string | null {
  let why: [string, string] | null = null;
  if (inside(tr, t.anchors)) why = ['drop.in-anchor', 'inside a temporal anchor ("after the talks"): it dates the event of the sentence, it is not one'];
  else if (coordinatedWeak(t, tr)) why = ['drop.coordinated-weaker', 'a weaker verb coordinated after a stronger one of its kind tells the same event ("held talks … and signed")'];
  else if (tr.type === 'meeting' && t.triggers.some((g) => g.type === 'summit' && g.end <= tr.start && gatheringVerb(text.slice(g.end - t.sentence.start, tr.start - t.sentence.start), text.slice(tr.start - t.sentence.start, tr.end - t.sentence.start + 3)))) why = ['drop.gathering-verb', 'the verb of the gathering named just before it ("the Council met", "…, hosted by X")'];
  else if (i > 0 && t.triggers[i - 1].type === tr.type && ALTERNATIVE_VERB.test(text.slice(t.triggers[i - 1].end - t.sentence.start, tr.start - t.sentence.start))) why = ['drop.alternative-verb', 'a second verb for the same contacts ("met or held talks with")'];
  if (why) drop(st, tr, why[0], why[1]);
  return why && why[0];
}

/** Words of calling in a contact_since cue: the earlier contact was a call. */
const CALL_WORDS = /\b(?:call|spoken|talked|conversation|phone)\b/i;

/**
 * "the two presidents had not met in person since last October", "the first call since March": the contact
 * the time is counted from took place on that date (CONVENTIONS 6): a meeting or call of the people
 * the sentence names before the date.
 */
function tellSince(lex: Lexicon, t: Tagged, st: StoryState, f: Frame): void {
  const text = t.sentence.text;
  for (const d of t.dates) {
    if (d.relation !== 'since' || !d.value) continue;
    const span = text.slice(d.start - t.sentence.start, d.end - t.sentence.start);
    const lead = text.slice(0, d.start - t.sentence.start) + (/^since\s/i.test(span) ? 'since ' : '');
    const cue = lex.cue.contact_since.exec(lead);
    if (!cue) continue;
    const named = distinct(f.people.filter((p) => (p.actorId || p.name) && p.start < d.start && !inside(p, f.quotes)));
    if (named.length < 2) continue;
    const type = CALL_WORDS.test(cue[0]) ? 'call' : 'meeting';
    const at = t.sentence.start + cue.index;
    const tr: FoundTrigger = { start: at, end: at + cue[0].length, type, ruleId: `${type}.since`, strength: 2, definite: false, future: false, hypothetical: false, requires: [] };
    const e = newDraft(t, tr, d.value, 'date.since');
    for (const p of named) addPerson(e, p);
    st.events.push(e);
    cueMade(st, t, tr, d.value, 'date.since', named, 'keep.since', 'a contact the text counts time from ("have not met since …"): an event of that date (CONVENTIONS 6)');
  }
}

/** What the first checks of a trigger found, for the rules that make its events. */
interface TriggerFrame {
  /** The sentence's text before the trigger. */
  lead: string;
  /** The event's own date, when the sentence gives it one apart from its own. */
  own: DateValue | null;
  date: DateValue | null;
  /** People before and after the trigger. */
  before: PersonMention[];
  after: PersonMention[];
  /** Places not inside a temporal anchor. */
  places: PlaceMention[];
  /** The rule that gave `date`: the sentence's, the trigger's own ('date.embedded'), or 'date.recent-past'. */
  dateRule: string;
}

/**
 * A meeting or call with no day of its own, told within a span of days the story gave before ("will
 * visit on 22-23 August. In Tashkent, he will hold talks …"): it took place on one of those days, and
 * the month is what the text says (as `dayOf` in draft.ts for a span in the sentence itself). After a
 * visit of one named day, only a sentence that opens "During the visit" does so (duringTrip).
 */
function inSpan(t: Tagged, st: StoryState, tr: FoundTrigger, date: DateValue | null): boolean {
  if (!date || date.day == null || (tr.type !== 'meeting' && tr.type !== 'call')) return false;
  if (t.dates.some((d) => d.value?.day != null)) return false;
  return !!st.dateSpan && toIso(date) === toIso(st.date);
}

/** The event one trigger of the sentence tells: a new one in the story, or more of the one just told. */
/** Trigger rules that tell a trip by its journey (arrived, flew, left for), which dates its start only. */
const JOURNEY_RULES = ['visit.journey', 'visit.arrival', 'visit.departure', 'visit.invited-journey'];

/**
 * "X arrived in Moscow on 24 February. During the trip, X met Y": a meeting or call the sentence places
 * within a trip and gives no day of its own took place on some day of a trip of unknown length, so it
 * takes the month the story is at (CONVENTIONS 3), not the day of arrival. Only after a trip told by its
 * journey: "On 3 March, X arrived in Minsk on a working visit. During the visit, …" dates the visit, and
 * what it holds, to that day. (The plan check still sees the story's day.)
 */
function duringTrip(t: Tagged, lex: Lexicon, st: StoryState, tr: FoundTrigger, date: DateValue | null): boolean {
  if (!date || date.day == null || (tr.type !== 'meeting' && tr.type !== 'call')) return false;
  if (t.dates.some((d) => d.value?.day != null)) return false;
  if (!lex.cue.during_trip.test(t.sentence.text.trim())) return false;
  const trip = [...st.events].reverse().find((e) => e.type === 'visit');
  return !!trip && toIso(trip.date) === toIso(date) && JOURNEY_RULES.some((r) => trip.rules.has(r)) && !trip.rules.has('visit.noun') && !trip.rules.has('visit.verb');
}

/**
 * "X returned to Tehran on Sunday after concluding a visit to Ashgabat, where he met …": the day is the
 * return's; the trip and the talks in the "after …" anchor came some day before it, so they take its
 * month (as the gold does). Only when the way home (cue return_home) comes before the anchor and the
 * day is said outside it.
 */
function beforeReturn(t: Tagged, lex: Lexicon, tr: FoundTrigger, date: DateValue | null): boolean {
  if (!date || date.day == null || !lex.cue.return_home.test(t.sentence.text)) return false;
  // (Every anchor of the sentence, known or not: t.anchors keeps only those on events told before.)
  const a = findAnchors(t.sentence.text, t.sentence.start).find((x) => x.relation === 'after' && x.days == null && tr.start >= x.start && tr.end <= x.end);
  if (!a) return false;
  if (!t.dates.some((d) => d.value?.day != null && d.end <= a.start)) return false;
  return lex.cue.return_home.test(t.sentence.text.slice(0, a.start - t.sentence.start));
}

/**
 * "On 14 May, the ministry published the agreement. X and Y met in Washington, where they presented it":
 * the day belongs to the sentence before, which told no contact (StoryState.dateOfOther); a meeting or
 * call told after it in the same paragraph, with no date word of its own, took place some day around
 * it, so it takes the month (as the gold does), not that day.
 */
function afterOtherNews(t: Tagged, st: StoryState, tr: FoundTrigger, date: DateValue | null): boolean {
  if (!st.dateOfOther || date?.day == null || (tr.type !== 'meeting' && tr.type !== 'call')) return false;
  return toIso(date) === toIso(st.date) && t.dates.length === 0 && t.sentence.paragraph === st.dateParagraph;
}

function tellTrigger(g: Gazetteer, lex: Lexicon, t: Tagged, st: StoryState, f: Frame, tr: FoundTrigger): void {
  const { text, when, people, triggers, topic } = f;
  // A proposal or invitation counts only as a plan with its own day in the sentence ("is to take place on 25 May").
  if (tr.hypothetical && !(tr.future && t.dates.some((d) => d.value?.day != null))) { drop(st, tr, 'drop.hypothetical', 'a proposal, invitation or possibility, not a plan with its own day in the sentence'); return; }
  // A plan counts only with a day (CONVENTIONS 5): "the summit will take place in June", a headline's
  // "summit to be held in Istanbul" give none. The day may be the story's ("will visit on 28 February. He
  // will also attend …"), or a relative one the sentence gives ("the next day").
  if (tr.future && when.value?.day == null && !t.dates.some((d) => d.value?.day != null || RELATIVE_DAYS.has(d.relation))) { drop(st, tr, 'drop.plan-without-day', 'a plan with no day, in the sentence or the story (CONVENTIONS 5)'); return; }
  // Nor with only a vague time, whatever day the story is at ("at the end of next week we will have a
  // tripartite meeting", in a readout of the day).
  if (tr.future && lex.cue.vague_time.test(text) && !t.dates.some((d) => d.value?.day != null || RELATIVE_DAYS.has(d.relation))) { drop(st, tr, 'drop.plan-vague-time', 'a plan timed only vaguely ("at the end of next week")'); return; }
  const lead = text.slice(0, tr.start - t.sentence.start);
  // "The summit, held on 15-16 September, was attended by the presidents of …": the people who attended
  // the gathering its subject names are that gathering's (its own trigger tells it), not a meeting besides.
  if (tr.ruleId === 'meeting.attended' && triggers.some((x) => x.type === 'summit' && x.end <= tr.start && !/[.;:]/.test(text.slice(x.end - t.sentence.start, tr.start - t.sentence.start)))) { drop(st, tr, 'drop.attended-gathering', 'who attended a summit the sentence names: its participants, not a meeting of their own'); return; }
  // "met on the sidelines of the CIS summit": the gathering is an event of its own, with those who met
  // there among its participants, unless the story has told a summit already (then it is that one,
  // and the few who met aside do not make up its participants).
  // A summit told only by one person ("Putin at the SCO summit" in a headline) is not told in full: the
  // leaders met aside are among the people the text places there (CONVENTIONS 2).
  // (Not a summit of another day or city than the one told: "the previous meeting took place in October
  // 2024 at the margins of the CIS council", "a short exchange on the sidelines of the summit in Kazan".)
  if (tr.type === 'summit' && SIDELINES.test(lead) && st.events.some((e) => e.type === 'summit' && !aside(e) && e.people.length >= 2 && !otherOccasion(t, tr, e, when.value))) { drop(st, tr, 'drop.sidelines-of-told-summit', 'the summit on whose sidelines others met is the one the story told already'); return; }
  // "informed him about his meeting with Trump", "briefed counterparts on the Alaska summit": an
  // event told of, not told.
  if (INFORMED_ABOUT.test(lead)) { drop(st, tr, 'drop.informed-about', 'an event someone was informed or briefed about, not one told'); return; }
  // "The conversation touched on preparations for the CIS summit in Moscow": spoken of, unless the
  // sentence gives it a day of its own (a plan with a date is reported).
  // (Not "… was discussed during a telephone conversation between X and Y": that is the event.)
  const about = tr.type === 'summit' ? topic : null;
  if (about && about.index + about[0].length <= lead.length && !DURING_END.test(lead) && !t.dates.some((d) => d.value?.day != null && d.start >= tr.end)) { drop(st, tr, 'drop.summit-discussed', 'a summit named in what was discussed, with no day of its own'); return; }
  const own = embeddedDate(t, tr, lex) ?? plannedDate(t, tr) ?? clauseDate(t, tr, lex) ?? relativeDate(t, tr) ?? dayApart(t, tr, triggers, when) ?? shiftedDate(t, tr, st.last?.date ?? (st.last?.dateRule === 'date.heading' && st.docDateReported ? st.docDate : null) ?? when.value);
  // "X's recent visit", "met in Sochi recently": no day, whatever day the story is at.
  const recent = !own && recentNear(t, lex, tr);
  const trip = !recent && !own && duringTrip(t, lex, st, tr, when.value);
  const homeward = !recent && !own && !trip && beforeReturn(t, lex, tr, when.value);
  const elseDay = !recent && !own && !trip && !homeward && afterOtherNews(t, st, tr, when.value);
  const date = recent ? null : own ?? (trip || homeward || elseDay || inSpan(t, st, tr, when.value) ? { ...when.value!, day: null } : when.value);
  const before = people.filter((p) => p.end <= tr.start);
  const after = people.filter((p) => p.start >= tr.end);
  const places = t.places.filter((p) => !inside(p, t.anchors));
  const dateRule = recent ? RECENT_PAST : own ? 'date.embedded' : trip ? 'date.during-trip' : homeward ? 'date.before-return' : elseDay ? 'date.after-other-news' : when.rule;
  const c: TriggerFrame = { lead, own, date, before, after, places, dateRule };
  if (st.trace && date !== when.value) dated(st, tr, date, dateRule);
  if (tr.type === 'visit') {
    tellVisit(lex, t, st, f, tr, c);
    return;
  }
  // A definite mention adds to the event just told when it brings no new date.
  // "The meeting" may be told of a summit, but "the session" is not told of a bilateral meeting.
  // "The Prague summit underscored …" after a meeting in Prague: a name for the event just told.
  const renamed = !!st.last && !people.some((p) => p.actorId || p.name) && (t.places.length === 0 || t.places.some((p) => p.name === st.last!.location));
  // "The talks" is said of calls and summits too.
  const generic = tr.type === 'meeting' && tr.strength <= 1;
  // "Monday's session" after the talks it names: a session is said of a meeting too.
  const session = tr.type === 'summit' && /^(?:session|sitting)s?$/i.test(text.slice(tr.start - t.sentence.start, tr.end - t.sentence.start));
  const compatible = st.last && (st.last.type === tr.type || (tr.type === 'meeting' && st.last.type === 'summit') || (session && st.last.type === 'meeting') || renamed || generic);
  // "The two ministers then continued the conversation between themselves": a new, smaller event.
  const apart = BETWEEN_GATE.test(text) && BETWEEN_THEMSELVES.test(text) && people.filter((p) => p.actorId || p.name || p.country).length >= 2;
  // "The Sochi summit was …" after the bilateral meetings on its margins: the summit of that day told
  // before them, or the three-way meeting of that day in the city it is named for ("the Prague summit"
  // after the leaders' meeting in Prague: leaders of two or three states meet).
  // "As he had from the previous summit in Minsk": a definite mention of another occasion.
  const other = tr.definite && lex.cue.other_occasion.test(lead);
  const sameKind = !compatible && !other && tr.definite && tr.type !== 'meeting' ? [...st.events].reverse().find((e) => (e.type === tr.type || (tr.type === 'summit' && e.type === 'meeting' && e.people.length >= 3 && !!e.location && namedFor(t, tr)?.name === e.location)) && toIso(e.date) === toIso(when.value)) : undefined;
  const referent = other ? undefined : compatible ? st.last : sameKind;
  // A referent told only in a headline has no date yet (the document's is given at the end).
  // "During the telephone talk the sides stressed the forum scheduled for September 30": the date is the later event's.
  // (A summit named as where others met aside, of another day or city, is not the one told: otherOccasion.)
  const elsewhere = !!referent && tr.type === 'summit' && SIDELINES.test(lead) && otherOccasion(t, tr, referent, when.value);
  if (tr.definite && referent && !own && !apart && !elsewhere && (!when.moves || datesOther(t, triggers, tr) || toIso(when.value) === toIso(referent.date) || (!referent.date && referent.dateRule === 'date.heading'))) {
    // People named in what the event was about ("focused on … Pashinyan's visit") did not take part.
    const about = topic;
    const limit = about ? t.sentence.start + about.index + about[0].length : Infinity;
    // "Cavusoglu, who announced the meeting during …": who announces or confirms the event tells of it (cue told_of).
    const teller = lex.cue.told_of.test(lead) ? tr.start : -1;
    const present = people.filter((p) => (p.actorId || p.name) && p.start < limit && p.start > teller);
    // "In the conversation with Bayramov …" after separate talks with Bayramov and Mirzoyan: the one with Bayramov.
    const target = (referent === st.last ? toldWith(st, present) : null) ?? referent;
    // The summit told in full after it was named only as the place where others met aside: its own people.
    if (tr.type === 'summit' && aside(target) && !SIDELINES.test(lead) && present.length) forgetAside(target);
    for (const p of present) addPerson(target, p);
    target.initiator ??= initiatorOf(g, lex, t, tr);
    // "The summit, held in Astana, …": where the event told before took place, when it had no place
    // yet; a place after the noun, in a sentence that dates nothing (a date may name another occasion).
    if (!target.location && target.type !== 'visit' && t.dates.length === 0) {
      const place = locationOf(t, tr, places);
      if (place && place.start > tr.start) target.location = place.name;
    }
    addEvidence(target, t.sentence, tr.ruleId);
    f.attached = target;
    joined(st, tr, target, 'join.definite', 'a definite mention ("the meeting") with no new date adds to the event just told');
    return;
  }
  // "The previous summit", with no day of its own: an earlier occasion only spoken of.
  if (other && !own && !when.moves) { drop(st, tr, 'drop.other-occasion', 'a definite mention of another occasion ("the previous summit") with no day of its own'); return; }
  // "Putin and Erdogan also discussed trade", "Aliyev and Erdogan exchanged views on …", "… recalled
  // their previous meeting", with no day of its own, after the story told a meeting or call of exactly
  // those people: more of that contact,
  // not another one on whatever day the story has moved to (a forum named since, the publication date).
  const again = continued(t, st, tr, own, people);
  if (again) {
    addEvidence(again, t.sentence, tr.ruleId);
    f.attached = again;
    joined(st, tr, again, 'join.continued', '"X and Y (also) discussed", "their previous meeting", for exactly the people of a contact told before, with no day of its own: more of that contact');
    return;
  }
  const told = st.events.length;
  tellContact(g, lex, t, st, f, tr, c, other);
  // Its people are only those who met aside: the summit told in full elsewhere gives its own (merge.ts).
  if (tr.type === 'summit' && SIDELINES.test(lead)) for (const d of st.events.slice(told)) if (d.type === 'summit') d.rules.add(SIDELINES_RULE);
}

/** Triggers whose two people are named as the subject of a verb of talking ("X and Y discussed"): triggers.yaml. */
const PAIR_SUBJECT = 'meeting.pair-';

/**
 * The meeting or call told before that an undated "X and Y (also) discussed …" or "X and Y recalled
 * their last meeting" goes on about: a pair-subject word of talking or a previous meeting, not a plan,
 * in a sentence that gives no date, whose people named (before the word; no one else after it) are
 * exactly those of a contact the story told already. The latest such contact of the trigger's own
 * type, else the latest of them; null when there is none. (Not a noun of a meeting, "X and Y held
 * their first one-on-one meeting", which a digest tells of each occasion.)
 */
function continued(t: Tagged, st: StoryState, tr: FoundTrigger, own: DateValue | null, people: PersonMention[]): Draft | null {
  if (tr.type !== 'meeting' || !(tr.ruleId.startsWith(PAIR_SUBJECT) || tr.ruleId === 'meeting.previous') || tr.definite || tr.future || own) return null;
  if (t.dates.length > 0 || t.sentence.heading) return null;
  const cast = people.filter((p) => p.actorId || p.name);
  const named = new Set(cast.filter((p) => p.end <= tr.start).map(personKey));
  // Someone else named after the word ("discussed … with Z") is not the subject pair's contact alone.
  if (cast.some((p) => !named.has(personKey(p)))) return null;
  if (named.size < 2) return null;
  const same = st.events.filter((e) => (e.type === 'meeting' || e.type === 'call') && e.people.length === named.size && e.people.every((p) => named.has(personKey(p))));
  return [...same].reverse().find((e) => e.type === tr.type) ?? same[same.length - 1] ?? null;
}

/**
 * Is the summit `tr` names on whose sidelines others met another occasion than the summit `e` told
 * before? When the sentence's date and `e`'s are both known and disagree (at the coarser precision),
 * or a city named right after the trigger is not `e`'s.
 */
function otherOccasion(t: Tagged, tr: FoundTrigger, e: Draft, date: DateValue | null): boolean {
  const a = toIso(date);
  const b = toIso(e.date);
  if (a && b && !a.startsWith(b) && !b.startsWith(a)) return true;
  const city = t.places.find((p) => p.kind !== 'region' && p.start >= tr.end && p.start - tr.end <= 40);
  return !!city && !!e.location && city.name !== e.location;
}

/** Every date the sentence gives belongs to an event of another kind told after `tr`, before the date. */
function datesOther(t: Tagged, triggers: FoundTrigger[], tr: FoundTrigger): boolean {
  return t.dates.some((d) => d.value) && t.dates.every((d) => !d.value || triggers.some((x) => x.type !== tr.type && x.start >= tr.end && x.end <= d.start));
}

/** A visit already in the story: `visitor`'s, to `destCountry` when one is known. */
function visitTold(e: Draft, visitor: PersonMention | undefined, destCountry: string | null): boolean {
  return e.type === 'visit' && !!visitor && e.people.some((p) => personKey(p) === personKey(visitor)) && (!destCountry || e.countries.has(destCountry));
}

/** Between a host and a guest: "welcomed his counterpart", "received the Armenian minister", "hosted". */
const HOSTING = /\b(?:welcomed|welcomes|welcoming|received|receives|receiving|hosted|hosts|hosting|greeted|greets|invited)\b/i;

/** A visit: who made it and where to (a city, or a country only). */
function tellVisit(lex: Lexicon, t: Tagged, st: StoryState, f: Frame, tr: FoundTrigger, c: TriggerFrame): void {
  const { text, topicSentence } = f;
  const { lead, date, before, after, places } = c;
  // "During the visit", "the assessment of X's visit": a visit already told, or only spoken of.
  // (A verb is told, not spoken of: "President of Kyrgyzstan Sadyr Japarov visited Tashkent".)
  // ("Moldovan president on visit to Kyiv": a headline's "on visit" is being on one, not speaking of it.)
  // ("President Tokayev of Kazakhstan paid a visit": "of" after a name gives the person's state, not a visit spoken of.)
  const spoken = SPOKEN_OF.exec(lead);
  const ofState = spoken && before.some((p) => (p.actorId || p.name) && OF_STATE.test(lead.slice(p.end - t.sentence.start)));
  if (topicSentence || (spoken && !ofState && !VISIT_VERB.test(text.slice(tr.start - t.sentence.start)) && !ON_VISIT.test(lead))) { drop(st, tr, 'drop.visit-spoken-of', topicSentence ? 'a visit in a sentence of what was discussed' : 'a visit only spoken of ("the assessment of X\'s visit", "during the visit")'); return; }
  let visitor = visitorOf(text, t.sentence.start, tr.start, before) ?? after.find((p) => p.actorId || p.name);
  // "X welcomed his counterpart Y to Tehran for an official visit": a host of the place gone to, with a
  // guest named between him and the visit, is not the visitor; the guest is.
  const hostCountry = visitor?.country ? places.find((p) => p.start >= tr.start - 40 && p.end <= tr.start + 60 && p.country === visitor!.country) : undefined;
  if (visitor && hostCountry) {
    const guest = before.find((p) => (p.actorId || p.name) && p.start >= visitor!.end && p.end <= tr.start && p.country && p.country !== visitor!.country);
    if (guest && HOSTING.test(text.slice(visitor.end - t.sentence.start, guest.start - t.sentence.start))) visitor = guest;
  }
  // Where to: named after the trigger ("visit to Baku"), or just before it ("came to Armenia on an official visit").
  const named = places.find((p) => p.start >= tr.start && sameClause(t, tr.end, p.start)) ?? [...places].reverse().find((p) => precedesTrigger(t, tr, p)) ?? null;
  // Not the visitor's own country ("the visit of the President of the Russian Federation to our country").
  const abroad = t.countries.filter((c) => c.rule !== 'country.adjective' && c.code !== visitor?.country);
  let destCountry =
    abroad.find((c) => c.start >= tr.end)?.code ??
    [...abroad].reverse().find((c) => precedesTrigger(t, tr, c))?.code ??
    named?.country ??
    null;
  // "arrived in Ashgabat from Dushanbe, where … his visit to Tajikistan": a city of another country is not where the visit went.
  const dest = named && destCountry && named.country !== destCountry ? null : named;
  // "paying a state visit to our country", in the words of a transcript's speaker: the speaker's country.
  // The speaker does not visit his own country: "I thank you for your visit to our country" is the addressed person's.
  const speaker = st.turns?.get(t.sentence.index)?.speaker;
  const toOurs = !dest && !destCountry && !!speaker?.country && lex.cue.our_country.test(text.slice(tr.end - t.sentence.start));
  if (toOurs && visitor && personKey(visitor) === personKey(speaker!)) visitor = before.find((p) => p.rule === 'ref.addressed') ?? visitor;
  if (toOurs && speaker!.country !== visitor?.country) destCountry = speaker!.country;
  // "The visit of the Russian leader to Turkmenistan took place …" is new unless that visit was told.
  if (tr.definite && (!visitor || !destCountry || st.events.some((e) => visitTold(e, visitor, destCountry)))) { drop(st, tr, 'drop.visit-told', '"the visit" of a visit already told, or with no visitor or country of its own'); return; }
  if (!visitor || (!dest && !destCountry)) { drop(st, tr, visitor ? 'drop.no-destination' : 'drop.no-visitor', visitor ? 'no place or country the visit went to' : 'nobody named made the visit'); return; }
  // "arrived in Yerevan from Paris": the visitor's own country is a way home, not a visit.
  const reached = named && named.start >= tr.end && named.start - tr.end <= 6 ? named : null;
  if (visitor.country && (reached ? reached.country : destCountry) === visitor.country) { drop(st, tr, 'drop.domestic', 'a trip within the visitor\'s own country (a way home), not a visit'); return; }
  if (tr.requires.includes('place') && !dest && !destCountry) { drop(st, tr, 'drop.no-place', 'the trigger needs a place and the sentence gives none'); return; }
  const d = newDraft(t, tr, date, c.dateRule);
  addPerson(d, visitor);
  if (dest && dest.kind !== 'region') d.location = dest.name;
  if (destCountry) d.countries.add(destCountry);
  st.events.push(d);
  // "was in Hungary on 2-3 June and in Serbia on 9-10 June": each further date listed is a visit to the
  // country or city named just before it.
  const next = f.triggers.find((x) => x.start >= tr.end);
  const listed = repeatedDates(t, date, next?.start ?? Infinity);
  listed.slice(1).forEach((more, k) => {
    const from = listed[k].end;
    const city = places.find((p) => p.kind !== 'region' && p.start >= from && p.end <= more.start);
    const country = city?.country ?? t.countries.find((x) => x.rule !== 'country.adjective' && x.start >= from && x.end <= more.start)?.code;
    // A date with no other country before it is the same trip's, not a visit of its own.
    if (country && country !== visitor.country) {
      const r = newDraft(t, tr, more.value, 'date.enumerated');
      addPerson(r, visitor);
      if (city) r.location = city.name;
      r.countries.add(country);
      st.events.push(r);
    }
  });
  f.made = true;
  made(st, tr, 'keep.visit', 'a named visitor and a place or country abroad');
}

/**
 * A call, meeting or summit told anew (or "the meeting" with people of its own): who took part, and
 * whether that makes one event or several (one per person met, per date listed).
 */
/** Is `p` the business of the verb before `tr` or of the one after it ("met A | and held a call with B")? */
function otherVerbs(p: { start: number; end: number }, tr: FoundTrigger, prev: FoundTrigger | null, following: FoundTrigger | undefined): boolean {
  return (prev != null && p.start >= prev.start && p.end <= tr.start) || (following != null && p.start >= following.start);
}

/** After a contact word: the gathering it happened at, and who hosted or chaired that gathering ("on the margins of a forum hosted by"). */
const GATHERING_HOST = /\b(?:on|at) the (?:sidelines|margins|fringes) of\b[^.;:]{0,80}?\b(?:hosted|chaired|convened|organi[sz]ed) by\s+/i;

/** Rounds of a series counted before the trigger: "the first two rounds of", "the previous round of". */
const SERIES = /\b(?:first|second|third|fourth|fifth|previous|earlier|two|three|four|five)\s+(?:[a-z-]+\s+)?rounds?\b/i;

/** Between two verbs of one subject: "met with A, B | and | held a phone call with C". */
const AND_VERB = /^[^.;:]*?\band\s+(?:then\s+|later\s+|also\s+)?(?:(?:held|had|made|conducted|paid)\s+(?:a\s+|an\s+)?(?:[a-z-]+\s+)?)?$/;
/** A weak trigger coordinated after a stronger one of the same type: "held talks in Astana and signed a statement". */
function coordinatedWeak(t: Tagged, tr: FoundTrigger): boolean {
  if (tr.strength > 1) return false;
  return t.triggers.some((x) => {
    if (x === tr || x.type !== tr.type || x.strength <= tr.strength || x.end > tr.start) return false;
    const between = t.sentence.text.slice(x.end - t.sentence.start, tr.start - t.sentence.start);
    return AND_VERB.test(between) && !/,\s*and\s*$/.test(between);
  });
}

/** The trigger before `tr` whose verb `tr` is coordinated with ("… and held …"), if any. */
function coordinatedAfter(t: Tagged, triggers: FoundTrigger[], tr: FoundTrigger): FoundTrigger | null {
  let prev: FoundTrigger | null = null;
  for (const x of triggers) if (x !== tr && x.end <= tr.start && (!prev || x.end > prev.end)) prev = x;
  if (!prev || prev.type === tr.type) return null;
  const between = t.sentence.text.slice(prev.end - t.sentence.start, tr.start - t.sentence.start);
  return AND_VERB.test(between) && !/,\s*and\s*$/.test(between) ? prev : null;
}

function tellContact(g: Gazetteer, lex: Lexicon, t: Tagged, st: StoryState, f: Frame, tr: FoundTrigger, c: TriggerFrame, other: boolean): void {
  const { text, when, people, triggers } = f;
  const { lead, date, before, after, places } = c;
  // With several triggers, each takes the people of its own clause when that clause names two sides.
  const clause = triggers.length > 1 ? clauseOf(t, tr) : null;
  const own2 = clause ? people.filter((p) => p.start >= clause.start && p.end <= clause.end) : [];
  // "… and after the two foreign ministers spent four days in talks hosted by Blinken": the clause's own
  // plural reference and its named people, not the people of the sentence's other clauses.
  const clauseText = clause ? text.slice(clause.start - t.sentence.start, clause.end - t.sentence.start) : '';
  const clausePlural = clause && own2.length < 2 ? lex.cue.plural_anaphor.exec(clauseText) : null;
  // Only a plural subject before the trigger: "a meeting of the two countries' ministers: X and Y met" names them next.
  if (clause && clausePlural && clause.start + clausePlural.index < tr.start) {
    const at = clause.start - t.sentence.start + clausePlural.index;
    own2.unshift(...pluralReferent(text.slice(at, at + clausePlural[0].length + 30), st));
  }
  // "X spoke with Y … and confirmed that he expects a meeting with Z": the "he" of a clause reported by
  // the sentence's subject is that subject.
  const reportedHe = clause && own2.length === 1 ? REPORTED_HE.exec(clauseText) : null;
  if (reportedHe && clause!.start + reportedHe[0].length <= tr.start) {
    const subject = people.find((p) => (p.actorId || p.name) && p.end <= clause!.start);
    if (subject && personKey(subject) !== personKey(own2[0])) own2.unshift(subject);
  }
  // Those named in what the event informed of did not take part ("a call with Lukashenko, informing him about the meeting with Trump").
  const informed = INFORMED_OF.exec(text.slice(tr.end - t.sentence.start));
  const toldFrom = informed ? tr.end + informed.index + informed[0].length : Infinity;
  // "met Y to discuss the upcoming visit of Z", "discussed the agreements reached by A and B": those named
  // in what the contact was about (cue subject_matter) took no part, unless met "with" ("discussed the
  // situation with Aliyev").
  const matter = lex.cue.subject_matter.exec(text.slice(tr.end - t.sentence.start));
  const aboutFrom = matter ? tr.end + matter.index + matter[0].length : Infinity;
  const spokenOf = (p: PersonMention) => p.start >= aboutFrom && !WITH_BEFORE.test(text.slice(Math.max(0, p.start - t.sentence.start - 60), p.start - t.sentence.start));
  // "met Aliyev in the Kremlin, which Pashinyan had visited a week earlier": a relative clause after the
  // trigger that tells a contact of its own; its people are that contact's, not this one's.
  // (Not a gathering's: "the forum, where he held a meeting with Y" places Y at the forum.)
  const rel = tr.type === 'summit' ? null : relativeContact(t, tr);
  const elsewhere = (p: PersonMention) => !!rel && p.start >= rel.start && p.end <= rel.end;
  let parts = (own2.length >= 2 ? own2 : people).filter((p) => (p.actorId || p.name || p.country) && p.start < toldFrom && !spokenOf(p) && !elsewhere(p));
  // The contact of such a clause: its own people, and the person "who" stands for.
  const within = tr.type === 'summit' ? null : inRelative(t, tr, people);
  if (within && new Set(within.map(personKey)).size >= 2) parts = within;
  // "X hosted Y in Bishkek less than two weeks after joining … a summit with Trump": those named in
  // a temporal anchor belong to the event it names, not to this one (unless this trigger is inside it).
  const away = t.anchors.length || t.shifted.length ? [...t.anchors, ...t.shifted].filter((a) => !(tr.start >= a.start && tr.end <= a.end)) : null;
  if (away?.length) {
    const kept = parts.filter((p) => !inside(p, away));
    if (new Set(kept.map(personKey)).size >= 2) parts = kept;
  }
  // "A and B spoke on the margins of a gathering hosted by X": X is the gathering's host (its record
  // has him), not a party to the talk aside, when the talk still has two sides without him.
  if (tr.type !== 'summit') {
    const host = GATHERING_HOST.exec(text.slice(tr.end - t.sentence.start));
    if (host) {
      const from = tr.end + host.index + host[0].length;
      const kept = parts.filter((p) => p.start < from || p.start > from + 60);
      if (new Set(kept.map(personKey)).size >= 2) parts = kept;
    }
  }
  // The trigger inside such an anchor: the anchor's own people, not the main verb's other party. With
  // the sentence's subject (its first person outside every anchor) when the anchor names one person or
  // its contact is "with" them ("…, two days after speaking with Putin"); not when it names both sides
  // ("after the talks between Aliyev and Pashinyan").
  const mine = t.anchors.length || t.shifted.length ? [...t.anchors, ...t.shifted].find((a) => tr.start >= a.start && tr.end <= a.end) : undefined;
  if (mine) {
    const inner = parts.filter((p) => inside(p, [mine]));
    const n = new Set(inner.map(personKey)).size;
    const withThem = n >= 1 && /\bwith\s/i.test(text.slice(tr.start - t.sentence.start, inner[0].start - t.sentence.start));
    const subject = n === 1 || withThem ? people.find((p) => (p.actorId || p.name) && !inside(p, [...t.anchors, ...t.shifted])) : undefined;
    if (subject) parts = [...inner, subject];
    else if (n >= 2) parts = inner;
  }
  // "In addition to meeting X, the premier also met Z": two contacts, the fronted gerund's with X and
  // the main clause's subject (the first person after the comma), the main verb's without X.
  const besides = besidesComma(t, lex);
  if (besides != null) {
    const main = people.find((p) => (p.actorId || p.name) && p.start > besides);
    if (tr.end <= besides) parts = [...parts.filter((p) => p.end <= besides), ...(main ? [main] : [])];
    else parts = parts.filter((p) => p.start > besides);
  }
  // "he met with A, B and held a phone call with C": a second verb of the same subject takes the
  // subject and its own objects, not the first verb's.
  const prev = coordinatedAfter(t, triggers, tr);
  const following = triggers.find((x) => x.start >= tr.end && coordinatedAfter(t, triggers, x) === tr);
  if (prev || following) {
    const own = parts.filter((p) => !otherVerbs(p, tr, prev, following));
    if (new Set(own.map(personKey)).size >= 2) parts = own;
  }
  // "The leaders' previous three-way talks …, co-chaired by X, Y and Z": the possessive names who met.
  const owner = lead.includes("'") || lead.includes('’') ? OWNER_PLURAL.exec(lead) : null;
  if (owner) parts = pluralReferent(owner[0] + text.slice(tr.start - t.sentence.start, tr.end - t.sentence.start), st).filter((p) => p.actorId || p.name || p.country);
  // "the meeting" with fewer than two people: the event just told — this sentence's own, if it told one.
  const told = f.made ? st.events[st.events.length - 1] : st.last;
  // Not when the sentence dates it elsewhere ("the previous meeting … was held on 14 October last year").
  // "The third meeting of X and Y will take place on 3 May. The first two rounds … in January and
  // February": earlier rounds of a series are the series' people, on days of their own.
  const series = SERIES.test(text.slice(Math.max(0, tr.start - t.sentence.start - 30), tr.end - t.sentence.start));
  // (A numbered round is not read as definite: "the first two rounds" is counted, not pointed back to.)
  if (parts.length < 2 && (tr.definite || series) && !other && told && (!when.moves || series || toIso(when.value) === toIso(told.date))) parts = [...told.people, ...parts];
  // "Modi invited Putin to India. This invitation was extended during a bilateral meeting in Kazan on
  // 22 October": the two of the sentence before, leaders of two states.
  if (parts.length === 0 && !tr.definite && tr.type === 'meeting' && /^bilateral\b/i.test(text.slice(tr.start - t.sentence.start)) && st.prevNamed?.length === 2 && st.prevNamed[0].country && st.prevNamed[1].country && st.prevNamed[0].country !== st.prevNamed[1].country) parts = [...st.prevNamed];
  const plural = lex.cue.plural_anaphor.exec(text) ?? GUESTS.exec(text);
  // "the first EU-Central Asia summit with the five presidents": a numbered group named together before.
  const group = GROUP.exec(text);
  const members = group ? namedTogether(group[0].toLowerCase(), COUNT[group[1].toLowerCase()], st) : undefined;
  if (members) parts = [...parts, ...members.filter((m) => !parts.some((p) => personKey(p) === personKey(m)))];
  else if (plural && parts.filter((p) => p.actorId || p.name).length < 2) parts = [...pluralReferent(text.slice(plural.index, plural.index + plural[0].length + 30), st), ...parts];
  // "In separate phone calls with A and B, Lavrov confirmed …": the one who made them follows the
  // phrase (a name before a verb of saying there is its subject, not the source of a report).
  const fronted = FRONTED.test(lead) && !before.some((p) => p.actorId || p.name) ? t.people.find((p) => p.start >= tr.end && (p.actorId || p.name) && !p.reference && after.some((o) => o.end <= p.start && (o.actorId || o.name)) && speaks(text, t.sentence.start, p)) : undefined;
  if (fronted && !parts.some((p) => personKey(p) === personKey(fronted))) parts = [...parts, fronted];
  // "Xi met Tokayev, who is in Minsk to attend the forum": the gathering's people are those the
  // sentence says attend it, not whom they met there or who invited them (CONVENTIONS 2).
  // Those named after the gathering stay ("…, where he held a meeting with Y": Y was there too).
  const attendee = tr.type === 'summit' ? attendeeOf(lex, t, tr, people) : null;
  if (attendee) parts = [attendee, ...parts.filter((p) => p.start >= tr.end && personKey(p) !== personKey(attendee))];
  // A gathering reported with its own date or city ("a jubilee meeting of the CSTO was held in Moscow")
  // stands even before its participants are named: the next sentences name them.
  const reported = tr.type === 'summit' && !tr.definite && (t.dates.some((d) => d.value) || t.places.length > 0);
  // Fewer than two sides (a gathering with nobody): the other side may be named around the sentence —
  // the delegations the next sentence lists, the headline that names both (window.ts).
  const short = tr.type === 'summit' ? !parts.some((p) => p.actorId || p.name) && !reported : new Set(parts.map((p) => personKey(p))).size < 2;
  const win = short && st.window ? windowParties(lex, t.sentence, tr, parts, st.window) : null;
  if (win) parts = [...parts, ...win.people];
  const named = parts.filter((p) => p.actorId || p.name);
  const sides = new Set(parts.map((p) => personKey(p)));
  if (tr.type === 'summit' ? named.length < 1 && !reported : sides.size < 2) { drop(st, tr, tr.type === 'summit' ? 'drop.empty-summit' : 'drop.no-counterpart', tr.type === 'summit' ? 'a gathering with nobody named and no date or city of its own, nor a list of who took part in the next sentences' : 'fewer than two sides: no counterpart named or referred to, in the sentence or its window (the next sentences\' list of who took part, the headline)'); return; }
  // Plural nouns ("phone calls between the leaders") tell of a habit unless the people are named.
  if (tr.ruleId === 'call.plural' && named.length < 2) { drop(st, tr, 'drop.plural-habit', 'plural calls with fewer than two people named tell of a habit'); return; }
  const verb = text.slice(tr.start - t.sentence.start);
  // The subject in the trigger's own clause when the sentence has several ("…, adding that Putin had calls with …").
  const afterReport = !!clause && REPORT_CUT.exec(text.slice(clause.start - t.sentence.start))?.index === 0;
  const inClause = clause && afterReport ? before.filter((p) => p.start >= clause.start && (p.actorId || p.name)) : [];
  const subject = distinct(inClause.length ? inClause : before.filter((p) => (p.actorId || p.name) && !(prev && p.start >= prev.start)));
  // Objects end where the sentence's next trigger starts: "met A and B, adding that Putin had phone calls with C and D".
  const nextTrigger = triggers.find((x) => x.start >= tr.end && x !== tr);
  const objectsEnd = Math.min(nextTrigger?.start ?? Infinity, clause?.end ?? Infinity);
  // "The Co-Chairs met with A on 1 December and with B on 2 December": a group named before the verb is its subject.
  if (subject.length === 0 && plural && GROUP_OF_ENVOYS.test(plural[0].toLowerCase()) && t.sentence.start + plural.index < tr.start) {
    const group = pluralReferent(text.slice(plural.index, plural.index + plural[0].length + 30), st).filter((p) => p.actorId || p.name);
    subject.push(...distinct(group));
    if (group.length) parts = [...subject, ...parts.filter((p) => !subject.some((q) => personKey(q) === personKey(p)))];
  }
  let objects = distinct(after.filter((p) => (p.actorId || p.name) && p.end <= objectsEnd && !spokenOf(p) && !elsewhere(p))).filter((p) => !subject.some((s) => personKey(s) === personKey(p)));
  if (fronted && subject.length === 0) {
    subject.push(fronted);
    objects = objects.filter((o) => o.end <= fronted.start && personKey(o) !== personKey(fronted));
  }
  // "Trump received each guest separately": the guests are the other people of the event just told.
  if (objects.length < 2 && subject.length === 1 && GUESTS.test(text) && st.last) {
    objects = st.last.people.filter((p) => personKey(p) !== personKey(subject[0]));
  }
  const place = locationOf(t, tr, places);
  // "conversations Putin had held with Aliyev and Pashinyan": the first named held one with each of the others.
  if (tr.ruleId === 'call.plural' && subject.length === 0 && objects.length >= 3) {
    subject.push(objects[0]);
    objects = objects.slice(1);
  }
  // "Shoigu spoke by phone with his Armenian and Azerbaijani counterparts", nobody else named: a call with each.
  const unnamed = distinctCountries(after.filter((p) => !p.actorId && !p.name && p.country && p.reference));
  // "… will meet with the Azerbaijani and Armenian foreign ministers on the margins of …": a meeting with each.
  if ((tr.type === 'call' || (tr.type === 'meeting' && (SEPARATE.test(text) || BILATERAL_TALKS.test(text)))) && subject.length === 1 && objects.length === 0 && unnamed.length >= 2 && !TOGETHER.test(text)) {
    for (const o of unnamed) {
      const d = newDraft(t, tr, date, c.dateRule);
      addPerson(d, subject[0]);
      addPerson(d, o);
      st.events.push(d);
    }
    f.made = true;
    made(st, tr, 'keep.each-counterpart', 'one contact with each of the counterparts described by country');
    return;
  }
  const splitCall = tr.type === 'call' && subject.length === 1 && objects.length >= 2 && (tr.ruleId === 'call.plural' || SEPARATE.test(text) || /\b(?:and then|then|later|afterwards)\b/.test(text.slice(objects[0].end - t.sentence.start, objects[objects.length - 1].start - t.sentence.start)));
  if (splitCall || (tr.type === 'meeting' && SPLIT_VERB.test(verb) && subject.length === 1 && objects.length >= 2 && (MEETINGS_WITH.test(verb) || separateMeetings(text, objects, t.sentence.start, verb, place?.country ?? null)))) {
    for (const o of objects) {
      // "met X on Wednesday and Y on Tuesday", "talks with Xi and Modi on Tuesday, and with Erdogan on
      // Wednesday": each meeting the first day said after its name, in the trigger's clause.
      const its = t.dates.find((x) => x.value && x.start >= o.end && x.start < objectsEnd && x.relation === 'on');
      const d = newDraft(t, tr, its?.value ?? date, its ? its.rule : c.dateRule);
      addPerson(d, subject[0]);
      addPerson(d, o);
      // The verb "meet" with two people: one meeting with each (separateMeetings).
      if (objects.length === 2 && MET_VERB.test(verb)) d.rules.add('meeting.met-each');
      if (place) d.location = place.name;
      st.events.push(d);
    }
    // "first separately and then together": the joint meeting as well.
    if (/\b(?:then|later|afterwards)\b[^.;]{0,30}\b(?:together|jointly|trilateral|three-way)\b/i.test(text)) {
      const d = newDraft(t, tr, date, c.dateRule);
      for (const p of [subject[0], ...objects]) addPerson(d, p);
      if (place) d.location = place.name;
      st.events.push(d);
    }
    f.made = true;
    made(st, tr, 'keep.each-person', 'one contact with each person met (separately, one after the other, or serving different states)');
    return;
  }
  const counted = triggers.filter((x) => !(x.type === 'summit' && SIDELINES.test(text.slice(0, x.start - t.sentence.start))));
  // The list of dates of the sentence's first event ends where the next event's trigger starts.
  const next = counted.find((x) => x.start >= tr.end);
  const listed = counted[0] === tr ? repeatedDates(t, date, next?.start ?? Infinity) : [];
  // "talks with Xi and Modi on Tuesday, and with Erdogan and Pezeshkian on Wednesday": each date
  // takes the people named between it and the date before.
  // (The subject may be a delegation: "The Co-Chairs (A, B and C) met X on May 2 and Y on May 3".)
  if (listed.length && subject.length >= 1 && byDate(objects, listed).every((g) => g.length > 0)) {
    const groups = byDate(objects, listed);
    const separate = /\bbilateral|separate/i.test(text);
    listed.forEach((dm, i) => {
      // "… in Yerevan Feb. 20 and … in Baku Feb. 21": each date takes the city named with it.
      const from = i === 0 ? tr.end : listed[i - 1].end;
      const own = places.find((p) => p.kind !== 'region' && p.start >= from && p.end <= dm.start);
      for (const group of separate ? groups[i].map((o) => [o]) : [groups[i]]) {
        const r = newDraft(t, tr, dm.value, 'date.enumerated');
        for (const p of [...subject, ...group]) addPerson(r, p);
        if (own ?? place) r.location = (own ?? place)!.name;
        st.events.push(r);
      }
    });
    f.made = true;
    made(st, tr, 'keep.each-date', 'the same contact on each date the sentence lists, with the people named before each');
    return;
  }
  const d = newDraft(t, tr, date, c.dateRule);
  for (const p of parts) addPerson(d, p);
  // "rounds on Feb. 24 and May 3": the same contact on each further date the sentence lists.
  // "in Astana in July, and in Moscow in April": each further date takes the place named before it.
  listed.slice(1).forEach((more, k) => {
    const r = newDraft(t, tr, more.value, 'date.enumerated');
    for (const p of parts) addPerson(r, p);
    const own = t.places.find((p) => p.start >= listed[k].end && p.end <= more.start);
    r.location = own?.name ?? place?.name ?? null;
    st.events.push(r);
  });
  if (place) d.location = place.name;
  if (tr.type === 'summit' && place) d.countries.add(place.country);
  // "a meeting of the Interstate Council of Azerbaijan and Kyrgyzstan, with Presidents A and B": a joint
  // body of states, as a commission is (cue joint_body): two states make it their bilateral meeting.
  // (With its people named: a headline's mention stays the gathering the body's report tells.)
  const jointBody = tr.type === 'summit' && d.people.length >= 2 && lex.cue.joint_body.test(text.slice(tr.start - t.sentence.start));
  if (tr.requires.includes('states') || jointBody) gatheringOfStates(t, tr, d);
  if (jointBody) d.rules.add('meeting.joint-body');
  if (tr.type === 'summit') pairSummit(t, tr, d);
  if (attendee) d.rules.add(ATTENDEE_RULE);
  if (besides != null) d.rules.add('meeting.besides-gerund');
  d.initiator = initiatorOf(g, lex, t, tr);
  st.events.push(d);
  f.made = true;
  made(st, tr, 'keep.contact', 'a contact word with two sides (or a gathering with its people, date or city)');
}

/** What the sentence leaves to the next ones: its date, its people, and the people and sentences of the event just told. */
function moveStory(g: Gazetteer, lex: Lexicon, t: Tagged, st: StoryState, f: Frame): void {
  const { text, when, people, triggers, topicSentence, made } = f;
  if (made) {
    const newest = st.events[st.events.length - 1];
    if (newest.dateRule !== 'date.embedded' && (when.moves || !topicSentence)) st.last = newest;
  } else if (f.attached) {
    // The sentence adds to the event just told: its topics are read by the topic stage (src/topics).
  } else if (st.last && !st.last.initiator && t.sentence.paragraph - st.last.evidence[0].paragraph <= 1 && /initiat|request/i.test(text)) {
    // "The conversation was initiated by the Azerbaijani side."
    st.last.initiator = initiatorOf(g, lex, t, null);
  } else if (st.last && st.last.type !== 'visit' && triggers.length === 0 && (!when.moves || toIso(when.value) === toIso(st.last.date)) && lex.cue.took_part.test(text)) {
    // "Putin, Lukashenko and Rahmon took part": those named before the verb were at the event just told.
    const at = t.sentence.start + lex.cue.took_part.exec(text)!.index;
    const present = people.filter((p) => (p.actorId || p.name) && p.end <= at);
    if (present.length) {
      for (const p of present) addPerson(st.last, p);
      addEvidence(st.last, t.sentence, EVIDENCE_TOOK_PART);
    }
  } else if (topicSentence && st.last) {
    // "The sides discussed …": a sentence of the event just told (its topics: src/topics).
    addEvidence(st.last, t.sentence, EVIDENCE_TOPIC);
  }
  // "Last week, …" moves the story to no day: what follows in the paragraph is of that week.
  if (when.moves && (when.value || when.rule === RECENT_PAST)) {
    // A sentence of some length with no contact word, after the story had a day (not the dateline or
    // the first date of the text): the day it gives is another happening's (afterOtherNews).
    st.dateOfOther = triggers.length === 0 && st.date != null && text.split(/\s+/).length >= 8 && !lex.quick.test(text);
    st.paragraphDays = t.sentence.paragraph === st.dateParagraph && toIso(st.date) !== toIso(when.value) ? st.paragraphDays + 1 : 1;
    st.date = when.value;
    st.dateParagraph = t.sentence.paragraph;
    st.dateRule = when.rule;
    st.dateSpan = t.dates.some((d) => d.relation === 'range' && toIso(d.value) === toIso(when.value));
  }
  // The last three sentences (kept in place: nothing else holds the list).
  if (st.prevSentences.length > 2) st.prevSentences.shift();
  st.prevSentences.push(text);
  for (const d of t.dates) if (d.value?.day != null) st.mentioned = d.value;
  // "The summit came ten days after the border clashes" (and no day of its own): a day the next
  // sentence may call "that day".
  const gap = DAY_OR_WEEK.test(text) ? DAYS_APART.exec(text) : null;
  const here = when.value ?? st.date;
  if (gap && here?.day != null && !t.dates.some((d) => d.value?.day != null) && !EVENT_WORD.test(text.slice(gap.index + gap[0].length, gap.index + gap[0].length + 60))) {
    const n = COUNT_WORDS[gap.groups!.n.toLowerCase()] ?? Number(gap.groups!.n);
    const days = n * (gap.groups!.unit.startsWith('week') ? 7 : 1);
    st.mentioned = addDays(here, gap.groups!.rel.toLowerCase() === 'after' ? -days : days);
  }
  const named = people.filter((p) => (p.actorId || p.name) && !p.reference);
  for (const list of listsOf(text, t.sentence.start, named)) st.lists = [list, ...(st.lists ?? [])].slice(0, 5);
  // The sentence's first person, named or described ("The Belarusian leader also had a call with …"): whom "he" or "the head of state" next points to.
  const first = people.find((p) => p.actorId || (p.name && !p.reference));
  if (first) {
    // Newest first, six at most, each person once (loops rather than spread, filter and slice copies).
    const key = personKey(first);
    const next = [first];
    for (const p of st.lastPeople) if (next.length < 6 && personKey(p) !== key) next.push(p);
    st.lastPeople = next;
  }
  if (first && !st.protagonist && (first.actorId || first.name) && !first.reference) st.protagonist = first;
  st.prevNamed = named;
  // Who speaks: a person named right before a verb of saying, or right after one.
  const spoken = f.quotes;
  const says = t.people.find((p) => p.actorId && !p.reference && !inside(p, spoken) && !p.role?.endsWith('spokesperson') && speaks(text, t.sentence.start, p));
  if (says) st.quoted = { person: says, paragraph: t.sentence.paragraph };
  if (named.length) {
    const seen = new Set(named.map(personKey));
    const next = named.slice(0, 12);
    for (const p of st.recentPeople) if (next.length < 12 && !seen.has(personKey(p))) next.push(p);
    st.recentPeople = next;
  }
}

/**
 * A joint body's meeting ("the 34th meeting of the interparliamentary commission between the
 * Federation Council and the Parliament of Armenia was held …"): the states its clause names take
 * part, named people or not; two states make it a bilateral meeting, not a summit.
 */
const AT_PLACE = /\b(?:in|at)\s+$/;
function gatheringOfStates(t: Tagged, tr: FoundTrigger, d: Draft): void {
  const text = t.sentence.text;
  const states = new Set(
    t.countries
      .filter((c) => c.rule !== 'country.metonym' && sameClause(t, tr.start, c.start) && !AT_PLACE.test(text.slice(Math.max(0, c.start - t.sentence.start - 4), c.start - t.sentence.start)))
      .map((c) => c.code),
  );
  for (const p of d.people) if (p.country) states.add(p.country);
  if (states.size < 2) return;
  for (const c of states) d.countries.add(c);
  if (states.size === 2) d.type = 'meeting';
}

/** From an attendee to the verb: a relative clause ("Tokayev, who is in Minsk to attend"). */
const WHO_ATTENDS = /^,?\s+who\b[^,;:]{0,60}$/;
/** From an attendee to the verb: an infinitive of what the main verb's object does ("thanked Y for taking up our invitation to participate in"). */
const INFINITIVE_ATTENDS = /^[^,;:]{0,60}\bto\s+$/;

/**
 * Who the sentence says attends the gathering `tr` names: the person a relative clause or an
 * infinitive ties to the verb of attending. Null when the sentence does not say so (then all its
 * people count, as before). (The subject of a verb list, "will hold talks with Y, attend the forum",
 * was tried too: it lowered the blind half.)
 */
function attendeeOf(lex: Lexicon, t: Tagged, tr: FoundTrigger, people: PersonMention[]): PersonMention | null {
  const text = t.sentence.text;
  const lead = text.slice(0, tr.start - t.sentence.start);
  const verb = lex.cue.attend_before.exec(lead);
  if (!verb) return null;
  const at = t.sentence.start + verb.index;
  const named = people.filter((p) => (p.actorId || p.name) && p.end <= at);
  const last = named[named.length - 1];
  if (!last) return null;
  const between = text.slice(last.end - t.sentence.start, verb.index);
  return WHO_ATTENDS.test(between) || INFINITIVE_ATTENDS.test(between) ? last : null;
}

/**
 * The comma that closes a fronted gerund of another contact ("In addition to meeting the president |,
 * the premier also met …"; cue besides_gerund), as an offset in the document; null when the sentence
 * does not open so.
 */
function besidesComma(t: Tagged, lex: Lexicon): number | null {
  const first = t.triggers[0];
  if (!first) return null;
  const text = t.sentence.text;
  const at = first.start - t.sentence.start;
  if (!lex.cue.besides_gerund.test(text.slice(0, at))) return null;
  const comma = text.indexOf(',', first.end - t.sentence.start);
  return comma < 0 ? null : t.sentence.start + comma;
}

const RELATIVE_PRONOUN = /,\s+(?:which|who|whom|whose|where)\b/g;
/**
 * The first relative clause after `tr` ("…, which Pashinyan had visited a week earlier", "…, who had met
 * Scholz that morning") that holds a trigger of its own, to the sentence's end or its next ";"; null if none.
 */
function relativeContact(t: Tagged, tr: FoundTrigger): { start: number; end: number } | null {
  const text = t.sentence.text;
  const from = tr.end - t.sentence.start;
  RELATIVE_PRONOUN.lastIndex = from;
  const m = RELATIVE_PRONOUN.exec(text);
  if (!m) return null;
  const stop = text.indexOf(';', m.index);
  const span = { start: t.sentence.start + m.index, end: t.sentence.start + (stop < 0 ? text.length : stop) };
  return t.triggers.some((x) => x !== tr && x.start >= span.start && x.end <= span.end) ? span : null;
}

/**
 * The people of the relative clause `tr` stands in, when the clause follows another trigger ("met
 * Aliyev in Sochi, where Pashinyan had held talks with Erdogan"): those named in it, and for "who" the
 * person before it. Null when `tr` is in no such clause.
 */
function inRelative(t: Tagged, tr: FoundTrigger, people: PersonMention[]): PersonMention[] | null {
  const span = relativeSpan(t, tr);
  if (!span) return null;
  const own = people.filter((p) => (p.actorId || p.name) && p.start >= span.start && p.end <= span.end);
  const who = span.who ? [...people].reverse().find((p) => (p.actorId || p.name) && p.end <= span.start) : undefined;
  return who ? [who, ...own] : own;
}

/** The clause a trigger after another trigger's relative pronoun stands in ("…, where X had held talks with Y on 11 May"). */
function relativeSpan(t: Tagged, tr: FoundTrigger): { start: number; end: number; who: boolean } | null {
  const text = t.sentence.text;
  const at = tr.start - t.sentence.start;
  let pronoun: RegExpExecArray | null = null;
  RELATIVE_PRONOUN.lastIndex = 0;
  for (let m = RELATIVE_PRONOUN.exec(text); m && m.index < at; m = RELATIVE_PRONOUN.exec(text)) pronoun = m;
  if (!pronoun || text.slice(pronoun.index, at).includes(';')) return null;
  const start = t.sentence.start + pronoun.index;
  if (!t.triggers.some((x) => x !== tr && x.end <= start)) return null;
  const stop = text.indexOf(';', at);
  return { start, end: t.sentence.start + (stop < 0 ? text.length : stop), who: /who/.test(pronoun[0]) };
}

/** A day said in the relative clause of such a trigger, after it: that contact's own day. */
function relativeDate(t: Tagged, tr: FoundTrigger): DateValue | null {
  if (tr.type === 'summit') return null;
  const span = relativeSpan(t, tr);
  return span ? t.dates.find((d) => d.value?.day != null && d.start >= tr.end && d.end <= span.end)?.value ?? null : null;
}

/** Right before a name: "with" and up to five words of title ("with Azerbaijani President"). */
const WITH_BEFORE = /\bwith\s+(?:(?:the|his|her|their)\s+)?(?:[\p{L}'’.-]+\s+){0,5}$/u;

/** A sentence opening on its event: "In separate phone calls with …", "During talks with …". */
const FRONTED = /^\s*(?:In|During|Over)\s+(?:[a-z-]+\s+){0,3}$/;
/** A verb of informing and what it informs of, before a trigger. Not an agency's tag ("The agency informs, the premier is to …"). */
const INFORMING = String.raw`\b(?:inform(?:s|ed|ing)?|brief(?:s|ed)|told|tells|updat(?:es|ed|ing))\b(?!\s*,)[^.;]{0,60}?\b`;
const INFORMED_ABOUT = new RegExp(String.raw`${INFORMING}(?:about|on|of|regarding)\s+(?:[\w'’-]+\s+){0,3}$`, 'i');
/** After a trigger: "… and informed him about …" — what follows is told of. */
const INFORMED_OF = new RegExp(String.raw`${INFORMING}(?:about|on|of|regarding)\b`, 'i');
const ALTERNATIVE_VERB = /^\s+(?:or|and)\s+$/;

/**
 * "The 22nd India-Russia annual summit", "the US-Russia summit in Helsinki": a summit named for two
 * states is their leaders' meeting (not "the Uzbek-Russian interregional forum") (SCHEMA: a meeting is bilateral or trilateral; a summit a gathering).
 */
const PAIR_DASH = /^\s?[-–—]\s?$/;
const PAIR_TO_TRIGGER = /^\s+(?:[a-z-]+\s+){0,2}$/;
function pairSummit(t: Tagged, tr: FoundTrigger, d: Draft): void {
  const text = t.sentence.text;
  const at = t.sentence.start;
  // A forum of two states' regions or businesses is still a gathering.
  if (!/^summit/i.test(text.slice(tr.start - at, tr.end - at))) return;
  const second = [...t.countries].reverse().find((c) => c.end <= tr.start && PAIR_TO_TRIGGER.test(text.slice(c.end - at, tr.start - at)));
  const first = second && t.countries.find((c) => c.end <= second.start && c.code !== second.code && PAIR_DASH.test(text.slice(c.end - at, second.start - at)));
  if (!second || !first) return;
  d.type = 'meeting';
  d.countries.add(first.code);
  d.countries.add(second.code);
}

/**
 * Among the events told together with the last one (same day, same kind), the one that already has
 * every named person of a sentence that tells of "the meeting" again; null when the last one has them
 * or none does.
 */
function toldWith(st: StoryState, told: PersonMention[]): Draft | null {
  const last = st.last!;
  const keys = told.filter((p) => !p.reference).map(personKey);
  if (keys.length === 0) return null;
  if (hasEveryone(last, keys)) return null;
  for (let i = st.events.length - 1; i >= 0; i--) {
    const d = st.events[i];
    if (d === last) continue;
    if (d.type !== last.type || toIso(d.date) !== toIso(last.date)) break;
    if (hasEveryone(d, keys)) return d;
  }
  return null;
}

/** Does the event have every person of `keys` (personKey)? */
function hasEveryone(d: Draft, keys: string[]): boolean {
  return keys.every((k) => d.people.some((p) => personKey(p) === k));
}

/** "The talks came five days after X and Y met in Brussels": the inner event, counted back from this one. */
function shiftedDate(t: Tagged, tr: FoundTrigger, base: DateValue | null): DateValue | null {
  if (!base?.day) return null;
  const a = t.shifted.find((x) => tr.start >= x.start && tr.end <= x.end);
  if (!a?.days) return null;
  // "… two weeks after his first call with a Western leader: Scholz rang him on 15 November": the day given wins.
  if (t.dates.some((d) => d.value?.day != null && d.start >= a.start && d.end <= a.end)) return null;
  return addDays(base, a.relation === 'after' ? -a.days : a.relation === 'before' ? a.days : 0);
}

/** People between one listed date and the one before it (the first group starts at the trigger). */
function byDate(people: PersonMention[], dates: DateMention[]): PersonMention[][] {
  return dates.map((d, i) => people.filter((p) => p.start < d.start && (i === 0 || p.start > dates[i - 1].end)));
}

/** "ten days after", "two weeks before": how far this sentence's day lies from something it names. */
const DAYS_APART = /\b(?<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty)\s+(?<unit>days?|weeks?)\s+(?:to the day\s+)?(?<rel>after|before)\s+(?:the\s+)?/i;
/** A cheap test before DAYS_APART (one expression scans faster than two searches for a string starting with a space). */
const DAY_OR_WEEK = / day| week/;
const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20 };
/** Words of a contact: an anchor on one is resolved by the anchor rules, not here. */
const EVENT_WORD = /^[^,;.]*?\b(?:visit|trip|meeting|talks|summit|session|call|conversation|consultations|forum|negotiations|met|visited|called|spoke|hosted|received)\b/i;
const RELATIVE_DAYS = new Set<DateMention['relation']>(['same-day', 'that-day', 'day-before', 'day-after']);
/** Further day dates listed with "and", "followed by" or commas after the sentence's date, up to `until`. */
function repeatedDates(t: Tagged, date: DateValue | null, until: number): DateMention[] {
  if (date?.month == null) return [];
  // Days listed after a day, months after a month ("in Astana in July, and in Moscow in April"); the
  // list may start from a relative day ("on that day and again on Sunday"), which dated the sentence.
  const byDay = date.day != null;
  const days = t.dates.filter((d) => d.end <= until && (d.value ? d.value.month != null && (d.value.day != null) === byDay : byDay && RELATIVE_DAYS.has(d.relation)) && d.relation !== 'after' && d.relation !== 'before' && d.relation !== 'since');
  const first = days.findIndex((d) => (d.value ? d.value.month === date.month && d.value.day === date.day : true));
  if (first < 0) return [];
  const out: DateMention[] = [days[first].value ? days[first] : { ...days[first], value: date }];
  for (let i = first + 1; i < days.length; i++) {
    const gap = t.sentence.text.slice(days[i - 1].end - t.sentence.start, days[i].start - t.sentence.start);
    if (!days[i].value || !/^(?:,?\s*(?:and|as well as|followed by)\b[^.;]{0,60}?|,\s*)\s*(?:on\s+)?$/.test(gap)) break;
    out.push(days[i]);
  }
  return out.length > 1 ? out : [];
}

/** A date that belongs to a clause the trigger is in ("the outcome of the talks ... on April 6"). */
function embeddedDate(t: Tagged, tr: FoundTrigger, lex: Lexicon): DateValue | null {
  // "since January 11, when the three leaders met in Moscow": the date introduces the trigger's clause.
  for (const d of t.dates) {
    if (!d.value || d.end > tr.start) continue;
    const between = t.sentence.text.slice(d.end - t.sentence.start, tr.start - t.sentence.start);
    if (/^,?\s*when\b[^,;.]{0,60}$/.test(between)) return d.value;
  }
  for (const d of t.dates) {
    if (!d.value || d.start < tr.end) continue;
    const lead = t.sentence.text.slice(0, d.start - t.sentence.start);
    const cue = lex.cue.embedded_date.exec(lead);
    if (cue && cue.index < tr.start - t.sentence.start && !/[,;]/.test(t.sentence.text.slice(tr.end - t.sentence.start, d.start - t.sentence.start))) return d.value;
  }
  return null;
}
