// Distributed extraction on pg-boss, end to end with the real CLI and a real PostgreSQL server:
// enqueue, several workers, retries into the dead-letter list, and a worker killed while it holds a
// job (the job comes back and another worker finishes it; nothing is stored twice).
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { attache, tempDir, ROOT } from './helpers.ts';
import { testServer, createDatabase } from './pg.ts';
import { openStore } from '../src/store/open.ts';
import { listEvents } from '../src/read-model/queries.ts';

const SAMPLE = join(ROOT, 'corpus', 'sample');
const META = join(SAMPLE, 'meta.jsonl');
const server = await testServer();
after(() => ('stop' in server ? server.stop() : undefined));
const skip = 'skip' in server ? server.skip : undefined;
let n = 0;
const newDb = () => createDatabase((server as { url: string }).url, `queue_${process.pid}_${n++}`);

/** A worker in the background, its stdout lines collected as they come. */
function startWorker(db: string, args: string[]): { child: ChildProcess; lines: string[]; line(re: RegExp): Promise<string>; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'attache.js'), 'worker', '--db', db, '--poll', '0.5', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: Array<{ re: RegExp; resolve: (l: string) => void }> = [];
  createInterface({ input: child.stdout! }).on('line', (l) => {
    lines.push(l);
    for (const w of waiters.filter((w) => w.re.test(l))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(l);
    }
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exit = once(child, 'exit').then(([code]) => {
    if (code) process.stderr.write(`worker exited ${code}: ${stderr}\n`);
    return code as number | null;
  });
  return {
    child,
    lines,
    exit,
    line: (re) => {
      const seen = lines.find((l) => re.test(l));
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ re, resolve }));
    },
  };
}

interface Stored {
  /** Each document's accounts of events, by stable uid. */
  accounts: string[];
  /** Contacts (events merged across documents) and their uids. */
  contacts: string[];
  /** Document names in the order they were stored. */
  order: string[];
}

async function stored(db: string): Promise<Stored> {
  const s = await openStore(db);
  try {
    const accounts = (await s.selectFrom('events').select('uid').execute()).map((e) => e.uid).sort();
    // Workers write documents concurrently and link them to contacts one batch at a time: ingested_at is
    // the time a document was linked, so it gives the order in which one process would have stored them.
    const order = (await s.selectFrom('documents').select('name').orderBy('ingested_at').orderBy('id').execute()).map((d) => d.name);
    return { accounts, contacts: (await listEvents(s)).map((e) => e.uid).sort(), order };
  } finally {
    await s.destroy();
  }
}

/**
 * What one process ingesting the same files in the same order stores (in a SQLite file). Workers
 * finish documents in any order, and merging reports into contacts depends on what is already
 * stored, so the reference ingests them in the order the workers stored them.
 */
async function sequential(got: Stored): Promise<Stored> {
  const db = join(tempDir(), 'direct.db');
  assert.equal(attache(['ingest', '--db', db, '--meta', META, ...got.order.map((f) => join(SAMPLE, f))]).status, 0);
  return stored(db);
}

async function jobRow(db: string, id: string): Promise<{ state: string; output: { worker?: string } | null; retry_count: number }> {
  const c = new pg.Client({ connectionString: db });
  await c.connect();
  try {
    const r = await c.query('SELECT state::text, output, retry_count FROM pgboss.job WHERE id = $1 UNION ALL SELECT state::text, output, retry_count FROM pgboss.archive WHERE id = $1', [id]);
    return r.rows[0];
  } finally {
    await c.end();
  }
}

