// The extraction pipeline: the one place where the order of the stages lives.
//   1. sentences      (sentences.ts)  content regions → sentences with offsets
//   2. document date  (docdate.ts)    metadata, review period, dateline or the text's latest date
//   3. names          (people.ts)     a first pass over the whole document, so that descriptions
//                                     can be resolved only to people the document names; a document
//                                     with no year takes the one its people's offices fit (era.ts)
//   4. the taggers that need nothing of the story, over the whole document one stage at a time:
//      dates (dates.ts), triggers (triggers.ts), and for sentences with a trigger, anchors
//      (clauses.ts), places and countries (places.ts), descriptions (references.ts)
//   5. per sentence, in order: names again with the sentence's date, descriptions resolved on it
//      (references.ts), possessives (clauses.ts), then the event frame (events.ts)
//   6. merge          (merge.ts)      mentions of one event become one event
//   7. finish         (finish.ts)     countries, locations inherited from a visit or from the city
//                                     the story opens on, output shape
// Stages are pure: no I/O, no clock; the reference date is the document's own.
import type { DateMention, DateValue, Doc, ExtractedEvent, PersonMention, Sentence, TriggerCandidate, TriggerDecision } from '../types.ts';
import { withRole } from '../types.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import { defaultGazetteer } from '../gazetteer/index.ts';
import type { Lexicon } from './lexicon.ts';
import { defaultLexicon } from './lexicon.ts';
import { splitSentences } from './sentences.ts';
import { documentDate, type DocDate } from './docdate.ts';
import { findDates, hasDateWord, toIso } from './dates.ts';
import { findNames, type NameContext } from './people.ts';
import { resolveReferences, scanReferences } from './references.ts';
import { findTriggers } from './triggers.ts';
import { findPlaces, findCountries, type PlaceMention } from './places.ts';
import { findAnchors, nonParticipants, speaks } from './clauses.ts';
import { firstDay, titledNames, yearOfOffices } from './era.ts';
import { processSentence, anchorKnown, type StoryState, type Tagged } from './events.ts';
import type { Neighbour } from './window.ts';
import { mergeMentions } from './merge.ts';
import { finish } from './finish.ts';
import { newTrace, resolve, type TriggerSetAside } from './trace.ts';
import { applyScores, defaultEnScorer, scoringRows, type EnScorer } from './score.ts';
import { readRussian } from '../reader/ru/read.ts';
import { assignTopics, personKey } from '../topics/assign.ts';
import { loadTopicVocabulary } from '../topics/vocabulary.ts';

