// Full-text search over stored documents, with each engine's own index: FTS5 on SQLite, tsvector
// expressions on PostgreSQL. A document matches when its words match the query as written; a query
// with Russian words also matches documents whose words match in their stemmed forms, so Russian
// words are found in their inflected forms ("Лавровым" finds "Лаврова"): on PostgreSQL through the
// `russian` configuration beside the `simple` one (migrations 0010 and 0001 index both expressions),
// on SQLite through `documents_stems`, the words stemmed in JavaScript (stems.ts), beside
// `documents_fts`. A query without Cyrillic is matched as written only, as before: stemming it would
// drop English stop words on PostgreSQL and make "or near" find every text that says "near". The
// user's words are always bound parameters and are quoted as plain terms, so search syntax in the
// query cannot change its meaning.
import { sql } from 'kysely';
import type { Store } from './schema.ts';
import { isPostgres } from './portable.ts';
import { hasRussian, stemQuery } from './stems.ts';

// Cyrillic capitals and their lower-case letters, for translate(): in a PostgreSQL database with the
// C locale, lower() and the text search parser lower-case only ASCII, and "Встреча" would not be
// found by "встреча". Literals, not parameters: the expression must be the one 0010 indexes.
const UPPER = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐЎ';
const LOWER = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў';
/** A document's `russian` tsvector, exactly as migration 0010 indexes it. */
const RUSSIAN_DOC = sql.raw(`to_tsvector('russian', translate(coalesce(title, '') || ' ' || "text", '${UPPER}', '${LOWER}'))`);

/** Words of a query, at most 16, each at most 64 characters. */
export function searchTerms(q: string): string[] {
  return (q.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).slice(0, 16).map((w) => w.slice(0, 64));
}

/**
 * PostgreSQL's search statement: the `simple` configuration matches, or (for a query with Russian
 * words) the `russian` one; both expressions are indexed.
 */
export function postgresSearch(terms: string[], limit: number) {
  const query = terms.join(' ');
  const russian = hasRussian(terms) ? sql`OR ${RUSSIAN_DOC} @@ plainto_tsquery('russian', translate(${query}, ${UPPER}, ${LOWER}))` : sql``;
  return sql<{ id: number }>`SELECT id FROM documents
    WHERE to_tsvector('simple', coalesce(title, '') || ' ' || "text") @@ plainto_tsquery('simple', ${query})
       ${russian}
    ORDER BY id LIMIT ${limit}`;
}

/**
 * Ids of documents whose title or text contain every word of `q`, as written or (a query with
 * Russian words) in another inflected form; best match first on SQLite (documents that match as written before those that match only by
 * stems), in id order on PostgreSQL.
 */
export async function matchingDocumentIds(db: Store, q: string, limit = 1000): Promise<number[]> {
  const terms = searchTerms(q);
  if (terms.length === 0) return [];
  if (isPostgres(db)) {
    const rows = await postgresSearch(terms, limit).execute(db);
    return rows.rows.map((r) => Number(r.id));
  }
  const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
  const stemmed = stemQuery(terms);
  if (stemmed === null) {
    const rows = await sql<{ id: number }>`SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ${match} ORDER BY rank LIMIT ${limit}`.execute(db);
    return rows.rows.map((r) => Number(r.id));
  }
  const rows = await sql<{ id: number }>`SELECT id FROM (
      SELECT rowid AS id, 0 AS stage, rank FROM documents_fts WHERE documents_fts MATCH ${match}
      UNION ALL
      SELECT rowid AS id, 1 AS stage, rank FROM documents_stems WHERE documents_stems MATCH ${stemmed}
    ) GROUP BY id ORDER BY min(stage), min(CASE WHEN stage = 0 THEN rank END), min(rank) LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => Number(r.id));
}
