// Russian sentences (splitRuSentences): a full stop after an initial ("В. Путин", "С.Лавров") or an
// abbreviation of the lexicon ("г.", "т.е.") ends no sentence; a line without closing punctuation is a
// heading of its own; offsets index the document text. Every text is written for these tests.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { splitRuSentences } from './sentences.ts';
import { ruLexicon } from './lexicon.ts';
import { readDocument } from '../../ingest/read.ts';
import type { Doc, Sentence } from '../../types.ts';

const abbreviations = ruLexicon().abbreviations;
const docOf = (text: string): Doc => ({ id: 't', text, regions: [{ start: 0, end: text.length }], published: null, lang: 'ru', outlet: null, url: null, title: null });
const split = (text: string): Sentence[] => splitRuSentences(docOf(text), abbreviations);
const texts = (text: string): string[] => split(text).map((s) => s.text);

describe('splitRuSentences: where a sentence ends', () => {
  // [what it shows, paragraph, its sentences]
  const table: Array<[string, string, string[]]> = [
    ['an initial with a space before the surname', 'В. Путин провёл совещание. Министры доложили о работе.', ['В. Путин провёл совещание.', 'Министры доложили о работе.']],
    ['an initial with no space before the surname', 'Встречу провёл С.Лавров. Он ответил на вопросы.', ['Встречу провёл С.Лавров.', 'Он ответил на вопросы.']],
    ['an initial inside a sentence', 'Лавров и Ю. Ушаков прибыли в Минск. Встреча началась.', ['Лавров и Ю. Ушаков прибыли в Минск.', 'Встреча началась.']],
    ['two initials, spaced', 'Встречу провёл С. В. Лавров. Он ответил на вопросы.', ['Встречу провёл С. В. Лавров.', 'Он ответил на вопросы.']],
    ['"г." before a city', 'Встреча прошла в г. Москве. Стороны обсудили торговлю.', ['Встреча прошла в г. Москве.', 'Стороны обсудили торговлю.']],
    ['"т.е." inside a sentence', 'Речь шла о транспорте, т.е. о дорогах. Министры согласились.', ['Речь шла о транспорте, т.е. о дорогах.', 'Министры согласились.']],
    ['"т.е." before a capital', 'Говорили о соседях, т.е. Армении и Азербайджане. Министры согласились.', ['Говорили о соседях, т.е. Армении и Азербайджане.', 'Министры согласились.']],
    ['"им." before a name', 'Лекция прошла в университете им. Ломоносова. Министр ответил на вопросы.', ['Лекция прошла в университете им. Ломоносова.', 'Министр ответил на вопросы.']],
    ['a sentence that begins with a digit', 'Министры встретились 12 марта. 13 марта они встретились снова.', ['Министры встретились 12 марта.', '13 марта они встретились снова.']],
    ['a sentence that begins with a quotation', 'Министры встретились. «Это важный шаг», — сказал посол.', ['Министры встретились.', '«Это важный шаг», — сказал посол.']],
    ['a sentence that begins with a dash', 'Министры встретились. — Это важный шаг, — сказал посол.', ['Министры встретились.', '— Это важный шаг, — сказал посол.']],
    ['a closing quotation before the stop', 'Он сказал: «Мы готовы». Затем он уехал.', ['Он сказал: «Мы готовы».', 'Затем он уехал.']],
    ['! and ?', 'Министры встретились! Это важно? Да.', ['Министры встретились!', 'Это важно?', 'Да.']],
    ['a stop before a lower-case word ends nothing', 'Встреча прошла в 10 час. утра в Баку.', ['Встреча прошла в 10 час. утра в Баку.']],
    ['a dateline is a sentence of its own', 'МОСКВА, 12 марта. /ТАСС/. Министры встретились в Минске. Они обсудили торговлю.', ['МОСКВА, 12 марта. /ТАСС/.', 'Министры встретились в Минске.', 'Они обсудили торговлю.']],
  ];
  for (const [what, paragraph, want] of table) {
    test(what, () => assert.deepEqual(texts(paragraph), want));
  }

  // The reader gets these wrong:
  test('initials written together do not end a sentence ("С.В. Лавров")', () => {
    assert.deepEqual(texts('Министр С.В. Лавров прибыл. Встреча началась.'), ['Министр С.В. Лавров прибыл.', 'Встреча началась.']);
  });
});

