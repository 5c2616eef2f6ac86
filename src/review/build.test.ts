// The review's citation numbers: one number per cited sentence of a document (issue 18), so the
// source list does not repeat a sentence cited for the event and for a topic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Citations, type Support } from './build.ts';
import type { AccountRow } from '../read-model/types.ts';

const account = (id: number) => ({ document: { id, name: `doc-${id}`, outlet: 'An Outlet', url: null, published: '2024-03-01' } }) as unknown as AccountRow;
const span = { start: 10, end: 52, sentence: 'The two ministers talked about trade routes.' };
const event: Support = { kind: 'event', eventId: 1, date: '2024-03-01', type: 'meeting', people: ['Ivanov'], countries: ['RUS', 'ARM'] };
const topic: Support = { kind: 'topic', topic: 'transport', label: 'Transport' };

test('a sentence cited twice gets one number, and keeps everything it is cited for', () => {
  const cites = new Citations();
  const first = cites.add(account(1), span, event);
  const again = cites.add(account(1), span, topic);
  const same = cites.add(account(1), span, topic);
  assert.equal(first, 1);
  assert.equal(again, first, 'the same span of the same document has one number');
  assert.equal(same, first);
  assert.equal(cites.list.length, 1, 'one source entry');
  assert.deepEqual(cites.list[0].supports, [event, topic], 'each reason recorded once');
});

test('another sentence, or the same offsets in another document, gets its own number', () => {
  const cites = new Citations();
  assert.equal(cites.add(account(1), span, event), 1);
  assert.equal(cites.add(account(1), { ...span, start: 60, end: 90 }, event), 2);
  assert.equal(cites.add(account(2), span, event), 3);
  assert.deepEqual(cites.list.map((c) => c.n), [1, 2, 3], 'numbers are the list order');
});
