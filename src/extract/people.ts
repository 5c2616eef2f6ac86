// Names of people in a sentence. A capitalised run of words is matched against the gazetteer: the
// full name first (with transliteration folding), then the surname, then a fuzzy surname backed by a
// matching first name or an honorific ("Mr. Mushustin"). A name the gazetteer lacks is still taken
// when the sentence says who the person is ("Deputy Foreign Minister Mnatsakan Safaryan").
import type { Gazetteer } from '../gazetteer/index.ts';
import type { PersonEntry } from '../gazetteer/schema.ts';
import { fold, normPhrase } from '../gazetteer/fold.ts';
import type { PersonMention } from '../types.ts';
import { atPlace } from '../types.ts';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.ts';
import { readYamlData } from '../data-cache.ts';
import { zod } from '../lazy-zod.ts';

/** Words of address before a name ("Ayatollah", "Sheikh"), folded lower-case: data/lexicon/name-titles.yaml, read once. */
let nameTitles: Set<string> | null = null;
function isNameTitle(w: string): boolean {
  nameTitles ??= new Set(readYamlData(join(DATA_DIR, 'lexicon', 'name-titles.yaml'), (raw, z = zod()) => z.object({ titles: z.array(z.string()) }).parse(raw)).titles.map((t) => t.toLowerCase()));
  return nameTitles.has(w);
}

