// A contact's member rows (contact_countries, contact_participants) carry its date and live flag
// (migration 0007), which the country, pair and actor filters read instead of the contact. They must
// never disagree with the contact: after an ingest, after an analyst corrects the date, after a merge
// and a split, on SQLite and on PostgreSQL; and the filters then find the contact in its new month.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sql } from 'kysely';
import { tempDir } from './helpers.ts';
import { ingestSample } from './sample.ts';
import { testServer, createDatabase } from './pg.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { listEvents } from '../src/read-model/queries.ts';
import { correctEvent, mergeEvents, splitEvent } from '../src/store/curation.ts';
import { backfillMemberDates } from '../src/store/migrations/0007_member_dates.ts';

const server = await testServer();
after(() => ('stop' in server ? server.stop() : undefined));

const engines = [
  { name: 'sqlite', location: async () => join(tempDir(), 'members.db'), skip: undefined as string | undefined },
  { name: 'postgres', location: async () => createDatabase((server as { url: string }).url, `md_${Math.random().toString(36).slice(2, 8)}`), skip: 'skip' in server ? server.skip : undefined },
];

/** Member rows whose date or live flag differs from their contact's, and how many member rows there are. */
async function outOfStep(db: Store): Promise<{ wrong: string[]; rows: number }> {
  const wrong: string[] = [];
  let rows = 0;
  for (const table of ['contact_countries', 'contact_participants'] as const) {
    const { rows: r } = await sql<{ contact_id: number; mdate: string | null; mlive: number | null; cdate: string | null; clive: number }>`
      SELECT m.contact_id, m.date AS mdate, m.live AS mlive, c.date AS cdate, c.live AS clive FROM ${sql.table(table)} m JOIN contacts c ON c.id = m.contact_id`.execute(db);
    rows += r.length;
    for (const x of r) {
      if (x.mdate !== x.cdate || Number(x.mlive) !== Number(x.clive)) wrong.push(`${table} ${x.contact_id}: ${x.mdate}/${x.mlive} vs ${x.cdate}/${x.clive}`);
    }
  }
  return { wrong, rows };
}

for (const engine of engines) {
  describe(`member rows keep their contact's date and live flag on ${engine.name}`, { skip: engine.skip }, () => {
    let db: Store;
    before(async () => {
      db = await openStore(await engine.location());
      await ingestSample(db);
    });
    after(async () => db?.destroy());

    test('after ingest', async () => {
      const { wrong, rows } = await outOfStep(db);
      assert.ok(rows > 100, `the sample gives member rows (${rows})`);
      assert.deepEqual(wrong, []);
    });

    test("the migration's backfill fills rows written before it", async () => {
      for (const table of ['contact_countries', 'contact_participants'] as const) await db.updateTable(table).set({ date: null, live: null }).execute();
      assert.ok((await outOfStep(db)).wrong.length > 100);
      await backfillMemberDates(db);
      assert.deepEqual((await outOfStep(db)).wrong, []);
    });

    test('after a correction of the date, and the filters find the event in its new month', async () => {
      const e = (await listEvents(db, { countries: ['RUS', 'ARM'] })).find((x) => x.participants.some((p) => p.actor_id))!;
      assert.ok(e, 'a RUS+ARM event with a known actor');
      const actor = e.participants.find((p) => p.actor_id)!.actor_id;
      const period = { from: '2009-02-01', to: '2009-02-28' };
      assert.ok(!(await listEvents(db, { countries: ['ARM', 'RUS'], ...period })).some((x) => x.uid === e.uid));
      await correctEvent(db, e.uid, { date: '2009-02-17' }, 'ana');
      assert.deepEqual((await outOfStep(db)).wrong, []);
      assert.deepEqual((await listEvents(db, { countries: ['ARM', 'RUS'], ...period })).map((x) => x.uid), [e.uid]);
      assert.deepEqual((await listEvents(db, { countries: ['RUS'], ...period })).map((x) => x.uid), [e.uid]);
      assert.deepEqual((await listEvents(db, { actor, ...period })).map((x) => x.uid), [e.uid]);
      if (e.date) assert.ok(!(await listEvents(db, { countries: ['RUS', 'ARM'], from: e.date, to: e.date })).some((x) => x.uid === e.uid), 'no longer on its old date');
    });

    test('after a split and a merge', async () => {
      const events = await listEvents(db);
      const e = events.find((x) => x.accounts.length >= 2 && x.countries.length > 0)!;
      assert.ok(e, 'an event told by two accounts');
      const other = events.find((x) => x.uid !== e.uid && x.date && x.date !== e.date && x.countries.length > 0)!;
      const part = await splitEvent(db, e.uid, e.accounts[1].uid, 'ana');
      assert.deepEqual((await outOfStep(db)).wrong, []);
      // The split-off event carries its own members; the filter finds it on its date.
      const split = (await listEvents(db)).find((x) => x.uid === part)!;
      assert.ok(split.countries.length > 0);
      assert.ok((await listEvents(db, { countries: [split.countries[0]], from: split.date ?? undefined, to: split.date ?? undefined })).some((x) => x.uid === part));
      // Merged into an event of another date: the merged members take the kept event's date.
      await mergeEvents(db, other.uid, part, 'ana');
      assert.deepEqual((await outOfStep(db)).wrong, []);
      const kept = (await listEvents(db)).find((x) => x.uid === other.uid)!;
      assert.equal((await listEvents(db)).some((x) => x.uid === part), false);
      for (const code of kept.countries) {
        assert.ok((await listEvents(db, { countries: [code], from: kept.date!, to: kept.date! })).some((x) => x.uid === other.uid), code);
      }
    });
  });
}
