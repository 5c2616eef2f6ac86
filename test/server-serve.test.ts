// The server on a real socket: the address rules (no non-loopback bind without a token; off
// loopback, reads need it too), `attache serve --demo`, and ingest writing to the same SQLite file
// while the server answers (WAL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startServer, ServeRefused, isLoopback } from '../src/server/start.ts';
import { sampleStore } from './fixtures/web/setup.ts';
import { ROOT } from './helpers.ts';

test('loopback addresses', () => {
  for (const h of ['127.0.0.1', '127.0.0.2', 'localhost', '::1']) assert.ok(isLoopback(h), h);
  for (const h of ['0.0.0.0', '192.168.1.4', '::', 'example.org']) assert.ok(!isLoopback(h), h);
});

test('binding a non-loopback address without a token is refused with a reason', async () => {
  await assert.rejects(startServer({ db: ':memory:', host: '0.0.0.0', port: 0 }), (e: Error) => e instanceof ServeRefused && /ATTACHE_TOKEN/.test(e.message));
});

test('off loopback with a token, reads need the token too', async () => {
  const s = await startServer({ db: await sampleStore(), host: '0.0.0.0', port: 0, token: 'tk', log: () => {} });
  try {
    const base = `http://127.0.0.1:${s.port}`;
    assert.equal((await fetch(`${base}/api/events`)).status, 401);
    assert.equal((await fetch(`${base}/api/events`, { headers: { Authorization: 'Bearer tk' } })).status, 200);
    assert.equal((await fetch(`${base}/chronicle`)).status, 200, 'the UI itself loads; it asks for the token');
  } finally {
    await s.close();
  }
});

test('`attache serve --demo` serves the sample corpus on a fresh database', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'attache.js'), 'serve', '--demo', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = out.match(/at (http:\/\/\S+?)\/?\n/);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)));
    });
    const r = await fetch(`${url}/api/chronicle?country=RUS,ARM`);
    assert.equal(r.status, 200);
    assert.ok((await r.json()).entries.length > 5);
  } finally {
    child.kill('SIGTERM');
  }
});

test('ingest in another process while the server answers: no errors on either side', async () => {
  const db = await sampleStore();
  const s = await startServer({ db, port: 0, log: () => {} });
  try {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'attache.js'), 'ingest', '--db', db, join(ROOT, 'corpus', 'dev')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const done = new Promise<number>((r) => child.once('exit', (code) => r(code ?? -1)));
    let exited = false;
    done.then(() => (exited = true));
    const statuses: number[] = [];
    const counts = new Set<number>();
    while (!exited) {
      const [a, b] = await Promise.all([fetch(`${s.url}/api/chronicle?country=RUS`), fetch(`${s.url}/api/events?limit=500`)]);
      statuses.push(a.status, b.status);
      counts.add((await b.json()).items?.length);
      await a.arrayBuffer();
    }
    await done;
    assert.ok(statuses.length > 4, 'the server was asked while ingest ran');
    assert.deepEqual([...new Set(statuses)], [200], `statuses: ${statuses.join(',')}`);
    assert.doesNotMatch(out, /locked|SQLITE_BUSY/i);
    assert.match(out, /\d+ ingested, .* 0 failed/, out.slice(-500));
    const after = await (await fetch(`${s.url}/api/events?limit=500`)).json();
    assert.ok(after.items.length > Math.min(...counts), 'the server sees what was ingested');
  } finally {
    await s.close();
  }
});
