// The joining measure: duplicates and wrong joins counted against gold records of several documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureJoining, type GoldRecord } from './joining.ts';

const g = (doc: string, date: string, participants: string[], countries: string[]): GoldRecord => ({ doc, date, type: 'meeting', participants, countries });
const a = (doc: string, date: string, participants: string[], countries: string[]) => ({ doc, date, type: 'meeting', participants, countries });

test('a real event told by two documents in two contacts is one duplicate; a contact of two events is a wrong join', () => {
  const gold = [
    g('one', '2023-05-25', ['Vladimir Putin', 'Nikol Pashinyan'], ['RUS', 'ARM']),
    g('two', '2023-05-25', ['Vladimir Putin', 'Nikol Pashinyan'], ['RUS', 'ARM']),
    g('one', '2023-05-25', ['Vladimir Putin', 'Nikol Pashinyan', 'Ilham Aliyev'], ['RUS', 'ARM', 'AZE']),
    g('two', '2023-05-25', ['Vladimir Putin', 'Nikol Pashinyan', 'Ilham Aliyev'], ['RUS', 'ARM', 'AZE']),
  ];
  const joined = measureJoining(gold, [
    { id: 1, accounts: [a('one', '2023-05-25', ['Vladimir Putin', 'Nikol Pashinyan'], ['RUS', 'ARM']), a('two', '2023-05-25', ['Vladimir Putin', 'Nikol Pashinyan'], ['RUS', 'ARM'])] },
    { id: 2, accounts: [a('one', '2023-05-25', ['Vladimir Putin', 'Nikol Pashinyan', 'Ilham Aliyev'], ['RUS', 'ARM', 'AZE']), a('two', '2023-05-25', ['Putin', 'Pashinyan', 'Aliyev'], ['RUS', 'ARM', 'AZE'])] },
  ]);
  assert.deepEqual([joined.multiDocument, joined.joined, joined.duplicates, joined.wrongJoins], [2, 2, 0, 0]);
  const split = measureJoining(gold, [
    { id: 1, accounts: [a('one', '2023-05-25', ['Vladimir Putin', 'Nikol Pashinyan'], ['RUS', 'ARM']), a('two', '2023-05-25', ['Vladimir Putin', 'Nikol Pashinyan', 'Ilham Aliyev'], ['RUS', 'ARM', 'AZE'])] },
    { id: 2, accounts: [a('two', '2023-05-25', ['Vladimir Putin', 'Nikol Pashinyan'], ['RUS', 'ARM'])] },
    { id: 3, accounts: [a('one', '2023-05-25', ['Vladimir Putin', 'Nikol Pashinyan', 'Ilham Aliyev'], ['RUS', 'ARM', 'AZE'])] },
  ]);
  assert.equal(split.wrongJoins, 1);
  assert.equal(split.duplicates, 2);
  assert.equal(split.joined, 0);
});

test('real events follow the annotation: a summit and its sidelines, a visit and its talks are two; a summit is one however many it names', () => {
  const r = (doc: string, type: string, participants: string[], countries: string[], location: string | null = 'Moscow'): GoldRecord => ({ doc, date: '2023-05-25', type, participants, countries, location });
  const gold = [
    r('one', 'summit', ['Vladimir Putin'], ['RUS']),
    r('two', 'summit', ['Vladimir Putin', 'Nikol Pashinyan', 'Ilham Aliyev'], ['RUS', 'ARM', 'AZE', 'KAZ']),
    r('one', 'meeting', ['Vladimir Putin', 'Nikol Pashinyan', 'Ilham Aliyev'], ['RUS', 'ARM', 'AZE']),
    r('three', 'meeting', ['Vladimir Putin', 'Nikol Pashinyan', 'Ilham Aliyev'], ['RUS', 'ARM', 'AZE']),
    r('one', 'visit', ['Nikol Pashinyan'], ['ARM', 'RUS']),
    r('three', 'visit', ['Nikol Pashinyan'], ['ARM', 'RUS']),
  ];
  const acc = (x: GoldRecord) => ({ doc: x.doc, date: x.date, type: x.type, participants: x.participants, countries: x.countries });
  // Each real event in a contact of its own: nothing to count.
  const right = measureJoining(gold, [
    { id: 1, accounts: [acc(gold[0]), acc(gold[1])] },
    { id: 2, accounts: [acc(gold[2]), acc(gold[3])] },
    { id: 3, accounts: [acc(gold[4]), acc(gold[5])] },
  ]);
  assert.deepEqual([right.multiDocument, right.joined, right.duplicates, right.wrongJoins], [3, 3, 0, 0]);
  // The summit joined with the trilateral of the same people, the visit with the talks: wrong joins.
  const wrong = measureJoining(gold, [
    { id: 1, accounts: [acc(gold[0]), acc(gold[3])] },
    { id: 2, accounts: [acc(gold[2]), acc(gold[1])] },
    { id: 3, accounts: [acc(gold[4])] },
    { id: 4, accounts: [acc(gold[5])] },
  ]);
  assert.deepEqual([wrong.duplicates, wrong.wrongJoins], [3, 2]);
});