describe('splitRuSentences: headings and paragraphs', () => {
  test('a headline line stands alone with heading: true', () => {
    const s = split('Лавров прибыл в Минск\nСергей Лавров прибыл в Минск в понедельник. Он проведёт переговоры.');
    assert.deepEqual(s.map((x) => [x.text, !!x.heading, x.paragraph]), [
      ['Лавров прибыл в Минск', true, 0],
      ['Сергей Лавров прибыл в Минск в понедельник.', false, 1],
      ['Он проведёт переговоры.', false, 1],
    ]);
  });

  test('a headline with a colon inside stays a heading', () => {
    const s = split('Встреча в Баку: главное\nМинистры обсудили торговлю.');
    assert.equal(s[0].text, 'Встреча в Баку: главное');
    assert.equal(s[0].heading, true);
    assert.equal(s[1].heading, undefined);
  });

  test('a line that ends with a stop is no heading', () => {
    const s = split('Министры встретились в Минске.\nОни обсудили торговлю.');
    assert.deepEqual(s.map((x) => !!x.heading), [false, false]);
    assert.deepEqual(s.map((x) => x.paragraph), [0, 1]);
  });

  test('a section title between paragraphs is a heading; a line of several sentences is not', () => {
    const s = split('Министры встретились.\n\nИтоги встречи\nСтороны подписали меморандум. Он вступит в силу летом.');
    assert.deepEqual(s.map((x) => [x.text, !!x.heading]), [
      ['Министры встретились.', false],
      ['Итоги встречи', true],
      ['Стороны подписали меморандум.', false],
      ['Он вступит в силу летом.', false],
    ]);
  });

  test('indexes run over the whole document', () => {
    const s = split('Заголовок\nПервое предложение. Второе предложение.\nТретье предложение.');
    assert.deepEqual(s.map((x) => x.index), [0, 1, 2, 3]);
  });
});

describe('splitRuSentences: offsets', () => {
  test('offsets index the text, with the spaces around a sentence left out', () => {
    const text = '  В. Путин провёл совещание.   Министры доложили о работе в г. Казани.  ';
    for (const s of split(text)) {
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.equal(s.text, s.text.trim());
    }
  });

  test('offsets index the document text across the regions readDocument finds', () => {
    const text = 'Лавров прибыл в Минск\n\nМОСКВА, 12 марта. /ТАСС/. Сергей Лавров прибыл в Минск. Он проведёт переговоры с С.Алейником.\n\nВстреча пройдёт в г. Минске, т.е. в столице.';
    const r = readDocument('story.txt', Buffer.from(text), { published: '2024-03-12' });
    assert.ok(r.ok);
    assert.ok(r.doc.regions.length > 1, 'several regions');
    const s = splitRuSentences(r.doc, abbreviations);
    assert.deepEqual(s.map((x) => x.text), [
      'Лавров прибыл в Минск',
      'МОСКВА, 12 марта. /ТАСС/.',
      'Сергей Лавров прибыл в Минск.',
      'Он проведёт переговоры с С.Алейником.',
      'Встреча пройдёт в г. Минске, т.е. в столице.',
    ]);
    for (const x of s) assert.equal(r.doc.text.slice(x.start, x.end), x.text);
    assert.equal(s[0].heading, true);
  });

  test('markdown: offsets index the text, not the masked view', () => {
    const text = '# Лавров прибыл в Минск\n\nСергей Лавров прибыл в **Минск**. Он проведёт переговоры.';
    const r = readDocument('story.md', Buffer.from(text), { published: '2024-03-12' });
    assert.ok(r.ok);
    for (const x of splitRuSentences(r.doc, abbreviations)) {
      assert.equal(r.doc.text.slice(x.start, x.end).length, x.text.length);
      assert.equal((r.doc.view ?? r.doc.text).slice(x.start, x.end), x.text);
    }
  });
});

describe('splitRuSentences: a hard-wrapped paragraph (lines joined by ingest)', () => {
  test('a sentence runs across the line breaks, its offsets index the stored text', () => {
    const text = [
      'Переговоры в Бишкеке',
      '',
      'Президенты Киргизии и Таджикистана встретились в Бишкеке в',
      'пятницу и обсудили вопросы делимитации границы и совместного',
      'использования водохранилищ, сообщила пресс-служба. Стороны',
      'договорились продолжить работу весной, когда рабочие группы',
      'представят карты спорных участков правительствам обеих стран.',
    ].join('\n');
    const r = readDocument('wire.txt', Buffer.from(text), { published: '2024-03-12' });
    assert.ok(r.ok);
    const s = splitRuSentences(r.doc, abbreviations);
    assert.deepEqual(
      s.map((x) => x.text),
      [
        'Переговоры в Бишкеке',
        'Президенты Киргизии и Таджикистана встретились в Бишкеке в пятницу и обсудили вопросы делимитации границы и совместного использования водохранилищ, сообщила пресс-служба.',
        'Стороны договорились продолжить работу весной, когда рабочие группы представят карты спорных участков правительствам обеих стран.',
      ],
    );
    for (const x of s) assert.equal(r.doc.text.slice(x.start, x.end).replace(/\n/g, ' '), x.text);
  });
});
