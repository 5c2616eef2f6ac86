// What refreshContacts keeps for the reads: the per-month network summary (migration 0008), as count
// deltas, must equal a recomputation from scratch, and each contact's card (migration 0009) must equal
// the event read from the tables, after every kind of write: ingest, a date and a type correction, a
// rejection, a split and a merge, a document superseded and restored, a re-extraction that loses and
// regains events; and the migration's backfill must give the same rows. On SQLite and PostgreSQL.
// The network read from it is checked against buildNetwork in queries-scale.test.ts.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tempDir } from './helpers.ts';
import { ingestSample } from './sample.ts';
import { testServer, createDatabase } from './pg.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { reextractAll } from '../src/ingest/ingest.ts';
import { listEvents } from '../src/read-model/queries.ts';
import { fromCard } from '../src/read-model/cards.ts';
import { eventsFromTables } from '../src/store/contact-rows.ts';
import { correctEvent, mergeEvents, rejectEvent, splitEvent } from '../src/store/curation.ts';
import { setDocumentStatus } from '../src/store/contacts.ts';
import { replaceEvents } from '../src/store/documents.ts';
import { summaryQueries, backfill } from '../src/store/migrations/0008_network_summary.ts';
import { networkFromStore } from '../src/network/aggregate.ts';
import { defaultGazetteer } from '../src/gazetteer/index.ts';

const g = defaultGazetteer();
const server = await testServer();
after(() => ('stop' in server ? server.stop() : undefined));

const engines = [
  { name: 'sqlite', location: async () => join(tempDir(), 'summary.db'), skip: undefined as string | undefined },
  { name: 'postgres', location: async () => createDatabase((server as { url: string }).url, `ns_${Math.random().toString(36).slice(2, 8)}`), skip: 'skip' in server ? server.skip : undefined },
];

type Rows = string[];

/** The maintained tables and the recomputation, each as sorted lines "table level month type ids… n". */
async function tables(db: Store): Promise<{ kept: Rows; fresh: Rows }> {
  const kept: Rows = [];
  const fresh: Rows = [];
  for (const r of await db.selectFrom('network_nodes').selectAll().execute()) kept.push(`node ${r.level} ${r.month} ${r.type} ${r.node} ${r.n}`);
  for (const r of await db.selectFrom('network_edges').selectAll().execute()) kept.push(`edge ${r.level} ${r.month} ${r.type} ${r.source} ${r.target} ${r.n}`);
  for (const level of ['country', 'person'] as const) {
    const q = summaryQueries(db, level);
    for (const r of (await q.nodes.execute(db)).rows) fresh.push(`node ${r.level} ${r.month} ${r.type} ${r.node} ${r.n}`);
    for (const r of (await q.edges.execute(db)).rows) fresh.push(`edge ${r.level} ${r.month} ${r.type} ${r.source} ${r.target} ${r.n}`);
  }
  return { kept: kept.sort(), fresh: fresh.sort() };
}

/** Contacts whose card (migration 0009) differs from the event read from the tables, and how many have one. */
async function staleCards(db: Store): Promise<{ stale: string[]; cards: number }> {
  const rows = await db.selectFrom('contacts').selectAll().orderBy('id').execute();
  const fromTables = await eventsFromTables(db, rows);
  const stale: string[] = [];
  let cards = 0;
  rows.forEach((r, i) => {
    const e = fromCard(r);
    if (!e) return;
    cards++;
    try {
      assert.deepStrictEqual(e, fromTables[i]);
    } catch {
      stale.push(r.uid);
    }
  });
  return { stale, cards };
}

async function inStep(db: Store, what: string): Promise<Rows> {
  const { kept, fresh } = await tables(db);
  assert.deepEqual(kept, fresh, what);
  const { stale, cards } = await staleCards(db);
  assert.deepEqual(stale, [], `${what}: cards`);
  assert.ok(cards > 20, `${what}: contacts have cards (${cards})`);
  return kept;
}

