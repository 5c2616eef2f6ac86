// Migration 0006: indexes for the read paths at scale (issue 6's query targets).
// - contacts(live, date, id): a period's live contacts in chronicle order, without a sort;
// - contact_participants(actor_id, name, contact_id): an actor's contacts, and the distinct
//   (actor, name) pairs that an actor filter by part of a name is resolved against;
// - evidence(event_id, start): an account's first evidence span, read without a sort.
// Country filters already have contact_countries(code, contact_id) from 0002.
import type { Kysely, Migration } from 'kysely';

export const m0006: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createIndex('contacts_live_date').on('contacts').columns(['live', 'date', 'id']).execute();
    await db.schema.createIndex('contact_participants_actor_name').on('contact_participants').columns(['actor_id', 'name', 'contact_id']).execute();
    await db.schema.createIndex('evidence_event_start').on('evidence').columns(['event_id', 'start']).execute();
  },
};
