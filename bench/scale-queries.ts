// Scale benchmark, part 2 (SYNTHETIC data): bulk-load events (multi-row inserts, not the extractor)
// and time the functions the API and CLI call: the chronicle for a month and a country pair
// (chronicleEvents + buildChronicle, as /api/chronicle), an actor's contacts for a year (listEvents
// with full rows, as /api/events?actor=), the network for a quarter (networkFromStore, as
// /api/network); p50 and p95 over a number of runs each, each run a different month/year/quarter.
import { openStore, type Store } from '../src/store/open.ts';
import { listEvents } from '../src/read-model/queries.ts';
import { buildChronicle } from '../src/chronicle/chronicle.ts';
import { chronicleEvents } from '../src/chronicle/query.ts';
import { networkFromStore } from '../src/network/aggregate.ts';
import { defaultGazetteer } from '../src/gazetteer/index.ts';
import { seeded } from '../src/synth/generate.ts';
import { rebuildNetworkSummary } from '../src/store/network-summary.ts';
import { fillContactCards } from '../src/store/contacts-refresh.ts';
import { sql } from 'kysely';
import { parseArgs } from 'node:util';
import { percentile } from './percentile.ts';

const say = (s: string) => process.stdout.write(`${s}\n`);

const COUNTRIES = ['RUS', 'RUS', 'RUS', 'ARM', 'AZE', 'KAZ', 'BLR', 'KGZ', 'TJK', 'UZB', 'GEO', 'TUR', 'IRN', 'UKR', 'MDA', 'TKM'];
const TYPES = ['call', 'meeting', 'visit', 'summit'];

/** Inserts `total` events (and their documents, accounts and contacts) in chunks, with plain multi-row inserts. */
export async function bulkLoad(db: Store, total: number): Promise<void> {
  const g = defaultGazetteer();
  const people = [...g.people.values()].filter((p) => COUNTRIES.includes(p.country));
  const rnd = seeded(3);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  for (const p of people) await db.insertInto('actors').values({ id: p.id, name: p.name, country: p.country, source: 'gazetteer' }).onConflict((oc) => oc.column('id').doNothing()).execute();
  const PER_DOC = 10;
  const CHUNK = 2000; // events per round: SQLite allows 32766 bound values per statement
  const start = Date.UTC(2015, 0, 1);
  const now = new Date().toISOString();
  let id = 0;
  for (let done = 0; done < total; done += CHUNK) {
    const n = Math.min(CHUNK, total - done);
    const docs = [];
    for (let d = 0; d < n / PER_DOC; d++) {
      const docId = (done / PER_DOC) + d + 1;
      docs.push({ id: docId, name: `synthetic-bulk-${docId}.txt`, hash: `bulk${docId}`, title: 'SYNTHETIC', outlet: 'Synthetic Wire (synthetic)', url: null, published: null, lang: 'en', format: 'text', raw: 'SYNTHETIC', text: 'SYNTHETIC bulk-loaded document', regions: '[]', doc_date: null, status: 'extracted', note: null, extractor_version: 'bulk', ingested_at: now });
    }
    await db.insertInto('documents').values(docs as never).execute();
    const [events, parts, countries, evidence, contacts, accounts, cparts, ccountries]: object[][] = [[], [], [], [], [], [], [], []];
    for (let i = 0; i < n; i++) {
      id++;
      const a = pick(people);
      let b = pick(people);
      while (b.country === a.country) b = pick(people);
      const date = new Date(start + Math.floor(rnd() * 3652) * 86400000).toISOString().slice(0, 10);
      const type = pick(TYPES);
      const docId = Math.floor((id - 1) / PER_DOC) + 1;
      const uid = `bulk${id}`;
      events.push({ id, uid, document_id: docId, type, date, initiator: null, location: null, topics: '[]', rules: '[]', origin: 'machine', status: 'machine', extractor_version: 'bulk', created_at: now });
      contacts.push({ id, uid, type, date, initiator: null, location: null, topics: '[]', origin: 'machine', status: 'machine', corrected: '[]', live: 1, created_at: now, updated_at: now });
      accounts.push({ contact_id: id, event_uid: uid, document_id: docId, reason: '{"kind":"new","text":"bulk"}', pinned: 0, live: 1, side: null, attribution: null, claims: '[]' });
      for (const p of [a, b]) {
        parts.push({ event_id: id, actor_id: p.id, name: p.name, country: p.country, role: null });
        cparts.push({ contact_id: id, actor_id: p.id, name: p.name, country: p.country, role: null, date, live: 1 });
        countries.push({ event_id: id, code: p.country });
        ccountries.push({ contact_id: id, code: p.country, date, live: 1 });
      }
      evidence.push({ event_id: id, document_id: docId, start: 0, end: 9, sentence: 'SYNTHETIC', rule: 'bulk' });
    }
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('events').values(events as never).execute();
      await tx.insertInto('contacts').values(contacts as never).execute();
      for (let i = 0; i < n; i += 1000) {
        await tx.insertInto('participants').values(parts.slice(2 * i, 2 * i + 2000) as never).execute();
        await tx.insertInto('event_countries').values(countries.slice(2 * i, 2 * i + 2000) as never).execute();
        await tx.insertInto('contact_participants').values(cparts.slice(2 * i, 2 * i + 2000) as never).execute();
        await tx.insertInto('contact_countries').values(ccountries.slice(2 * i, 2 * i + 2000) as never).execute();
      }
      await tx.insertInto('evidence').values(evidence as never).execute();
      await tx.insertInto('contact_accounts').values(accounts as never).execute();
    });
    if ((done / CHUNK) % 50 === 0) process.stderr.write(`  ${done + n} events\r`);
  }
  // The rows above bypass refreshContacts, which keeps the network summary: count them as migration 0008 does.
  await rebuildNetworkSummary(db);
  // …and the cards it writes (migration 0009), read from the tables as a refresh would.
  await fillContactCards(db);
  // Fresh statistics for the planner, as autovacuum (PostgreSQL) or `PRAGMA optimize` would leave them.
  await sql`ANALYZE`.execute(db);
}

