// A batch with every kind of bad input: each file is processed or refused with a one-line reason,
// the batch goes on, the exit code says something failed, and what was stored stays stored once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { attache, tempDir } from './helpers.ts';

const GOOD = 'On 5 May 2021, Russian Foreign Minister Sergey Lavrov met his Armenian counterpart Ara Aivazian in Moscow.\n';

function makeBatch(): string {
  const dir = join(tempDir(), 'batch');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a-good.txt'), GOOD);
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xff]));
  writeFileSync(join(dir, 'd-latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' talk. On 3 June 2021, Vladimir Putin held a telephone conversation with Nikol Pashinyan.\n')]));
  writeFileSync(join(dir, 'e-huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'word '));
  writeFileSync(join(dir, 'f-broken.html'), '<html><body><div><p>On 9 July 2021, Ilham Aliyev received Alexei Overchuk in Baku.<p>Unclosed <b>tags <div></body>');
  writeFileSync(join(dir, 'g-russian.txt'), 'Министр иностранных дел России Сергей Лавров провёл телефонный разговор с министром иностранных дел Армении.\n');
  return dir;
}

test('extract: a batch of bad files reports each, goes on, and exits non-zero', () => {
  const dir = makeBatch();
  const r = attache(['extract', '--format', 'jsonl', dir]);
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split('\n');
  const about = (name: string) => lines.filter((l) => l.includes(name));
  assert.match(about('b-empty')[0], /refused: empty file/);
  assert.match(about('c-binary')[0], /refused: binary/);
  assert.match(about('e-huge')[0], /refused: too large/);
  assert.equal(about('g-russian').length, 0, 'a Russian text is read, not refused');
  assert.match(about('d-latin1')[0], /note: not valid UTF-8/);
  for (const l of lines) assert.ok(!l.includes('\n'), 'one line per reason');
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  const docs = new Set(records.map((x) => x.doc));
  assert.ok(docs.has('a-good.txt'), 'the good file still produced its event');
  assert.ok(docs.has('d-latin1.txt'), 'the non-UTF-8 file was processed');
  assert.ok(docs.has('f-broken.html'), 'the malformed HTML was processed');
  const call = records.find((x) => x.doc === 'g-russian.txt');
  assert.equal(call?.type, 'call', 'the Russian file gave its call');
  assert.deepEqual(call.countries.sort(), ['ARM', 'RUS']);
});

test('ingest: bad files do not stop the batch, and a second run stores nothing twice', () => {
  const dir = makeBatch();
  const db = join(tempDir(), 'a.db');
  const first = attache(['ingest', '--db', db, dir]);
  assert.equal(first.status, 1);
  assert.match(first.stdout, /a-good\.txt: ingested \(1 events\)/);
  assert.match(first.stdout, /b-empty\.txt: failed: empty file/);
  assert.match(first.stdout, /g-russian\.txt: ingested \(1 events\)/);
  const before = JSON.parse(attache(['events', '--db', db, '--format', 'json']).stdout);
  assert.ok(before.length >= 3);

  const second = attache(['ingest', '--db', db, dir]);
  assert.match(second.stdout, /a-good\.txt: unchanged/);
  assert.match(second.stdout, /0 ingested/);
  const after = JSON.parse(attache(['events', '--db', db, '--format', 'json']).stdout);
  assert.deepEqual(after.map((e: { uid: string }) => e.uid).sort(), before.map((e: { uid: string }) => e.uid).sort());
});
