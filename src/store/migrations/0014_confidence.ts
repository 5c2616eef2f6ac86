// Migration 0014: the readers' confidence in each event (issue 16, point 6). `events.confidence` is
// the probability the reader's trained scorer gave the account (src/extract/score.ts,
// src/reader/ru/score.ts), written by ingest and re-extraction; NULL for an event an analyst added
// and for events stored before this migration (until their document is extracted again).
// `contacts.confidence` is the contact's: the highest of its live accounts' (contacts-refresh.ts says
// why), kept in step by refreshContacts, so that lists sort and filter on it with an index instead of
// a subquery per contact. `double precision` rather than `real`: PostgreSQL's `real` is 4 bytes and
// would hand 0.837 back as 0.8370000123; SQLite gives both names the same REAL affinity.
import type { Kysely, Migration } from 'kysely';

export const m0014: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('events').addColumn('confidence', 'double precision').execute();
    await db.schema.alterTable('contacts').addColumn('confidence', 'double precision').execute();
    await db.schema.createIndex('contacts_live_confidence').on('contacts').columns(['live', 'confidence']).execute();
  },
};
