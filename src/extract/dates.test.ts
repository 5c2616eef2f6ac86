// Date mentions: absolute dates, years completed from the reference date (closest before it, or
// after it for future sentences), ranges, months, weekdays and the relative markers that the event
// stage resolves later. The reference date is Wednesday 15 March 2023 unless a case says otherwise.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, inferYear, toIso, parseIso, addDays } from './dates.ts';
import type { DateMention, DateValue } from '../types.ts';

const REF: DateValue = { year: 2023, month: 3, day: 15 }; // a Wednesday

/** The first mention with a value, as an ISO string. */
function firstIso(ms: DateMention[]): string | null {
  return toIso(ms.find((m) => m.value)?.value ?? null);
}

describe('toIso / parseIso', () => {
  const table: Array<[DateValue | null, string | null]> = [
    [{ year: 2023, month: 3, day: 5 }, '2023-03-05'],
    [{ year: 2022, month: 11, day: null }, '2022-11'],
    [{ year: 2022, month: null, day: null }, null], // a bare year is not a usable event date
    [null, null],
  ];
  for (const [value, iso] of table) {
    test(`toIso(${JSON.stringify(value)}) = ${iso}`, () => assert.equal(toIso(value), iso));
  }

  const parsed: Array<[string | null | undefined, DateValue | null]> = [
    ['2023-03-05', { year: 2023, month: 3, day: 5 }],
    ['2023-03-05T10:00:00+03:00', { year: 2023, month: 3, day: 5 }],
    ['2022-11', { year: 2022, month: 11, day: null }],
    ['2021', { year: 2021, month: null, day: null }],
    ['March 5', null],
    ['', null],
    [null, null],
    [undefined, null],
  ];
  for (const [s, value] of parsed) {
    test(`parseIso(${JSON.stringify(s)})`, () => assert.deepEqual(parseIso(s), value));
  }

  test('parseIso and toIso round-trip a full date', () => {
    assert.equal(toIso(parseIso('2024-02-29')), '2024-02-29');
  });
});

describe('inferYear', () => {
  // [month, day, reference, future, expected year]
  const table: Array<[number, number | null, DateValue, boolean, number, string]> = [
    [3, 12, REF, false, 2023, 'a few days before the reference'],
    [3, 15, REF, false, 2023, 'the reference day itself'],
    [3, 16, REF, false, 2023, 'the day after the reference: this year (a coming day, or a late publication date)'],
    [3, 23, REF, false, 2022, 'more than a week after the reference, read as past: last year'],
    [11, 20, REF, false, 2022, 'late in the year, before a March reference: last year'],
    [1, null, REF, false, 2023, 'a month-only date earlier in the year'],
    [4, 2, REF, true, 2023, 'future: later this year'],
    [2, 10, REF, true, 2024, 'future: a month already passed means next year'],
    [12, 31, { year: 2023, month: 1, day: 2 }, false, 2022, 'new-year turn: "31 December" read on 2 January'],
    [1, 3, { year: 2022, month: 12, day: 30 }, true, 2023, 'new-year turn: a future "3 January" read on 30 December'],
    [12, 15, { year: 2021, month: 12, day: null }, true, 2021, 'future, against a reference known to the month: a day of that month is this year'],
    [12, 15, { year: 2021, month: 12, day: null }, false, 2021, 'past, against a reference known to the month: a day of that month is this year'],
    [11, 15, { year: 2021, month: 12, day: null }, true, 2022, 'future, against a reference known to the month: an earlier month is next year'],
  ];
  for (const [month, day, ref, future, year, why] of table) {
    test(why, () => assert.equal(inferYear(month, day, ref, future), year));
  }
});

