// The document's reference date, against which dates without a year are completed. Metadata wins
// (unless a dateline near the top gives the day or three before it, the day the text was written);
// else the end of a stated review period; else a dateline near the top; else the year and month the
// URL files the story under; else a dateline without its year, completed from the text's dates; else
// the latest date with a year that the text itself gives (a caption, "October 14, 2022"); else the
// latest year it names.
// The English locale alone: the package's index loads all fifteen (issue 19, start-up).
import * as chrono from 'chrono-node/en';
import type { DateValue, Doc, Sentence } from '../types.ts';
import { dayNumber, hasDateWord, parseIso, plausibleYear } from './dates.ts';

export interface DocDate {
  value: DateValue | null;
  source: 'metadata' | 'review-period' | 'dateline' | 'url' | 'text' | 'text-year' | 'offices' | 'none';
  /** With no year anywhere: the month and day of a dateline that gives none ("MOSCOW, September 30. /TASS/."). */
  yearless?: { month: number; day: number };
  /**
   * Metadata gives the day but the text itself shows no date of it (no dateline, no stamp): the day is
   * the one relative words ("today", "on Monday") count from, but it places no report whose words give
   * no day (CONVENTIONS 8: with no dateline and no placing phrase, the date is null).
   */
  unshown?: boolean;
}

const REVIEW = /\b(?:review(?:ed)? period|period under review|covering|covers the period)\b[^\n]{0,20}?[:\s]([^\n]{6,60})/i;
const FAR_PAST = new Date(Date.UTC(2000, 0, 1));

/** Dates with a year and a month in `text`; `strict` reads only full dates (a dateline's day), a fifth of the cost. */
function fullDates(text: string, strict = false): DateValue[] {
  // Every date kept states its year (STATED_YEAR below), so a text without four digits in a row or a
  // numeric date has none: chrono, the costly part, is not run on it.
  if (!YEAR_DIGITS.test(text)) return [];
  return (strict ? chrono.strict : chrono)
    .parse(text, { instant: FAR_PAST, timezone: 0 })
    // Only what states its year: "today" or "this year" is certain only of the parser's own reference.
    .filter((r) => STATED_YEAR.test(r.text))
    // "a member since 24 September 1994", "founded in May 1991": the start of a state of affairs, not news.
    .filter((r) => !SINCE_BEFORE.test(text.slice(Math.max(0, r.index - 30), r.index)))
    .flatMap((r) => [r.start, r.end])
    .filter((c): c is NonNullable<typeof c> => !!c && c.isCertain('year') && c.isCertain('month') && plausibleYear(c.get('year')!))
    .map((c) => ({ year: c.get('year')!, month: c.get('month')!, day: c.isCertain('day') ? c.get('day')! : null }));
}

/** A year and month (and a day) as path segments of a URL: "/2021/09/", "/2023/08/14/". */
const URL_DATE = /\/((?:19|20)\d\d)\/(\d\d)\/(?:(\d\d)\/)?/;
const YEAR_ALONE = /(?<![\d.\/-])\b((?:19|20)\d\d)\b(?![\d.\/-]\d)/g;
const SINCE_BEFORE = /\b(?:since|founded(?: in| on)?|established(?: in| on)?|created(?: in| on)?)\s+(?:\d{1,2}\s+\p{L}+,?\s+|\p{L}+\s+\d{1,2},?\s+|\p{L}+\s+)?$/iu;
const STATED_YEAR = /\b\d{4}\b|\d[./]\d{1,2}[./]\d{2}\b/;
/** What any text matching STATED_YEAR contains, without the word boundaries (a match's text is part of the line). */
const YEAR_DIGITS = /\d{4}|\d[./]\d{1,2}[./]\d{2}/;

const key = (v: DateValue) => v.year * 10000 + (v.month ?? 0) * 100 + (v.day ?? 0);

/** A place, then a comma, opening a short line: "Brussels, Sunday 14 May 2023". */
const PLACE_DATELINE = /^[A-Z][\p{L}.'’-]+(?:\s[A-Z][\p{L}.'’-]+)?,\s/u;
/** A line that is only a date: "29.06.2022", "14 May 2023". */
const DATE_LINE = /^\s*(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})\s*$/u;

