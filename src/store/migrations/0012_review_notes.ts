// Migration 0012: the analyst's own text for the sections of a review (issue 18). A review is named
// by its period and its focus countries (sorted ISO3 codes, comma-separated); each section by a
// stable key (review/draft.ts `sectionKey`). The text lives apart from the drafted review, which is
// computed afresh from the record on every request: regenerating the draft changes the generated
// part and never this text. One row per section; saving again replaces the text (with its author
// and time). Plain columns and a composite primary key: the same DDL on SQLite and PostgreSQL.
import type { Kysely, Migration } from 'kysely';

export const m0012: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('review_notes')
      .addColumn('period_from', 'text', (c) => c.notNull())
      .addColumn('period_to', 'text', (c) => c.notNull())
      .addColumn('focus', 'text', (c) => c.notNull())
      .addColumn('section', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('author', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('review_notes_pk', ['period_from', 'period_to', 'focus', 'section'])
      .execute();
  },
};
