// Russian names and their Latin spellings, both ways. `latin` writes a Cyrillic name in Latin letters
// as English-language media do (newcomers get their English name so). `LatinSurnames` goes the other
// way for the gazetteer's officials: a capitalised Russian word that no Cyrillic spelling of the data
// explains ("Шольцем", "Блинкену", a Cyrillic spelling the data lacks) is read back to the nominatives
// it may come from, each written in Latin letters, and compared with the officials' Latin surnames by
// how they sound (soundKey), with one letter of tolerance in longer names. A reading counts only when
// petrovich, declining that nominative for the official's gender, gives the word as written: the case
// is then known as for any gazetteer form.
//
// Latin→Cyrillic generation was tried first and dropped: cyrillic-to-translit-js `reverse` reads Latin
// as a transliteration of Russian, so "Scholz", "Macron" or "Johnson" come out letter by letter
// ("Сcхолз"), while Cyrillic→Latin is the direction the library is made for.
import { createRequire } from 'node:module';
import { distance } from 'fastest-levenshtein';
import type { PersonEntry } from '../../gazetteer/schema.ts';
import { CASES, inflect, type Case } from './gazetteer.ts';

const require = createRequire(import.meta.url);

let translit: ((s: string) => string) | null = null;

/**
 * Latin letters for a Cyrillic name, as English-language media usually write it. `letters`: the
 * spellings of the name's state where they depart from the Russian table (ru.yaml `latin_by_state`).
 */
