// Within one document, mentions of one event become one event: same date, and the people of one
// are among the people of the other (at least two people, or the same visitor). The stronger
// trigger decides the type ("spoke with" after "telephone conversation" stays a call); a weak
// "spoke with" on the day of a meeting between the same people is that meeting.
import type { Draft } from './draft.ts';
import { ON_MARGINS, addEvidence, aside, forgetAside, personKey } from './draft.ts';
import type { DateValue } from '../types.ts';
import { dayNumber, toIso } from './dates.ts';
import { merged as joinedIn, type Trace } from './trace.ts';

/** Words that make a meeting a different, larger one than the bilaterals around it. */
const MULTI = /\b(?:trilateral|tripartite|three-way|four-way|quadrilateral|five-way)\b/i;

/** A trip's stops are at most this many days apart. */
const TRIP_DAYS = 3;

/**
 * What the comparisons ask of each draft, by draft, for one merge: its people's keys (with how many
 * people they were built from) and its date as text (with the date it was made from).
 */
type KeyMemo = Map<Draft, { n: number; keys: Set<string>; date: DateValue | null | undefined; iso: string | null }>;

function known(d: Draft, memo: KeyMemo) {
  let m = memo.get(d);
  if (!m) memo.set(d, (m = { n: -1, keys: new Set(), date: undefined, iso: null }));
  return m;
}

/**
 * The keys of a draft's people, built again only when its people have grown (they only grow, by
 * `absorb`): every pair of drafts is compared, and each comparison asks for them several times.
 */
function keys(d: Draft, memo: KeyMemo): Set<string> {
  const m = known(d, memo);
  if (m.n !== d.people.length) {
    m.keys = new Set(d.people.map(personKey));
    m.n = d.people.length;
  }
  return m.keys;
}

/** toIso of the draft's date, made again only when `absorb` gave it another date. */
function iso(d: Draft, memo: KeyMemo): string | null {
  const m = known(d, memo);
  if (m.date !== d.date) {
    m.iso = toIso(d.date);
    m.date = d.date;
  }
  return m.iso;
}

/** Do the two drafts have a country in common? */
function shareCountry(a: Draft, b: Draft, loose = false): boolean {
  // Visits: the countries gone to, not the visitor's own ("Tokayev in Tashkent" and "Tokayev in Moscow"
  // share Kazakhstan only through him); a visit whose destination is unknown may be either. (An undated
  // mention, a headline, whose destination is read from fewer words, only when both name the city.)
  if (a.type === 'visit' && b.type === 'visit' && (!loose || (a.location && b.location))) {
    const ta = destinations(a);
    const tb = destinations(b);
    if (ta.length && tb.length) return ta.some((c) => tb.includes(c));
  }
  for (const c of a.countries) if (b.countries.has(c)) return true;
  return false;
}

/** A visit's countries other than its visitors' own. */
function destinations(d: Draft): string[] {
  return [...d.countries].filter((c) => !d.people.some((p) => p.country === c));
}

function equal(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && subset(a, b);
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const k of a) if (!b.has(k)) return false;
  return true;
}

/** Stops of one trip: the same visitor in the same country within a few days. */
function sameTrip(a: Draft, b: Draft, memo: KeyMemo): boolean {
  if (a.type !== 'visit' || b.type !== 'visit' || !a.date?.day || !b.date?.day) return false;
  const ka = keys(a, memo);
  const kb = keys(b, memo);
  if (ka.size === 0 || !subset(ka, kb) || !subset(kb, ka)) return false;
  if (!shareCountry(a, b)) return false;
  return Math.abs(dayNumber(a.date) - dayNumber(b.date)) <= TRIP_DAYS;
}


/**
 * One sentence naming one contact twice ("a meeting on Thursday between X and Y — the first
 * consultations in four years"): two meeting words of the same people in the same sentence, one of
 * them dated by the sentence's own words and the other by the story, are one meeting. (Not dates the
 * sentence lists for its trigger, "on 2 May and again on 9 May", nor a date it gives each.)
 */
function oneSentenceTwice(a: Draft, b: Draft, memo: KeyMemo): boolean {
  if (a.type !== 'meeting' || b.type !== 'meeting' || a.evidence[0] !== b.evidence[0]) return false;
  if (a.dateRule === 'date.enumerated' || b.dateRule === 'date.enumerated') return false;
  if ((a.dateRule === 'date.embedded') === (b.dateRule === 'date.embedded')) return false;
  const ka = keys(a, memo);
  return ka.size >= 2 && equal(ka, keys(b, memo));
}

/** A plan the text gives no day for, dated only by the document ("Putin will visit Tehran"): its day may be told later. */
function planDatedByDocument(d: Draft): boolean {
  return d.future && d.dateRule === 'date.document';
}