// The lookahead names every letter a run can start with (A-Z, or a code point past Latin-1's symbols,
// where all other capitals are): the engine skips ahead to one instead of trying each place in full.
// A middle initial between name words ("Michael R. Pompeo") stays inside the run; wordsOf leaves it out.
const RUN = /(?=[A-Z\u00C0-\u{10FFFF}])(?:\b(?:Mr|Ms|Mrs|Dr|Sir|Madam)\.?\s+)?\p{Lu}[\p{L}’'-]*(?:[ \t]+\p{Lu}\.(?=[ \t]+\p{Lu}\p{Ll}))?(?:[ \t]+(?:(?:bin|ibn|al|von|der|de|van|da|du|la|le|el)[ \t]+)*\p{Lu}[\p{L}’'-]*(?:[ \t]+\p{Lu}\.(?=[ \t]+\p{Lu}\p{Ll}))?)*/gu;
const LETTER = /\p{L}/u;
/** Is the code unit at `i` a letter? ASCII by its code, anything else by LETTER (as `LETTER.test(text[i])`). */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[i]);
}
const NON_WORD = /[^\p{L}.'’-]+/u;
/** A word that can be part of a name: a capital then small letters ("Smith", "O'Brien", "D’Souza"). */
const CAPITALISED = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu}\p{Ll})/u;
const HONORIFIC = /^(?:Mr|Ms|Mrs|Dr|Sir|Madam)\.?\s+/;
const POSSESSIVE = /[’']s?$/;
/** Capitalised words that never start or end a person's name. */
const NOT_NAME = new Set(
  'the a an on in at of and but for with by to from as after before during since while when this that these those his her their its our mr ms mrs dr sir january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday according also however meanwhile earlier later today yesterday according during president minister prime deputy foreign defence defense speaker ambassador chairman chairwoman secretary general special representative envoy spokeswoman spokesman head first vice state council federation assembly parliament government ministry office republic kremlin white house european union commission foreign affairs affairs news source photo read see share'.split(' '),
);

export interface NameContext {
  /** Persons already resolved in this document, by folded surname: keeps one reading per document. */
  bySurname: Map<string, PersonMention>;
  date: string | null;
}

/** The folded first word of a person's name and of each alias, read once per person. */
const firstWords = new WeakMap<PersonEntry, string[]>();
function firstWordsOf(p: PersonEntry): string[] {
  let out = firstWords.get(p);
  if (!out) firstWords.set(p, (out = [p.name, ...p.aliases].map((n) => fold(n.split(/\s+/)[0]))));
  return out;
}

/** The folded last word of a name: the key of `NameContext.bySurname`. */
function surnameKey(name: string): string {
  return fold(name.split(/\s+/).pop() ?? name);
}

/** surnameKey of a gazetteer person's name, split once per person. */
const surnameKeys = new WeakMap<PersonEntry, string>();
function surnameKeyOf(p: PersonEntry): string {
  let out = surnameKeys.get(p);
  if (out === undefined) surnameKeys.set(p, (out = surnameKey(p.name)));
  return out;
}

/** `first`: the word before the surname, if any (`firstKey` its folded form, when the caller has it). */
function chooseAmong(g: Gazetteer, cands: PersonEntry[], first: string | null, ctx: NameContext, firstKey?: string): PersonEntry | null {
  if (cands.length === 0) return null;
  const uniq = cands.length === 1 ? cands : [...new Set(cands)];
  if (first) {
    const f = firstKey ?? fold(first);
    const byFirst = uniq.find((p) => firstWordsOf(p).includes(f));
    if (byFirst) return byFirst;
  }
  if (uniq.length === 1) return uniq[0];
  const known = uniq.find((p) => [...ctx.bySurname.values()].some((m) => m.actorId === p.id));
  if (known) return known;
  const active = uniq.filter((p) => g.roleAt(p, ctx.date));
  return active[0] ?? uniq[0];
}

function mention(g: Gazetteer, p: PersonEntry, start: number, end: number, rule: string, ctx: NameContext): PersonMention {
  const role = g.roleAt(p, ctx.date);
  return { start, end, actorId: p.id, name: p.name, country: role?.org ? null : p.country, role: role?.role ?? null, rule, reference: false, dateSeen: ctx.date };
}

/** What the gazetteer says of one capitalised word, looked up once per word and gazetteer. */
interface WordInfo {
  /** Part of the vocabulary of roles, countries, places or organisations. */
  vocab: boolean;
  /** A full name of two words or more can start with it. */
  starts: boolean;
}
const wordInfos = new WeakMap<Gazetteer, Map<string, WordInfo>>();
function wordInfo(g: Gazetteer, word: string): WordInfo {
  let memo = wordInfos.get(g);
  if (!memo) wordInfos.set(g, (memo = new Map()));
  const hit = memo.get(word);
  if (hit) return hit;
  const w = normPhrase(word.replace(POSSESSIVE, ''));
  // A role in the plural ("Presidents", "Ministers") is vocabulary as much as the singular.
  const info = { vocab: NOT_NAME.has(w) || isNameTitle(w) || !!g.countryOf(w) || !!g.place(w) || !!g.organisation(w) || g.isRolePhrase(w) || (w.endsWith('s') && g.isRolePhrase(w.slice(0, -1))), starts: g.startsName(word) };
  if (memo.size > 100_000) memo.clear();
  memo.set(word, info);
  return info;
}

/** A word of a run: its text without a possessive ending, its offsets, and, once asked, what the gazetteer says of it and its folded form. */
interface Word {
  w: string;
  s: number;
  e: number;
  info: WordInfo | null;
  key: string | null;
}

/** fold(word.w), kept on the word: the rules below fold one word several times. */
function keyOf(word: Word): string {
  return (word.key ??= fold(word.w));
}

/** wordInfo, kept on the word: the rules below ask of one word several times. */
function infoOf(g: Gazetteer, word: Word): WordInfo {
  return (word.info ??= wordInfo(g, word.w));
}

const roleTail = new WeakMap<Gazetteer, RegExp>();
/** Text that ends with a role phrase ("... Deputy Foreign Minister"), compiled once per gazetteer. */
function endsWithRole(g: Gazetteer, lead: string): boolean {
  let re = roleTail.get(g);
  if (!re) {
    const alt = g.rolePhrases.filter((r) => r.phrase.length > 3).map((r) => r.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`\\b(?:${alt.join('|')})\\s*,?\\s*$`);
    roleTail.set(g, re);
  }
  return re.test(lead);
}

/** First letters of the honorifics: most runs start with none of them. */
const HONORIFIC_START = new Set([...'MDS'].map((c) => c.charCodeAt(0)));

const SPACE = 32;
const TAB = 9;
const S = 115; // "s"
const isBlank = (c: number) => c === SPACE || c === TAB;
const isApostrophe = (c: number) => c === 39 || c === 0x2019; // ' and ’

/**
 * The words from `from` to `to` (exclusive) joined by single spaces. A plain loop: the engine's
 * optimised code for slice-map-join was thrown away again and again early in a run (on an array
 * shape it had not seen), taking the name finder back to the interpreter each time.
 */
function joinWords(words: Array<{ w: string }>, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) out += k === from ? words[k].w : ' ' + words[k].w;
  return out;
}

