// Date mentions in a sentence, resolved against the document date. chrono-node parses the absolute
// forms ("On 26 August", "October 14, 2022", "February 27-28", "in January"); the relative forms that
// need the story's own timeline ("the same day", "a day prior", "earlier") are marked with a relation
// and resolved by the event stage against the event told before.
// The English locale alone: the package's index loads all fifteen (issue 19, start-up).
import * as chrono from 'chrono-node/en';
import type { DateMention, DateValue } from '../types.ts';

const QUICK = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow)\b|\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/i;
const DATELINE = /^\s*(?!(?:On|In|By|The|From|Since|After|Before|During|Until|Between|At|Later|Earlier|Today|Yesterday|Tomorrow|Then|Meanwhile|Previously|Subsequently|Afterwards|Thereafter|Also|Finally|However)\b)[A-Z][A-Za-z .'-]{2,30},\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\.?\s*(?:\([^)]{1,20}\)|\/[^/]{1,20}\/\.?)?,?\s*(?:[—–-]|(?=[A-Z]))/;
const NUMERIC = /\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b/g;
/**
 * A page's date stamp at the head of a line: an ISO date with or without a label ("date 2024-05-03 …",
 * "Published: 2024-05-03"), or a date with its clock time ("3 May 2024 14:05", "14:05, 3 May", "May 3 | 14:05").
 * Like a dateline, it dates the report, not an event the line tells.
 */
const ISO_STAMP = /^\s*(?:(?:date|published|posted|updated)\s*:?\s*)?\d{4}-\d{2}-\d{2}\b/i;
const CLOCK_AFTER = /^\.?,?\s*(?:[|•\/–-]\s*)?\d{1,2}:\d{2}\b/;
const CLOCK_BEFORE = /\b\d{1,2}:\d{2}\s*(?:\([^)]{1,12}\)\s*)?[,|•\/–-]?\s*$/;
/** How far into a line a stamp may start (after a source's name, a weekday). */
const STAMP_HEAD = 60;
/** Is the date at `index` (length `len`) a stamp: an ISO date opening the line, or a date beside a clock time near its head? */
function stamped(text: string, index: number, len: number): boolean {
  if (index >= STAMP_HEAD) return false;
  if (index < 25 && ISO_STAMP.test(text) && ISO_STAMP.exec(text)![0].length >= index + len) return true;
  return CLOCK_AFTER.test(text.slice(index + len, index + len + 14)) || CLOCK_BEFORE.test(text.slice(Math.max(0, index - 22), index));
}
/** After a month or a list of months: "… last year", "… of this year", "…, May and August the previous year". */
const YEAR_AFTER = /^(?:\s*(?:,\s*and|,|and)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))+(?:,?\s+(?:of\s+)?(last|this|next|the previous|the following) year\b|\s+(\d{4})\b)|^,?\s+(?:of\s+)?(last|this|next|the previous|the following) year\b/;
const DAY_YEAR_AFTER = /^,?\s+(?:of\s+)?(last|this|next|the previous|the following) year\b/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_ONLY = /\b(?:(?:in|since|during|by|until|throughout|of|the|last)\s+)?(?:(?:early|mid|late|the end of|the beginning of)[\s-]+)?(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(\d{4}))?\b(?!\s*\d)/g;
const WEEKDAY = /\b(?:on |last |this |next |late on |early on )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
/** Between a weekday and the date it names: "Tuesday, December 29", "Friday the 3rd". */
const WEEKDAY_OF_DATE = /^,?\s*(?:the\s+)?$/;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const FUTURE_NEAR = /\b(?:will|next|upcoming|scheduled|to be held|is to|are to|due|to take part|to attend|expected|plans?|planned|set to|agreed to (?:meet|hold|convene))\b/i;

interface Relative {
  re: RegExp;
  relation: DateMention['relation'];
  rule: string;
}

/** Relative phrases resolved against the previous event's date by the event stage. */
const RELATIVE: Relative[] = [
  { re: /\b(?:on )?(?:the same day|that same day|the same date)\b|\b(?:earlier|later) in the day\b/gi, relation: 'same-day', rule: 'date.same-day' },
  // "clashes broke out on 16 November; the premier called Putin that day": the day last named.
  { re: /\b(?:on )?that day\b(?! of)|\bon that occasion\b/gi, relation: 'that-day', rule: 'date.that-day' },
  { re: /\b(?:a day (?:prior|earlier|before)|the day before|the previous (?:day|evening|night)|the (?:evening|night) before|on the eve)\b/gi, relation: 'day-before', rule: 'date.day-before' },
  { re: /\b(?:the (?:next|following) day|a day later|the day after)\b/gi, relation: 'day-after', rule: 'date.day-after' },
];

