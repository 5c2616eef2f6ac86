// The light read paths give what the full ones give, on SQLite and on PostgreSQL: the chronicle
// from `chronicleEvents` equals the chronicle from `listEvents`; the network from the database's
// aggregate equals `buildNetwork` over the hydrated events; the actor filter through the index
// selects exactly the contacts the old scan did (a participant whose name there matches).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sql } from 'kysely';
import { tempDir } from './helpers.ts';
import { ingestSample } from './sample.ts';
import { testServer, createDatabase } from './pg.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { listEvents } from '../src/read-model/queries.ts';
import type { EventFilter } from '../src/read-model/types.ts';
import { chronicleEvents } from '../src/chronicle/query.ts';
import { buildChronicle } from '../src/chronicle/chronicle.ts';
import { networkFromStore, summaryPlan, actorsById } from '../src/network/aggregate.ts';
import { buildNetwork, type NetworkLevel } from '../src/network/graph.ts';
import { defaultGazetteer } from '../src/gazetteer/index.ts';
import { bulkLoad } from '../bench/scale-queries.ts';

const g = defaultGazetteer();
const countryName = (c: string) => g.countries.get(c)?.name ?? c;
const server = await testServer();
after(() => ('stop' in server ? server.stop() : undefined));

const engines = [
  { name: 'sqlite', location: async (n: string) => join(tempDir(), `${n}.db`), skip: undefined as string | undefined },
  { name: 'postgres', location: async (n: string) => createDatabase((server as { url: string }).url, `qs_${n}_${Math.random().toString(36).slice(2, 8)}`), skip: 'skip' in server ? server.skip : undefined },
];

const FILTERS: Array<[string, EventFilter]> = [
  ['everything', {}],
  ['a country pair', { countries: ['RUS', 'ARM'] }],
  ['a period', { from: '2022-01-01', to: '2023-12-31' }],
  ['a month-only bound', { from: '2023-05', to: '2023-06' }],
  ['a period not aligned on months', { from: '2021-11-17', to: '2023-02-10' }],
  ['a type over a period', { type: 'meeting', from: '2021-01', to: '2023-12-31' }],
  ['a period ending on a partial month', { from: '2021-01-01', to: '2021-11-20' }],
  ['part of one month', { from: '2021-11-03', to: '2021-11-20' }],
  ['part of a name', { actor: 'lavrov' }],
  ['an actor id', { actor: 'vladimir-putin' }],
  ['a type and a country', { type: 'call', countries: ['AZE'] }],
  ['words in the documents', { q: 'ambassador' }],
  ['nothing', { actor: 'nobody-of-that-name' }],
];

/** The actor filter as a plain scan of every participant row: the behaviour the index path keeps. */
async function scanActor(db: Store, actor: string): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`SELECT c.id FROM contacts c WHERE c.live = 1 AND c.status != 'rejected' AND EXISTS (
    SELECT 1 FROM contact_participants p WHERE p.contact_id = c.id AND (lower(p.name) LIKE ${`%${actor.toLowerCase()}%`} OR p.actor_id = ${actor}))
    ORDER BY c.id`.execute(db);
  return rows.map((r) => Number(r.id));
}

async function sameNetwork(db: Store, f: EventFilter, level: NetworkLevel, max = 50_000) {
  const events = await listEvents(db, { ...f, limit: max + 1 });
  const ids = [...new Set(events.flatMap((e) => e.participants.map((p) => p.actor_id)))];
  const expected = buildNetwork(events.slice(0, max), level, countryName, await actorsById(db, ids));
  const { truncated, ...got } = await networkFromStore(db, f, level, countryName, max);
  assert.deepEqual(got, expected);
  assert.equal(truncated, events.length > max);
  return { got, truncated };
}

