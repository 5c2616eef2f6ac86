// A worker: takes extraction jobs in batches (--batch, default 100), reads and extracts each document
// outside any transaction, stores the batch's new documents in one transaction (store/documents.ts:
// multi-row writes; the write lock only while accounts are linked to contacts), and marks the jobs
// done in one call and each failed one with its own error. Any number of workers, on any number of machines, can share a queue: a job
// is held by one worker at a time (pg-boss locks it), a failed one is retried later with backoff, and
// one held by a worker that died comes back when its time runs out. Storing is idempotent (documents
// are known by content hash; event ids are stable), so a job done twice stores nothing twice.
import { setTimeout as sleep } from 'node:timers/promises';
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import { openStore, isWriteConflict, type Store } from '../store/open.ts';
import { ingestBatch, type IngestResult } from '../ingest/ingest.ts';
import { openBoss, QUEUE, type ExtractJob } from './boss.ts';
import { DEFAULT_BATCH } from './batch.ts';

export interface WorkerOptions {
  /** The store (a postgres:// URL). */
  store: string;
  /** The queue's database (usually the same URL). */
  queue: string;
  id?: string;
  /** Seconds between looks at an empty queue. */
  pollSeconds?: number;
  /** Seconds between looks for jobs held too long by dead workers. */
  superviseSeconds?: number;
  /** Jobs taken and stored together (default 100). */
  batchSize?: number;
  /** Stop once no job is waiting, retrying or held anywhere. */
  untilEmpty?: boolean;
  /** Hold each job this long before working on it (to test what happens when a worker dies). */
  holdMs?: number;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface WorkerStats {
  id: string;
  done: number;
  failed: number;
  events: number;
  seconds: number;
  /** Peak resident memory of this process, MB. */
  peakRssMb: number;
}

export { DEFAULT_BATCH };

/** Stores a batch; a conflict with another writer (rolled back whole) is tried again, and then finds the winner's rows. */
async function ingestWithConflicts(db: Store, jobs: Array<PgBoss.Job<ExtractJob>>): Promise<IngestResult[]> {
  const items = jobs.map((j) => ({ file: j.data.file, bytes: Buffer.from(j.data.bytes, 'base64'), meta: j.data.meta, opts: { maxBytes: j.data.maxBytes } }));
  for (let attempt = 0; ; attempt++) {
    try {
      return await ingestBatch(db, items);
    } catch (e) {
      if (!isWriteConflict(e) || attempt >= 8) throw e;
      await sleep(5 + Math.random() * 20 * (attempt + 1));
    }
  }
}

/** Completes the batch's jobs: the done ones in a few calls (one per outcome), each failed one with its error. */
async function settle(boss: PgBoss, jobs: Array<PgBoss.Job<ExtractJob>>, results: IngestResult[] | Error, workerId: string, stats: WorkerStats, log: (l: string) => void): Promise<void> {
  const done = new Map<string, { output: Record<string, unknown>; ids: string[] }>();
  for (const [i, job] of jobs.entries()) {
    const r = results instanceof Error ? null : results[i];
    if (!r || r.status === 'failed') {
      const message = r ? (r.reason ?? 'failed') : (results as Error).message.split('\n')[0];
      await boss.fail(QUEUE, job.id, { worker: workerId, message });
      stats.failed++;
      log(`failed ${job.id}: ${message}`);
      continue;
    }
    const output = { worker: workerId, status: r.status, events: r.events };
    const key = JSON.stringify(output);
    if (!done.has(key)) done.set(key, { output, ids: [] });
    done.get(key)!.ids.push(job.id);
    stats.done++;
    stats.events += r.events;
    log(`done ${job.id} ${r.status} ${r.events} events`);
  }
  for (const { output, ids } of done.values()) await boss.complete(QUEUE, ids, output);
}

async function pending(boss: PgBoss): Promise<number> {
  return (await boss.getQueueSize(QUEUE, { before: 'completed' })) ?? 0;
}

export async function runWorker(o: WorkerOptions): Promise<WorkerStats> {
  const id = o.id ?? `${hostname()}:${process.pid}`;
  const log = o.log ?? (() => {});
  const started = Date.now();
  const db = await openStore(o.store, { poolSize: 2 });
  const boss = await openBoss(o.queue, { superviseSeconds: o.superviseSeconds });
  const stats: WorkerStats = { id, done: 0, failed: 0, events: 0, seconds: 0, peakRssMb: 0 };
  try {
    if (!(await boss.getQueue(QUEUE))) throw new Error('no extraction queue in this database yet: enqueue with `attache ingest --queue` first');
    while (!o.signal?.aborted) {
      const jobs = await boss.fetch<ExtractJob>(QUEUE, { batchSize: o.batchSize ?? DEFAULT_BATCH });
      if (!jobs?.length) {
        if (o.untilEmpty && (await pending(boss)) === 0) break;
        await sleep((o.pollSeconds ?? 1) * 1000, undefined, { signal: o.signal }).catch(() => {});
        continue;
      }
      for (const job of jobs) log(`took ${job.id} ${job.data.meta.doc ?? job.data.file}`);
      if (o.holdMs) await sleep(o.holdMs);
      const results = await ingestWithConflicts(db, jobs).catch((e: Error) => e);
      await settle(boss, jobs, results, id, stats, log);
    }
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true }).catch(() => {});
    await db.destroy();
  }
  stats.seconds = (Date.now() - started) / 1000;
  stats.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return stats;
}
