// Migration 0004: the watcher's state. Sources (last poll, validators, failures, next poll, last
// error), the items seen in feeds and sitemaps (by canonical URL), and versions of documents that
// share one URL (an article edited after publication), each pointing at the version it replaced.
import type { Kysely, Migration } from 'kysely';

export const m0004: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('sources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('last_poll_at', 'text')
      .addColumn('last_ok_at', 'text')
      .addColumn('last_status', 'text')
      .addColumn('last_error', 'text')
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_poll_at', 'text')
      .addColumn('polls', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('seen_items')
      .addColumn('url', 'text', (c) => c.primaryKey())
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addColumn('canonical_url', 'text')
      .addColumn('stamp', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('hash', 'text')
      .addColumn('document_id', 'integer')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('first_seen_at', 'text', (c) => c.notNull())
      .addColumn('fetched_at', 'text')
      .execute();
    await db.schema.createIndex('seen_items_canonical').on('seen_items').column('canonical_url').execute();
    await db.schema.createIndex('seen_items_source').on('seen_items').column('source_id').execute();
    await db.schema
      .createTable('document_versions')
      .addColumn('document_id', 'integer', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
      .addColumn('canonical_url', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('previous_id', 'integer')
      .execute();
    await db.schema.createIndex('document_versions_url').on('document_versions').columns(['canonical_url', 'version']).unique().execute();
  },
};