/** Could this text hold a date? (A month or weekday name, or a relative day phrase.) */
export function hasDateWord(text: string): boolean {
  return QUICK.test(text) || /\b(?:same day|that day|day (?:prior|earlier|before|later|after)|previous (?:evening|night)|(?:evening|night) before|the eve|next day|following day)\b/i.test(text);
}

const DEICTIC_GATE = /today|yesterday|tomorrow|this (?:morning|afternoon|evening)|tonight|days ago/i;
/** "two days ago": that many days before the document's date. */
const DAYS_AGO = /\b(a|one|two|three|four|five|six|\d)\s+days?\s+ago\b/gi;
const AGO_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const DEICTIC = /\b(?:(?:later |earlier )?today|yesterday|tomorrow|this (?:morning|afternoon|evening)|tonight)\b/gi;
const MONTH_REL_GATE = /this month|last month|previous month/i;
const MONTH_REL = /\b(?:(?:earlier|later) )?this month|\b(?:last|the previous) month\b/gi;
const RELATIVE_GATE = /same da|that day|in the day|that occasion|day (?:prior|earlier|before|after)|previous (?:day|evening|night)|(?:evening|night) before|the eve|next day|following day|day later/i;

/**
 * The day chrono completes dates from: the reference (its last month, the 28th, when not known to the
 * day). The last one made is used again while the reference is the same day (every sentence of a
 * document has the same one; chrono only reads it).
 */
function referenceInstant(ref: DateValue | null): Date {
  const key = ref ? ref.year * 10_000 + (ref.month ?? 12) * 100 + (ref.day ?? 28) : 0;
  if (key !== lastInstant.key) lastInstant = { key, date: ref ? new Date(Date.UTC(ref.year, (ref.month ?? 12) - 1, ref.day ?? 28, 12)) : new Date(Date.UTC(2000, 0, 1)) };
  return lastInstant.date;
}
let lastInstant = { key: -1, date: new Date(0) };

function p2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// Cheap tests run first: most sentences hold no date at all, and the full expressions (whose optional
// leading words defeat the engine's fast scanning) run only where one of their key words occurs.
/** Any of the words the rules below start from. */
const ANY_DATE = new RegExp([QUICK.source, RELATIVE_GATE.source, DEICTIC_GATE.source, MONTH_REL_GATE.source].join('|'), 'i');
const NUMERIC_GATE = /\d[./]\d/;
const MONTH_GATE = /January|February|March|April|May|June|July|August|September|October|November|December/;
const WEEKDAY_GATE = /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/;

/** Years a news text can mean: anything else after a date is some other number. */
export function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

export function toIso(v: DateValue | null): string | null {
  if (!v) return null;
  if (v.month == null) return null;
  return v.day == null ? `${v.year}-${p2(v.month)}` : `${v.year}-${p2(v.month)}-${p2(v.day)}`;
}

export function parseIso(s: string | null | undefined): DateValue | null {
  const m = s ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s) : null;
  if (!m) return null;
  return { year: +m[1], month: m[2] ? +m[2] : null, day: m[3] ? +m[3] : null };
}

/** The year that places month/day closest before the reference (or after, for future events). */
export function inferYear(month: number, day: number | null, ref: DateValue, future: boolean): number {
  // A reference known to the month only ("written in December"): a plan in that month may lie ahead of
  // any of its days, a past day behind any of them.
  const refKey = (ref.month ?? 12) * 100 + (ref.day ?? (future && ref.month != null ? 1 : 31));
  const key = month * 100 + (day ?? (future ? 31 : 1));
  if (future) return key >= refKey ? ref.year : ref.year + 1;
  if (key <= refKey) return ref.year;
  // A day up to a week after the reference is this year's, not last year's: news speaks of what is
  // about to happen (or carries a publication date a day late) far more often than of the same week a
  // year ago.
  if (day != null && ref.month != null && ref.day != null) {
    const ahead = (Date.UTC(ref.year, month - 1, day) - Date.UTC(ref.year, ref.month - 1, ref.day)) / 86_400_000;
    if (ahead <= NEAR_FUTURE_DAYS) return ref.year;
  }
  return ref.year - 1;
}
const NEAR_FUTURE_DAYS = 7;

