// `attache stats --pair`: contacts of a pair over time, counted as events (not reports), as a table,
// CSV and an SVG chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attache, tempDir, ROOT, SHARED } from './helpers.ts';

const MULTI = join(ROOT, 'test', 'fixtures', 'multi');
const SEEDS = join(SHARED, 'corpus', 'seeds');

function csv(out: string): Array<Record<string, string>> {
  const [head, ...lines] = out.trim().split('\n');
  const cols = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}

test('stats count a contact once however many documents report it', () => {
  const db = join(tempDir(), 'm.db');
  assert.equal(attache(['ingest', '--db', db, '--meta', join(MULTI, 'meta.jsonl'), MULTI]).status, 0);
  const r = attache(['stats', '--db', db, '--pair', 'RUS-AZE', '--format', 'csv']);
  assert.equal(r.status, 0, r.stderr);
  const [feb] = csv(r.stdout).filter((x) => x.period === '2022-02');
  assert.equal(feb.meeting, '1', 'two presidencies, one meeting');
  assert.equal(feb['head-of-state'], feb.contacts, 'every contact of the two presidents is at the level of heads of state');
  assert.ok(Number(feb.reports) > Number(feb.contacts));
  const bad = attache(['stats', '--db', db, '--pair', 'RUSSIA']);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /--pair must be two ISO3 codes/);
});

for (const pair of ['RUS-ARM', 'RUS-AZE']) {
  test(`seeds: stats --pair ${pair} prints a table by quarter and writes an SVG chart`, { skip: !existsSync(SEEDS) && 'no ../shared' }, () => {
    const dir = tempDir();
    const db = join(dir, 's.db');
    assert.equal(attache(['ingest', '--db', db, '--meta', join(SHARED, 'eval', 'meta.jsonl'), SEEDS]).status, 0);
    const svg = join(dir, 'chart.svg');
    const r = attache(['stats', '--db', db, '--pair', pair, '--from', '2022-02-24', '--to', '2022-05-31', '--format', 'csv', '--svg', svg]);
    assert.equal(r.status, 0, r.stderr);
    const rows = csv(r.stdout);
    assert.deepEqual(rows.map((x) => x.period), ['2022-02', '2022-03', '2022-04', '2022-05']);
    const events = JSON.parse(attache(['events', '--db', db, '--country', pair.replace('-', ','), '--from', '2022-02-24', '--to', '2022-05-31', '--format', 'json']).stdout);
    assert.equal(rows.reduce((n, x) => n + Number(x.contacts), 0), events.length);
    assert.ok(rows.some((x) => Number(x.call) > 0) && rows.some((x) => Number(x['head-of-state']) > 0));
    const chart = readFileSync(svg, 'utf8');
    assert.match(chart, /^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(chart, /by level/);
    assert.match(chart, /2022-04/);
    const q = attache(['stats', '--db', db, '--pair', pair, '--from', '2022-01-01', '--to', '2022-06-30', '--by', 'quarter', '--format', 'csv']);
    assert.deepEqual(csv(q.stdout).map((x) => x.period), ['2022-Q1', '2022-Q2']);
  });
}
