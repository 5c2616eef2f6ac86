// A worker: takes extraction jobs one at a time, reads, extracts and stores each document, and marks
// the job done or failed. Any number of workers, on any number of machines, can share a queue: a job
// is held by one worker at a time (pg-boss locks it), a failed one is retried later with backoff, and
// one held by a worker that died comes back when its time runs out. Storing is idempotent (documents
// are known by content hash; event ids are stable), so a job done twice stores nothing twice.
import { setTimeout as sleep } from 'node:timers/promises';
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import { openStore, type Store } from '../store/open.ts';
import { ingestBytes, type IngestResult } from '../ingest/ingest.ts';
import { openBoss, QUEUE, type ExtractJob } from './boss.ts';

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

// Write conflicts between workers storing the same new actor at once: the loser's transaction is
// rolled back whole, and trying again finds the winner's row.
const TRANSIENT = new Set(['23505', '40001', '40P01']);

async function ingestWithConflicts(db: Store, job: ExtractJob): Promise<IngestResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ingestBytes(db, job.file, Buffer.from(job.bytes, 'base64'), job.meta, { maxBytes: job.maxBytes });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (!code || !TRANSIENT.has(code) || attempt >= 8) throw e;
      await sleep(5 + Math.random() * 20 * (attempt + 1));
    }
  }
}

/** Works one job; the returned output is stored on the job. A document that cannot be read fails the job. */
async function work(db: Store, job: PgBoss.Job<ExtractJob>, workerId: string): Promise<{ ok: boolean; output: Record<string, unknown> }> {
  try {
    const r = await ingestWithConflicts(db, job.data);
    if (r.status === 'failed') return { ok: false, output: { worker: workerId, message: r.reason ?? 'failed' } };
    return { ok: true, output: { worker: workerId, status: r.status, events: r.events, documentId: r.documentId } };
  } catch (e) {
    return { ok: false, output: { worker: workerId, message: (e as Error).message.split('\n')[0] } };
  }
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
      const [job] = await boss.fetch<ExtractJob>(QUEUE, { batchSize: 1 });
      if (!job) {
        if (o.untilEmpty && (await pending(boss)) === 0) break;
        await sleep((o.pollSeconds ?? 1) * 1000, undefined, { signal: o.signal }).catch(() => {});
        continue;
      }
      log(`took ${job.id} ${job.data.meta.doc ?? job.data.file}`);
      if (o.holdMs) await sleep(o.holdMs);
      const { ok, output } = await work(db, job, id);
      if (ok) {
        await boss.complete(QUEUE, job.id, output);
        stats.done++;
        stats.events += Number(output.events ?? 0);
        log(`done ${job.id} ${output.status} ${output.events} events`);
      } else {
        await boss.fail(QUEUE, job.id, output);
        stats.failed++;
        log(`failed ${job.id}: ${output.message}`);
      }
    }
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true }).catch(() => {});
    await db.destroy();
  }
  stats.seconds = (Date.now() - started) / 1000;
  stats.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return stats;
}
