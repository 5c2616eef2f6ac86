// Names of people against the real gazetteer: canonical names, transliteration variants, fuzzy
// surnames backed by a first name or an honorific, unknown people introduced by their role, and the
// capitalised words that must never become people.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { findNames, type NameContext } from './people.ts';
import { defaultGazetteer } from '../gazetteer/index.ts';
import type { PersonMention } from '../types.ts';

const g = defaultGazetteer();
const DATE = '2023-03-15';
const ctx = (date: string | null = DATE): NameContext => ({ bySurname: new Map(), date });
const names = (text: string, c: NameContext = ctx()): PersonMention[] => findNames(g, text, 0, c);

describe('findNames: known people', () => {
  // [sentence, text of the mention as written, actor id, canonical name]
  const table: Array<[string, string, string, string]> = [
    // canonical spellings
    ['Sergey Lavrov arrived in Minsk.', 'Sergey Lavrov', 'sergey-lavrov', 'Sergey Lavrov'],
    ['Talks were chaired by Jeyhun Bayramov.', 'Jeyhun Bayramov', 'jeyhun-bayramov', 'Jeyhun Bayramov'],
    ['Nikol Pashinyan flew to Moscow.', 'Nikol Pashinyan', 'nikol-pashinyan', 'Nikol Pashinyan'],
    // transliteration variants
    ['Jeihun Bairamov spoke with reporters.', 'Jeihun Bairamov', 'jeyhun-bayramov', 'Jeyhun Bayramov'],
    ['The guest was received by Sergei Lavrov.', 'Sergei Lavrov', 'sergey-lavrov', 'Sergey Lavrov'],
    ['Nikol Pashinian arrived in Moscow.', 'Nikol Pashinian', 'nikol-pashinyan', 'Nikol Pashinyan'],
    ['President Ibrahim Reisi flew to Ashgabat.', 'Ibrahim Reisi', 'ebrahim-raisi', 'Ebrahim Raisi'],
    // fuzzy surnames confirmed by the first name
    ['Mikhail Mushustin chaired the session.', 'Mikhail Mushustin', 'mikhail-mishustin', 'Mikhail Mishustin'],
    ['Ararat Mirzoyn held talks in Yerevan.', 'Ararat Mirzoyn', 'ararat-mirzoyan', 'Ararat Mirzoyan'],
    ['Alexei Averchuk visited Baku.', 'Alexei Averchuk', 'alexei-overchuk', 'Alexei Overchuk'],
    // honorific and surname alone
    ['Mr. Lavrov said the talks were useful.', 'Lavrov', 'sergey-lavrov', 'Sergey Lavrov'],
    ['Mr. Mushustin thanked his hosts.', 'Mushustin', 'mikhail-mishustin', 'Mikhail Mishustin'],
    ['Later, Putin spoke to journalists.', 'Putin', 'vladimir-putin', 'Vladimir Putin'],
    // a role in front of the name is not part of the name
    ['Russian Foreign Minister Sergei Lavrov met the press.', 'Sergei Lavrov', 'sergey-lavrov', 'Sergey Lavrov'],
    ['Armenian Deputy Foreign Minister Mnatsakan Safaryan met the ambassador.', 'Mnatsakan Safaryan', 'mnatsakan-safaryan', 'Mnatsakan Safaryan'],
    // officials added to widen the gazetteer (people/officials.yaml), in their variant spellings
    ['Alexey Likhachyov toured the plant site.', 'Alexey Likhachyov', 'alexei-likhachev', 'Alexei Likhachev'],
    ['The council heard Vassily Nebenzia on Tuesday.', 'Vassily Nebenzia', 'vasily-nebenzya', 'Vasily Nebenzya'],
    ['Mr. Minnikhanov opened the fair.', 'Minnikhanov', 'rustam-minnikhanov', 'Rustam Minnikhanov'],
    ['The talks were led by Elchin Amirbekov.', 'Elchin Amirbekov', 'elchin-amirbayov', 'Elchin Amirbayov'],
  ];
  for (const [sentence, written, id, name] of table) {
    test(`${written} → ${name}`, () => {
      const found = names(sentence);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.name)));
      const [m] = found;
      assert.equal(m.actorId, id);
      assert.equal(m.name, name);
      assert.equal(sentence.slice(m.start, m.end), written);
      assert.equal(m.reference, false);
    });
  }

  test('two people in one sentence, in text order', () => {
    const found = names('Sergey Lavrov met Jeyhun Bayramov in Moscow.');
    assert.deepEqual(
      found.map((f) => f.actorId),
      ['sergey-lavrov', 'jeyhun-bayramov'],
    );
  });

  test('country and role come from the gazetteer at the context date', () => {
    const [m] = names('Nikol Pashinyan flew to Moscow.');
    assert.equal(m.country, 'ARM');
    assert.equal(m.role, 'prime-minister');
    const [lavrov] = names('Sergey Lavrov arrived.');
    assert.equal(lavrov.country, 'RUS');
    assert.equal(lavrov.role, 'foreign-minister');
  });

  test('offsets are document offsets', () => {
    const text = 'Later, Putin spoke to journalists.';
    const [m] = findNames(g, text, 500, ctx());
    assert.equal(m.start, 500 + text.indexOf('Putin'));
    assert.equal(m.end, 500 + text.indexOf('Putin') + 'Putin'.length);
  });

  test('a possessive surname is the person without the apostrophe', () => {
    const text = "Lavrov's deputy attended.";
    const [m] = names(text);
    assert.equal(m.actorId, 'sergey-lavrov');
    assert.equal(text.slice(m.start, m.end), 'Lavrov');
  });
});

