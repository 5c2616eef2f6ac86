// Full-text search over stored documents, with each engine's own index: FTS5 on SQLite,
// a tsvector expression on PostgreSQL. The user's words are always bound parameters and are quoted
// as plain terms, so search syntax in the query cannot change its meaning.
import { sql } from 'kysely';
import type { Store } from './open.ts';
import { isPostgres } from './portable.ts';

/** Words of a query, at most 16, each at most 64 characters. */
export function searchTerms(q: string): string[] {
  return (q.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).slice(0, 16).map((w) => w.slice(0, 64));
}

/** Ids of documents whose title or text contain every word of `q`, best match first. */
export async function matchingDocumentIds(db: Store, q: string, limit = 1000): Promise<number[]> {
  const terms = searchTerms(q);
  if (terms.length === 0) return [];
  if (isPostgres(db)) {
    const query = terms.join(' ');
    const rows = await sql<{ id: number }>`SELECT id FROM documents
      WHERE to_tsvector('simple', coalesce(title, '') || ' ' || "text") @@ plainto_tsquery('simple', ${query})
      ORDER BY id LIMIT ${limit}`.execute(db);
    return rows.rows.map((r) => Number(r.id));
  }
  const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
  const rows = await sql<{ id: number }>`SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ${match} ORDER BY rank LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => Number(r.id));
}
