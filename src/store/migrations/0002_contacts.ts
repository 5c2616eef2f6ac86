// Migration 0002: contacts. An event as users see it is one real contact; each document's report of
// it is an account (a row of `events`). `contacts` holds the event with its merged fields and the
// analyst's status; `contact_accounts` links accounts to it by the account's stable uid (so links
// outlive re-extraction), with the reason of the link and the account's side and claims;
// `contact_participants` and `contact_countries` make the merged event filterable.
import type { Kysely, Migration } from 'kysely';
import { autoId } from '../portable.ts';

export const m0002: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('contacts')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('uid', 'text', (c) => c.notNull().unique())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('initiator', 'text')
      .addColumn('location', 'text')
      .addColumn('topics', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('corrected', 'text', (c) => c.notNull())
      .addColumn('live', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('contacts_date').on('contacts').columns(['date', 'type']).execute();
    await db.schema
      .createTable('contact_accounts')
      .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
      .addColumn('event_uid', 'text', (c) => c.notNull().unique())
      .addColumn('document_id', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('pinned', 'integer', (c) => c.notNull())
      .addColumn('live', 'integer', (c) => c.notNull())
      .addColumn('side', 'text')
      .addColumn('attribution', 'text')
      .addColumn('claims', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('contact_accounts_contact').on('contact_accounts').column('contact_id').execute();
    await db.schema.createIndex('contact_accounts_document').on('contact_accounts').column('document_id').execute();
    await db.schema
      .createTable('contact_participants')
      .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('role', 'text')
      .execute();
    await db.schema.createIndex('contact_participants_contact').on('contact_participants').column('contact_id').execute();
    await db.schema.createIndex('contact_participants_actor').on('contact_participants').column('actor_id').execute();
    await db.schema
      .createTable('contact_countries')
      .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
      .addColumn('code', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('contact_countries_code').on('contact_countries').columns(['code', 'contact_id']).execute();
  },
};
