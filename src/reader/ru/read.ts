// The Russian reader, in order:
//   1. sentences (sentences.ts)       content regions → sentences, Russian abbreviations and initials kept
//   2. the report's day               metadata, else a dateline (dates.ts), else the URL or the text
//   3. the document model (tag.ts)    every sentence's people, roles, states, places, organisations,
//                                     dates, contact words and cues, read once
//   4. candidates (build.ts)          one per contact word and type, with its window; nothing dropped
//   5. decisions (decide.ts)          kept or dropped by named rules; then mentions of one contact joined
//   6. output                         the same ExtractedEvent records as the English pipeline
// Names, roles, states and places come from the gazetteer's `ru` fields; words from data/lexicon/ru.yaml.
import type { DateValue, Doc, ExtractedEvent, Participant } from '../../types.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import { documentDate, type DocDate } from '../../extract/docdate.ts';
import { dayNumber, toIso } from '../../extract/dates.ts';
import { ruLexicon, type RuLexicon } from './lexicon.ts';
import { ruGazetteer } from './gazetteer.ts';
import { splitRuSentences } from './sentences.ts';
import { findDateline, findRuDates } from './dates.ts';
import { tagSentence } from './tag.ts';
import { isNewcomer, newcomerRegistry } from './newcomers.ts';
import { sentenceCandidates } from './build.ts';
import { decide, join, type Decision } from './decide.ts';
import { windowParties, type Candidate, type DocContext } from './candidates.ts';
import { defaultScorer, type EventScorer } from './score.ts';
import { assignTopics, personKey, type TopicHit } from '../../topics/assign.ts';
import { loadTopicVocabulary } from '../../topics/vocabulary.ts';

export interface RuReading {
  events: ExtractedEvent[];
  docDate: DocDate;
  sentences: number;
  /** Every candidate with the rule that kept or dropped it: what `attache explain` prints. */
  decisions: Decision[];
  /** Each event's topics (in the order of `events`) with the sentence and pattern that gave them. */
  topics: TopicHit[][];
  /** The candidate each event was made of (in the order of `events`): its decision's id. */
  eventCandidates: number[];
}

/** The day of a line near the top that is only a date and time (ru.yaml `timestamp`), with its year written. */
function stampDay(text: string, lex: RuLexicon): DateValue | null {
  for (const l of text.split('\n', 6)) {
    const m = lex.timestamp.exec(l);
    // Only the date and time, perhaps an author or a source after them: not a lead opening with a day.
    if (!m || l.trim().length > 40) continue;
    const v = findRuDates(m[0], 0, null)[0]?.value;
    if (v?.day != null) return v;
  }
  return null;
}

function reportDay(doc: Doc, lex: RuLexicon, sentencesDate: DocDate): { value: DateValue | null; dateline: boolean; docDate: DocDate } {
  const line = findDateline(doc.text, lex.dateline, sentencesDate.value);
  // A line at the top that is only the report's date and time dates the report as a dateline does.
  const stamped = !line && doc.text.split('\n', 6).some((l) => lex.timestamp.test(l));
  if (sentencesDate.source === 'metadata' && sentencesDate.value) {
    // The page's own day, a day to three before the metadata's (a report posted later): the day the
    // text was written, which its relative words and undated contacts are of.
    const own = line?.value ?? (stamped ? stampDay(doc.text, lex) : null);
    const meta = sentencesDate.value;
    const before = own?.day != null && meta.day != null ? dayNumber(meta) - dayNumber(own) : 0;
    if (own && before >= 1 && before <= 3) return { value: own, dateline: true, docDate: { value: own, source: 'dateline' } };
    return { value: meta, dateline: !!line || stamped, docDate: sentencesDate };
  }
  if (line) {
    const v = line.value;
    return { value: v, dateline: true, docDate: { value: v, source: 'dateline' } };
  }
  // No metadata: a page's own date line at the top ("12 марта 2024, 14:05", "12.03.2024") is the
  // report's day, read the Russian way (day before month), before any guess from the text or the URL.
  const stamp = stampDay(doc.text, lex);
  if (stamp) return { value: stamp, dateline: true, docDate: { value: stamp, source: 'dateline' } };
  return { value: sentencesDate.value?.day != null ? sentencesDate.value : null, dateline: stamped && sentencesDate.value?.day != null, docDate: sentencesDate };
}

