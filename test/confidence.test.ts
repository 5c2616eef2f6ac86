// The readers' confidence in the record (issue 16, point 6), on SQLite and on a real PostgreSQL
// server (a throwaway cluster, test/pg.ts): ingest stores each account's score as the reader gave it,
// a contact's is the highest of its live accounts', an analyst's event has none; lists filter by a
// minimum and sort by it (the doubtful first, those with none last) through the read model, the API
// (with 400s for bad values) and `attache events`.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, ROOT, attache } from './helpers.ts';
import { testServer, createDatabase } from './pg.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { ingestBytes } from '../src/ingest/ingest.ts';
import { readDocument } from '../src/ingest/read.ts';
import { expandInputs, readMeta, metaFor } from '../src/ingest/files.ts';
import { extract } from '../src/extract/pipeline.ts';
import { listEvents } from '../src/read-model/queries.ts';
import { addEvent } from '../src/store/curation.ts';
import { createApp } from '../src/server/app.ts';

const MULTI = join(ROOT, 'test', 'fixtures', 'multi');
const server = await testServer();
after(() => ('stop' in server ? server.stop() : undefined));

/** The multi-source fixture (one talk told by three documents, and others) plus an invented document of our own. */
const OWN = 'On 5 May 2021, Russian Foreign Minister Sergey Lavrov met his Armenian counterpart Ara Aivazian in Moscow. The ministers talked about the border.';

async function fill(db: Store): Promise<number> {
  const meta = readMeta(join(MULTI, 'meta.jsonl'));
  for (const f of expandInputs([MULTI]).files) await ingestBytes(db, f, readFileSync(f), metaFor(f, meta));
  const r = await ingestBytes(db, 'own-lavrov.txt', Buffer.from(OWN), { published: '2021-05-06', outlet: 'Test Wire' });
  return r.documentId!;
}

/** Each fixture document's confidences as the reader gives them when extracting it alone, rounded as stored. */
function readerScores(): Map<string, number[]> {
  const meta = readMeta(join(MULTI, 'meta.jsonl'));
  const out = new Map<string, number[]>();
  for (const f of expandInputs([MULTI]).files) {
    const r = readDocument(f, readFileSync(f), metaFor(f, meta));
    assert.ok(r.ok);
    out.set(r.doc.id, extract(r.doc).events.map((e) => Math.round(e.confidence! * 1000) / 1000).sort());
  }
  return out;
}

const engines: Array<{ name: string; location: () => Promise<string>; skip?: string }> = [
  { name: 'sqlite', location: async () => join(tempDir(), 'confidence.db') },
  {
    name: 'postgres',
    location: async () => createDatabase((server as { url: string }).url, `confidence_${Math.random().toString(36).slice(2, 8)}`),
    skip: 'skip' in server ? server.skip : undefined,
  },
];

for (const engine of engines) {
  describe(`confidence on ${engine.name}`, { skip: engine.skip }, () => {
    let db: Store;
    let own: number;
    before(async () => {
      db = await openStore(await engine.location());
      own = await fill(db);
    });
    after(async () => db?.destroy());

    test("each account stores the reader's score", async () => {
      const stored = await db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.document_id').select(['documents.name', 'events.confidence']).execute();
      assert.ok(stored.length > 3);
      const want = readerScores();
      for (const [doc, scores] of want) {
        const got = stored.filter((r) => r.name === doc).map((r) => r.confidence).sort();
        assert.deepEqual(got, scores, doc);
      }
    });

    test("a contact's confidence is the highest of its accounts'", async () => {
      const events = await listEvents(db);
      const multi = events.filter((e) => e.accounts.length > 1);
      assert.ok(multi.length >= 1, 'the fixture tells one talk in several documents');
      for (const e of events) {
        const scores = e.accounts.map((a) => a.confidence).filter((x): x is number => x != null);
        assert.equal(e.confidence, scores.length ? Math.max(...scores) : null, e.uid);
      }
      // The accounts of one talk do not all score the same: the maximum is a real choice here.
      assert.ok(multi.some((e) => new Set(e.accounts.map((a) => a.confidence)).size > 1));
    });

    test('an analyst-added event has none, and sorts last either way', async () => {
      const uid = await addEvent(db, { documentId: own, start: 0, end: 40, type: 'meeting', date: '2021-05-05', participants: [{ name: 'Ara Aivazian', country: 'ARM' }, { name: 'Invented Person', country: 'RUS' }] }, 'ana');
      const all = await listEvents(db, { sort: 'confidence' });
      assert.equal(all.at(-1)!.uid, uid);
      assert.equal(all.at(-1)!.confidence, null);
      assert.equal((await listEvents(db, { sort: '-confidence' })).at(-1)!.uid, uid);
      assert.ok(!(await listEvents(db, { minConfidence: 0 })).some((e) => e.uid === uid), 'a minimum leaves out events with no score');
    });

    test('sort and minimum', async () => {
      const all = await listEvents(db);
      const scores = all.map((e) => e.confidence).filter((x): x is number => x != null);
      const up = (await listEvents(db, { sort: 'confidence' })).map((e) => e.confidence).filter((x) => x != null);
      assert.deepEqual(up, [...scores].sort((a, b) => a - b));
      const down = (await listEvents(db, { sort: '-confidence' })).map((e) => e.confidence).filter((x) => x != null);
      assert.deepEqual(down, [...scores].sort((a, b) => b - a));
      const median = [...scores].sort((a, b) => a - b)[Math.floor(scores.length / 2)];
      const kept = await listEvents(db, { minConfidence: median });
      assert.equal(kept.length, scores.filter((x) => x >= median).length);
      assert.ok(kept.length < all.length && kept.every((e) => e.confidence! >= median));
      assert.equal((await listEvents(db, { minConfidence: Math.max(...scores) + 0.001 })).length, 0);
    });
  });
}

