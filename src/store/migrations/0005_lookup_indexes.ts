// Migration 0005: indexes for reading one event's countries. The existing (code, id) indexes serve
// filters by country; reading the countries of a page of events needs them by event.
import type { Kysely, Migration } from 'kysely';

export const m0005: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createIndex('contact_countries_contact').on('contact_countries').column('contact_id').execute();
    await db.schema.createIndex('event_countries_event').on('event_countries').column('event_id').execute();
  },
};