describe('addDays', () => {
  const table: Array<[DateValue, number, DateValue]> = [
    [{ year: 2023, month: 3, day: 15 }, -1, { year: 2023, month: 3, day: 14 }],
    [{ year: 2023, month: 3, day: 1 }, -1, { year: 2023, month: 2, day: 28 }],
    [{ year: 2024, month: 2, day: 28 }, 1, { year: 2024, month: 2, day: 29 }],
    [{ year: 2022, month: 12, day: 31 }, 1, { year: 2023, month: 1, day: 1 }],
    [{ year: 2023, month: 3, day: 15 }, 0, { year: 2023, month: 3, day: 15 }],
  ];
  for (const [v, n, want] of table) {
    test(`${toIso(v)} ${n >= 0 ? '+' : ''}${n} day(s) = ${toIso(want)}`, () => assert.deepEqual(addDays(v, n), want));
  }
  test('a date without a day is returned unchanged', () => {
    assert.deepEqual(addDays({ year: 2023, month: 3, day: null }, 1), { year: 2023, month: 3, day: null });
  });
});

describe('findDates: absolute and year-inferred dates', () => {
  // [sentence, expected ISO date of the first dated mention, expected rule (null: not checked)]
  const table: Array<[string, string, string | null]> = [
    ['On 12 March, the two ministers spoke by phone.', '2023-03-12', 'date.year-inferred'],
    ['The talks took place on October 14, 2022 in Astana.', '2022-10-14', 'date.absolute'],
    ['On 20 November the ministers met in Minsk.', '2022-11-20', 'date.year-inferred'],
    ['The delegations met on 16 March in Geneva.', '2023-03-16', 'date.year-inferred'], // a day after: this year
    ['The delegations met on 30 March in Geneva.', '2022-03-30', 'date.year-inferred'], // two weeks after: last year
    ['In March 2021 the presidents spoke by phone.', '2021-03', null],
    ['The consultations ended on 2023-03-01.', '2023-03-01', 'date.absolute'],
    // Future sentences infer forward.
    ['The summit will be held on 2 April.', '2023-04-02', 'date.year-inferred'],
    ['The leaders will meet on 10 February.', '2024-02-10', 'date.year-inferred'],
    ['The next round is scheduled for 20 January.', '2024-01-20', 'date.year-inferred'],
  ];
  for (const [sentence, iso, rule] of table) {
    test(sentence, () => {
      const ms = findDates(sentence, 0, REF);
      assert.equal(firstIso(ms), iso);
      if (rule) assert.equal(ms.find((m) => m.value)?.rule, rule);
    });
  }

  test('offsets are document offsets: the sentence offset is added', () => {
    const sentence = 'Pashinyan arrived in Minsk on 5 April.';
    const [m] = findDates(sentence, 1000, REF);
    assert.ok(m, 'a date is found');
    assert.match(sentence.slice(m.start - 1000, m.end - 1000), /5 April/);
  });

  test('without a reference date a date with no year stays unresolved', () => {
    const ms = findDates('On 12 March, they met.', 0, null);
    assert.equal(ms.length, 1);
    assert.equal(ms[0].value, null);
  });

  test('an adverb before a date ("Later, December 12, …", "Today, 14 May, …") is no dateline: the date is the event\'s', () => {
    const ref = { year: 2025, month: 1, day: 3 };
    assert.equal(firstIso(findDates('Later, December 12, Senate Speaker Ann Lee also visited Astana.', 0, ref)), '2024-12-12');
    assert.equal(firstIso(findDates('Earlier, 28 December, Foreign Minister Ann Lee met her host in Baku.', 0, ref)), '2024-12-28');
    // A place before the date still is one.
    assert.equal(firstIso(findDates('ASTANA, December 12. The two ministers met in Baku.', 0, ref)), null);
  });

  test('an agency dateline between slashes ("Baku/29.11.21/Turan:") is not the day of the event told after it', () => {
    const ms = findDates('Baku/29.11.21/Turan: During a meeting in Ashgabat on November 28, the two presidents discussed transit.', 0, { year: 2021, month: 11, day: 29 });
    assert.deepEqual(ms.filter((m) => m.value).map((m) => m.rule), ['date.year-inferred']);
    assert.equal(firstIso(ms), '2021-11-28');
    assert.equal(firstIso(findDates('The protocol was signed on 29.11.21 in Baku.', 0, REF)), '2021-11-29');
  });

  // A page's stamp (an ISO date opening the line, a date beside its clock time) dates the report, not the event.
  const stamps: Array<[string, string | null]> = [
    ['date 2023-03-14 The foreign minister will travel to Oslo on 16 March for talks.', '2023-03-16'],
    ['Published: 2023-03-14 The envoys met in Vienna.', null],
    ['14 March 2023 09:40 The two presidents spoke by phone on Monday.', '2023-03-13'],
    ['Politics 10:05, 14 March The premiers met in Tbilisi on 12 March.', '2023-03-12'],
    ['March 14, 2023 | 18:20 Mirzoyan and Bayramov held talks.', null],
  ];
  for (const [sentence, iso] of stamps) {
    test(`a stamp is no event day: ${sentence}`, () => assert.equal(firstIso(findDates(sentence, 0, REF)), iso));
  }
  test('a clock time far into a sentence does not make its date a stamp', () => {
    assert.equal(firstIso(findDates('After a long flight and a day of preparations in the capital, the talks opened on 14 March 2023 10:00 sharp.', 0, REF)), '2023-03-14');
  });

  test('a number after a date that cannot be a year (a view counter) is not its year', () => {
    const ms = findDates('27 October 5339 2 minutes', 0, REF);
    assert.equal(ms[0]?.rule, 'date.year-inferred');
    assert.equal(firstIso(ms), '2022-10-27');
  });

  test('a date with its year needs no reference date', () => {
    assert.equal(firstIso(findDates('They met on 12 March 2019.', 0, null)), '2019-03-12');
  });
});

