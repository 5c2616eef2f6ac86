// Mentions in one Russian sentence: people by name (any case form), roles with their state
// ("министр иностранных дел Армении", "армянский коллега"), states, places and organisations.
// Offsets are into the document text.
import type { PersonEntry, PlaceEntry, OrganisationEntry } from '../../gazetteer/schema.ts';
import { CASES, foldSpelling, inflect, wordsOf, type Case, type NameForm, type RuGazetteer, type Word } from './gazetteer.ts';
import { LetterPattern } from '../../letter-classes.ts';
import { LatinSurnames, nominatives } from './latin.ts';
import { ruLexicon } from './lexicon.ts';

export interface RuPerson {
  start: number;
  end: number;
  person: PersonEntry;
  cases: Set<Case>;
  rule: string;
  /** The office a person the gazetteer does not know was named with (newcomers.ts). */
  role?: RuRole;
}

export interface RuCountry {
  start: number;
  end: number;
  code: string;
  kind: 'name' | 'adjective' | 'abbreviation' | 'capital';
}

export interface RuRole {
  start: number;
  end: number;
  role: string;
  /** States the role is given with: "лидеры России, Ирана и Турции" gives three. */
  countries: string[];
}

export interface RuPlace {
  start: number;
  end: number;
  place: PlaceEntry;
  /** The word before it: "в", "во", "из", "на" … */
  preposition: string;
}

export interface RuOrg {
  start: number;
  end: number;
  org: OrganisationEntry;
  body: boolean;
}

export interface RuMentions {
  people: RuPerson[];
  roles: RuRole[];
  countries: RuCountry[];
  places: RuPlace[];
  orgs: RuOrg[];
}

const PREPOSITION = new LetterPattern('(?:^|[\\s,(])(в|во|на|из|до)\\s+(?:[\\p{L}-]+\\s+){0,2}$', 'iu');
const WORD = new LetterPattern('\\p{Lu}[\\p{L}-]*\\p{L}|\\p{Lu}', 'gu');

