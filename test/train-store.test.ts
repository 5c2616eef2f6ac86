// Learning from analysts (issue 16, point 7): the curation in a store becomes training examples
// (src/train/curated.ts) and `attache train --db` refits the scorers with them (src/train/refit.ts).
// A small store of our own invented documents, curated one way each; the annotated sets are left out
// (--shared none), so the refit starts from the shipped weights and the test is deterministic and
// fast whatever is beside the repository.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, ROOT, attache } from './helpers.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { ingestBytes } from '../src/ingest/ingest.ts';
import { listEvents } from '../src/read-model/queries.ts';
import { confirmEvent, rejectEvent, correctEvent, addEvent } from '../src/store/curation.ts';
import { curatedExamples } from '../src/train/curated.ts';
import { warmFit, probability } from '../src/train/refit.ts';
import { LogisticScorer, type Features } from '../src/score/logistic.ts';

// Invented documents, one event each (the last has none: a plan without a day, which the reader drops).
const DOCS: Array<{ name: string; text: string; curation: string; label: number | null }> = [
  { name: 'a.txt', text: 'On 5 May 2021, Russian Foreign Minister Sergey Lavrov met his Armenian counterpart Ara Aivazian in Moscow. The two ministers talked about the border.', curation: 'confirm', label: 1 },
  { name: 'b.txt', text: 'Vladimir Putin held a telephone conversation with Nikol Pashinyan on 12 March 2022. They spoke about transport links.', curation: 'reject', label: 0 },
  { name: 'c.txt', text: 'Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Brussels on 14 May 2023.', curation: 'correct the date', label: 0 },
  { name: 'd.txt', text: 'Sergey Lavrov spoke by phone with Jeyhun Bayramov on 2 June 2022, the ministry said.', curation: 'correct the place only', label: 1 },
  { name: 'e.txt', text: 'Sergey Lavrov and Jeyhun Bayramov are expected to hold talks in the coming weeks, a diplomat said.', curation: 'add the planned talks', label: 1 },
  { name: 'f.txt', text: 'Vladimir Putin met Ilham Aliyev in Sochi on 9 October 2022 for talks on the region.', curation: 'none', label: null },
];

const dir = tempDir();
const file = join(dir, 'curated.db');
let db: Store;

before(async () => {
  db = await openStore(file);
  const ids = new Map<string, number>();
  for (const d of DOCS) ids.set(d.name, (await ingestBytes(db, d.name, Buffer.from(d.text), { published: '2023-06-01', outlet: 'Test Wire' })).documentId!);
  const byDoc = new Map((await listEvents(db)).map((e) => [e.document.name, e]));
  await confirmEvent(db, byDoc.get('a.txt')!.uid, 'ana');
  await rejectEvent(db, byDoc.get('b.txt')!.uid, 'ana');
  await correctEvent(db, byDoc.get('c.txt')!.uid, { date: '2023-05-15' }, 'ana');
  await correctEvent(db, byDoc.get('d.txt')!.uid, { location: 'Moscow' }, 'ana');
  await addEvent(db, { documentId: ids.get('e.txt')!, start: 0, end: 50, type: 'meeting', date: null, participants: [{ actor_id: 'sergey-lavrov', name: 'Sergey Lavrov', country: 'RUS' }, { name: 'Jeyhun Bayramov', country: 'AZE' }] }, 'ana');
});
after(async () => db?.destroy());

