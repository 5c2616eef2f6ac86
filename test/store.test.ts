// The store and the commands that read it, on the project's own sample corpus.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { attache, tempDir, ROOT } from './helpers.ts';
import { openStore } from '../src/store/open.ts';
import { ingestBytes, reextractAll } from '../src/ingest/ingest.ts';
import { listEvents, getEvent, listActors } from '../src/read-model/queries.ts';

const SAMPLE = join(ROOT, 'corpus', 'sample');
let db: string;

before(() => {
  db = join(tempDir(), 'sample.db');
  const r = attache(['ingest', '--db', db, '--meta', join(SAMPLE, 'meta.jsonl'), SAMPLE]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('events filters by country pair, type and period', () => {
  const all = JSON.parse(attache(['events', '--db', db, '--format', 'json']).stdout);
  const calls = JSON.parse(attache(['events', '--db', db, '--format', 'json', '--type', 'call', '--country', 'RUS,ARM']).stdout);
  assert.ok(all.length > calls.length && calls.length > 0);
  for (const e of calls) {
    assert.equal(e.type, 'call');
    assert.ok(e.countries.includes('RUS') && e.countries.includes('ARM'));
  }
  const y2023 = JSON.parse(attache(['events', '--db', db, '--format', 'json', '--from', '2023-01-01', '--to', '2023-12-31']).stdout);
  assert.ok(y2023.length > 0);
  for (const e of y2023) assert.ok(e.date >= '2023-01' && e.date <= '2023-12-31~', e.date);
});

test('filters are data, never SQL', () => {
  const r = attache(['events', '--db', db, '--format', 'json', '--actor', "x' OR '1'='1"]);
  assert.equal(r.status, 0);
  assert.deepEqual(JSON.parse(r.stdout), []);
  const bad = attache(['events', '--db', db, '--from', '2023-13-45; DROP TABLE events']);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /--from must be/);
});

test('show gives every evidence span with offsets into the stored text and the rules', async () => {
  const store = await openStore(db);
  try {
    const [first] = await listEvents(store, { type: 'call' });
    const e = await getEvent(store, first.id);
    assert.ok(e && e.rules.length > 0);
    const { text } = await store.selectFrom('documents').select('text').where('id', '=', e!.document.id).executeTakeFirstOrThrow();
    for (const ev of e!.evidence) assert.equal(text.slice(ev.start, ev.end), ev.sentence);
  } finally {
    await store.destroy();
  }
  const out = attache(['show', '--db', db, '1']);
  assert.equal(out.status, 0);
  assert.match(out.stdout, /evidence\n\s+\[\d+–\d+\]/);
});

test('chronicle: dated entries in order, each citing a source sentence', () => {
  const md = attache(['chronicle', '--db', db, '--country', 'RUS,AZE']).stdout;
  const entries = md.split('\n').filter((l) => l.startsWith('- **'));
  assert.ok(entries.length > 0);
  for (const l of entries) assert.match(l, /\[\d+\]/);
  const sources = md.split('## Sources')[1];
  const cited = [...md.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  for (const n of cited) assert.match(sources, new RegExp(`^${n}\\. .+“.+”`, 'm'));
  const html = attache(['chronicle', '--db', db, '--format', 'html']).stdout;
  assert.match(html, /<ol>[\s\S]*<li id="cite-1">/);
});

test('actors lists people with roles and contact counts', async () => {
  const store = await openStore(db);
  try {
    const actors = await listActors(store, ['RUS']);
    const putin = actors.find((a) => a.name === 'Vladimir Putin');
    assert.ok(putin && putin.contacts > 0 && putin.roles.some((r) => r.role === 'president'));
  } finally {
    await store.destroy();
  }
});

test('re-extraction replaces machine events, keeps documents and corrections', async () => {
  const store = await openStore(join(tempDir(), 'r.db'));
  try {
    const text = 'On 5 May 2021, Russian Foreign Minister Sergey Lavrov met his Armenian counterpart Ara Aivazian in Moscow.';
    const r = await ingestBytes(store, 'x.txt', Buffer.from(text), { published: '2021-05-06' });
    assert.equal(r.status, 'ingested');
    const [e] = await listEvents(store);
    await store.insertInto('corrections').values({ event_uid: e.uid, action: 'confirm', field: null, value: null, author: 'analyst', created_at: '2026-01-01' }).execute();
    await store.updateTable('documents').set({ extractor_version: 'old' }).execute();
    const done = await reextractAll(store);
    assert.equal(done.length, 1);
    const docs = await store.selectFrom('documents').selectAll().execute();
    assert.equal(docs.length, 1);
    const again = await listEvents(store);
    assert.equal(again.length, 1);
    assert.equal(again[0].uid, e.uid, 'the same report keeps its stable id');
    const corr = await store.selectFrom('corrections').selectAll().execute();
    assert.equal(corr.length, 1);
  } finally {
    await store.destroy();
  }
});

test('a period keeps day dates inside it and month-only dates that overlap it', async () => {
  const store = await openStore(db);
  try {
    const rows = await listEvents(store, { from: '2023-05-20', to: '2023-06-30' });
    assert.ok(rows.length > 0);
    for (const e of rows) {
      assert.ok(e.date, 'undated events are not in a period');
      if (e.date!.length === 10) assert.ok(e.date! >= '2023-05-20' && e.date! <= '2023-06-30', e.date!);
      else assert.ok(e.date! >= '2023-05' && e.date! <= '2023-06', e.date!);
    }
  } finally {
    await store.destroy();
  }
});

test('full-text search finds documents by their words, and search syntax is only text', async () => {
  const { matchingDocumentIds } = await import('../src/store/search.ts');
  const store = await openStore(db);
  try {
    const hits = await matchingDocumentIds(store, 'Pashinyan');
    assert.ok(hits.length > 0);
    const both = await matchingDocumentIds(store, 'Pashinyan Sochi');
    assert.ok(both.length > 0 && both.length <= hits.length);
    assert.deepEqual(await matchingDocumentIds(store, 'zzzqqq'), []);
    assert.deepEqual(await matchingDocumentIds(store, '" OR NEAR( * -'), []);
    assert.deepEqual(await matchingDocumentIds(store, "'; DROP TABLE documents; --"), []);
  } finally {
    await store.destroy();
  }
});