describe('findDates: a month before "the" and its day', () => {
  test('"September the 7th" is the 7th of September', () => {
    const ms = findDates('The summit will be held on September the 7th in Tabriz.', 0, { year: 2018, month: 8, day: 29 });
    assert.deepEqual(ms.map((m) => toIso(m.value)), ['2018-09-07']);
    assert.equal('The summit will be held on September the 7th in Tabriz.'.slice(ms[0].start, ms[0].end), 'September the 7th');
  });
});

describe('findDates: ranges and months', () => {
  test('"February 27-28" gives the first day with relation range', () => {
    const ms = findDates('Talks were held on February 27-28 in Geneva.', 0, REF);
    assert.equal(ms.length, 1);
    assert.equal(toIso(ms[0].value), '2023-02-27');
    assert.equal(ms[0].relation, 'range');
  });

  test('a range typed with the minus sign ("8\u22129 February") is a range from its first day, offsets unchanged', () => {
    const text = 'The delegation stays in Baku on 8\u22129 February.';
    const ms = findDates(text, 0, REF);
    assert.equal(ms.length, 1);
    assert.equal(toIso(ms[0].value), '2023-02-08');
    assert.equal(ms[0].relation, 'range');
    assert.equal(text.slice(ms[0].start, ms[0].end), 'on 8\u22129 February');
  });

  const spans: Array<[string, string, DateMention['relation']]> = [
    ['The summit was held between September 15 and 16 in Samarkand.', '2022-09-15', 'range'],
    ['The forum ran between September 15 and 16 in Tashkent.', '2022-09-15', 'range'],
    ['The forum takes place on March 2 and 3.', '2023-03-02', 'range'],
    ['On March 2 and 20 officials met in Baku.', '2023-03-02', 'on'],
    ['On March 2 and March 9 the envoys met.', '2023-03-02', 'on'],
  ];
  for (const [sentence, iso, relation] of spans) {
    test(`"and" a second day: ${sentence}`, () => {
      const ms = findDates(sentence, 0, REF);
      assert.equal(toIso(ms[0].value), iso);
      assert.equal(ms[0].relation, relation);
    });
  }

  const ago: Array<[string, string | null]> = [
    ['The two ministers met two days ago in Baku.', '2023-03-13'],
    ['Lavrov called Bayramov 3 days ago.', '2023-03-12'],
    ['The talks ended days ago.', null],
  ];
  for (const [sentence, iso] of ago) {
    test(`days ago: ${sentence}`, () => assert.equal(firstIso(findDates(sentence, 0, REF)), iso));
  }

  const months: Array<[string, string]> = [
    ['They met in January.', '2023-01'],
    ['In January the sides met in Moscow.', '2023-01'],
    ['The ministers spoke in December.', '2022-12'],
  ];
  for (const [sentence, iso] of months) {
    test(`month only: ${sentence}`, () => {
      const ms = findDates(sentence, 0, REF);
      assert.equal(ms.length, 1);
      assert.equal(toIso(ms[0].value), iso);
      assert.equal(ms[0].value?.day, null);
    });
  }

  // Reference: 15 March 2023. A year said after a list of months holds for each month of it.
  const lists: Array<[string, string[]]> = [
    ['We met in April, May and August last year.', ['2022-04', '2022-05', '2022-08']],
    ['They met in April and August 2021.', ['2021-04', '2021-08']],
    ['The envoys met in January of this year.', ['2023-01']],
  ];
  for (const [sentence, isos] of lists) {
    test(`months with a year said after them: ${sentence}`, () => {
      assert.deepEqual(findDates(sentence, 0, REF).map((d) => toIso(d.value)), isos);
    });
  }

  test('a day with "last year" after it takes the year before the reference', () => {
    assert.equal(toIso(findDates('They spoke by telephone on 12 February last year.', 0, REF)[0].value), '2022-02-12');
  });

  test('"since" marks the start of a state of affairs, not an event day', () => {
    const [d] = findDates('It was their first meeting since 11 January.', 0, REF);
    assert.equal(d.relation, 'since');
  });
});

