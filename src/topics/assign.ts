// The topic stage, the same for English and Russian: which labels of the vocabulary a contact's
// sentences raise.
//   1. A sentence gives topics only where it says something was talked about (the `raised` cue);
//      a clause that says a subject was not raised (`absent`) gives none; a topic word that names the
//      gathering where the contact took place ("the SCO summit") is the setting, not a topic.
//   2. A contact's sentences are its evidence, and the sentences after each of them while they speak
//      of that contact only: in the same paragraph, or a next paragraph that opens on it ("The sides
//      discussed …", "Стороны обсудили …"). The walk stops at another contact's sentence, at a sentence
//      naming someone who is not a participant, and at one opening on another occasion ("Earlier …").
// A topic never comes from a sentence before a contact's first one (a section's introduction) nor
// from another contact's sentence.
import { matchAll } from '../reader/ru/lexicon.ts';
import type { TopicLanguage, TopicVocabulary } from './vocabulary.ts';

export interface TopicHit {
  id: string;
  label: string;
  /** The vocabulary pattern that matched, as written in the data file. */
  pattern: string;
  /** The words that name the topic (offsets into the document text). */
  start: number;
  end: number;
  /** The sentence that raises it. */
  sentence: { start: number; end: number; text: string };
}

/** How far back and ahead of a topic word a gathering's name is looked for. */
const VENUE_REACH = 60;
/** Sentences after an evidence sentence that can carry on about its contact. */
const MAX_FOLLOW = 4;

/** The labels one sentence raises, each once, with the words and the pattern that gave it. */
export function topicsOfSentence(v: TopicVocabulary, lang: TopicLanguage, text: string, offset = 0): TopicHit[] {
  const cue = v.cues;
  if (!cue.raised[lang].test(text) || !v.any[lang].test(text)) return [];
  // Clauses that say a subject was not raised.
  const cuts = [0, ...matchAll(cue.clause[lang], text).map((m) => m.start), text.length];
  const silent: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cue.absent[lang].test(text.slice(cuts[i], cuts[i + 1]))) silent.push([cuts[i], cuts[i + 1]]);
  const negated = (at: number) => silent.some(([a, b]) => at >= a && at < b);
  const venue = (m: { start: number; end: number }) =>
    cue.venue_before[lang].test(text.slice(Math.max(0, m.start - VENUE_REACH), m.start)) || cue.venue_after[lang].test(text.slice(m.end, m.end + VENUE_REACH));
  const hits: TopicHit[] = [];
  for (const t of v.topics) {
    for (const p of t.patterns[lang]) {
      const m = matchAll(p.re, text).find((x) => !negated(x.start) && !venue(x));
      if (!m) continue;
      hits.push({ id: t.id, label: t.label, pattern: p.source, start: offset + m.start, end: offset + m.end, sentence: { start: offset, end: offset + text.length, text } });
      break;
    }
  }
  return hits;
}

/** A clause of a sentence (offsets into the sentence), and whether it says a subject was not raised. */
export interface Clause {
  start: number;
  end: number;
  silent: boolean;
}

/** The clauses of a sentence, cut where the vocabulary's `clause` cue says one ends. */
export function clausesOf(v: TopicVocabulary, lang: TopicLanguage, text: string): Clause[] {
  const cuts = [0, ...matchAll(v.cues.clause[lang], text).map((m) => m.start), text.length];
  const out: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1] > cuts[i]) out.push({ start: cuts[i], end: cuts[i + 1], silent: v.cues.absent[lang].test(text.slice(cuts[i], cuts[i + 1])) });
  return out;
}

/**
 * The labels a sentence says were NOT raised ("Ukraine was not mentioned in …", "made no mention of",
 * "не упоминается"): topic words inside a clause the `absent` cue marks. These are claims of omission,
 * never topics. Each hit's `clause` is the clause's span (offsets into the document).
 */