test('two records of one document are never one real event, even through a third document', () => {
  const r = (doc: string, participants: string[]): GoldRecord => ({ doc, date: '2024-04', type: 'meeting', participants, countries: ['RUS', 'AZE'] });
  // "one" tells two April meetings of the same pair; "two" tells one of them.
  const gold = [r('one', ['Vladimir Putin', 'Ilham Aliyev']), r('one', ['Vladimir Putin', 'Ilham Aliyev', 'Jeyhun Bayramov']), r('two', ['Vladimir Putin', 'Ilham Aliyev'])];
  const m = measureJoining(gold, [
    { id: 1, accounts: [{ ...gold[0] }, { ...gold[2] }] },
    { id: 2, accounts: [{ ...gold[1] }] },
  ]);
  assert.deepEqual([m.multiDocument, m.duplicates, m.wrongJoins], [1, 0, 0]);
});

test('a record naming nobody is the event of the same states that day; of other states, another', () => {
  const r = (doc: string, participants: string[], countries: string[]): GoldRecord => ({ doc, date: '2023-05-19', type: 'meeting', participants, countries });
  const gold = [r('one', ['Sergey Lavrov', 'Jeyhun Bayramov', 'Ararat Mirzoyan'], ['RUS', 'AZE', 'ARM']), r('two', [], ['ARM', 'RUS', 'AZE']), r('three', [], ['ARM', 'AZE'])];
  const m = measureJoining(gold, [{ id: 1, accounts: [{ ...gold[0] }, { ...gold[1] }] }, { id: 2, accounts: [{ ...gold[2] }] }]);
  assert.deepEqual([m.multiDocument, m.joined, m.duplicates, m.wrongJoins], [1, 1, 0, 0]);
  const wrong = measureJoining(gold, [{ id: 1, accounts: [{ ...gold[0] }, { ...gold[2] }] }, { id: 2, accounts: [{ ...gold[1] }] }]);
  assert.deepEqual([wrong.duplicates, wrong.wrongJoins], [1, 1]);
});

test('two summits of one month with one leader in common and no city to compare are two events', () => {
  const s = (doc: string, date: string, participants: string[], location: string | null): GoldRecord => ({ doc, date, type: 'summit', participants, countries: [], location });
  const gold = [
    s('one', '2022-10-28', ['Nikol Pashinyan', 'Vladimir Putin', 'Alexander Lukashenko', 'Kassym-Jomart Tokayev'], null),
    s('two', '2022-10', ['Nikol Pashinyan', 'Ilham Aliyev', 'Emmanuel Macron', 'Charles Michel'], 'Prague'),
  ];
  const m = measureJoining(gold, [{ id: 1, accounts: [{ ...gold[0] }] }, { id: 2, accounts: [{ ...gold[1] }] }]);
  assert.deepEqual([m.multiDocument, m.duplicates, m.wrongJoins], [0, 0, 0]);
});
