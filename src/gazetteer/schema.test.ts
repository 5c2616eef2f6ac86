// The gazetteer's record shapes: what a data file may say, and what it is refused for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteerSchemas } from './schema.ts';
const { Role } = gazetteerSchemas();

test('a role may list two-word phrases its country adjective splits ("the top Iranian diplomat")', () => {
  const r = Role.parse({ id: 'foreign-minister', level: 'minister', phrases: ['foreign minister', 'top diplomat'], adjective_inside: ['top diplomat'] });
  assert.deepEqual(r.adjective_inside, ['top diplomat']);
  assert.deepEqual(Role.parse({ id: 'president', level: 'head-of-state', phrases: ['president'] }).adjective_inside, []);
});

test('a split phrase must be one of the role\'s phrases, of two words', () => {
  assert.equal(Role.safeParse({ id: 'x', level: 'minister', phrases: ['foreign minister'], adjective_inside: ['top diplomat'] }).success, false);
  assert.equal(Role.safeParse({ id: 'x', level: 'minister', phrases: ['minister of foreign affairs'], adjective_inside: ['minister of foreign affairs'] }).success, false);
});
