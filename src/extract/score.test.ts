// The English reader's trained scorer (score.ts): the features it reads off the decision trace, a
// deterministic fit, and what it may do to the outcome — every event's confidence, a dropped candidate
// revived (`keep.scorer`) or a kept event dropped (`drop.scorer`), each with its score in the trace.
// Texts written for these tests.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extract, type Extraction } from './pipeline.ts';
import { readDocument } from '../ingest/read.ts';
import { EnScorer, defaultEnScorer, featuresOf, scoringRows, type EnModelFile } from './score.ts';
import { fit, LogisticScorer, matrixOf } from '../score/logistic.ts';
import type { Doc } from '../types.ts';

function doc(text: string): Doc {
  const r = readDocument('story.txt', Buffer.from(text), { published: '2024-04-10' });
  if (!r.ok) assert.fail(`refused: ${r.reason}`);
  return r.doc;
}

const rulesAlone = (text: string): Extraction => extract(doc(text), { scorer: null });

/** A model file with hand-set weights: `cand` for every dropped candidate, `event` for every kept event. */
function handModel(weights: { cand: number; event: number }, t: { drop: number | null; revive: number | null }): EnScorer {
  const file: EnModelFile = {
    name: 'en-events',
    columns: ['bias', 'cand:bias', 'event:bias'],
    drop: t.drop,
    revive: t.revive,
    model: { classifiers: [{ weights: [[0, weights.cand, weights.event]] }] },
    trained: { documents: 0, events: 0, steps: 0, learningRate: 0 },
  };
  return new EnScorer(file);
}

describe('features of a candidate, from the trace', () => {
  // [text, which row, features it must have]
  const cases: Array<[string, 'event' | 'dropped', string[]]> = [
    ['On 12 March Sergey Lavrov met Ararat Mirzoyan in Moscow.', 'event', ['event:type=meeting', 'event:trigger=meeting.met', 'event:decision=keep.contact', 'event:date=day', 'event:people=2', 'event:states=2', 'event:place=first', 'event:mentions=1', 'event:location']],
    ['Sergey Lavrov held talks in Geneva on Tuesday.', 'dropped', ['cand:type=meeting', 'cand:trigger=meeting.talks', 'cand:decision=drop.no-counterpart', 'cand:dateRule=date.weekday', 'cand:people=1']],
    ['Sergey Lavrov did not meet Ararat Mirzoyan on Tuesday.', 'dropped', ['cand:decision=drop.negated', 'cand:people=2', 'cand:strength=none']],
    ['Ministers may one day meet in Baku.', 'dropped', ['cand:decision=drop.hypothetical', 'cand:people=0', 'cand:date=none']],
  ];
  for (const [text, kind, want] of cases) {
    test(text, () => {
      const x = rulesAlone(text);
      const rows = scoringRows(x.events, x.candidates!, x.decisions!);
      const list = kind === 'event' ? rows.events : rows.dropped;
      assert.equal(list.length, 1, `one ${kind} row`);
      assert.equal((kind === 'event' ? rows.dropped : rows.events).length, 0, 'no row of the other kind');
      const features = featuresOf(list[0]);
      for (const f of want) assert.equal(features[f], 1, f);
      // The two kinds never share a feature but the bias: in effect one model for each question.
      const other = kind === 'event' ? 'cand:' : 'event:';
      assert.ok(!Object.keys(features).some((k) => k.startsWith(other)), Object.keys(features).join(' '));
    });
  }
});

test('fitting the same rows twice gives the same weights, and the model file scores as the library does', () => {
  const texts = ['On 12 March Sergey Lavrov met Ararat Mirzoyan in Moscow.', 'Sergey Lavrov held talks in Geneva on Tuesday.', 'Sergey Lavrov did not meet Ararat Mirzoyan on Tuesday.', 'Ministers may one day meet in Baku.'];
  const written = texts.flatMap((t) => {
    const x = rulesAlone(t);
    const r = scoringRows(x.events, x.candidates!, x.decisions!);
    return [...r.events, ...r.dropped];
  });
  const rows = written.map(featuresOf);
  const labels = [1, 1, 0, 0];
  const one = fit(rows, labels, { steps: 300, learningRate: 0.05 });
  const two = fit(rows, labels, { steps: 300, learningRate: 0.05 });
  assert.deepEqual(JSON.parse(JSON.stringify(one.model.toJSON())), JSON.parse(JSON.stringify(two.model.toJSON())));
  const lib = one.model.classifiers[0].testScores(matrixOf(rows, one.columns));
  const stored = new LogisticScorer({ name: 't', columns: one.columns, model: JSON.parse(JSON.stringify(one.model.toJSON())), trained: { documents: 0, events: 0, steps: 0, learningRate: 0 } });
  assert.deepEqual(rows.map((r) => stored.probability(r)), lib);
  // Scoring a row as the reader tells it, with no names built, gives the same (up to the order of the sum).
  written.forEach((w, i) => assert.ok(Math.abs(stored.probabilityOf((add) => w.write(add)) - lib[i]) < 1e-12));
  // A feature seen in fewer rows than asked gets no column.
  assert.ok(!fit(rows, labels, { steps: 10, minRows: 2 }).columns.includes('event:location'));
});

