// Descriptions that stand for people: "the Russian president", "the foreign ministers of Armenia and
// Azerbaijan", "his Azerbaijani counterpart". Each is resolved to the holder of that role on the
// event's date, and kept only when that person is named somewhere in the document (a description
// alone identifies a country, not reliably a person). A description right beside a name
// ("Russian Foreign Minister Sergei Lavrov") instead gives that name its role and country.
import type { Gazetteer } from '../gazetteer/index.ts';
import type { PersonMention } from '../types.ts';
import type { PersonEntry } from '../gazetteer/schema.ts';
import { alternation, literalAtoms } from '../gazetteer/alternation.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A role phrase's atoms: "foreign minister" → "[Ff]", "o", …, " ", "[Mm]", …: each word may be
 * capitalised (without the i flag the engine is several times faster). Abbreviations ("PM", "FM")
 * are matched in capitals only: "pm" is a time of day.
 */
function roleAtoms(phrase: string): string[] {
  if (phrase.length <= 3 && !phrase.includes(' ')) return literalAtoms(phrase.toUpperCase());
  return capitalisable(phrase);
}

/** A phrase's atoms, each word's first letter in either case. */
function capitalisable(phrase: string): string[] {
  return literalAtoms(phrase).map((a, i) => (/[a-z]/.test(a) && (i === 0 || phrase[i - 1] === ' ') ? `[${a.toUpperCase()}${a}]` : a));
}

export interface RefPatterns {
  /** Every head word in a text (global): descriptions are looked for only around these; a sentence without one holds no description. */
  heads: RegExp;
  adjList: RegExp;
  roleOfCountries: RegExp;
  single: RegExp;
  /** "the top Iranian diplomat": a country adjective inside a two-word role phrase (roles.yaml `adjective_inside`). */
  split: RegExp | null;
  /** The role of each such phrase, by its two words. */
  roleBySplit: Map<string, string>;
  counterpart: RegExp;
  roleByPhrase: Map<string, string>;
}

