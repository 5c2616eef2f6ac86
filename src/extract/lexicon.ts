// Loads the trigger lexicon and the cue phrases (data/lexicon) and compiles their patterns once.
import { join } from 'node:path';
import type { z } from 'zod';
import { lazy, zod } from '../lazy-zod.ts';
import { DATA_DIR } from '../paths.ts';
import { readYamlData } from '../data-cache.ts';
import { EVENT_TYPES, type EventType } from '../types.ts';

const TriggerRule = lazy((z = zod()) => z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES as [EventType, ...EventType[]]),
  strength: z.number().int(),
  pattern: z.string(),
  needs: z.string(),
  requires: z.array(z.enum(['people2', 'place', 'states'])).optional().default([]),
}));

const Cues = lazy((z = zod()) => z.object({
  negation: z.string(),
  negation_after: z.string(),
  hypothetical: z.string(),
  future: z.string(),
  vague_time: z.string(),
  topic_sentence: z.string(),
  embedded_date: z.string(),
  initiative: z.string(),
  speaker_label_none: z.string(),
  address: z.string(),
  speech_lead: z.string(),
  our_country: z.string(),
  plural_anaphor: z.string(),
  two_countries: z.string(),
  possessive_nonparticipant: z.string(),
  earlier: z.string(),
  during_trip: z.string(),
  return_home: z.string(),
  recent_past: z.string(),
  other_occasion: z.string(),
  took_part: z.string(),
  attend_before: z.string(),
  besides_gerund: z.string(),
  joint_body: z.string(),
  told_of: z.string(),
  own_date_clause: z.string(),
  sent_by: z.string(),
  subject_matter: z.string(),
  relative_of: z.string(),
  habitual: z.string(),
  contact_since: z.string(),
  attendance: z.string(),
  side_spoken_of: z.string(),
}));

/** Words one of which a text must contain for the cue to match at all: tested first, much cheaper. */
const GATES: Record<string, RegExp> = {
  topic_sentence: /topic|discuss|exchang|focus|touch|note|stress|agree|review|consider|devot|centr|cover|concern|dealt/i,
  embedded_date: /outcome|result|assessment|implementation|agreement|declaration|statement|following|since|anniversary|signed|adopted|of the talks|of the meeting/i,
  // Read on the rest of the sentence after every trigger: each of its 80 starting places tried otherwise.
  negation_after: / not |cancel|called off|postponed|never /i,
  two_countries: /of (?:the )?(?:two|both) (?:[a-z-]+ )?(?:countries|states|nations)/i,
  contact_since: /since/i,
  // As written: the initiative cue has no i flag ("[Ii]nitiated by", "request").
  initiative: /nitiat|equest/,
};

/** A regular expression that first checks a cheap gate; `test` and `exec` behave as the full one's. */
function gated(re: RegExp, gate: RegExp): RegExp {
  const g = new RegExp(re.source, re.flags);
  if (g.global) {
    // A global one keeps its place in `lastIndex` between calls: it must run as itself.
    const exec = g.exec.bind(g);
    g.exec = (s: string) => (gate.test(s) ? exec(s) : null);
    g.test = (s: string) => gate.test(s) && RegExp.prototype.test.call(g, s);
    return g;
  }
  // Otherwise an untouched copy runs past the gate: the engine's fast path is for expressions whose
  // methods are their own (and `test` through the replaced `exec` would check the gate twice).
  const full = new RegExp(re.source, re.flags);
  g.exec = (s: string) => (gate.test(s) ? full.exec(s) : null);
  g.test = (s: string) => gate.test(s) && full.test(s);
  return g;
}

/** Cues() matched as written: the modal "may" must not match the month "May". */
const CASE_SENSITIVE = new Set(['hypothetical']);

export interface CompiledTrigger {
  id: string;
  type: EventType;
  strength: number;
  re: RegExp;
  needs: RegExp;
  requires: Array<'people2' | 'place' | 'states'>;
}

export type CueName = keyof z.infer<ReturnType<typeof Cues>>;

export interface Lexicon {
  triggers: CompiledTrigger[];
  /** Words every trigger contains at least one of: a sentence without any is skipped at once. */
  quick: RegExp;
  /** Every rule's keywords in one expression: one scan finds which rules can fire. */
  needsAll: RegExp;
  cue: Record<CueName, RegExp>;
}

/** The regular forms of an English verb after its lemma: -s, -ed, -ing ("host" → hosts, hosted, hosting). */
export function regularForms(lemma: string): string[] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const s = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const ed = lemma.endsWith('e') ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [s, ed, ing];
}

/** Every form of each verb of verb-forms.yaml, the lemma first. */
function verbForms(dir: string): Map<string, string[]> {
  const raw = readYamlData(join(dir, 'verb-forms.yaml'), (r, z = zod()) => z.record(z.string(), z.union([z.literal('regular'), z.array(z.string())])).parse(r));
  return new Map(Object.entries(raw).map(([lemma, forms]) => [lemma, [lemma, ...(forms === 'regular' ? regularForms(lemma) : forms)]]));
}

/** A pattern with each {{lemma}} spelled out as its forms, longest first so that "holding" is not read as "hold". */
export function expandVerbs(pattern: string, verbs: Map<string, string[]>, where: string): string {
  return pattern.replace(/\{\{([a-z]+)\}\}/g, (_, lemma: string) => {
    const forms = verbs.get(lemma);
    if (!forms) throw new Error(`${where}: no verb {{${lemma}}} in verb-forms.yaml`);
    return `(?:${[...new Set(forms)].sort((a, b) => b.length - a.length).join('|')})`;
  });
}

export function loadLexicon(dataDir = DATA_DIR): Lexicon {
  const dir = join(dataDir, 'lexicon');
  const verbs = verbForms(dir);
  const rules = readYamlData(join(dir, 'triggers.yaml'), (raw) => zod().array(TriggerRule()).parse(raw)).map((r) => ({ ...r, pattern: expandVerbs(r.pattern, verbs, `triggers.yaml ${r.id}`) }));
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) throw new Error(`triggers.yaml: duplicate rule id ${r.id}`);
    ids.add(r.id);
  }
  const cues = readYamlData(join(dir, 'cues.yaml'), (raw) => Cues().parse(raw));
  const cue = Object.fromEntries(
    Object.entries(cues).map(([k, v]) => {
      // The unicode flag only where a pattern needs \\p{…}: without it the engine is markedly faster.
      const u = v.includes('\\p{') ? 'u' : '';
      const re = new RegExp(v, (k === 'initiative' ? 'g' : '') + (CASE_SENSITIVE.has(k) || k === 'initiative' ? '' : 'i') + u);
      return [k, GATES[k] ? gated(re, GATES[k]) : re];
    }),
  ) as Record<CueName, RegExp>;
  const quick = readYamlData(join(dir, 'trigger-words.yaml'), (raw, z = zod()) => z.array(z.string()).parse(raw));
  return {
    quick: new RegExp(`\\b(?:${quick.join('|')})`, 'i'),
    // Longest keywords first, so that "meeting" is read whole rather than as "meet".
    needsAll: new RegExp([...new Set(rules.flatMap((r) => r.needs.split('|')))].sort((a, b) => b.length - a.length).join('|'), 'gi'),
    // Case-insensitive except where a rule looks ahead for a capital letter (a name).
    triggers: rules.map((r) => ({
      ...r,
      needs: new RegExp(r.needs, 'i'),
      re: new RegExp(`\\b(?:${r.pattern})\\b`, /\[A-Z\]/.test(r.pattern) ? 'g' : 'gi'),
    })),
    cue,
  };
}

let cached: Lexicon | null = null;
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}
