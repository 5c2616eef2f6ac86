// The gazetteer's Russian names as lookup tables: every case form of an official's names (generated
// by petrovich from the nominative the data gives), and expressions for states, places, roles and
// organisations whose words are matched with their endings. The data holds each name once.
import petrovich from 'petrovich';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { lazy, zod } from '../../lazy-zod.ts';
import { DATA_DIR } from '../../gazetteer/load.ts';
import { cachedValue } from '../../data-cache.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import type { PersonEntry, PlaceEntry, OrganisationEntry, CountryEntry } from '../../gazetteer/schema.ts';
import { LetterPattern } from '../../letter-classes.ts';

export type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
export const CASES: Case[] = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];

export interface NameForm {
  person: PersonEntry;
  cases: Set<Case>;
  /** Every case form of the person's first name: the word before or after a surname that says whose it is. */
  first: Set<string>;
}

/** A word that declines: its stem and how many letters an ending may add (0: it does not decline). */
export function stemOf(word: string): { stem: string; decl: boolean } {
  const w = word;
  if (w.length <= 3 || /[оеиуюыэ]$/i.test(w) || /^[\p{Lu}\d]+$/u.test(w)) return { stem: w, decl: false };
  if (/(?:ий|ый|ой|ая|ое)$/i.test(w)) return { stem: w.slice(0, -2), decl: true };
  if (/[аяьй]$/i.test(w)) return { stem: w.slice(0, -1), decl: true };
  return { stem: w, decl: true };
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A nominative phrase as an expression that matches its words in any case ("Нур-Султан" → "Нур-Султане"). */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.split('-').map((part, i, parts) => {
      const { stem, decl } = i < parts.length - 1 && parts.length > 1 && !/^\p{Lu}/u.test(part) ? { stem: part, decl: false } : stemOf(part);
      return esc(stem) + (decl ? '\\p{L}{0,3}' : '');
    }).join('-'))
    .join('\\s+');
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * Phrases found by their first word: each phrase is keyed by its first word's stem, and a word of the
 * text looks up its own stems (itself less up to three letters of ending), then tries the few phrases
 * filed there, anchored at the word. One expression per phrase, tried only where its first word
 * stands: no alternation of hundreds of names, which the engine compiles slowly.
 */
export class PhraseIndex<T> {
  // Each expression is compiled the first time a word of a text looks it up: most never are, and
  // compiling them all was most of the Russian reader's start-up.
  private readonly byKey = new Map<string, Array<{ value: T; phrase: string; re: RegExp | null; length: number }>>();

  constructor(list: Array<{ value: T; phrases: string[] }>, private readonly flags: string) {
    for (const { value, phrases } of list) {
      for (const p of phrases) {
        const phrase = p.trim();
        if (!phrase) continue;
        const first = phrase.split(/\s+/)[0];
        const key = first.split('-').map((part, i, parts) => (i < parts.length - 1 ? part : stemOf(part).stem)).join('-').toLowerCase();
        const list = this.byKey.get(key) ?? [];
        list.push({ value, phrase, re: null, length: phrase.length });
        this.byKey.set(key, list);
      }
    }
    // Longest first, so that "Российская Федерация" wins over "Россия" where both could match.
    for (const list of this.byKey.values()) list.sort((a, b) => b.length - a.length);
  }

  /** `words`: the sentence's words as `wordsOf` gives them, when the caller has them already. */
  find(text: string, offset = 0, words: Word[] = wordsOf(text)): Array<PhraseMatch<T>> {
    const out: Array<PhraseMatch<T>> = [];
    if (!this.byKey.size) return out;
    let covered = -1;
    for (const w of words) {
      if (w.index < covered) continue;
      let found: PhraseMatch<T> | null = null;
      for (const key of w.stems) {
        const list = this.byKey.get(key);
        if (!list) continue;
        for (const e of list) {
          e.re ??= new LetterPattern(`(?:${phraseSource(e.phrase)})(?!\\p{L})`, `y${this.flags}`);
          e.re.lastIndex = w.index;
          const hit = e.re.exec(text);
          if (hit) {
            found = { start: offset + w.index, end: offset + w.index + hit[0].length, value: e.value };
            break;
          }
        }
        if (found) break;
      }
      if (found) {
        out.push(found);
        covered = found.end - offset;
      }
    }
    return out;
  }
}

/** A word of a sentence with the stems it may be filed under: itself less up to three letters, lower-cased. */
export interface Word {
  index: number;
  stems: string[];
}

const WORDS = new LetterPattern('(?<![\\p{L}])[\\p{L}][\\p{L}-]*', 'gu');

