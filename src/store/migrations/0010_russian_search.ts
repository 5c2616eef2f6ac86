// Migration 0010: full-text search that finds Russian words in their inflected forms ("Лавровым"
// finds "Лаврова", "переговоры" finds "переговорах"). PostgreSQL: a GIN index on the `russian`
// configuration's tsvector of title and text (Cyrillic lower-cased first), beside 0001's `simple`
// one; search.ts matches either, with the same expression.
// SQLite: FTS5 has no Russian stemmer, so `documents_stems` holds each document's words stemmed in
// JavaScript (store/stems.ts), written by the code that inserts documents; it is filled here for the
// documents already stored, and a trigger removes a document's row with the document. Contentless
// (content=''): the stems are only searched, never read back.
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from '../portable.ts';
import { fillDocumentStems } from '../stems.ts';

export const m0010: Migration = {
  async up(db: Kysely<any>) {
    if (isPostgres(db)) {
      // Cyrillic capitals lowered by translate(), not lower(): in a database with the C locale, lower()
      // and the text search parser's own lower-casing leave non-ASCII letters as they are.
      await sql`CREATE INDEX documents_fts_russian ON documents USING gin (to_tsvector('russian',
        translate(coalesce(title, '') || ' ' || "text", 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐЎ', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў')))`.execute(db);
      return;
    }
    await sql`CREATE VIRTUAL TABLE documents_stems USING fts5(stems, content='', contentless_delete=1)`.execute(db);
    await sql`CREATE TRIGGER documents_stems_ad AFTER DELETE ON documents BEGIN
      DELETE FROM documents_stems WHERE rowid = old.id; END`.execute(db);
    await fillDocumentStems(db);
  },
};
