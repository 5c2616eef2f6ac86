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

let twins: Map<string, string[]> | null = null;
const twinLists = new Map<string, string[]>();
/**
 * The DOMAIN characters that `c` matches under `iu` (itself included), as a list. Candidates are the
 * characters joined to `c` by toLowerCase and toUpperCase over the whole DOMAIN (which also joins
 * K and the Kelvin sign, s and ſ, σ and ς); each is then confirmed by the real expression, since case
 * mapping joins a few that case folding keeps apart (ı and I). letter-classes.test.ts checks the lists
 * against the expression for every DOMAIN character.
 */
function caseTwins(c: string): string[] {
  if (twins === null) {
    const groups = new Map<string, Set<string>>();
    const join = (a: string, b: string) => {
      if (b.length !== 1 || a === b || !IN_DOMAIN.test(b)) return;
      const ga = groups.get(a) ?? new Set([a]);
      const gb = groups.get(b) ?? new Set([b]);
      if (ga === gb) return;
      for (const x of gb) ga.add(x);
      for (const x of ga) groups.set(x, ga);
    };
    for (const [a, b] of DOMAIN) {
      for (let code = a; code <= b; code++) {
        const ch = String.fromCharCode(code);
        const lower = ch.toLowerCase();
        const upper = ch.toUpperCase();
        if (lower === ch && upper === ch) continue; // no case: most of the domain
        join(ch, lower);
        join(ch, upper);
      }
    }
    twins = new Map([...groups].map(([ch, g]) => [ch, [...g]]));
  }
  let confirmed = twinLists.get(c);
  if (confirmed === undefined) {
    const group = twins.get(c);
    // A pair (a letter and its other case) is always a pair of twins; a larger group is confirmed.
    const re = group && group.length > 2 ? new RegExp(`^${hex(c.charCodeAt(0))}$`, 'iu') : null;
    confirmed = group ? group.filter((x) => x === c || !re || re.test(x)) : [c];
    twinLists.set(c, confirmed);
  }
  return confirmed;
}

/** The members of a class that `c` adds under `i`: its case twins besides itself (letter-like, or escaped). */
function twinsOf(code: number, skip?: (code: number) => boolean): string {
  if (!skip) {
    let t = twinMembers.get(code);
    if (t === undefined) twinMembers.set(code, (t = twinsOf(code, (x) => x === code)));
    return t;
  }
  const t = caseTwins(String.fromCharCode(code));
  return t.length === 1 ? '' : t.filter((x) => !skip(x.charCodeAt(0))).map((x) => member(x.charCodeAt(0))).join('');
}
const twinMembers = new Map<number, string>();

/** The DOMAIN twins of every character from `lo` to `hi` that lie outside that range. */
function rangeTwins(lo: number, hi: number): string {
  let out = '';
  for (const [a, b] of DOMAIN) for (let c = Math.max(a, lo); c <= Math.min(b, hi); c++) out += twinsOf(c, (x) => x >= lo && x <= hi);
  return out;
}

/** One atom of the source at `i` (an escape or a character): its text and, for a single character, that character. */
function atomAt(source: string, i: number, inClass: boolean): { text: string; char: string | null } {
  if (source[i] !== '\\') {
    const code = source.codePointAt(i)!;
    return { text: String.fromCodePoint(code), char: code > 0xffff ? null : source[i] }; // astral: outside DOMAIN, no twins there
  }
  const next = source[i + 1] ?? '';
  let m: RegExpExecArray | null;
  if ((m = /^\\[pP]\{[^}]*\}/.exec(source.slice(i, i + 64)))) return { text: m[0], char: null };
  if ((m = /^\\u\{([0-9a-fA-F]+)\}/.exec(source.slice(i, i + 12)))) return { text: m[0], char: parseInt(m[1], 16) > 0xffff ? null : String.fromCharCode(parseInt(m[1], 16)) };
  if ((m = /^\\u([0-9a-fA-F]{4})/.exec(source.slice(i, i + 6)))) return { text: m[0], char: String.fromCharCode(parseInt(m[1], 16)) };
  if ((m = /^\\x([0-9a-fA-F]{2})/.exec(source.slice(i, i + 4)))) return { text: m[0], char: String.fromCharCode(parseInt(m[1], 16)) };
  if ((m = /^\\c[a-zA-Z]/.exec(source.slice(i, i + 3)))) return { text: m[0], char: String.fromCharCode(source.charCodeAt(i + 2) % 32) };
  if ('dDsSwWBk'.includes(next) || (next === 'b' && !inClass)) return { text: source.slice(i, i + 2), char: null }; // classes, assertions
  const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0', b: '\b' };
  return { text: source.slice(i, i + 2), char: controls[next] ?? next }; // a control character, or a syntax character as itself
}

/**
 * The expression for texts within DOMAIN, with the flags it runs under, or null where it would be
 * the same as the full one. Two changes, each keeping every match on such a text:
 *   - every `\p{…}` and `\P{…}` becomes the DOMAIN characters it matches (inside a class or alone);
 *   - under `i`, every character with case twins becomes a class of itself and its twins, and every
 *     class gains the twins of its members (a class that excludes a letter excludes its twins), so
 *     that the expression runs without `i`. V8 asks ICU for the twins of each character of a
 *     case-blind expression as it compiles it: on the Russian patterns that cost more than the rest
 *     of the compilation together (issue 19). Where case-blindness reaches beyond single characters
 *     (a back reference; `\w` and `\b`, which under `iu` take in ſ and the Kelvin sign) the `i` stays.
 * Escapes, classes and ranges are followed, so that only real property escapes and literal
 * characters are replaced; group names are kept as written.
 */
