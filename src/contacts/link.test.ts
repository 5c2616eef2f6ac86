// Choosing contacts for a document's accounts together (link.ts): the account that matches a contact
// best gets it, whatever its place in the text; one document gives a contact one account.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignDocument, type Candidate } from './link.ts';
import type { AccountKey } from './match.ts';

const key = (uid: string, documentId: number, o: Partial<AccountKey>): AccountKey => ({ uid, documentId, type: 'meeting', date: '2023-05-25', actors: [], countries: [], location: 'Moscow', ...o });
const cand = (contactId: number, eventId: number, k: AccountKey): Candidate => ({ contactId, account: { ...k, eventId } });

const bilateral = { actors: ['vladimir-putin', 'nikol-pashinyan'], countries: ['RUS', 'ARM'] };
const trilateral = { actors: ['vladimir-putin', 'nikol-pashinyan', 'ilham-aliyev'], countries: ['RUS', 'ARM', 'AZE'] };
const stored = [cand(10, 1, key('s1', 1, bilateral)), cand(11, 2, key('s2', 1, trilateral))];

const cases: Array<[string, AccountKey[], Array<number | null>]> = [
  // "the meeting on Thursday" naming Pashinyan alone comes first in the text; the bilateral told in
  // full gets the bilateral contact, the vague mention the trilateral one it also fits.
  ['a vaguer account told first does not take the contact of the exact one',
    [key('a', 2, { actors: ['nikol-pashinyan'], countries: ['ARM'] }), key('b', 2, bilateral)], [11, 10]],
  // A summit and the meeting on its sidelines, in one document: the meeting contact goes to the meeting.
  ['the same type wins a contact both accounts match',
    [key('s', 2, { type: 'summit', ...trilateral }), key('m', 2, trilateral)], [null, 11]],
  ['accounts of different contacts each join their own',
    [key('t', 2, trilateral), key('b', 2, bilateral)], [11, 10]],
  ['an account that matches nothing starts a contact',
    [key('c', 2, { type: 'call', ...bilateral })], [null]],
];

for (const [name, accounts, expected] of cases) {
  test(`assign: ${name}`, () => {
    const got = assignDocument(accounts, () => stored, new Map());
    assert.deepEqual(got.map((c) => c?.contactId ?? null), expected);
  });
}

test('assign: a contact that holds the document already is not offered again', () => {
  const got = assignDocument([key('b', 2, bilateral)], () => stored, new Map([[10, new Set([2])]]));
  assert.deepEqual(got.map((c) => c?.contactId ?? null), [null]);
});
