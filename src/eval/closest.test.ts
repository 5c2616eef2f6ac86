// The closest candidate of a missed gold event, and what kept it from pairing. Records written for
// this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../types.ts';
import { missedWithClosest, type CandidateView } from './closest.ts';

const gold = (date: string | null, type: string, participants: string[], evidence: string, countries: string[] = []): EventRecord =>
  ({ doc: 'd.txt', date, type, participants, countries, initiator: null, location: null, topics: [], evidence }) as EventRecord;
const cand = (id: number, decision: string, date: string | null, type: string, participants: string[], sentence: string, countries: string[] = []): CandidateView =>
  ({ id, decision, rule: decision === 'dropped' ? 'drop.no-counterpart' : 'keep.contact', reason: '', type, date, participants, countries, sentence });

const TALKS = 'On 3 May Sergey Lavrov held talks with Ararat Mirzoyan in Moscow.';
const CALL = 'Later that week Lavrov also spoke by phone with Jeyhun Bayramov.';

test('each missed gold event gets the candidate closest to it, and what differs', () => {
  const cases: Array<[string, EventRecord, EventRecord[], CandidateView[], number | null, string[]]> = [
    ['dropped in its own sentence', gold('2024-05-03', 'meeting', ['Sergey Lavrov', 'Ararat Mirzoyan'], TALKS), [], [cand(1, 'dropped', '2024-05-03', 'meeting', ['Sergey Lavrov'], TALKS), cand(2, 'kept', '2024-05-06', 'call', ['Sergey Lavrov', 'Jeyhun Bayramov'], CALL)], 1, ['dropped']],
    ['kept with too few of its people', gold('2024-05-03', 'meeting', ['Sergey Lavrov', 'Ararat Mirzoyan', 'Jeyhun Bayramov'], TALKS), [], [cand(1, 'kept', '2024-05-03', 'meeting', ['Sergey Lavrov'], TALKS)], 1, ['people']],
    ['kept with another date', gold('2024-05-03', 'meeting', ['Sergey Lavrov', 'Ararat Mirzoyan'], TALKS), [gold('2024-06-03', 'meeting', ['Sergey Lavrov', 'Ararat Mirzoyan'], TALKS)], [cand(1, 'kept', '2024-06-03', 'meeting', ['Sergey Lavrov', 'Ararat Mirzoyan'], TALKS)], 1, ['date']],
    ['kept as another type', gold('2024-05', 'call', ['Sergey Lavrov', 'Jeyhun Bayramov'], CALL), [], [cand(1, 'kept', '2024-05-03', 'meeting', ['Sergey Lavrov', 'Ararat Mirzoyan'], TALKS), cand(2, 'kept', '2024-05-06', 'meeting', ['Sergey Lavrov', 'Jeyhun Bayramov'], CALL)], 2, ['type']],
    ['a gold naming nobody is compared on its states', gold(null, 'meeting', [], 'The two delegations met in Baku.', ['RUS', 'AZE']), [], [cand(1, 'dropped', null, 'meeting', [], 'The two delegations met in Baku.', ['AZE'])], 1, ['dropped', 'states']],
    ['no candidate at all', gold('2024-05-03', 'meeting', ['Sergey Lavrov'], TALKS), [], [], null, []],
  ];
  for (const [what, g, records, candidates, id, differs] of cases) {
    const [m] = missedWithClosest([g], records, candidates);
    assert.equal(m.closest?.id ?? null, id, what);
    assert.deepEqual(m.differs, differs, what);
  }
});

test('a gold event an output record pairs with is not listed', () => {
  const g = gold('2024-05', 'meeting', ['Sergey Lavrov', 'Ararat Mirzoyan'], TALKS);
  const out = gold('2024-05-03', 'meeting', ['Sergei Lavrov', 'Ararat Mirzoyan'], TALKS);
  assert.deepEqual(missedWithClosest([g], [out], [cand(1, 'kept', '2024-05-03', 'meeting', ['Sergey Lavrov', 'Ararat Mirzoyan'], TALKS)]), []);
});
