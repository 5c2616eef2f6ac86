// The Russian vocabulary (data/lexicon/ru.yaml), validated and compiled once. Patterns are written in
// a short-hand ("~" the rest of a word, "_" up to three words between) so that the data file says
// words by their stems and the code holds no second copy of them.
import { join } from 'node:path';
import type { z } from 'zod';
import { lazy, zod } from '../../lazy-zod.ts';
import type { EventType } from '../../types.ts';
import { DATA_DIR } from '../../paths.ts';
import { readYamlData } from '../../data-cache.ts';
import { LetterPattern } from '../../letter-classes.ts';

const TriggerRule = lazy((z = zod()) => z.object({
  id: z.string().regex(/^ru\.[a-z]+\.[a-z-]+$/),
  type: z.enum(['call', 'meeting', 'visit', 'summit']),
  strength: z.number().int().min(1).max(5),
  definite: z.boolean().optional().default(false),
  pattern: z.string().min(2),
}));

const CUES = ['negation', 'hypothetical', 'future', 'aggregate', 'earlier', 'present', 'initiative', 'speech', 'sidelines', 'together', 'welcome', 'programme', 'each', 'caption', 'purpose', 'sameday', 'tookpart', 'group', 'apart'] as const;
export type CueName = (typeof CUES)[number];

const LexiconFile = lazy((z = zod()) => z.object({
  triggers: z.array(TriggerRule()).min(1),
  cues: z.object(Object.fromEntries(CUES.map((c) => [c, z.string()])) as Record<CueName, z.ZodString>),
  counterpart: z.string(),
  leaders: z.string(),
  pronouns: z.string(),
  past_tense: z.string(),
  visit_participles: z.string(),
  subject_pronouns: z.string(),
  surname_endings: z.array(z.string().min(1)).min(1),
  bare_surname_endings: z.array(z.string().min(1)).min(1),
  abbreviations: z.array(z.string()),
  dateline: z.string(),
  timestamp: z.string(),
  ellipsis: z.string(),
  latin_by_state: z.array(z.object({ states: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1), letters: z.record(z.string().regex(/^[а-яё]+$/), z.string().regex(/^[a-z]*$/)) })).default([]),
}));

export interface RuTrigger {
  id: string;
  type: EventType;
  strength: number;
  definite: boolean;
  re: RegExp;
}

export interface RuLexicon {
  triggers: RuTrigger[];
  cues: Record<CueName, RegExp>;
  counterpart: RegExp;
  leaders: RegExp;
  pronouns: RegExp;
  /** A verb in the past tense: the sentence tells of what happened ("провёл", "встретились"). */
  pastTense: RegExp;
  /** Participles of travelling in an oblique case: the traveller is the person after them. */
  visitParticiples: RegExp;
  subjectPronouns: RegExp;
  /** The nominative endings of family names: a pair of capitalised words ending so reads as a person's name. */
  surnameShape: RegExp;
  /** The endings a family name standing alone must have to read as a newcomer's. */
  bareSurnameShape: RegExp;
  abbreviations: Set<string>;
  dateline: RegExp;
  timestamp: RegExp;
  /** A sentence that opens by naming another partner of the contact told just before ("А также с …"). */
  ellipsis: RegExp;
  /** Cyrillic letters → Latin, by state, where English-language media depart from the Russian table. */
  latinByState: Map<string, Array<[string, string]>>;
}

/** A data pattern as a whole-word, case-blind expression (a LetterPattern: its letter classes cost little to build). */
export function compilePattern(p: string, flags = 'giu'): RegExp {
  const body = p
    .replace(/~/g, '[\\p{L}-]*')
    .replace(/ _ /g, '(?:\\s+\\p{L}+){0,3}\\s+')
    .replace(/ /g, '\\s+');
  // The whole word: no letter before; none after unless the pattern ends inside a word ("~").
  return new LetterPattern(`(?<![\\p{L}-])(?:${body})(?![\\p{L}])`, flags);
}

export class RuLexiconError extends Error {}

let cached: RuLexicon | null = null;

export function ruLexicon(file = join(DATA_DIR, 'lexicon', 'ru.yaml')): RuLexicon {
  if (cached && file === join(DATA_DIR, 'lexicon', 'ru.yaml')) return cached;
  const d = readYamlData(file, (raw) => {
    const parsed = LexiconFile().safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RuLexiconError(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    }
    return parsed.data;
  });
  const lex: RuLexicon = {
    triggers: d.triggers.map((t) => ({ id: t.id, type: t.type, strength: t.strength, definite: t.definite, re: compilePattern(t.pattern) })),
    cues: Object.fromEntries(CUES.map((c) => [c, compilePattern(d.cues[c])])) as Record<CueName, RegExp>,
    counterpart: compilePattern(d.counterpart),
    leaders: compilePattern(d.leaders),
    pronouns: compilePattern(d.pronouns),
    pastTense: compilePattern(d.past_tense),
    visitParticiples: compilePattern(d.visit_participles),
    subjectPronouns: compilePattern(d.subject_pronouns),
    surnameShape: new RegExp(`(?:${[...d.surname_endings].sort((a, b) => b.length - a.length).join('|')})$`, 'u'),
    bareSurnameShape: new RegExp(`(?:${[...d.bare_surname_endings].sort((a, b) => b.length - a.length).join('|')})$`, 'u'),
    abbreviations: new Set(d.abbreviations.map((a) => a.toLowerCase())),
    dateline: new RegExp(d.dateline, 'u'),
    timestamp: new RegExp(d.timestamp, 'iu'),
    ellipsis: new RegExp(d.ellipsis, 'iu'),
    latinByState: new Map(d.latin_by_state.flatMap((e) => e.states.map((st) => [st, Object.entries(e.letters).sort((a, b) => b[0].length - a[0].length)] as [string, Array<[string, string]>]))),
  };
  if (file === join(DATA_DIR, 'lexicon', 'ru.yaml')) cached = lex;
  return lex;
}

/** Every match of a compiled pattern in `text`, with offsets. */
export function matchAll(re: RegExp, text: string): Array<{ start: number; end: number; text: string }> {
  re.lastIndex = 0;
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
