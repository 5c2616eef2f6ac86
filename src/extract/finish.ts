// Drafts → extracted events: countries from the participants, a location inherited from a visit
// the same day or from the city the story opens on, evidence spans with their rules.
import type { DateValue, Doc, ExtractedEvent } from '../types.ts';
import type { Draft } from './draft.ts';
import { ATTENDEE_RULE, ON_MARGINS, personKey } from './draft.ts';
import { dayNumber, toIso } from './dates.ts';
import type { PlaceMention } from './places.ts';
import { leftOut, type Trace } from './trace.ts';

/** What the document as a whole says of where and when: the city its head names, and its date. */
export interface Setting {
  /** The first city of the headline, dateline or lede ("TASHKENT, October 19", "Lavrov arrives in Baku"). */
  lead: PlaceMention | null;
  date: DateValue | null;
}

/**
 * A meeting, visit or summit of the story's own days with no place of its own took place in the city
 * the story opens on (its dateline or headline): a visit only when that city is in the country visited
 * and not in the visitor's own.
 */
function leadLocation(d: Draft, setting: Setting, all: Draft[]): void {
  const { lead, date } = setting;
  if (d.location || !lead || d.type === 'call') return;
  const near = d.date && date ? d.date.day != null && date.day != null && Math.abs(dayNumber(d.date) - dayNumber(date)) <= 3 : !d.date && !date;
  if (!near) return;
  // Not the visitor's own capital ("… completed his visit to Kazakhstan and returned to Ashgabat").
  if (d.type === 'visit' && !hostedIn(d, lead.country)) return;
  // Nor for talks held during a participant's visit that day to another country.
  const keys = new Set(d.people.map(personKey));
  if (d.type !== 'visit' && all.some((v) => v.type === 'visit' && toIso(v.date) === toIso(d.date) && v.people.some((p) => keys.has(personKey(p))) && !hostedIn(v, lead.country))) return;
  d.location = lead.name;
  d.rules.add('location.lead');
}

/** Is the country one the visit went to (named for it, and not a visitor's own)? */
function hostedIn(visit: Draft, country: string): boolean {
  return visit.countries.has(country) && !visit.people.some((p) => p.country === country);
}

function inheritLocation(d: Draft, all: Draft[]): void {
  if (d.location || d.type === 'visit') return;
  const keys = new Set(d.people.map(personKey));
  const visit = all.find((v) => v.type === 'visit' && v.location && toIso(v.date) === toIso(d.date) && v.date?.day != null && v.people.some((p) => keys.has(personKey(p))));
  if (visit) {
    d.location = visit.location;
    d.rules.add('location.visit');
  }
}

/**
 * "Within the framework of the forum, Lavrov met Mirzoyan. The same day, he met Bayramov": people who
 * met the same day in the paragraph that tells of a gathering were at the gathering.
 */
function gatherAttendees(s: Draft, all: Draft[]): void {
  if (s.type !== 'summit' || s.date?.day == null) return;
  // Its attendees were said in its own sentence ("Y, who is in Minsk to attend the forum").
  if (s.rules.has(ATTENDEE_RULE)) return;
  // Not the paragraph that names the gathering only as where others met aside, when it is told elsewhere too.
  const full = s.evidence.filter((e) => !ON_MARGINS.test(e.text));
  const paragraphs = new Set((full.length ? full : s.evidence).map((e) => e.paragraph));
  for (const m of all) {
    // (A meeting dated to the month of a span of days the gathering lasted is on one of its days.)
    if (m === s || m.type !== 'meeting' || (toIso(m.date) !== toIso(s.date) && !withinMonth(m.date, s.date))) continue;
    if (!m.evidence.some((e) => paragraphs.has(e.paragraph))) continue;
    for (const p of m.people) if (!s.people.some((q) => personKey(q) === personKey(p))) s.people.push(p);
    s.rules.add('summit.same-day-meetings');
  }
}