describe('queue', { skip }, () => {
  test('enqueue is idempotent; two workers store what one process would, once', async () => {
    const db = await newDb();
    const first = attache(['ingest', '--queue', '--db', db, '--meta', META, SAMPLE]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /14 queued, 0 already queued, 0 failed/);
    const again = attache(['ingest', '--queue', '--db', db, '--meta', META, SAMPLE]);
    assert.match(again.stdout, /0 queued, 14 already queued/);
    // Small batches, so that both workers take jobs and write at the same time.
    const [a, b] = [startWorker(db, ['--until-empty', '--id', 'A', '--batch', '3']), startWorker(db, ['--until-empty', '--id', 'B', '--batch', '3'])];
    assert.deepEqual(await Promise.all([a.exit, b.exit]), [0, 0]);
    const done = [...a.lines, ...b.lines].filter((l) => l.startsWith('done '));
    assert.equal(done.length, 14, 'each job done once');
    const got = await stored(db);
    assert.equal(got.order.length, readdirSync(SAMPLE).filter((f) => /^\d{3}-/.test(f)).length);
    assert.deepEqual(got, await sequential(got));
    const listed = attache(['jobs', '--db', db, '--format', 'json']);
    assert.equal(listed.status, 0, listed.stderr);
    const jobs = JSON.parse(listed.stdout);
    assert.equal(jobs.states.completed, 14);
    assert.deepEqual(jobs.dead, []);
  });

  test('a document that fails every attempt lands in the dead-letter list with its error; the rest are stored', async () => {
    const db = await newDb();
    const dir = join(tempDir(), 'batch');
    mkdirSync(dir);
    copyFileSync(join(SAMPLE, '005-moscow-foreign-ministers.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xff]));
    const q = attache(['ingest', '--queue', '--db', db, '--retries', '2', '--retry-delay', '1', '--published', '2023-01-01', dir]);
    assert.match(q.stdout, /2 queued/);
    const w = startWorker(db, ['--until-empty']);
    assert.equal(await w.exit, 0);
    assert.equal(w.lines.filter((l) => /^failed .*binary content/.test(l)).length, 3, 'first attempt and two retries');
    assert.equal(w.lines.filter((l) => l.startsWith('done ')).length, 1);
    const jobs = JSON.parse(attache(['jobs', '--db', db, '--format', 'json']).stdout);
    assert.equal(jobs.dead.length, 1);
    assert.equal(jobs.dead[0].document, 'broken.txt');
    assert.match(jobs.dead[0].error, /binary content/);
    assert.equal(jobs.dead[0].attempts, 3);
    const table = attache(['jobs', '--db', db, '--format', 'table']);
    assert.match(table.stdout, /1 completed, 1 failed/);
    assert.match(table.stdout, /broken\.txt/);
    assert.ok((await stored(db)).accounts.length > 0);
  });

  test('a worker killed while it holds a job loses nothing: another worker finishes it, with no duplicate events', async () => {
    const db = await newDb();
    const files = ['001-kremlin-call-pashinyan.txt', '003-sochi-trilateral-2021.txt', '009-aliyev-moscow-working-visit.md'].map((f) => join(SAMPLE, f));
    const q = attache(['ingest', '--queue', '--db', db, '--meta', META, '--job-timeout', '3', '--retry-delay', '1', ...files]);
    assert.match(q.stdout, /3 queued/);
    const doomed = startWorker(db, ['--id', 'doomed', '--hold-ms', '600000']);
    const took = await doomed.line(/^took /);
    const jobId = took.split(' ')[1];
    assert.equal((await jobRow(db, jobId)).state, 'active', 'the worker holds the job');
    doomed.child.kill('SIGKILL');
    assert.equal(await doomed.exit, null);
    const rescuer = startWorker(db, ['--id', 'rescuer', '--until-empty', '--supervise', '1']);
    assert.equal(await rescuer.exit, 0);
    assert.ok(rescuer.lines.some((l) => l.startsWith(`done ${jobId}`)), rescuer.lines.join('\n'));
    const job = await jobRow(db, jobId);
    assert.equal(job.state, 'completed');
    assert.equal(job.output?.worker, 'rescuer');
    assert.ok(job.retry_count >= 1, 'the job was given out again');
    const got = await stored(db);
    assert.equal(got.order.length, files.length);
    assert.equal(got.accounts.length, new Set(got.accounts).size);
    assert.deepEqual(got, await sequential(got));
  });
});
