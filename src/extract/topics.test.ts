// Topics: what a sentence says a contact was about, and nothing from a sentence that says a subject
// was not raised (issue 18: "X was not mentioned in the readout" had become a topic).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { topicsOf } from './topics.ts';
import { defaultLexicon } from './lexicon.ts';

const lex = defaultLexicon();

test('a sentence telling what was discussed gives its topics', () => {
  assert.deepEqual(topicsOf(lex, 'The sides discussed bilateral trade and energy.'), ['bilateral trade and energy']);
});

test('a sentence saying a subject was not raised gives no topic', () => {
  for (const s of [
    'The question of the corridor was not mentioned in the statement issued by the ministry.',
    'The readout made no mention of the border issues discussed earlier.',
    'The ministers did not discuss the pipeline, a spokesman said.',
    'The other side said nothing about the agenda of the talks.',
  ]) assert.deepEqual(topicsOf(lex, s), [], s);
});