export function latin(name: string, letters: Array<[string, string]> = []): string {
  if (!translit) {
    const C = require('cyrillic-to-translit-js') as new (o: { preset: string }) => { transform(s: string): string };
    const t = new C({ preset: 'ru' });
    translit = (s) => t.transform(s);
  }
  for (const [ru, lat] of letters) {
    name = name.replace(new RegExp(ru, 'giu'), (w) => (w[0] === w[0].toLowerCase() ? lat : lat.charAt(0).toUpperCase() + lat.slice(1)));
  }
  // "е" after a vowel (not и), a hard or a soft sign is "ye": Сысоев → Sysoyev, Объедков → Obyedkov.
  const yed = name.replace(/(?<=[аеёоуыэюяъь])е/giu, (e) => (e === 'Е' ? 'Йе' : 'йе')).replace(/[ъь](?=йе)/giu, '');
  return translit(yed).replace(/([A-Za-z])'/g, '$1');
}

/** Endings no nominative of a family name has. */
export const PLAINLY_OBLIQUE = /(?:ом|ем|ым|им|ой|ей|ого|его|ому|ему|ую|ою|у|ю|е)$/u;
const OBLIQUE = ['', 'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'ом', 'ем', 'ой', 'ей', 'ым', 'им', 'ого', 'его', 'ому', 'ему', 'ую', 'ою'];
const NOMINATIVE = ['', 'а', 'я', 'й', 'ь', 'ий', 'ый', 'ая', 'ой', 'о'];

/** Nominatives a word written in some case may come from: "Джуричем" ← Джурич, "Захаровой" ← Захарова. */
export function nominatives(word: string): string[] {
  const out = new Set<string>();
  for (const e of [...OBLIQUE].sort((a, b) => b.length - a.length)) {
    if (!word.endsWith(e) || word.length - e.length < 2) continue;
    const stem = word.slice(0, word.length - e.length);
    for (const n of NOMINATIVE) out.add(stem + n);
  }
  return [...out];
}

/** Letters of other Latin alphabets, written as a Russian reader hears them before accents are dropped. */
const LETTERS: Array<[RegExp, string]> = [
  [/[çčć]/g, 'ch'], [/[şšś]/g, 'sh'], [/[žź]/g, 'zh'], [/ı/g, 'i'], [/ə/g, 'e'], [/ł/g, 'l'], [/ø/g, 'o'], [/æ/g, 'e'], [/ß/g, 'ss'], [/đ/g, 'd'],
];

/**
 * How a Latin name sounds, as a key two spellings of one name share: "Scholz" and "Sholts" (Шольц),
 * "Macron" and "Makron", "Aliyev" and "Aliev", "Johnson" and "Dzhonson". Order matters: digraphs first.
 */
export function soundKey(name: string): string {
  let s = name.toLowerCase();
  for (const [re, to] of LETTERS) s = s.replace(re, to);
  s = s.normalize('NFD').replace(/[^a-z]/g, '');
  return s
    .replace(/tsch/g, 'ch').replace(/sch/g, 'sh').replace(/dzh|dj|zh/g, 'j').replace(/kh/g, 'h')
    .replace(/ck/g, 'k').replace(/ph/g, 'f').replace(/th/g, 't').replace(/gh/g, 'g').replace(/qu?/g, 'k')
    .replace(/x/g, 'ks').replace(/w/g, 'v').replace(/c(?=[eiy])/g, 's').replace(/c(?!h)/g, 'k')
    // Japanese "shi", "chi" as Russian writes them (Kishida: Кисида, Takaichi: Такаити).
    .replace(/shi/g, 'si').replace(/chi/g, 'ti')
    // An English w before a vowel written у (Witkoff: Уиткофф), at the start of a name.
    .replace(/^u(?=[aeio])/, 'v')
    .replace(/t[sz]|z/g, 'z').replace(/ou|oo/g, 'u').replace(/ee/g, 'i').replace(/y/g, 'i')
    // An h not sounded in one spelling and absent from the other: after a consonant, or after a vowel
    // before a consonant (Johnson, Hahn); between vowels it is sounded (Zakharov, Zuhurov) and stays.
    .replace(/(?<=[^scaeiouy])h|(?<=[aeiouy])h(?![aeiouy])/g, '')
    .replace(/(\p{L})\1+/gu, '$1');
}

const VOWEL = /[aeiou]/g;
const skeleton = (k: string): string => k.replace(VOWEL, '');

/**
 * Two sound keys are the same name: equal; or one letter apart in a key of six letters or more where
 * only a vowel differs ("baiden"/"biden" is not, "blinkin"/"blinken" is), or in any way in a key of
 * seven letters or more. Shorter keys must be equal: one letter off in five is another name.
 */
export function sameSound(a: string, b: string): number | null {
  if (a === b) return 0;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1) return null;
  const d = distance(a, b);
  if (d !== 1) return null;
  return Math.min(a.length, b.length) >= 7 || skeleton(a) === skeleton(b) ? 1 : null;
}

/** Words a name may end with that are not its family name: "Carl XVI Gustaf" has no family name to match. */
const NOT_A_SURNAME = /^(?:[IVX]+|Jr\.?|Sr\.?)$/;

/** A reading of a Russian word as an official's Latin surname. */
export interface LatinReading {
  person: PersonEntry;
  cases: Set<Case>;
  /** 0: the keys are equal; 1: one letter apart. */
  distance: number;
}

/** The gazetteer's Latin surnames by sound key, for Russian words that its Cyrillic spellings do not explain. */
export class LatinSurnames {
  private readonly byKey = new Map<string, PersonEntry[]>();
  /** A key less one letter → the keys it comes from: candidates one edit away, found without a scan. */
  private readonly byDeletion = new Map<string, Set<string>>();
  private readonly firstKeys = new Map<PersonEntry, string[]>();
  private readonly memo = new Map<string, LatinReading[]>();
  /** The letter sets of latin_by_state, each with the states that write so. */
  private readonly spellings: Array<{ letters: Array<[string, string]>; states: Set<string> | null }> = [{ letters: [], states: null }];

  constructor(people: PersonEntry[], latinByState: Map<string, Array<[string, string]>> = new Map()) {
    for (const p of people) {
      const firsts: string[] = [];
      for (const n of [p.name, ...p.aliases]) {
        const words = n.trim().split(/\s+/);
        while (words.length > 1 && NOT_A_SURNAME.test(words[words.length - 1])) words.pop();
        if (words.length > 1) firsts.push(soundKey(words[0]));
        else if (n !== p.name) {
          // A surname alone among the aliases ("Pashinian"): a spelling of the family name.
        } else continue;
        for (const k of heardAs(soundKey(words[words.length - 1]))) {
          if (k.length < 4) continue;
          const list = this.byKey.get(k) ?? [];
          if (!list.includes(p)) list.push(p);
          this.byKey.set(k, list);
          for (const d of deletions(k)) {
            const set = this.byDeletion.get(d) ?? new Set();
            set.add(k);
            this.byDeletion.set(d, set);
          }
        }
      }
      this.firstKeys.set(p, firsts);
    }
    const seen = new Map<string, Set<string>>();
    for (const [state, letters] of latinByState) {
      const k = JSON.stringify(letters);
      const states = seen.get(k) ?? new Set();
      if (!seen.has(k)) {
        seen.set(k, states);
        this.spellings.push({ letters, states });
      }
      states.add(state);
    }
  }

  /** Officials whose Latin surname sounds like this Latin word, with how far apart the keys are. */
  private lookup(key: string): Array<{ person: PersonEntry; distance: number }> {
    const out: Array<{ person: PersonEntry; distance: number }> = [];
    const keys = new Set<string>([key]);
    for (const d of [key, ...deletions(key)]) for (const k of this.byDeletion.get(d) ?? []) keys.add(k);
    for (const d of deletions(key)) if (this.byKey.has(d)) keys.add(d);
    for (const k of keys) {
      const dist = sameSound(key, k);
      if (dist == null) continue;
      for (const person of this.byKey.get(k) ?? []) out.push({ person, distance: dist });
    }
    return out;
  }

  /**
   * The officials a capitalised Russian word may name, each with the cases it is in: a nominative the
   * word may come from, in Latin letters (with the letters of the official's state), sounds like the
   * official's surname, and petrovich declines it back to the word for the official's gender. Of
   * several readings of one official the closest is kept.
   */
  read(word: string): LatinReading[] {
    const hit = this.memo.get(word);
    if (hit) return hit;
    const best = new Map<PersonEntry, LatinReading>();
    for (const n of new Set([word, ...nominatives(word)])) {
      for (const { letters, states } of this.spellings) {
        const key = soundKey(latin(n, letters));
        if (key.length < 4) continue;
        for (const { person, distance: dist } of this.lookup(key)) {
          if (states && !states.has(person.country)) continue;
          // One letter of tolerance only for an official the data gives no Cyrillic spelling: a word
          // one letter off a spelling the data has is another word ("Лавровый", "Пашинянц").
          if (dist > 0 && person.ru.length) continue;
          const had = best.get(person);
          if (had && had.distance < dist) continue;
          const gender = person.gender === 'f' ? 'female' : 'male';
          const cases = (['nominative', ...CASES] as Case[]).filter((c) => inflect(gender, 'last', n, c) === word);
          if (!cases.length) continue;
          if (had && had.distance === dist) for (const c of cases) had.cases.add(c);
          else best.set(person, { person, cases: new Set(cases), distance: dist });
        }
      }
    }
    const out = [...best.values()];
    const closest = Math.min(...out.map((r) => r.distance));
    const kept = out.filter((r) => r.distance === closest);
    this.memo.set(word, kept);
    return kept;
  }

  /** A Cyrillic first name, in any case, is one of the official's Latin first names ("Олафом" for Olaf). */
  firstNameFits(person: PersonEntry, word: string): boolean {
    const keys = this.firstKeys.get(person) ?? [];
    if (!keys.length) return false;
    for (const n of new Set([word, ...nominatives(word)])) {
      const k = soundKey(latin(n));
      if (keys.some((f) => f === k || (k.length >= 4 && sameSound(f, k) != null))) return true;
    }
    return false;
  }
}

/**
 * The keys a Latin surname is filed under: its own, and how Russian writes some of its letters. An
 * initial h is often not written (Hovhannisyan: Ованнисян) or written г (Heydarov: Гейдаров); a French
 * ch is ш (Michel: Мишель); an English u, the only u of a name, is often а (Trump: Трамп, Hunt: Хант).
 */
export function heardAs(key: string): string[] {
  const out = new Set([key]);
  if (key.startsWith('h')) {
    out.add(key.slice(1));
    out.add('g' + key.slice(1));
  }
  if (key.includes('ch')) out.add(key.replace(/ch/g, 'sh'));
  // One such u only: "Zuhurov" (Зухуров) is no "Zaharov".
  if ((key.match(/u/g) ?? []).length === 1) out.add(key.replace(/(?<=[^aeiou])u(?=[^aeiou])/, 'a'));
  return [...out];
}

function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}