export function shortForm(source: string, flags: string): { source: string; flags: string } | null {
  if (!flags.includes('u') || flags.includes('v')) return null; // property escapes need `u`; `v` classes are not handled
  const caseless = flags.includes('i');
  let fold = caseless;
  for (let i = 0; i < source.length && fold; i++) {
    if (source[i] !== '\\') continue;
    if (/[wWbBk1-9]/.test(source[i + 1] ?? '')) fold = false; // case-blindness beyond characters: kept
    i++;
  }
  const property = (text: string) => domainList(text, caseless);
  let out = '';
  let changed = fold;
  for (let i = 0; i < source.length; ) {
    if (source.startsWith('(?<', i) && !'=!'.includes(source[i + 3] ?? '')) {
      const close = source.indexOf('>', i);
      if (close < 0) return null; // not an expression: the RegExp constructor says why
      out += source.slice(i, close + 1); // a group's name, as written
      i = close + 1;
      continue;
    }
    if (source[i] === '[') {
      // A whole class: its members as written (property escapes replaced), then the twins they add.
      let j = i + 1;
      let body = '';
      let extra = '';
      if (source[j] === '^') j++;
      while (j < source.length && source[j] !== ']') {
        const lo = atomAt(source, j, true);
        j += lo.text.length;
        if (lo.char !== null && source[j] === '-' && source[j + 1] !== ']' && j + 1 < source.length) {
          const hi = atomAt(source, j + 1, true);
          if (hi.char !== null) {
            body += `${lo.text}-${hi.text}`;
            j += 1 + hi.text.length;
            if (fold) extra += rangeTwins(lo.char.charCodeAt(0), hi.char.charCodeAt(0));
            continue;
          }
        }
        if (/^\\[pP]\{/.test(lo.text)) {
          body += property(lo.text);
          changed = true;
        } else body += lo.text === '-' && fold ? '\\-' : lo.text; // a hyphen as itself: the twins after it make no range
        if (fold && lo.char !== null) extra += twinsOf(lo.char.charCodeAt(0));
      }
      if (j >= source.length) return null; // an unclosed class: the RegExp constructor says why
      out += `${source.slice(i, source[i + 1] === '^' ? i + 2 : i + 1)}${body}${extra}]`;
      i = j + 1;
      continue;
    }
    const code = source.charCodeAt(i);
    if (code !== 0x5c && code !== 0x5b && (code < 0xd800 || code > 0xdfff)) {
      // A plain character (neither an escape nor a class): most of a pattern.
      const t = fold ? twinsOf(code) : '';
      out += t === '' ? source[i] : `[${source[i]}${t}]`;
      i++;
      continue;
    }
    const a = atomAt(source, i, false);
    i += a.text.length;
    if (/^\\[pP]\{/.test(a.text)) {
      const list = property(a.text);
      out += list === '' ? '[]' : `[${list}]`;
      changed = true;
    } else if (fold && a.char !== null && twinsOf(a.char.charCodeAt(0)) !== '') {
      out += `[${a.text}${twinsOf(a.char.charCodeAt(0))}]`;
    } else out += a.text;
  }
  return changed ? { source: out, flags: fold ? flags.replace('i', '') : flags } : null;
}

/**
 * A regular expression that runs its short form on texts within DOMAIN and its full form otherwise,
 * with the same matches, `lastIndex` and flags as `new RegExp(source, flags)`. Invalid syntax throws
 * here, as the RegExp constructor does.
 *
 * The expression built here has only its property escapes replaced (domainSource): building it
 * costs little, and many patterns of the data files are never run on a given document. The first
 * time one is run on a text within DOMAIN, its case-blind short form (shortForm) is built and used
 * from then on: a pattern pays for that only when it is used.
 */
export class LetterPattern extends RegExp {
  readonly #full: string;
  #fullRe: RegExp | null = null;
  /** The expression run on texts within DOMAIN: this one, or the short form without `i`; made on first use. */
  #shortRe: RegExp | null = null;

  constructor(source: string | LetterPattern, flags?: string) {
    const full = source instanceof LetterPattern ? source.#full : source;
    const f = flags ?? (source instanceof LetterPattern ? source.flags : '');
    const short = domainSource(full, f);
    super(short ?? full, f);
    this.#full = full;
    if (short === null && !f.includes('i')) this.#fullRe = this; // nothing to gain: the one expression is the full one
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
    if (this.#fullRe === this) return super.exec(text);
    let re: RegExp;
    if (inDomain(String(text))) {
      if (this.#shortRe === null) {
        const s = shortForm(this.#full, this.flags);
        this.#shortRe = s && s.flags !== this.flags ? new RegExp(s.source, s.flags) : this;
      }
      if (this.#shortRe === this) return super.exec(text);
      re = this.#shortRe;
    } else re = this.#fullRe ??= new RegExp(this.#full, this.flags);
    re.lastIndex = this.lastIndex;
    const m = re.exec(text);
    this.lastIndex = re.lastIndex;
    return m;
  }
}
