// Findings computed from the record: level pairs per side, firsts and lapses over the whole store,
// contacts only one side's readout reports. Synthetic contacts, people from the gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultGazetteer } from '../gazetteer/index.ts';
import { pairLevel } from '../stats/levels.ts';
import { findings } from './findings.ts';
import { buildReview } from './build.ts';
import type { EventRow } from '../read-model/types.ts';

const g = defaultGazetteer();
const person = (actor_id: string, country: string) => ({ actor_id, name: g.people.get(actor_id)?.name ?? actor_id, country, role: null });
let next = 1;
function contact(date: string, type: string, people: Array<[string, string]>, published = '2022-03-01'): EventRow {
  const participants = people.map(([id, c]) => person(id, c));
  const id = next++;
  const evidence = [{ start: 0, end: 10, sentence: 'They met.', rule: 'test' }];
  return {
    id, uid: `c${id}`, type, date, initiator: null, location: null, topics: [], participants, countries: [...new Set(people.map(([, c]) => c))],
    document: { id, name: `d${id}`, outlet: null, url: null, published }, evidence, status: 'machine', origin: 'machine', corrected: [],
    accounts: [{ uid: `a${id}`, document: { id, name: `d${id}`, outlet: null, url: null, published }, type, date, location: null, initiator: null, topics: [], participants, side: null, attribution: null, claims: [], reason: { kind: 'first', text: '' }, pinned: false, origin: 'machine', evidence }],
  };
}

test('level pair: each side on its own, not the highest participant', () => {
  assert.equal(pairLevel(g, contact('2022-04-19', 'meeting', [['vladimir-putin', 'RUS'], ['nikol-pashinyan', 'ARM']]), 'RUS', 'ARM'), 'head-head');
  assert.equal(pairLevel(g, contact('2022-04-20', 'meeting', [['mikhail-mishustin', 'RUS'], ['nikol-pashinyan', 'ARM']]), 'RUS', 'ARM'), 'pm-pm');
  assert.equal(pairLevel(g, contact('2022-04-08', 'meeting', [['sergey-lavrov', 'RUS'], ['ararat-mirzoyan', 'ARM']]), 'RUS', 'ARM'), 'fm-fm');
  // A sports minister received by the prime minister is neither a leaders' nor a ministers' contact.
  assert.equal(pairLevel(g, contact('2022-05-13', 'meeting', [['oleg-matytsin', 'RUS'], ['nikol-pashinyan', 'ARM']]), 'RUS', 'ARM'), 'other');
});

test('firsts and lapses are computed from the whole store', () => {
  const old = contact('2021-06-01', 'meeting', [['vladimir-putin', 'RUS'], ['ilham-aliyev', 'AZE']]);
  const now = contact('2022-04-22', 'meeting', [['vladimir-putin', 'RUS'], ['ilham-aliyev', 'AZE']]);
  const ctx = (list: EventRow[], history: EventRow[]) => ({
    period: { from: '2022-03-01', to: '2022-05-31' }, now: list, history, cite: (e: EventRow) => [e.id],
    compare: () => ({ cmp: { readouts: [] } as never, voice: new Map<string, number[]>(), mention: () => [] }),
  });
  const first = findings(g, 'AZE', ctx([now], [old, now])).find((f) => f.kind === 'first')!;
  assert.match(first.text, /first in-person Putin–Aliyev meeting since 1 June 2021/);
  assert.deepEqual(first.citations, [now.id, old.id]);
  const firstEver = findings(g, 'AZE', ctx([now], [now])).find((f) => f.kind === 'first')!;
  assert.match(firstEver.text, /first in-person Putin–Aliyev meeting in the record/);
  // No meeting in the period: the last one is a lapse, cited.
  const call = contact('2022-04-01', 'call', [['vladimir-putin', 'RUS'], ['ilham-aliyev', 'AZE']]);
  const lapse = findings(g, 'AZE', ctx([call], [old, call])).find((f) => f.kind === 'lapse')!;
  assert.match(lapse.text, /No in-person Putin–Aliyev meeting in the period; the last in the record: 1 June 2021/);
  assert.deepEqual(lapse.citations, [old.id]);
});

test('key figures: a plain warning instead of a previous period the store does not cover; the chart draws the figures’ numbers', () => {
  const events = [
    contact('2022-03-05', 'call', [['vladimir-putin', 'RUS'], ['nikol-pashinyan', 'ARM']]),
    contact('2022-04-19', 'meeting', [['vladimir-putin', 'RUS'], ['nikol-pashinyan', 'ARM']]),
    contact('2022-05-13', 'meeting', [['oleg-matytsin', 'RUS'], ['nikol-pashinyan', 'ARM']]),
  ];
  // A contact of the previous period told by a document of the current one: not coverage.
  const earlier = contact('2022-01-10', 'call', [['vladimir-putin', 'RUS'], ['nikol-pashinyan', 'ARM']], '2022-05-01');
  const r = buildReview(g, [...events, earlier], { from: '2022-03-01', to: '2022-05-31', focus: ['ARM'] });
  assert.equal(r.warnings.length, 1);
  assert.ok(r.figures.every((f) => f.previous === null));
  const all = r.figures.find((f) => f.label.startsWith('Contacts between Russia and Armenia'))!;
  const sum = (k: 'total') => r.series.ARM.reduce((n, row) => n + row[k], 0);
  assert.equal(sum('total'), all.current);
  const leaders = r.figures.find((f) => f.label.includes('head–head'))!;
  assert.equal(r.series.ARM.reduce((n, row) => n + row.byLevel['head-head'], 0), leaders.current);
  assert.equal(leaders.current, 2);
  assert.equal(r.figures.find((f) => f.label.includes('other levels'))!.current, 1);
  // A document published in the previous period: the store covers it, and the figures compare.
  const covered = buildReview(g, [...events, contact('2022-01-10', 'call', [['vladimir-putin', 'RUS'], ['nikol-pashinyan', 'ARM']], '2022-01-11')], { from: '2022-03-01', to: '2022-05-31', focus: ['ARM'] });
  assert.equal(covered.warnings.length, 0);
  assert.equal(covered.figures[0].previous, 1);
});