/** The country network of a month, as the summary gives it. */
async function monthNet(db: Store, month: string) {
  const net = await networkFromStore(db, { from: month, to: month }, 'country');
  return Object.fromEntries(net.edges.map((e) => [e.id, e.weight]));
}

for (const engine of engines) {
  describe(`the network summary stays equal to a recomputation on ${engine.name}`, { skip: engine.skip }, () => {
    let db: Store;
    before(async () => {
      db = await openStore(await engine.location());
      await ingestSample(db);
    });
    after(async () => db?.destroy());

    test('after ingest, and the backfill gives the same rows', async () => {
      const rows = await inStep(db, 'after ingest');
      assert.ok(rows.filter((r) => r.startsWith('edge person')).length > 20, `the sample gives person edges (${rows.length} rows)`);
      assert.ok(rows.every((r) => !r.endsWith(' 0')), 'no row of count 0 is kept');
      await db.deleteFrom('network_nodes').execute();
      await db.deleteFrom('network_edges').execute();
      await backfill(db);
      assert.deepEqual((await tables(db)).kept, rows);
    });

    test('after a correction of the date and of the type, and a rejection', async () => {
      const e = (await listEvents(db, { countries: ['RUS', 'ARM'] })).find((x) => x.date && x.date.length === 10 && x.countries.length === 2)!;
      assert.ok(e, 'a dated RUS+ARM event');
      const before = await monthNet(db, '2009-02');
      assert.equal(before['ARM--RUS'], undefined);
      await correctEvent(db, e.uid, { date: '2009-02-17' }, 'ana');
      await inStep(db, 'after a date correction');
      assert.equal((await monthNet(db, '2009-02'))['ARM--RUS'], 1, 'the contact counts in its new month');
      await correctEvent(db, e.uid, { type: e.type === 'call' ? 'visit' : 'call' }, 'ana');
      await inStep(db, 'after a type correction');
      await correctEvent(db, e.uid, { date: '2009' }, 'ana');
      await inStep(db, 'after a year-only date');
      assert.equal((await monthNet(db, '2009-02'))['ARM--RUS'], undefined, 'a year alone names no month');
      await correctEvent(db, e.uid, { date: '2009-02' }, 'ana');
      const other = (await listEvents(db)).find((x) => x.uid !== e.uid && x.countries.length >= 2)!;
      await rejectEvent(db, other.uid, 'ana');
      await inStep(db, 'after a rejection');
    });

    test('after a split and a merge', async () => {
      const events = await listEvents(db);
      const e = events.find((x) => x.accounts.length >= 2 && x.participants.length >= 2)!;
      assert.ok(e, 'an event told by two accounts');
      const other = events.find((x) => x.uid !== e.uid && x.date && x.date !== e.date && x.countries.length > 0)!;
      const part = await splitEvent(db, e.uid, e.accounts[1].uid, 'ana');
      await inStep(db, 'after a split');
      await mergeEvents(db, other.uid, part, 'ana');
      await inStep(db, 'after a merge');
    });

    test('after documents are superseded and restored, and after re-extraction', async () => {
      const docs = await db.selectFrom('documents').select(['id']).orderBy('id').execute();
      const some = docs.slice(0, 4).map((d) => d.id);
      const rows = (await tables(db)).kept;
      await setDocumentStatus(db, some, 'superseded');
      const less = await inStep(db, 'after superseding');
      assert.notDeepEqual(less, rows, 'superseding documents changes the network');
      await setDocumentStatus(db, some, 'extracted');
      assert.deepEqual(await inStep(db, 'after restoring'), rows);
      // A re-extraction that finds nothing, then the real one again.
      await replaceEvents(db, g, docs[0].id, [], 'test-empty');
      await replaceEvents(db, g, docs[1].id, [], 'test-empty');
      await inStep(db, 'after a re-extraction that lost events');
      await reextractAll(db, true);
      await inStep(db, 'after re-extracting everything');
    });
  });
}
