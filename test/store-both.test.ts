// One suite of store tests, run against SQLite and against a real PostgreSQL server (a throwaway
// cluster: see test/pg.ts). Both engines must behave the same: the last test compares them.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, ROOT, attache } from './helpers.ts';
import { testServer, createDatabase } from './pg.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { isPostgres } from '../src/store/portable.ts';
import { ingestBytes, reextractAll, type IngestResult } from '../src/ingest/ingest.ts';
import { expandInputs, readMeta, metaFor } from '../src/ingest/files.ts';
import { listEvents, listActors } from '../src/read-model/queries.ts';
import { matchingDocumentIds } from '../src/store/search.ts';

const SAMPLE = join(ROOT, 'corpus', 'sample');
const server = await testServer();
after(() => ('stop' in server ? server.stop() : undefined));

async function ingestSample(db: Store): Promise<IngestResult[]> {
  const meta = readMeta(join(SAMPLE, 'meta.jsonl'));
  const out = [];
  for (const f of expandInputs([SAMPLE]).files) out.push(await ingestBytes(db, f, readFileSync(f), metaFor(f, meta)));
  return out;
}

/** What a user sees of an event, without engine-assigned numbers. */
function shape(e: Awaited<ReturnType<typeof listEvents>>[number]) {
  return { uid: e.uid, type: e.type, date: e.date, doc: e.document.name, people: e.participants.map((p) => p.actor_id).sort(), countries: [...e.countries].sort(), evidence: e.evidence.map((v) => v.sentence) };
}

const engines: Array<{ name: string; location: () => Promise<string>; skip?: string }> = [
  { name: 'sqlite', location: async () => join(tempDir(), 'both.db') },
  {
    name: 'postgres',
    location: async (n = Math.random().toString(36).slice(2, 8)) => createDatabase((server as { url: string }).url, `store_both_${n}`),
    skip: 'skip' in server ? server.skip : undefined,
  },
];
const seen = new Map<string, ReturnType<typeof shape>[]>();

