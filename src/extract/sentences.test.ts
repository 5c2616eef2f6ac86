// Sentence splitting: where a full stop ends a sentence and where it does not, and offsets that
// point back into the document's text.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, abbreviationPattern } from './sentences.ts';
import type { Doc } from '../types.ts';

function doc(text: string): Doc {
  return { id: 't', text, regions: [{ start: 0, end: text.length }], published: null, lang: 'en', outlet: null, url: null, title: null };
}
const texts = (text: string) => splitSentences(doc(text)).map((s) => s.text);

describe('splitSentences', () => {
  test('a full stop after a place name ends the sentence', () => {
    assert.deepEqual(texts('The ministers met in Baku. They discussed the border. Talks went on in July. Nothing was signed.'), [
      'The ministers met in Baku.',
      'They discussed the border.',
      'Talks went on in July.',
      'Nothing was signed.',
    ]);
  });

  test('titles, initials and abbreviated months do not end a sentence', () => {
    assert.deepEqual(texts('Mr. Lavrov met S. Mirzoyan on Feb. 24 in Moscow. Gen. Gerasimov was not there.'), [
      'Mr. Lavrov met S. Mirzoyan on Feb. 24 in Moscow.',
      'Gen. Gerasimov was not there.',
    ]);
    assert.deepEqual(texts('S.V.Lavrov received the U.S. envoy. The talks lasted 2.5 hours.'), ['S.V.Lavrov received the U.S. envoy.', 'The talks lasted 2.5 hours.']);
  });

  test('a line break ends a paragraph, and a short line without a stop is a heading', () => {
    const s = splitSentences(doc('Meetings and Conversations\nPutin called Aliyev on Monday. They spoke of transit.'));
    assert.equal(s.length, 3);
    assert.equal(s[0].heading, true);
    assert.notEqual(s[0].paragraph, s[1].paragraph);
    assert.equal(s[1].paragraph, s[2].paragraph);
  });

  test('offsets point into the document text', () => {
    const text = '  Lavrov spoke with Bayramov.   Mr. Lavrov then flew to Baku.\n\nA second paragraph follows here.';
    for (const s of splitSentences(doc(text))) assert.equal(text.slice(s.start, s.end), s.text);
  });

  test('paragraphs the caller does not need split stay whole', () => {
    const s = splitSentences(doc('First part. Second part.\nPutin called Aliyev. They spoke.'), (p) => p.includes('called'));
    assert.deepEqual(s.map((x) => x.text), ['First part. Second part.', 'Putin called Aliyev.', 'They spoke.']);
  });
});

describe('abbreviationPattern', () => {
  test('reads its words from the lexicon and matches them only before a stop', () => {
    const re = abbreviationPattern();
    assert.ok(re.test('Mr. Pashinyan'));
    assert.ok(re.test('on Sept. 3'));
    assert.ok(!re.test('in Baku. Then'));
    assert.ok(!re.test('Mr Pashinyan'));
  });
});

describe('splitSentences: a hard-wrapped paragraph (lines joined by ingest)', () => {
  test('a sentence runs across the line breaks, its offsets index the stored text', async () => {
    const { readDocument } = await import('../ingest/read.ts');
    const text = [
      'Border talks in the capital',
      '',
      'The presidents of Kyrgyzstan and Tajikistan met in Bishkek on',
      'Friday and discussed the demarcation of the border and the use',
      'of the water reservoirs, the press service said. They agreed to',
      'meet again in the spring, when the two working groups are due to',
      'present their maps of the disputed sections to both governments.',
    ].join('\n');
    const r = readDocument('wire.txt', Buffer.from(text), { published: '2024-03-12' });
    assert.ok(r.ok);
    const s = splitSentences(r.doc);
    assert.deepEqual(
      s.map((x) => x.text),
      [
        'Border talks in the capital',
        'The presidents of Kyrgyzstan and Tajikistan met in Bishkek on Friday and discussed the demarcation of the border and the use of the water reservoirs, the press service said.',
        'They agreed to meet again in the spring, when the two working groups are due to present their maps of the disputed sections to both governments.',
      ],
    );
    for (const x of s) assert.equal(text.slice(x.start, x.end).replace(/\n/g, ' '), x.text);
  });
});
