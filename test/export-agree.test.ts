// Exports that fail say so, and exports that agree (issue 19): a store that cannot be read gives the
// API an error status with a message (not 200 and a CSV header only) and the CLI a non-zero exit
// with no output file; the CLI and the API leave rejected events out by default, include them with
// the same switch, and find only them with status=rejected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../src/store/open.ts';
import { createApp } from '../src/server/app.ts';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { serve } from '@hono/node-server';
import { streamedExport } from '../src/server/routes/read.ts';
import { attache, tempDir } from './helpers.ts';
import { sampleStore } from './fixtures/web/setup.ts';

const TOKEN = 'export-test-token';
let path: string;
let broken: string;
let db: Store;
let app: ReturnType<typeof createApp>;
const logged: string[] = [];
let rejected: string;

before(async () => {
  path = await sampleStore();
  // A copy whose contacts table is gone: every read of events fails, as a damaged store would.
  broken = join(tempDir(), 'broken.db');
  copyFileSync(path, broken);
  const raw = new Database(broken);
  raw.exec('PRAGMA foreign_keys = OFF; DROP TABLE contacts;');
  raw.close();
  db = await openStore(path);
  app = createApp({ db, token: TOKEN, log: (l) => logged.push(l) });
  const [e] = (await (await app.request('/api/events?country=RUS,ARM&limit=1')).json()).items;
  const r = await app.request(`/api/events/${e.uid}/reject`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } });
  assert.equal(r.status, 200);
  rejected = e.uid;
});
after(() => db.destroy());

test('API: an export from a store that cannot be read is an error status with a message, not a header only', async () => {
  const bdb = await openStore(broken);
  try {
    const bapp = createApp({ db: bdb, log: (l) => logged.push(l) });
    for (const format of ['csv', 'jsonl']) {
      const r = await bapp.request(`/api/export/events?format=${format}`);
      assert.equal(r.status, 500, format);
      assert.match(r.headers.get('content-type') ?? '', /json/);
      const body = await r.json();
      assert.match(body.error, /export failed/);
      assert.match(body.error, /contacts/, 'the message names what went wrong');
    }
    assert.ok(logged.some((l) => /export\/events/.test(l)), 'the failure is logged');
  } finally {
    await bdb.destroy();
  }
});

test('CLI: a failing export exits non-zero with a message and leaves no output file', () => {
  const r = attache(['export', '--db', broken, '--format', 'csv']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /export failed: .*contacts/);
  assert.equal(r.stdout, '', 'no CSV header is printed as if the export were whole');
  const dir = tempDir();
  const out = join(dir, 'events.csv');
  const f = attache(['export', '--db', broken, '--format', 'csv', '-o', out]);
  assert.notEqual(f.status, 0);
  assert.ok(!existsSync(out), 'no file that looks complete');
  assert.deepEqual(readdirSync(dir), [], 'no partial file left behind');
});

test('an export that works still gives every row, through the API and the CLI', async () => {
  const api = await (await app.request('/api/export/events?format=csv&country=RUS,ARM')).text();
  const cli = attache(['export', '--db', path, '--format', 'csv', '--country', 'RUS,ARM']);
  assert.equal(cli.status, 0, cli.stderr);
  assert.equal(api, cli.stdout);
  assert.ok(api.trimEnd().split('\n').length > 5);
  const none = await app.request('/api/export/events?format=csv&from=1900-01-01&to=1900-12-31');
  assert.equal(none.status, 200);
  assert.equal((await none.text()).trimEnd().split('\n').length, 1, 'an empty selection is a header alone, with 200');
});

const uids = (jsonl: string) => jsonl.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l).uid as string);

test('CLI and API exports agree on rejected events: left out by default, in with the same switch', async () => {
  const apiDefault = uids(await (await app.request('/api/export/events?format=jsonl&country=RUS,ARM')).text());
  const cliDefault = uids(attache(['export', '--db', path, '--format', 'jsonl', '--country', 'RUS,ARM']).stdout);
  assert.deepEqual(cliDefault, apiDefault);
  assert.ok(!apiDefault.includes(rejected), 'rejected events are left out by default');

  const apiAll = uids(await (await app.request('/api/export/events?format=jsonl&country=RUS,ARM&includeRejected=true')).text());
  const cliAll = uids(attache(['export', '--db', path, '--format', 'jsonl', '--country', 'RUS,ARM', '--include-rejected']).stdout);
  assert.deepEqual(cliAll, apiAll);
  assert.ok(apiAll.includes(rejected));
  assert.equal(apiAll.length, apiDefault.length + 1);
});

test('status=rejected finds the rejected events again (API lists, chronicle, CLI)', async () => {
  const list = (await (await app.request('/api/events?status=rejected')).json()).items.map((e: { uid: string }) => e.uid);
  assert.deepEqual(list, [rejected]);
  const chronicle = (await (await app.request('/api/chronicle?status=rejected')).json()).entries.map((e: { uid: string }) => e.uid);
  assert.deepEqual(chronicle, [rejected]);
  const cli = uids(attache(['export', '--db', path, '--format', 'jsonl', '--status', 'rejected']).stdout);
  assert.deepEqual(cli, [rejected]);
  const confirmedOnly = (await (await app.request('/api/events?status=confirmed,corrected')).json()).items;
  assert.ok(confirmedOnly.every((e: { status: string }) => e.status === 'confirmed' || e.status === 'corrected'));
  const bad = await app.request('/api/events?status=gone');
  assert.equal(bad.status, 400);
  assert.match((await bad.json()).error, /status/);
  const badCli = attache(['export', '--db', path, '--status', 'gone']);
  assert.notEqual(badCli.status, 0);
  assert.match(badCli.stderr, /--status/);
});

test('an export that fails after its download has started is cut, never ended as if whole', async () => {
  async function* failing() {
    yield { text: 'id,uid\n1,a\n' };
    throw new Error('the store went away');
  }
  const errors: string[] = [];
  const app = new Hono();
  app.get('/x', () => streamedExport(failing(), { 'Content-Type': 'text/csv' }, (e) => errors.push(e.message)));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    const r = await fetch(`http://127.0.0.1:${port}/x`);
    assert.equal(r.status, 200, 'the status was sent with the first rows');
    await assert.rejects(r.text(), 'reading the body fails: the client knows the download is incomplete');
    assert.deepEqual(errors, ['the store went away'], 'the server logs why');
  } finally {
    server.close();
  }
  // Failing before the first rows: an error status with the message.
  async function* failsAtOnce(): AsyncGenerator<{ text: string }> {
    throw new Error('no such table: contacts');
  }
  const refused = await streamedExport(failsAtOnce(), {}, () => {}).then(
    () => null,
    (e: unknown) => e,
  );
  assert.ok(refused instanceof HTTPException && refused.status === 500);
  assert.match((await refused.getResponse().json()).error, /the export failed: no such table/);
});
