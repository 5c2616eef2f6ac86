// The drafted periodic review, as data: key figures against the previous period of equal length; a
// section per focus country's relations with Russia, with a dated chronicle grouped by level;
// trilateral and multilateral contacts; the points where accounts differ; and empty, marked places
// for the analyst's interpretation. Every sentence of fact cites the sentences that support it and
// records what the citation is meant to support, so a test can check each one. Nothing is inferred
// beyond the record: no claim is written that an account does not make.
import type { Gazetteer } from '../gazetteer/index.ts';
import type { EventRow, AccountRow, Evidence } from '../read-model/types.ts';
import { entryText, supportingAccounts, dateLabel } from '../chronicle/chronicle.ts';
import { compareAccounts, type Mention, type Comparison } from '../contacts/compare.ts';
import { isMention, claimSide } from '../contacts/claims.ts';
import { eventLevel, pairLevel, PAIR_LEVELS, PAIR_LEVEL_LABEL, type PairLevel } from '../stats/levels.ts';
import { findings as findingsOf, type Finding } from './findings.ts';
import { bucketOf, periods } from '../stats/stats.ts';

/**
 * The type of contact an evidence span tells, from the rule the reader recorded on it: a trigger rule
 * is named by its type ("meeting.met", "ru.call.phone"); a sentence that only adds to the event
 * ("evidence.topic") tells none.
 */
export function toldType(rule: string): string | null {
  const head = rule.replace(/^ru\./, '').split('.')[0];
  return ['call', 'meeting', 'visit', 'summit'].includes(head) ? head : null;
}

export type Support =
  | { kind: 'event'; eventId: number; date: string; type: string; people: string[]; countries: string[] }
  | { kind: 'topic'; topic: string; label: string }
  /** The sentence says a side's readout did not mention the topic. */
  | { kind: 'omission'; topic: string; label: string; side: string | null }
  /** The sentence attributes what it tells to a side's readout (or is that side's own site's text). */
  | { kind: 'readout'; side: string; official: boolean };

export interface ReviewCitation {
  n: number;
  documentId: number;
  document: string;
  outlet: string | null;
  url: string | null;
  start: number;
  end: number;
  sentence: string;
  /** What the sentence is cited for: one number per cited sentence, so a sentence cited for the
   * event and for two topics has three supports here and one entry in the source list. */
  supports: Support[];
}

export interface ReviewEntry {
  date: string | null;
  dateLabel: string;
  text: string;
  citations: number[];
  /** Topic sentences, each with its own citation. */
  topics: Array<{ label: string; citation: number }>;
  eventId: number;
}

export interface ReviewGroup {
  title: string;
  entries: ReviewEntry[];
}

export interface ReadoutPoint {
  kind: 'published' | 'mentions' | 'not-mentioned' | 'gap' | 'difference';
  text: string;
  citations: number[];
}

export interface Figure {
  label: string;
  current: number;
  /** Null when the store does not cover the previous period (see Review.warnings). */
  previous: number | null;
}

/** One month of a focus country's contacts with Russia: the numbers the chart draws, from the same contacts as the figures. */
export interface SeriesRow {
  period: string;
  total: number;
  byType: Record<string, number>;
  byLevel: Record<PairLevel, number>;
}

export interface ReviewSection {
  title: string;
  /** A place the analyst writes; the draft leaves it empty. */
  analyst?: string;
  groups?: ReviewGroup[];
  country?: string;
}

export interface Review {
  title: string;
  period: { from: string; to: string };
  previous: { from: string; to: string };
  focus: string[];
  figures: Figure[];
  sections: ReviewSection[];
  differences: Array<{ eventId: number; heading: string; citations: number[]; points: Array<{ text: string; citations: number[] }> }>;
  /** Per contact, the readouts side by side: whose readout is in the record, what each mentions, what one omits. */
  readouts: Array<{ eventId: number; heading: string; citations: number[]; points: ReadoutPoint[] }>;
  citations: ReviewCitation[];
  /** Charts (SVG) by focus country, filled in by the caller that renders them from `series`. */
  charts: Record<string, string>;
  /** By focus country, the month rows the chart draws (the figures' contacts, all formats). */
  series: Record<string, SeriesRow[]>;
  findings: Finding[];
  /** Plain warnings about what the review cannot say (a previous period the store does not cover). */
  warnings: string[];
  /** The first dated contact of Russia in the store. */
  recordStart: string | null;
}

const DAY = 86_400_000;