function sameEvent(a: Draft, b: Draft, memo: KeyMemo): boolean {
  if (sameTrip(a, b, memo)) return true;
  if (oneSentenceTwice(a, b, memo)) return true;
  const da = planDatedByDocument(a) && !planDatedByDocument(b) ? null : iso(a, memo);
  const db = planDatedByDocument(b) && !planDatedByDocument(a) ? null : iso(b, memo);
  // A mention without a date (a headline, "the talks") is the dated event of the same people and kind;
  // in a text that dates nothing, the other undated mention of them.
  if (!da || !db) {
    // Not the contact a sentence counts from ("their first meeting since January"): an undated
    // mention, a headline, tells the story's own event, which the same sentence goes on to tell.
    if ((!da && b.dateRule === 'date.since') || (!db && a.dateRule === 'date.since')) return false;
    const shared = a.type !== 'visit' || shareCountry(a, b, true);
    if (a.type === 'summit' && b.type === 'summit') return (subset(keys(a, memo), keys(b, memo)) || subset(keys(b, memo), keys(a, memo))) && (!a.location || !b.location || a.location === b.location);
    const ka = keys(a, memo);
    const kb = keys(b, memo);
    // A weak word ("conversation", "spoke") for the same two people, where the other is told in full:
    // the same contact, as on a dated day below.
    if (a.type !== b.type && a.type !== 'visit' && b.type !== 'visit' && ka.size >= 2 && equal(ka, kb) && Math.min(a.strength, b.strength) <= 2) return true;
    if (a.type !== b.type || !shared) return false;
    if (ka.size >= (a.type === 'visit' ? 1 : 2) && equal(ka, kb)) return true;
    // "X received Y. … were present at the meeting": the meeting told again, with more of its people
    // (a call told again by a spokesman who reports it: he is dropped later, as a teller).
    const [small, big] = ka.size <= kb.size ? [ka, kb] : [kb, ka];
    return (a.type === 'meeting' || a.type === 'call') && small.size >= 2 && subset(small, big) && (a.weak || b.weak) && !a.evidence.some((e) => MULTI.test(e.text)) && !b.evidence.some((e) => MULTI.test(e.text));
  }
  // "not met since January" beside the meeting the text tells on 11 January: the same meeting.
  if (da !== db && sinceMonth(a, b) && a.type === b.type && equal(keys(a, memo), keys(b, memo))) return true;
  if (da !== db) return false;
  const ka = keys(a, memo);
  const kb = keys(b, memo);
  if (a.type === 'visit' || b.type === 'visit') return a.type === b.type && ka.size > 0 && subset(ka, kb) && subset(kb, ka);

  if (a.type === 'summit' || b.type === 'summit') {
    // "the leaders gathered at the summit Armenia hosted": a meeting of three or more of its participants is the summit.
    if (a.type !== b.type) {
      const [s, m] = a.type === 'summit' ? [ka, kb] : [kb, ka];
      const other = a.type === 'summit' ? b : a;
      // A trilateral the same day is its own event; four or more heads, or a passing mention, is the
      // summit, unless they met "on the margins of" it.
      return other.type === 'meeting' && (m.size >= 4 || (other.weak && m.size >= 3)) && subset(m, s) && !other.evidence.some((e) => ON_MARGINS.test(e.text));
    }
    return ka.size > 0 && (subset(ka, kb) || subset(kb, ka)) && (!a.location || !b.location || a.location === b.location);
  }
  const [small, big] = ka.size <= kb.size ? [ka, kb] : [kb, ka];
  if (small.size < 2 || !subset(small, big)) return false;
  // "the trilateral meeting with his Azerbaijani and Georgian counterparts" (one of them not named)
  // beside the bilateral of the same two people: more states, told as trilateral, is another meeting.
  const [fewer, more] = a.countries.size <= b.countries.size ? [a, b] : [b, a];
  if (more.countries.size > fewer.countries.size && [...fewer.countries].every((c) => more.countries.has(c)) && more.evidence.some((e) => MULTI.test(e.text)) && !fewer.evidence.some((e) => MULTI.test(e.text))) return false;
  // A bilateral and a trilateral meeting of the same day are two events, unless one is told only in passing.
  if (small.size < big.size && !a.weak && !b.weak) return false;
  const larger = ka.size >= kb.size ? a : b;
  if (small.size < big.size && larger.evidence.some((s) => MULTI.test(s.text))) return false;
  if (a.type === b.type) return true;
  return Math.min(a.strength, b.strength) <= 2;
}

/**
 * For the trace (trace.ts): what two mentions sameEvent joined had in common, as a rule and a reason.
 * Read off the pair, not off sameEvent's branches: it says what matched, in the terms of its tests.
 */
