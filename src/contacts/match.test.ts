// The cross-document matcher: which pairs of accounts are one contact, and why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchAccounts, dateRule, type AccountKey } from './match.ts';
import { summarize } from './summary.ts';

const acc = (o: Partial<AccountKey>): AccountKey => ({ uid: 'u', documentId: 1, type: 'call', date: '2022-04-19', actors: ['vladimir-putin', 'nikol-pashinyan'], countries: ['RUS', 'ARM'], location: null, ...o });

test('dates: a day of reporting lag, months for month-only dates', () => {
  assert.equal(dateRule('2022-04-19', '2022-04-19'), 'same-day');
  assert.equal(dateRule('2022-04-19', '2022-04-20'), 'one-day-apart');
  assert.equal(dateRule('2022-02-28', '2022-03-01'), 'one-day-apart');
  assert.equal(dateRule('2022-04-19', '2022-04-21'), null);
  assert.equal(dateRule('2022-04', '2022-04-21'), 'same-month');
  assert.equal(dateRule('2022-04', '2022-05-01'), null);
  assert.equal(dateRule('2022', '2022-05-01'), null);
  assert.equal(dateRule(null, '2022-05-01'), null);
});

const cases: Array<[string, Partial<AccountKey>, boolean]> = [
  ['the same call told by another document a day later', { documentId: 2, date: '2022-04-20' }, true],
  ['the same document (the extractor decides within a document)', { documentId: 1 }, false],
  ['two days apart', { documentId: 2, date: '2022-04-21' }, false],
  ['a call is not a meeting', { documentId: 2, type: 'meeting' }, false],
  ['Putin–Aliyev is not Putin–Pashinyan', { documentId: 2, actors: ['vladimir-putin', 'ilham-aliyev'], countries: ['RUS', 'AZE'] }, false],
  ['a month-only date with both people', { documentId: 2, date: '2022-04' }, true],
  ['a month-only date with one shared person', { documentId: 2, date: '2022-04', actors: ['vladimir-putin'] }, false],
  ['unknown people only: no match without place', { documentId: 2, actors: ['x:someone'] }, false],
];

for (const [name, other, expected] of cases) {
  test(`match: ${name}`, () => {
    const r = matchAccounts(acc({}), acc({ uid: 'v', ...other }));
    assert.equal(r !== null, expected, JSON.stringify(r));
  });
}

test('two reports of one visit match, with the reason; a visit and the talks held during it do not', () => {
  const visit = acc({ type: 'visit', actors: ['nikol-pashinyan'], countries: ['ARM', 'RUS'], location: 'Moscow' });
  const r = matchAccounts(visit, acc({ documentId: 2, type: 'visit', actors: ['nikol-pashinyan'], countries: ['ARM', 'RUS'], location: 'Moscow' }));
  assert.ok(r);
  assert.deepEqual(r.shared, ['nikol-pashinyan']);
  assert.equal(r.place, 'Moscow');
  // CONVENTIONS 3: meetings during a visit are separate records.
  assert.equal(matchAccounts(visit, acc({ documentId: 2, type: 'meeting', location: 'Moscow' })), null);
  assert.equal(matchAccounts(acc({ type: 'meeting', location: 'Sochi' }), acc({ documentId: 2, type: 'meeting', location: 'Moscow' })), null);
});

// Joins and refusals the rules ask for: one contact when the accounts agree on the day (or one
// is vaguer), overlap in people or in states of the same format, and do not contradict in place.
const rules: Array<[string, Partial<AccountKey>, Partial<AccountKey>, boolean]> = [
  // A summit names the people a text places there: two of them do not make it a bilateral meeting.
  ['a summit naming two leaders is not the bilateral of those two that day',
    { type: 'summit', actors: ['vladimir-putin', 'nikol-pashinyan'], countries: ['RUS', 'ARM'], location: 'Moscow' },
    { type: 'meeting', actors: ['vladimir-putin', 'nikol-pashinyan'], countries: ['RUS', 'ARM'], location: 'Moscow' }, false],
  ['a summit naming two leaders is the same summit told with three',
    { type: 'summit', actors: ['vladimir-putin', 'nikol-pashinyan'], countries: ['RUS', 'ARM'], location: 'Moscow' },
    { type: 'summit', actors: ['vladimir-putin', 'nikol-pashinyan', 'ilham-aliyev'], countries: ['RUS', 'ARM', 'AZE', 'KAZ'], location: 'Moscow' }, true],
  ['a trilateral called a summit is the trilateral meeting',
    { type: 'summit', actors: ['vladimir-putin', 'nikol-pashinyan', 'ilham-aliyev'], countries: ['RUS', 'ARM', 'AZE'], location: 'Sochi' },
    { type: 'meeting', actors: ['vladimir-putin', 'nikol-pashinyan', 'ilham-aliyev'], countries: ['RUS', 'ARM', 'AZE'], location: 'Sochi' }, true],
  // One person in common is not enough when the pairs of states differ.
  ['Pashinyan with the Azerbaijani side is not Pashinyan with the Russian side',
    { type: 'meeting', actors: ['nikol-pashinyan'], countries: ['ARM', 'AZE'] },
    { type: 'meeting', actors: ['nikol-pashinyan', 'vladimir-putin'], countries: ['ARM', 'RUS'] }, false],
  ['one named person and the same two states: the vaguer account of the same meeting',
    { type: 'meeting', actors: ['nikol-pashinyan'], countries: ['ARM', 'RUS'] },
    { type: 'meeting', actors: ['nikol-pashinyan', 'vladimir-putin'], countries: ['ARM', 'RUS'] }, true],
  // A visit has one traveller: with a month-only date, the same traveller to the same city.
  ['a state visit told by its month and by its day',
    { type: 'visit', date: '2024-11', actors: ['vladimir-putin'], countries: ['RUS', 'KAZ'], location: 'Astana' },
    { type: 'visit', date: '2024-11-27', actors: ['vladimir-putin'], countries: ['RUS', 'KAZ', 'ARM'], location: 'Astana' }, true],
  ['a visit of the month to another city',
    { type: 'visit', date: '2024-11', actors: ['vladimir-putin'], countries: ['RUS', 'KAZ'], location: 'Almaty' },
    { type: 'visit', date: '2024-11-27', actors: ['vladimir-putin'], countries: ['RUS', 'KAZ'], location: 'Astana' }, false],
  ['a summit told by two reports of its month, each naming the host and another leader',
    { type: 'summit', date: '2024-07', actors: ['vladimir-putin', 'ilham-aliyev'], countries: ['RUS', 'AZE'], location: 'Astana' },
    { type: 'summit', date: '2024-07', actors: ['vladimir-putin', 'kassym-jomart-tokayev'], countries: ['RUS', 'KAZ'], location: 'Astana' }, true],
  ['a summit of the month and a meeting of the month in that city, one person in common',
    { type: 'summit', date: '2024-07', actors: ['vladimir-putin', 'ilham-aliyev'], countries: ['RUS', 'AZE'], location: 'Astana' },
    { type: 'meeting', date: '2024-07', actors: ['vladimir-putin', 'kassym-jomart-tokayev'], countries: ['RUS', 'KAZ'], location: 'Astana' }, false],
  ['summits of the month in two cities',
    { type: 'summit', date: '2024-07', actors: ['vladimir-putin', 'ilham-aliyev'], countries: ['RUS', 'AZE'], location: 'Astana' },
    { type: 'summit', date: '2024-07', actors: ['vladimir-putin', 'kassym-jomart-tokayev'], countries: ['RUS', 'KAZ'], location: 'Minsk' }, false],
  ['a visit of the month with no city named',
    { type: 'visit', date: '2024-11', actors: ['vladimir-putin'], countries: ['RUS', 'KAZ'], location: null },
    { type: 'visit', date: '2024-11-27', actors: ['vladimir-putin'], countries: ['RUS', 'KAZ'], location: 'Astana' }, false],
];