const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/** The words of a run (separated by spaces or tabs), possessive endings dropped, with their offsets. */
function wordsOf(body: string, at: number): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < body.length) {
    while (i < body.length && isBlank(body.charCodeAt(i))) i++;
    if (i >= body.length) break;
    let j = i;
    while (j < body.length && !isBlank(body.charCodeAt(j))) j++;
    // Without its possessive ending: "Putin's", "Peskov’", "Lavrov’s".
    const last = body.charCodeAt(j - 1);
    const cut = isApostrophe(last) ? 1 : last === S && j - i >= 2 && isApostrophe(body.charCodeAt(j - 2)) ? 2 : 0;
    const word = body.slice(i, j - cut);
    // A middle initial ("R.") is no word of the name.
    if (MIDDLE_INITIAL.test(word)) {
      i = j;
      continue;
    }
    words.push({ w: word, s: at + i, e: at + i + word.length, info: null, key: null });
    i = j;
  }
  return words;
}

export function findNames(g: Gazetteer, text: string, offset: number, ctx: NameContext): PersonMention[] {
  const out: PersonMention[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    // A capital inside a word ("McDonald", "iPhone") does not start a name here.
    if (m.index > 0 && isLetterAt(text, m.index - 1)) continue;
    const honorific = HONORIFIC_START.has(m[0].charCodeAt(0)) ? HONORIFIC.exec(m[0]) : null;
    const body = honorific ? m[0].slice(honorific[0].length) : m[0];
    const bodyStart = m.index + (honorific ? honorific[0].length : 0);
    const words = wordsOf(body, bodyStart);
    const found = matchRun(g, words, !!honorific, ctx, text);
    for (const f of found) {
      // An unknown person named again keeps what the first mention said of them (state, role).
      const pm = f.person
        ? mention(g, f.person, offset + f.s, offset + f.e, f.rule, ctx)
        : f.known
          ? atPlace(f.known, offset + f.s, offset + f.e, f.rule, f.known.reference)
          : { start: offset + f.s, end: offset + f.e, actorId: null, name: f.name, country: null, role: null, rule: f.rule, reference: false, dateSeen: undefined };
      out.push(pm);
      // (mention() names the person by the gazetteer's name.)
      ctx.bySurname.set(f.person ? surnameKeyOf(f.person) : surnameKey(pm.name), pm);
    }
    // An unknown name, introduced by the role words before it, is kept for the reference stage.
    if (found.length === 0) {
      const named = unknownName(g, words, text, m.index);
      if (named) {
        const who = describedBy(g, named.lead, named.said);
        // "President Ann Berg of Ruritania": the state the title holds in may follow the name.
        who.country ??= stateAfter(g, text.slice(named.e, named.e + 40));
        const pm: PersonMention = { start: offset + named.s, end: offset + named.e, actorId: null, name: named.name, country: who.country, role: who.role, rule: 'person.context', reference: false, dateSeen: undefined };
        out.push(pm);
        ctx.bySurname.set(surnameKey(named.name), pm);
      } else if (words.length >= 2 && words.length <= 3 && AFTER_CONTACT.test(text.slice(Math.max(0, m.index - 40), m.index)) && isNewcomer(g, words)) {
        // "Bayramov met James O'Brien": a first name the gazetteer knows and a surname it does not,
        // right after a verb of contact, is someone met (country and role unknown).
        const name = joinWords(words, 0, words.length);
        const pm: PersonMention = { start: offset + words[0].s, end: offset + words[words.length - 1].e, actorId: null, name, country: stateAfter(g, text.slice(words[words.length - 1].e, words[words.length - 1].e + 40)), role: null, rule: 'person.after-contact-verb', reference: false, dateSeen: undefined };
        out.push(pm);
        ctx.bySurname.set(keyOf(words[words.length - 1]), pm);
      } else if (honorific || words.length === 1) {
        const known = ctx.bySurname.get(words.length ? keyOf(words[words.length - 1]) : fold(''));
        if (known && words.length === 1) out.push(atPlace(known, offset + words[0].s, offset + words[0].e, 'person.surname-in-document', known.reference));
      }
    }
  }
  return out;
}