const cache = new WeakMap<Gazetteer, RefPatterns>();
const TITLE_OF = /\b(?:envoy|representative|adviser|advisor|aide|assistant|deputy|spokes(?:man|woman|person)|office|administration|secretary|staff|press service|residence|decree|order|message|invitation|guard|plane|delegation) of (?:the )?$/i;
/** Only titles between a description and a name: ", Deputy Foreign Minister ". */
const TITLES_ONLY = /^[\s,]*(?:(?:the|of|and|for)\s+|[A-Z][\p{L}’'.-]*\s+){0,7}(?:[A-Z]\.)*$/u;

export function refPatterns(g: Gazetteer): RefPatterns {
  const hit = cache.get(g);
  if (hit) return hit;
  const adjectives = g.data.countries.flatMap((c) => c.adjectives).sort((a, b) => b.length - a.length);
  const names = g.data.countries.flatMap((c) => [c.name, ...c.names]).sort((a, b) => b.length - a.length);
  const phrases = g.rolePhrases.filter((r) => r.phrase.length >= 2 && r.phrase !== 'head' && r.phrase !== 'aide');
  const roleAlt = alternation(phrases.map((r) => r.phrase), roleAtoms);
  const roleByPhrase = new Map(phrases.map((r) => [r.phrase, r.role]));
  const ADJ = `(?:${alternation(adjectives, literalAtoms)})`;
  const NAME = `(?:${alternation(names, literalAtoms)})`;
  const ROLE = `(?<role>${roleAlt})`;
  const heads = [...new Set(phrases.map((r) => r.phrase.split(' ').pop()!))].map(esc);
  const splits = g.data.roles.flatMap((r) => r.adjective_inside.map((phrase) => {
    const [lead, head] = phrase.split(' ');
    return { lead, head, role: r.id };
  }));
  const p: RefPatterns = {
    heads: new RegExp(`\\b(?:${[...heads, 'counterparts?', 'colleagues?'].join('|')})`, 'gi'),
    adjList: new RegExp(`\\b(?<adjs>${ADJ}(?:\\s*,\\s*${ADJ})*\\s+and\\s+${ADJ})\\s+(?<role>${roleAlt})s\\b`, 'g'),
    roleOfCountries: new RegExp(`\\b(?<role>${roleAlt})s?\\s+of\\s+(?<names>(?:the\\s+)?${NAME}(?:\\s*,\\s*(?:the\\s+)?${NAME})*(?:\\s*,?\\s+and\\s+(?:the\\s+)?${NAME})?)\\b`, 'g'),
    single: new RegExp(`\\b(?<adj>${ADJ}|${NAME}[’']s)\\s+(?:[Aa]cting\\s+)?${ROLE}\\b`, 'g'),
    split: splits.length ? new RegExp(`\\b(?<lead>${alternation(splits.map((x) => x.lead), capitalisable)})\\s+(?<adj>${ADJ})\\s+(?<head>${alternation(splits.map((x) => x.head), literalAtoms)})\\b`, 'g') : null,
    roleBySplit: new Map(splits.map((x) => [`${x.lead} ${x.head}`, x.role])),
    counterpart: new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(?<adjs>${ADJ}(?:\\s*(?:,|and)\\s*${ADJ})*)\\s+(?:counterparts?|colleagues?)\\b`, 'g'),
    roleByPhrase,
  };
  cache.set(g, p);
  return p;
}

function roleOf(p: RefPatterns, phrase: string): string | null {
  return p.roleByPhrase.get(phrase.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

function countryCode(g: Gazetteer, word: string): string | null {
  return g.countryOf(word.replace(/[’']s$/, '').replace(/^the\s+/i, ''))?.code ?? null;
}

export interface RefContext {
  date: string | null;
  /** Actor ids named anywhere in the document. */
  named: Set<string>;
  /** Every name of the document (read when the gazetteer knows no holder: a person it lacks may be the one described). */
  people?: PersonMention[][];
}

/** The gazetteer's minister roles, listed once per gazetteer. */
const ministerRoles = new WeakMap<Gazetteer, string[]>();
function ministers(g: Gazetteer): string[] {
  let out = ministerRoles.get(g);
  if (!out) ministerRoles.set(g, (out = g.roles.filter((r) => r.id.endsWith('minister')).map((r) => r.id)));
  return out;
}

export function resolve(g: Gazetteer, role: string, country: string, ctx: RefContext, s: number, e: number, rule: string): PersonMention {
  // "the Armenian and Azerbaijani ministers": whichever minister of that country the document names.
  const roles = role === 'leader' ? [g.leaderRole(country)] : role === 'minister' ? ministers(g) : [role];
  const holders: PersonEntry[] = [];
  for (const r of roles) for (const p of g.holders(r, country, ctx.date)) if (ctx.named.has(p.id)) holders.push(p);
  const p = holders.length === 1 ? holders[0] : null;
  if (holders.length === 0 && ctx.people) {
    // No holder the gazetteer knows named here: the one person the document introduced with this
    // office and state ("Ruritanian Defence Minister Ann Berg … the Ruritanian minister") is meant.
    const seen = new Map<string, PersonMention>();
    for (const list of ctx.people) for (const n of list) if (!n.actorId && n.name && !n.reference && n.country === country && n.role && roles.includes(n.role)) seen.set(n.name, n);
    const only = seen.size === 1 ? [...seen.values()][0] : null;
    if (only) return { start: s, end: e, actorId: null, name: only.name, country, role: only.role, rule, reference: true, dateSeen: undefined };
  }
  return { start: s, end: e, actorId: p?.id ?? null, name: p?.name ?? '', country, role: roles[0], rule, reference: true, dateSeen: undefined };
}

/**
 * A head of state's or government's counterpart: the holder of the same office, else the country's
 * leader ("Putin … with his Armenian colleague" is Pashinyan, Armenia's leader, when the text names
 * him and not its president).
 */
function counterpartOf(g: Gazetteer, role: string, country: string, ctx: RefContext, s: number, e: number): PersonMention {
  const same = resolve(g, role, country, ctx, s, e, 'ref.counterpart');
  if (same.actorId || !(g.roleLevel(role) === 'head-of-state' || g.roleLevel(role) === 'head-of-government')) return same;
  const leader = resolve(g, 'leader', country, ctx, s, e, 'ref.counterpart');
  return leader.actorId ? leader : same;
}

// "his Russian counterpart, Deputy Foreign Minister Mikhail Galuzin": only titles between them.
function besideName(text: string, offset: number, names: PersonMention[], s: number, e: number): PersonMention | undefined {
  return names.find(
    (n) =>
      (n.start >= offset + e && n.start - (offset + e) <= 70 && TITLES_ONLY.test(text.slice(e, n.start - offset))) ||
      (n.end <= offset + s && offset + s - n.end <= 6 && /,\s*(?:the\s+)?$/i.test(text.slice(0, s))),
  );
}

/** How far a description reaches before its head word ("Russian, Armenian and Azerbaijani foreign ministers") and after it ("the foreign ministers of Russia, Armenia and Azerbaijan"). */
const REACH_BEFORE = 120;
const REACH_AFTER = 160;
const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;

/**
 * Stretches of the text around each head word, widened to whole words and merged: the description
 * patterns, whose long lists of adjectives and names make a scan of a whole sentence slow, read
 * only these. A description is found in its stretch exactly as in the whole text.
 */
function windows(heads: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  heads.lastIndex = 0;
  for (let m = heads.exec(text); m; m = heads.exec(text)) {
    let a = Math.max(0, m.index - REACH_BEFORE);
    while (a > 0 && LETTER_OR_DIGIT.test(text[a - 1])) a--;
    let b = Math.min(text.length, m.index + m[0].length + REACH_AFTER);
    while (b < text.length && LETTER_OR_DIGIT.test(text[b])) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function free(taken: Array<[number, number]>, s: number, e: number): boolean {
  return !taken.some(([a, b]) => s < b && e > a);
}

/** A description the patterns found, before it is resolved: which pattern, where in the sentence, its groups. */
export interface Description {
  re: RegExp;
  s: number;
  e: number;
  groups: Record<string, string>;
}

/**
 * The descriptions in a sentence, as the patterns alone find them (offsets within the sentence): not
 * overlapping one found before, not part of someone else's title. Needs nothing of the story, so the
 * pipeline reads every sentence's first, then resolves them sentence by sentence.
 */
export function scanReferences(g: Gazetteer, text: string): Description[] {
  const p = refPatterns(g);
  const out: Description[] = [];
  // No head word, no stretch to read: one scan for the head words serves as the quick test too.
  const around = windows(p.heads, text);
  if (around.length === 0) return out;
  const taken: Array<[number, number]> = [];
  for (const re of p.split ? [p.adjList, p.roleOfCountries, p.counterpart, p.single, p.split] : [p.adjList, p.roleOfCountries, p.counterpart, p.single]) for (const [a, b] of around) {
    const part = text.slice(a, b);
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const s = a + m.index;
      const e = s + m[0].length;
      if (!free(taken, s, e)) continue;
      taken.push([s, e]);
      // Part of someone else's title: "Special Envoy of the President of Azerbaijan", "the office of the Prime Minister".
      if (TITLE_OF.test(text.slice(Math.max(0, s - 40), s))) continue;
      out.push({ re, s, e, groups: m.groups ?? {} });
    }
  }
  return out;
}

/**
 * The descriptions `scanReferences` found, resolved: those not next to a name, to the holders of
 * their roles on the date; those next to one give it their role and country. `names` are the sentence's names.
 */
export function resolveReferences(g: Gazetteer, text: string, offset: number, names: PersonMention[], ctx: RefContext, found: Description[]): PersonMention[] {
  const p = refPatterns(g);
  const out: PersonMention[] = [];
  // Counterparts last: "The Turkish defence minister met his Ukrainian counterpart" takes the office of
  // the description before it, resolved first.
  const ordered = found.some((x) => x.re === p.counterpart) ? [...found.filter((x) => x.re !== p.counterpart), ...found.filter((x) => x.re === p.counterpart)] : found;
  for (const { re, s, e, groups: gr } of ordered) {
    // "his Russian counterpart, Deputy Foreign Minister Mikhail Galuzin": only titles between them.
    const near = besideName(text, offset, names, s, e);
    if (re === p.counterpart) {
      const described = out.filter((n) => n.role && n.end <= offset + s && !names.some((m) => m.end <= offset + s && m.start > n.end));
      const subject = [...names].reverse().find((n) => n.end <= offset + s) ?? described[described.length - 1] ?? names[0];
      const codes = gr.adjs.split(/\s*(?:,|and)\s*/).map((a) => countryCode(g, a)).filter((c): c is string => !!c);
      if (near && codes.length === 1) {
        near.country ??= codes[0];
        near.role ??= subject?.role ?? null;
        continue;
      }
      for (const c of codes) out.push(counterpartOf(g, subject?.role ?? 'leader', c, ctx, offset + s, offset + e));
      continue;
    }
    const role = re === p.split ? (p.roleBySplit.get(`${gr.lead.toLowerCase()} ${gr.head}`) ?? null) : gr.role ? roleOf(p, gr.role) : null;
    if (!role) continue;
    const codes =
      re === p.adjList
        ? gr.adjs.split(/\s*(?:,|and)\s*/).map((a) => countryCode(g, a))
        : re === p.roleOfCountries
          ? gr.names.split(/\s*(?:,|\band\b)\s*/).map((a) => countryCode(g, a))
          : [countryCode(g, gr.adj)];
    const valid = codes.filter((c): c is string => !!c);
    // "In a conversation with Putin, the Azerbaijani leader …": a known name of another country is not
    // the one described (an introductory phrase ends at the comma, it is no apposition).
    const other = near && valid.length === 1 && near.country != null && near.country !== valid[0] && near.end <= offset + s;
    if (near && !other && valid.length === 1) {
      near.country ??= valid[0];
      near.role ??= role;
      continue;
    }
    if (near && !other) continue;
    const rule = re === p.single || re === p.split ? 'ref.role' : 'ref.roles-plural';
    for (const c of valid) out.push(resolve(g, role, c, ctx, offset + s, offset + e, rule));
  }
  return out;
}

/** Role descriptions in a sentence that are not next to a name. `names` are the sentence's names. */
export function findReferences(g: Gazetteer, text: string, offset: number, names: PersonMention[], ctx: RefContext): PersonMention[] {
  return resolveReferences(g, text, offset, names, ctx, scanReferences(g, text));
}