/** The words of a text, read once for every index of a sentence. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
    const lower = m[0].toLowerCase();
    const stems: string[] = [];
    for (let cut = 0; cut <= 3 && cut < lower.length - 1; cut++) stems.push(lower.slice(0, lower.length - cut));
    out.push({ index: m.index, stems });
  }
  return out;
}

export interface RuGazetteer {
  g: Gazetteer;
  /** Surname forms as written (capitalised) → the people and cases they can be. */
  surnames: Map<string, NameForm[]>;
  /** The same, keyed by the folded spelling (foldSpelling): "Мирзиеев" finds Мирзиёев. */
  looseSurnames: Map<string, NameForm[]>;
  /** Full names that must be matched whole (short surnames such as "Си", "Ван И"). */
  wholeNames: PhraseIndex<PersonEntry>;
  countryNames: PhraseIndex<CountryEntry>;
  countryAdjectives: PhraseIndex<CountryEntry>;
  countryAbbreviations: Map<string, CountryEntry>;
  abbreviationRe: RegExp | null;
  places: PhraseIndex<PlaceEntry>;
  roles: PhraseIndex<string>;
  organisations: PhraseIndex<OrganisationEntry>;
  bodies: PhraseIndex<OrganisationEntry>;
  /** First names of the gazetteer's people, nominative: a name beside them reads as a person's. */
  firstNames: Map<string, 'm' | 'f'>;
  /** Every case form of those first names: "Карен Варданян" is not Рубен Варданян. */
  firstNameForms: Set<string>;
}

/**
 * A foreign name's Cyrillic spelling with the letters writers disagree on made alike: ё and э as е, й
 * as и, no hard or soft sign, a doubled letter once ("Мирзиеев" = Мирзиёев, "Уиткоф" = Уиткофф,
 * "Жеенбеков" = Жээнбеков). Only a word the exact forms do not know is looked up so.
 */
export function foldSpelling(word: string): string {
  return word.toLowerCase().replace(/[ёэ]/g, 'е').replace(/й/g, 'и').replace(/[ъь]/g, '').replace(/(\p{L})\1+/gu, '$1');
}

/** The plural case forms of a man's family name in the nominative: Алиев → Алиевы, Алиевых …; Пашинян → Пашиняны, Пашинянов … */
export function pluralForms(last: string): Array<[string, Case]> {
  if (/(?:ов|ев|ёв|ин|ын)$/u.test(last)) return [[last + 'ы', 'nominative'], [last + 'ых', 'genitive'], [last + 'ых', 'accusative'], [last + 'ых', 'prepositional'], [last + 'ыми', 'instrumental']];
  if (/(?:ский|цкий)$/u.test(last)) {
    const stem = last.slice(0, -2);
    return [[stem + 'ие', 'nominative'], [stem + 'их', 'genitive'], [stem + 'их', 'accusative'], [stem + 'им', 'dative'], [stem + 'ими', 'instrumental']];
  }
  // A foreign name ending in a hard consonant: Пашиняны, Пашинянам, Пашинянами, Пашинянах (not the
  // genitive "Пашинянов", which is another family's name as often: Алим → Алимов).
  if (/[бвгдзклмнпрстфхцчшщ]$/u.test(last) && last.length >= 4) return [[last + 'ы', 'nominative'], [last + 'ам', 'dative'], [last + 'ами', 'instrumental'], [last + 'ах', 'prepositional']];
  return [];
}

function addForm(map: Map<string, NameForm[]>, form: string, person: PersonEntry, c: Case, first: Set<string>): void {
  const list = map.get(form) ?? [];
  let f = list.find((x) => x.person === person);
  if (!f) list.push((f = { person, cases: new Set(), first }));
  f.cases.add(c);
  for (const x of first) f.first.add(x);
  map.set(form, list);
}

export function inflect(gender: 'male' | 'female', part: 'first' | 'last', word: string, c: Case): string {
  if (c === 'nominative') return word;
  try {
    return petrovich[gender][part][c](word);
  } catch {
    return word;
  }
}

const GivenNames = lazy((z = zod()) => z.object({ male: z.array(z.string().min(2)), female: z.array(z.string().min(2)) }));

/** Given names in Russian spelling (data/lexicon/ru-first-names.yaml), with their gender. */
function givenNames(file: string): Map<string, 'm' | 'f'> {
  const { parse } = createRequire(import.meta.url)('yaml') as typeof Yaml; // only when the cache misses
  const parsed = GivenNames().safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
  const out = new Map<string, 'm' | 'f'>();
  for (const n of parsed.data.male) out.set(n, 'm');
  for (const n of parsed.data.female) out.set(n, 'f');
  return out;
}

const memo = new WeakMap<Gazetteer, RuGazetteer>();

/** Every case form of the officials' Cyrillic surnames, as plain data (cached: petrovich is slow over 1,000 names). */
interface NameFormsData {
  /** Surname form → [person id, cases, the first name's forms]. */
  forms: Array<[string, Array<[string, Case[], string[]]>]>;
  /** People matched only by their whole name (short surnames): [person id, phrase]. */
  whole: Array<[string, string]>;
  firstNames: Array<[string, 'm' | 'f']>;
  firstNameForms: string[];
}