function whyJoined(a: Draft, b: Draft, memo: KeyMemo): [string, string] {
  const ka = keys(a, memo);
  const kb = keys(b, memo);
  const people = equal(ka, kb) ? 'the same people' : subset(ka, kb) || subset(kb, ka) ? 'the people of one among those of the other' : 'people in common';
  if (sameTrip(a, b, memo)) return ['merge.same-trip', `stops of one trip: the same visitor in the same country within ${TRIP_DAYS} days`];
  if (oneSentenceTwice(a, b, memo)) return ['merge.one-sentence', 'one sentence names the meeting of the same people twice, once with its own date'];
  const da = iso(a, memo);
  const db = iso(b, memo);
  if (!da || !db || planDatedByDocument(a) !== planDatedByDocument(b)) return ['merge.undated-mention', `a mention without a day of its own (${da ?? 'no date'} / ${db ?? 'no date'}) of the same kind, ${people}`];
  if (a.type !== b.type) return ['merge.other-word', `the same day (${da}), ${people}: one told by a weaker word (${a.type} / ${b.type})`];
  return ['merge.same-day', `the same day (${da}), the same kind (${a.type}), ${people}`];
}

/**
 * Rules that date a contact by its month only because the text gave no day for it where it was told:
 * the contact counted from ("since January"), one told "during the trip" (events.ts, duringTrip).
 * Another mention of the same contact on a day of that month gives its day.
 */
const MONTH_TILL_TOLD = new Set(['date.since', 'date.during-trip']);

/** One of the two is a contact known only by its month (MONTH_TILL_TOLD), the other a day of that month. */
function sinceMonth(a: Draft, b: Draft): boolean {
  const [m, d] = MONTH_TILL_TOLD.has(a.dateRule) && a.date?.day == null ? [a, b] : [b, a];
  return MONTH_TILL_TOLD.has(m.dateRule) && m.date?.day == null && m.date?.month != null && d.date?.day != null && d.date.year === m.date.year && d.date.month === m.date.month;
}

function absorb(into: Draft, from: Draft): void {
  // Between a summit and a meeting of its people, the one told in full decides ("The Prague summit"
  // after a four-way meeting in Prague stays a meeting).
  if (from.type === 'summit' && into.type === 'meeting') {
    if (!from.weak || into.weak) {
      into.type = 'summit';
      into.strength = from.strength;
    }
  } else if (into.type === 'summit' && from.type === 'meeting') {
    if (into.weak && !from.weak) {
      into.type = 'meeting';
      into.strength = from.strength;
    }
  } else if (from.strength > into.strength) {
    into.type = from.type;
    into.strength = from.strength;
  }
  // A summit known only from the sidelines takes the people of its full account, and gives none to it.
  // (A summit told by one person only, a headline's "Putin at the SCO summit", is not told in full.)
  if (aside(into) && !aside(from) && from.type === 'summit' && from.people.length >= 2) forgetAside(into);
  if (!(aside(from) && !aside(into) && into.type === 'summit' && into.people.length >= 2)) {
    for (const p of from.people) if (!into.people.some((q) => personKey(q) === personKey(p))) into.people.push(p);
  }
  for (const c of from.countries) into.countries.add(c);
  // One sentence naming the meeting twice: the date its own words give, not the story's.
  const ownDate = !!from.date && into.evidence[0] === from.evidence[0] && from.dateRule === 'date.embedded' && into.dateRule !== 'date.embedded';
  if (((!into.date || planDatedByDocument(into)) && from.date && !planDatedByDocument(from)) || ownDate) {
    into.date = from.date;
    into.dateRule = from.dateRule;
  }
  if (into.type === 'visit' && from.date && into.date && toIso(from.date)! < toIso(into.date)!) into.date = from.date;
  // The day the text tells for the contact counted from ("since January" … "on 11 January").
  if (MONTH_TILL_TOLD.has(into.dateRule) && into.date?.day == null && from.date?.day != null) {
    into.date = from.date;
    into.dateRule = from.dateRule;
  }
  into.location ??= from.location;
  into.weak = into.weak && from.weak;
  into.initiator ??= from.initiator;
  for (const s of from.evidence) addEvidence(into, s, from.told.get(s) ?? [...from.rules][0]);
  for (const r of from.rules) into.rules.add(r);
}

export function mergeMentions(drafts: Draft[], trace?: Trace): Draft[] {
  const out: Draft[] = [];
  const memo: KeyMemo = new Map();
  for (const d of drafts) {
    const same = out.find((o) => sameEvent(o, d, memo));
    if (same) {
      if (trace) joinedIn(trace, d, same, ...whyJoined(same, d, memo));
      absorb(same, d);
      // Its people may have been replaced, not only grown (a summit first known from its sidelines).
      memo.delete(same);
    } else out.push(d);
  }
  return out;
}
