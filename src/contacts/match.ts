// Do two accounts, from different documents, report the same contact? A pure decision on date
// (a day's tolerance for reporting lag; a month-only date matches any day of its month), type,
// participants (by actor id), states and place, returned with the reason so every merge can be
// explained.

/** What the matcher needs to know about one account. */
export interface AccountKey {
  uid: string;
  documentId: number;
  type: string;
  date: string | null;
  /** Actor ids; ids of people not in the gazetteer start with `x:`. */
  actors: string[];
  countries: string[];
  location: string | null;
}

export interface MatchReason {
  type: string;
  dates: [string, string];
  dateRule: 'same-day' | 'one-day-apart' | 'same-month';
  shared: string[];
  place: string | null;
  score: number;
}

/** Reporting lag tolerated between two day dates, in days. */
export const DAY_TOLERANCE = 1;

/**
 * Types that one contact may be reported as: a trilateral of leaders is told as a summit ("the Sochi
 * summit"). A visit and the talks held during it are two contacts (CONVENTIONS 3: meetings during a
 * visit are separate records), as a call and a meeting are.
 */
const COMPATIBLE: Record<string, string[]> = {
  call: ['call'],
  meeting: ['meeting', 'summit'],
  visit: ['visit'],
  summit: ['summit', 'meeting'],
};

function dayNumber(d: string): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
}

export function dateRule(a: string | null, b: string | null): MatchReason['dateRule'] | null {
  if (!a || !b || a.length < 7 || b.length < 7) return null;
  if (a.length === 10 && b.length === 10) {
    const gap = Math.abs(dayNumber(a) - dayNumber(b));
    return gap === 0 ? 'same-day' : gap <= DAY_TOLERANCE ? 'one-day-apart' : null;
  }
  return a.slice(0, 7) === b.slice(0, 7) ? 'same-month' : null;
}

/** 'bilateral' for two states, 'multilateral' for three or more, null when an account names fewer. */
export function format(countries: string[]): 'bilateral' | 'multilateral' | null {
  const n = new Set(countries).size;
  return n >= 3 ? 'multilateral' : n === 2 ? 'bilateral' : null;
}

/**
 * The format of an account: a summit is a gathering of many states however few of them its account
 * names ("Pashinyan will attend the council Putin hosts" names two), so it is never a bilateral —
 * the Putin–Pashinyan talks of that day are another contact. A trilateral told as a summit stays one.
 */
function formatOf(a: AccountKey): 'bilateral' | 'multilateral' | null {
  // A visit is one side's trip, not a gathering: its states are the traveller's and the host's, and a
  // third one an account adds (a state the story names) says nothing about it.
  if (a.type === 'visit') return null;
  return a.type === 'summit' ? 'multilateral' : format(a.countries);
}

/** Two bilateral accounts of different pairs of states (Armenia–Azerbaijan, Armenia–Russia) are two contacts. */
function otherPair(a: AccountKey, b: AccountKey): boolean {
  if (formatOf(a) !== 'bilateral' || formatOf(b) !== 'bilateral') return false;
  const sb = new Set(b.countries);
  return [...new Set(a.countries)].some((c) => !sb.has(c));
}

/** One set of states holds the other. */
function nested(a: string[], b: string[]): boolean {
  return a.every((c) => b.includes(c)) || b.every((c) => a.includes(c));
}

const known = (ids: string[]) => ids.filter((id) => !id.startsWith('x:'));

/** The reason two accounts are one contact, or null when they are not. */
export function matchAccounts(a: AccountKey, b: AccountKey): MatchReason | null {
  if (a.documentId === b.documentId) return null; // within a document the extractor has merged already
  if (!(COMPATIBLE[a.type] ?? [a.type]).includes(b.type)) return null;
  const rule = dateRule(a.date, b.date);
  if (!rule) return null;
  if (a.location && b.location && a.location.toLowerCase() !== b.location.toLowerCase()) return null;
  // A trilateral (or larger) contact and a bilateral one of the same day are two contacts, even when
  // the bilateral's people are all in the other: Lavrov–Bayramov is not Lavrov–Bayramov–Mirzoyan.
  const fa = formatOf(a);
  const fb = formatOf(b);
  if (fa && fb && fa !== fb) return null;
  // People in common do not make Pashinyan's visit to Moscow his talks with Aliyev: other states.
  if (otherPair(a, b)) return null;
  // Two gatherings of different states a day apart in one city (a CIS summit the day after a Central
  // Asia–Russia summit) are two contacts: the day's tolerance is for reporting lag, not for them.
  if (rule === 'one-day-apart' && fa === 'multilateral' && fb === 'multilateral' && !nested(a.countries, b.countries)) return null;
  const ka = known(a.actors);
  const kb = known(b.actors);
  const shared = ka.filter((id) => kb.includes(id));
  const place = a.location && b.location ? a.location : null;
  if (ka.length && kb.length) {
    // Everyone on the smaller side (at most two people) must be on the other: Putin–Pashinyan is not
    // Putin–Aliyev. Two reports of a summit each name a few of its many people: one in common will do.
    const need = a.type === 'summit' && b.type === 'summit' ? 1 : Math.min(2, ka.length, kb.length);
    if (shared.length < need) return null;
    // A month-only date is weak evidence: ask for two shared people, or, for a visit (one traveller,
    // as a rule) or a summit (whose reports each name a few of its many people), someone in common
    // in the same city: a city holds one such trip or gathering a month.
    if (rule === 'same-month' && shared.length < 2 && !(a.type === b.type && (a.type === 'visit' || a.type === 'summit') && shared.length === 1 && place)) return null;
  } else {
    // Nobody named on one side: the same countries, the same place and the same day, or no match.
    const ca = [...a.countries].sort().join(',');
    if (a.countries.length < 2 || ca !== [...b.countries].sort().join(',') || !place || rule !== 'same-day') return null;
  }
  const score = shared.length * 2 + (rule === 'same-day' ? 2 : rule === 'one-day-apart' ? 1 : 0) + (a.type === b.type ? 1 : 0) + (place ? 1 : 0);
  return { type: a.type === b.type ? a.type : `${a.type}~${b.type}`, dates: [a.date!, b.date!], dateRule: rule, shared, place, score };
}

/** A one-line account of a reason, for people. */
export function describeReason(r: MatchReason): string {
  const who = r.shared.length ? `shared participants ${r.shared.join(', ')}` : 'the same countries';
  return `${r.type}; dates ${r.dates[0]} and ${r.dates[1]} (${r.dateRule}); ${who}${r.place ? `; place ${r.place}` : ''}`;
}
