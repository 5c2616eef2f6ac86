// Migration 0001: documents (with full-text search), actors, roles, events, participants, countries,
// evidence spans and analysts' corrections. Never edit a migration that has shipped: add a new one.
import { sql, type Kysely, type Migration } from 'kysely';
import { autoId, isPostgres } from '../portable.ts';

export const m0001: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('documents')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text')
      .addColumn('outlet', 'text')
      .addColumn('url', 'text')
      .addColumn('published', 'text')
      .addColumn('lang', 'text')
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('raw', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('regions', 'text', (c) => c.notNull())
      .addColumn('doc_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('extractor_version', 'text', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('documents_name').on('documents').column('name').execute();
    await db.schema
      .createTable('actors')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('roles')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('date_from', 'text')
      .addColumn('date_to', 'text')
      .addColumn('org', 'text')
      .addColumn('accredited', 'text')
      .execute();
    await db.schema.createIndex('roles_actor').on('roles').column('actor_id').execute();
    await db.schema
      .createTable('events')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('uid', 'text', (c) => c.notNull().unique())
      .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('initiator', 'text')
      .addColumn('location', 'text')
      .addColumn('topics', 'text', (c) => c.notNull())
      .addColumn('rules', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('extractor_version', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_date').on('events').columns(['date', 'type']).execute();
    await db.schema.createIndex('events_document').on('events').column('document_id').execute();
    await db.schema
      .createTable('participants')
      .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('role', 'text')
      .execute();
    await db.schema.createIndex('participants_event').on('participants').column('event_id').execute();
    await db.schema.createIndex('participants_actor').on('participants').column('actor_id').execute();
    await db.schema
      .createTable('event_countries')
      .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('code', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('event_countries_code').on('event_countries').columns(['code', 'event_id']).execute();
    await db.schema
      .createTable('evidence')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('sentence', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('evidence_event').on('evidence').column('event_id').execute();
    // Analysts' corrections, keyed by the event's stable uid: they outlive re-extraction.
    await db.schema
      .createTable('corrections')
      .addColumn('id', 'integer', autoId(db))
      .addColumn('event_uid', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('field', 'text')
      .addColumn('value', 'text')
      .addColumn('author', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('corrections_event').on('corrections').column('event_uid').execute();
    if (isPostgres(db)) {
      // PostgreSQL's own full-text search: a GIN index on the same expression search.ts queries.
      await sql`CREATE INDEX documents_fts ON documents USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || "text"))`.execute(db);
      return;
    }
    await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id')`.execute(db);
    await sql`CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END`.execute(db);
    await sql`CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
      INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END`.execute(db);
  },
};
