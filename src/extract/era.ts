// The year of a document that states none: neither its metadata, nor a dateline, nor its text gives one
// ("MOSCOW, September 30. /TASS/." and "on Wednesday"). The offices the text gives the people it names
// can: "Azerbaijan's Foreign Minister Jeyhun Bairamov and Armenia's Foreign Minister Zohrab Mnatsakanyan"
// were both in office only in 2020. A year is taken only when it is the one year every such title fits.
import type { Gazetteer } from '../gazetteer/index.ts';
import type { PersonMention, Sentence } from '../types.ts';
import { findDates } from './dates.ts';

/** Years a news text can be from: the gazetteer's span. */
const FIRST_YEAR = 1991;
const LAST_YEAR = 2035;

/** A country after a title: "of Azerbaijan", "of the Republic of Armenia", "of the Russian Federation". */
const OF_COUNTRY = /\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}-]+\s+){0,2}(?:of\s+)?[A-Z][\p{L}-]+\s*$/u;

/** "Foreign Minister Jeyhun Bairamov": a known person and the office the words right before the name give. */
export interface Titled {
  person: string;
  role: string;
}

/** The titled names of the document: a known person right after a role phrase. */
export function titledNames(g: Gazetteer, sentences: Sentence[], namesOf: PersonMention[][]): Titled[] {
  const out: Titled[] = [];
  sentences.forEach((s, i) => {
    for (const n of namesOf[i]) {
      if (!n.actorId || n.reference) continue;
      const lead = s.text.slice(Math.max(0, n.start - s.start - 60), n.start - s.start);
      // "President of the Republic of Azerbaijan Ilham Aliyev": the title before its country.
      const role = g.roleEndingWith(lead) ?? g.roleEndingWith(lead.replace(OF_COUNTRY, ''));
      if (role) out.push({ person: n.actorId, role });
    }
  });
  return out;
}

/**
 * The one year in which every titled person held the office the text gives (on `day`, a dateline's month
 * and day, when there is one), or null when no title is known to the gazetteer or several years fit.
 */
export function yearOfOffices(g: Gazetteer, titled: Titled[], day: { month: number; day: number } | null): number | null {
  const known = titled.filter((t) => g.people.get(t.person)?.roles.some((r) => r.role === t.role));
  if (known.length === 0) return null;
  const mmdd = day ? `-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}` : '';
  const fits: number[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR && fits.length < 2; y++) {
    if (known.every((t) => g.held(g.people.get(t.person)!, t.role, `${y}${mmdd}`))) fits.push(y);
  }
  return fits.length === 1 ? fits[0] : null;
}

/** Any reference date: only the month and day of what it completes are read. */
const ANY_YEAR = { year: 2000, month: 6, day: 15 };

/** The month and day of the first day-and-month date the text gives ("visited Baku on September 28"). */
export function firstDay(sentences: Sentence[]): { month: number; day: number } | null {
  for (const s of sentences) {
    const d = findDates(s.text, s.start, ANY_YEAR).find((x) => x.rule === 'date.year-inferred' && x.value?.month != null && x.value.day != null);
    if (d) return { month: d.value!.month!, day: d.value!.day! };
  }
  return null;
}
