import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LetterPattern, domainSource, inDomain } from './letter-classes.ts';
import { compilePattern } from './reader/ru/lexicon.ts';

const all = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index, m[0]]);
const mine = (re: RegExp, text: string) => {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
};

test('the short form replaces property escapes inside and outside classes, and nothing else', () => {
  const s = domainSource('(?<![\\p{L}-])a\\p{Lu}\\\\p{L}[^\\P{L}]', 'giu')!;
  assert.ok(!s.includes('\\p{L}]') && !s.includes('\\P{L}'), s);
  assert.ok(s.includes('\\\\p{L}'), 'an escaped backslash before p{L} is a backslash and the text p{L}');
  assert.equal(domainSource('abc', 'giu'), null, 'no property escape: nothing to gain');
  assert.equal(domainSource('\\p{L}', 'g'), null, 'without u there are no property escapes');
});

test('a LetterPattern finds what the full expression finds, in every script and case', () => {
  const patterns = ['вопрос~ безопасност~', 'переговор~ _ лидер~', 'sanction~', 'Ə~', '(?:\\p{Lu}\\p{L}+ )?minist~'];
  const texts = [
    'Министры обсудили ВОПРОСЫ БЕЗОПАСНОСТИ и переговоры двух лидеров.',
    'The SANCTIONS, sanctioned; unsanctioned — Sanction-related.',
    'Əliyev and əliyev met the Foreign Minister; Ministers Ministries.',
    'Text with a sign outside the domain 😀 sanction and ВОПРОС безопасности 中文 Minister.',
    'ſanction with a long s (its case twin is s) and K for Kelvin: Kelvin sanctions.',
  ];
  for (const p of patterns) {
    const re = compilePattern(p);
    assert.ok(re instanceof LetterPattern);
    const full = new RegExp(re.source, re.flags);
    for (const t of texts) assert.deepEqual(mine(re, t), mine(full, t), `${p} on ${t}`);
    // String methods go through exec, and copies keep the full source.
    for (const t of texts) assert.deepEqual(all(re, t), all(full, t));
    for (const t of texts) assert.deepEqual([...t.matchAll(re)].map((m) => m.index), [...t.matchAll(full)].map((m) => m.index));
  }
});

test('every character of the domain is classed as the full expression classes it', () => {
  for (const token of ['\\p{L}', '\\p{Lu}', '\\P{L}']) {
    for (const flags of ['iu', 'u']) {
      const short = new LetterPattern(`^[${token}]$`, flags);
      const full = new RegExp(`^[${token}]$`, flags);
      for (let c = 0; c < 0x3040; c++) {
        const ch = String.fromCharCode(c);
        if (!inDomain(ch)) continue;
        assert.equal(short.test(ch), full.test(ch), `${token} /${flags} on U+${c.toString(16)}`);
      }
    }
  }
  assert.equal(inDomain('Привет, мир — «ok» №5'), true);
  assert.equal(inDomain('日本'), false);
});

test('lastIndex carries over between the short and the full form', () => {
  const re = compilePattern('мир~');
  const t = 'мир 😀 мира';
  assert.equal(re.exec(t)?.index, 0);
  assert.equal(re.lastIndex, 3);
  assert.equal(re.exec(t)?.index, 7);
  assert.equal(re.exec(t), null);
  assert.equal(re.lastIndex, 0);
  assert.equal(re.source, new RegExp(re.source).source, 'the source is the full expression');
  assert.ok(re.source.includes('\\p{L}'));
});