function toEvent(doc: Doc, g: Gazetteer, ctx: DocContext, c: Candidate): ExtractedEvent {
  const date = toIso(c.date);
  const participants: Participant[] = c.people.map((p) => {
    const role = g.roleAt(p.person, date);
    const newcomer = isNewcomer(p.person);
    return { actorId: newcomer ? null : p.person.id, name: p.person.name, country: role?.org || !p.person.country ? null : p.person.country, role: role?.role ?? null };
  });
  const seen = new Set<number>();
  // Each sentence with the contact word that told the event in it (its trigger rule).
  const evidence = c.triggers
    .map((h) => ({ h, t: ctx.tagged.find((t) => t.sentence.start <= h.start && t.sentence.end >= h.end)! }))
    .filter(({ t }) => t && !seen.has(t.sentence.index) && seen.add(t.sentence.index))
    .map(({ h, t }) => ({ start: t.sentence.start, end: t.sentence.end, sentence: doc.text.slice(t.sentence.start, t.sentence.end), rule: h.rule.id }));
  return {
    doc: doc.id,
    type: c.type,
    date,
    participants,
    countries: [...c.countries].sort(),
    initiator: c.initiator,
    location: c.location,
    // Filled by the topic stage (src/topics) once every event of the document is known.
    topics: [],
    evidence,
    rules: [...new Set(c.rules)],
  };
}

export interface ReadOptions {
  lex?: RuLexicon;
  /** The trained scorer (score.ts); null: the rules alone decide. Defaults to the shipped model. */
  scorer?: EventScorer | null;
}

/** The joined events before the scorer, with the document's context: what training reads. */
export function readCandidates(doc: Doc, g: Gazetteer, lex: RuLexicon = ruLexicon()): { ctx: DocContext; joined: Candidate[]; decisions: Decision[]; docDate: DocDate; sentences: number } {
  const sentences = splitRuSentences(doc, lex.abbreviations);
  const day = reportDay(doc, lex, documentDate(doc, sentences));
  const rg = ruGazetteer(g);
  const newcomers = newcomerRegistry();
  const tagged = sentences.map((s) => tagSentence(rg, lex, s, day.value, newcomers));
  const named = new Set<string>();
  for (const t of tagged) for (const p of t.people) if (!isNewcomer(p.person)) named.add(p.person.id);
  const liveLead = tagged.slice(0, 3).some((t) => t.cues.some((c) => c.cue === 'present'));
  const ctx: DocContext = { g, tagged, named, reportDay: day.value, dateline: day.dateline, liveLead, newcomers, ellipsis: lex.ellipsis, visitParticiples: lex.visitParticiples };
  let id = 0;
  const candidates = tagged.flatMap((_, i) => sentenceCandidates(ctx, i, () => ++id));
  const decisions = decide(candidates, (c) => windowParties(ctx, c.sentence));
  return { ctx, joined: join(decisions), decisions, docDate: day.docDate, sentences: sentences.length };
}

export function readRussian(doc: Doc, g: Gazetteer, opts: ReadOptions = {}): RuReading {
  const r = readCandidates(doc, g, opts.lex ?? ruLexicon());
  const scorer = opts.scorer === undefined ? defaultScorer() : opts.scorer;
  const events: ExtractedEvent[] = [];
  const eventCandidates: number[] = [];
  for (const c of r.joined) {
    const confidence = scorer ? scorer.score(c) : null;
    if (scorer && confidence != null && confidence < scorer.file.threshold) {
      r.decisions.push({ candidate: c, kept: false, rule: 'ru.drop.score', reason: `the trained scorer gives ${confidence.toFixed(2)}, below ${scorer.file.threshold}` });
      continue;
    }
    events.push({ ...toEvent(doc, g, r.ctx, c), confidence });
    eventCandidates.push(c.id);
  }
  // Topics last: one event's sentences end where another's begin (src/topics/assign.ts).
  const scope = r.ctx.tagged.map((t) => ({ ...t.sentence, people: t.people.map((p) => personKey({ actorId: isNewcomer(p.person) ? null : p.person.id, name: p.person.name })) }));
  const topics = assignTopics(loadTopicVocabulary(), 'ru', scope, events.map((e) => ({ evidence: e.evidence, people: e.participants.map(personKey) })));
  topics.forEach((hits, i) => (events[i].topics = hits.map((h) => h.label)));
  return { events, docDate: r.docDate, sentences: r.sentences, decisions: r.decisions, topics, eventCandidates };
}

export { toEvent };