/** The period of equal length that ends the day before `from`. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const f = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - f) / DAY) + 1;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from: iso(f - days * DAY), to: iso(f - DAY) };
}

function inPeriod(e: EventRow, p: { from: string; to: string }): boolean {
  if (!e.date) return false;
  return e.date.length === 10 ? e.date >= p.from && e.date <= p.to : e.date >= p.from.slice(0, 7) && e.date <= p.to.slice(0, 7);
}

const surname = (name: string) => name.trim().split(/\s+/).pop() ?? name;

export class Citations {
  readonly list: ReviewCitation[] = [];
  private readonly bySpan = new Map<string, ReviewCitation>();
  add(a: AccountRow, span: { start: number; end: number; sentence: string }, supports: Support): number {
    // One number per cited sentence of a document: citing the same span again (for another topic, or
    // for the event and a topic) returns its number and records what else it supports.
    const key = `${a.document.id}:${span.start}:${span.end}`;
    const same = this.bySpan.get(key);
    if (same) {
      if (!same.supports.some((s) => JSON.stringify(s) === JSON.stringify(supports))) same.supports.push(supports);
      return same.n;
    }
    const n = this.list.length + 1;
    const c: ReviewCitation = { n, documentId: a.document.id, document: a.document.name, outlet: a.document.outlet, url: a.document.url, start: span.start, end: span.end, sentence: span.sentence, supports: [supports] };
    this.list.push(c);
    this.bySpan.set(key, c);
    return n;
  }
}

/** The sentences that tell of an event, cited: one per supporting account (up to three). */
function eventCitations(e: EventRow, cites: Citations): number[] {
  const supports: Support = { kind: 'event', eventId: e.id, date: e.date!, type: e.type, people: e.participants.map((p) => surname(p.name)), countries: e.countries };
  const names = supports.people;
  const named = (sentence: string) => names.some((n) => sentence.includes(n));
  // A sentence that tells of the event without naming anyone is cited with the one that names them.
  return supportingAccounts(e).slice(0, 3).flatMap((a) => {
    // The sentence that holds a trigger of the event's type is the one that tells it.
    const tells = (v: Evidence, any = false) => { const t = toldType(v.rule); return t != null && (any || t === a.type); };
    const spans = [a.evidence.find((v) => tells(v) && named(v.sentence)) ?? a.evidence.find((v) => tells(v)) ?? a.evidence[0]];
    const naming = a.evidence.find((v) => named(v.sentence) && tells(v, true)) ?? a.evidence.find((v) => v !== spans[0] && tells(v, true));
    if (!named(spans[0].sentence) && naming) spans.push(naming);
    return spans.map((v) => cites.add(a, v, supports));
  });
}

/** An event's entry: its text, its citations, and up to four topics each with the sentence that raises it. */
function entry(g: Gazetteer, e: EventRow, cites: Citations): ReviewEntry {
  const citations = eventCitations(e, cites);
  const topics: ReviewEntry['topics'] = [];
  for (const a of e.accounts) {
    for (const c of a.claims.filter(isMention)) {
      if (topics.length >= 4 || topics.some((t) => t.label === c.label)) continue;
      topics.push({ label: c.label, citation: cites.add(a, { start: c.start, end: c.end, sentence: c.sentence }, { kind: 'topic', topic: c.topic, label: c.label }) });
    }
  }
  return { date: e.date, dateLabel: dateLabel(e.date), text: entryText(g, e), citations, topics, eventId: e.id };
}

/** "the Armenian side" (the gazetteer's adjective), or the code. */
function sideName(g: Gazetteer, side: string): string {
  const adj = g.countries.get(side)?.adjectives[0];
  return adj ? `the ${adj} side` : side;
}

/**
 * One contact's readouts side by side (contacts/compare.ts): which of its states has a readout in the
 * record (cited to the words attributing it, or to the side's own site) and which has none; what each
 * side's readout mentions; what a source says a readout did not mention; topics one side's readout
 * mentions and the other's omits; and differences of date, place and initiator between accounts.
 * Null when no side's readout is in the record and the accounts do not differ.
 */
export interface ReadoutView {
  cmp: Comparison;
  /** Citations of each side's voice: the sentences attributing what they tell to it, or its own site's text. */
  voice: Map<string, number[]>;
  /** Citations of the sentences in which a side's readout mentions a topic. */
  mention: (side: string, topic: string) => number[];
}

