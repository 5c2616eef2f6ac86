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

test('a seat that also names a government is a place only after "in the" or "at the"', () => {
  assert.deepEqual(places('Putin and Aliyev met in the Kremlin on Monday.'), ['Moscow/venue']);
  assert.deepEqual(places('Trump hosted the two leaders at the White House.'), ['Washington/venue']);
  assert.deepEqual(places('The Kremlin said the talks were useful; the White House agreed.'), []);
  const text = 'They met in the Kremlin.';
  const [m] = findPlaces(defaultGazetteer(), text, 100);
  assert.equal(text.slice(m.start - 100, m.end - 100), 'Kremlin');
});

test('a city in the name of a body, a process or a text is not a place', () => {
  assert.deepEqual(places('The co-chairs of the OSCE Minsk Group met the ministers in Paris.'), ['Paris/city']);
  assert.deepEqual(places('The Minsk agreements and the Astana format were discussed in Moscow.'), ['Moscow/city']);
  assert.deepEqual(places('The talks were held in Minsk.'), ['Minsk/city']);
  // A long name: the words after the city run past twenty characters.
  assert.deepEqual(places('The leaders met at the summit of the Shanghai Cooperation Organization in Astana.'), ['Astana/city']);
});