describe('findNames: what the text says of a person the gazetteer lacks', () => {
  // [sentences of one document, name, role, state of the last mention]; names invented, not in the gazetteer.
  const table: Array<[string[], string, string | null, string | null]> = [
    // the state after the name
    [['President Tomas Veldhuis of Kazakhstan arrived in Tashkent.'], 'Tomas Veldhuis', 'president', 'KAZ'],
    // a role in the plural before a list of names
    [['Presidents Tomas Veldhuis and Vladimir Putin signed a treaty.'], 'Tomas Veldhuis', 'president', null],
    // a state in the possessive before a known first name
    [['Georgia’s Anna Kvirikashvili met Lavrov in Minsk.'], 'Anna Kvirikashvili', null, 'GEO'],
    // the nearest "of …" names the state, not the run back across an earlier name
    [['Both leaders came: President of Georgia Salome Zourabichvili, then President of the Kyrgyz Republic Temir Jolborsov.'], 'Temir Jolborsov', 'president', 'KGZ'],
    // a surname the gazetteer gives to a namesake: another first name after the title is someone else
    [['President of the Kyrgyz Republic Temir Japarov arrived in Moscow.'], 'Temir Japarov', 'president', 'KGZ'],
    // words of address (data/lexicon/name-titles.yaml) between the title and the name, and before the surname later
    [['Iranian President Ayatollah Seyed Mahmoud Rezaeian arrived in Ashgabat.'], 'Mahmoud Rezaeian', 'president', 'IRN'],
    [['Iranian President Ayatollah Seyed Mahmoud Rezaeian arrived in Ashgabat.', 'Ayatollah Rezaeian met his host.'], 'Mahmoud Rezaeian', 'president', 'IRN'],
    // a middle initial inside the name
    [['Secretary of State Daniel K. Whitford spoke with Lavrov.'], 'Daniel Whitford', 'foreign-minister', null],
    // named again by surname alone: the first mention's state and role carry over
    [['President Tomas Veldhuis of Kazakhstan arrived in Tashkent.', 'Later Veldhuis met Putin.'], 'Tomas Veldhuis', 'president', 'KAZ'],
    [['President of the Kyrgyz Republic Temir Japarov arrived in Moscow.', 'Japarov met Putin.'], 'Temir Japarov', 'president', 'KGZ'],
  ];
  for (const [texts, name, role, country] of table) {
    test(texts.join(' '), () => {
      const c = ctx();
      let found: PersonMention[] = [];
      for (const t of texts) found = names(t, c);
      const m = found.find((f) => f.actorId === null);
      assert.deepEqual([m?.name, m?.role, m?.country], [name, role, country]);
    });
  }

  // Capitalised words after a plural role or a possessive state that are not a person.
  const negatives = [
    'After the Foreign Ministers Extraordinary Meeting on Ukraine, the minister flew home.',
    'Georgia’s Black Sea coast drew visitors.',
    'Kazakhstan’s Foreign Ministry said so.',
    'Presidents Day was a holiday.',
    'The U.S. Embassy in Baku said so.',
  ];
  for (const text of negatives) {
    test(`nobody: ${text}`, () => {
      assert.deepEqual(names(text).map((f) => f.name), []);
    });
  }
});