/** A date known to the month only, the month of `day`. */
function withinMonth(month: DateValue | null, day: DateValue | null): boolean {
  return !!month && !!day && month.day == null && month.month != null && month.year === day.year && month.month === day.month;
}

function spokesperson(p: { role: string | null }): boolean {
  return !!p.role?.endsWith('spokesperson');
}

/** Words that tell a meeting of a few sides, whatever its size: "trilateral", "five-way", "together with". */
const FEW_SIDES = /\b(?:bilateral|trilateral|tripartite|quadrilateral|(?:two|three|four|five|six)-(?:way|party|sided)|together with|one-on-one)\b/i;
/** How many states' people make a gathering rather than a meeting (CONVENTIONS 1). */
const GATHERING_STATES = 5;

/** Trigger rules of a host's reception: "the five ministers were received by the president" is his meeting with them. */
const RECEPTION_RULES = ['meeting.will-host', 'meeting.hosted', 'meeting.hosting', 'meeting.welcomed'];

/**
 * "a session of six foreign ministers in a regional format with Russia" with its six ministers
 * named, "X held talks with the five presidents of Central Asia": people of five or more states meeting
 * together are a session of a format or an organisation, a summit (CONVENTIONS 1: a meeting is
 * bilateral or trilateral), unless the text calls it a meeting of a few sides or one host receives them.
 */
function manyStates(d: Draft): void {
  if (d.type !== 'meeting' || RECEPTION_RULES.some((r) => d.rules.has(r))) return;
  const states = new Set(d.people.map((p) => p.country).filter(Boolean));
  if (states.size < GATHERING_STATES || d.evidence.some((e) => FEW_SIDES.test(e.text))) return;
  d.type = 'summit';
  d.rules.add('type.many-states');
}

export function finish(doc: Doc, drafts: Draft[], setting: Setting = { lead: null, date: null }, trace?: Trace): ExtractedEvent[] {
  for (const d of drafts) manyStates(d);
  for (const d of drafts) inheritLocation(d, drafts);
  for (const d of drafts) leadLocation(d, setting, drafts);
  for (const d of drafts) gatherAttendees(d, drafts);
  // A spokesperson tells of contacts, and is not a party to them.
  // (A call or meeting left with one side is none: the spokesperson was its only other party.)
  const spoken = new Set<Draft>();
  for (const d of drafts) {
    if (!d.people.some(spokesperson)) continue;
    d.people = d.people.filter((p) => !spokesperson(p));
    if (d.type !== 'summit' && d.type !== 'visit' && d.people.length < 2 && new Set([...d.countries, ...d.people.map((p) => p.country)].filter(Boolean)).size < 2) spoken.add(d);
  }
  const nobody = (d: Draft): boolean => !(d.people.length > 0 || d.countries.size > 1);
  if (trace) {
    for (const d of drafts) {
      if (spoken.has(d)) leftOut(trace, d, 'drop.spokesperson-side', 'the only other party was a spokesperson, who tells of contacts and takes no part');
      else if (nobody(d)) leftOut(trace, d, 'drop.nobody', 'nobody named and fewer than two countries');
    }
  }
  return drafts
    .filter((d) => !nobody(d) && !spoken.has(d))
    .map((d) => {
      const countries = new Set(d.countries);
      for (const p of d.people) if (p.country) countries.add(p.country);
      return {
        doc: doc.id,
        type: d.type,
        date: toIso(d.date),
        participants: d.people.map((p) => ({ actorId: p.actorId, name: p.name, country: p.country, role: p.role })),
        countries: [...countries],
        initiator: d.initiator,
        location: d.location,
        // Filled by the topic stage (src/topics) once every event of the document is known.
        topics: [],
        evidence: d.evidence.map((s) => ({ start: s.start, end: s.end, sentence: doc.text.slice(s.start, s.end), rule: d.told.get(s) ?? [...d.rules][0] })),
        rules: [...d.rules],
      };
    });
}
