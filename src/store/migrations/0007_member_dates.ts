// Migration 0007: each member row of a contact (contact_countries, contact_participants) carries its
// contact's date and live flag, written with it by refreshContacts (contacts-refresh.ts). A country
// pair, a country or an actor over a period is then one range scan of (code|actor_id, live, date)
// instead of a test of every contact of the period, and the network reads a period's members as a
// range of (live, date) (issue 6's read targets at 1,000,000 events).
// Existing rows are filled from `contacts` here, one statement per table.
import { sql, type Kysely, type Migration } from 'kysely';

const MEMBERS = ['contact_countries', 'contact_participants'] as const;

export const m0007: Migration = {
  async up(db: Kysely<any>) {
    for (const table of MEMBERS) {
      await db.schema.alterTable(table).addColumn('date', 'text').execute();
      await db.schema.alterTable(table).addColumn('live', 'integer').execute();
    }
    await backfillMemberDates(db);
    await db.schema.createIndex('contact_countries_code_live_date').on('contact_countries').columns(['code', 'live', 'date', 'contact_id']).execute();
    await db.schema.createIndex('contact_participants_actor_live_date').on('contact_participants').columns(['actor_id', 'live', 'date', 'contact_id']).execute();
    // The members of a period's contacts, for the network: a range of (live, date), covering.
    await db.schema.createIndex('contact_countries_live_date').on('contact_countries').columns(['live', 'date', 'contact_id', 'code']).execute();
    await db.schema.createIndex('contact_participants_live_date').on('contact_participants').columns(['live', 'date', 'contact_id', 'actor_id', 'name', 'country']).execute();
  },
};

/** Copies each contact's date and live flag onto its member rows, one statement per table. */
export async function backfillMemberDates(db: Kysely<any>): Promise<void> {
  for (const table of MEMBERS) {
    // A correlated subquery runs on both engines (UPDATE … FROM differs between them).
    const t = sql.table(table);
    await sql`UPDATE ${t} SET
      date = (SELECT c.date FROM contacts c WHERE c.id = ${t}.contact_id),
      live = (SELECT c.live FROM contacts c WHERE c.id = ${t}.contact_id)`.execute(db);
  }
}
