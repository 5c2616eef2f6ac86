// The document's reference date: metadata first, unless a dateline at the top gives the day (or
// three) before it: remarks given on Sunday and posted on Monday are about Sunday.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../ingest/read.ts';
import { splitSentences } from './sentences.ts';
import { documentDate } from './docdate.ts';
import { toIso } from './dates.ts';

function docDate(text: string, published?: string, url?: string): [string | null, string] {
  const r = readDocument('t.txt', Buffer.from(text), { published, url });
  assert.ok(r.ok);
  const d = documentDate(r.doc, splitSentences(r.doc, () => true));
  return [toIso(d.value), d.source];
}

test('metadata wins when no dateline says otherwise', () => {
  assert.deepEqual(docDate('Press release | 15 May 2023\n\nToday the minister met his counterpart.', '2023-05-15'), ['2023-05-15', 'metadata']);
});

test('a place dateline the day before the publication date is the day of the text', () => {
  assert.deepEqual(docDate('Remarks after the meeting\n\nBrussels, Sunday 14 May 2023\n\nToday I hosted the two leaders.', '2023-05-15'), ['2023-05-14', 'dateline']);
});

test('a line that is only a date counts as a dateline too; a week earlier does not', () => {
  assert.deepEqual(docDate('Caspian summit opens\n\n29.06.2022\n\nToday the capital hosted the summit.', '2022-06-30'), ['2022-06-29', 'dateline']);
  assert.deepEqual(docDate('Caspian summit opens\n\n20.06.2022\n\nToday the capital hosted the summit.', '2022-06-30'), ['2022-06-30', 'metadata']);
});

test('without metadata, a dateline near the top dates the document', () => {
  assert.deepEqual(docDate('MOSCOW, May 5, 2021\n\nThe ministers met today.'), ['2021-05-05', 'dateline']);
});

test('without metadata or dateline, the latest month with a year the text gives (a caption) dates it', () => {
  assert.deepEqual(docDate('Leaders meet again\n\nThe two presidents met on Tuesday in the capital, their first talks since the spring.\n\nPhoto: the leaders at an earlier meeting in August 2025.'), ['2025-08', 'text']);
});

test('a date whose year cannot be meant (a view counter after the date) does not date the document', () => {
  assert.deepEqual(docDate('Leaders invited\n\n27 October 5339 2 minutes\n\nThe first summit of the five presidents with the American president was held on September 19, 2023, in New York.'), ['2023-09-19', 'text']);
});

test('words relative to an unknown day ("today", "this year") do not date a document', () => {
  assert.deepEqual(docDate('Fourth meeting this year\n\nOn October 12, the two leaders met in Moscow. They will talk again today, the aide said.'), [null, 'none']);
});

test('the start of a state of affairs ("a member since 24 September 1994") does not date a document', () => {
  assert.deepEqual(docDate('Minister visits Moscow\n\nThe ministers met on 25 August to discuss the army games. Azerbaijan has been a member of the Commonwealth since 24 September 1994, the ministry recalled in a long statement.'), [null, 'none']);
});

test('without metadata or dateline, the year and month a URL files the story under date it', () => {
  const text = 'Leaders meet on the sidelines\n\nThe two presidents met on 17 September in Dushanbe on the sidelines of the summit.';
  assert.deepEqual(docDate(text, undefined, 'https://example.org/2021/09/presidents-meet-on-sidelines'), ['2021-09', 'url']);
  assert.deepEqual(docDate(text, undefined, 'https://example.org/news/presidents-meet-on-sidelines'), [null, 'none']);
});

test('with no date that has a month, the latest year the text names is the reference (so "October 12" gets a year)', () => {
  const r = readDocument('t.txt', Buffer.from('Leaders meet in Yerevan\n\nOn October 12 the leaders met in Yerevan, their first meeting since the crisis of 2020. Trade grew in 2022, the ministers said.'), {});
  assert.ok(r.ok);
  const d = documentDate(r.doc, splitSentences(r.doc, () => true));
  assert.deepEqual([d.value, d.source], [{ year: 2022, month: null, day: null }, 'text-year']);
});

test('a dateline without its year takes the year that puts it after the dates the text gives', () => {
  const text = 'Leaders meet in Moscow\n\nMOSCOW, January 11. /TASS/. The three leaders met in the Kremlin.\n\nThe leaders said that the agreements of 9 November 2020 are being implemented consistently.';
  assert.deepEqual(docDate(text), ['2021-01-11', 'dateline']);
  // After the latest date in the same year: that year.
  assert.deepEqual(docDate('Baku, November 21\n\nThe minister recalled the talks he had held in Moscow on 30 September 2020 with his counterpart.'), ['2020-11-21', 'dateline']);
  // With only a year named: that year.
  assert.deepEqual(docDate('Baku, November 21\n\nThe 2020 agreement was discussed.'), ['2020-11-21', 'dateline']);
});

test('metadata the text does not show is marked unshown; a dateline, an ISO stamp or a numeric stamp shows it', () => {
  const shown = (text: string, published: string) => {
    const r = readDocument('t.txt', Buffer.from(text), { published });
    assert.ok(r.ok);
    return !documentDate(r.doc, splitSentences(r.doc, () => true)).unshown;
  };
  assert.equal(shown('The two ministers spoke by phone.', '2023-05-15'), false);
  assert.equal(shown('BAKU, May 15\n\nThe two ministers spoke by phone.', '2023-05-15'), true);
  assert.equal(shown('date 2023-05-15\n\nThe two ministers spoke by phone.', '2023-05-15'), true);
  assert.equal(shown('Agency 15/05/23: ministers talk\n\nThe two ministers spoke by phone.', '2023-05-15'), true);
  // A date far from the publication day (an earlier event the text tells) is no dateline.
  assert.equal(shown('The two ministers, who met on 2 March, spoke by phone.', '2023-05-15'), false);
});

test('a dateline without its year at the head of the lede, a day to three before the publication date, is the day of the text', () => {
  const table: Array<[string, string, [string | null, string]]> = [
    ['Ministers meet\n\nTASHKENT, May 27 (agency) - The two ministers met yesterday in the capital.', '2024-05-29', ['2024-05-27', 'dateline']],
    // Across the new year: the dateline's year is the one before the publication's.
    ['Ministers meet\n\nBAKU, December 31 (agency) - The two ministers met yesterday in the capital.', '2025-01-01', ['2024-12-31', 'dateline']],
    // The publication day itself, or a week before it: the metadata.
    ['Ministers meet\n\nTASHKENT, May 29 (agency) - The two ministers met yesterday in the capital.', '2024-05-29', ['2024-05-29', 'metadata']],
    ['Ministers meet\n\nTASHKENT, May 20 (agency) - The two ministers met yesterday in the capital.', '2024-05-29', ['2024-05-29', 'metadata']],
    // A date later in the lede, not right after the place, is no dateline.
    ['Ministers meet\n\nIn Tashkent, on May 27 the two ministers met in the capital.', '2024-05-29', ['2024-05-29', 'metadata']],
  ];
  for (const [text, published, want] of table) assert.deepEqual(docDate(text, published), want, text);
});
