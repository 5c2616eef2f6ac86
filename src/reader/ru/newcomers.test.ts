// People the gazetteer does not know: their nominative read back from any case, their name in Latin
// letters, their state from the office they are named with, and the runs of capitals that are no one.
// The people in these tests are invented for them.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { latin, readName } from './newcomers.ts';
import { readRussian } from './read.ts';
import { foldSpelling, ruGazetteer } from './gazetteer.ts';
import { ruLexicon } from './lexicon.ts';
import { defaultGazetteer } from '../../gazetteer/index.ts';
import type { Doc } from '../../types.ts';

const g = defaultGazetteer();
const rg = ruGazetteer(g);
const JABBAROV = 'mikayil-jabbarov';

describe('a newcomer\'s nominative, read back from the case it is written in', () => {
  const rows: Array<[string, string, string, string, 'male' | 'female']> = [
    ['Андреем', 'Тарасенко', 'Андрей', 'Тарасенко', 'male'],
    ['Игоря', 'Веснина', 'Игорь', 'Веснин', 'male'],
    ['Марией', 'Гордеевой', 'Мария', 'Гордеева', 'female'],
    ['Ольге', 'Светловой', 'Ольга', 'Светлова', 'female'],
    ['Петром', 'Ковальчуком', 'Пётр', 'Ковальчук', 'male'],
    ['Глеба', 'Озёрского', 'Глеб', 'Озёрский', 'male'],
    ['Тимур', 'Абдуллаев', 'Тимур', 'Абдуллаев', 'male'],
    // A woman's name in the nominative, not a man's in the genitive (Викторий Кондратьев).
    ['Виктория', 'Кондратьева', 'Виктория', 'Кондратьева', 'female'],
  ];
  for (const [first, last, f, l, gender] of rows) {
    test(`${first} ${last} → ${f} ${l}`, () => {
      const r = readName(first, last, rg.firstNames);
      assert.ok(r, 'no reading');
      // "Пётр" may be spelt "Петр": both are the same name.
      assert.equal(r.first.replace('ё', 'е'), f.replace('ё', 'е'));
      assert.equal(r.last, l);
      assert.equal(r.gender, gender);
    });
  }
});

describe('Latin letters as English-language media write them', () => {
  const rows: Array<[string, string]> = [
    ['Веснин', 'Vesnin'],
    ['Журавлёв', 'Zhuravlyov'],
    ['Хохлов', 'Khokhlov'],
    ['Сысоев', 'Sysoyev'],
    ['Дмитриев', 'Dmitriev'],
    ['Щукин', 'Shchukin'],
  ];
  // The scorer compares surnames folded (i/j/y alike, doubled letters once): that is what must agree.
  const fold = (s: string): string => s.toLowerCase().replace(/[ij]/g, 'y').replace(/(.)\1+/g, '$1');
  for (const [ru, en] of rows) test(`${ru} → ${en}`, () => assert.equal(fold(latin(ru)), fold(en)));
});

function read(text: string) {
  const doc: Doc = { id: 't', text, regions: [{ start: 0, end: text.length }], published: '2024-05-14', lang: 'ru', outlet: null, url: null, title: null };
  return readRussian(doc, g, { scorer: null }).events;
}

