// A review as it is published: the draft built from the record (build.ts), plus what the renderers
// need beyond it: the numbered source list (each citation [n] is entry n: outlet, title, date, URL of
// its document, from the store's document metadata, and the quoted sentence), a stable key per
// section, and the analyst's own text for each section (store/review-notes.ts). The draft is computed
// afresh on every call; the analyst's text is read from its own table, so regenerating the draft
// changes the generated part and keeps the text. Used by `attache review` and by /api/review.
import type { Gazetteer } from '../gazetteer/index.ts';
import type { Store } from '../store/open.ts';
import { listEvents } from '../read-model/queries.ts';
import { reviewNotes, focusKey, type ReviewNote } from '../store/review-notes.ts';
import { buildReview, previousPeriod, seriesPanels, type Review, type ReviewSection, type ReviewOptions } from './build.ts';

export interface SourceEntry {
  /** The citation's number: [n] in the text is entry n of the list. */
  n: number;
  documentId: number;
  outlet: string | null;
  /** The document's title; its stored name when it has none. */
  title: string;
  /** The publication date (or the date the document gives itself), YYYY-MM-DD or shorter. */
  date: string | null;
  url: string | null;
  sentence: string;
  start: number;
  end: number;
}

export type DraftSection = ReviewSection & { key: string; note: ReviewNote | null };

export interface DraftedReview extends Review {
  sections: DraftSection[];
  /** Sorted focus codes: with the period, the name under which the analyst's text is stored. */
  focusKey: string;
  sources: SourceEntry[];
}

/** A section's stable key: the country for a country's section, else its title folded to a slug. */
export function sectionKey(s: ReviewSection): string {
  if (s.country) return `country-${s.country.toLowerCase()}`;
  const slug = s.title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 60) || 'section';
}

export interface DraftOptions extends ReviewOptions {
  /** Draw a chart per focus country (vega, SVG): for the HTML and PDF renderings. */
  charts?: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The period and focus a review is asked for, checked; a bad value is an error naming it. */
export function checkReviewOptions(g: Gazetteer, o: { from: string; to: string; focus: string[] }, prefix = ''): ReviewOptions {
  for (const [k, v] of [['from', o.from], ['to', o.to]]) if (!DAY.test(v) || Number.isNaN(Date.parse(v))) throw new Error(`${prefix}${k} must be a day YYYY-MM-DD, not '${v}'`);
  if (o.from > o.to) throw new Error(`${prefix}from must not be after ${prefix}to`);
  const focus = [...new Set(o.focus.map((c) => c.toUpperCase()))].filter((c) => c !== 'RUS');
  if (focus.length === 0) throw new Error('name at least one focus country besides RUS');
  for (const c of focus) if (!g.countries.has(c)) throw new Error(`unknown country code '${c}'`);
  return { from: o.from, to: o.to, focus };
}

export async function draftReview(db: Store, g: Gazetteer, o: DraftOptions): Promise<DraftedReview> {
  const prev = previousPeriod(o.from, o.to);
  // The period and the previous one; and every contact of Russia with a focus country up to the
  // period's end, for firsts, lapses and whether the store covered the previous period: one query per
  // pair (a range scan of that pair's contacts), not every contact of Russia the store holds.
  const [events, ...perPair] = await Promise.all([listEvents(db, { countries: ['RUS'], from: prev.from, to: o.to }), ...o.focus.map((c) => listEvents(db, { countries: ['RUS', c], to: o.to, limit: 1_000_000 }))]);
  const history = [...new Map(perPair.flat().map((e) => [e.id, e])).values()];
  const review = buildReview(g, events, { from: o.from, to: o.to, focus: o.focus }, history);
  if (o.charts) {
    const { panelsSpec, specSvg } = await import('../stats/chart.ts'); // vega: only for the renderings that show charts
    // The chart draws the review's own month rows: the same contacts as the key figures.
    for (const c of o.focus) {
      const rows = review.series[c] ?? [];
      review.charts[c] = await specSvg(panelsSpec(seriesPanels(rows), rows.map((r) => r.period), `Contacts Russia–${g.countries.get(c)?.name ?? c} by month`));
    }
  }
  const ids = [...new Set(review.citations.map((c) => c.documentId))];
  const docs = new Map<number, { name: string; title: string | null; outlet: string | null; url: string | null; published: string | null; doc_date: string | null }>();
  // In slices: a long review cites hundreds of documents, more than one IN list should hold.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('documents').select(['id', 'name', 'title', 'outlet', 'url', 'published', 'doc_date']).where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) docs.set(r.id, r);
  }
  const sources: SourceEntry[] = review.citations.map((c) => {
    const d = docs.get(c.documentId);
    return {
      n: c.n,
      documentId: c.documentId,
      outlet: d?.outlet ?? c.outlet,
      title: d?.title?.trim() || d?.name || c.document,
      date: (d?.published ?? d?.doc_date)?.slice(0, 10) ?? null,
      url: d?.url ?? c.url,
      sentence: c.sentence.replace(/\s+/g, ' ').trim(),
      start: c.start,
      end: c.end,
    };
  });
  const notes = await reviewNotes(db, o);
  const used = new Set<string>();
  const sections = review.sections.map((s) => {
    // Two sections with one slug (not in today's draft) would share a text: the second gets a suffix.
    let key = sectionKey(s);
    for (let i = 2; used.has(key); i++) key = `${sectionKey(s)}-${i}`;
    used.add(key);
    return { ...s, key, note: notes.get(key) ?? null };
  });
  return { ...review, sections, focusKey: focusKey(o.focus), sources };
}