test('each curation gives the label it should', async () => {
  const h = await curatedExamples(db);
  assert.deepEqual(h.contacts, { confirmed: 1, rejected: 1, corrected: 2, added: 1 });
  assert.equal(h.unmatched, 0);
  assert.equal(h.addedUsed, 1, "the reader's dropped candidate of the planned talks pairs with the added event");
  for (const d of DOCS) {
    const got = h.examples.filter((e) => e.doc === d.name);
    if (d.label == null) assert.equal(got.length, 0, `${d.name}: not curated, no example`);
    else assert.deepEqual(got.map((e) => [e.lang, e.label]), [['en', d.label]], `${d.name}: ${d.curation}`);
  }
  // The added event's example is the dropped candidate's row (the `cand:` features), the others kept events'.
  assert.ok(Object.keys(h.examples.find((e) => e.doc === 'e.txt')!.features).some((k) => k.startsWith('cand:')));
  assert.ok(Object.keys(h.examples.find((e) => e.doc === 'a.txt')!.features).some((k) => k.startsWith('event:')));
});

test('the refit from a prior moves scores toward the labels, and no example leaves the prior as it is', () => {
  const prior = { columns: ['bias', 'x'], weights: [0, 0] };
  const rows: Features[] = [{ bias: 1, x: 1 }, { bias: 1, x: 1 }, { bias: 1 }, { bias: 1 }, { bias: 1 }];
  const fitted = warmFit(prior, rows, [1, 1, 0, 0, 0]);
  assert.ok(probability(fitted, { bias: 1, x: 1 }) > 0.5);
  assert.ok(probability(fitted, { bias: 1 }) < 0.5);
  assert.deepEqual(warmFit(prior, [], []).weights, [0, 0]);
  // A feature the prior never saw gets a column of its own.
  assert.deepEqual(warmFit(prior, [{ bias: 1, y: 1 }], [1]).columns, ['bias', 'x', 'y']);
});

test('attache train --db refits, reports, writes the models beside the store, and extraction uses them', async () => {
  const r = attache(['train', '--db', file, '--shared', 'none']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /curation in the store: 1 confirmed, 1 rejected, 2 corrected, 1 added by an analyst/);
  assert.match(r.stdout, /training examples: 5 \(3 positive\); added events used: 1 of 1/);
  assert.match(r.stdout, /English: 5 curated examples \(3 positive\) from 5 documents/);
  assert.match(r.stdout, /the model in use +log loss \d\.\d{3}/);
  assert.match(r.stdout, /refitted, 5-fold by document +log loss \d\.\d{3}/);
  assert.match(r.stdout, /Russian: no curated examples; the model in use is written unchanged/);
  const out = join(dir, 'curated-models');
  const en = JSON.parse(readFileSync(join(out, 'en-events.json'), 'utf8'));
  const shipped = JSON.parse(readFileSync(join(ROOT, 'data', 'models', 'en-events.json'), 'utf8'));
  assert.notDeepEqual(en.model.classifiers[0].weights, shipped.model.classifiers[0].weights, 'the refitted model differs');
  assert.equal(en.drop, shipped.drop);
  assert.equal(en.refitted.examples, 5);
  const ru = JSON.parse(readFileSync(join(out, 'ru-events.json'), 'utf8'));
  assert.deepEqual(ru.model, JSON.parse(readFileSync(join(ROOT, 'data', 'models', 'ru-events.json'), 'utf8')).model);

  // Deterministic: the same store gives the same files.
  const again = attache(['train', '--db', file, '--shared', 'none', '--out', join(dir, 'again')]);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(readFileSync(join(dir, 'again', 'en-events.json'), 'utf8'), readFileSync(join(out, 'en-events.json'), 'utf8'));

  // ATTACHE_MODELS: the rejected event's document scores lower, the confirmed one's higher.
  const score = (name: string, env: Record<string, string>) => {
    const path = join(dir, name);
    writeFileSync(path, DOCS.find((d) => d.name === name)!.text);
    const x = attache(['extract', path, '--format', 'jsonl'], env);
    assert.equal(x.status, 0, x.stderr);
    return JSON.parse(x.stdout.trim().split('\n')[0]).confidence as number;
  };
  assert.ok(score('b.txt', { ATTACHE_MODELS: out }) < score('b.txt', {}), 'rejected: lower');
  // Over the curated examples, the refitted model (scored as extraction scores) fits the analyst's labels better than the shipped one.
  const h = await curatedExamples(db);
  const loss = (m: LogisticScorer) => h.examples.reduce((s, e) => s - Math.log(e.label ? m.probability(e.features) : 1 - m.probability(e.features)), 0);
  assert.ok(loss(new LogisticScorer(en)) < loss(new LogisticScorer(shipped)));

  // The shipped folder is never the target.
  const refused = attache(['train', '--db', file, '--shared', 'none', '--out', join(ROOT, 'data', 'models')]);
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /shipped models' folder/);
  assert.ok(existsSync(join(ROOT, 'data', 'models', 'en-events.json')));
});

