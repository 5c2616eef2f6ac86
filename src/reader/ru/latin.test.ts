// Officials found in Russian text through their Latin names alone (latin.ts): the gazetteer is loaded
// with every Cyrillic spelling removed, so each surname below, in each of the six cases, can only be
// found by reading it back to a nominative, writing that in Latin letters and comparing it with the
// officials' Latin surnames by sound. Then the words that must not become officials so, and spellings
// the data lacks, found beside the ones it has. Every sentence is written for these tests.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople, type RuPerson } from './mentions.ts';
import { ruGazetteer, type Case } from './gazetteer.ts';
import { heardAs, soundKey, latin } from './latin.ts';
import { defaultGazetteer, Gazetteer } from '../../gazetteer/index.ts';

const full = defaultGazetteer();
const latinOnly = ruGazetteer(new Gazetteer({ ...full.data, people: full.data.people.map((p) => ({ ...p, ru: [] })) }));
const withData = ruGazetteer(full);
const DATE = '2024-03-15';
const show = (text: string, found: RuPerson[]): string => JSON.stringify(found.map((p) => `${p.person.id} «${text.slice(p.start, p.end)}» ${p.rule}`));

/** One sentence per case, the surname form put in its place. */
const SENTENCES: Array<[Case, (x: string) => string]> = [
  ['nominative', (x) => `Вчера ${x} долго отвечал на вопросы.`],
  ['genitive', (x) => `Заявление ${x} обсуждали весь день.`],
  ['dative', (x) => `Вопрос задали ${x} в самом конце.`],
  ['accusative', (x) => `Журналисты ждали ${x} у входа.`],
  ['instrumental', (x) => `Посол поговорил с ${x} по телефону.`],
  ['prepositional', (x) => `Газеты много писали о ${x}.`],
];

// [actor id, the six forms in the order of SENTENCES]
const officials: Array<[string, string[]]> = [
  ['olaf-scholz', ['Шольц', 'Шольца', 'Шольцу', 'Шольца', 'Шольцем', 'Шольце']],
  ['friedrich-merz', ['Мерц', 'Мерца', 'Мерцу', 'Мерца', 'Мерцем', 'Мерце']],
  ['emmanuel-macron', ['Макрон', 'Макрона', 'Макрону', 'Макрона', 'Макроном', 'Макроне']],
  ['antony-blinken', ['Блинкен', 'Блинкена', 'Блинкену', 'Блинкена', 'Блинкеном', 'Блинкене']],
  ['recep-tayyip-erdogan', ['Эрдоган', 'Эрдогана', 'Эрдогану', 'Эрдогана', 'Эрдоганом', 'Эрдогане']],
  ['boris-johnson', ['Джонсон', 'Джонсона', 'Джонсону', 'Джонсона', 'Джонсоном', 'Джонсоне']],
  ['steve-witkoff', ['Уиткофф', 'Уиткоффа', 'Уиткоффу', 'Уиткоффа', 'Уиткоффом', 'Уиткоффе']],
  // An English u written а; a French ch written ш.
  ['donald-trump', ['Трамп', 'Трампа', 'Трампу', 'Трампа', 'Трампом', 'Трампе']],
  ['charles-michel', ['Мишель', 'Мишеля', 'Мишелю', 'Мишеля', 'Мишелем', 'Мишеле']],
  // Indeclinable: a surname in a vowel other than -а stays as it is in every case.
  ['narendra-modi', ['Моди', 'Моди', 'Моди', 'Моди', 'Моди', 'Моди']],
  ['giorgia-meloni', ['Мелони', 'Мелони', 'Мелони', 'Мелони', 'Мелони', 'Мелони']],
  // Japanese "shi" as Russian writes it.
  ['fumio-kishida', ['Кисида', 'Кисиды', 'Кисиде', 'Кисиду', 'Кисидой', 'Кисиде']],
  // An initial h written г.
  ['kamaladdin-heydarov', ['Гейдаров', 'Гейдарова', 'Гейдарову', 'Гейдарова', 'Гейдаровым', 'Гейдарове']],
  ['ararat-mirzoyan', ['Мирзоян', 'Мирзояна', 'Мирзояну', 'Мирзояна', 'Мирзояном', 'Мирзояне']],
  ['sergey-lavrov', ['Лавров', 'Лаврова', 'Лаврову', 'Лаврова', 'Лавровым', 'Лаврове']],
  // A woman: her forms in -ой, -у.
  ['maria-zakharova', ['Захарова', 'Захаровой', 'Захаровой', 'Захарову', 'Захаровой', 'Захаровой']],
];

