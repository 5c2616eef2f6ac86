// Migration 0009: `contacts.card`, a contact as the read paths show it (participants, countries,
// accounts with their documents, evidence and claims) in one JSON text, written by refreshContacts
// (contacts-refresh.ts) with the rows it is made from. A page of the chronicle or of /api/events is
// then the id range scan and one fetch of the page's contact rows, instead of five more queries that
// visit member, account, event, document and evidence rows scattered over the tables (issue 6's read
// targets at 1,000,000 events). A contact without a card (written before this migration, or by a
// bulk load) is read the long way; refreshing it writes its card.
import type { Kysely, Migration } from 'kysely';

export const m0009: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('contacts').addColumn('card', 'text').execute();
  },
};
