// Dates in Russian text: chrono-node's Russian parser for days, months and relative days ("7 ноября",
// "в четверг, 13 января", "вчера", "в октябре 2024 года"), plus what it does not read: "накануне"
// (the day before the story's day) and datelines ("ЕРЕВАН, 11 авг – РИА Новости."). A year the
// text does not give is the one nearest the reference day, as chrono chooses it.
// The Russian locale alone: the package's index loads all fifteen (issue 19, start-up).
import * as chronoRu from 'chrono-node/ru';
import type { ParsedComponents } from 'chrono-node';
import type { DateValue } from '../../types.ts';
import { addDays, dayNumber } from '../../extract/dates.ts';
import { LetterPattern } from '../../letter-classes.ts';

/**
 * The words without which some of chrono's parsers cannot match, by parser: "5 дней назад" needs
 * "назад", "в течение двух недель" needs "в течение" (unless chrono is asked for forward dates,
 * which we never do). Their expressions hold every number word chrono knows and are the costliest
 * to compile of the Russian locale; a text without the word skips them (issue 19). Each word is
 * checked against the parser's expression the first time it runs: an update of chrono-node that
 * drops the word from it fails loudly instead of losing dates.
 */
const NEEDS: Record<string, { word: string; test: RegExp }> = {
  RUTimeUnitAgoFormatParser: { word: 'назад', test: /назад/iu },
  RUTimeUnitWithinFormatParser: { word: 'в течени', test: /течени/iu },
};
/** An expression that never matches: what a parser that cannot match a text is given. */
const NEVER = /(?!)/;

/**
 * One of chrono's parsers with its expression made a LetterPattern. The Russian parsers bound their
 * words with `[^\p{L}\p{N}_]` under the `iu` flags; V8 builds each such class from the whole of
 * Unicode when it compiles the expression, which was a quarter of a short Russian `attache extract`
 * (issue 19). The LetterPattern matches exactly as the original does (letter-classes.ts); the
 * parser's own `extract` reads the match as before. Expressions are kept by source: some parsers
 * make a new one on every call.
 */
