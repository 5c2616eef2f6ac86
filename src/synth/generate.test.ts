// The synthetic corpus: reproducible from its seed, labelled synthetic everywhere, and its expected
// events are what the extractor finds in it (so a scale test can also check what it stored).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Generator } from './generate.ts';
import { loadTemplates } from './templates.ts';
import { writeCorpus } from './main.ts';
import { defaultGazetteer } from '../gazetteer/index.ts';
import { readDocument } from '../ingest/read.ts';
import { extract } from '../extract/pipeline.ts';

const g = defaultGazetteer();
const t = loadTemplates();

test('the same seed gives the same corpus; another seed another', () => {
  const a = new Generator(g, t, 42);
  const b = new Generator(g, t, 42);
  const c = new Generator(g, t, 43);
  const docs = [1, 2, 3].map((i) => [a.doc(i), b.doc(i), c.doc(i)]);
  for (const [x, y] of docs) assert.deepEqual(x, y);
  assert.notDeepEqual(docs.map((d) => d[0].text), docs.map((d) => d[2].text));
});

test('every document and file says it is synthetic', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-synth-'));
  const r = await writeCorpus(dir, 20, 5);
  assert.equal(r.docs, 20);
  for (const f of readdirSync(dir)) {
    assert.match(f, /^synthetic-/);
    if (f.endsWith('.txt')) assert.match(readFileSync(join(dir, f), 'utf8').split('\n')[0], /^SYNTHETIC/);
  }
  const gold = readFileSync(join(dir, 'synthetic-gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(gold.length, r.events);
  for (const e of gold) {
    assert.match(e.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(['call', 'meeting', 'visit'].includes(e.type));
    assert.equal(e.countries.length, 2);
    assert.notEqual(e.countries[0], e.countries[1]);
  }
});

test('the extractor finds exactly the expected events of generated articles', () => {
  const gen = new Generator(g, t, 9);
  for (let i = 1; i <= 40; i++) {
    const d = gen.doc(i);
    const r = readDocument(d.name, Buffer.from(d.text), d.meta);
    assert.ok(r.ok);
    const got = extract(r.doc).events.map((e) => `${e.type} ${e.date} ${e.participants.map((p) => p.name).sort().join(', ')} ${[...e.countries].sort().join()}`).sort();
    const want = d.expected.map((e) => `${e.type} ${e.date} ${[...e.participants].sort().join(', ')} ${[...e.countries].sort().join()}`).sort();
    assert.deepEqual(got, want, d.text);
  }
});
