// Whose readout an account is: an official site's own text ("official"), a report that attributes
// what it tells to one side ("According to the Kremlin", "a statement issued by the Azerbaijani
// side", "Pashinyan's office said": "attributed"), or a news outlet's own report. The frames, the
// institution words and the kinds of voice are data (data/lexicon/attribution.yaml).
import { join } from 'node:path';
import { z } from 'zod';
import type { Gazetteer } from '../gazetteer/index.ts';
import { readYamlData } from '../data-cache.ts';
import { DATA_DIR } from '../paths.ts';
import { accountsLexicon } from './lexicon.ts';

/** What kind of body speaks: the presidency (the Kremlin, a presidential office), a government, a ministry, a parliament, an embassy, or an outlet. */
export const VOICES = ['presidency', 'government', 'ministry', 'parliament', 'embassy'] as const;
export type Voice = (typeof VOICES)[number] | 'outlet' | 'other';

export interface Attribution {
  kind: 'official' | 'attributed' | 'outlet';
  /** ISO3 code of the side whose account it is; null for an outlet's own report. */
  side: string | null;
  /** Who is speaking, as shown to people: the outlet, or the words of the attribution. */
  label: string;
  /** The attribution's span in the document, when the text gives one. */
  start: number | null;
  end: number | null;
  /** The kind of body speaking (absent in links stored before it was recorded). */
  voice?: Voice;
}

export interface ScopeSentence {
  start: number;
  end: number;
  text: string;
}

const File = z.object({
  frames: z.array(z.object({ re: z.string(), flags: z.string().regex(/^[iu]*$/) })).min(1),
  institution: z.string(),
  voices: z.record(z.enum(VOICES), z.string()),
  echo: z.string(),
});

export interface AttributionLexicon {
  frames: RegExp[];
  institution: RegExp;
  voices: Array<[Voice, RegExp]>;
  echo: RegExp;
}

const FILE = join(DATA_DIR, 'lexicon', 'attribution.yaml');
let cached: AttributionLexicon | null = null;

