// The topic vocabulary (data/lexicon/topics.yaml), validated and compiled once: the labels a contact
// can be about, with their English and Russian patterns, and the cues that decide whether and where a
// sentence gives topics. Patterns use the short-hand of the Russian lexicon ("~" the rest of a word),
// compiled by the same function, so the data file names words by their stems in both languages.
import { join } from 'node:path';
import { readYamlData } from '../data-cache.ts';
import type { z } from 'zod';
import { lazy, zod } from '../lazy-zod.ts';
import { DATA_DIR } from '../gazetteer/load.ts';
import { compilePattern } from '../reader/ru/lexicon.ts';

export const TOPIC_LANGUAGES = ['en', 'ru'] as const;
export type TopicLanguage = (typeof TOPIC_LANGUAGES)[number];

const PerLanguage = lazy((z = zod()) => z.object({ en: z.string().min(1), ru: z.string().min(1) }));
const CUE_NAMES = ['raised', 'absent', 'clause', 'venue_before', 'venue_after', 'follow', 'stop'] as const;
export type TopicCue = (typeof CUE_NAMES)[number];

const TopicEntry = lazy((z = zod()) => z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens'),
  label: z.string().min(2),
  en: z.array(z.string().min(2)).min(1),
  ru: z.array(z.string().min(2)).min(1),
}));

const TopicsFile = lazy((z = zod()) => z.object({
  cues: z.object(Object.fromEntries(CUE_NAMES.map((c) => [c, PerLanguage()])) as Record<TopicCue, ReturnType<typeof PerLanguage>>),
  topics: z.array(TopicEntry()).min(1),
}));

export interface TopicPattern {
  /** The pattern as written in the data file: what `attache explain` shows. */
  source: string;
  re: RegExp;
}

export interface Topic {
  id: string;
  label: string;
  patterns: Record<TopicLanguage, TopicPattern[]>;
}

export interface TopicVocabulary {
  topics: Topic[];
  /** Every pattern of a language in one expression: a sentence none of them matches is read once. */
  any: Record<TopicLanguage, RegExp>;
  cues: Record<TopicCue, Record<TopicLanguage, RegExp>>;
}

export class TopicVocabularyError extends Error {}

const DEFAULT_FILE = join(DATA_DIR, 'lexicon', 'topics.yaml');
let cached: TopicVocabulary | null = null;

function compile(file: string, where: string, source: string, flags = 'giu'): RegExp {
  try {
    return compilePattern(source, flags);
  } catch (e) {
    throw new TopicVocabularyError(`${file}: ${where}: not a valid pattern (${(e as Error).message})`);
  }
}

export function loadTopicVocabulary(file = DEFAULT_FILE): TopicVocabulary {
  if (cached && file === DEFAULT_FILE) return cached;
  // Parsed and validated once, then read back from the data cache (data-cache.ts) while the file is unchanged.
  let d: z.output<ReturnType<typeof TopicsFile>>;
  try {
    d = readYamlData(file, (raw) => {
      const parsed = TopicsFile().safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new TopicVocabularyError(`${file}: ${issue.path.join('.')}: ${issue.message}`);
      }
      return parsed.data;
    });
  } catch (e) {
    if (e instanceof TopicVocabularyError) throw e;
    throw new TopicVocabularyError(`${file}: ${(e as Error).message}`);
  }
  const seen = new Set<string>();
  for (const t of d.topics) {
    if (seen.has(t.id)) throw new TopicVocabularyError(`${file}: topic id '${t.id}' is given twice`);
    seen.add(t.id);
  }
  const topics: Topic[] = d.topics.map((t) => ({
    id: t.id,
    label: t.label,
    patterns: Object.fromEntries(TOPIC_LANGUAGES.map((l) => [l, t[l].map((p, i) => ({ source: p, re: compile(file, `topics.${t.id}.${l}.${i}`, p) }))])) as Record<TopicLanguage, TopicPattern[]>,
  }));
  const vocab: TopicVocabulary = {
    topics,
    // After each pattern on its own, so that a broken one is reported with its place.
    any: Object.fromEntries(TOPIC_LANGUAGES.map((l) => [l, compile(file, `topics.*.${l}`, d.topics.flatMap((t) => t[l]).join('|'), 'iu')])) as Record<TopicLanguage, RegExp>,
    // Cues are tested, not iterated: no global flag (a global expression keeps its place between calls).
    cues: Object.fromEntries(
      CUE_NAMES.map((c) => [c, Object.fromEntries(TOPIC_LANGUAGES.map((l) => [l, compile(file, `cues.${c}.${l}`, d.cues[c][l], c === 'clause' ? 'giu' : 'iu')]))]),
    ) as Record<TopicCue, Record<TopicLanguage, RegExp>>,
  };
  if (file === DEFAULT_FILE) cached = vocab;
  return vocab;
}

/** The language whose patterns read a document: Russian for 'ru', English otherwise. */
export function topicLanguage(lang: string | null | undefined): TopicLanguage {
  return lang === 'ru' ? 'ru' : 'en';
}
