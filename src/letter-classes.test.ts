import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LetterPattern, shortForm, inDomain } from './letter-classes.ts';
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
  const s = shortForm('(?<![\\p{L}-])a\\p{Lu}\\\\p{L}[^\\P{L}]', 'gu')!.source;
  assert.ok(!s.includes('\\p{L}]') && !s.includes('\\P{L}'), s);
  assert.ok(s.includes('\\\\p{L}'), 'an escaped backslash before p{L} is a backslash and the text p{L}');
  assert.equal(shortForm('abc', 'gu'), null, 'no property escape and no i: nothing to gain');
  assert.equal(shortForm('\\p{L}', 'g'), null, 'without u there are no property escapes');
});

test('under i the short form runs without it, unless case-blindness reaches beyond single characters', () => {
  assert.deepEqual(shortForm('мир', 'giu'), { source: '[мМ][иИ][рР]', flags: 'gu' });
  assert.equal(shortForm('(?<день>\\d+) мая', 'iu')!.source, '(?<день>\\d+) [мМ][аА][яЯ]', 'a group name is kept as written');
  for (const kept of ['\\bмир', 'мир\\w', '(м)\\1', '(?<a>м)\\k<a>']) assert.equal(shortForm(kept, 'iu'), null, kept);
  assert.equal(shortForm('[а-я', 'iu'), null, 'not an expression: left to the RegExp constructor');
  assert.throws(() => new LetterPattern('[а-я', 'iu'), SyntaxError);
  const re = new LetterPattern('мир', 'uig');
  assert.equal(re.flags, 'giu', 'the flags are the ones asked for, in the order RegExp gives them');
  assert.equal(re.ignoreCase, true);
  assert.equal(String(re), '/мир/giu');
  const named = new LetterPattern('(?<day>\\d+) (?<month>мая|июня)', 'iu').exec('С 9 МАЯ');
  assert.deepEqual({ ...named?.groups }, { day: '9', month: 'МАЯ' });
});

/** Every DOMAIN character (what the short forms are exact for). */
const DOMAIN_CHARS = Array.from({ length: 0xfffe }, (_, c) => String.fromCharCode(c)).filter((ch) => !/[\ud800-\udfff]/.test(ch) && inDomain(ch));

test('every character of the domain has the case twins the case-blind expression gives it', () => {
  // Each character alone, then classes with ranges, negations and escapes: the short form (run
  // without i) and the full expression (with it) must take the same characters of the domain.
  const sources = DOMAIN_CHARS.map((ch) => `^\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}$`);
  sources.push('^[а-яё]$', '^[^а-я]$', '^[A-Z]$', '^[^k]$', '^[^\\p{L}\\p{N}_]$', '^[\\u0370-\\u03ff]$', '^[s-]$', '^[\\-ſ]$');
  for (const src of sources) {
    const short = shortForm(src, 'iu')!;
    assert.equal(short.flags, 'u', src);
    const a = new RegExp(short.source, short.flags);
    const b = new RegExp(src, 'iu');
    for (const ch of DOMAIN_CHARS) if (a.test(ch) !== b.test(ch)) assert.fail(`${src} on U+${ch.charCodeAt(0).toString(16)}: short ${a.test(ch)}, full ${b.test(ch)}`);
  }
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
