// The trained scorer: fitting is deterministic, the features say what the rules did, and the
// shipped model file loads and scores every event between 0 and 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featuresOf, fit, matrixOf, defaultScorer } from './score.ts';
import { readCandidates } from './read.ts';
import { defaultGazetteer } from '../../gazetteer/index.ts';
import type { Doc } from '../../types.ts';

const doc = (text: string): Doc => ({ id: 't.txt', text, regions: [{ start: 0, end: text.length }], published: '2024-03-15', lang: 'ru', outlet: null, url: null, title: null });

test('fitting the same rows twice gives the same weights (no random start)', () => {
  const rows: Array<Record<string, number>> = [{ bias: 1, a: 1 }, { bias: 1, b: 1 }, { bias: 1, a: 1, b: 1 }, { bias: 1 }];
  const labels = [1, 0, 1, 0];
  const one = fit(rows, labels, { steps: 200 });
  const two = fit(rows, labels, { steps: 200 });
  assert.deepEqual(one.columns, ['a', 'b', 'bias']);
  const x = matrixOf(rows, one.columns);
  assert.deepEqual(one.model.classifiers[0].testScores(x), two.model.classifiers[0].testScores(x));
  // It learns the one feature that separates the labels.
  const [pa, pb] = one.model.classifiers[0].testScores(matrixOf([{ bias: 1, a: 1 }, { bias: 1, b: 1 }], one.columns));
  assert.ok(pa > 0.5 && pb < 0.5, `a: ${pa}, b: ${pb}`);
});

test('an event\'s features name its contact word, its date\'s source and its parties', () => {
  const r = readCandidates(doc('13 марта Сергей Лавров провёл телефонный разговор с Араратом Мирзояном.'), defaultGazetteer());
  assert.equal(r.joined.length, 1);
  const f = featuresOf(r.joined[0]);
  assert.equal(f['type=call'], 1);
  assert.equal(f['word=ru.call.phone'], 1);
  assert.equal(f['date=day'], 1);
  assert.equal(f['people=2'], 1);
  assert.equal(f.subject, 1);
});

test('the shipped model scores events between 0 and 1', { skip: defaultScorer() ? false : 'no model trained' }, () => {
  const r = readCandidates(doc('13 марта Сергей Лавров провёл телефонный разговор с Араратом Мирзояном.'), defaultGazetteer());
  const p = defaultScorer()!.score(r.joined[0]);
  assert.ok(p > 0 && p < 1, String(p));
});
