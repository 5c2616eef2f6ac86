// Full-text search finds Russian words in their inflected forms, on SQLite (the stems table, written
// in JavaScript) and on PostgreSQL (the `russian` configuration), and English as before; search syntax
// in a query is only text. One suite, run on both engines (PostgreSQL: a throwaway cluster, test/pg.ts).
// The texts are written for this test.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Kysely, Migrator, SqliteDialect, PostgresDialect, sql } from 'kysely';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { tempDir } from './helpers.ts';
import { testServer, createDatabase } from './pg.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { isPostgres } from '../src/store/portable.ts';
import { ingestBytes } from '../src/ingest/ingest.ts';
import { matchingDocumentIds, postgresSearch, searchTerms } from '../src/store/search.ts';
import { migrationProvider } from '../src/store/migrations/index.ts';
import { stemQuery, stemText } from '../src/store/stems.ts';

const DOCS: Record<string, string> = {
  'ru-yerevan.txt': 'ЕРЕВАН, 3 апреля. Министр иностранных дел Армении принял главу МИД России Сергея Лаврова. На переговорах стороны обсудили строительство новой дороги и работу пограничной комиссии.\n',
  'ru-kremlin.txt': 'МОСКВА, 5 апреля. Президент России встретился с делегацией Казахстана. Встреча прошла в Кремле; обсуждались поставки зерна и проекты Rosatom.\n',
  'en-tbilisi.txt': 'On 7 April, the Armenian Foreign Minister met his Georgian counterpart in Tbilisi. The ministers discussed the border crossing and new meetings of the joint commission.\n',
};

const server = await testServer();
after(() => ('stop' in server ? server.stop() : undefined));

const engines: Array<{ name: string; location: () => Promise<string>; skip?: string }> = [
  { name: 'sqlite', location: async () => join(tempDir(), 'search.db') },
  {
    name: 'postgres',
    location: async () => createDatabase((server as { url: string }).url, `search_ru_${Math.random().toString(36).slice(2, 8)}`),
    skip: 'skip' in server ? server.skip : undefined,
  },
];

test('stems: inflected forms of a word share one stem; queries are quoted phrases', () => {
  assert.equal(stemText('Лаврова'), stemText('Лавровым'));
  assert.equal(stemText('переговорах'), stemText('переговоры'));
  assert.equal(stemText('Встреча ЁЛКА'), 'встреч елк');
  assert.equal(stemText('meetings'), stemText('meeting'));
  assert.equal(stemQuery(['переговоры', 'о', 'Москве']), '"переговор" "москв"');
  assert.equal(stemQuery(['и', 'в']), null);
  assert.equal(stemQuery(['Лавров', 'a"b', "O'Brien", 'or', 'talks']), '"лавр" "a b" "o brien" "talk"');
  assert.equal(stemQuery(['meetings']), null, 'a query without Russian words is matched as written');
});

