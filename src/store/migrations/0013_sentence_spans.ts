// Migration 0013: each document's sentence boundaries, stored with it (issue 18). Linking accounts
// to contacts reads an account's sentences (its scope, its readout, its claims); it used to split the
// document again each time, which made the store depend on the extractor's splitter. Now ingest
// splits once and writes the spans here (store/spans.ts gives the format: a JSON array of
// [start, end, paragraph, heading] in document order). NULL: not split yet; documents stored before
// this migration are split when the store is opened (store/open.ts), by the ingest layer's code.
import type { Kysely, Migration } from 'kysely';

export const m0013: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('documents').addColumn('sentences', 'text').execute();
  },
};