/** Days since 1970 of a date (its first day when the day or month is not known): for distances in days. */
export function dayNumber(v: DateValue): number {
  return Date.UTC(v.year, (v.month ?? 1) - 1, v.day ?? 1) / 86_400_000;
}

export function addDays(v: DateValue, n: number): DateValue {
  if (v.month == null || v.day == null) return v;
  const d = new Date(Date.UTC(v.year, v.month - 1, v.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function weekdayBefore(ref: DateValue, weekday: number, future: boolean): DateValue {
  const d = new Date(Date.UTC(ref.year, (ref.month ?? 1) - 1, ref.day ?? 1));
  let diff = weekday - d.getUTCDay();
  if (future) diff = (diff + 7) % 7;
  else diff = diff > 0 ? diff - 7 : diff;
  return addDays({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, diff);
}

// chrono's strict English parsers, cut down to those that read day-and-month dates: times, weekdays,
// slashed and relative forms are handled by the rules below (or are not dates of events), and
// skipping their parsers makes chrono four times faster on these texts.
const DAY_DATE_PARSERS = ['ENYearMonthDayParser', 'ISOFormatParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser'];
const DAY_DATE_REFINERS = ['OverlapRemovalRefiner', 'UnlikelyFormatFilter', 'ENExtractYearSuffixRefiner', 'ENMergeDateRangeRefiner'];

function pick<T extends object>(all: T[], names: string[]): T[] {
  const kept = all.filter((x) => names.includes(x.constructor.name));
  const missing = names.filter((n) => !kept.some((x) => x.constructor.name === n));
  if (missing.length) throw new Error(`chrono-node no longer has ${missing.join(', ')}: update dates.ts`);
  return kept;
}

/**
 * One chrono per combination of the day-date parsers a stretch of text can need: each parser's
 * expression is tried at every position of the stretch, so a stretch that holds only "26 August"
 * is not also read for "August 26" or "2022-08-26". Parsers are chosen by `formsIn`.
 */
const chronos: Array<chrono.Chrono | undefined> = [];
// At load: chrono-node still has every parser these combinations are built from (throws otherwise).
pick(chrono.strict.parsers, DAY_DATE_PARSERS);
/** The chrono for a combination of the flags below (by number: no key to build per window). */
function dayDates(forms: number): chrono.Chrono {
  let c = chronos[forms];
  if (!c) {
    const parsers: string[] = [];
    if (forms & YEAR_FIRST) parsers.push('ENYearMonthDayParser', 'ISOFormatParser');
    if (forms & DAY_FIRST) parsers.push('ENMonthNameLittleEndianParser');
    if (forms & MONTH_FIRST) parsers.push('ENMonthNameMiddleEndianParser');
    chronos[forms] = c = new chrono.Chrono({ parsers: pick(chrono.strict.parsers, parsers), refiners: pick(chrono.strict.refiners, DAY_DATE_REFINERS) });
  }
  return c;
}

// chrono's British English, cut down to the parser of numeric dates: it reads a bare "12.03.2019" as
// the whole British set does (checked on every day and month up to 99, each separator, every year of
// four digits and of two), eight times faster; the time parser is the costly one ("12.03" as 12:03).
const numericDates = new chrono.Chrono({ parsers: pick(chrono.GB.parsers, ['SlashDateFormatParser']), refiners: chrono.GB.refiners });

const MONTH_WORD = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A day before a month: a digit or an ordinal ("26 August", "the first of May", "twenty-sixth of May"). */
const LITTLE_ENDIAN = new RegExp(`(?:\\d|st|nd|rd|th)\\.?\\s*(?:of\\s+)?${MONTH_WORD}\\b`, 'i');
/** A month before a day ("August 26", "May the first"). */
const MIDDLE_ENDIAN = new RegExp(`\\b${MONTH_WORD}\\.?,?\\s*(?:the\\s+)?(?:\\d|[a-z-]+(?:st|nd|rd|th)\\b)`, 'i');
const FOUR_DIGITS = /\d{4}/;

/** Forms of day dates a window may hold (flags): a year first ("2022-08-26"), a day first, a month first. */
const YEAR_FIRST = 1;
const DAY_FIRST = 2;
const MONTH_FIRST = 4;

/** The forms that could be read in `window` (a stretch around a day-and-month hint), each read by its own parsers. */
function formsIn(window: string): number {
  return (FOUR_DIGITS.test(window) ? YEAR_FIRST : 0) | (LITTLE_ENDIAN.test(window) ? DAY_FIRST : 0) | (MIDDLE_ENDIAN.test(window) ? MONTH_FIRST : 0);
}

/** Day-and-month dates in one stretch of text, offsets within the stretch. */
function readWindow(window: string, instant: Date): chrono.ParsedResult[] {
  // "September the 7th", which chrono does not read: the article blanked out (offsets hold).
  if (MONTH_THE_DAY.test(window)) window = window.replace(MONTH_THE_DAY, (m) => m.replace(/the/i, '   '));
  const forms = formsIn(window);
  return forms ? dayDates(forms).parse(window, { instant, timezone: 0 }, { forwardDate: false }) : [];
}

/** After a month and day: "and" and a second day of the same month, no more ("September 15 | and 16"), not a count ("and 20 officials"). */
const AND_DAY = /^\s+and\s+\d{1,2}(?:st|nd|rd|th)?(?=\s*(?:[,.;)]|$|\s+(?:in|at|of|this|last|next|was|were|is|are|will|and|\d{4})\b))/;
const MONTH_THE_DAY = new RegExp(`\\b${MONTH_WORD}\\.?\\s+the\\s+(?=\\d)`, 'gi');
const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)?';
/** The shapes of a day-and-month date: "26 August", "27-28 February", "the 3rd of May", "August 26", "2022-08-26". */
const DAY_DATE_HINT = new RegExp(
  `\\b${ORDINAL}(?:\\s*(?:[-–—]|to|and)\\s*${ORDINAL})?(?:\\s+of)?\\s+${MONTH_NAME}\\b|\\b${MONTH_NAME}\\s+(?:the\\s+)?${ORDINAL}\\b(?!\\d)|\\d{4}-\\d{2}-\\d{2}`,
  'gi',
);

/** Stretches of text around day-and-month dates: chrono reads these instead of the whole sentence. */
function windows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  DAY_DATE_HINT.lastIndex = 0;
  for (let m = DAY_DATE_HINT.exec(text); m; m = DAY_DATE_HINT.exec(text)) {
    const a = Math.max(0, m.index - 16);
    const b = Math.min(text.length, m.index + m[0].length + 24);
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}

// Plans are told near their date ("is scheduled to visit Moscow on May 25"; "are due to attend the meeting of
// the Council of Heads of State in Dushanbe on Friday"), not anywhere in a long sentence.
function futureAt(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 100), at + 40);
  const cue = FUTURE_NEAR.exec(window);
  if (!cue) return false;
  // "The upcoming talks follow their earlier meeting on 6 July": a word of the past between the cue and
  // the date gives the date to an earlier occasion.
  const here = at - Math.max(0, at - 100);
  if (cue.index < here && PAST_NEAR.test(window.slice(cue.index + cue[0].length, here))) return false;
  // "arrived in Russia on Tuesday to attend the summit": the purpose of a journey made, not a plan.
  return !(PURPOSE.test(cue[0]) && ARRIVED.test(window.slice(0, cue.index)));
}
const PAST_NEAR = /\b(?:earlier|previous|previously|prior|last)\b/i;
const PURPOSE = /^to (?:take part|attend)$/i;
const ARRIVED = /\b(?:arrived|came|flew|travell?ed|went|headed|landed|left)\b/i;

