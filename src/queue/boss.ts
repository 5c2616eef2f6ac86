// The job queue: pg-boss in the same PostgreSQL database as the store (its own `pgboss` schema), so
// workers on any machine need only the database URL. One queue of extraction jobs, retried with
// exponential backoff; a job that fails every time moves to a dead-letter queue with its error.
import PgBoss from 'pg-boss';
import { isPostgresUrl, redact } from '../store/open.ts';
import type { DocMeta } from '../ingest/read.ts';

export const QUEUE = 'attache-extract';
export const DEAD_LETTER = 'attache-extract-dead';

/** One document to read, extract and store. The bytes travel with the job: workers need no shared disk. */
export interface ExtractJob {
  /** The path the document was enqueued from (its extension tells the format). */
  file: string;
  meta: DocMeta;
  /** The file's bytes, base64. */
  bytes: string;
  maxBytes?: number;
}

export interface QueuePolicy {
  /** Attempts after the first one. */
  retryLimit: number;
  /** Seconds before the first retry; doubled at each further one. */
  retryDelay: number;
  /** Seconds a worker may hold a job before it is given to another worker (a dead worker's job comes back). */
  jobTimeout: number;
}

export const DEFAULT_POLICY: QueuePolicy = { retryLimit: 3, retryDelay: 5, jobTimeout: 900 };

export interface BossOptions {
  /** How often this process looks for jobs held too long (pg-boss maintenance), in seconds. */
  superviseSeconds?: number;
  /** Run pg-boss's maintenance at all (enqueueing and listing need not). */
  supervise?: boolean;
}

export function queueUrl(location: string): string {
  if (!isPostgresUrl(location)) throw new Error(`the job queue needs a PostgreSQL database (postgres://…), not '${redact(location)}'`);
  return location;
}

/** A started pg-boss on the database at `url`, with the two queues created. */
export async function openBoss(url: string, o: BossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: queueUrl(url),
    max: 3,
    application_name: 'attache-queue',
    supervise: o.supervise ?? true,
    maintenanceIntervalSeconds: o.superviseSeconds ?? 60,
    schedule: false,
  });
  boss.on('error', (e) => process.stderr.write(`queue: ${e.message}\n`));
  await boss.start();
  return boss;
}

/** Creates the queues, or updates their policy when they exist. */
export async function ensureQueues(boss: PgBoss, p: QueuePolicy = DEFAULT_POLICY): Promise<void> {
  const dead = { name: DEAD_LETTER, retentionMinutes: 365 * 24 * 60 };
  const main = {
    name: QUEUE,
    retryLimit: p.retryLimit,
    retryDelay: p.retryDelay,
    retryBackoff: true,
    expireInSeconds: p.jobTimeout,
    deadLetter: DEAD_LETTER,
  };
  if (await boss.getQueue(DEAD_LETTER)) await boss.updateQueue(DEAD_LETTER, dead);
  else await boss.createQueue(DEAD_LETTER, dead);
  if (await boss.getQueue(QUEUE)) await boss.updateQueue(QUEUE, main);
  else await boss.createQueue(QUEUE, main);
}