describe('findDates: weekdays against the reference date', () => {
  // Reference: Wednesday 15 March 2023.
  const table: Array<[string, string]> = [
    ['On Thursday, the ministers spoke by phone.', '2023-03-09'], // past: the Thursday before
    ['On Monday, Lavrov met Mirzoyan.', '2023-03-13'],
    ['On Wednesday the envoys met in Baku.', '2023-03-15'], // the reference day itself
    ['The ministers will meet on Thursday.', '2023-03-16'], // future: the Thursday after
    ['Both presidents are due to take part in the session of the Supreme Council in the Kazakh capital on Thursday.', '2023-03-16'], // a plan told at length before its day
  ];
  for (const [sentence, iso] of table) {
    test(sentence, () => {
      const ms = findDates(sentence, 0, REF);
      assert.equal(ms.length, 1);
      assert.equal(ms[0].rule, 'date.weekday');
      assert.equal(toIso(ms[0].value), iso);
    });
  }

  test('a weekday against a reference known to the month only is that month; with no month, unresolved', () => {
    const ms = findDates('On Thursday they met.', 0, { year: 2023, month: 3, day: null });
    assert.equal(ms.length, 1);
    assert.equal(toIso(ms[0].value), '2023-03');
    assert.equal(findDates('On Thursday they met.', 0, { year: 2023, month: null, day: null })[0].value, null);
  });

  test('"today" against a reference known only to the month is that month', () => {
    assert.equal(toIso(findDates('The ministers met today in Baku.', 0, { year: 2021, month: 9, day: null })[0].value), '2021-09');
  });
});