function overlaps(taken: Array<[number, number]>, a: number, b: number): boolean {
  return taken.some(([x, y]) => a < y && b > x);
}

/**
 * The start of a state of affairs, not the day of an event: "the first meeting since 11 January",
 * "tariffs effective 1 March", "in force as of 1 March".
 */
const SINCE = /\bsince\b[^,.]*$|\b(?:effective|as of|into force on|into effect on)\s*$/;

/** Records a date mention, with its relation to the event read from the words before it. */
function push(out: DateMention[], text: string, offset: number, index: number, len: number, value: DateValue | null, rule: string, isRange: boolean): void {
  const before = text.slice(Math.max(0, index - 100), index).toLowerCase();
  const relation: DateMention['relation'] = SINCE.test(before)
    ? 'since'
    : /\b(?:following|after)\b[^,.]*$/.test(before)
      ? 'after'
    : /\b(?:prior to|before|until|ahead of)\b[^,.]*$/.test(before)
      ? 'before'
      : isRange
        ? 'range'
        : 'on';
  out.push({ start: offset + index, end: offset + index + len, value, relation, rule });
}

/**
 * Dates in `text` (a sentence starting at `offset` in the document), with years completed from `ref`
 * (or from `yearRef`, when the document's date is only a bound on when it was written).
 * Without a reference date, a date with no year stays unresolved (value null).
 */