function readoutView(e: EventRow, cites: Citations): ReadoutView {
  const cmp = compareAccounts(e);
  const byUid = new Map(e.accounts.map((a) => [a.uid, a]));
  const voiceCites = (side: string): number[] => {
    const out = new Set<number>();
    for (const a of e.accounts) {
      if (a.side !== side || !a.attribution) continue;
      if (a.attribution.kind === 'official' && a.evidence[0]) out.add(cites.add(a, a.evidence[0], { kind: 'readout', side, official: true }));
      else if (a.attribution.start !== null && a.attribution.end !== null) {
        const v = a.evidence.find((x) => x.start <= a.attribution!.start! && x.end >= a.attribution!.end!);
        if (v) out.add(cites.add(a, v, { kind: 'readout', side, official: false }));
      }
    }
    for (const a of e.accounts) {
      for (const c of a.claims) {
        if (c.voice && claimSide(c, a.side) === side) out.add(cites.add(a, { start: c.voice.sentence.start, end: c.voice.sentence.end, sentence: c.voice.sentence.text }, { kind: 'readout', side, official: false }));
      }
    }
    return [...out].slice(0, 3);
  };
  const voice = new Map(cmp.readouts.map((r) => [r.side, voiceCites(r.side)]));
  const mention = (side: string, topic: string) =>
    cmp.readouts.filter((r) => r.side === side).flatMap((r) => r.mentions.filter((t) => t.topic === topic)).slice(0, 1).map((t) => cites.add(byUid.get(t.accounts[0].uid)!, t.accounts[0], { kind: 'topic', topic: t.topic, label: t.label }));
  return { cmp, voice, mention };
}

function readoutsOf(g: Gazetteer, e: EventRow, v: ReadoutView, cites: Citations): Review['readouts'][number] | null {
  const cmp = v.cmp;
  const byUid = new Map(e.accounts.map((a) => [a.uid, a]));
  const points: ReadoutPoint[] = [];
  const topicCite = (m: Mention, topic: string, label: string) => cites.add(byUid.get(m.uid)!, m, { kind: 'topic', topic, label });
  const readoutCites = v.voice;
  const withVoice = cmp.readouts.filter((r) => readoutCites.get(r.side)!.length > 0);
  if (withVoice.length) {
    const names = withVoice.map((r) => `${sideName(g, r.side)}${r.voices.length ? ` (${r.voices[0]})` : ''}`);
    const silent = cmp.unpublished.filter((c) => c !== 'RUS' || e.countries.includes('RUS'));
    points.push({
      kind: 'published',
      text: `Readout in the record: ${names.join('; ')}.${silent.length ? ` No readout of ${silent.map((c) => sideName(g, c)).join(', ')} in the record.` : ''}`,
      citations: withVoice.flatMap((r) => readoutCites.get(r.side)!),
    });
  }
  for (const r of withVoice) {
    if (r.mentions.length) {
      const ns = r.mentions.map((t) => topicCite(t.accounts[0], t.topic, t.label));
      points.push({ kind: 'mentions', text: `The readout of ${sideName(g, r.side)} mentions ${r.mentions.map((t) => t.label).join('; ')}.`, citations: ns });
    }
    for (const t of r.omissions) {
      const m = t.accounts[0];
      points.push({ kind: 'not-mentioned', text: `Not mentioned by ${sideName(g, r.side)}: ${t.label}.`, citations: [cites.add(byUid.get(m.uid)!, m, { kind: 'omission', topic: t.topic, label: t.label, side: r.side })] });
    }
  }
  for (const gp of cmp.gaps) {
    if (!readoutCites.get(gp.side)?.length || !readoutCites.get(gp.other)?.length) continue;
    const ns = [topicCite(gp.mention, gp.topic, gp.label)];
    if (gp.explicit) ns.push(cites.add(byUid.get(gp.explicit.uid)!, gp.explicit, { kind: 'omission', topic: gp.topic, label: gp.label, side: gp.other }));
    points.push({ kind: 'gap', text: `${gp.label}: mentioned by ${sideName(g, gp.side)}, ${gp.explicit ? 'said not to be mentioned' : 'not mentioned'} by ${sideName(g, gp.other)}.`, citations: ns });
  }
  for (const d of cmp.differences.filter((x) => x.field === 'date' || x.field === 'location' || x.field === 'initiator')) {
    const what = d.field === 'location' ? 'places' : d.field === 'initiator' ? 'initiators' : 'dates';
    const parts = d.values.map((v) => `${v.value ? (d.field === 'date' ? dateLabel(v.value) : v.value) : 'not stated'} (${v.side ? sideName(g, v.side) : v.document})`);
    const ns = d.values.map((v) => {
      const a = byUid.get(v.uid)!;
      return a.date && a.evidence[0] ? cites.add(a, a.evidence[0], { kind: 'event', eventId: e.id, date: a.date, type: a.type, people: a.participants.map((p) => surname(p.name)), countries: e.countries }) : null;
    }).filter((n): n is number => n !== null);
    points.push({ kind: 'difference', text: `The accounts give different ${what}: ${parts.join(', ')}.`, citations: ns });
  }
  if (points.length === 0) return null;
  return { eventId: e.id, heading: `${dateLabel(e.date)}: ${entryText(g, e)}`, citations: eventCitations(e, cites), points };
}