describe('what the scorer may change', () => {
  const dropped = 'Sergey Lavrov held talks in Geneva on 9 April.';
  const kept = 'On 12 March Sergey Lavrov met Ararat Mirzoyan in Moscow.';

  test('a dropped candidate at or above the revive threshold becomes an event, its rule and score in the trace', () => {
    const x = extract(doc(dropped), { scorer: handModel({ cand: 3, event: 0 }, { drop: null, revive: 0.9 }) });
    assert.equal(x.events.length, 1);
    const e = x.events[0];
    assert.equal(e.type, 'meeting');
    assert.equal(e.date, '2024-04-09');
    assert.deepEqual(e.participants.map((p) => p.name), ['Sergey Lavrov']);
    assert.ok(e.rules.includes('keep.scorer'));
    assert.ok(Math.abs(e.confidence! - 1 / (1 + Math.exp(-3))) < 1e-9);
    const d = x.decisions!.find((k) => k.kept)!;
    assert.equal(d.rule, 'keep.scorer');
    assert.equal(d.event, 1);
    assert.equal(d.score, e.confidence);
    assert.match(d.reason, /0\.95.*drop\.no-counterpart/);
  });

  test('below the threshold, or with no revive threshold, it stays dropped, with its score', () => {
    for (const scorer of [handModel({ cand: 1, event: 0 }, { drop: null, revive: 0.9 }), handModel({ cand: 3, event: 0 }, { drop: null, revive: null })]) {
      const x = extract(doc(dropped), { scorer });
      assert.equal(x.events.length, 0);
      assert.equal(x.decisions![0].rule, 'drop.no-counterpart');
      assert.ok(x.decisions![0].score! > 0 && x.decisions![0].score! < 1);
    }
  });

  test('a kept event below the drop threshold is dropped, the rule that had kept it in the reason', () => {
    const x = extract(doc(`${kept}\n\n${dropped}`), { scorer: handModel({ cand: -3, event: -2 }, { drop: 0.5, revive: 0.9 }) });
    assert.equal(x.events.length, 0);
    const d = x.decisions!.find((k) => k.rule === 'drop.scorer')!;
    assert.equal(d.kept, false);
    assert.match(d.reason, /0\.12, below 0\.5 \(was keep\.contact/);
  });

  test('a revived candidate that repeats a kept event is not made twice', () => {
    // The second sentence's candidate has the first event's type, day and people.
    const text = `${kept}\n\nSergey Lavrov did not meet Ararat Mirzoyan on 12 March.`;
    const rules = extract(doc(text), { scorer: null });
    assert.equal(rules.events.length, 1);
    assert.deepEqual(rules.decisions!.map((d) => d.rule), ['keep.contact', 'drop.negated']);
    const x = extract(doc(text), { scorer: handModel({ cand: 5, event: 5 }, { drop: null, revive: 0.5 }) });
    assert.equal(x.events.length, 1);
    assert.deepEqual(x.decisions!.map((d) => d.rule), ['keep.contact', 'drop.negated']);
  });
});

test('the shipped model gives every English event a confidence, with or without the trace', { skip: defaultEnScorer() ? false : 'no model trained' }, () => {
  const text = 'On 12 March Sergey Lavrov met Ararat Mirzoyan in Moscow.\n\nOn 14 March Vladimir Putin spoke by phone with Ilham Aliyev.';
  const withTrace = extract(doc(text));
  const without = extract(doc(text), { trace: false });
  assert.ok(withTrace.events.length >= 2);
  for (const e of withTrace.events) assert.ok(e.confidence != null && e.confidence > 0 && e.confidence < 1, String(e.confidence));
  assert.deepEqual(without.events, withTrace.events);
  assert.equal(without.decisions, undefined);
});