export function findDates(text: string, offset: number, ref: DateValue | null, yearRef: DateValue | null = ref): DateMention[] {
  const out: DateMention[] = [];
  if (!ANY_DATE.test(text)) return out;
  // "22−23 August" with the minus sign (U+2212) some outlets type for a dash: read as the dash it stands
  // for (one character for one, so offsets hold).
  if (text.includes('\u2212')) text = text.replace(/(?<=\d)\s?\u2212\s?(?=\d)/g, (m) => m.replace('\u2212', '-'));
  if (RELATIVE_GATE.test(text)) for (const r of RELATIVE) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, value: null, relation: r.relation, rule: r.rule });
    }
  }
  // Days named from the document's own date: "later today", "yesterday", "tomorrow".
  // Against a reference known only to the month, the month.
  if (ref?.month != null && DEICTIC_GATE.test(text)) {
    DEICTIC.lastIndex = 0;
    for (let m = DEICTIC.exec(text); m; m = DEICTIC.exec(text)) {
      const shift = /yesterday/i.test(m[0]) ? -1 : /tomorrow/i.test(m[0]) ? 1 : 0;
      const value = ref.day != null ? addDays(ref, shift) : { year: ref.year, month: ref.month, day: null };
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, value, relation: 'on', rule: 'date.deictic' });
    }
  }
  // "two days ago": a day counted back from the document's date (which must be known to the day).
  if (ref?.day != null && /days? ago/i.test(text)) {
    DAYS_AGO.lastIndex = 0;
    for (let m = DAYS_AGO.exec(text); m; m = DAYS_AGO.exec(text)) {
      const n = AGO_COUNT[m[1].toLowerCase()] ?? Number(m[1]);
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, value: addDays(ref, -n), relation: 'on', rule: 'date.days-ago' });
    }
  }
  // "earlier this month", "last month": the month, counted from the document's date.
  if (ref?.month != null && MONTH_REL_GATE.test(text)) {
    MONTH_REL.lastIndex = 0;
    for (let m = MONTH_REL.exec(text); m; m = MONTH_REL.exec(text)) {
      const back = /last|previous/i.test(m[0]) ? 1 : 0;
      const d = new Date(Date.UTC(ref.year, ref.month - 1 - back, 1));
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, value: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: null }, relation: 'on', rule: 'date.relative-month' });
    }
  }
  if (!QUICK.test(text)) return out;
  const spans = windows(text);
  const numeric = NUMERIC_GATE.test(text);
  const instant = referenceInstant(ref);
  // A dateline ("MOSCOW, October 5 (TASS) —") dates the report, not an event.
  const dateline = spans.length ? DATELINE.exec(text) : null;
  // Day-and-month dates: chrono's strict parsers (casual ones cost five times more and we do not need them).
  const taken: Array<[number, number]> = [];
  for (const [a, b] of spans) for (const res of readWindow(text.slice(a, b), instant)) {
    // Offsets in the window, made offsets in the sentence.
    const index = res.index + a;
    const s = res.start;
    if (!s.isCertain('month') || !s.isCertain('day')) continue;
    if ((dateline && index < dateline[0].length) || stamped(text, index, res.text.length)) {
      taken.push([index, index + res.text.length]);
      continue;
    }
    const month = s.get('month')!;
    const day = s.get('day')!;
    // "on 12 February last year": the year said after the day.
    // A year outside any plausible span ("27 October 5339", a page's view counter after its date) is not said.
    const stated = s.isCertain('year') && plausibleYear(s.get('year')!);
    const said = !stated && ref ? DAY_YEAR_AFTER.exec(text.slice(index + res.text.length)) : null;
    const year = stated ? s.get('year')! : said ? ref!.year + (/last|previous/.test(said[1]) ? -1 : /next|following/.test(said[1]) ? 1 : 0) : yearRef ? inferYear(month, day, yearRef, futureAt(text, index)) : null;
    // "between September 15 and 16": a second day of the month after "and" makes a span, as "15-16" does.
    const span = !!res.end || AND_DAY.test(text.slice(index + res.text.length, index + res.text.length + 24));
    push(out, text, offset, index, res.text.length, year == null ? null : { year, month, day }, stated ? 'date.absolute' : 'date.year-inferred', span);
    taken.push([index, index + res.text.length]);
  }
  // Numeric dates are day first in this region's press ("12.03.2019"): chrono's British parser reads them so.
  NUMERIC.lastIndex = 0;
  if (numeric) for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    if (overlaps(taken, m.index, m.index + m[0].length)) continue;
    // "Baku/29.11.21/Turan:": an agency's dateline at the head of the item dates the report.
    if (m.index < 40 && text[m.index - 1] === '/' && text[m.index + m[0].length] === '/') continue;
    if (stamped(text, m.index, m[0].length)) continue;
    const [res] = numericDates.parse(m[0], { instant, timezone: 0 });
    if (!res?.start.isCertain('day') || !res.start.isCertain('year')) continue;
    push(out, text, offset, m.index, m[0].length, { year: res.start.get('year')!, month: res.start.get('month')!, day: res.start.get('day')! }, 'date.numeric', false);
    taken.push([m.index, m.index + m[0].length]);
  }
  // A month alone ("in January", "the December talks", "in mid-March 2021"): the month is all the text gives.
  MONTH_ONLY.lastIndex = 0;
  if (MONTH_GATE.test(text)) for (let m = MONTH_ONLY.exec(text); m; m = MONTH_ONLY.exec(text)) {
    const at = m.index + m[0].indexOf(m[1]);
    if (overlaps(taken, m.index, m.index + m[0].length)) continue;
    const month = MONTHS.indexOf(m[1].toLowerCase().slice(0, 3)) + 1;
    const past = /^last\s/i.test(text.slice(Math.max(0, m.index - 5), at));
    // "in April, May and August last year", "in April and August 2023": the year said after the list
    // holds for every month in it.
    const said = !m[2] ? YEAR_AFTER.exec(text.slice(m.index + m[0].length)) : null;
    const word = said ? said[1] ?? said[3] : undefined;
    const shift = word ? (/last|previous/i.test(word) ? -1 : /next|following/i.test(word) ? 1 : 0) : 0;
    const year = m[2] ? Number(m[2]) : said?.[2] ? Number(said[2]) : ref && yearRef ? (said ? ref.year + shift : past ? inferYear(month, null, addDays(ref, -1), false) : inferYear(month, null, yearRef, futureAt(text, m.index))) : null;
    push(out, text, offset, at, m[0].length - (at - m.index), year == null ? null : { year, month, day: null }, m[2] ? 'date.month' : said ? 'date.month-year-said' : 'date.month-year-inferred', false);
  }
  // A weekday ("On Thursday"): the nearest such day before the document date (after it, for plans).
  WEEKDAY.lastIndex = 0;
  if (WEEKDAY_GATE.test(text)) for (let m = WEEKDAY.exec(text); m; m = WEEKDAY.exec(text)) {
    if (overlaps(taken, m.index, m.index + m[0].length)) continue;
    // "on Tuesday, December 29": the weekday of the date said right after it, not a day of its own.
    const end = m.index + m[0].length;
    if (taken.some(([a]) => a >= end && WEEKDAY_OF_DATE.test(text.slice(end, a)))) continue;
    const wd = WEEKDAYS.indexOf(m[1].toLowerCase());
    const last = /^last /i.test(m[0]);
    // Against a reference known only to the month (a URL's "/2018/07/"), "on Monday" is that month.
    const day = ref && ref.day != null ? weekdayBefore(last ? addDays(ref, -1) : ref, wd, !last && (futureAt(text, m.index) || /next/i.test(m[0]))) : ref?.month != null ? { year: ref.year, month: ref.month, day: null } : null;
    push(out, text, offset, m.index, m[0].length, day, 'date.weekday', false);
  }
  return out.sort((a, b) => a.start - b.start);
}
