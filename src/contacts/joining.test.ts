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
