// Places of a sentence: a venue stands for its city, "the Kazakh capital" for the capital.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultGazetteer } from '../gazetteer/index.ts';
import { findPlaces } from './places.ts';

const places = (text: string) => findPlaces(defaultGazetteer(), text, 0).map((p) => `${p.name}/${p.kind}`);

test('a venue is reported as the city it stands in', () => {
  assert.deepEqual(places('The talks took place at Dolmabahce Palace.'), ['Istanbul/venue']);
  assert.deepEqual(places('They met at the Akorda.'), ['Astana/venue']);
});

test('"the Kazakh capital" is the capital of Kazakhstan, in the order of the text', () => {
  assert.deepEqual(places('After Baku they flew on to the Kazakh capital.'), ['Baku/city', 'Astana/city']);
  assert.deepEqual(places('The capital of the talks was not named.'), []);
});