function* matches(re: RegExp | null, text: string): Generator<RegExpExecArray> {
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

/** Of the people a surname form can be, the one whose first name stands beside it, else the one in office. */
function choose(forms: NameForm[], before: string, after: string, rg: RuGazetteer, date: string | null): NameForm {
  if (forms.length === 1) return forms[0];
  const byFirst = forms.find((f) => f.first.has(before) || f.first.has(after));
  if (byFirst) return byFirst;
  const inOffice = forms.filter((f) => rg.g.roleAt(f.person, date) != null && (!date || f.person.roles.some((r) => !r.to || r.to >= date.slice(0, 4))));
  const pool = inOffice.length ? inOffice : forms;
  // A form that is the nominative of one and an oblique case of another is read as the more usual man's form.
  return pool.find((f) => f.person.gender !== 'f') ?? pool[0];
}

const latinMemo = new WeakMap<RuGazetteer, Map<Map<string, Array<[string, string]>>, LatinSurnames>>();

/** The gazetteer's Latin surnames by sound, built on first use (latin.ts). */
export function latinSurnames(rg: RuGazetteer, latinByState: Map<string, Array<[string, string]>>): LatinSurnames {
  const byLetters = latinMemo.get(rg) ?? new Map<Map<string, Array<[string, string]>>, LatinSurnames>();
  latinMemo.set(rg, byLetters);
  let index = byLetters.get(latinByState);
  if (!index) byLetters.set(latinByState, (index = new LatinSurnames(rg.g.data.people, latinByState)));
  return index;
}

const firstNameMemo = new WeakMap<RuGazetteer, Map<string, boolean>>();

/**
 * A first name in some case: a form of a gazetteer official's first name, or a case form of a first
 * name of the lexicon (ru-first-names.yaml gives nominatives: "Садыра" ← Садыр, "Ибрагиму" ← Ибрагим).
 */
export function isFirstName(rg: RuGazetteer, word: string): boolean {
  if (rg.firstNameForms.has(word) || rg.firstNames.has(word)) return true;
  const memo = firstNameMemo.get(rg) ?? new Map<string, boolean>();
  firstNameMemo.set(rg, memo);
  let known = memo.get(word);
  if (known === undefined) {
    known = nominatives(word).some((n) => {
      const g = rg.firstNames.get(n);
      return !!g && CASES.some((c) => inflect(g === 'f' ? 'female' : 'male', 'first', n, c) === word);
    });
    memo.set(word, known);
  }
  return known;
}

/** The person's names before the surname, folded ("Реджеп Тайип Эрдоган" gives реджеп, таип). */
function givenWords(p: PersonEntry): string[] {
  return p.ru.flatMap((full) => full.split(/\s+/).slice(0, -1)).map(foldSpelling);
}

/** A word that may be a foreign surname in Cyrillic: a capital, then lower-case Cyrillic letters. */
const FOREIGN_WORD = /^[А-ЯЁ][а-яё]{3,}$/u;

/**
 * `latinByState`: the Latin letters of states whose names are written their own way (ru.yaml), for
 * surnames read through the officials' Latin names.
 */
export function findPeople(rg: RuGazetteer, text: string, offset: number, date: string | null, all: Word[] = wordsOf(text), latinByState = ruLexicon().latinByState): RuPerson[] {
  const out: RuPerson[] = [];
  const words = [...text.matchAll(WORD)];
  words.forEach((m, i) => {
    const prev = words[i - 1];
    const next = words[i + 1];
    const before = prev && prev.index + prev[0].length >= m.index - 1 ? prev[0] : '';
    const after = next && next.index <= m.index + m[0].length + 1 ? next[0] : '';
    const exact = rg.surnames.get(m[0]);
    // A spelling of a known surname that differs in a letter writers disagree on ("Мирзиеев" for
    // Мирзиёев): the same person, named by a loose match; words of four letters or fewer are left alone.
    let forms = exact ?? (m[0].length > 4 ? rg.looseSurnames.get(foldSpelling(m[0])) : undefined);
    // No Cyrillic spelling of the data explains it: an official whose Latin surname it sounds like
    // ("Шольцем" for Scholz), unless it is a first name. The first name beside it belongs to the
    // official when it sounds like one of theirs.
    let byLatin = false;
    // A capitalised word right after it makes it a first name ("Йоханнес Хан"), not a surname.
    const firstOfPair = !!after && /^[А-ЯЁ][а-яё]/u.test(after) && next.index === m.index + m[0].length + 1;
    if (!forms && !firstOfPair && FOREIGN_WORD.test(m[0]) && !rg.firstNames.has(m[0]) && !rg.firstNameForms.has(m[0])) {
      const index = latinSurnames(rg, latinByState);
      const readings = index.read(m[0]);
      if (readings.length) {
        byLatin = true;
        forms = readings.map((r) => ({
          person: r.person,
          cases: r.cases,
          first: new Set([before, after].filter((w) => w && index.firstNameFits(r.person, w))),
        }));
      }
    }
    if (!forms) return;
    // "Эмомали Рахмон": a first name before the surname of the person it belongs to is no surname of its own.
    const nextForms = after ? rg.surnames.get(after) : undefined;
    if (nextForms?.some((f) => f.first.has(m[0]))) return;
    // A word that is a first name and a surname, followed by another name: the first name of that
    // name ("Ибрагим Калын" is not Anwar Ibrahim), unless it is the person's own ("Путин Владимир").
    if (after && next.index === m.index + m[0].length + 1 && isFirstName(rg, m[0]) && /^[А-ЯЁ][а-яё]{2,}$/u.test(after) && !mentionWord(rg, after)
      && !forms.some((x) => x.first.has(after))) return;
    // Another first name right before it: someone else of that surname ("Карен Варданян", not Рубен;
    // "Садыра Жапарова", not Akylbek Japarov); a first name declined another way is the same ("Николы
    // Пашиняна" for Никола), and so is a second given name of the person's ("Тайип Эрдоган").
    const stem = before.slice(0, 4);
    const fits = (x: NameForm): boolean => [...x.first].some((f) => f.startsWith(stem)) || givenWords(x.person).some((w) => w.startsWith(foldSpelling(before).slice(0, 4)));
    // Through a Latin name the comparison is by sound, which first names written from English do not
    // keep ("Энтони" for Antony): there the first name only chooses among the readings.
    if (before && !byLatin && isFirstName(rg, before) && !forms.some(fits)) return;
    const f = choose(forms, before, after, rg, date);
    const withFirst = f.first.has(before);
    const start = withFirst ? prev.index : m.index;
    out.push({ start: offset + start, end: offset + m.index + m[0].length, person: f.person, cases: f.cases, rule: (withFirst ? 'ru.name.full' : 'ru.name.surname') + (exact ? '' : byLatin ? '.latin' : '.loose') });
  });
  for (const m of rg.wholeNames.find(text, offset, all)) {
    if (!out.some((x) => x.start <= m.start && x.end >= m.end)) out.push({ start: m.start, end: m.end, person: m.value, cases: new Set(), rule: 'ru.name.whole' });
  }
  return out.sort((a, b) => a.start - b.start);
}

const mentionMemo = new WeakMap<RuGazetteer, Map<string, boolean>>();

/** A word that names a state, a place, an organisation or an office on its own: no person's name. */
function mentionWord(rg: RuGazetteer, word: string): boolean {
  const memo = mentionMemo.get(rg) ?? new Map<string, boolean>();
  mentionMemo.set(rg, memo);
  let known = memo.get(word);
  if (known === undefined) {
    known = [rg.countryNames, rg.countryAdjectives, rg.places, rg.organisations, rg.bodies, rg.roles].some((index) => index.find(word).length > 0) || rg.surnames.has(word);
    memo.set(word, known);
  }
  return known;
}

export function findCountries(rg: RuGazetteer, text: string, offset: number, words: Word[] = wordsOf(text)): RuCountry[] {
  const out: RuCountry[] = [];
  for (const m of rg.countryNames.find(text, offset, words)) out.push({ start: m.start, end: m.end, code: m.value.code, kind: 'name' });
  for (const m of rg.countryAdjectives.find(text, offset, words)) {
    if (!out.some((x) => x.start === m.start)) out.push({ start: m.start, end: m.end, code: m.value.code, kind: 'adjective' });
  }
  for (const m of matches(rg.abbreviationRe, text)) {
    const c = rg.countryAbbreviations.get(m[0]);
    if (c) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, code: c.code, kind: 'abbreviation' });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function findPlaces(rg: RuGazetteer, text: string, offset: number, words: Word[] = wordsOf(text)): RuPlace[] {
  const out: RuPlace[] = [];
  for (const m of rg.places.find(text, offset, words)) {
    const at = m.start - offset;
    // The preposition that governs it, up to two words back: "в Москве", "в столице США Вашингтоне".
    const pre = PREPOSITION.exec(text.slice(Math.max(0, at - 40), at)) ?? /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at));
    out.push({ start: m.start, end: m.end, place: m.value, preposition: pre ? pre[1].toLowerCase() : '' });
  }
  return out;
}

