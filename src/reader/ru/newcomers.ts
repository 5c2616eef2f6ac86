// People the gazetteer does not know, named in Russian text with their office: "посол России в
// Армении Сергей Копыркин", "Марко Джурич, министр иностранных дел Сербии", or with a first name the
// gazetteer knows. Their nominative is found by generating case forms (petrovich) until one gives the
// words as written; their name is written in Latin letters (cyrillic-to-translit-js, with "ye" after a
// vowel as English-language media write it: Сысоев → Sysoyev); their state is the one their office is
// given with. Once introduced, the surname alone finds them again in later sentences.
import type { PersonEntry } from '../../gazetteer/schema.ts';
import { CASES, inflect, type Case, type RuGazetteer } from './gazetteer.ts';
import type { RuCountry, RuOrg, RuPerson, RuPlace, RuRole } from './mentions.ts';
import type { RuLexicon } from './lexicon.ts';
import { latin, nominatives, PLAINLY_OBLIQUE, sameSound, soundKey } from './latin.ts';

export { latin };

type Gender = 'male' | 'female';

/** The newcomers of one document: a person per nominative full name, and every case form of their surnames. */
export interface Newcomers {
  persons: Map<string, PersonEntry>;
  forms: Map<string, { person: PersonEntry; cases: Set<Case> }>;
  /** The office each was named with and its state: a later mention of that office is that person. */
  offices: Map<PersonEntry, { role: string; state: string }>;
  /** Offices of one state told so far with no name beside them ("глава МИД Армении"), keyed role@state. */
  unnamed: Map<string, RuRole>;
}

export function newcomerRegistry(): Newcomers {
  return { persons: new Map(), forms: new Map(), offices: new Map(), unnamed: new Map() };
}

const synthetic = new WeakSet<PersonEntry>();

/** A person read from the text, not from the gazetteer: no actor id, no roles. */
export function isNewcomer(p: PersonEntry): boolean {
  return synthetic.has(p);
}

export interface NameReading {
  first: string;
  last: string;
  gender: Gender;
  case: Case;
}

/**
 * The nominative of a first name and a surname written in one case: both words must come out of the
 * same gender and case. Readings that explain an inflected word are preferred to reading the words as
 * nominatives; then a first name the gazetteer knows; then the man's reading.
 */
