// The analyst's text for the sections of a review (table review_notes, migration 0012). A review is
// named by period and focus; the focus is stored sorted, so ARM,AZE and AZE,ARM are one review.
// Saving an empty text deletes the row: the section goes back to its marked, empty place.
import type { Store } from './schema.ts';

export interface ReviewKey {
  from: string;
  to: string;
  focus: string[];
}

export interface ReviewNote {
  section: string;
  text: string;
  author: string | null;
  updatedAt: string;
}

/** Longest text kept for one section (a few pages); longer is refused, not cut. */
export const MAX_NOTE_CHARS = 20_000;

export const focusKey = (focus: string[]) => [...new Set(focus.map((c) => c.toUpperCase()))].sort().join(',');

export async function reviewNotes(db: Store, k: ReviewKey): Promise<Map<string, ReviewNote>> {
  const rows = await db
    .selectFrom('review_notes')
    .selectAll()
    .where('period_from', '=', k.from)
    .where('period_to', '=', k.to)
    .where('focus', '=', focusKey(k.focus))
    .execute();
  return new Map(rows.map((r) => [r.section, { section: r.section, text: r.body, author: r.author, updatedAt: r.updated_at }]));
}

/** Stores (or, for an empty text, removes) the analyst's text of one section; returns what is stored. */
export async function saveReviewNote(db: Store, k: ReviewKey, section: string, text: string, author: string | null): Promise<ReviewNote | null> {
  if (text.length > MAX_NOTE_CHARS) throw new Error(`the text of a section is at most ${MAX_NOTE_CHARS} characters, not ${text.length}`);
  const key = { period_from: k.from, period_to: k.to, focus: focusKey(k.focus), section };
  const body = text.replace(/\r\n?/g, '\n').trim();
  if (!body) {
    await db.deleteFrom('review_notes').where('period_from', '=', key.period_from).where('period_to', '=', key.period_to).where('focus', '=', key.focus).where('section', '=', section).execute();
    return null;
  }
  const updated_at = new Date().toISOString();
  await db
    .insertInto('review_notes')
    .values({ ...key, body, author, updated_at })
    .onConflict((oc) => oc.columns(['period_from', 'period_to', 'focus', 'section']).doUpdateSet({ body, author, updated_at }))
    .execute();
  return { section, text: body, author, updatedAt: updated_at };
}