for (const [name, x, y, expected] of rules) {
  test(`match: ${name}`, () => {
    assert.equal(matchAccounts(acc(x), acc({ uid: 'v', documentId: 2, ...y })) !== null, expected);
    assert.equal(matchAccounts(acc({ uid: 'v', documentId: 2, ...y }), acc(x)) !== null, expected, 'the same both ways');
  });
}

test('summary: the date most accounts give, everyone named, each topic once', () => {
  const base = { type: 'meeting', initiator: null, location: null, countries: ['RUS', 'ARM'] };
  const p = (actor_id: string) => ({ actor_id, name: actor_id, country: null, role: null });
  const s = summarize([
    { ...base, date: '2022-04-19', topics: ['trade'], participants: [p('a')] },
    { ...base, date: '2022-04-20', topics: ['Trade', 'Karabakh'], participants: [p('a'), p('b')], location: 'Moscow' },
    { ...base, date: '2022-04-19', topics: [], participants: [p('b')], type: 'visit' },
  ]);
  assert.equal(s.date, '2022-04-19');
  assert.equal(s.type, 'meeting');
  assert.equal(s.location, 'Moscow');
  assert.deepEqual(s.topics, ['trade', 'Karabakh']);
  assert.deepEqual(s.participants.map((x) => x.actor_id), ['a', 'b']);
});

test('a trilateral and a bilateral of the same day stay apart', () => {
  const tri = acc({ uid: 't', documentId: 1, type: 'meeting', actors: ['vladimir-putin', 'nikol-pashinyan', 'ilham-aliyev'], countries: ['RUS', 'ARM', 'AZE'] });
  const bi = acc({ uid: 'b', documentId: 2, type: 'meeting', actors: ['vladimir-putin', 'nikol-pashinyan'], countries: ['RUS', 'ARM'] });
  assert.equal(matchAccounts(tri, bi), null);
  assert.equal(matchAccounts(bi, tri), null);
  // Two reports of the trilateral, one naming only two of its leaders, are one contact.
  const tri2 = acc({ uid: 't2', documentId: 3, type: 'summit', actors: ['vladimir-putin', 'ilham-aliyev'], countries: ['RUS', 'ARM', 'AZE'] });
  assert.ok(matchAccounts(tri, tri2));
  // An account that names one state only says nothing about the format.
  const one = acc({ uid: 'o', documentId: 4, type: 'meeting', actors: ['vladimir-putin', 'nikol-pashinyan'], countries: ['RUS'] });
  assert.ok(matchAccounts(bi, one));
});

test('two summits of different states on consecutive days in one city are two contacts', () => {
  const a = acc({ uid: 'a', documentId: 1, type: 'summit', date: '2025-10-10', actors: ['vladimir-putin', 'emomali-rahmon'], countries: ['RUS', 'TJK', 'AZE'], location: 'Dushanbe' });
  const b = acc({ uid: 'b', documentId: 2, type: 'summit', date: '2025-10-09', actors: ['vladimir-putin', 'emomali-rahmon'], countries: ['RUS', 'TJK', 'KAZ', 'UZB'], location: 'Dushanbe' });
  assert.equal(matchAccounts(a, b), null);
  // The same summit reported a day late, one report naming fewer of its states, is one contact.
  assert.ok(matchAccounts(b, { ...a, countries: ['RUS', 'TJK', 'KAZ'] }));
});