export function readName(first: string, last: string, knownFirst: Map<string, 'm' | 'f'>, surnameShape?: RegExp): NameReading | null {
  const readings: Array<NameReading & { score: number }> = [];
  // A double first name declines in its last part only: "Касым-Жомартом" ← Касым-Жомарт.
  const dash = first.lastIndexOf('-');
  const head = dash > 0 ? first.slice(0, dash + 1) : '';
  const tail = first.slice(head.length);
  for (const gender of ['male', 'female'] as Gender[]) {
    for (const c of ['nominative', ...CASES] as Case[]) {
      const f = nominatives(tail).filter((n) => inflect(gender, 'first', n, c) === tail).map((n) => head + n);
      // A man's surname in -а/-я is rare unless it has a family name's ending (Окуджава, Берия): "Сергея
      // Шойгу" keeps an indeclinable Шойгу rather than the accusative of a "Шойга".
      const l = nominatives(last).filter((n) => inflect(gender, 'last', n, c) === last)
        .filter((n, _, all) => !(surnameShape && gender === 'male' && n !== last && /[ую]$/u.test(last) && /[ая]$/u.test(n) && !surnameShape.test(n) && all.includes(last)))
        // A word that is a family name as written ("Чавушоглу", "Гарибашвили") is not an oblique case of
        // a word that is none ("Чавушогл").
        .filter((n, _, all) => !(surnameShape && n !== last && all.includes(last) && surnameShape.test(last) && !surnameShape.test(n)));
      if (!f.length || !l.length) continue;
      // A first name the gazetteer knows has a gender: "Сергей Шойгу" is no woman's name in the accusative.
      if (f.every((x) => knownFirst.has(x) && knownFirst.get(x) !== gender[0])) continue;
      // In an oblique case, a nominative that changes the word explains it ("Светловой" ← Светлова, not
      // an indeclinable "Светловой"); among those the one from the longest ending (nominatives() order:
      // "Озёрского" ← Озёрский); a first name the gazetteer knows first.
      const rank = (xs: string[], w: string): string[] =>
        xs.sort((a, b) => Number(c !== 'nominative' && b !== w) - Number(c !== 'nominative' && a !== w));
      const fn = f.find((x) => knownFirst.has(x)) ?? rank(f, first)[0];
      const ln = rank(l, last)[0];
      // A changed surname is evidence of a case only when its ending is plainly oblique or the first name
      // changed with it: "Хаменеи" after an indeclinable "Али" stays as written.
      const changed = (fn !== first ? 1 : 0) + (ln !== last && (fn !== first || PLAINLY_OBLIQUE.test(last)) ? 1 : 0);
      // The first name's gender: the gazetteer's, else its ending (Мария, Ольга; not Никита, which the gazetteer knows).
      const firstGender = knownFirst.get(fn) ?? (/[ая]$/u.test(fn) ? 'f' : 'm');
      const score = changed * 2 + (knownFirst.has(fn) ? 5 : 0) + (firstGender === gender[0] ? 1 : 0) + (gender === 'male' ? 0.5 : 0) + (c === 'nominative' ? 0.25 : 0);
      readings.push({ first: fn, last: ln, gender, case: c, score });
    }
  }
  if (!readings.length) return null;
  readings.sort((a, b) => b.score - a.score);
  const { score: _, ...best } = readings[0];
  return best;
}