describe('the API and the CLI', () => {
  const file = join(tempDir(), 'confidence-api.db');
  let db: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    db = await openStore(file);
    await fill(db);
    app = createApp({ db, token: 't', log: () => {} });
  });
  after(async () => db?.destroy());

  test('/api/events returns the confidence, filters and sorts by it', async () => {
    const all = (await (await app.request('/api/events?limit=500')).json()).items as Array<{ uid: string; confidence: number | null; accounts: Array<{ confidence: number | null }> }>;
    assert.ok(all.length > 3 && all.every((e) => typeof e.confidence === 'number'));
    assert.ok(all.every((e) => e.accounts.every((a) => typeof a.confidence === 'number')));
    const sorted: number[] = (await (await app.request('/api/events?sort=confidence&limit=500')).json()).items.map((e: { confidence: number }) => e.confidence);
    assert.deepEqual(sorted, all.map((e) => e.confidence!).sort((a, b) => a - b));
    const median = sorted[Math.floor(sorted.length / 2)];
    const kept = (await (await app.request(`/api/events?min_confidence=${median}&limit=500`)).json()).items as Array<{ confidence: number }>;
    assert.equal(kept.length, sorted.filter((x) => x >= median).length);
    const one = await (await app.request(`/api/events/${all[0].uid}`)).json();
    assert.equal(one.confidence, all[0].confidence, "the event page's API gives it too");
  });

  test('the network of a period honours a minimum (its monthly summary has no confidence)', async () => {
    const net = async (q: string) => (await (await app.request(`/api/network?from=2000-01&level=country${q}`)).json()).edges.length;
    assert.ok((await net('')) > 0);
    const top = Math.max(...(await (await app.request('/api/events?limit=500')).json()).items.map((e: { confidence: number }) => e.confidence));
    assert.ok(top < 0.9999);
    assert.equal(await net(`&min_confidence=${(top + 0.0001).toFixed(4)}`), 0, 'above every score: no contact, so no edge');
  });

  test('/api/chronicle entries carry it and follow the order asked', async () => {
    const c = await (await app.request('/api/chronicle?sort=confidence')).json();
    const scores = c.entries.map((e: { confidence: number }) => e.confidence);
    assert.ok(scores.length > 3);
    assert.deepEqual(scores, [...scores].sort((a, b) => a - b));
    const byDate = await (await app.request('/api/chronicle')).json();
    assert.deepEqual(byDate.entries.map((e: { date: string }) => e.date), [...byDate.entries.map((e: { date: string }) => e.date)].sort());
  });

  for (const [query, param] of [
    ['min_confidence=abc', 'min_confidence'],
    ['min_confidence=1.5', 'min_confidence'],
    ['min_confidence=-0.1', 'min_confidence'],
    ['min_confidence=', 'min_confidence'],
    ['sort=newest', 'sort'],
  ] as const) {
    test(`400 on ${query}`, async () => {
      for (const path of ['/api/events', '/api/chronicle']) {
        const r = await app.request(`${path}?${query}`);
        assert.equal(r.status, 400, path);
        const body = await r.json();
        assert.ok(body.issues.some((i: { param: string }) => i.param === param), JSON.stringify(body));
      }
    });
  }

  test('attache events --min-confidence --sort', async () => {
    await db.destroy();
    const all = attache(['events', '--db', file, '--format', 'jsonl']);
    assert.equal(all.status, 0, all.stderr);
    const scores = all.stdout.trim().split('\n').map((l) => JSON.parse(l).confidence as number);
    const median = [...scores].sort((a, b) => a - b)[Math.floor(scores.length / 2)];
    const r = attache(['events', '--db', file, '--format', 'jsonl', '--min-confidence', String(median), '--sort', 'confidence']);
    assert.equal(r.status, 0, r.stderr);
    const got = r.stdout.trim().split('\n').map((l) => JSON.parse(l).confidence as number);
    assert.deepEqual(got, scores.filter((x) => x >= median).sort((a, b) => a - b));
    for (const bad of [['--min-confidence', '2'], ['--min-confidence', 'high'], ['--sort', 'newest']]) {
      const x = attache(['events', '--db', file, ...bad]);
      assert.notEqual(x.status, 0, bad.join(' '));
      assert.match(x.stderr, new RegExp(bad[0]));
    }
    db = await openStore(file);
  });
});
