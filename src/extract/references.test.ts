// Descriptions standing for people ("the Russian president", "his Azerbaijani counterpart"): resolved
// to the role holder on the event date only when the document names that person; otherwise a
// country-only reference. A role right beside a name gives that name its role instead.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { findReferences } from './references.ts';
import { findNames } from './people.ts';
import { defaultGazetteer } from '../gazetteer/index.ts';
import type { PersonMention } from '../types.ts';

const g = defaultGazetteer();

function refs(text: string, date: string, named: string[]): { names: PersonMention[]; refs: PersonMention[] } {
  const names = findNames(g, text, 0, { bySurname: new Map(), date });
  return { names, refs: findReferences(g, text, 0, names, { date, named: new Set(named) }) };
}

const pick = (ms: PersonMention[]) => ms.map((m) => [m.actorId, m.country, m.role]);

describe('findReferences: single descriptions', () => {
  const text = 'Pashinyan later spoke with the Russian president.';

  test('"the Russian president" resolves to Putin in 2022 when the document names him', () => {
    const { refs: found } = refs(text, '2022-05-10', ['vladimir-putin', 'nikol-pashinyan']);
    assert.equal(found.length, 1);
    const [r] = found;
    assert.equal(r.actorId, 'vladimir-putin');
    assert.equal(r.name, 'Vladimir Putin');
    assert.equal(r.country, 'RUS');
    assert.equal(r.role, 'president');
    assert.equal(r.reference, true);
    assert.equal(text.slice(r.start, r.end), 'Russian president');
  });

  test('"the Russian president" is a country-only reference when Putin is not named', () => {
    const { refs: found } = refs(text, '2022-05-10', ['nikol-pashinyan']);
    assert.equal(found.length, 1);
    assert.equal(found[0].actorId, null);
    assert.equal(found[0].country, 'RUS');
    assert.equal(found[0].role, 'president');
    assert.equal(found[0].reference, true);
  });

  test('the holder is the one on the event date (2010: Medvedev, not Putin)', () => {
    const { refs: found } = refs('The Russian president arrived in Yerevan.', '2010-08-19', ['vladimir-putin', 'dmitry-medvedev']);
    assert.deepEqual(pick(found), [['dmitry-medvedev', 'RUS', 'president']]);
  });

  test('"Azerbaijan\'s foreign minister" (possessive country name)', () => {
    const { refs: found } = refs("Azerbaijan's foreign minister arrived in Moscow.", '2023-03-15', ['jeyhun-bayramov']);
    assert.deepEqual(pick(found), [['jeyhun-bayramov', 'AZE', 'foreign-minister']]);
  });

  test('"the top Iranian diplomat": the adjective inside "top diplomat" is the foreign minister\'s country', () => {
    const { refs: found } = refs('The prime minister also received the top Iranian diplomat.', '2021-01-28', ['mohammad-javad-zarif']);
    assert.deepEqual(pick(found), [['mohammad-javad-zarif', 'IRN', 'foreign-minister']]);
  });

  test('"in a conversation with Putin, the Azerbaijani leader …": a name of another country before the comma is no apposition', () => {
    const { refs: found } = refs('On March 24, in a conversation with Putin, the Azerbaijani leader expressed condolences.', '2024-03-24', ['vladimir-putin', 'ilham-aliyev']);
    assert.deepEqual(pick(found), [['ilham-aliyev', 'AZE', 'president']]);
  });
});

describe('findReferences: plural descriptions', () => {
  test('"the foreign ministers of Armenia and Azerbaijan" gives both ministers', () => {
    const { refs: found } = refs('The foreign ministers of Armenia and Azerbaijan met in Washington.', '2023-05-01', ['ararat-mirzoyan', 'jeyhun-bayramov']);
    assert.deepEqual(pick(found), [
      ['ararat-mirzoyan', 'ARM', 'foreign-minister'],
      ['jeyhun-bayramov', 'AZE', 'foreign-minister'],
    ]);
    assert.ok(found.every((r) => r.reference));
  });

  test('the same plural without the names in the document gives two country-only references', () => {
    const { refs: found } = refs('The foreign ministers of Armenia and Azerbaijan met in Washington.', '2023-05-01', []);
    assert.deepEqual(pick(found), [
      [null, 'ARM', 'foreign-minister'],
      [null, 'AZE', 'foreign-minister'],
    ]);
  });

  test('"the Russian and Azerbaijani presidents" gives both presidents', () => {
    const { refs: found } = refs('The Russian and Azerbaijani presidents met in Sochi.', '2022-10-31', ['vladimir-putin', 'ilham-aliyev']);
    assert.deepEqual(pick(found), [
      ['vladimir-putin', 'RUS', 'president'],
      ['ilham-aliyev', 'AZE', 'president'],
    ]);
  });
});