/** Two or three capitalised Cyrillic words: a first name, perhaps a patronymic, a surname. */
const NAME = /(?<![\p{L}.-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)\s([А-ЯЁ][а-яё]+)(?:\s([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?))?(?![\p{L}-])/gu;
const PATRONYMIC = /(?:вич|вна|ична|инична)(?:а|у|ем|е|ой|у|ы)?$/u;
const WORD = /(?<![\p{L}-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?(?![\p{L}-])/gu;
/** Between an office and the name: up to five words with no stop and no verb ("посол России в Армении"). */
const GAP = /^\s*(?:[\p{L}-]+\s+){0,5}$/u;
const VERBISH = /(?:ал|ял|ел|ил|ыл|ул|ала|ила|ели|или|али|ет|ит|ют|ут)$/u;

export interface Known {
  people: RuPerson[];
  roles: RuRole[];
  countries: RuCountry[];
  places: RuPlace[];
  orgs: RuOrg[];
}

/** Newcomers named in one sentence, and newcomers told before named again by their surname. */
export function findNewcomers(rg: RuGazetteer, text: string, offset: number, known: Known, reg: Newcomers, lex: Pick<RuLexicon, 'surnameShape' | 'bareSurnameShape' | 'latinByState'>): RuPerson[] {
  const { surnameShape } = lex;
  const out: RuPerson[] = [];
  const taken = (s: number, e: number): boolean =>
    [...known.people, ...known.countries, ...known.places, ...known.orgs, ...known.roles, ...out].some((m) => m.start < e && m.end > s);
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    const three = !!m[3] && PATRONYMIC.test(m[2]);
    const [firstW, lastW] = three ? [m[1], m[3]] : [m[1], m[2]];
    const s = offset + m.index;
    const e = offset + m.index + (three ? m[0].length : m[1].length + 1 + m[2].length);
    // A first name and a patronymic with no surname ("Сергея Евгеньевича"), or a longer run of capitals
    // ("Содружества Независимых Государств", "Реджеп Тайип Эрдоган" with its surname known): no newcomer.
    const runOn = (m[3] && !three) || /[А-ЯЁ][а-яё]+\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) && !known.roles.some((r) => r.end === s) && !known.countries.some((c) => c.end === s - 1 || c.end === s);
    if (PATRONYMIC.test(lastW) || runOn || taken(s, e)) {
      // Resume right after the first word: "Россия Сергей Копыркин" may hold a name after a state.
      NAME.lastIndex = m.index + m[1].length;
      continue;
    }
    // Not an office another person's name stands after ("Президенты России Владимир Путин и Казахстана …").
    const between = (r: RuRole): boolean => [...known.people, ...out].some((p) => p.start >= r.end && p.end <= s);
    const before = known.roles.filter((r) => r.end <= s && GAP.test(text.slice(r.end - offset, s - offset)) && !text.slice(r.end - offset, s - offset).trim().split(/\s+/).some((w) => w && VERBISH.test(w)) && !between(r));
    // With no office of its own, a state named right before the name is the person's: "… и Казахстана
    // Касым-Жомарт Токаев" (not "посол России в Армении Сергей Копыркин", whose office gives Russia).
    const adjacent = known.countries.find((c) => c.kind !== 'adjective' && c.end <= s && /^\s+$/u.test(text.slice(c.end - offset, s - offset)));
    const role = before.length ? before[before.length - 1] : known.roles.find((r) => r.start >= e && /^\s*,\s*$/u.test(text.slice(e - offset, r.start - offset)));
    // Told before in another case: the same person, whatever this pair alone would read as ("Сергею
    // Шойгу" after "Сергей Шойгу" is not a "Шойг").
    const again = reg.forms.get(lastW);
    const told = again && (again.person.ru[0].slice(0, 3) === firstW.slice(0, 3) || !again.person.ru[0].includes(' ')) ? again : undefined;
    if (told) {
      // The first reading took a surname in -у/-ю/-е/-и for the oblique case of another nominative
      // ("Сергею Шойгу" read as the dative of a "Шойг"); a first name in a case that word cannot be in
      // ("Сергея Шойгу") shows it is written as it is in every case: the newcomer's name is corrected.
      const again = readName(firstW, lastW, rg.firstNames, surnameShape);
      if (again && again.last === lastW && again.case !== 'nominative' && !told.cases.has(again.case) && isNewcomer(told.person) && told.person.ru[0] !== `${again.first} ${again.last}`) {
        rename(rg, reg, told.person, again, lex.latinByState);
      }
      out.push({ start: s, end: e, person: told.person, cases: reg.forms.get(lastW)?.cases ?? told.cases, rule: 'ru.name.newcomer.again', role });
      NAME.lastIndex = m.index + (e - s);
      continue;
    }
    const reading = readName(firstW, lastW, rg.firstNames, surnameShape);
    if (!reading) continue;
    // Without an office beside it, a name is read when its first name is one the gazetteer knows, or
    // its second word has a family name's ending ("Байрамов", "Мирзоян", "Гарибашвили").
    const knownFirst = rg.firstNames.has(reading.first);
    // At a sentence's start any word is capitalised ("Ранее Пашинян …"): there only a known first name will do.
    const opening = !text.slice(0, m.index).trim() || /[.!?…»"]\s*$/u.test(text.slice(0, m.index));
    if (!role && !knownFirst && (opening || !surnameShape.test(reading.last))) continue;
    const person = register(rg, reg, reading, role, known.countries, lex.latinByState, role ? undefined : adjacent?.code);
    out.push({ start: s, end: e, person, cases: new Set([reading.case]), rule: role ? 'ru.name.newcomer.office' : knownFirst ? 'ru.name.newcomer.first-name' : 'ru.name.newcomer.surname-ending', role });
    NAME.lastIndex = m.index + (e - s);
  }
  // A newcomer told before, named again by the surname: "Джурич отметил …".
  if (reg.forms.size) {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const hit = reg.forms.get(m[0]);
      const s = offset + m.index;
      if (hit && !taken(s, s + m[0].length)) out.push({ start: s, end: s + m[0].length, person: hit.person, cases: hit.cases, rule: 'ru.name.newcomer.again' });
    }
  }
  bareSurnames(rg, text, offset, known, reg, lex, out, taken);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A family name alone, for an office told with no name: right after the office ("глава МИД Армении
 * Мирзоян заявил …"), or in a later sentence when the document has told one such office only
 * ("Лавров встретился с главой МИД Армении. … Мирзоян отметил …"). The word must read back to a
 * nominative with a family name's ending and stand alone (no capitalised word beside it).
 */
function bareSurnames(rg: RuGazetteer, text: string, offset: number, known: Known, reg: Newcomers, lex: Pick<RuLexicon, 'surnameShape' | 'bareSurnameShape' | 'latinByState'>, out: RuPerson[], taken: (s: number, e: number) => boolean): void {
  const found: RuPerson[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    const s = offset + m.index;
    const e = s + w.length;
    if (w.length < 5 || w.includes('-') || taken(s, e) || found.some((f) => f.start === s) || rg.firstNameForms.has(w) || rg.firstNames.has(w)) continue;
    // Initials before it, as official readouts write names ("министр … А.Мирзоян", "С.В.Лавров").
    const initials = INITIALS.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[0] ?? '';
    const right = known.roles.find((r) => r.countries.length === 1 && r.end <= s - initials.length && /^\s*$/u.test(text.slice(r.end - offset, s - offset - initials.length)) && (initials || r.end < s));
    // Alone: no capitalised word right before (but an office's state) or after it (those are pairs, read above).
    if ((!right && /[А-ЯЁ][а-яё]+\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) || /^\s+[А-ЯЁ]/u.test(text.slice(m.index + w.length))) continue;
    const reading = bareReading(w, initials ? lex.surnameShape : lex.bareSurnameShape);
    if (!reading) continue;
    const offices = [...reg.unnamed.values()];
    const role = right ?? (offices.length === 1 ? offices[0] : undefined);
    // With initials a family name needs no office: the initials say it is a person's.
    if (!role && !initials) continue;
    const adjacent = role ? undefined : known.countries.find((c) => c.kind !== 'adjective' && c.end <= s - initials.length && /^\s*$/u.test(text.slice(c.end - offset, s - offset - initials.length)));
    const person = register(rg, reg, reading, role, known.countries, lex.latinByState, adjacent?.code);
    const start = s - initials.length;
    found.push({ start, end: e, person, cases: new Set([reading.case]), rule: right ? 'ru.name.newcomer.bare-after-office' : role ? 'ru.name.newcomer.bare-office-before' : 'ru.name.newcomer.initials', role });
  }
  out.push(...found);
  // Offices of one state with no name right after them, for the sentences that follow.
  for (const r of known.roles) {
    if (r.countries.length !== 1 || r.role === 'leader' || r.role === 'counterpart') continue;
    if ([...known.people, ...out].some((p) => p.start >= r.end && p.start - r.end <= 3) || [...known.people, ...out].some((p) => p.role === r)) continue;
    reg.unnamed.set(`${r.role}@${r.countries[0]}`, r);
  }
  // An office that found its holder is no longer waiting for one.
  for (const [k, r] of reg.unnamed) if ([...reg.offices.values()].some((o) => `${o.role}@${o.state}` === k) && r) reg.unnamed.delete(k);
}

/** One or two initials right before a family name: "А.", "С.В.", "С. В. ". */
const INITIALS = /(?<![\p{L}.])(?:[А-ЯЁ]\.\s?){1,2}$/u;

/** A family name written alone in some case, read as a man's unless only a woman's form explains it. */
function bareReading(word: string, surnameShape: RegExp): NameReading | null {
  // A man's name in an oblique case first ("Мирзояна", "Лаврову"), read back to a family name's nominative.
  for (const c of CASES) {
    const n = nominatives(word).find((x) => x !== word && surnameShape.test(x) && inflect('male', 'last', x, c) === word);
    if (n) return { first: '', last: n, gender: 'male', case: c };
  }
  if (surnameShape.test(word)) return { first: '', last: word, gender: /[ая]$/u.test(word) ? 'female' : 'male', case: 'nominative' };
  return null;
}

/**
 * A newcomer's nominative read anew: the same person (every mention so far points to it) with the new
 * name, in Latin letters too, and the case forms of the new surname in place of the old ones.
 */
function rename(rg: RuGazetteer, reg: Newcomers, person: PersonEntry, r: NameReading, latinByState: Map<string, Array<[string, string]>>): void {
  const full = [r.first, r.last].filter(Boolean).join(' ');
  // The id stays: mentions and candidates so far may be keyed by it.
  const p = person as { name: string; ru: string[] };
  for (const [form, f] of [...reg.forms]) if (f.person === person) reg.forms.delete(form);
  for (const [k, v] of [...reg.persons]) if (v === person) reg.persons.delete(k);
  p.ru = [full];
  p.name = latinName(rg, r, person.country, latinByState);
  reg.persons.set(full, person);
  addForms(reg, person, r);
}

function addForms(reg: Newcomers, person: PersonEntry, r: NameReading): void {
  for (const c of ['nominative', ...CASES] as Case[]) {
    const form = inflect(r.gender, 'last', r.last, c);
    const f = reg.forms.get(form) ?? { person, cases: new Set<Case>() };
    if (f.person === person) {
      f.cases.add(c);
      reg.forms.set(form, f);
    }
  }
}

/**
 * The Latin spelling the gazetteer gives a family name it knows for someone else, when it sounds like
 * the one transliterated ("Садыр Жапаров" beside Akylbek Japarov: Japarov, not Zhaparov); a family
 * spelled another way in English (Sarkissian beside Sargsyan, both Саркисян) keeps its own.
 */
function knownSpelling(rg: RuGazetteer, last: string, own: string): string | undefined {
  for (const f of rg.surnames.get(last) ?? []) {
    if (!f.cases.has('nominative')) continue;
    const words = f.person.name.trim().split(/\s+/);
    const spelt = words[words.length - 1];
    if (words.length > 1 && sameSound(soundKey(spelt), soundKey(own)) === 0) return spelt;
  }
  return undefined;
}

/** A newcomer's name in Latin letters: the letters of their state, a family name as the gazetteer spells it. */
function latinName(rg: RuGazetteer, r: NameReading, state: string, latinByState: Map<string, Array<[string, string]>>): string {
  const letters = latinByState.get(state);
  const last = r.last && latin(r.last, letters);
  return [r.first && latin(r.first, letters), last && (knownSpelling(rg, r.last, last) ?? last)].filter(Boolean).join(' ');
}

function register(rg: RuGazetteer, reg: Newcomers, r: NameReading, role: RuRole | undefined, countries: RuCountry[], latinByState: Map<string, Array<[string, string]>>, adjacent?: string): PersonEntry {
  const full = [r.first, r.last].filter(Boolean).join(' ');
  const had = reg.persons.get(full);
  if (had) return had;
  const state = adjacent ?? role?.countries[0] ?? (role ? countries.find((c) => c.start >= role.start && c.end <= role.end + 40)?.code : undefined) ?? '';
  const person = { id: `newcomer:${full}`, name: latinName(rg, r, state, latinByState), country: state, aliases: [], roles: [], ru: [full], gender: r.gender === 'female' ? 'f' : 'm' } as unknown as PersonEntry;
  synthetic.add(person);
  reg.persons.set(full, person);
  if (role && state && role.role !== 'counterpart') reg.offices.set(person, { role: role.role, state });
  addForms(reg, person, r);
  return person;
}