describe('findNames: people the gazetteer lacks', () => {
  test('a first name that is also a known surname ("Ibrahim", "Reza"), followed by a surname the gazetteer lacks, is not the known man', () => {
    for (const [text, want] of [
      ['The Iraqi Deputy Foreign Minister Ibrahim Haddad met the ambassador.', 'Ibrahim Haddad'],
      ['Deputy Minister of Energy Reza Kazemi met his hosts.', 'Reza Kazemi'],
    ]) {
      const found = names(text);
      assert.deepEqual(found.map((f) => f.name), [want], text);
      assert.equal(found[0].actorId, null);
    }
    // A title in title case keeps the known surname: "Putin Meets Ibrahim" is no unknown "Putin Meets".
    assert.deepEqual(names('Putin Meets Erdogan in Ankara').map((f) => f.name), ['Vladimir Putin', 'Recep Tayyip Erdogan']);
  });

  test('an unknown person introduced by a role is kept with actorId null', () => {
    const text = 'Armenian Deputy Foreign Minister Vardan Tevosyants met the ambassador.';
    const found = names(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].actorId, null);
    assert.equal(found[0].name, 'Vardan Tevosyants');
    assert.equal(text.slice(found[0].start, found[0].end), 'Vardan Tevosyants');
    assert.equal(found[0].rule, 'person.context');
  });

  test('an unknown person introduced as a counterpart is kept', () => {
    const found = names('Lavrov met his Georgian counterpart Davit Nemsadze.');
    const unknown = found.find((f) => f.actorId === null);
    assert.equal(unknown?.name, 'Davit Nemsadze');
  });

  test('the same unknown person named again by surname is recognised from the document', () => {
    const c = ctx();
    names('Armenian Deputy Foreign Minister Vardan Tevosyants met the ambassador.', c);
    const text = 'Tevosyants said the meeting was useful.';
    const found = findNames(g, text, 200, c);
    assert.equal(found.length, 1);
    assert.equal(found[0].name, 'Vardan Tevosyants');
    assert.equal(found[0].start, 200);
  });

  test('a title of several words before an unknown name, with an apostrophe in the name and a portfolio after the title', () => {
    const role = (text: string) => names(text).filter((f) => f.actorId === null).map((f) => [f.name, f.role, f.country]);
    // "Secretary of" ends one capitalised run and "State James Smith" starts the next.
    assert.deepEqual(role('US Deputy Secretary of State James Smith met Bayramov.'), [['James Smith', 'deputy-foreign-minister', 'USA']]);
    assert.deepEqual(role('Aliyev received Assistant Secretary of State for European and Eurasian Affairs James O’Hara.'), [['James O’Hara', 'deputy-foreign-minister', null]]);
    assert.deepEqual(role('EU Special Representative for the Sahel Region Anna Berg met Bayramov.'), [['Anna Berg', 'special-envoy', null]]);
    // A purpose after a title is not a portfolio: someone met, but not the president.
    assert.deepEqual(role('Lavrov met with the president for talks with Anna Berg.'), [['Anna Berg', null, null]]);
  });

  test('a title held somewhere ("Governor of …", "Chair of the Senate of …") before an unknown name', () => {
    const role = (text: string) => names(text).filter((f) => f.actorId === null).map((f) => [f.name, f.role, f.country]);
    assert.deepEqual(role('Aliyev met with Governor of the Northern Region Tomas Brekke.'), [['Tomas Brekke', 'regional-head', null]]);
    assert.deepEqual(role('Lukashenko received the Governor of Russia’s Tula Region Pavel Orekhov.'), [['Pavel Orekhov', 'regional-head', 'RUS']]);
    // The place the title holds in opens the run, a word the gazetteer may not know.
    assert.deepEqual(role('Pashinyan met with the Chairperson of the Senate of Ruritania Ana Maria Veldt.'), [['Ana Maria Veldt', 'organisation-head', null]]);
    assert.deepEqual(role('Japarov also met the President of Bashkortostan Rustam Gabdrakhmanov.'), [['Rustam Gabdrakhmanov', 'president', null]]);
    // A state's name closes the title: two unknown words after it are a name, the first name unknown too.
    // The nearest "of …" is the state; the title before it is read whole.
    assert.deepEqual(role('Heading the talks was Acting Minister of Foreign Affairs of Turkmenistan Orazgeldi Bayliyev.'), [['Orazgeldi Bayliyev', 'foreign-minister', 'TKM']]);
    // A title's place is not a name: "the Chairman of the Russian Audit Chamber, …".
    assert.deepEqual(role('Pashinyan hosted the Chairman of the Russian Audit Chamber, Boris Lunin.'), []);
  });

  test('a short word in capitals is initials, not a surname that folds to the same letters', () => {
    assert.deepEqual(names('Zelensky met Sandu in Kyiv, writes UNN.').map((x) => x.name), ['Volodymyr Zelensky', 'Maia Sandu']);
  });

  test('a known surname run into the next word by a lost space is the person, the span ending with the surname', () => {
    const text = 'Foreign Minister Jeyhun Bayramovwill pay a visit to Moscow.';
    const [f] = names(text);
    assert.equal(f.name, 'Jeyhun Bayramov');
    assert.equal(text.slice(f.start, f.end), 'Jeyhun Bayramov');
    assert.equal(f.rule, 'person.surname-glued');
    // Only a known surname and a small word: an unknown word stays unknown.
    assert.deepEqual(names('Mr Petrosyanwill speak.').map((x) => x.name), []);
  });

  test('an unknown capitalised pair with no role before it is not a person', () => {
    assert.deepEqual(names('Vardan Tevosyants met the ambassador.'), []);
  });

  test('a known first name with an unknown surname right after a verb of contact is someone met', () => {
    const found = names('Jeyhun Bayramov met James O’Hara in Baku.');
    assert.deepEqual(found.map((f) => [f.name, f.rule]), [['Jeyhun Bayramov', 'person.full-name'], ['James O’Hara', 'person.after-contact-verb']]);
    // Not a place, a country or words of a role, and not without the verb.
    assert.deepEqual(names('Jeyhun Bayramov met Foreign Office officials in Baku.').map((f) => f.name), ['Jeyhun Bayramov']);
    assert.deepEqual(names('James O’Hara praised the agreement.'), []);
  });
});