interface Timing {
  p50: number;
  p95: number;
  max: number;
  /** Rows of the answer, averaged over the runs. */
  rows: number;
}

/** One warm-up call, then `runs` timed calls; each returns the number of rows it answered with. */
async function time(runs: number, fn: (i: number) => Promise<number>): Promise<Timing> {
  const ms: number[] = [];
  let rows = 0;
  await fn(runs);
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    rows += await fn(i);
    ms.push(performance.now() - t);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms), rows: rows / runs };
}

/** Store size as the user would count it: live events (contacts), accounts, documents. */
async function storeSize(db: Store): Promise<string> {
  const count = async (t: 'contacts' | 'contact_accounts' | 'documents') => Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return `${await count('contacts')} events, ${await count('contact_accounts')} accounts, ${await count('documents')} documents`;
}

export async function queryBench(engine: string, location: string, events: number, runs: number, load = true): Promise<void> {
  const db = await openStore(location);
  try {
    if (load) {
      const t = performance.now();
      await bulkLoad(db, events);
      say(`${engine}: bulk-loaded ${events} synthetic events in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    }
    say(`${engine}: store ${await storeSize(db)}; ${runs} timed runs per query (after one warm-up)`);
    const g = defaultGazetteer();
    const month = (i: number) => `20${16 + (i % 8)}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}`;
    const last = (m: string) => `${m}-${new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).getUTCDate()}`;
    const rows: Record<string, Timing> = {
      'chronicle, one month, RUS+ARM': await time(runs, async (i) => {
        const m = month(i);
        const ev = await chronicleEvents(db, { countries: ['RUS', 'ARM'], from: `${m}-01`, to: last(m), limit: 1001 });
        return buildChronicle(g, ev, { from: `${m}-01`, to: last(m) }).entries.length;
      }),
      "an actor's contacts for a year (Lavrov)": await time(runs, async (i) => (await listEvents(db, { actor: 'sergey-lavrov', from: `20${16 + (i % 8)}-01-01`, to: `20${16 + (i % 8)}-12-31` })).length),
      'network for a quarter (countries)': await time(runs, async (i) => {
        const y = 2016 + (i % 8);
        const q = (i % 4) * 3;
        const from = `${y}-${String(q + 1).padStart(2, '0')}-01`;
        const to = last(`${y}-${String(q + 3).padStart(2, '0')}`);
        return (await networkFromStore(db, { from, to }, 'country')).edges.length;
      }),
      'network for a quarter (people)': await time(runs, async (i) => {
        const y = 2016 + (i % 8);
        const q = ((i + 1) % 4) * 3;
        const from = `${y}-${String(q + 1).padStart(2, '0')}-01`;
        const to = last(`${y}-${String(q + 3).padStart(2, '0')}`);
        return (await networkFromStore(db, { from, to }, 'person')).edges.length;
      }),
    };
    say(`${engine}: ${'query'.padEnd(40)} ${'runs'.padStart(5)} ${'rows'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
    for (const [name, r] of Object.entries(rows)) {
      say(`${engine}: ${name.padEnd(40)} ${String(runs).padStart(5)} ${r.rows.toFixed(0).padStart(7)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)}`);
    }
  } finally {
    await db.destroy();
  }
}

// Alone, on a store of your own (loaded once when empty, then reused):
//   node --import tsx bench/scale-queries.ts --db /tmp/scale.db|postgres://… [--events 1000000] [--runs 100]
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: o } = parseArgs({ options: { db: { type: 'string' }, events: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '100' } } });
  if (!o.db) throw new Error('--db is required (a SQLite path or a postgres:// URL)');
  const db = await openStore(o.db);
  const empty = !(await db.selectFrom('contacts').select('id').limit(1).executeTakeFirst());
  await db.destroy();
  await queryBench(o.db.startsWith('postgres') ? 'postgres' : 'sqlite', o.db, Number(o.events), Number(o.runs), empty);
}