interface RunMatch {
  person: PersonEntry | null;
  name: string;
  s: number;
  e: number;
  rule: string;
  /** The document's earlier mention of a person the gazetteer lacks, named again here. */
  known?: PersonMention;
}

const TWO_LETTER_NAME = /^\p{Lu}\p{Ll}$/u;
const ACRONYM = /^\p{Lu}{2,4}$/u;
/** A capitalised word ending in a small word of the sentence, the space between them lost. */
const GLUED = /^(\p{Lu}\p{Ll}{3,}?)(?:will|has|had|was|said|and|met|held|told)$/u;

/** A line in title case ("Putin Meets Erdogan in Ankara"): no small word but the function words a title keeps small. */
const SMALL_WORD = /(?<![\p{L}'’-])(?!(?:and|the|for|with|from|into|over|amid|after|about|its|his|her|via|but|nor|yet|per|off|out|than|upon|onto)\b)\p{Ll}{3,}/u;
function titleCase(text: string): boolean {
  return !SMALL_WORD.test(text);
}

function matchRun(g: Gazetteer, words: Word[], honorific: boolean, ctx: NameContext, text: string): RunMatch[] {
  const out: RunMatch[] = [];
  let i = 0;
  while (i < words.length) {
    let hit: RunMatch | null = null;
    // Longest full name starting here; no name starts with a role, country or place word.
    const info = infoOf(g, words[i]);
    const lead = info.vocab || !info.starts;
    for (let j = Math.min(words.length - 1, i + 3); j > i && !hit && !lead; j--) {
      const full = joinWords(words, i, j + 1);
      const p = chooseAmong(g, g.byFullName(full), words[i].w, ctx, keyOf(words[i]));
      if (p) hit = { person: p, name: p.name, s: words[i].s, e: words[j].e, rule: 'person.full-name' };
      else if (j === i + 1 && g.isFirstName(words[i].w, keyOf(words[i]))) {
        const fuzzy = g.byFuzzySurname(words[j].w);
        const q = fuzzy.length ? chooseAmong(g, fuzzy, words[i].w, ctx, keyOf(words[i])) : null;
        if (q && firstWordsOf(q)[0] === keyOf(words[i])) {
          hit = { person: q, name: q.name, s: words[i].s, e: words[j].e, rule: 'person.fuzzy-surname' };
        }
      }
    }
    if (!hit && !info.vocab) {
      const w = words[i].w;
      const prev = i > 0 ? words[i - 1].w : null;
      const docKnown = ctx.bySurname.get(keyOf(words[i]));
      // Two letters only for a capitalised word the gazetteer lists as a name ("Xi"); never "I".
      // Never an agency's or a body's initials ("writes UNN" is not Kim Jong Un).
      // "Deputy Minister Reza Najafi", "President Ibrahim Reisi": a word followed by another name word the
      // gazetteer does not know is that person's first name, not a known man's surname (not in a headline
      // in title case: "Putin Meets Erdogan").
      const givenName = i + 1 < words.length && NAME_WORD.test(words[i + 1].w) && !infoOf(g, words[i + 1]).vocab && !g.bySurname(words[i + 1].w).length && !ctx.bySurname.has(keyOf(words[i + 1])) && !titleCase(text);
      // A surname the document gave to someone the gazetteer lacks is that person again, not a namesake it knows.
      const exact = (w.length >= 3 || TWO_LETTER_NAME.test(w)) && !ACRONYM.test(w) && !givenName && !(docKnown && !docKnown.actorId) ? g.bySurname(w, keyOf(words[i])) : [];
      if (exact.length) {
        const p = chooseAmong(g, exact, prev, ctx, i > 0 ? keyOf(words[i - 1]) : undefined);
        if (p && i > 0 && otherFirstName(g, p, words, i)) {
          // "President Sadyr Japarov" when the gazetteer knows only Akylbek Japarov: another man of that
          // name, left to the reading of unknown names.
        } else if (p) hit = { person: p, name: p.name, s: words[i].s, e: words[i].e, rule: 'person.surname' };
      } else if (GLUED.test(w) && g.bySurname(GLUED.exec(w)![1]).length) {
        // "Klaus Iohanniswill pay a visit": a surname run into the next word by a lost space.
        const sur = GLUED.exec(w)![1];
        const p = chooseAmong(g, g.bySurname(sur), prev, ctx);
        if (p) hit = { person: p, name: p.name, s: words[i].s, e: words[i].s + sur.length, rule: 'person.surname-glued' };
      } else if (docKnown) {
        hit = { person: docKnown.actorId ? g.people.get(docKnown.actorId) ?? null : null, name: docKnown.name, s: words[i].s, e: words[i].e, rule: 'person.surname-in-document', known: docKnown };
      } else if (honorific || (prev && !infoOf(g, words[i - 1]).vocab)) {
        const fuzzy = g.byFuzzySurname(w);
        const p = fuzzy.length === 1 || (fuzzy.length && prev) ? chooseAmong(g, fuzzy, prev, ctx) : null;
        if (p && (honorific || (prev && firstWordsOf(p)[0] === keyOf(words[i - 1])))) {
          hit = { person: p, name: p.name, s: words[i].s, e: words[i].e, rule: 'person.fuzzy-surname' };
        }
      }
      // "Sergey Lavrov" spelled with a first name the gazetteer lacks still spans both words.
      if (hit && prev && i > 0 && !infoOf(g, words[i - 1]).vocab && !out.some((o) => o.e >= words[i - 1].s)) hit.s = words[i - 1].s;
    }
    if (hit) {
      out.push(hit);
      i = words.findIndex((x) => x.s >= hit!.e);
      if (i < 0) break;
    } else i++;
  }
  return out;
}

/** Every folded word of a person's name and aliases, read once per person. */
const nameWords = new WeakMap<PersonEntry, Set<string>>();
function nameWordsOf(p: PersonEntry): Set<string> {
  let out = nameWords.get(p);
  if (!out) nameWords.set(p, (out = new Set([p.name, ...p.aliases].flatMap((n) => fold(n).split(/\s+/)))));
  return out;
}

/** A folded first name's opening letter, a leading "y" of a transliteration ("Yevgeny", "Evgeny") left out. */
const initialOf = (key: string) => key.replace(/^y(?=[aeiou])/, '').charAt(0);

/**
 * Is the word before the surname at `i` a first name of someone else? Only the first word of the name
 * (nothing but vocabulary before it), a name word none of the person's names holds, with another
 * opening letter than all the person's first names (transliterations keep it: "Sergei", "Sergey").
 */
function otherFirstName(g: Gazetteer, p: PersonEntry, words: Word[], i: number): boolean {
  const prev = words[i - 1];
  // A title or state right before it ("President of Kyrgyzstan Sadyr Japarov"): a word opening a run
  // alone may be a title the vocabulary lacks ("Ayatollah Raisi").
  if (i < 2 || !infoOf(g, words[i - 2]).vocab) return false;
  if (!NAME_WORD.test(prev.w) || infoOf(g, prev).vocab) return false;
  const key = keyOf(prev);
  if (nameWordsOf(p).has(key)) return false;
  const initial = initialOf(key);
  return !!initial && firstWordsOf(p).every((f) => initialOf(f) !== initial);
}

/** A verb of contact right before a name: "met", "met with", "received", "talks with", "a phone call with". */
const AFTER_CONTACT = /\b(?:met|meets|meet|meeting|received|receives|hosted|hosts|(?:talks|conversation|call|meeting|consultations|spoke|speaks|talked) with)\s+$/;

/** A capitalised word of a name: "Brien" and "O'Brien" alike. */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})/u;