for (const engine of engines) {
  describe(`light reads on ${engine.name}`, { skip: engine.skip }, () => {
    let sample: Store;
    let bulk: Store;
    before(async () => {
      sample = await openStore(await engine.location('sample'));
      await ingestSample(sample);
      bulk = await openStore(await engine.location('bulk'));
      await bulkLoad(bulk, 3000);
    });
    after(async () => {
      await sample?.destroy();
      await bulk?.destroy();
    });

    test('the chronicle from the light query equals the chronicle from full events', async () => {
      for (const [what, f] of FILTERS) {
        const light = buildChronicle(g, await chronicleEvents(sample, f), f);
        const full = buildChronicle(g, await listEvents(sample, f), f);
        assert.deepEqual(light, full, what);
      }
      const all = buildChronicle(g, await chronicleEvents(sample), {});
      assert.ok(all.entries.length > 50 && all.citations.length >= all.entries.length, 'the sample gives a real chronicle');
      const bulkFilter = { countries: ['RUS', 'ARM'], from: '2016-01-01', to: '2018-12-31' };
      assert.deepEqual(buildChronicle(g, await chronicleEvents(bulk, bulkFilter)), buildChronicle(g, await listEvents(bulk, bulkFilter)));
    });

    test('the aggregate network equals buildNetwork over the same events', async () => {
      for (const level of ['person', 'country'] as const) {
        for (const [what, f] of FILTERS) {
          const { got } = await sameNetwork(sample, f, level).catch((e) => { throw new Error(`${level}, ${what}: ${e.message}`); });
          if (what === 'everything') assert.ok(got.nodes.length > 5 && got.edges.length > 5, `${level}: the sample has a real network`);
        }
      }
      const { got } = await sameNetwork(bulk, {}, 'country');
      assert.ok(got.edges.some((e) => e.weight > 100), 'the bulk store has heavy edges');
      // Periods read from the per-month summary (whole months) plus the live ends, both levels.
      for (const f of [{ from: '2017-01-01', to: '2017-03-31' }, { from: '2017-01-10', to: '2017-04-20' }, { from: '2016-12', to: '2017-02', type: 'call' }]) {
        assert.ok(summaryPlan(f)?.months, `${JSON.stringify(f)} is read from the summary`);
        for (const level of ['person', 'country'] as const) {
          const { got: net } = await sameNetwork(bulk, f, level);
          // Over three months of calls a country network has fewer pairs than a person one.
          assert.ok(net.edges.length > (level === 'country' ? 5 : 10), `${level} ${JSON.stringify(f)}: a real network`);
        }
      }
    });

    test('summary rows whose ids hold control characters are read as rows, whole', async () => {
      const odd = await openStore(await engine.location('odd'));
      try {
        const month = '2019-05';
        await odd.insertInto('network_nodes').values([
          { level: 'person', month, type: 'call', node: 'a\u0001b', n: 2 },
          { level: 'person', month, type: 'call', node: 'c', n: 2 },
          { level: 'person', month, type: 'meeting', node: 'd\u0002e', n: 1 },
        ]).execute();
        await odd.insertInto('network_edges').values([
          { level: 'person', month, type: 'call', source: 'a\u0001b', target: 'c', n: 2 },
          { level: 'person', month, type: 'meeting', source: 'c', target: 'd\u0002e', n: 1 },
        ]).execute();
        const net = await networkFromStore(odd, { from: month, to: month }, 'person');
        assert.deepEqual(net.edges.map((e) => [e.source, e.target, e.weight, e.types]), [['a\u0001b', 'c', 2, { call: 2 }], ['c', 'd\u0002e', 1, { meeting: 1 }]]);
        assert.deepEqual(net.nodes.map((n) => [n.id, n.contacts]), [['a\u0001b', 2], ['c', 2], ['d\u0002e', 1]]);
      } finally {
        await odd.destroy();
      }
    });

    test('a network over more events than the bound is that of the first ones, and says so', async () => {
      const { truncated } = await sameNetwork(bulk, { from: '2016-01-01', to: '2016-12-31' }, 'country', 40);
      assert.equal(truncated, true);
      assert.equal((await networkFromStore(bulk, { from: '2016-01-01', to: '2016-01-01' }, 'country', countryName, 40)).truncated, false);
    });

    test('the actor filter selects the contacts where a participant of that name or id takes part', async () => {
      for (const actor of ['lavrov', 'Pashinyan', 'vladimir-putin', 'a', '%', 'nobody']) {
        assert.deepEqual((await listEvents(sample, { actor })).map((e) => e.id).sort((a, b) => a - b), await scanActor(sample, actor), actor);
      }
      // One actor, two names: only the contact where the name matches is selected by the name.
      const [first] = await listEvents(sample, { actor: 'sergey-lavrov' });
      const others = (await listEvents(sample, { actor: 'sergey-lavrov' })).length;
      await sample.updateTable('contact_participants').set({ name: 'The Foreign Minister' }).where('contact_id', '=', first.id).where('actor_id', '=', 'sergey-lavrov').execute();
      assert.deepEqual((await listEvents(sample, { actor: 'lavrov' })).map((e) => e.id).sort((a, b) => a - b), await scanActor(sample, 'lavrov'));
      assert.ok(!(await listEvents(sample, { actor: 'lavrov' })).some((e) => e.id === first.id), 'renamed participant no longer matches the name');
      assert.equal((await listEvents(sample, { actor: 'sergey-lavrov' })).length, others, 'the id still finds it');
      assert.ok((await listEvents(sample, { actor: 'foreign minister' })).some((e) => e.id === first.id));
    });
  });
}
