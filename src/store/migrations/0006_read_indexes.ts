// Migration 0006: indexes for the read paths at scale (issue 6's query targets). Each covers the
// columns its query reads, so the table itself is not visited:
// - contacts(live, date, id, status, type): a period's live contacts in chronicle order, filtered
//   on status and counted by type, without a sort;
// - contact_participants(actor_id, name, contact_id): an actor's contacts, and the distinct
//   (actor, name) pairs that an actor filter by part of a name is resolved against;
// - contact_participants(contact_id, actor_id, name, country, role) and contact_countries(contact_id,
//   code): the members of a page of contacts, or of a period's contacts for the network;
// - evidence(event_id, start): an account's first evidence span, read without a sort.
// Country filters already have contact_countries(code, contact_id) from 0002.
import type { Kysely, Migration } from 'kysely';

export const m0006: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createIndex('contacts_live_date').on('contacts').columns(['live', 'date', 'id', 'status', 'type']).execute();
    await db.schema.createIndex('contact_participants_actor_name').on('contact_participants').columns(['actor_id', 'name', 'contact_id']).execute();
    await db.schema.createIndex('contact_participants_members').on('contact_participants').columns(['contact_id', 'actor_id', 'name', 'country', 'role']).execute();
    await db.schema.createIndex('contact_countries_members').on('contact_countries').columns(['contact_id', 'code']).execute();
    await db.schema.createIndex('evidence_event_start').on('evidence').columns(['event_id', 'start']).execute();
  },
};