export function findOrgs(rg: RuGazetteer, text: string, offset: number, words: Word[] = wordsOf(text)): RuOrg[] {
  const out: RuOrg[] = [];
  for (const m of rg.bodies.find(text, offset, words)) out.push({ start: m.start, end: m.end, org: m.value, body: true });
  for (const m of rg.organisations.find(text, offset, words)) {
    if (!out.some((x) => x.start <= m.start && x.end >= m.end)) out.push({ start: m.start, end: m.end, org: m.value, body: false });
  }
  return out;
}

/** A list of states right after a role word: "Армении", "России, Ирана и Турции", "из Азербайджана и Армении". */
const LIST_GAP = /^(?:\s*(?:,|и|а также)\s*|\s+)$/u;

export function findRoles(rg: RuGazetteer, text: string, offset: number, countries: RuCountry[], leaders: RegExp, counterpart: RegExp, words: Word[] = wordsOf(text)): RuRole[] {
  const out: RuRole[] = [];
  const add = (start: number, end: number, role: string): void => {
    const codes: string[] = [];
    // An adjective right before the role: "армянский коллега", "российский лидер".
    const adj = countries.find((c) => c.kind === 'adjective' && c.end <= start && /^\s*$/.test(text.slice(c.end - offset, start - offset)));
    if (adj) codes.push(adj.code);
    // States in the genitive after it, in a list: "президентов России и Азербайджана", "коллегами из Армении".
    let at = end;
    const gapFirst = /^\s+(?:из\s+|со?\s+стороны\s+)?/u.exec(text.slice(at - offset));
    for (const c of countries) {
      if (c.start < at || c.kind === 'adjective') continue;
      const gap = text.slice(at - offset, c.start - offset);
      if (at === end ? gapFirst && gap.length === gapFirst[0].length : LIST_GAP.test(gap)) {
        codes.push(c.code);
        at = c.end;
      } else break;
    }
    out.push({ start, end: Math.max(end, at), role, countries: [...new Set(codes)] });
  };
  for (const m of rg.roles.find(text, offset, words)) add(m.start, m.end, m.value);
  // Words for a state's side or leadership without an office: "лидеры", "главы", "стороны", "коллега".
  leaders.lastIndex = 0;
  for (let m = leaders.exec(text); m; m = leaders.exec(text)) {
    const s = offset + m.index;
    if (!out.some((r) => r.start <= s && r.end > s)) add(s, s + m[0].length, 'leader');
  }
  // The other side's holder of the subject's office: "с армянским коллегой", "с коллегами из Армении".
  counterpart.lastIndex = 0;
  for (let m = counterpart.exec(text); m; m = counterpart.exec(text)) add(offset + m.index, offset + m.index + m[0].length, 'counterpart');
  return out.sort((a, b) => a.start - b.start);
}