/** Two or three capitalised words, none of them the vocabulary of roles or places, the first a known first name. */
function isNewcomer(g: Gazetteer, words: Word[]): boolean {
  return g.isFirstName(words[0].w) && words.every((x) => NAME_WORD.test(x.w) && !infoOf(g, x).vocab);
}

/** "Deputy Foreign Minister Mnatsakan Safaryan": two or three name words after role words. */
/** The country and role that the words before an unknown name give ("US House Speaker", "Armenian Deputy Foreign Minister"). */
/** The role from the words right before the name; the country from them with the place the title holds in ("Chair of the Senate of Ruritania"). */
function describedBy(g: Gazetteer, lead: string, said = lead): { country: string | null; role: string | null } {
  const words = said.split(NON_WORD).filter(Boolean);
  let country: string | null = null;
  for (let i = words.length - 1; i >= 0 && !country; i--) {
    const two = i > 0 ? g.countryOf(`${words[i - 1]} ${words[i]}`.replace(/[’']s$/, '')) : undefined;
    const one = g.countryOf(words[i].replace(/[’']s$/, ''));
    const hit = two ?? one;
    if (hit && hit.kind !== 'metonym') country = hit.code;
  }
  return { country, role: g.roleEndingWith(lead) };
}

/** "… of (the) Ruritania" right after a name: the words that may name the state. */
const OF_AFTER = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)/u;

/** The state named by "of …" right after a person's name ("Ann Berg of Ruritania"), if the gazetteer knows it by name. */
function stateAfter(g: Gazetteer, after: string): string | null {
  const m = OF_AFTER.exec(after);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  for (const phrase of words.length === 2 ? [m[1], words[0]] : [m[1]]) {
    const hit = g.countryOf(phrase);
    if (hit?.kind === 'name') return hit.code;
  }
  return null;
}

/** A portfolio after a title: "Assistant Secretary of State | for European and Eurasian Affairs | James O'Brien". */
const PORTFOLIO = /\s+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+(?:and\s+)?){0,4}\p{Lu}[\p{L}’'-]*\s*$/u;
/** Where a title holds, after it: "Governor of | the Northern Region | Ann Smith", "Chair of the Senate of Ruritania | Ann Smith". */
const JURISDICTION = /(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+(?:and\s+)?){0,3}\p{Lu}[\p{L}’'-]*){1,2}\s*$/u;

/** The last word of a lead. */
const LAST_WORD = /\s+(\p{L}+)\s*$/u;

/** One "of …" only, the nearest. */
const JURISDICTION_ONE = /\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+(?:and\s+)?){0,3}\p{Lu}[\p{L}’'-]*\s*$/u;

const OF_BEFORE = /\bof\s+(?:the\s+)?$/;

function unknownName(g: Gazetteer, words: Word[], text: string, runStart: number): { name: string; s: number; e: number; lead: string; said: string } | null {
  let k = words.length;
  while (k > 0 && !infoOf(g, words[k - 1]).vocab && CAPITALISED.test(words[k - 1].w)) k--;
  // Capitalised words of a portfolio before the name ("Eurasian Affairs James O'Brien"): the name starts at its first name.
  if (words.length - k >= 3 && !g.isFirstName(words[k].w)) {
    const first = words.findIndex((x, i) => i > k && words.length - i >= 2 && g.isFirstName(x.w));
    if (first > 0) k = first;
  }
  // "Chair of the Senate of | Ruritania Ann Smith": a run right after "of" opens on the place the title
  // holds in (a word the gazetteer may not know): the name is the two or three words after it.
  if (k === 0 && words.length >= 3 && words.length <= 4 && OF_BEFORE.test(text.slice(Math.max(0, runStart - 6), runStart))) k = 1;
  // Two or three words, tested before the copy is made (most runs are a single word).
  if (words.length - k < 2 || words.length - k > 3) return null;
  const name = words.slice(k);
  // One space between words: "Secretary of | State James Smith" is read across the run's start.
  const said = `${text.slice(Math.max(0, runStart - 60), runStart)} ${joinWords(words, 0, k)}`.replace(/\s+/g, ' ');
  const titled = said.replace(PORTFOLIO, '');
  // A title that ends in "of …" ("Secretary of State") is read whole before a place is cut from its end.
  // Words of address between the title and the name ("President | Ayatollah Seyed | Ebrahim Raisi") are read past.
  let lead = titled.toLowerCase();
  for (let t = LAST_WORD.exec(lead); t && isNameTitle(t[1]); t = LAST_WORD.exec(lead)) lead = lead.slice(0, t.index);
  let roleBefore = endsWithRole(g, lead.trim());
  // Only before what reads as a person's name (a known first name, or three words): "Chairman of the Russian |
  // Accounts Chamber" is the title's own place, not a name.
  // A state's name right before the words ("Minister of Foreign Affairs of Ruritania | Ann Smith"): the
  // place ended there, what follows is a name even with a first name the gazetteer lacks.
  // The state's name may be two words ("Kyrgyz Republic").
  const afterState = k > 0 && (g.countryOf(words[k - 1].w)?.kind === 'name' || (k > 1 && g.countryOf(joinWords(words, k - 2, k))?.kind === 'name'));
  if (!roleBefore && (name.length === 3 || afterState || g.isFirstName(name[0].w)) && JURISDICTION.test(titled)) {
    // The nearest "of …" first: the longest one may run back across an earlier name ("President of
    // Ruritania Ann Berg and President of the Kyrgyz Republic | Temir Jolborsov").
    const near = titled.replace(JURISDICTION_ONE, '').toLowerCase();
    if (endsWithRole(g, near.trim())) [lead, roleBefore] = [near, true];
    else {
      lead = titled.replace(JURISDICTION, '').toLowerCase();
      roleBefore = endsWithRole(g, lead.trim());
    }
  }
  const counterpart = /\b(?:counterpart|colleague|envoy|ambassador)\s*,?\s*$/.test(lead.trim());
  // "Presidents Ann Berg and …": a role in the plural before a list of names introduces the first of them.
  // Only before a list ("… and"): "Foreign Ministers Extraordinary Meeting" names a gathering.
  const plural = !roleBefore && !counterpart && /^\s+and\s/.test(text.slice(words[words.length - 1].e, words[words.length - 1].e + 5)) && /s\s*$/.test(lead.trim()) && endsWithRole(g, lead.trim().replace(/s$/, ''));
  // "Ruritania's Ann Berg": a state named in the possessive right before two or three name words, the
  // first a known first name (the role is unknown, the state is the possessive's).
  const possessive = k > 0 && /^[’']s?(?=\s)/.test(text.slice(words[k - 1].e, words[k - 1].e + 3)) && g.countryOf(words[k - 1].w)?.kind === 'name' && g.isFirstName(name[0].w);
  if (!roleBefore && !counterpart && !plural && !possessive) return null;
  if (plural) lead = lead.trim().replace(/s$/, '');
  return { name: joinWords(name, 0, name.length), s: name[0].s, e: name[name.length - 1].e, lead, said: titled };
}