/** The chart's panels for one focus country, from `Review.series` (the figures' own numbers). */
export function seriesPanels(rows: SeriesRow[]): Array<{ title: string; values: Array<{ period: string; series: string; n: number }> }> {
  return [
    { title: 'by type', values: rows.flatMap((r) => Object.entries(r.byType).map(([type, n]) => ({ period: r.period, series: type, n }))) },
    { title: 'by level of the two sides', values: rows.flatMap((r) => PAIR_LEVELS.map((l) => ({ period: r.period, series: PAIR_LEVEL_LABEL[l], n: r.byLevel[l] }))) },
  ];
}

const byDate = (a: EventRow, b: EventRow) => (a.date ?? '').localeCompare(b.date ?? '') || a.id - b.id;

/** Bilateral with Russia: Russia and the focus country and nobody else. */
function bilateral(e: EventRow, country: string): boolean {
  return e.countries.length === 2 && e.countries.includes('RUS') && e.countries.includes(country);
}

function leaderTitle(g: Gazetteer, country: string): string {
  return g.leaderRole(country) === 'prime-minister' ? 'the Prime Minister' : 'the President';
}

export interface ReviewOptions {
  from: string;
  to: string;
  focus: string[];
}

/**
 * `events` must cover the period and the previous one (see previousPeriod); `history`, every contact of
 * Russia with a focus country in the store up to the period's end (firsts and lapses, and whether the
 * store covers the previous period), defaults to `events`.
 */
