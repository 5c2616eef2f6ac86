// The tree-shaped alternation must find exactly what the flat, longest-first alternation finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternation, literalAtoms } from './alternation.ts';
import { defaultGazetteer } from './index.ts';

const flat = (phrases: string[]) =>
  [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/[ -]/g, '[\\s-]')).join('|');
const matches = (source: string, text: string) => [...text.matchAll(new RegExp(`\\b(?:${source})\\b`, 'g'))].map((m) => `${m.index}:${m[0]}`);

test('a phrase and its continuation: the longer one wins, as in the flat list', () => {
  const phrases = ['Armenia', 'Armenian', 'Armenians', 'Arm', 'Baku', 'Abu Dhabi', 'Abu'];
  const text = 'Armenian and Armenia; the Armenians went from Abu Dhabi to Baku, then to Abu-Dhabi and Abuja.';
  assert.deepEqual(matches(alternation(phrases), text), matches(flat(phrases), text));
  assert.ok(matches(alternation(phrases), text).includes('0:Armenian'));
  assert.ok(matches(alternation(phrases), text).some((m) => m.endsWith(':Abu-Dhabi')));
});

test('special characters are escaped', () => {
  const src = alternation(['U.S.', 'St. Petersburg', 'a+b'], literalAtoms);
  assert.ok(new RegExp(src).test('in St. Petersburg'));
  assert.ok(!new RegExp(`^(?:${src})$`).test('UxSx'));
});

test("the gazetteer's places and countries: same matches as the flat alternation", () => {
  const g = defaultGazetteer();
  const names = [...g.data.places.flatMap((p) => [p.name, ...p.aliases]), ...g.data.countries.flatMap((c) => [c.name, ...c.names, ...c.adjectives])].filter((w) => w.length > 2);
  // A text made of every name, run together with filler and fragments of names.
  const text = names.map((n, i) => `${i % 3 ? 'the' : 'in'} ${n} ${n.slice(0, 4)} ${n}s`).join(', ');
  assert.deepEqual(matches(alternation(names), text), matches(flat(names), text));
});