function nameForms(people: PersonEntry[], given: Map<string, 'm' | 'f'>): NameFormsData {
  const surnames = new Map<string, NameForm[]>();
  const whole: Array<[string, string]> = [];
  const firstNameForms = new Set<string>();
  for (const p of people) {
    const gender = p.gender === 'f' ? 'female' : 'male';
    for (const full of p.ru) {
      const words = full.trim().split(/\s+/);
      const last = words[words.length - 1];
      if (words.length < 2 || last.length < 4) {
        whole.push([p.id, full]);
        continue;
      }
      given.set(words[0], p.gender === 'f' ? 'f' : 'm');
      const firsts = new Set<string>();
      for (const c of ['nominative', ...CASES] as Case[]) firsts.add(inflect(gender, 'first', words[0], c));
      for (const f of firsts) firstNameForms.add(f);
      for (const c of ['nominative', ...CASES] as Case[]) addForm(surnames, inflect(gender, 'last', last, c), p, c, firsts);
      // A foreign name that ends like a Russian family name declines as a noun in the instrumental:
      // "Си Цзиньпином", not petrovich's "Цзиньпиным" (which stays: Путиным).
      if (gender === 'male' && /(?:ин|ын|ов|ев|ёв)$/u.test(last)) addForm(surnames, last + 'ом', p, 'instrumental', firsts);
    }
  }
  return {
    forms: [...surnames].map(([form, list]) => [form, list.map((f) => [f.person.id, [...f.cases], [...f.first]] as [string, Case[], string[]])]),
    whole,
    firstNames: [...given],
    firstNameForms: [...firstNameForms],
  };
}

const GIVEN_NAMES = join(DATA_DIR, 'lexicon', 'ru-first-names.yaml');

export function ruGazetteer(g: Gazetteer): RuGazetteer {
  const hit = memo.get(g);
  if (hit) return hit;
  const inputs = JSON.stringify(g.data.people.map((p) => [p.id, p.ru, p.gender ?? null])) + readFileSync(GIVEN_NAMES, 'utf8');
  const data = cachedValue('ru-name-forms', inputs, () => nameForms(g.data.people, givenNames(GIVEN_NAMES)));
  const surnames = new Map<string, NameForm[]>();
  for (const [form, list] of data.forms) {
    surnames.set(form, list.map(([id, cases, first]) => ({ person: g.people.get(id)!, cases: new Set(cases), first: new Set(first) })));
  }
  // Plural forms of a family ("супруги Алиевы", "с Пашинянами"): each names the man of that surname,
  // the same person its singular would be.
  for (const [form, list] of data.forms) {
    for (const [id, cases, first] of list) {
      const person = g.people.get(id)!;
      if (!cases.includes('nominative') || person.gender === 'f') continue;
      for (const [plural, c] of pluralForms(form)) if (!surnames.has(plural)) addForm(surnames, plural, person, c, new Set(first));
    }
  }
  const looseSurnames = new Map<string, NameForm[]>();
  for (const [form, list] of surnames) {
    const key = foldSpelling(form);
    const had = looseSurnames.get(key) ?? [];
    for (const f of list) if (!had.some((h) => h.person === f.person)) had.push(f);
    looseSurnames.set(key, had);
  }
  const whole: Array<{ value: PersonEntry; phrases: string[] }> = data.whole.map(([id, phrase]) => ({ value: g.people.get(id)!, phrases: [phrase] }));
  const firstNames = new Map(data.firstNames);
  const firstNameForms = new Set(data.firstNameForms);
  const countries = g.data.countries.filter((c) => c.ru);
  const abbr = new Map<string, CountryEntry>();
  for (const c of countries) for (const a of c.ru?.abbreviations ?? []) abbr.set(a, c);
  const abbrs = [...abbr.keys()].sort((a, b) => b.length - a.length).map(esc);
  const rg: RuGazetteer = {
    g,
    surnames,
    looseSurnames,
    wholeNames: new PhraseIndex(whole, 'u'),
    countryNames: new PhraseIndex(countries.map((c) => ({ value: c, phrases: c.ru?.names ?? [] })), 'u'),
    countryAdjectives: new PhraseIndex(countries.map((c) => ({ value: c, phrases: c.ru?.adjectives ?? [] })), 'iu'),
    countryAbbreviations: abbr,
    abbreviationRe: abbrs.length ? new LetterPattern(`(?<!\\p{L})(?:${abbrs.join('|')})(?!\\p{L})`, 'gu') : null,
    places: new PhraseIndex(g.data.places.map((p) => ({ value: p, phrases: p.ru })), 'u'),
    roles: new PhraseIndex(g.roles.map((r) => ({ value: r.id, phrases: r.ru })), 'iu'),
    organisations: new PhraseIndex(g.data.organisations.map((o) => ({ value: o, phrases: o.ru })), 'u'),
    bodies: new PhraseIndex(g.data.organisations.map((o) => ({ value: o, phrases: o.ru_bodies })), 'iu'),
    firstNames,
    firstNameForms,
  };
  memo.set(g, rg);
  return rg;
}
