// `attache explain` on an English document lists every trigger the reader found, the dropped ones
// too, in the columns of the Russian reader's list: what became of each (kept, joined to a
// candidate, dropped), by which rule and why, with its type, date, people, countries and sentence.
// Text written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attache, tempDir } from './helpers.ts';
import { DATA_DIR } from '../src/paths.ts';

const TEXT = [
  'On 11 April, Sergey Lavrov held talks with Jeyhun Bayramov in Baku. The talks lasted three hours.',
  'Lavrov did not meet Ilham Aliyev.',
].join('\n\n');

test('explain lists an English document’s kept, joined and dropped candidates with their rules', () => {
  const file = join(tempDir(), 'talks.txt');
  writeFileSync(file, TEXT + '\n');
  const r = attache(['explain', file, '--published', '2024-04-12', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const rows: Array<Record<string, string | number>> = JSON.parse(r.stdout);
  for (const column of ['candidate', 'decision', 'rule', 'reason', 'type', 'date', 'participants', 'countries', 'sentence']) {
    assert.ok(rows.every((x) => column in x), `no column ${column}`);
  }
  assert.deepEqual(rows.map((x) => [x.candidate, x.decision, x.rule, x.event]), [
    [1, 'kept', 'keep.contact', 1],
    [2, 'joined to 1', 'join.definite', 1],
    [3, 'dropped', 'drop.negated', ''],
  ]);
  assert.equal(rows[0].date, '2024-04-11');
  assert.equal(rows[0].participants, 'Sergey Lavrov; Jeyhun Bayramov');
  assert.equal(rows[2].participants, 'Sergey Lavrov; Ilham Aliyev');
  assert.equal(rows[2].sentence, 'Lavrov did not meet Ilham Aliyev.');
  assert.match(String(rows[2].reason), /negation/);
});

test('explain gives the trained scorer’s score beside each English candidate, kept or dropped', { skip: existsSync(join(DATA_DIR, 'models', 'en-events.json')) ? false : 'no English model trained' }, () => {
  const file = join(tempDir(), 'talks.txt');
  writeFileSync(file, TEXT + '\n');
  const r = attache(['explain', file, '--published', '2024-04-12', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const rows: Array<Record<string, string | number>> = JSON.parse(r.stdout);
  for (const x of rows) assert.match(String(x.score), /^0\.\d\d$/, `candidate ${x.candidate}: score ${x.score}`);
});

test('explain --gold lists each gold event the output misses, with the candidate that came closest and why it lost', () => {
  const dir = tempDir();
  const file = join(dir, 'talks.txt');
  writeFileSync(file, TEXT + '\n');
  const gold = join(dir, 'gold.jsonl');
  const record = (date: string, participants: string[], evidence: string) => JSON.stringify({ doc: 'talks.txt', date, type: 'meeting', participants, countries: [], initiator: null, location: null, topics: [], evidence });
  // The first is found; the second is the negated meeting, as if an annotator had recorded it.
  writeFileSync(gold, [record('2024-04-11', ['Sergey Lavrov', 'Jeyhun Bayramov'], TEXT.split('.')[0]), record('2024-04-11', ['Sergey Lavrov', 'Ilham Aliyev'], 'Lavrov did not meet Ilham Aliyev.')].join('\n') + '\n');
  const r = attache(['explain', file, '--published', '2024-04-12', '--format', 'json', '--gold', gold]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { candidates: unknown[]; gold: number; missed: Array<Record<string, unknown>> };
  assert.equal(out.candidates.length, 3);
  assert.equal(out.gold, 2);
  assert.deepEqual(out.missed.map((m) => [m.candidate, m.decision, m.rule, m.differs]), [[3, 'dropped', 'drop.negated', 'dropped']]);
  // On a terminal-style table, the same after the candidates.
  const t = attache(['explain', file, '--published', '2024-04-12', '--format', 'table', '--gold', gold]);
  assert.match(t.stdout, /1 of 2 gold events missed/);
});
