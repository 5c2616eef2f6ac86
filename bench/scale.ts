// Scale benchmark (SYNTHETIC data), on a throwaway PostgreSQL cluster (test/pg.ts) and a SQLite file:
//  1. ingest --docs generated articles through the real queue, with 1 and with 2 `attache worker`
//     processes: throughput, speed-up, peak memory of a worker (bench/scale-ingest.ts);
//  2. bulk-load --events events into both engines and time the real query functions: the chronicle
//     for a month and a country pair, an actor's contacts for a year, the network for a quarter
//     (p50, p95 over --runs runs each) (bench/scale-queries.ts).
// Usage: node --import tsx bench/scale.ts [--docs 100000] [--events 1000000] [--runs 100] [--skip-ingest] [--skip-queries]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startCluster, createDatabase } from '../test/pg.ts';
import { ingestBench } from './scale-ingest.ts';
import { queryBench } from './scale-queries.ts';

const { values: o } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    events: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '100' },
    'skip-ingest': { type: 'boolean' },
    'skip-queries': { type: 'boolean' },
  },
});
const say = (s: string) => process.stdout.write(`${s}\n`);

const cluster = await startCluster({ settings: { shared_buffers: '512MB', synchronous_commit: 'off', max_wal_size: '4GB' } });
try {
  say(`PostgreSQL on port ${cluster.port}; all data below is SYNTHETIC`);
  if (!o['skip-ingest']) await ingestBench(cluster.url, Number(o.docs));
  if (!o['skip-queries']) {
    const events = Number(o.events);
    await queryBench('postgres', await createDatabase(cluster.url, 'scale_queries'), events, Number(o.runs));
    const dir = mkdtempSync(join(tmpdir(), 'attache-scale-'));
    await queryBench('sqlite', join(dir, 'scale.db'), events, Number(o.runs));
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  cluster.stop();
}