describe('findDates: weekdays, the tense around them', () => {
  test('a plan said after the weekday ("on Friday, Putin will meet") is the coming one', () => {
    const [m] = findDates('On Friday, Vladimir Putin will meet the Uzbek president.', 0, { year: 2024, month: 5, day: 20 });
    assert.equal(toIso(m.value), '2024-05-24');
  });
  test('a weekday followed by the date it names ("on Tuesday, December 29") is that date, told once', () => {
    const ms = findDates('Iohannis will pay a visit to Chisinau on Tuesday, December 29, at the invitation of Sandu.', 0, { year: 2020, month: 12, day: 28 });
    assert.deepEqual(ms.map((m) => toIso(m.value)), ['2020-12-29']);
    // A weekday of its own, before another date, stays.
    const two = findDates('They met on Tuesday, and again on 29 December.', 0, { year: 2020, month: 12, day: 30 });
    assert.deepEqual(two.map((m) => toIso(m.value)), ['2020-12-29', '2020-12-29']);
  });
  test('a word of the past between a plan and the date gives the date to an earlier occasion', () => {
    const [m] = findDates('The upcoming round of talks builds on the earlier exchange on 9 June between the two ministers.', 0, { year: 2024, month: 8, day: 20 });
    assert.equal(toIso(m.value), '2024-06-09');
    // Without it, the plan's date lies ahead.
    const [plan] = findDates('The upcoming round of talks between the two ministers is set for 9 June.', 0, { year: 2024, month: 8, day: 20 });
    assert.equal(toIso(plan.value), '2025-06-09');
  });
  test('the purpose of a journey made ("arrived on Tuesday to attend") is not a plan', () => {
    const [m] = findDates('Narendra Modi arrived in Russia on Tuesday to attend the BRICS summit.', 0, { year: 2024, month: 10, day: 23 });
    assert.equal(toIso(m.value), '2024-10-22');
  });
});

describe('findDates: relative markers', () => {
  const table: Array<[string, DateMention['relation']]> = [
    ['On the same day, Lavrov met Mirzoyan.', 'same-day'],
    ['That same day the envoys spoke by phone.', 'same-day'],
    ['Earlier in the day, the council met in the Kremlin.', 'same-day'],
    ['The envoys spoke by phone that day.', 'that-day'],
    ['A day prior, the envoys met in Tbilisi.', 'day-before'],
    ['The previous day, Bayramov arrived in Moscow.', 'day-before'],
    ['The next day they met again.', 'day-after'],
    ['A day later, Pashinyan flew to Minsk.', 'day-after'],
  ];
  for (const [sentence, relation] of table) {
    test(`${relation}: ${sentence}`, () => {
      const ms = findDates(sentence, 0, REF);
      assert.equal(ms.length, 1);
      assert.equal(ms[0].relation, relation);
      assert.equal(ms[0].value, null, 'resolved later against the event before');
    });
  }

  const anchored: Array<[string, DateMention['relation'], string]> = [
    ['They spoke again after March 3.', 'after', '2023-03-03'],
    ['The envoys met ahead of 10 March.', 'before', '2023-03-10'],
  ];
  for (const [sentence, relation, iso] of anchored) {
    test(`${relation} an absolute date: ${sentence}`, () => {
      const ms = findDates(sentence, 0, REF);
      assert.equal(ms.length, 1);
      assert.equal(ms[0].relation, relation);
      assert.equal(toIso(ms[0].value), iso);
    });
  }
});

describe('findDates: negative set (no date)', () => {
  const none = [
    'The ministers may visit Baku.',
    'Lavrov said the sides may meet again soon.',
    'The two ministers discussed the border.',
    'Thousands joined the march in the capital.',
    'Pashinyan said the talks were constructive.',
  ];
  for (const sentence of none) {
    test(sentence, () => assert.deepEqual(findDates(sentence, 0, REF), []));
  }

  test('"may" the verb beside "May" the month: only the month is a date', () => {
    const ms = findDates('The ministers may meet again in May.', 0, REF);
    assert.equal(ms.length, 1);
    assert.equal(ms[0].value?.month, 5);
    assert.match('The ministers may meet again in May.'.slice(ms[0].start, ms[0].end), /May$/);
  });
});
