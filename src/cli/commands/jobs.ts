// `attache jobs`: the extraction queue's state and its dead-letter list; and `attache ingest --queue`,
// which enqueues documents for workers instead of extracting them here.
import { Command } from 'commander';
import { dbOption } from '../store.ts';
import { render, type Format } from '../output.ts';

export function jobsCommand(): Command {
  return dbOption(new Command('jobs').description('the extraction queue: jobs by state, and documents that failed every attempt'))
    .option('--queue <url>', 'the queue\'s database (default: the --db database)')
    .option('--format <format>', 'table | json | jsonl | csv', process.stdout.isTTY ? 'table' : 'jsonl')
    .action(async (o: { db?: string; queue?: string; format: Format }) => {
      const [{ openBoss }, { queueStatus }, { dbPath }] = await Promise.all([import('../../queue/boss.ts'), import('../../queue/status.ts'), import('../../store/open.ts')]);
      const boss = await openBoss(o.queue ?? dbPath(o.db), { supervise: false });
      try {
        const s = await queueStatus(boss);
        if (o.format === 'json') return void process.stdout.write(JSON.stringify(s, null, 2) + '\n');
        const summary = Object.entries(s.states).map(([k, v]) => `${v} ${k}`).join(', ');
        if (o.format === 'table') {
          process.stdout.write(`jobs: ${summary}\n`);
          process.stdout.write(s.dead.length ? `dead letters (${s.dead.length}):\n${render(s.dead as unknown as Array<Record<string, unknown>>, 'table', ['document', 'error', 'attempts', 'failedOn'])}` : 'no dead letters\n');
        } else {
          process.stdout.write(render(s.dead as unknown as Array<Record<string, unknown>>, o.format));
        }
      } finally {
        await boss.stop({ graceful: false, close: true, wait: true });
      }
    });
}

export interface QueueIngestOptions {
  db?: string;
  queue?: string | boolean;
  meta?: string;
  published?: string;
  maxMb: string;
  retries?: string;
  retryDelay?: string;
  jobTimeout?: string;
}

/** `attache ingest --queue`: one job per file; a line per file and a summary. */
export async function enqueueInputs(inputs: string[], o: QueueIngestOptions): Promise<void> {
  const [{ openBoss, ensureQueues, DEFAULT_POLICY }, { enqueue }, { expandInputs, readMeta, metaFor }, { dbPath }] = await Promise.all([import('../../queue/boss.ts'), import('../../queue/enqueue.ts'), import('../../ingest/files.ts'), import('../../store/open.ts')]);
  const url = typeof o.queue === 'string' ? o.queue : dbPath(o.db);
  const meta = o.meta ? readMeta(o.meta) : new Map();
  const { files, missing } = expandInputs(inputs);
  const boss = await openBoss(url, { supervise: false });
  let results;
  try {
    await ensureQueues(boss, {
      retryLimit: o.retries ? Number(o.retries) : DEFAULT_POLICY.retryLimit,
      retryDelay: o.retryDelay ? Number(o.retryDelay) : DEFAULT_POLICY.retryDelay,
      jobTimeout: o.jobTimeout ? Number(o.jobTimeout) : DEFAULT_POLICY.jobTimeout,
    });
    results = await enqueue(boss, files.map((f) => ({ file: f, meta: metaFor(f, meta, o.published) })), Number(o.maxMb) * 1024 * 1024);
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true });
  }
  results.push(...missing.map((f) => ({ file: f, status: 'failed' as const, reason: 'no such file or folder', jobId: null })));
  for (const r of results) process.stdout.write(`${r.file}: ${r.status}${r.reason ? `: ${r.reason}` : ''}\n`);
  const count = (s: string) => results.filter((r) => r.status === s).length;
  process.stdout.write(`${count('queued')} queued, ${count('already queued')} already queued, ${count('failed')} failed\n`);
  process.exitCode = count('failed') > 0 ? 1 : 0;
}