describe('newcomers in a document', () => {
  test('deputy ministers named with their office take part in consultations, with their states', () => {
    const ev = read('МОСКВА, 14 мая. Заместитель министра иностранных дел Армении Карен Варданян провёл консультации с заместителем министра иностранных дел России Андреем Тарасенко.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.deepEqual(m.participants.map((p) => p.name).sort(), ['Andrei Tarasenko', 'Karen Vardanyan'].sort());
    assert.deepEqual(m.participants.map((p) => p.actorId), [null, null]);
    assert.deepEqual(m.countries, ['ARM', 'RUS']);
  });

  test('a delegation member named after a known leader of the same side is not a participant', () => {
    const ev = read('МОСКВА, 14 мая. Владимир Путин провёл переговоры с Ильхамом Алиевым. В переговорах также участвовал посол России в Азербайджане Игорь Веснин.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.deepEqual(m.participants.map((p) => p.name).sort(), ['Ilham Aliyev', 'Vladimir Putin']);
  });

  test('runs of capitals that are no one: a body\'s name, a first name with a patronymic', () => {
    const ev = read('МОСКВА, 14 мая. Министр иностранных дел Армении встретился с секретарём Содружества Независимых Государств. Позже Сергей Викторович провёл переговоры с коллегами.');
    for (const e of ev) for (const p of e.participants) assert.doesNotMatch(p.name, /Sodruzh|Viktorovich|Nezavisim/, JSON.stringify(e));
  });

  test('a capitalised word that opens a sentence is no first name ("Ранее …")', () => {
    const ev = read('МОСКВА, 14 мая. Ранее Гасанзаде встретился с Сергеем Лавровым.');
    for (const e of ev) for (const p of e.participants) assert.doesNotMatch(p.name, /Ranee/, JSON.stringify(e));
  });

  test('an indeclinable first name leaves an ambiguous surname as written', () => {
    const r = readName('Али', 'Хаменеи', rg.firstNames);
    assert.equal(r?.last, 'Хаменеи');
  });

  test('a name with no office and an unknown first name reads as a person by its family name\'s ending', () => {
    const ev = read('МОСКВА, 14 мая. Сергей Лавров провёл переговоры с Фаридом Гасанзаде.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.deepEqual(m.participants.map((p) => p.name).sort(), ['Farid Gasanzade', 'Sergey Lavrov']);
  });

  test('the surname alone finds a newcomer again in a later sentence', () => {
    const ev = read('МОСКВА, 14 мая. В Москву прибыл министр иностранных дел Сербии Марко Дражич. Дражич встретился с Сергеем Лавровым.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.deepEqual(m.participants.map((p) => p.name).sort(), ['Marko Drazhich', 'Sergey Lavrov']);
  });
});

describe('names the English press writes from another alphabet', () => {
  test('a double first name declines in its last part only', () => {
    const r = readName('Асан-Болатом', 'Жумаевым', rg.firstNames);
    assert.deepEqual([r?.first, r?.last, r?.case], ['Асан-Болат', 'Жумаев', 'instrumental']);
  });

  test('a known man\'s first name in the nominative keeps an indeclinable surname (no woman\'s accusative)', () => {
    const r = readName('Сергей', 'Тайгу', rg.firstNames, ruLexicon().surnameShape);
    assert.deepEqual([r?.last, r?.gender, r?.case], ['Тайгу', 'male', 'nominative']);
  });

  test('a surname in -у after a man\'s genitive is indeclinable, not the accusative of a man\'s name in -а', () => {
    const r = readName('Сергея', 'Тайгу', rg.firstNames, ruLexicon().surnameShape);
    assert.equal(r?.last, 'Тайгу');
    // With a family name's ending the -а reading stands: "Окуджаву" ← Окуджава.
    assert.equal(readName('Булата', 'Окуджаву', rg.firstNames, ruLexicon().surnameShape)?.last, 'Окуджава');
  });

  test('the same surname in a later case form stays the person told before', () => {
    const ev = read('МОСКВА, 14 мая. Министр обороны Сербии Сергей Тайгу прибыл в Москву. Андрей Белоусов провёл переговоры с Сергеем Тайгу.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.ok(m.participants.some((p) => p.name === 'Sergei Taigu'), JSON.stringify(m.participants));
  });

  test('a state\'s own spelling: Turkish, Azerbaijani and Kyrgyz names as their press writes them', () => {
    const lex = ruLexicon();
    const fold = (s: string): string => s.toLowerCase().replace(/[ij]/g, 'y').replace(/(.)\1+/g, '$1');
    assert.equal(fold(latin('Чавушоглу', lex.latinByState.get('TUR'))), fold('Cavusoglu'));
    assert.equal(fold(latin('Хакан', lex.latinByState.get('TUR'))), fold('Hakan'));
    assert.equal(fold(latin('Гаджиев', lex.latinByState.get('AZE'))), fold('Gajiyev'));
    assert.equal(fold(latin('Жапаров', lex.latinByState.get('KGZ'))), fold('Japarov'));
    // A Russian name keeps the Russian table.
    assert.equal(fold(latin('Жуков', lex.latinByState.get('RUS'))), fold('Zhukov'));
  });

  test('a newcomer named with a Turkish office is spelt the Turkish way', () => {
    const ev = read('МОСКВА, 14 мая. Сергей Лавров провёл переговоры с министром торговли Турции Омером Чалышкапом.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.ok(m.participants.some((p) => p.name === 'Omer Caliskap'), JSON.stringify(m.participants));
  });

  test('a known official spelt with a letter writers disagree on is still that official', () => {
    // The gazetteer spells him with a doubled б; the text with one.
    const ev = read('МОСКВА, 14 мая. Сергей Лавров провёл переговоры с министром экономики Азербайджана Микаилом Джабаровым.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.ok(m.participants.some((p) => p.actorId === JABBAROV), JSON.stringify(m.participants));
  });

  test('the loose spelling makes ё and е, э and е, й and и, doubled letters and soft signs alike, and no more', () => {
    assert.equal(foldSpelling('Мирзиеев'), foldSpelling('Мирзиёев'));
    assert.equal(foldSpelling('Уиткоф'), foldSpelling('Уиткофф'));
    assert.equal(foldSpelling('Жеенбеков'), foldSpelling('Жээнбеков'));
    assert.notEqual(foldSpelling('Алиев'), foldSpelling('Алтев'));
  });
});

describe('a newcomer\'s office told in another sentence', () => {
  test('a later mention of the office a newcomer was named with is that newcomer', () => {
    const ev = read('МОСКВА, 14 мая. В Москву прибыл министр иностранных дел Венгрии Ласло Керемеш. 15 мая Сергей Лавров провёл переговоры с венгерским министром иностранных дел.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.deepEqual(m.participants.map((p) => p.name).sort(), ['Laslo Keremesh', 'Sergey Lavrov']);
  });

  test('an office of another state is not the newcomer', () => {
    const ev = read('МОСКВА, 14 мая. В Москву прибыл министр иностранных дел Венгрии Ласло Керемеш. 15 мая Сергей Лавров провёл переговоры с польским министром иностранных дел.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.deepEqual(m.participants.map((p) => p.name), ['Sergey Lavrov']);
  });

  test('a headline telling the contact by offices and a body telling it by unknown names are one contact', () => {
    const ev = read('Министры обороны Сербии и Венгрии обсудили по телефону поставки зерна\n\nСергей Жарич позвонил Игорю Керемешу.');
    const calls = ev.filter((e) => e.type === 'call');
    assert.equal(calls.length, 1, JSON.stringify(ev));
    assert.equal(calls[0].participants.length, 2);
    assert.deepEqual(calls[0].countries, ['HUN', 'SRB']);
  });
});

describe('a newcomer\'s state in a list of offices', () => {
  test('the office of a name told before is not the next name\'s; the state right before the name is', () => {
    const ev = read('МОСКВА, 14 мая. Президенты России Владимир Путин и Сербии Бранко Жарич обсудили по телефону торговлю.');
    const c = ev.find((e) => e.type === 'call');
    assert.ok(c, JSON.stringify(ev));
    assert.deepEqual(c.countries, ['RUS', 'SRB']);
    assert.equal(c.participants.find((p) => p.actorId === null)?.country, 'SRB');
  });

  test('an office with its own state keeps it over a state named before the name', () => {
    const ev = read('МОСКВА, 14 мая. Посол России в Сербии Игорь Кремнёв провёл переговоры с министром иностранных дел Сербии Бранко Жаричем.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.equal(m.participants.find((p) => p.name.startsWith('Igor'))?.country, 'RUS', JSON.stringify(m.participants));
  });
});

describe('a family name alone, for an office told without a name', () => {
  test('the office told in one sentence and the name alone in the next are one person, who met', () => {
    const ev = read('МОСКВА, 14 мая. Сергей Лавров провёл переговоры с министром иностранных дел Венгрии. Керемешев отметил, что стороны обсудили торговлю.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.deepEqual(m.participants.map((p) => p.name).sort(), ['Keremeshev', 'Sergey Lavrov']);
    assert.equal(m.participants.find((p) => p.name === 'Keremeshev')?.country, 'HUN');
  });

  test('a name alone right after an office is its holder, in any case', () => {
    const ev = read('МОСКВА, 14 мая. Сергей Лавров провёл переговоры с министром иностранных дел Венгрии Керемешевым.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.deepEqual(m.participants.map((p) => p.name).sort(), ['Keremeshev', 'Sergey Lavrov']);
  });

  test('a word that opens a sentence is no family name, and two offices told without names leave a name alone unread', () => {
    const ev = read('МОСКВА, 14 мая. Сергей Лавров провёл переговоры с министрами иностранных дел Венгрии и главой МИД Польши. Однако Керемешев отметил, что стороны не договорились.');
    for (const e of ev) for (const p of e.participants) assert.doesNotMatch(p.name, /Odnako|Keremesh/, JSON.stringify(e));
  });
});

describe('names with initials, as official readouts write them', () => {
  test('an office, initials and a family name the gazetteer lacks: the holder, with the office\'s state', () => {
    const ev = read('МОСКВА, 14 мая. Министр иностранных дел России С.В.Лавров провёл переговоры с Министром иностранных дел Венгрии Л.Керемешевым.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.deepEqual(m.participants.map((p) => [p.name, p.country]).sort(), [['Keremeshev', 'HUN'], ['Sergey Lavrov', 'RUS']]);
  });

  test('initials make a family name a person\'s without an office', () => {
    const ev = read('МОСКВА, 14 мая. С.В.Лавров провёл переговоры с Л.Керемешевым.');
    const m = ev.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(ev));
    assert.deepEqual(m.participants.map((p) => p.name).sort(), ['Keremeshev', 'Sergey Lavrov']);
  });

  test('initials before a place\'s name make no person', () => {
    const ev = read('МОСКВА, 14 мая. С.В.Лавров провёл переговоры в Г.Берлине.');
    for (const e of ev) for (const p of e.participants) assert.doesNotMatch(p.name, /Berlin/, JSON.stringify(e));
  });
});

describe('a surname that does not decline, read first as an oblique case', () => {
  // [document, the newcomer's English name]
  const table: Array<[string, string]> = [
    // The dative first name alone cannot tell a "Доргу" that does not decline from the dative of a
    // "Дорг"; the genitive first name in the next sentence can.
    ['МОСКВА, 14 мая. Министр иностранных дел России Сергей Лавров позвонил министру обороны Сербии Петру Доргу. Телефонный разговор Петра Доргу и Сергея Лаврова длился час.', 'Petr Dorgu'],
    // Read the other way round, the first reading stands.
    ['МОСКВА, 14 мая. Министр иностранных дел России Сергей Лавров провёл переговоры с министром обороны Сербии Петром Дорговым. Лавров и Петр Доргов обсудили поставки.', 'Petr Dorgov'],
  ];
  for (const [text, name] of table) {
    test(name, () => {
      const ev = read(text);
      const names = ev.flatMap((e) => e.participants.map((p) => p.name));
      assert.ok(names.includes(name), JSON.stringify(names));
      assert.ok(names.every((n) => n === name || n === 'Sergey Lavrov'), JSON.stringify(names));
    });
  }
});