for (const engine of engines) {
  describe(`Russian full-text search on ${engine.name}`, { skip: engine.skip }, () => {
    let db: Store;
    const idOf = new Map<string, number>();
    /** Names of the documents a query finds, sorted (PostgreSQL gives id order, SQLite best first). */
    const find = async (q: string) => {
      const names = new Map([...idOf].map(([n, id]) => [id, n]));
      return (await matchingDocumentIds(db, q)).map((id) => names.get(id) ?? `#${id}`).sort();
    };

    before(async () => {
      db = await openStore(await engine.location());
      for (const [name, text] of Object.entries(DOCS)) {
        const r = await ingestBytes(db, name, Buffer.from(text), { published: '2024-04-08' });
        assert.ok(r.status === 'ingested' || r.status === 'skipped', `${name}: ${r.status} ${r.reason ?? ''}`);
      }
      for (const d of await db.selectFrom('documents').select(['id', 'name']).execute()) idOf.set(d.name, d.id);
      assert.equal(idOf.size, 3);
    });
    after(async () => db?.destroy());

    test('the engine is the one asked for', () => {
      assert.equal(isPostgres(db), engine.name === 'postgres');
    });

    test('a surname in another case finds the document', async () => {
      assert.deepEqual(await find('Лавровым'), ['ru-yerevan.txt']);
      assert.deepEqual(await find('лаврову'), ['ru-yerevan.txt']);
      assert.deepEqual(await find('Лаврова'), ['ru-yerevan.txt'], 'the form as written');
    });

    test('a noun in another case finds the document', async () => {
      assert.deepEqual(await find('переговоры'), ['ru-yerevan.txt']);
      assert.deepEqual(await find('дорогу'), ['ru-yerevan.txt']);
      assert.deepEqual(await find('встречи'), ['ru-kremlin.txt']);
      assert.deepEqual(await find('Кремль'), ['ru-kremlin.txt']);
      assert.deepEqual(await find('Лавровым переговоры'), ['ru-yerevan.txt'], 'every word, each in another form');
      assert.deepEqual(await find('переговоры о дороге'), ['ru-yerevan.txt'], 'a stop word in the query is no obstacle');
      assert.deepEqual(await find('России'), ['ru-kremlin.txt', 'ru-yerevan.txt']);
    });

    test('English documents are found as before', async () => {
      assert.deepEqual(await find('Tbilisi'), ['en-tbilisi.txt']);
      assert.deepEqual(await find('Georgian counterpart'), ['en-tbilisi.txt']);
      assert.deepEqual(await find('meetings commission'), ['en-tbilisi.txt']);
      assert.deepEqual(await find('meeting'), [], 'an English query is matched as written, as before');
      assert.deepEqual(await find('Minister России'), [], 'no document has both');
      assert.deepEqual(await find('Rosatom поставками'), ['ru-kremlin.txt'], 'a Latin word in a Russian text');
      assert.deepEqual(await find('Rosatom and поставками'), ['ru-kremlin.txt'], 'stop words left out of a mixed query on both engines');
    });

    test('search syntax in a query is only text', async () => {
      assert.deepEqual(await find('"Лаврова" OR "Кремле"'), []);
      assert.deepEqual(await find('NEAR(Лаврова переговорах)'), []);
      assert.deepEqual(await find('Лаврова & !переговоры | :*'), await find('Лаврова переговоры'));
      assert.deepEqual(await find('переговор*'), ['ru-yerevan.txt'], 'a star is no prefix search');
      assert.deepEqual(await find('" OR NEAR( * -'), []);
      assert.deepEqual(await find("'; DROP TABLE documents; --"), []);
      assert.equal((await db.selectFrom('documents').select('id').execute()).length, 3);
    });

    if (engine.name === 'postgres') test('PostgreSQL: the search uses both GIN indexes', async () => {
      const plan = await db.transaction().execute(async (tx) => {
        await sql`SET LOCAL enable_seqscan = off`.execute(tx);
        return (await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${postgresSearch(searchTerms('Лавровым переговоры'), 1000)}`.execute(tx)).rows;
      });
      const lines = plan.map((r) => r['QUERY PLAN']).join('\n');
      assert.match(lines, /Bitmap Index Scan on documents_fts\b/, lines);
      assert.match(lines, /Bitmap Index Scan on documents_fts_russian/, lines);
    });

    test('a word that is not there finds nothing', async () => {
      assert.deepEqual(await find('Шойгу'), []);
      assert.deepEqual(await find('переговоры Шойгу'), []);
      assert.deepEqual(await find('zzzqqq'), []);
    });

    test('the migration makes documents stored before it searchable; a deleted document is gone', async () => {
      const location = await engine.location();
      const old = new Kysely<any>({
        dialect: isPostgres(db) ? new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 1 }) }) : new SqliteDialect({ database: new SQLite(location) }),
      });
      try {
        const { error } = await new Migrator({ db: old, provider: migrationProvider }).migrateTo('0009_contact_cards');
        assert.ifError(error);
        await old.insertInto('documents').values({
          name: 'old.txt', hash: 'old', title: 'Переговоры в Ереване', outlet: null, url: null, published: null, lang: 'ru', format: 'text', raw: DOCS['ru-yerevan.txt'],
          text: DOCS['ru-yerevan.txt'], regions: '[]', doc_date: null, status: 'extracted', note: null, extractor_version: 'old', ingested_at: '2024-04-08',
        }).execute();
      } finally {
        await old.destroy();
      }
      const store = await openStore(location);
      try {
        const [{ id }] = await store.selectFrom('documents').select('id').execute();
        assert.deepEqual(await matchingDocumentIds(store, 'Лавровым'), [id]);
        assert.deepEqual(await matchingDocumentIds(store, 'ереванские переговоры'), [], 'an adjective is another word');
        assert.deepEqual(await matchingDocumentIds(store, 'Армения переговорами'), [id]);
        await store.deleteFrom('documents').where('id', '=', id).execute();
        assert.deepEqual(await matchingDocumentIds(store, 'Лавровым'), []);
        assert.deepEqual(await matchingDocumentIds(store, 'Лаврова'), []);
      } finally {
        await store.destroy();
      }
    });
  });
}
