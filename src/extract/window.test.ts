// The window of a candidate with one side (window.ts): the other side taken from the next sentences'
// list of who took part, from the headline that tells the same contact, or ("the leaders of the two
// countries") from the two states the rest of the paragraph names (events.ts, twoCountries). Each row is a short text
// written for this test and the events it must give; the negatives name someone nearby who took no
// part, and must not pull that person in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../ingest/read.ts';
import { extract } from './pipeline.ts';
import { toRecord } from './record.ts';

/** Each event as "date type A+B | window rules", sorted. */
function events(text: string): string[] {
  const r = readDocument('t.txt', Buffer.from(text), { published: '2024-05-20' });
  assert.ok(r.ok);
  return extract(r.doc)
    .events.map((e) => {
      const rec = toRecord(e);
      const rules = e.rules.filter((x) => x.startsWith('parties.')).join(',');
      return `${rec.date} ${rec.type} ${[...rec.participants].sort().join('+')}${rules ? ` | ${rules}` : ''}`;
    })
    .sort();
}

const table: Array<[string, string, string[]]> = [
  [
    'the next sentence says who headed each delegation: they are the two sides of the consultations',
    'On 14 May, consultations on regional security were held in Baku. The Azerbaijani delegation was headed by Foreign Minister Jeyhun Bayramov, the Iranian one by Abbas Araghchi.',
    ['2024-05-14 meeting Abbas Araghchi+Jeyhun Bayramov | parties.window-next'],
  ],
  [
    'one side in the sentence, the other in the next one that says who also took part',
    'On 15 May, Sergey Lavrov held talks in Tashkent. Uzbek Foreign Minister Bakhtiyor Saidov also took part.',
    ['2024-05-15 meeting Bakhtiyor Saidov+Sergey Lavrov | parties.window-next'],
  ],
  [
    'a sentence between that names nobody does not end the window',
    'On 16 May, talks between the two governments began in Astana.\n\nThe agenda covers transit and energy.\n\nThe Kazakh delegation is headed by Murat Nurtleu, the Kyrgyz one by Jeenbek Kulubaev.',
    ['2024-05-16 meeting Jeenbek Kulubaev+Murat Nurtleu | parties.window-next'],
  ],
  [
    'negative: the next sentence names a man but does not say he took part',
    'On 14 May, consultations were held in Baku. Ilham Aliyev later spoke about the economy.',
    [],
  ],
  [
    'negative: the next sentence tells a contact of its own; its delegation is not the consultations\' other side',
    'On 14 May, consultations were held in Baku. On the same day, Ilham Aliyev received a delegation headed by Recep Tayyip Erdogan.',
    ['2024-05-14 meeting Ilham Aliyev+Recep Tayyip Erdogan'],
  ],
  [
    'negative: someone named in between ends the window before the list',
    'On 14 May, consultations were held in Baku. Nikol Pashinyan criticised the timing. Taking part were Jeyhun Bayramov and Abbas Araghchi.',
    [],
  ],
  [
    'the headline tells the contact with both people; the body names only one of them',
    'Aliyev and Erdogan meet in Ankara\n\nOn 14 May, Ilham Aliyev held talks in Ankara. The sides discussed trade.',
    ['2024-05-14 meeting Ilham Aliyev+Recep Tayyip Erdogan | parties.headline'],
  ],
  [
    'negative: a headline that names both but tells no contact gives no counterpart',
    'Aliyev praises Erdogan remarks\n\nOn 14 May, Ilham Aliyev held talks in Ankara. The sides discussed trade.',
    [],
  ],
  [
    '"the presidents of the two Caucasian countries", no state named before: the two the rest of the paragraph names, and who led them',
    'On 12 May the presidents of the two Caucasian countries sat down with Vladimir Putin in Sochi. The talks lasted three hours. Armenia and Azerbaijan still dispute their border.\n\nIlham Aliyev and Nikol Pashinyan both gave statements afterwards.',
    ['2024-05-12 meeting Ilham Aliyev+Nikol Pashinyan+Vladimir Putin | parties.window-countries'],
  ],
  [
    'negative: the two states are named only in another paragraph',
    'On 12 May the presidents of the two Caucasian countries sat down with Vladimir Putin in Sochi.\n\nArmenia and Azerbaijan still dispute their border.\n\nIlham Aliyev and Nikol Pashinyan both gave statements afterwards.',
    [],
  ],
  [
    'negative: the paragraph names three states, not the two',
    'On 12 May the presidents of the two Caucasian countries sat down with Vladimir Putin in Sochi. Armenia, Azerbaijan and Georgia share a long border.\n\nIlham Aliyev and Nikol Pashinyan both gave statements afterwards.',
    [],
  ],
];

for (const [name, text, want] of table) test(name, () => assert.deepEqual(events(text), want));
