// A document with no year: the year the offices it gives its people fit, or none when several do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultGazetteer } from '../gazetteer/index.ts';
import { readDocument } from '../ingest/read.ts';
import { extract } from './pipeline.ts';
import { titledNames, yearOfOffices } from './era.ts';
import { findNames } from './people.ts';

const g = defaultGazetteer();

test('the one year in which every titled person held the office given', () => {
  const ministers = [{ person: 'jeyhun-bayramov', role: 'foreign-minister' }, { person: 'zohrab-mnatsakanyan', role: 'foreign-minister' }];
  // Bayramov became foreign minister in July 2020, Mnatsakanyan left in November 2020.
  assert.equal(yearOfOffices(g, ministers, { month: 9, day: 30 }), 2020);
  assert.equal(yearOfOffices(g, ministers, null), 2020);
  // On 1 March neither year fits both: no year is better than a wrong one.
  assert.equal(yearOfOffices(g, ministers, { month: 3, day: 1 }), null);
  // One office held for years fits many years.
  assert.equal(yearOfOffices(g, [{ person: 'sergey-lavrov', role: 'foreign-minister' }], { month: 9, day: 30 }), null);
  // An office the gazetteer does not give that person says nothing.
  assert.equal(yearOfOffices(g, [{ person: 'sergey-lavrov', role: 'president' }], null), null);
});

test('a yearless dateline and "on Wednesday" are dated by the offices of the people named', () => {
  const text = [
    'Lavrov holds calls with counterparts',
    'MOSCOW, September 30. /TASS/. In separate phone calls with Azerbaijan\'s Foreign Minister Jeyhun Bairamov and Armenia\'s Foreign Minister Zohrab Mnatsakanyan on Wednesday, Russian Foreign Minister Sergey Lavrov urged a ceasefire.',
  ].join('\n');
  const r = readDocument('t.txt', Buffer.from(text), {});
  assert.ok(r.ok);
  const x = extract(r.doc);
  assert.deepEqual(x.docDate, { value: { year: 2020, month: 9, day: 30 }, source: 'offices' });
  assert.deepEqual(x.events.map((e) => `${e.date} ${e.type}`), ['2020-09-30 call', '2020-09-30 call']);
});

test('with no dateline, the offices are checked on the first day the text names', () => {
  // Zalkaliani was foreign minister until April 2022 and Garibashvili prime minister from February 2021:
  // both years fit the offices, only 2021 fits them on 28 September.
  const text = 'Georgian Prime Minister Irakli Garibashvili visited Baku on September 28 with Foreign Minister David Zalkaliani.';
  const r = readDocument('t.txt', Buffer.from(text), {});
  assert.ok(r.ok);
  const x = extract(r.doc);
  assert.deepEqual(x.docDate, { value: { year: 2021, month: null, day: null }, source: 'offices' });
  assert.deepEqual(x.events.map((e) => `${e.date} ${e.type}`), ['2021-09-28 visit']);
});

test('titles before a name, with the country after the title or before it', () => {
  const text = 'He met President of the Republic of Azerbaijan Ilham Aliyev, Armenia\'s Foreign Minister Ararat Mirzoyan and Sergey Lavrov.';
  const s = { index: 0, paragraph: 0, start: 0, end: text.length, text };
  assert.deepEqual(titledNames(g, [s], [findNames(g, text, 0, { bySurname: new Map(), date: null })]), [
    { person: 'ilham-aliyev', role: 'president' },
    { person: 'ararat-mirzoyan', role: 'foreign-minister' },
  ]);
});

test('a title is read from whole words at the end of the words before a name', () => {
  assert.equal(g.roleEndingWith("Azerbaijan's  Foreign Minister "), 'foreign-minister');
  assert.equal(g.roleEndingWith('the delegation led by the head'), 'organisation-head');
  // "ahead" does not end with the word "head", nor "5 pm" with anything but "pm" itself.
  assert.equal(g.roleEndingWith('the talks went ahead'), null);
  assert.equal(g.roleEndingWith('at the summit, Putin'), null);
});