describe('findReferences: counterparts', () => {
  test('"his Azerbaijani counterpart" takes the subject\'s role (foreign minister)', () => {
    const { refs: found } = refs('Lavrov held talks with his Azerbaijani counterpart.', '2023-03-15', ['sergey-lavrov', 'jeyhun-bayramov']);
    assert.deepEqual(pick(found), [['jeyhun-bayramov', 'AZE', 'foreign-minister']]);
    assert.equal(found[0].rule, 'ref.counterpart');
  });

  test('"his Russian counterpart" of a prime minister is the Russian prime minister', () => {
    const { refs: found } = refs('Pashinyan spoke with his Russian counterpart.', '2023-03-15', ['nikol-pashinyan', 'mikhail-mishustin']);
    assert.deepEqual(pick(found), [['mikhail-mishustin', 'RUS', 'prime-minister']]);
  });

  test('a counterpart after a description ("the Belarusian defence minister … his Russian counterpart") takes that description\'s office, not the leader\'s', () => {
    const { refs: found } = refs('The Belarusian defence minister held talks with his Russian counterpart in Minsk.', '2023-03-15', ['viktor-khrenin', 'sergei-shoigu', 'vladimir-putin']);
    const counterpart = found.find((r) => r.rule === 'ref.counterpart');
    assert.deepEqual(counterpart && [counterpart.actorId, counterpart.role], ['sergei-shoigu', 'defence-minister']);
  });

  test('a counterpart whose holder is not named stays country-only but keeps the role', () => {
    const { refs: found } = refs('Lavrov held talks with his Azerbaijani counterpart.', '2023-03-15', ['sergey-lavrov']);
    assert.deepEqual(pick(found), [[null, 'AZE', 'foreign-minister']]);
  });

  test('"his Armenian counterpart Ararat Mirzoyan": the name is the person, no separate reference', () => {
    const { names, refs: found } = refs('Lavrov met his Armenian counterpart Ararat Mirzoyan.', '2023-03-15', ['sergey-lavrov', 'ararat-mirzoyan']);
    assert.deepEqual(found, []);
    assert.deepEqual(
      names.map((n) => n.actorId),
      ['sergey-lavrov', 'ararat-mirzoyan'],
    );
  });
});

describe('findReferences: a role beside a name is not a reference', () => {
  const table: Array<[string, string]> = [
    ['Russian Foreign Minister Sergei Lavrov met Mirzoyan.', 'sergey-lavrov'],
    ['Azerbaijani President Ilham Aliyev arrived in Sochi.', 'ilham-aliyev'],
    ['Armenian Prime Minister Nikol Pashinyan flew to Minsk.', 'nikol-pashinyan'],
  ];
  for (const [text, id] of table) {
    test(text, () => {
      const { names, refs: found } = refs(text, '2023-03-15', [id]);
      assert.deepEqual(found, []);
      assert.ok(names.some((n) => n.actorId === id));
    });
  }

  test('an unknown person after a role gets the role\'s country from the description', () => {
    const { names, refs: found } = refs('Armenian Deputy Foreign Minister Vardan Tevosyants met the ambassador.', '2023-03-15', []);
    assert.deepEqual(found, []);
    const p = names.find((n) => n.name === 'Vardan Tevosyants');
    assert.equal(p?.country, 'ARM');
    assert.equal(p?.role, 'deputy-foreign-minister');
  });
});

describe('findReferences: a description of someone the gazetteer lacks', () => {
  // The document introduced the person with an office and a state; a later description of that office
  // and state is that person. [first sentence, later sentence, name the description resolves to ('' for none)]
  const table: Array<[string, string, string]> = [
    ['Turkish Defence Minister Kemal Ozturan arrived in Kyiv.', 'Zelensky later received the Turkish defence minister.', 'Kemal Ozturan'],
    ['President Tomas Veldhuis of Kazakhstan arrived in Tashkent.', 'Mirziyoyev met the Kazakh president.', 'Tomas Veldhuis'],
    // another state's office: nobody
    ['Turkish Defence Minister Kemal Ozturan arrived in Kyiv.', 'Zelensky later received the Greek defence minister.', ''],
    // another office of the same state: nobody
    ['Turkish Defence Minister Kemal Ozturan arrived in Kyiv.', 'Zelensky later received the Turkish foreign minister.', ''],
  ];
  for (const [first, later, want] of table) {
    test(`${first} / ${later}`, () => {
      const c = { bySurname: new Map(), date: '2023-03-15' };
      const people = [findNames(g, first, 0, c), findNames(g, later, 100, c)];
      const found = findReferences(g, later, 100, people[1], { date: '2023-03-15', named: new Set(), people });
      const r = found.find((x) => x.reference);
      assert.equal(r?.name ?? '', want);
    });
  }
});

describe('findReferences: negative set', () => {
  const none = [
    'The ministers discussed the border.',
    'Russian troops left the area.',
    'The president said the talks were useful.', // no country: not resolvable
    'Azerbaijani media reported the talks.',
  ];
  for (const text of none) {
    test(text, () => assert.deepEqual(refs(text, '2023-03-15', ['vladimir-putin']).refs, []));
  }
});