for (const engine of engines) {
  describe(`store on ${engine.name}`, { skip: engine.skip }, () => {
    let db: Store;
    let first: IngestResult[];
    before(async () => {
      db = await openStore(await engine.location());
      first = await ingestSample(db);
    });
    after(async () => db?.destroy());

    test('the engine is the one asked for', () => {
      assert.equal(isPostgres(db), engine.name === 'postgres');
    });

    test('ingest stores every sample article and its events', async () => {
      assert.equal(first.filter((r) => r.status === 'failed').length, 0, JSON.stringify(first.filter((r) => r.status === 'failed')));
      const docs = await db.selectFrom('documents').select(['id', 'name']).execute();
      assert.equal(docs.length, first.length);
      const events = await listEvents(db);
      assert.ok(events.length >= 40, `${events.length} events`);
      assert.equal(events.length, new Set(events.map((e) => e.uid)).size, 'uids are unique');
      seen.set(engine.name, events.map(shape));
    });

    test('ingesting again stores nothing twice', async () => {
      const before = (await listEvents(db)).length;
      const again = await ingestSample(db);
      assert.deepEqual([...new Set(again.map((r) => r.status))], ['unchanged']);
      assert.equal((await listEvents(db)).length, before);
      assert.equal((await db.selectFrom('documents').select('id').execute()).length, first.length);
    });

    test('filters: country pair, type, period, actor; filter values are data', async () => {
      const calls = await listEvents(db, { type: 'call', countries: ['RUS', 'ARM'] });
      assert.ok(calls.length > 0);
      for (const e of calls) assert.ok(e.type === 'call' && e.countries.includes('RUS') && e.countries.includes('ARM'));
      const period = await listEvents(db, { from: '2023-05-20', to: '2023-06-30' });
      assert.ok(period.length > 0);
      for (const e of period) {
        if (e.date!.length === 10) assert.ok(e.date! >= '2023-05-20' && e.date! <= '2023-06-30', e.date!);
        else assert.ok(e.date! >= '2023-05' && e.date! <= '2023-06', e.date!);
      }
      const lavrov = await listEvents(db, { actor: 'lavrov' });
      assert.ok(lavrov.length > 0);
      for (const e of lavrov) assert.ok(e.participants.some((p) => /Lavrov/.test(p.name)));
      assert.deepEqual(await listEvents(db, { actor: "x' OR '1'='1" }), []);
      const page = await listEvents(db, { limit: 3, offset: 2 });
      const all = await listEvents(db);
      assert.deepEqual(page.map((e) => e.uid), all.slice(2, 5).map((e) => e.uid));
    });

    test('full-text search with the engine\'s own index; syntax is only text', async () => {
      const hits = await matchingDocumentIds(db, 'Pashinyan');
      assert.ok(hits.length > 0);
      const both = await matchingDocumentIds(db, 'Pashinyan Sochi');
      assert.ok(both.length > 0 && both.length < hits.length);
      const docs = await db.selectFrom('documents').select(['id', 'text']).where('id', 'in', both).execute();
      for (const d of docs) assert.match(d.text, /Sochi/);
      assert.deepEqual(await matchingDocumentIds(db, 'zzzqqq'), []);
      assert.deepEqual(await matchingDocumentIds(db, '" OR NEAR( * -'), []);
      assert.deepEqual(await matchingDocumentIds(db, "'; DROP TABLE documents; --"), []);
      assert.deepEqual(await matchingDocumentIds(db, 'Pashinyan & !Sochi | :*'), both.length ? await matchingDocumentIds(db, 'Pashinyan Sochi') : []);
    });

    test('re-extraction replaces machine events and keeps corrections and stable ids', async () => {
      const store = await openStore(await engine.location());
      try {
        const text = 'On 5 May 2021, Russian Foreign Minister Sergey Lavrov met his Armenian counterpart Ara Aivazian in Moscow.';
        assert.equal((await ingestBytes(store, 'x.txt', Buffer.from(text), { published: '2021-05-06' })).status, 'ingested');
        const [e] = await listEvents(store);
        await store.insertInto('corrections').values({ event_uid: e.uid, action: 'confirm', field: null, value: null, author: 'analyst', created_at: '2026-01-01' }).execute();
        await store.updateTable('documents').set({ extractor_version: 'old' }).execute();
        assert.equal((await reextractAll(store)).length, 1);
        const again = await listEvents(store);
        assert.equal(again.length, 1);
        assert.equal(again[0].uid, e.uid);
        assert.equal((await store.selectFrom('corrections').selectAll().execute()).length, 1);
      } finally {
        await store.destroy();
      }
    });

    test('actors: people with roles and contact counts', async () => {
      const actors = await listActors(db, ['RUS']);
      const putin = actors.find((a) => a.name === 'Vladimir Putin');
      assert.ok(putin && putin.contacts > 0 && putin.roles.some((r) => r.role === 'president'));
      assert.equal(typeof putin!.contacts, 'number');
      for (const a of actors) assert.equal(a.country, 'RUS');
    });
  });
}

describe('both engines', { skip: engines.find((e) => e.skip)?.skip }, () => {
  test('give the same events for the same corpus', () => {
    const a = seen.get('sqlite');
    const b = seen.get('postgres');
    assert.ok(a && b, 'both suites ran');
    assert.deepEqual(b, a);
  });

  test('the CLI takes a postgres:// URL for --db and ATTACHE_DB', async () => {
    const url = await engines[1].location();
    const r = attache(['ingest', '--db', url, '--meta', join(SAMPLE, 'meta.jsonl'), join(SAMPLE, '001-kremlin-call-pashinyan.txt')]);
    assert.equal(r.status, 0, r.stderr);
    const ev = attache(['events', '--format', 'json'], { ATTACHE_DB: url });
    assert.equal(ev.status, 0, ev.stderr);
    assert.ok(JSON.parse(ev.stdout).length > 0);
    const bad = attache(['events', '--db', 'postgres://nobody:secret@127.0.0.1:1/none']);
    assert.notEqual(bad.status, 0);
    assert.doesNotMatch(bad.stderr, /secret/);
  });
});
