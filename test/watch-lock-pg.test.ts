// One watcher per PostgreSQL store, as per SQLite store: the watcher's session advisory lock
// (src/watch/lock.ts) refuses a second watcher and names the first; it goes with the connection, so a
// watcher killed with SIGKILL leaves nothing behind; another database on the same server is another
// store. Runs on the throwaway cluster the other PostgreSQL tests use (test/pg.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testServer, createDatabase, type TestServer } from './pg.ts';
import { lockWatcherPostgres, WatchLockError } from '../src/watch/lock.ts';
import { attacheAsync } from './watch-helpers.ts';
import { ROOT, tempDir } from './helpers.ts';

let server: TestServer;
before(async () => {
  server = await testServer();
});
after(() => {
  if (server && 'stop' in server) server.stop();
});
const skip = () => ('skip' in server ? server.skip : false);

test('a second watcher on a PostgreSQL store is refused, told who holds it, and starts once the first ends', async (t) => {
  if (skip()) return t.skip(String(skip()));
  const url = await createDatabase((server as { url: string }).url, 'watch_lock_a');
  const first = await lockWatcherPostgres(url, () => {}, 4242);
  await assert.rejects(lockWatcherPostgres(url), (e: Error) => e instanceof WatchLockError && /another watcher/.test(e.message) && /attache watch, process 4242 on /.test(e.message));
  // Another database on the same server is another store.
  const other = await createDatabase((server as { url: string }).url, 'watch_lock_b');
  const elsewhere = await lockWatcherPostgres(other);
  await elsewhere.release();
  await first.release();
  const second = await lockWatcherPostgres(url);
  await second.release();
});

test('`attache watch` on a PostgreSQL store refuses to start while another watcher holds it', async (t) => {
  if (skip()) return t.skip(String(skip()));
  const url = await createDatabase((server as { url: string }).url, 'watch_lock_cli');
  const sources = join(tempDir(), 'sources.yaml');
  // Never fetched: the lock is taken before anything else happens.
  writeFileSync(sources, 'settings:\n  interval: 1h\nsources:\n  - id: nowhere\n    kind: rss\n    url: http://127.0.0.1:9/rss.xml\n');
  const held = await lockWatcherPostgres(url, () => {}, 777);
  try {
    const r = await attacheAsync(['watch', '--once', '--quiet', '--sources', sources, '--db', url]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /another watcher is using this store: attache watch, process 777 on /);
    assert.doesNotMatch(r.stdout, /nowhere/, 'no round was run');
  } finally {
    await held.release();
  }
  // Once it is free, the watcher takes it, runs its round (the source fails: nothing listens there)
  // and exits, letting it go without a word about a lost lock.
  const r = await attacheAsync(['watch', '--once', '--json', '--sources', sources, '--db', url]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /nowhere/);
  assert.doesNotMatch(r.stderr, /another watcher|watch lock/);
  const after = await lockWatcherPostgres(url);
  await after.release();
});

test('a watcher killed with SIGKILL leaves no lock behind', async (t) => {
  if (skip()) return t.skip(String(skip()));
  const url = await createDatabase((server as { url: string }).url, 'watch_lock_kill');
  const script = `import { lockWatcherPostgres } from ${JSON.stringify(join(ROOT, 'src', 'watch', 'lock.ts'))};\nawait lockWatcherPostgres(process.env.URL);\nprocess.stdout.write('held\\n');\nsetInterval(() => {}, 1000);\n`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, URL: url }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('held') && resolve());
    child.on('exit', (code) => reject(new Error(`the holder exited early (${code})`)));
  });
  await assert.rejects(lockWatcherPostgres(url), WatchLockError);
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  // The server sees the connection close; allow it a moment.
  let taken = null;
  for (let i = 0; i < 50 && !taken; i++) {
    taken = await lockWatcherPostgres(url).catch((e) => {
      if (!(e instanceof WatchLockError)) throw e;
      return null;
    });
    if (!taken) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(taken, 'the lock was free after the holder died');
  await taken.release();
});