export function absencesOfSentence(v: TopicVocabulary, lang: TopicLanguage, text: string, offset = 0): Array<TopicHit & { clause: { start: number; end: number } }> {
  if (!v.any[lang].test(text)) return [];
  const out: Array<TopicHit & { clause: { start: number; end: number } }> = [];
  for (const c of clausesOf(v, lang, text).filter((x) => x.silent)) {
    const part = text.slice(c.start, c.end);
    for (const t of v.topics) {
      if (out.some((o) => o.id === t.id)) continue;
      for (const p of t.patterns[lang]) {
        const m = matchAll(p.re, part)[0];
        if (!m) continue;
        out.push({ id: t.id, label: t.label, pattern: p.source, start: offset + c.start + m.start, end: offset + c.start + m.end, sentence: { start: offset, end: offset + text.length, text }, clause: { start: offset + c.start, end: offset + c.end } });
        break;
      }
    }
  }
  return out;
}

export interface ScopeSentence {
  start: number;
  end: number;
  paragraph: number;
  text: string;
  heading?: boolean;
  /** Who the sentence names (actor ids, else lower-cased names): a name outside the contact ends its scope. */
  people: string[];
}

export interface ScopeEvent {
  evidence: Array<{ start: number; end: number }>;
  /** Its participants, keyed as `ScopeSentence.people`. */
  people: string[];
}

/** For each sentence, the events whose evidence it holds (sentences and evidence both in text order). */
function coverage(sentences: ScopeSentence[], events: ScopeEvent[]): number[][] {
  const out: number[][] = sentences.map(() => []);
  events.forEach((e, k) => {
    for (const x of e.evidence) {
      // The first sentence that ends after the evidence starts, found by halving.
      let lo = 0;
      let hi = sentences.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid].end <= x.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < sentences.length && sentences[i].start < x.end; i++) if (!out[i].includes(k)) out[i].push(k);
    }
  });
  return out;
}

/** The sentences (indices, in order) whose topics are the contact's: see the head of this file. */
export function topicScope(v: TopicVocabulary, lang: TopicLanguage, sentences: ScopeSentence[], events: ScopeEvent[], which: number, covered = coverage(sentences, events)): number[] {
  const own = new Set<number>();
  covered.forEach((ks, i) => ks.includes(which) && own.add(i));
  const present = new Set(events[which].people);
  const scope = new Set(own);
  for (const k of own) {
    for (let j = k + 1, n = 0; j < sentences.length && n < MAX_FOLLOW; j++, n++) {
      const s = sentences[j];
      // Another contact's sentence (own ones are walked from themselves).
      if (covered[j].length > 0 || s.heading) break;
      if (v.cues.stop[lang].test(s.text)) break;
      if (s.people.some((p) => !present.has(p))) break;
      if (s.paragraph !== sentences[j - 1].paragraph && !v.cues.follow[lang].test(s.text)) break;
      scope.add(j);
    }
  }
  return [...scope].sort((a, b) => a - b);
}

/** Each event's topics: the first sentence of its scope that raises each label. */
export function assignTopics(v: TopicVocabulary, lang: TopicLanguage, sentences: ScopeSentence[], events: ScopeEvent[]): TopicHit[][] {
  const covered = coverage(sentences, events);
  const bySentence = new Map<number, TopicHit[]>();
  const of = (i: number) => {
    let hits = bySentence.get(i);
    if (!hits) bySentence.set(i, (hits = topicsOfSentence(v, lang, sentences[i].text, sentences[i].start)));
    return hits;
  };
  return events.map((_, k) => {
    const out: TopicHit[] = [];
    for (const i of topicScope(v, lang, sentences, events, k, covered)) for (const h of of(i)) if (!out.some((o) => o.id === h.id)) out.push(h);
    return out;
  });
}

/** The key a person is known by in a topic scope: the gazetteer id, else the name as lower case. */
export function personKey(p: { actorId?: string | null; name: string }): string {
  return p.actorId ?? p.name.toLowerCase();
}