function withShortClasses(parser: chronoRu.Parser): chronoRu.Parser {
  const made = new Map<string, RegExp>();
  const needs = NEEDS[parser.constructor.name];
  let checked = false;
  return {
    pattern(context) {
      if (needs && !context.option.forwardDate && !needs.test.test(context.text)) return NEVER;
      const re = parser.pattern(context);
      if (needs && !checked) {
        if (!re.source.includes(needs.word)) throw new Error(`chrono-node's ${parser.constructor.name} no longer needs «${needs.word}»: update src/reader/ru/dates.ts`);
        checked = true;
      }
      const key = `${re.flags}/${re.source}`;
      let to = made.get(key);
      if (!to) made.set(key, (to = new LetterPattern(re.source, re.flags)));
      return to;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}
/** chrono's casual Russian configuration (what `chronoRu.parse` runs), its parsers' expressions cheap to build. */
const ruChrono = new chronoRu.Chrono({ parsers: chronoRu.casual.parsers.map(withShortClasses), refiners: chronoRu.casual.refiners });
// Every parser a word is given for is still there (a renamed one would silently lose its gate).
for (const name of Object.keys(NEEDS)) if (!chronoRu.casual.parsers.some((p) => p.constructor.name === name)) throw new Error(`chrono-node no longer has ${name}: update src/reader/ru/dates.ts`);

/** Where a sentence's words of tense stand (offsets into its text): plan words and past-tense verbs. */
export interface Tense {
  ahead: number[];
  past: number[];
}

export interface RuDate {
  start: number;
  end: number;
  value: DateValue;
  /** 'explicit' a calendar day or month; 'relative' today, yesterday, a weekday; 'eve' накануне. */
  kind: 'explicit' | 'relative' | 'eve';
  rule: string;
  /** A day that belongs to another event told around it: it dates only contact words inside this span. */
  scope?: { start: number; end: number };
  /** A span of days ("5-6 мая"): `value` is its first day. */
  span?: boolean;
}

const EVE = /(?<!\p{L})накануне(?!\s+(?:визит|встреч|переговор|саммит|поездк|заседани|намеченн|запланированн|предстоящ|назначенн))(?!\p{L})/giu;
/** "накануне" of another event named after it ("накануне визита", "накануне намеченной на … встречи"). */
const EVE_OF = /(?<!\p{L})накануне\s+(?=(?:визит|встреч|переговор|саммит|поездк|заседани|намеченн|запланированн|предстоящ|назначенн))/giu;
/** The stems of the words for a contact that the day words here attach to. */
const EVENT_STEMS = 'визит|встреч|переговор|саммит|поездк|заседани';
const EVENT_WORD = new RegExp(`(?<!\\p{L})(?:${EVENT_STEMS})\\p{L}*`, 'giu');
/**
 * "завтрашней встречей", "вчерашние переговоры": a day told by an adjective of the contact word itself,
 * the report's day moved by the days the adjective says; it dates that word only.
 */
const DAY_ADJECTIVE = new RegExp(`(?<!\\p{L})(послезавтрашн|завтрашн|вчерашн|позавчерашн|сегодняшн)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:${EVENT_STEMS}|звон|разговор)\\p{L}*`, 'giu');
/** A year told by its distance from the report's, right after a day or month: "прошлого года". */
const YEAR_AFTER = /^\s*(позапрошлого|прошлого|прошедшего|этого|текущего|нынешнего|сего|следующего|будущего)\s+года(?!\p{L})/iu;
const YEAR_SHIFT: Record<string, number> = { позапрошлого: -2, прошлого: -1, прошедшего: -1, этого: 0, текущего: 0, нынешнего: 0, сего: 0, следующего: 1, будущего: 1 };
const DAY_SHIFT: Record<string, number> = { позавчерашн: -2, вчерашн: -1, сегодняшн: 0, завтрашн: 1, послезавтрашн: 2 };
const MONTH_WORD = /январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|янв|фев|мар|апр|авг|сен|окт|ноя|дек|понедельник|вторник|сред|четверг|пятниц|суббот|воскресен|вчера|сегодня|завтра|позавчера|послезавтра/iu;
const SHORT_MONTH = /(?<!\d)(\d{1,2})\s+(июн|июл)\.?(?!\p{L})/giu;
const TIME_OF_DAY = /(?<!\p{L})(?:утром|вечером|днем|днём|ночью|поздно|рано)(?!\p{L})/giu;
/** Periods that are no day: "на прошлой неделе", "в прошлом месяце". */
const NOT_A_DAY = /(?<!\p{L})(?:недел|месяц|год(?!а))/iu;

function toDateValue(c: ParsedComponents): DateValue | null {
  const year = c.get('year');
  const month = c.get('month');
  if (year == null || month == null) return null;
  const dayKnown = c.isCertain('day') || c.isCertain('weekday');
  return { year, month: c.isCertain('month') || dayKnown ? month : null, day: dayKnown ? c.get('day') ?? null : null };
}

/** A day (or month) after the reference day: by day when both have one, else by month. */
function isAfter(v: DateValue, ref: DateValue): boolean {
  if (v.day != null && ref.day != null && v.month != null) return dayNumber(v) > dayNumber(ref);
  return v.year * 12 + (v.month ?? 0) > ref.year * 12 + (ref.month ?? 12);
}

const refMemo = new Map<string, Date>();
function refDate(v: DateValue): Date {
  const key = `${v.year}-${v.month ?? 6}-${v.day ?? 15}`;
  let d = refMemo.get(key);
  if (!d) refMemo.set(key, (d = new Date(Date.UTC(v.year, (v.month ?? 6) - 1, v.day ?? 15, 12))));
  return d;
}

/** Dates in a sentence; relative ones are read against `ref` (the report's day) and dropped without one. */
/**
 * `ahead`: the sentence looks ahead (a plan); `past`: it tells of the past (a past-tense verb, and
 * nothing ahead). A day or month without its year is then the one on or before the report's day: the
 * parser's nearest year can fall after it ("1 сентября", told in March, is last September's).
 */
export function findRuDates(text: string, offset: number, ref: DateValue | null, ahead: boolean | Tense = false, past = false): RuDate[] {
  const out: RuDate[] = [];
  // With the places of the tense words, a date takes the tense of the nearest one ("В понедельник …
  // провёл переговоры, следующая встреча будет в Баку": the past verb is the Monday's).
  const tenseAt = (at: number): { ahead: boolean; past: boolean } => {
    if (typeof ahead === 'boolean') return { ahead, past };
    const near = (xs: number[]): number => Math.min(Infinity, ...xs.map((x) => Math.abs(x - at)));
    const a = near(ahead.ahead);
    const p = near(ahead.past);
    return { ahead: a < p, past: p <= a && p < Infinity };
  };
  // A time of day before a weekday ("Утром в субботу") hides the weekday from the parser: blanked, same length.
  // "13-го января": the ordinal ending hides the day; blanked too.
  // A clock time run into the next day ("10:157 ноября" on a flattened page) is blanked: "7 ноября".
  const plain = text.replace(TIME_OF_DAY, (w) => ' '.repeat(w.length)).replace(/(?<=\d)-го(?=\s)/gu, '   ').replace(/\b\d{1,2}:\d\d(?=\d{1,2}\s+\p{L})/gu, (w) => ' '.repeat(w.length));
  const results = ruChrono.parse(plain, ref ? refDate(ref) : new Date(Date.UTC(2000, 0, 1)));
  for (const r of results) {
    if (NOT_A_DAY.test(r.text) && !/\d{4}/.test(r.text)) continue;
    const c = r.start;
    const explicit = c.isCertain('month') || /\d{4}/.test(r.text);
    if (!ref && !c.isCertain('year')) continue;
    if (!c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')) continue; // a time of day alone
    // "до 11 ноября", "по 13 октября": where a span ends, no contact's day.
    if (/(?:^|\s)(?:до|по)\s+$/iu.test(text.slice(Math.max(0, r.index - 4), r.index))) continue;
    // Without a year written, the parser's own "now" is no date of the text.
    if (!ref && !/\d{4}/.test(r.text)) continue;
    let value = toDateValue(c);
    if (!value) continue;
    const tense = tenseAt(r.index);
    // "5 марта прошлого года", "в марте этого года": the year told by its distance from the report's.
    const yearWord = ref && !c.isCertain('year') ? YEAR_AFTER.exec(plain.slice(r.index + r.text.length)) : null;
    if (yearWord && ref) value = { ...value, year: ref.year + YEAR_SHIFT[yearWord[1].toLowerCase()] };
    // "в понедельник" alone: the last Monday up to the report's day, or the next one when the sentence looks ahead.
    if (ref?.day != null && c.isCertain('weekday') && !c.isCertain('month') && value.day != null) {
      const diff = dayNumber(value) - dayNumber(ref);
      if (!tense.ahead && diff > 0) value = addDays(value, -7);
      if (tense.ahead && diff < 0) value = addDays(value, 7);
    }
    // "провёл переговоры 1 сентября", told in March: a past day without its year is not after the report.
    if (!yearWord && tense.past && !tense.ahead && ref && !c.isCertain('year') && !/\d{4}/.test(r.text) && isAfter(value, ref)) {
      value = { ...value, year: value.year - 1 };
    }
    // "в конце 2018 года": a year alone is no date the schema can hold (CONVENTIONS 8).
    if (!MONTH_WORD.test(r.text) && !/\d{1,2}[./]\d{1,2}/.test(r.text)) value.month = value.day == null ? null : value.month;
    if (value.month == null) continue;
    const span = !!r.end && r.end.get('day') !== c.get('day');
    out.push({ start: offset + r.index, end: offset + r.index + r.text.length, value, kind: explicit ? 'explicit' : 'relative', rule: explicit ? 'ru.date.calendar' : 'ru.date.relative', ...(span ? { span } : {}) });
  }
  // "30 июл", "15 июн": agencies' short months the parser does not know.
  SHORT_MONTH.lastIndex = 0;
  for (let m = SHORT_MONTH.exec(text); m; m = SHORT_MONTH.exec(text)) {
    if (!ref) continue;
    const month = m[2].toLowerCase() === 'июн' ? 6 : 7;
    const day = Number(m[1]);
    const nearest = month - (ref.month ?? month) > 6 ? ref.year - 1 : ref.year;
    const t = tenseAt(m.index);
    const year = t.past && !t.ahead && isAfter({ year: nearest, month, day }, ref) ? nearest - 1 : nearest;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, value: { year, month, day }, kind: 'explicit', rule: 'ru.date.short-month' });
  }
  DAY_ADJECTIVE.lastIndex = 0;
  for (let m = DAY_ADJECTIVE.exec(text); m; m = DAY_ADJECTIVE.exec(text)) {
    if (ref?.day == null) continue;
    const start = offset + m.index;
    const end = start + m[0].length;
    out.push({ start, end, value: addDays(ref, DAY_SHIFT[m[1].toLowerCase()]), kind: 'relative', rule: 'ru.date.day-adjective', scope: { start, end } });
  }
  EVE.lastIndex = 0;
  for (let m = EVE.exec(text); m; m = EVE.exec(text)) {
    if (ref?.day != null) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, value: addDays(ref, -1), kind: 'eve', rule: 'ru.date.eve' });
  }
  // "накануне намеченной на 31 августа встречи": the day before that day; the day itself is the other
  // event's, not this sentence's contact's.
  EVE_OF.lastIndex = 0;
  for (let m = EVE_OF.exec(text); m; m = EVE_OF.exec(text)) {
    const at = offset + m.index;
    const i = out.findIndex((d) => d.start > at && d.start - at < 90 && d.value.day != null && d.kind === 'explicit');
    if (i < 0) continue;
    const day = out[i];
    // The other event's word: "встречи" after "намеченной на 31 августа в Брюсселе".
    EVENT_WORD.lastIndex = day.end - offset;
    const noun = EVENT_WORD.exec(text);
    const nounEnd = noun && noun.index - (day.end - offset) < 60 ? offset + noun.index + noun[0].length : day.end;
    day.scope = { start: at, end: Math.max(day.end, nounEnd) };
    out.push({ start: at, end: at + 'накануне'.length, value: addDays(day.value, -1), kind: 'explicit', rule: 'ru.date.eve-of' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A dateline in the first lines: "МОСКВА, 12 марта. /ТАСС/." → the city as written and the day. */
export function findDateline(text: string, re: RegExp, ref: DateValue | null): { city: string; value: DateValue } | null {
  const lines = text.split('\n').slice(0, 12);
  for (const line of lines) {
    const m = re.exec(line);
    // Without a year written or a reference day, a dateline's day has no year: it dates nothing.
    if (!m || (!m[4] && !ref)) continue;
    const v = findRuDates(`${m[2]} ${m[3]}${m[4] ? ' ' + m[4] : ''}`, 0, ref)[0]?.value ?? null;
    if (v?.day != null) return { city: m[1], value: v };
  }
  return null;
}
