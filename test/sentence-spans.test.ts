// Sentence boundaries are stored at ingest (migration 0013) and linking reads them: a stored
// document carries the spans the splitter gives for its text, a store from before the migration gets
// them when opened, and an account's scope and claims follow the stored spans (linking never splits
// a document again). One suite, run on SQLite and on PostgreSQL (a throwaway cluster, test/pg.ts).
// The texts are written for this test.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Kysely, Migrator, SqliteDialect, PostgresDialect } from 'kysely';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { tempDir } from './helpers.ts';
import { testServer, createDatabase } from './pg.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { isPostgres } from '../src/store/portable.ts';
import { migrationProvider } from '../src/store/migrations/index.ts';
import { ingestBytes } from '../src/ingest/ingest.ts';
import { replaceEvents } from '../src/store/documents.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import { maskMarkdown } from '../src/ingest/clean.ts';
import { encodeSpans } from '../src/store/spans.ts';
import { listEvents } from '../src/read-model/queries.ts';
import { defaultGazetteer } from '../src/gazetteer/index.ts';
import type { ExtractedEvent } from '../src/types.ts';

// Two contacts in two paragraphs: the meeting raises the border, the call the transport links.
const TEXT = [
  'Moscow, 12 March 2024. Russian Foreign Minister Sergey Lavrov held talks with Armenian Foreign Minister Ararat Mirzoyan in Moscow. The ministers discussed the work of the border commission.',
  '',
  'On the same day, Russian President Vladimir Putin spoke by telephone with Azerbaijani President Ilham Aliyev. The two presidents discussed transport links in the region.',
  '',
].join('\n');

// Markdown: the splitter reads the masked view (a heading line, link syntax blanked), offsets into the text.
const MARKDOWN = [
  '# Talks in Moscow',
  '',
  'Moscow, 12 March 2024. Russian Foreign Minister Sergey Lavrov held talks with Armenian Foreign Minister Ararat Mirzoyan in [Moscow](https://example.invalid/moscow). The ministers discussed the border commission.',
  '',
].join('\n');

const server = await testServer();
after(() => ('stop' in server ? server.stop() : undefined));

const engines: Array<{ name: string; location: () => Promise<string>; skip?: string }> = [
  { name: 'sqlite', location: async () => join(tempDir(), 'spans.db') },
  {
    name: 'postgres',
    location: async () => createDatabase((server as { url: string }).url, `spans_${Math.random().toString(36).slice(2, 8)}`),
    skip: 'skip' in server ? server.skip : undefined,
  },
];

/** What the splitter gives for a stored document, in the stored form. */
function expectedSpans(row: { name: string; text: string; format: string; regions: string }): string {
  const view = row.format === 'markdown' ? maskMarkdown(row.text) : undefined;
  return encodeSpans(splitSentences({ id: row.name, text: row.text, view, regions: JSON.parse(row.regions), published: null, lang: null, outlet: null, url: null, title: null }));
}

async function storedRows(db: Store) {
  return db.selectFrom('documents').select(['id', 'name', 'text', 'format', 'regions', 'sentences']).orderBy('id').execute();
}