/** The attribution vocabulary, read and compiled once; a bad expression names its place in the file. */
export function attributionLexicon(): AttributionLexicon {
  if (cached) return cached;
  const d = readYamlData(FILE, (raw) => {
    const r = File.safeParse(raw);
    if (!r.success) throw new Error(`${FILE}: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`);
    return r.data;
  });
  const compile = (where: string, source: string, flags: string) => {
    try {
      return new RegExp(source, flags);
    } catch (e) {
      throw new Error(`${FILE}: ${where}: ${(e as Error).message}`);
    }
  };
  const word = (where: string, source: string) => compile(where, `(?<!\\p{L})(?:${source})`, 'iu');
  cached = {
    frames: d.frames.map((f, i) => compile(`frames.${i}`, f.re, `g${f.flags}`)),
    institution: word('institution', d.institution),
    voices: VOICES.filter((v) => d.voices[v]).map((v) => [v, word(`voices.${v}`, d.voices[v]!)]),
    echo: word('echo', d.echo),
  };
  return cached;
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** An attribution this long or shorter is shown whole. */
const SHORT = 48;

/** The country named in a phrase (adjective, name or metonym), or null. */
function countryIn(g: Gazetteer, phrase: string): { code: string; metonym: boolean } | null {
  const words = phrase.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    for (const w of [words.slice(i, i + 2).join(' '), words[i].replace(/['’]s$/, '')]) {
      const c = g.countryOf(w);
      if (c) return { code: c.code, metonym: c.kind === 'metonym' };
    }
  }
  return null;
}

/** A person of the gazetteer whose office speaks ("Pashinyan's office"): their country and the voice of their role on the date. */
function officeOf(g: Gazetteer, phrase: string, date: string | null): { code: string; voice: Voice } | null {
  const m = /([\p{Lu}][\p{L}-]+)(?:'s|’s) (?:office|press service|press office|administration|apparatus)/u.exec(phrase);
  if (!m) return null;
  const people = g.bySurname(m[1]);
  if (people.length !== 1) return null;
  const role = g.roleAt(people[0], date);
  if (!role) return null;
  const level = g.roleLevel(role.role);
  const voice: Voice = level === 'head-of-state' ? 'presidency' : level === 'head-of-government' ? 'government' : level === 'minister' ? 'ministry' : 'other';
  return { code: people[0].country, voice };
}

/**
 * The attribution's words up to the speaker's name: "statement issued by the Russian Foreign Ministry",
 * not the rest of the clause the frame read ("… succinctly says that").
 */
function shortLabel(g: Gazetteer, whole: string, who: string): string {
  const at = whole.lastIndexOf(who);
  if (whole.trim().length <= SHORT || at < 0) return whole.trim();
  // Up to the first country word and the first institution word, whichever ends later.
  const country = [...who.matchAll(WORD)].find((w) => g.countryOf(w[0].replace(/['’]s$/, '')));
  const inst = attributionLexicon().institution.exec(who);
  const end = Math.max(country ? country.index! + country[0].length : 0, inst ? inst.index + inst[0].length : 0);
  return whole.slice(0, at + (end || who.length)).trim();
}

/** The kind of body a phrase names (the first of data's voices that matches), else `other`. */
export function voiceOf(phrase: string): Voice {
  for (const [v, re] of attributionLexicon().voices) if (re.test(phrase)) return v;
  return 'other';
}

export function officialSide(outlet: string | null, url: string | null): string | null {
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    host = null;
  }
  for (const s of accountsLexicon().sources) {
    if (host && s.hosts.some((h) => host === h || host!.endsWith(`.${h}`))) return s.side;
    if (outlet && s.outlets.some((o) => o.toLowerCase() === outlet.toLowerCase())) return s.side;
  }
  return null;
}

/** The attribution a sentence makes to a side, or null. `date` picks a person's role for "X's office". */
export function attributionOfSentence(g: Gazetteer, s: ScopeSentence, date: string | null = null): Attribution | null {
  const lex = attributionLexicon();
  for (const re of lex.frames) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const who = m.groups?.who;
      if (!who) continue;
      const start = s.start + m.index;
      const office = officeOf(g, who, date) ?? officeOf(g, m[0], date);
      if (office) return { kind: 'attributed', side: office.code, label: shortLabel(g, m[0], who), start, end: start + m[0].length, voice: office.voice };
      const c = countryIn(g, who);
      if (!c || (!c.metonym && !lex.institution.test(who))) continue;
      return { kind: 'attributed', side: c.code, label: shortLabel(g, m[0], who), start, end: start + m[0].length, voice: voiceOf(who) };
    }
  }
  return null;
}

/** The first attribution to a side in the sentences, in their order. */
export function attributionIn(g: Gazetteer, sentences: ScopeSentence[], date: string | null = null): Attribution | null {
  for (const s of sentences) {
    const a = attributionOfSentence(g, s, date);
    if (a) return a;
  }
  return null;
}

export function attribute(g: Gazetteer, doc: { outlet: string | null; url: string | null }, sentences: ScopeSentence[], date: string | null = null): Attribution {
  const official = officialSide(doc.outlet, doc.url);
  if (official) return { kind: 'official', side: official, label: doc.outlet ?? official, start: null, end: null, voice: doc.outlet ? voiceOf(doc.outlet) : hostVoice(doc.url) };
  return attributionIn(g, sentences, date) ?? { kind: 'outlet', side: null, label: doc.outlet ?? 'unknown outlet', start: null, end: null, voice: 'outlet' };
}

/** An official site without an outlet name: the voice its host's words name (kremlin.ru, mfa.am, president.az), else `other`. */
function hostVoice(url: string | null): Voice {
  try {
    return url ? voiceOf(new URL(url).hostname.replace(/[.-]/g, ' ')) : 'other';
  } catch {
    return 'other';
  }
}
