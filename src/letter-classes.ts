// Unicode property classes (`\p{L}`, `\p{Lu}`, `\P{L}` …) without their start-up cost. V8 builds a
// property class from the whole of Unicode each time it parses an expression holding one, and again
// when it compiles it: about 1 ms per `\p{L}` under the `iu` flags, and the data patterns of the
// Russian lexicon and the topic vocabulary hold several hundred of them. Reading one short document
// spent most of its time there (issue 19: 0.5 s of 1.4 s for a two-sentence Russian file).
//
// A text whose characters all lie in DOMAIN (Latin, Greek, Cyrillic, Armenian, Georgian, punctuation,
// symbols: what the news and readouts we read are written in) only ever puts DOMAIN characters to a
// class. For such a text, a class can be replaced by the DOMAIN characters it matches, listed as a
// few dozen ranges, with the same result: a character c of DOMAIN matches `[\p{X}]` (under the same
// flags) exactly when it is in that list, and under `i` the list's case closure adds no DOMAIN
// character the property did not match (case closure joins whole equivalence classes). So a
// LetterPattern holds the short form, used for texts within DOMAIN, and builds the full expression
// only when a text has a character outside it (an astral character, Arabic, CJK …). Its `source` is
// the full one, so that copies and messages show the pattern as written.
//
// The lists are made here, by asking the real expression about every DOMAIN character, never written
// by hand: nothing to keep in step with Unicode or V8.

/** The characters the short forms are exact for (all in the Basic Multilingual Plane, no surrogates). */
const DOMAIN: Array<[number, number]> = [
  [0x0000, 0x058f], // Basic Latin … Cyrillic Supplement, Armenian
  [0x10a0, 0x10ff], // Georgian
  [0x1c90, 0x1cbf], // Georgian Extended (Mtavruli)
  [0x2000, 0x2bff], // punctuation, super- and subscripts, currency, letterlike, numbers, arrows, symbols
  [0x3000, 0x303f], // CJK punctuation (ideographic space, brackets)
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // byte order mark
  [0xfffd, 0xfffd], // replacement character
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
/** A class member: a letter or digit as itself (short sources parse faster), anything else escaped. */
const member = (c: number) => (/[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? String.fromCharCode(c) : hex(c));
const IN_DOMAIN = new RegExp(`^[${DOMAIN.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]*$`);

let lastText: string | null = null;
let lastFits = false;
/** Whether every character of `text` lies in DOMAIN (the last answer kept: a sentence is tried by many patterns in a row). */
export function inDomain(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastFits = IN_DOMAIN.test(text);
  }
  return lastFits;
}

const lists = new Map<string, string>();
/** The DOMAIN characters that `[token]` matches under `flags` (only `i` and `u` matter), as class ranges without brackets. */
function domainList(token: string, caseless: boolean): string {
  const key = `${caseless ? 'i' : ''} ${token}`;
  let out = lists.get(key);
  if (out !== undefined) return out;
  const re = new RegExp(`^[${token}]$`, caseless ? 'iu' : 'u');
  const parts: string[] = [];
  for (const [a, b] of DOMAIN) {
    let start = -1;
    for (let c = a; c <= b + 1; c++) {
      const hit = c <= b && re.test(String.fromCharCode(c));
      if (hit && start < 0) start = c;
      if (!hit && start >= 0) {
        parts.push(start === c - 1 ? member(start) : `${member(start)}-${member(c - 1)}`);
        start = -1;
      }
    }
  }
  // A class that matches nothing in DOMAIN still has to be a valid class: an empty one never matches.
  out = parts.join('');
  lists.set(key, out);
  return out;
}

/**
 * The expression with every `\p{…}` and `\P{…}` replaced by the DOMAIN characters it matches, or
 * null where it has none (nothing to gain). Escapes and classes are followed so that only real
 * property escapes are replaced, inside a class or standing alone.
 */
export function domainSource(source: string, flags: string): string | null {
  if (!flags.includes('u') || flags.includes('v')) return null; // property escapes need `u`; `v` classes are not handled
  const caseless = flags.includes('i');
  let out = '';
  let inClass = false;
  let replaced = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const m = /^\\[pP]\{[^}]*\}/.exec(source.slice(i, i + 64));
      if (m) {
        const list = domainList(m[0], caseless);
        out += inClass ? list : list === '' ? '[]' : `[${list}]`;
        replaced = true;
        i += m[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return replaced ? out : null;
}

/**
 * A regular expression that runs its short form on texts within DOMAIN and its full form otherwise,
 * with the same matches, `lastIndex` and flags as `new RegExp(source, flags)`. Invalid syntax throws
 * here, as the RegExp constructor does.
 */
export class LetterPattern extends RegExp {
  readonly #full: string;
  #fullRe: RegExp | null = null;

  constructor(source: string | LetterPattern, flags?: string) {
    const full = source instanceof LetterPattern ? source.#full : source;
    const f = flags ?? (source instanceof LetterPattern ? source.flags : '');
    const short = domainSource(full, f);
    super(short ?? full, f);
    this.#full = full;
    if (short === null) this.#fullRe = this; // no property escapes: the one expression is the full one
  }

  // Operations that make a copy (String.prototype.split, matchAll) make a LetterPattern of the same source.
  static override get [Symbol.species](): RegExpConstructor {
    return LetterPattern as unknown as RegExpConstructor; // called with `new` only, as the species is
  }

  override get source(): string {
    return this.#full;
  }

  override toString(): string {
    return `/${this.#full}/${this.flags}`;
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.#fullRe === this || inDomain(String(text))) return super.exec(text);
    this.#fullRe ??= new RegExp(this.#full, this.flags);
    this.#fullRe.lastIndex = this.lastIndex;
    const m = this.#fullRe.exec(text);
    this.lastIndex = this.#fullRe.lastIndex;
    return m;
  }
}