export function buildReview(g: Gazetteer, events: EventRow[], o: ReviewOptions, history: EventRow[] = events): Review {
  const period = { from: o.from, to: o.to };
  const previous = previousPeriod(o.from, o.to);
  const now = events.filter((e) => inPeriod(e, period)).sort(byDate);
  const before = events.filter((e) => inPeriod(e, previous));
  const cites = new Citations();
  const name = (c: string) => g.countries.get(c)?.name ?? c;

  // The previous period is compared only where the store covers it: it holds documents published in
  // that period (the record was being kept then). A later document recalling a few earlier contacts
  // does not make a period covered: counted against it, any period looks like growth ("+3800%").
  const recordStart = history.map((e) => e.date).filter((d): d is string => !!d).sort()[0] ?? null;
  const published = new Set(history.flatMap((e) => e.accounts.map((a) => a.document.published?.slice(0, 10) ?? '')).filter((d) => d.length === 10));
  const covered = [...published].some((d) => d >= previous.from && d <= previous.to);
  const warnings: string[] = [];
  if (!covered) {
    warnings.push(`No comparison with the previous period (${dateLabel(previous.from)} – ${dateLabel(previous.to)}): the record holds no document published in it, so the contacts of that period are not counted.`);
  }
  const figures: Figure[] = [];
  const count = (list: EventRow[], f: (e: EventRow) => boolean) => list.filter(f).length;
  const figure = (label: string, f: (e: EventRow) => boolean) => figures.push({ label, current: count(now, f), previous: covered ? count(before, f) : null });
  const series: Record<string, SeriesRow[]> = {};
  for (const c of o.focus) {
    const pair = (e: EventRow) => e.countries.includes('RUS') && e.countries.includes(c);
    figure(`Contacts between Russia and ${name(c)} (all formats)`, pair);
    figure(`  of them bilateral`, (e) => bilateral(e, c));
    // The level of a contact for the pair of sides: each side's own people (stats/levels.ts pairLevel).
    for (const level of PAIR_LEVELS) figure(`  bilateral, ${PAIR_LEVEL_LABEL[level]}`, (e) => bilateral(e, c) && pairLevel(g, e, 'RUS', c) === level);
    figure(`  bilateral telephone conversations`, (e) => bilateral(e, c) && e.type === 'call');
    // The chart's numbers: the same contacts as the first figure, by month, by type and by level pair.
    const rows = new Map(periods(o.from, o.to, 'month').map((m) => [m, { period: m, total: 0, byType: {} as Record<string, number>, byLevel: Object.fromEntries(PAIR_LEVELS.map((l) => [l, 0])) as Record<PairLevel, number> }]));
    for (const e of now.filter(pair)) {
      const row = rows.get(bucketOf(e.date!, 'month'));
      if (!row) continue;
      row.total++;
      row.byType[e.type] = (row.byType[e.type] ?? 0) + 1;
      row.byLevel[pairLevel(g, e, 'RUS', c)]++;
    }
    series[c] = [...rows.values()];
  }
  const multi = (e: EventRow) => e.countries.includes('RUS') && e.countries.length >= 3 && o.focus.some((c) => e.countries.includes(c));
  figure('Trilateral and multilateral contacts with Russia', multi);
  figures.push({ label: 'Reports (accounts) of these contacts', current: now.reduce((n, e) => n + e.accounts.length, 0), previous: covered ? before.reduce((n, e) => n + e.accounts.length, 0) : null });

  const sections: ReviewSection[] = [{ title: 'Key Considerations', analyst: 'For the analyst: the main conclusions of the period.' }];
  for (const c of o.focus) {
    const mine = now.filter((e) => bilateral(e, c));
    const leader = (e: EventRow) => ['head-of-state', 'head-of-government'].includes(eventLevel(g, e, c));
    sections.push({
      title: `Bilateral Relations Between ${name(c)} and Russia`,
      country: c,
      analyst: `For the analyst: context and trends of ${name(c)}'s relations with Russia in the period.`,
      groups: [
        { title: `Meetings and Conversations of ${leaderTitle(g, c)}`, entries: mine.filter(leader).map((e) => entry(g, e, cites)) },
        { title: 'Meetings and Conversations of Ministers and Other Officials', entries: mine.filter((e) => !leader(e)).map((e) => entry(g, e, cites)) },
      ],
    });
  }
  sections.push({
    title: 'Trilateral Meetings and Multilateral Formats',
    analyst: 'For the analyst: what the trilateral and multilateral formats show.',
    groups: [{ title: 'Contacts', entries: now.filter(multi).map((e) => entry(g, e, cites)) }],
  });

  const differences: Review['differences'] = [];
  for (const e of now.filter((x) => x.accounts.length > 1 && (multi(x) || o.focus.some((c) => bilateral(x, c))))) {
    const cmp = compareAccounts(e);
    const points: Review['differences'][number]['points'] = [];
    const sideName = (s: string | null, doc: string) => (s ? `the ${g.countries.get(s)?.adjectives[0] ?? s} account` : `the account of ${doc}`);
    for (const t of cmp.onlyOne) {
      const a = e.accounts.find((x) => x.uid === t.accounts[0].uid)!;
      const n = cites.add(a, t.accounts[0], { kind: 'topic', topic: t.topic, label: t.label });
      points.push({ text: `Only ${sideName(a.side, a.document.outlet ?? a.document.name)} mentions ${t.label}.`, citations: [n] });
    }
    for (const d of cmp.differences.filter((x) => x.field === 'date')) {
      const parts = d.values.map((v) => `${v.value ? dateLabel(v.value) : 'no date'} (${v.side ?? v.document})`);
      const ns = d.values.map((v) => {
        const a = e.accounts.find((x) => x.uid === v.uid)!;
        return a.date ? cites.add(a, a.evidence[0], { kind: 'event', eventId: e.id, date: a.date, type: a.type, people: a.participants.map((p) => surname(p.name)), countries: e.countries }) : null;
      }).filter((n): n is number => n !== null);
      points.push({ text: `The accounts give different dates: ${parts.join(', ')}.`, citations: ns });
    }
    if (points.length) differences.push({ eventId: e.id, heading: `${dateLabel(e.date)}: ${entryText(g, e)}`, citations: eventCitations(e, cites), points });
  }
  const relevant = (x: EventRow) => multi(x) || o.focus.some((c) => bilateral(x, c));
  const views = new Map<number, ReadoutView>();
  const view = (e: EventRow) => views.get(e.id) ?? views.set(e.id, readoutView(e, cites)).get(e.id)!;
  const readouts = now.filter(relevant).map((e) => readoutsOf(g, e, view(e), cites)).filter((x): x is NonNullable<typeof x> => x !== null);
  const found = o.focus.flatMap((c) =>
    findingsOf(g, c, {
      period,
      now: now.filter((e) => e.countries.includes('RUS') && e.countries.includes(c)),
      history: history.filter((e) => !e.date || e.date <= o.to),
      cite: (e) => eventCitations(e, cites),
      compare: view,
    }),
  );
  return { title: 'Review of Russia’s Relations in the Post-Soviet Space', period, previous, focus: o.focus, figures, sections, differences, readouts, findings: found, warnings, recordStart, series, citations: cites.list, charts: {} };
}