describe('findNames: negative set (no people)', () => {
  const none = [
    'On Thursday the ministers met in Moscow.',
    'On Monday, the delegations arrived.',
    'In March, Armenia and Azerbaijan resumed talks.',
    'Russia, Azerbaijan and Armenia signed a statement in January.',
    'May brought a new round of consultations.',
    'I think Russia and Turkey agree.',
    'The Foreign Ministry of Armenia issued a statement.',
    'The European Union welcomed the talks.',
    'The Kremlin said the talks in Moscow were useful.',
    'According to the State Duma, the treaty was ratified.',
  ];
  for (const sentence of none) {
    test(sentence, () => assert.deepEqual(names(sentence).map((n) => n.name), []));
  }

  test('sentence-initial "On" does not join the name after it', () => {
    const text = 'On Thursday Lavrov met Pashinyan.';
    const found = names(text);
    assert.deepEqual(
      found.map((f) => text.slice(f.start, f.end)),
      ['Lavrov', 'Pashinyan'],
    );
  });

  test('a fuzzy surname without a matching first name or honorific is not taken', () => {
    // "Mushustin" alone, after a word that is not a first name of Mishustin.
    assert.deepEqual(names('Governor Mushustin spoke.').filter((n) => n.actorId === 'mikhail-mishustin'), []);
  });
});