export function documentDate(doc: Doc, sentences: Sentence[]): DocDate {
  const meta = parseIso(doc.published);
  if (meta) {
    // Remarks given in Brussels on Sunday and posted on Monday: "today" is the dateline's day (a place
    // and a date, or a line that is only a date).
    for (const s of sentences.slice(0, 12)) {
      if (s.text.length > 60 || !(PLACE_DATELINE.test(s.text) || DATE_LINE.test(s.text))) {
        // "TASHKENT, May 27 (TASS) - X met Y yesterday": a dateline without its year at the head of
        // the lede; the year is the publication's (the day is at most three before it).
        const d = PLACE_DATELINE.test(s.text) ? headDateline(s.text.slice(0, 60), meta) : null;
        const before = d ? dayNumber(meta) - dayNumber(d) : 0;
        if (d && before >= 1 && before <= 3) return { value: d, source: 'dateline' };
        continue;
      }
      const [d] = fullDates(s.text, true);
      const before = d?.day != null && meta.day != null ? dayNumber(meta) - dayNumber(d) : 0;
      if (before >= 1 && before <= 3) return { value: d, source: 'dateline' };
    }
    return showsDate(doc.text, meta) ? { value: meta, source: 'metadata' } : { value: meta, source: 'metadata', unshown: true };
  }

  const review = REVIEW.exec(doc.text.slice(0, 3000));
  if (review) {
    const ds = fullDates(review[1].replace(/[–—]/g, ' - '));
    if (ds.length) return { value: ds.sort((a, b) => key(b) - key(a))[0], source: 'review-period' };
  }
  // A dateline: a short line near the top that is mostly a date ("01 March 2023 16:15", "MOSCOW, May 5, 2021").
  for (const s of sentences.slice(0, 12)) {
    if (s.text.length > 60) continue;
    const ds = fullDates(s.text);
    if (ds.length && ds[0].day != null) return { value: ds[0], source: 'dateline' };
  }
  // "https://example.org/2021/09/president-meets-…": many sites file their stories by year and month.
  const filed = doc.url ? URL_DATE.exec(doc.url) : null;
  if (filed && plausibleYear(+filed[1]) && +filed[2] >= 1 && +filed[2] <= 12) {
    const day = filed[3] && +filed[3] >= 1 && +filed[3] <= 31 ? +filed[3] : null;
    return { value: { year: +filed[1], month: +filed[2], day }, source: 'url' };
  }
  const whole = sentences.map((s) => s.text).join('\n');
  // "MOSCOW, January 11. /TASS/.": a dateline without its year takes the year that puts it on or after
  // the latest date the text gives (news is written after what it tells), else the latest year it names.
  const bare = datelineWithoutYear(sentences);
  const all = fullDates(whole);
  if (all.length) {
    const latest = all.sort((a, b) => key(b) - key(a))[0];
    if (bare) return { value: { ...bare, year: key({ ...bare, year: latest.year }) >= key(latest) ? latest.year : latest.year + 1 }, source: 'dateline' };
    return { value: latest, source: 'text' };
  }
  // Only years ("in 2022", "the Sea Cup 2020"): the latest, so that "on October 12" gets a year at all.
  const years = [...whole.matchAll(YEAR_ALONE)].filter((m) => !SINCE_BEFORE.test(m.input!.slice(Math.max(0, m.index! - 30), m.index))).map((m) => +m[1]).filter(plausibleYear);
  if (years.length) return bare ? { value: { ...bare, year: Math.max(...years) }, source: 'dateline' } : { value: { year: Math.max(...years), month: null, day: null }, source: 'text-year' };
  return bare ? { value: null, source: 'none', yearless: bare } : { value: null, source: 'none' };
}

/** How far into the text a dateline or a page's date stamp is looked for. */
const SHOWN_HEAD = 1500;
const NUMERIC_DATE = /\b(\d{1,2})[./](\d{1,2})[./](?:\d{4}|\d{2})\b/g;
const ISO_DATE = /\b\d{4}-(\d\d)-(\d\d)\b/g;

/**
 * Does the top of the text show the publication day (or one to three days before it, the day a
 * dateline gives for remarks posted later)? A dateline, a stamp ("date 2024-05-03", "10/04/21 …",
 * "Wed 24th February 2021 | 10:10"), in English words or in numbers either way round.
 */
export function showsDate(text: string, meta: DateValue): boolean {
  if (meta.month == null || meta.day == null) return true;
  const head = text.slice(0, SHOWN_HEAD);
  const near = (month: number, day: number) => {
    if (month !== meta.month) return false;
    return day <= meta.day! && meta.day! - day <= 3;
  };
  for (const m of head.matchAll(ISO_DATE)) if (near(+m[1], +m[2])) return true;
  for (const m of head.matchAll(NUMERIC_DATE)) if (near(+m[2], +m[1]) || near(+m[1], +m[2])) return true;
  if (!hasDateWord(head)) return false;
  const instant = new Date(Date.UTC(meta.year, meta.month - 1, meta.day));
  return chrono.strict.parse(head, { instant, timezone: 0 }).some((r) => r.start.isCertain('month') && r.start.isCertain('day') && near(r.start.get('month')!, r.start.get('day')!));
}

/**
 * The day of a place-and-date head without its year ("TASHKENT, May 27 (TASS) - …"), in the year that
 * puts it on or before the publication day `meta`; right after the place, as a dateline gives it.
 */
function headDateline(head: string, meta: DateValue): DateValue | null {
  if (meta.day == null || meta.month == null) return null;
  const place = PLACE_DATELINE.exec(head);
  const [r] = chrono.strict.parse(head, { instant: FAR_PAST, timezone: 0 });
  if (!place || !r || r.index !== place[0].length || !r.start.isCertain('month') || !r.start.isCertain('day') || r.start.isCertain('year')) return null;
  const month = r.start.get('month')!;
  const day = r.start.get('day')!;
  const year = month * 100 + day <= meta.month * 100 + meta.day ? meta.year : meta.year - 1;
  return { year, month, day };
}

/** The month and day of a place-and-date line near the top that gives no year ("Baku, November 21"). */
function datelineWithoutYear(sentences: Sentence[]): { month: number; day: number } | null {
  for (const s of sentences.slice(0, 12)) {
    if (s.text.length > 60 || !PLACE_DATELINE.test(s.text)) continue;
    const [r] = chrono.strict.parse(s.text, { instant: FAR_PAST, timezone: 0 });
    if (r && r.start.isCertain('month') && r.start.isCertain('day') && !r.start.isCertain('year')) return { month: r.start.get('month')!, day: r.start.get('day')! };
  }
  return null;
}