/** A name's role on the sentence's date (the first pass used the document's date). */
function withRoleAt(g: Gazetteer, n: PersonMention, date: string | null): PersonMention {
  const p = n.actorId ? g.people.get(n.actorId) : undefined;
  if (!p || !date || date === n.dateSeen) return n;
  const role = g.roleAt(p, date);
  return role ? withRole(n, role.role, role.org ? null : p.country) : n;
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

/** "Press remarks by President Charles Michel", "Statement by …": a heading that says whose words follow. */
const WORDS_BY = /\b(?:remarks|statement|speech|address|op-ed|article|message|words|briefing)\b[^.]{0,60}?\bby\b/i;
/** "Foreign Minister Sergey Lavrov's remarks and answers to media questions …": the words are the named man's. */
const OWN_WORDS = /^['’]s?\s+(?:(?:opening|closing|introductory|keynote|press|video|televised|annual|New Year)\s+)*(?:remarks|statement|speech|address|op-ed|article|message|interview|briefing)\b/i;

/** A line that stands as a title: a heading, or a first line with no full stop at its end (a long title). */
function titleLine(s: Sentence): boolean {
  return !!s.heading || !/[.!?…"”]$/.test(s.text);
}

/** "Statement of Minister of Foreign Affairs of Armenia X at the press conference with Y": whose words, by a title-case title before the name. */
const WORDS_OF = /\b(?:[Rr]emarks|[Ss]tatement|[Ss]peech|[Aa]ddress|[Mm]essage|[Ww]ords)\s+of\s+(?:(?:[A-Z][\p{L}’'./-]*|of|the|and|for)\s+)*$/u;

/**
 * A person whose words can be told: one the gazetteer knows, or one it lacks whom the text introduced
 * with an office and a state ("President of Ruritania Ann Berg").
 */
function identified(n: PersonMention): boolean {
  return !!n.actorId || (!!n.name && !!n.role && !!n.country && !n.reference);
}

/**
 * Whose first-person text the document is, from a heading among its first lines, and whom the heading
 * names beside him ("… at the press conference with Y"): who "we" are with. Nulls when not said.
 */
function speakerOf(sentences: Sentence[], namesOf: PersonMention[][]): { speaker: PersonMention | null; counterpart: PersonMention | null } {
  for (let i = 0; i < Math.min(sentences.length, 8); i++) {
    const s = sentences[i];
    if (!titleLine(s)) continue;
    const m = s.heading ? WORDS_BY.exec(s.text) : null;
    const after = m ? s.start + m.index + m[0].length : Infinity;
    const who = namesOf[i].find((n) => identified(n) && (n.start >= after || OWN_WORDS.test(s.text.slice(n.end - s.start, n.end - s.start + 40)) || (s.heading && WORDS_OF.test(s.text.slice(0, n.start - s.start)))));
    if (who) return { speaker: who, counterpart: namesOf[i].find((n) => identified(n) && n.name !== who.name) ?? null };
  }
  return { speaker: null, counterpart: null };
}

/** After the mark that closes a quotation: who said it, by name ("”, Mirzoyan told lawmakers", "” PM Modi posted"). */
const SAID_AFTER = /^[”"]\s*,?\s*$/;
/** … or by office ("”, the President said"): the holder of that office (roles.yaml) the text named last before the quotation. */
const OFFICE_SAID = /^[”"]\s*,?\s*(?:the|The)\s+(?<office>[A-Za-z][A-Za-z -]{1,40}?)\s+(?:said|says|stated|noted|added|stressed|emphasi[sz]ed|told)\b/;

/** … or by a pronoun ("”, he said"): the person the text told of just before the quotation. */
const PRONOUN_SAID = /^[”"]\s*,?\s*(?:he|she)\s+(?:said|says|stated|noted|added|stressed|emphasi[sz]ed|told|wrote)\b/;

/**
 * A quotation over several sentences whose speaker is told only where it closes ("“… During a
 * conversation with X on 23 March, we talked … We agreed …,” the President said"): each of its
 * sentences, by index, with that speaker. The quotation stays in its paragraph.
 */
function quotedAhead(g: Gazetteer, sentences: Sentence[], namesOf: PersonMention[][]): Map<number, PersonMention> {
  const out = new Map<number, PersonMention>();
  for (let i = 0; i < sentences.length; i++) {
    const open = sentences[i].text.trimStart();
    // Opens a quotation that it does not close.
    if (!/^[“"]/.test(open) || /[”]|^"[^"]*"/.test(open)) continue;
    let j = i + 1;
    for (; j < sentences.length && sentences[j].paragraph === sentences[i].paragraph; j++) if (/[”"]/.test(sentences[j].text)) break;
    if (j >= sentences.length || sentences[j].paragraph !== sentences[i].paragraph) continue;
    const s = sentences[j];
    const close = s.text.search(/[”"]/);
    const rest = s.text.slice(close);
    let who = namesOf[j].find((n) => identified(n) && n.start >= s.start + close && SAID_AFTER.test(s.text.slice(close, n.start - s.start).replace(/(?:[A-Z][\p{L}.’'-]*\s+){0,3}$/u, '')) && speaks(s.text, s.start, n));
    const office = who ? null : OFFICE_SAID.exec(rest);
    const phrase = office?.groups!.office.toLowerCase();
    const role = phrase ? g.rolePhrases.find((r) => r.phrase === phrase)?.role : undefined;
    if (role) {
      // "the minister": any minister; else the office itself ("the head of state" is a president).
      const fits = (r: string | null | undefined) => (role === 'minister' ? !!r?.endsWith('minister') : r === role);
      // Named before the quotation opens: those named inside it are spoken of.
      for (let k = i - 1; k >= 0 && !who; k--) who = [...namesOf[k]].reverse().find((n) => identified(n) && fits(n.role));
    }
    // "”, he said": the subject of the sentence before the quotation that names someone (its first
    // person), three sentences back at most; those named inside the quotation are spoken of.
    if (!who && PRONOUN_SAID.test(rest)) {
      for (let k = i - 1; k >= Math.max(0, i - 3) && !who; k--) who = namesOf[k].find(identified);
    }
    if (!who) continue;
    for (let k = i; k <= j; k++) out.set(sentences[k].index, who);
    i = j;
  }
  return out;
}

/** After the speaker's name where a quotation closes, whom he said it to: "”, X told Y", "… told him". */
const TOLD = /^\s+(?:told|assured|reminded|thanked)\s+(?:(?<pronoun>him|her)\b)?/;

/**
 * A quotation over several sentences that its close says was told to someone ("“… We last met in
 * Astana. Your visit …,” Lukashenko told Tokayev", "… told him"): its sentences as turns, the speaker's
 * "we" and "you" taking in that person. "him", "her": the first person named in the three sentences
 * before the quotation who is not the speaker.
 */
function quotedTurns(sentences: Sentence[], namesOf: PersonMention[][], quoted: Map<number, PersonMention>): Map<number, Turn> {
  const out = new Map<number, Turn>();
  for (let i = 0; i < sentences.length; i++) {
    const speaker = quoted.get(sentences[i].index);
    if (!speaker) continue;
    let j = i;
    while (j + 1 < sentences.length && quoted.get(sentences[j + 1].index) === speaker) j++;
    const s = sentences[j];
    const told = speaker.start >= s.start && speaker.end <= s.end ? TOLD.exec(s.text.slice(speaker.end - s.start)) : null;
    let addressed: PersonMention | undefined;
    if (told?.groups?.pronoun) {
      for (let k = i - 1; k >= Math.max(0, i - 3) && !addressed; k--) addressed = namesOf[k].find((n) => n.actorId && n.actorId !== speaker.actorId);
    } else if (told) {
      const at = speaker.end + told[0].length;
      // Its title may stand before the name: "told Kazakh President Tokayev".
      addressed = namesOf[j].find((n) => n.actorId && n.actorId !== speaker.actorId && n.start >= at && /^(?:[A-Z][\p{L}.’'-]*\s+){0,3}$/u.test(s.text.slice(at - s.start, n.start - s.start)));
    }
    if (addressed) for (let k = i; k <= j; k++) out.set(sentences[k].index, { speaker, addressed });
    i = j;
  }
  return out;
}

/** Whose words a sentence of a transcript gives and whom they address (pipeline.ts → events.ts). */
export interface Turn {
  /** The labelled speaker; null after a question label ("Question:"), whose asker takes no part. */
  speaker: PersonMention | null;
  /** The person the speaker's "you" is: named after a form of address, else the speaker before. */
  addressed: PersonMention | null;
}

/** A line's opening name or office before its colon: title-case words, "of" and "the" ("President of Russia X:"). */
const LABEL_HEAD = /^(?:(?:[A-Z][\p{L}’'.-]*|of|the)\s+){0,8}$/u;

/**
 * The turns of a transcript, by sentence index. A speaker label is a name (an office before it is
 * allowed) opening a paragraph and followed by a colon ("Sergey Lavrov: …", "President of Russia X: …"),
 * or a line closing on "X said:" before the words it introduces; either sets the speaker for the
 * sentences up to the next label. A question label ("Question:", cues.yaml) sets no one. Whom a turn
 * addresses: a name after a form of address in that turn ("Mr X", "Dear X"), else the previous speaker,
 * else (the first speaker) the one other person the heading or lead names.
 * A title line is no label: "Lavrov: talks with Baku go on" is a headline about him.
 */
export function turnsOf(lex: Lexicon, sentences: Sentence[], namesOf: PersonMention[][]): Map<number, Turn> {
  const out = new Map<number, Turn>();
  let turn: Turn | null = null;
  let before: PersonMention | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    // Not a title ("Sandu: Productive conversation with Vucic"): a headline's name before a colon is whom the story is about.
    const opens = i > 0 && sentences[i - 1].paragraph !== s.paragraph && !titleLine(s);
    let label = false;
    if (opens && lex.cue.speaker_label_none.test(s.text)) {
      if (turn?.speaker) before = turn.speaker;
      turn = { speaker: null, addressed: null };
      label = true;
    } else if (opens) {
      const who = namesOf[i].find((n) => n.actorId && /^\s*:/.test(s.text.slice(n.end - s.start)) && LABEL_HEAD.test(s.text.slice(0, n.start - s.start)));
      if (who) {
        if (turn?.speaker && turn.speaker.actorId !== who.actorId) before = turn.speaker;
        // The first speaker addresses whom the heading or lead names beside him ("Talks with X" before "Y: …"), when it names one.
        const told: PersonMention[] = before ? [] : namesOf.slice(0, i).flat().filter((n) => n.actorId && n.actorId !== who.actorId);
        const beside = [...new Set(told.map((n) => n.actorId))];
        turn = { speaker: who, addressed: before ?? (beside.length === 1 ? told[0] : null) };
        label = true;
      }
    }
    if (!label) {
      // "Making a speech, Kyrgyz President X said:": the lines after it are X's.
      const lead = namesOf[i].find((n) => n.actorId && lex.cue.speech_lead.test(s.text.slice(n.end - s.start)));
      if (lead) {
        turn = { speaker: lead, addressed: null };
        continue;
      }
    }
    if (!turn) continue;
    // A form of address names whom the turn speaks to: "Mr Lukashenko, thank you".
    const addressed = namesOf[i].find((n) => n.actorId && n.actorId !== turn!.speaker?.actorId && lex.cue.address.test(s.text.slice(Math.max(0, n.start - s.start - 30), n.start - s.start)));
    if (addressed) turn = { ...turn, addressed };
    out.set(s.index, turn);
  }
  return out;
}

/** After a city, words that make it the name of an event ("the Washington meeting"); before it, an anchor ("Following"). */
const NAMES_EVENT = /^['’]?s?\s+(?:meeting|summit|talks|format|process|platform|declaration|statement|agreement|accords?|negotiations|forum)\b/i;

const ANCHORED = /\b(?:following|after|before|since|ahead of|prior to)\s+(?:the\s+)?$/i;

/** The document's date is the day it was published (metadata, a dateline, a URL with the day), not inferred from its text. */
function reported(d: DocDate): boolean {
  return (d.source === 'metadata' && !d.unshown) || d.source === 'dateline' || ((d.source === 'url' || d.source === 'offices') && d.value?.day != null);
}

/**
 * The date a day without a year is placed before. A text whose latest date is a month only ("trade in
 * January-October 2019") was written after that month, often weeks after: its days up to two months
 * later are that year's ("On 28 November, the meeting took place").
 */
function referenceForYears(d: DocDate): DateValue | null {
  const v = d.value;
  if (d.source !== 'text' || !v || v.month == null || v.day != null) return v;
  return v.month <= 10 ? { year: v.year, month: v.month + 2, day: null } : { year: v.year, month: 12, day: null };
}

/**
 * A day the text names again without its year is the day it named before: "the council will meet in
 * Minsk on 10 April" and, later, "we will discuss it in Minsk on 10 April" (with no word of the future
 * near the date to place it after the document's day) are one day. A year the text states for that day
 * holds for every mention; else the latest year inferred, which only a word of the future gives.
 */
export function sameDaySameYear(datesOf: DateMention[][]): void {
  const stated = new Map<number, number>();
  const inferred = new Map<number, number>();
  const key = (v: DateValue) => v.month! * 100 + v.day!;
  for (const dates of datesOf) {
    for (const d of dates) {
      if (!d.value || d.value.day == null || d.value.month == null) continue;
      const k = key(d.value);
      if (d.rule !== 'date.year-inferred') {
        if (!stated.has(k)) stated.set(k, d.value.year);
      } else inferred.set(k, Math.max(inferred.get(k) ?? -Infinity, d.value.year));
    }
  }
  for (const dates of datesOf) {
    for (const d of dates) {
      if (!d.value || d.value.day == null || d.value.month == null || d.rule !== 'date.year-inferred') continue;
      const year = stated.get(key(d.value)) ?? inferred.get(key(d.value))!;
      if (year !== d.value.year) d.value = { ...d.value, year };
    }
  }
}

export const EXTRACTOR_VERSION = '0.1.0';

export interface Extraction {
  doc: string;
  events: ExtractedEvent[];
  docDate: DocDate;
  sentences: number;
  /** Why the document was not extracted (another language, no content), or null. */
  skipped: string | null;
  /**
   * English: every trigger found, as a candidate, and what became of each, by a named rule (trace.ts).
   * Absent for Russian text, whose reader keeps its own (src/reader/ru: `readRussian(...).decisions`).
   */
  candidates?: TriggerCandidate[];
  decisions?: TriggerDecision[];
}

export interface ExtractOptions {
  gazetteer?: Gazetteer;
  lexicon?: Lexicon;
  /** Keep the decision trace (`candidates`, `decisions`); on unless false. The events are the same either way. */
  trace?: boolean;
  /** English: the trained scorer (score.ts); the shipped model unless given, null for the rules alone. */
  scorer?: EnScorer | null;
}

export function extract(doc: Doc, opts: ExtractOptions = {}): Extraction {
  const g = opts.gazetteer ?? defaultGazetteer();
  const lex = opts.lexicon ?? defaultLexicon();
  // Russian text goes to the Russian reader (src/reader/ru): the same records, its own document model.
  if (doc.lang === 'ru') {
    const r = readRussian(doc, g);
    return { doc: doc.id, events: r.events, docDate: r.docDate, sentences: r.sentences, skipped: null };
  }
  const sentences = splitSentences(doc, (p) => lex.quick.test(p) || hasDateWord(p));
  let docDate = documentDate(doc, sentences);
  if (doc.lang && doc.lang !== 'en' && doc.lang !== 'und') {
    return { doc: doc.id, events: [], docDate, sentences: sentences.length, skipped: `language '${doc.lang}' is not supported: English and Russian are` };
  }
  const docIso = toIso(docDate.value);
  // Names first, over the whole document: descriptions resolve only to people the document names.
  const ctx: NameContext = { bySurname: new Map(), date: docIso };
  const namesOf = sentences.map((s) => findNames(g, s.text, s.start, ctx));
  // No year anywhere: the one year the offices given to the people named fit (era.ts).
  if (!docDate.value) {
    // On the dateline's day, else on the first day the text names (the year of the events is the text's).
    const year = yearOfOffices(g, titledNames(g, sentences, namesOf), docDate.yearless ?? firstDay(sentences));
    if (year) docDate = { value: { year, month: docDate.yearless?.month ?? null, day: docDate.yearless?.day ?? null }, source: 'offices' };
  }
  const named = new Set<string>();
  for (const list of namesOf) for (const n of list) if (n.actorId) named.add(n.actorId);

  const { speaker, counterpart } = speakerOf(sentences, namesOf);
  // A transcript's labelled turns win over a quotation's close where both tell whose words a sentence gives.
  const ahead = quotedAhead(g, sentences, namesOf);
  // The scorer reads the trace: kept for it even when the caller does not want it back.
  const scorer = opts.scorer === undefined ? defaultEnScorer() : opts.scorer;
  const trace = opts.trace === false && !scorer ? undefined : newTrace();
  const st: StoryState = { date: null, mentioned: null, dateRule: 'date.story', dateParagraph: 0, paragraphDays: 0, last: null, lastPeople: [], recentPeople: [], prevSentences: [], named, events: [], docDate: docDate.value, docDateReported: reported(docDate), speaker, counterpart, quotedAhead: ahead, turns: new Map([...quotedTurns(sentences, namesOf, ahead), ...turnsOf(lex, sentences, namesOf)]), trace };
  // The taggers that need nothing of the story read the whole document first, one stage at a time:
  // a stage's expressions then stay in the processor's caches, which a walk through every stage for
  // each sentence in turn keeps evicting (the same calls, an eighth less time on the bench corpus).
  const yearRef = referenceForYears(docDate);
  const datesOf = sentences.map((s) => findDates(s.text, s.start, docDate.value, yearRef));
  sameDaySameYear(datesOf);
  // The matches the trigger stage sets aside (negated, habitual) go to the trace, in text order.
  const setAside: TriggerSetAside[] | undefined = trace?.setAside;
  const triggersOf = sentences.map((s) => findTriggers(lex, s.text, s.start, setAside));
  // A sentence without a trigger only moves the story on (its date, its people, its topics): its
  // anchors, places and countries are not read.
  const anchorsOf = sentences.map((s, i) => (triggersOf[i].length ? findAnchors(s.text, s.start) : []));
  // The places of the sentences read in full, kept for finding the city the story opens on.
  const placesOf: Array<PlaceMention[] | undefined> = sentences.map((s, i) => (triggersOf[i].length ? findPlaces(g, s.text, s.start) : undefined));
  const countriesOf = sentences.map((s, i) => (triggersOf[i].length ? findCountries(g, s.text, s.start) : []));
  // Descriptions ("the Russian president") as the patterns find them; resolved below, on each sentence's date.
  const descriptionsOf = sentences.map((s, i) => (triggersOf[i].length ? scanReferences(g, s.text) : []));
  // The window of a candidate with one side (window.ts): a sentence around it as the taggers that need
  // no story found it, made on demand (most candidates never ask) and kept.
  const neighbours = new Map<number, Neighbour>();
  st.window = (j) => {
    if (j < 0 || j >= sentences.length) return undefined;
    let n = neighbours.get(j);
    if (!n) {
      const people = namesOf[j].filter((p) => (p.actorId || p.name) && !p.reference).map((p) => withRoleAt(g, p, docIso));
      n = { sentence: sentences[j], people, contact: triggersOf[j].some((x) => !x.definite), anyTrigger: triggersOf[j].length > 0 };
      neighbours.set(j, n);
    }
    return n;
  };
  sentences.forEach((s, i) => {
    const dates = datesOf[i];
    const when = toIso(dates.find((d) => d.value)?.value ?? st.date ?? docDate.value);
    const names = namesOf[i].map((n) => withRoleAt(g, n, when));
    const triggers = triggersOf[i];
    const full = triggers.length > 0;
    const anchors = anchorsOf[i];
    const refs = full ? resolveReferences(g, s.text, s.start, names, { date: when, named, people: namesOf }, descriptionsOf[i]) : [];
    const t: Tagged = {
      sentence: s,
      dates,
      people: refs.length ? [...names, ...refs].sort(byStart) : names,
      nonParticipants: names.length ? nonParticipants(lex, s.text, s.start, names) : new Set(),
      triggers,
      places: placesOf[i] ?? [],
      countries: countriesOf[i],
      anchors: anchors.length ? anchors.filter((a) => anchorKnown(a, names, st)) : anchors,
      shifted: anchors.length ? anchors.filter((a) => a.days != null && !anchorKnown(a, names, st)) : anchors,
    };
    processSentence(g, lex, t, st);
  });
  // A headline the body does not retell is dated by the document: news is told the day it happens.
  const merged = mergeMentions(st.events, trace);
  if (reported(docDate) || docDate.unshown) {
    for (const d of merged) if (!d.date && d.dateRule === 'date.heading') d.date = docDate.value;
  }
  // The city the story opens on: the first one named in its first 400 characters (headline, dateline, lede).
  // Not a city that names an earlier or later event ("Following Washington meeting, …"): that is where something else happened.
  let lead: PlaceMention | null = null;
  for (let i = 0; i < sentences.length && sentences[i].start < 400 && !lead; i++) {
    const s = sentences[i];
    lead = (placesOf[i] ?? findPlaces(g, s.text, s.start)).find((p) => p.kind !== 'region' && p.start < 400 && !(NAMES_EVENT.test(doc.text.slice(p.end, p.end + 30)) && ANCHORED.test(doc.text.slice(Math.max(0, p.start - 25), p.start)))) ?? null;
  }
  const final = mergeMentions(merged, trace);
  let events = finish(doc, final, { lead, date: reported(docDate) ? docDate.value : null }, trace);
  let decided = trace ? resolve(trace, final) : undefined;
  // The trained scorer: every event's confidence; it may drop a kept event or revive a dropped candidate.
  if (scorer && decided) {
    const scored = applyScores(doc, scoringRows(events, decided.candidates, decided.decisions), decided.decisions, (row) => scorer.probability(row), scorer.file);
    events = scored.events;
    decided = { candidates: decided.candidates, decisions: scored.decisions };
  }
  // Topics last, once every event of the document is known: one event's scope ends at another's sentences.
  const scope = sentences.map((s, i) => ({ ...s, people: namesOf[i].map(personKey) }));
  assignTopics(loadTopicVocabulary(), 'en', scope, events.map((e) => ({ evidence: e.evidence, people: e.participants.map(personKey) }))).forEach((hits, i) => {
    events[i].topics = hits.map((h) => h.label);
  });
  return { doc: doc.id, events, docDate, sentences: sentences.length, skipped: null, ...(decided && opts.trace !== false ? decided : {}) };
}
