// A document's sentence boundaries, worked out once when it is stored (migration 0013) and read by
// whatever needs an account's sentences afterwards (store/contacts-assign.ts), so that nothing after
// ingest splits a document again. The whole text is split, every paragraph, as the account scopes
// need it: the extractor's own pass skips paragraphs that cannot report an event, so its sentences
// are not these.
import { splitSentences } from '../extract/sentences.ts';
import { maskMarkdown } from './clean.ts';
import { encodeSpans } from '../store/spans.ts';
import type { Store } from '../store/schema.ts';
import type { Span } from '../types.ts';

/** The stored spans of a document's text (markdown is split on its masked view, as the extractor reads it). */
export function sentenceSpans(d: { name: string; text: string; format: string; regions: Span[] }): string {
  const view = d.format === 'markdown' ? maskMarkdown(d.text) : undefined;
  return encodeSpans(splitSentences({ id: d.name, text: d.text, view, regions: d.regions, published: null, lang: null, outlet: null, url: null, title: null }));
}

/**
 * Splits the documents stored before migration 0013 (those without spans), a chunk at a time;
 * returns how many. Run when a store is opened after that migration.
 */
export async function fillSentenceSpans(db: Store, chunk = 200): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db.selectFrom('documents').select(['id', 'name', 'text', 'format', 'regions']).where('sentences', 'is', null).orderBy('id').limit(chunk).execute();
    if (rows.length === 0) return done;
    for (const r of rows) {
      await db.updateTable('documents').set({ sentences: sentenceSpans({ ...r, regions: JSON.parse(r.regions) as Span[] }) }).where('id', '=', r.id).execute();
    }
    done += rows.length;
  }
}