for (const engine of engines) {
  describe(`sentence spans (${engine.name})`, { skip: engine.skip }, () => {
    test('ingest stores the spans the splitter gives for the text, plain and markdown', async () => {
      const db = await openStore(await engine.location());
      try {
        await ingestBytes(db, 'talks.txt', Buffer.from(TEXT), { published: '2024-03-12', lang: 'en' });
        await ingestBytes(db, 'talks.md', Buffer.from(MARKDOWN), { published: '2024-03-12', lang: 'en' });
        const rows = await storedRows(db);
        assert.equal(rows.length, 2);
        for (const r of rows) {
          assert.ok(r.sentences, `${r.name}: spans stored`);
          assert.equal(r.sentences, expectedSpans(r), r.name);
          const spans = JSON.parse(r.sentences!) as number[][];
          assert.ok(spans.length >= 3, `${r.name}: one span per sentence (${spans.length})`);
          assert.ok(spans.every(([s, e]) => s < e && e <= r.text.length), `${r.name}: spans index the text`);
        }
        // The plain text: two paragraphs, the second starting where its first sentence does.
        const plain = JSON.parse(rows[0].sentences!) as number[][];
        assert.deepEqual([...new Set(plain.map((s) => s[2]))], [0, 1]);
        assert.equal(plain.find((s) => s[2] === 1)![0], TEXT.indexOf('On the same day'));
      } finally {
        await db.destroy();
      }
    });

    test('linking reads the stored spans: an account\'s claims cite the stored sentences', async () => {
      const db = await openStore(await engine.location());
      try {
        await ingestBytes(db, 'talks.txt', Buffer.from(TEXT), { published: '2024-03-12', lang: 'en' });
        const [row] = await storedRows(db);
        const claimsOf = async () => (await listEvents(db)).flatMap((e) => e.accounts.flatMap((a) => a.claims.map((c) => ({ type: e.type, topic: c.topic, start: c.start, end: c.end }))));
        const split = await claimsOf();
        // Each contact's topic comes from its own paragraph's sentence.
        assert.deepEqual(split.map((c) => [c.type, c.topic]).sort(), [['call', 'transport'], ['meeting', 'border']]);
        assert.ok(split.every((c) => TEXT.slice(c.start, c.end).split('. ').length === 1), 'one sentence each');
        // Stored spans that make each paragraph one sentence: re-linking the same events follows them,
        // so each claim now cites its whole paragraph (a second split would have given single sentences).
        const paragraphs = TEXT.split('\n\n').filter((p) => p.trim()).map((p) => ({ start: TEXT.indexOf(p), end: TEXT.indexOf(p) + p.trimEnd().length }));
        await db.updateTable('documents').set({ sentences: encodeSpans(paragraphs.map((p, i) => ({ ...p, paragraph: i }))) }).where('id', '=', row.id).execute();
        const events = await reExtracted(db, row.id);
        await replaceEvents(db, defaultGazetteer(), row.id, events, 'spans-test');
        const joined = await claimsOf();
        assert.deepEqual(joined.map((c) => [c.type, c.topic]).sort(), [['call', 'transport'], ['meeting', 'border']]);
        for (const c of joined) assert.ok(paragraphs.some((p) => p.start === c.start && p.end === c.end), `${c.topic} cites a stored span`);
      } finally {
        await db.destroy();
      }
    });

    test('a store from before migration 0013 has its documents split when opened', async () => {
      const location = await engine.location();
      const old = new Kysely<any>({
        dialect: engine.name === 'postgres' ? new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 1 }) }) : new SqliteDialect({ database: new SQLite(location) }),
      });
      try {
        const { error } = await new Migrator({ db: old, provider: migrationProvider }).migrateTo('0012_review_notes');
        assert.ifError(error);
        const regions = JSON.stringify([{ start: 0, end: TEXT.length }]);
        await old.insertInto('documents').values({
          name: 'old.txt', hash: 'old', title: null, outlet: null, url: null, published: '2024-03-12', lang: 'en', format: 'text', raw: TEXT,
          text: TEXT, regions, doc_date: null, status: 'extracted', note: null, extractor_version: 'old', ingested_at: '2024-03-12',
        }).execute();
      } finally {
        await old.destroy();
      }
      const db = await openStore(location);
      try {
        assert.equal(isPostgres(db), engine.name === 'postgres');
        const [r] = await storedRows(db);
        assert.equal(r.sentences, expectedSpans(r));
        assert.ok((JSON.parse(r.sentences!) as unknown[]).length >= 4, 'two paragraphs of two sentences at least');
      } finally {
        await db.destroy();
      }
    });
  });
}

/** The document's events as stored, in the extractor's shape, to link them again. */
async function reExtracted(db: Store, documentId: number): Promise<ExtractedEvent[]> {
  const events = await db.selectFrom('events').selectAll().where('document_id', '=', documentId).orderBy('id').execute();
  const out: ExtractedEvent[] = [];
  for (const e of events) {
    const parts = await db.selectFrom('participants').selectAll().where('event_id', '=', e.id).execute();
    const codes = await db.selectFrom('event_countries').select('code').where('event_id', '=', e.id).execute();
    const evidence = await db.selectFrom('evidence').selectAll().where('event_id', '=', e.id).orderBy('start').execute();
    out.push({
      doc: String(documentId), type: e.type as ExtractedEvent['type'], date: e.date, initiator: e.initiator, location: e.location, topics: JSON.parse(e.topics),
      // People not in the gazetteer are stored as x:name; the extractor gives them no id.
      participants: parts.map((p) => ({ actorId: p.actor_id.startsWith('x:') ? null : p.actor_id, name: p.name, country: p.country, role: p.role })),
      countries: codes.map((c) => c.code), rules: JSON.parse(e.rules),
      evidence: evidence.map((v) => ({ start: v.start, end: v.end, sentence: v.sentence, rule: v.rule })),
    });
  }
  return out;
}