describe('officials by their Latin names, in all six cases', () => {
  for (const [id, forms] of officials) {
    describe(id, () => {
      SENTENCES.forEach(([c, make], i) => {
        const sentence = make(forms[i]);
        test(`${c}: ${sentence}`, () => {
          const found = findPeople(latinOnly, sentence, 0, DATE);
          assert.equal(found.length, 1, show(sentence, found));
          assert.equal(found[0].person.id, id, show(sentence, found));
          assert.equal(sentence.slice(found[0].start, found[0].end), forms[i]);
          assert.ok(found[0].cases.has(c), `${c} not among ${[...found[0].cases].join(',')}`);
          assert.equal(found[0].rule, 'ru.name.surname.latin');
        });
      });
    });
  }
});

describe('a first name that sounds like the official\'s is part of the mention', () => {
  const table: Array<[string, string, string]> = [
    ['Канцлер Олаф Шольц прилетел ночью.', 'Олаф Шольц', 'olaf-scholz'],
    ['Посол поговорил с Олафом Шольцем.', 'Олафом Шольцем', 'olaf-scholz'],
    ['Гости слушали Бориса Джонсона.', 'Бориса Джонсона', 'boris-johnson'],
  ];
  for (const [sentence, written, id] of table) {
    test(written, () => {
      const found = findPeople(latinOnly, sentence, 0, DATE);
      assert.equal(found.length, 1, show(sentence, found));
      assert.equal(found[0].person.id, id);
      assert.equal(sentence.slice(found[0].start, found[0].end), written);
      assert.equal(found[0].rule, 'ru.name.full.latin');
    });
  }
});

test('a first name from the lexicon that does not sound like the official\'s does not stop the match', () => {
  // "Энтони" comes out "Entoni", Antony's key is "antoni": by sound they differ.
  const sentence = 'Госсекретарь Энтони Блинкен прилетел утром.';
  const found = findPeople(latinOnly, sentence, 0, DATE);
  assert.deepEqual(found.map((p) => p.person.id), ['antony-blinken'], show(sentence, found));
});

describe('no official by a Latin name', () => {
  // [what it shows, sentence]
  const negatives: Array<[string, string]> = [
    ['common words at the start of sentences', 'Работа шла медленно. Машины стояли. Погода испортилась.'],
    ['a city and a state', 'Делегация вылетела из Вашингтона в Берлин, а потом во Францию.'],
    ['words one letter off a short surname', 'Мерк и Мода не фамилии.'],
    ['food that begins like a surname', 'Блины и Макароны подали к обеду.'],
    ['a first name of nobody\'s surname before another capitalised word', 'Йоханнес Хан приехал вечером.'],
    ['lower-case words', 'шольц, макрон и блинкен написаны с маленькой буквы.'],
  ];
  for (const [what, sentence] of negatives) {
    test(what, () => {
      const found = findPeople(latinOnly, sentence, 0, DATE).filter((p) => p.rule.endsWith('.latin'));
      assert.equal(found.length, 0, show(sentence, found));
    });
  }
});

describe('spellings the Cyrillic data lacks, with the data loaded', () => {
  const table: Array<[string, string, string]> = [
    ['Переговоры вёл Виткофф.', 'steve-witkoff', 'Виткофф'],
    ['Вместе с Якубом Эюбовым прибыли министры.', 'yagub-eyyubov', 'Якубом Эюбовым'],
  ];
  for (const [sentence, id, written] of table) {
    test(written, () => {
      const found = findPeople(withData, sentence, 0, DATE);
      assert.equal(found.length, 1, show(sentence, found));
      assert.equal(found[0].person.id, id);
      assert.equal(sentence.slice(found[0].start, found[0].end), written);
    });
  }
});

test('sound keys: two spellings of one name share a key', () => {
  const pairs: Array<[string, string]> = [['Scholz', 'Шольц'], ['Macron', 'Макрон'], ['Johnson', 'Джонсон'], ['Witkoff', 'Виткофф'], ['Aliyev', 'Алиев'], ['Kishida', 'Кисида']];
  for (const [lat, cyr] of pairs) assert.equal(soundKey(lat), soundKey(latin(cyr)), `${lat} / ${cyr}`);
  assert.notEqual(soundKey('Macron'), soundKey(latin('Макарон')));
  // An h between vowels is sounded: Zakharov and Zuhurov stay apart, in every spelling they are filed under.
  assert.ok(!heardAs(soundKey('Zuhurov')).includes(soundKey(latin('Захаров'))));
});
