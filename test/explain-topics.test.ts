// `attache explain` on a Russian document shows each event's topics with the vocabulary pattern and
// the words that gave them; a subject the text says was not raised is not among them. Text written
// for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attache, tempDir } from './helpers.ts';

const TEXT = [
  '12 марта министр иностранных дел России Сергей Лавров провёл телефонный разговор с министром иностранных дел Армении Араратом Мирзояном.',
  'Стороны обсудили ситуацию на границе и вопросы разблокирования коммуникаций. Украинская тема не затрагивалась.',
].join('\n\n');

test('explain lists a Russian event’s topics with the pattern and the words behind each', () => {
  const file = join(tempDir(), 'call.txt');
  writeFileSync(file, TEXT + '\n');
  const r = attache(['explain', file, '--published', '2024-03-15', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const rows: Array<{ decision: string; topics: string }> = JSON.parse(r.stdout);
  const kept = rows.filter((x) => x.decision === 'kept');
  assert.equal(kept.length, 1, r.stdout);
  const topics = kept[0].topics.split('; ');
  assert.equal(topics.length, 2, kept[0].topics);
  assert.match(topics[0], /^border delimitation and demarcation ← .*границ~.* «на границе»$/);
  assert.match(topics[1], /^transport corridors and unblocking of communications ← разблокир~ «разблокирования»$/);
  assert.doesNotMatch(kept[0].topics, /Ukraine/);
});