// An annotated set of our own, laid out as ../shared/eval/real/en is (docs/, gold.jsonl, meta.jsonl):
// the refit then starts from the set's rows, as `npm run train` does, and the set's held-out figures
// are reported without and with the curated examples.
const SET: Array<{ name: string; text: string; gold: Array<{ date: string; type: string; participants: string[]; countries: string[] }> }> = [
  { name: 's-001.txt', text: 'On 3 March 2022, Sergey Lavrov met Ararat Mirzoyan in Moscow to discuss the border commission.', gold: [{ date: '2022-03-03', type: 'meeting', participants: ['Sergey Lavrov', 'Ararat Mirzoyan'], countries: ['RUS', 'ARM'] }] },
  { name: 's-002.txt', text: 'Vladimir Putin spoke by telephone with Ilham Aliyev on 20 April 2022 about grain exports.', gold: [{ date: '2022-04-20', type: 'call', participants: ['Vladimir Putin', 'Ilham Aliyev'], countries: ['RUS', 'AZE'] }] },
  { name: 's-003.txt', text: 'Nikol Pashinyan and Vladimir Putin may hold talks later in the year, an aide suggested.', gold: [] },
  { name: 's-004.txt', text: 'On 8 July 2022, Jeyhun Bayramov received Sergey Lavrov in Baku for consultations.', gold: [{ date: '2022-07-08', type: 'meeting', participants: ['Jeyhun Bayramov', 'Sergey Lavrov'], countries: ['AZE', 'RUS'] }] },
  { name: 's-005.txt', text: 'Ilham Aliyev did not meet Nikol Pashinyan on 2 August 2022, despite earlier plans.', gold: [] },
];

test('with an annotated set, attache train --db refits on it plus the curation and reports its held-out figures', () => {
  const shared = join(dir, 'shared');
  mkdirSync(join(shared, 'real', 'en', 'docs'), { recursive: true });
  for (const d of SET) writeFileSync(join(shared, 'real', 'en', 'docs', d.name), d.text);
  writeFileSync(join(shared, 'real', 'en', 'meta.jsonl'), SET.map((d) => JSON.stringify({ doc: d.name, published: '2022-09-01', lang: 'en' })).join('\n') + '\n');
  writeFileSync(join(shared, 'real', 'en', 'gold.jsonl'), SET.flatMap((d) => d.gold.map((g) => JSON.stringify({ doc: d.name, ...g, initiator: null, location: null, topics: [], evidence: '' }))).join('\n') + '\n');
  const out = join(dir, 'with-set');
  const r = attache(['train', '--db', file, '--shared', shared, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /English: 5 curated examples \(3 positive\) from 5 documents; refitted on the annotated set plus them/);
  assert.match(r.stdout, /annotated set, 5-fold by document \(5 documents, \d+ rows\):\n +without the curated examples +log loss \d\.\d{3}, AUC (\d\.\d{3}|—)\n +with them +log loss \d\.\d{3}/);
  const en = JSON.parse(readFileSync(join(out, 'en-events.json'), 'utf8'));
  assert.equal(en.refitted.mode, 'annotated set');
  assert.equal(en.refitted.heldOut.set.documents, 5);
  // The Russian set is absent from this folder: the Russian model has no examples and is written as it is.
  assert.match(r.stdout, /Russian: no curated examples/);
});
