// Whole Russian documents through extract(): short texts written for these tests, read through
// readDocument as a user's file would be (the Cyrillic text sends them to the Russian reader). Each
// case states the events a reader of the text would list; the negative table holds texts that report
// no contact at all. Every decision of readRussian names its rule and says why.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extract, type Extraction } from '../../extract/pipeline.ts';
import { readDocument } from '../../ingest/read.ts';
import { defaultGazetteer } from '../../gazetteer/index.ts';
import { readRussian } from './read.ts';
import type { Doc, EventType, ExtractedEvent } from '../../types.ts';

function docOf(text: string, published: string | null): Doc {
  const r = readDocument('story.txt', Buffer.from(text), { published });
  if (!r.ok) assert.fail(`refused: ${r.reason}`);
  assert.equal(r.doc.lang, 'ru');
  return r.doc;
}

function run(text: string, published: string | null = '2024-03-15'): Extraction {
  return extract(docOf(text, published));
}

const ids = (e: ExtractedEvent) => e.participants.map((p) => p.actorId ?? p.name).sort();

interface Expect {
  type: EventType;
  date: string | null;
  participants: string[];
  countries?: string[];
  location?: string | null;
  initiator?: string | null;
}

function assertEvents(x: Extraction, want: Expect[]): void {
  assert.equal(x.skipped, null);
  const got = x.events.map((e) => ({ type: e.type, date: e.date, participants: ids(e), countries: [...e.countries].sort(), location: e.location, initiator: e.initiator }));
  assert.equal(got.length, want.length, JSON.stringify(got));
  want.forEach((w, i) => {
    assert.equal(got[i].type, w.type, `event ${i} type`);
    assert.equal(got[i].date, w.date, `event ${i} date`);
    assert.deepEqual(got[i].participants, [...w.participants].sort(), `event ${i} participants`);
    if (w.countries !== undefined) assert.deepEqual(got[i].countries, [...w.countries].sort(), `event ${i} countries`);
    if (w.location !== undefined) assert.equal(got[i].location, w.location, `event ${i} location`);
    if (w.initiator !== undefined) assert.equal(got[i].initiator, w.initiator, `event ${i} initiator`);
  });
}

// [what it shows, text, published, the events]
type Case = [string, string, string | null, Expect[]];

const calls: Case[] = [
  [
    'a call with both names and its date',
    '12 марта министр иностранных дел России Сергей Лавров провёл телефонный разговор с министром иностранных дел Армении Араратом Мирзояном.',
    '2024-03-15',
    [{ type: 'call', date: '2024-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'], countries: ['ARM', 'RUS'], location: null }],
  ],
  [
    'a call dated by a weekday before the publication day',
    'Во вторник состоялся телефонный разговор Сергея Лаврова и Арарата Мирзояна.',
    '2024-03-15',
    [{ type: 'call', date: '2024-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
  ],
  [
    'a call at the initiative of the Armenian side, in the same sentence',
    'Во вторник состоялся телефонный разговор Сергея Лаврова и Арарата Мирзояна по инициативе армянской стороны.',
    '2024-03-15',
    [{ type: 'call', date: '2024-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'], initiator: 'ARM' }],
  ],
  [
    'a call at the initiative of the Armenian side, told in the next sentence: one call',
    '12 марта состоялся телефонный разговор министров иностранных дел России и Армении Сергея Лаврова и Арарата Мирзояна. Беседа прошла по инициативе армянской стороны.',
    '2024-03-15',
    [{ type: 'call', date: '2024-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'], countries: ['ARM', 'RUS'], initiator: 'ARM' }],
  ],
  [
    '"X позвонил Y": the caller\'s state is the initiator (Turkey)',
    'Реджеп Тайип Эрдоган позвонил Владимиру Путину 11 марта.',
    '2024-03-15',
    [{ type: 'call', date: '2024-03-11', participants: ['recep-tayyip-erdogan', 'vladimir-putin'], initiator: 'TUR' }],
  ],
  [
    '"X позвонил Y": Russia rings Armenia',
    'Владимир Путин во вторник позвонил Николу Пашиняну.',
    '2024-03-15',
    [{ type: 'call', date: '2024-03-12', participants: ['vladimir-putin', 'nikol-pashinyan'], initiator: 'RUS' }],
  ],
  [
    '"X позвонил Y": a caller with a hyphenated first name',
    'Президент Казахстана Касым-Жомарт Токаев 4 марта позвонил Шавкату Мирзиёеву и поздравил его с праздником.',
    '2024-03-15',
    [{ type: 'call', date: '2024-03-04', participants: ['kassym-jomart-tokayev', 'shavkat-mirziyoyev'], countries: ['KAZ', 'UZB'], initiator: 'KAZ' }],
  ],
  [
    '"X позвонила Y": an indeclinable woman\'s surname as the caller',
    'Санду позвонила Эрдогану 10 марта.',
    '2024-03-15',
    [{ type: 'call', date: '2024-03-10', participants: ['maia-sandu', 'recep-tayyip-erdogan'], initiator: 'MDA' }],
  ],
  [
    'calls with "коллегами из Азербайджана и Армении", the ministers named in a later paragraph: two calls',
    '13 марта Сергей Лавров провёл телефонные разговоры с коллегами из Азербайджана и Армении.\n\nДжейхун Байрамов рассказал о подготовке мирного договора, Арарат Мирзоян — о ситуации на границе.',
    '2024-03-15',
    [
      { type: 'call', date: '2024-03-13', participants: ['sergey-lavrov', 'jeyhun-bayramov'], countries: ['AZE', 'RUS'] },
      { type: 'call', date: '2024-03-13', participants: ['sergey-lavrov', 'ararat-mirzoyan'], countries: ['ARM', 'RUS'] },
    ],
  ],
  [
    'calls with "коллегами из Азербайджана и Армении", the ministers named in the next sentence: two calls',
    '13 марта Сергей Лавров провёл телефонные разговоры с коллегами из Азербайджана и Армении. Джейхуна Байрамова и Арарата Мирзояна он проинформировал о ситуации в регионе.',
    '2024-03-15',
    [
      { type: 'call', date: '2024-03-13', participants: ['sergey-lavrov', 'jeyhun-bayramov'], countries: ['AZE', 'RUS'] },
      { type: 'call', date: '2024-03-13', participants: ['sergey-lavrov', 'ararat-mirzoyan'], countries: ['ARM', 'RUS'] },
    ],
  ],
  [
    'calls with "коллегами из Азербайджана и Армении", each minister named with what was discussed: two calls',
    '13 марта Сергей Лавров провёл телефонные разговоры с коллегами из Азербайджана и Армении. С Джейхуном Байрамовым он обсудил подготовку мирного договора. С Араратом Мирзояном министр обсудил ситуацию на границе.',
    '2024-03-15',
    [
      { type: 'call', date: '2024-03-13', participants: ['sergey-lavrov', 'jeyhun-bayramov'], countries: ['AZE', 'RUS'] },
      { type: 'call', date: '2024-03-13', participants: ['sergey-lavrov', 'ararat-mirzoyan'], countries: ['ARM', 'RUS'] },
    ],
  ],
  [
    'calls with "коллегами из Азербайджана и Армении", the ministers named after a dash: two calls',
    '13 марта Сергей Лавров провёл телефонные разговоры с коллегами из Азербайджана и Армении — Джейхуном Байрамовым и Араратом Мирзояном.',
    '2024-03-15',
    [
      { type: 'call', date: '2024-03-13', participants: ['sergey-lavrov', 'jeyhun-bayramov'], countries: ['AZE', 'RUS'] },
      { type: 'call', date: '2024-03-13', participants: ['sergey-lavrov', 'ararat-mirzoyan'], countries: ['ARM', 'RUS'] },
    ],
  ],
];

const headlines: Case[] = [
  [
    'a headline and a lead telling one call: one event, dated by the dateline',
    'Лавров и Мирзоян обсудили по телефону ситуацию на границе\nМОСКВА, 13 марта. /ТАСС/. Министр иностранных дел России Сергей Лавров провёл телефонный разговор с армянским коллегой Араратом Мирзояном. Стороны обсудили ситуацию на границе.',
    '2024-03-13',
    [{ type: 'call', date: '2024-03-13', participants: ['sergey-lavrov', 'ararat-mirzoyan'], countries: ['ARM', 'RUS'] }],
  ],
  [
    'a headline and a lead telling one meeting in the Kremlin: one event in Moscow',
    'Путин и Пашинян встретились в Москве\nМОСКВА, 8 мая. /ТАСС/. Президент России Владимир Путин провёл переговоры с премьер-министром Армении Николом Пашиняном в Кремле. Лидеры обсудили торговлю и энергетику.',
    '2024-05-08',
    [{ type: 'meeting', date: '2024-05-08', participants: ['vladimir-putin', 'nikol-pashinyan'], location: 'Moscow' }],
  ],
  [
    'a headline and a lead with its own date: one event',
    'Лавров провёл переговоры с Байрамовым\nГлава МИД России Сергей Лавров 12 марта провёл переговоры с министром иностранных дел Азербайджана Джейхуном Байрамовым в Москве. Министры обсудили транспортные коридоры и подготовку мирного договора между Баку и Ереваном.',
    '2024-03-15',
    [{ type: 'meeting', date: '2024-03-12', participants: ['sergey-lavrov', 'jeyhun-bayramov'], countries: ['AZE', 'RUS'], location: 'Moscow' }],
  ],
  [
    'a headline, a lead and a later paragraph that refers back: one event',
    'Лавров провёл переговоры с Байрамовым\n\nГлава МИД России Сергей Лавров в среду провёл переговоры в Москве с азербайджанским коллегой Джейхуном Байрамовым.\n\nВстреча прошла в закрытом формате.',
    '2024-03-15',
    [{ type: 'meeting', date: '2024-03-13', participants: ['sergey-lavrov', 'jeyhun-bayramov'], location: 'Moscow' }],
  ],
];

const visits: Case[] = [
  [
    'a visit "прибыл в Баку": the traveller only, in Baku, both states',
    'Министр иностранных дел Армении Арарат Мирзоян 14 марта прибыл в Баку с рабочим визитом.',
    '2024-03-15',
    [{ type: 'visit', date: '2024-03-14', participants: ['ararat-mirzoyan'], countries: ['ARM', 'AZE'], location: 'Baku' }],
  ],
  [
    'a visit "посетил Баку"',
    'Министр иностранных дел Армении Арарат Мирзоян 14 марта посетил Баку.',
    '2024-03-15',
    [{ type: 'visit', date: '2024-03-14', participants: ['ararat-mirzoyan'], countries: ['ARM', 'AZE'], location: 'Baku' }],
  ],
  [
    'a visit "побывал в Ереване"',
    'Глава МИД Азербайджана Джейхун Байрамов 13 марта побывал в Ереване.',
    '2024-03-15',
    [{ type: 'visit', date: '2024-03-13', participants: ['jeyhun-bayramov'], countries: ['ARM', 'AZE'], location: 'Yerevan' }],
  ],
  [
    'a visit told by its noun, "приезд … в Минск"',
    'Приезд Никола Пашиняна в Минск 11 марта прошёл без протокольных мероприятий.',
    '2024-03-15',
    [{ type: 'visit', date: '2024-03-11', participants: ['nikol-pashinyan'], countries: ['ARM', 'BLR'], location: 'Minsk' }],
  ],
  [
    'a headline and a lead telling one visit; the airport welcome is no meeting',
    'Пашинян прибыл в Москву\nМОСКВА, 8 мая. /ТАСС/. Премьер-министр Армении Никол Пашинян прибыл в Москву с рабочим визитом. В аэропорту его встретил Сергей Лавров.',
    '2024-05-08',
    [{ type: 'visit', date: '2024-05-08', participants: ['nikol-pashinyan'], countries: ['ARM', 'RUS'], location: 'Moscow' }],
  ],
];

const meetings: Case[] = [
  [
    'a visitor "был принят A и B": a meeting with each host',
    'Министр иностранных дел России Сергей Лавров 5 мая посетил Ереван, где был принят Араратом Мирзояном и Николом Пашиняном.',
    '2024-05-06',
    [
      { type: 'visit', date: '2024-05-05', participants: ['sergey-lavrov'], countries: ['ARM', 'RUS'], location: 'Yerevan' },
      { type: 'meeting', date: '2024-05-05', participants: ['ararat-mirzoyan', 'sergey-lavrov'] },
      { type: 'meeting', date: '2024-05-05', participants: ['nikol-pashinyan', 'sergey-lavrov'] },
    ],
  ],
  [
    'one subject "встретился с A, а затем — с B": a meeting with each (CONVENTIONS 4)',
    'Никол Пашинян 14 марта встретился с Владимиром Путиным, а затем — с Михаилом Мишустиным.',
    '2024-03-20',
    [
      { type: 'meeting', date: '2024-03-14', participants: ['nikol-pashinyan', 'vladimir-putin'] },
      { type: 'meeting', date: '2024-03-14', participants: ['mikhail-mishustin', 'nikol-pashinyan'] },
    ],
  ],
  [
    'a bilateral meeting and a joint one with a third state on its day are two meetings; the day told with the first contact, not the stamp',
    '14.03.2024 | 09:30\n12 марта министры иностранных дел Армении и Азербайджана Арарат Мирзоян и Джейхун Байрамов провели встречу в Вашингтоне. Затем состоялась совместная встреча министров с госсекретарём США Энтони Блинкеном.',
    '2024-03-14',
    [
      { type: 'meeting', date: '2024-03-12', participants: ['ararat-mirzoyan', 'jeyhun-bayramov'], countries: ['ARM', 'AZE'] },
      { type: 'meeting', date: '2024-03-12', participants: ['antony-blinken', 'ararat-mirzoyan', 'jeyhun-bayramov'], countries: ['ARM', 'AZE', 'USA'] },
    ],
  ],
  [
    'a visit\'s programme: its planned meetings, one per partner, are of the visit\'s month and the traveller\'s',
    'МОСКВА, 14 мая. Сергей Лавров прибыл в Ереван с официальным визитом. В программе визита запланированы встречи с премьер-министром Николом Пашиняном и министром иностранных дел Араратом Мирзояном.',
    '2024-05-14',
    [
      { type: 'visit', date: '2024-05-14', participants: ['sergey-lavrov'], countries: ['ARM', 'RUS'], location: 'Yerevan' },
      { type: 'meeting', date: '2024-05', participants: ['nikol-pashinyan', 'sergey-lavrov'] },
      { type: 'meeting', date: '2024-05', participants: ['ararat-mirzoyan', 'sergey-lavrov'] },
    ],
  ],
  [
    'talks with a place and a date after the place',
    'Путин и Алиев провели переговоры в Сочи 31 октября.',
    '2024-03-15',
    [{ type: 'meeting', date: '2023-10-31', participants: ['vladimir-putin', 'ilham-aliyev'], location: 'Sochi' }],
  ],
  [
    '"принял": a host receiving a guest',
    'Лавров 12 марта принял в Москве Байрамова.',
    '2024-03-15',
    [{ type: 'meeting', date: '2024-03-12', participants: ['sergey-lavrov', 'jeyhun-bayramov'], countries: ['AZE', 'RUS'], location: 'Moscow' }],
  ],
  [
    'a three-way meeting stays one meeting',
    'Министры иностранных дел России, Армении и Азербайджана Сергей Лавров, Арарат Мирзоян и Джейхун Байрамов провели трёхстороннюю встречу в Москве 12 марта.',
    '2024-03-15',
    [{ type: 'meeting', date: '2024-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan', 'jeyhun-bayramov'], countries: ['ARM', 'AZE', 'RUS'], location: 'Moscow' }],
  ],
  [
    'a plan with its day counts',
    'Лавров встретится с Мирзояном в Минске 20 марта.',
    '2024-03-15',
    [{ type: 'meeting', date: '2024-03-20', participants: ['sergey-lavrov', 'ararat-mirzoyan'], location: 'Minsk' }],
  ],
  [
    'talks by video link are a call',
    'Путин и Токаев 5 марта провели переговоры по видеосвязи.',
    '2024-03-15',
    [{ type: 'call', date: '2024-03-05', participants: ['vladimir-putin', 'kassym-jomart-tokayev'] }],
  ],
  [
    'a call reported by a source ("как сообщил Кремль") keeps its parties',
    'Как сообщил Кремль, Путин 12 марта провёл телефонный разговор с Мирзиёевым.',
    '2024-03-15',
    [{ type: 'call', date: '2024-03-12', participants: ['vladimir-putin', 'shavkat-mirziyoyev'] }],
  ],
];

describe('extract (Russian): contacts', () => {
  for (const [group, table] of [['calls', calls], ['headlines', headlines], ['visits', visits], ['meetings', meetings]] as const) {
    describe(group, () => {
      for (const [what, text, published, want] of table) {
        test(what, () => assertEvents(run(text, published), want));
      }
    });
  }

  // The reader gets these wrong (expected vs actual in each title):
  test.todo('«…с коллегами из Азербайджана и Армении. С Джейхуном Байрамовым он обсудил подготовку мирного договора, с Араратом Мирзояном — ситуацию на границе.» should be the two calls only; a third event, a meeting Байрамов–Мирзоян with no date, is added');
  test('the caller after the verb is the initiator ("Пашиняну позвонил Владимир Путин")', () => {
    const [e] = run('Во вторник Пашиняну позвонил Владимир Путин.').events;
    assert.equal(e.type, 'call');
    assert.equal(e.initiator, 'RUS');
  });
  test('a meeting during a visit takes the visit\'s day and city from the sentence before', () => {
    const x = run('Мирзоян 14 марта прибыл в Баку. Его принял президент Азербайджана Ильхам Алиев.');
    const m = x.events.find((e) => e.type === 'meeting');
    assert.ok(m, JSON.stringify(x.events.map((e) => e.type)));
    assert.equal(m.date, '2024-03-14');
    assert.equal(m.location, 'Baku');
  });
  test.todo('«Президент Армении 10 марта позвонил Путину.» (caller named by role) should have initiator ARM; it has none');
  test('a dateline a day to three before the metadata\'s day dates the report («МОСКВА, 8 мая. /ТАСС/.», published 10 May)', () => {
    assertEvents(run('МОСКВА, 8 мая. /ТАСС/. Лавров провёл переговоры с Мирзояном.', '2024-05-10'), [{ type: 'meeting', date: '2024-05-08', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }]);
  });
  test('a date line the same day as the metadata changes nothing; one a week before is not the report\'s', () => {
    assertEvents(run('Лавров и Мирзоян провели переговоры\n\n14:05, 10 мая 2024\nЛавров провёл переговоры с Мирзояном.', '2024-05-10'), [{ type: 'meeting', date: '2024-05-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }]);
    assertEvents(run('МОСКВА, 1 мая. /ТАСС/. Лавров провёл переговоры с Мирзояном.', '2024-05-10'), [{ type: 'meeting', date: '2024-05-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }]);
  });
});

// Contact words are read by their inflection families, not by the forms a sample of articles used:
// gerunds, participles, futures and plurals of the same verbs and nouns tell the same contact.
describe('extract (Russian): contact words in their other forms', () => {
  const rows: Array<[string, string, EventType]> = [
    ['a gerund of arriving', '14 марта Ильхам Алиев, прибыв в Москву, провёл переговоры с Владимиром Путиным.', 'visit'],
    ['a gerund of flying in', '14 марта Ильхам Алиев, прилетев в Москву, провёл переговоры с Владимиром Путиным.', 'visit'],
    ['a gerund of visiting', '14 марта Никол Пашинян, посетив Москву, провёл переговоры с Владимиром Путиным.', 'visit'],
    ['a gerund of meeting', '14 марта Сергей Лавров и Арарат Мирзоян, встретившись в Москве, обсудили мирный договор.', 'meeting'],
    ['a gerund of ringing', '14 марта Владимир Путин, позвонив Касым-Жомарту Токаеву, поздравил его с днём рождения.', 'call'],
    ['the present of conversing', '14 марта Сергей Лавров и Джейхун Байрамов беседуют в Москве.', 'meeting'],
  ];
  for (const [what, text, type] of rows) {
    test(what, () => {
      const x = run(text);
      assert.ok(x.events.some((e) => e.type === type), JSON.stringify(x.events.map((e) => [e.type, e.participants.map((p) => p.name)])));
    });
  }
  test('partners told apart ("с A, а затем — с B") are met apart', () => {
    const x = run('14 марта Сергей Лавров провёл переговоры с Араратом Мирзояном, а затем — с Джейхуном Байрамовым.');
    assert.deepEqual(x.events.filter((e) => e.type === 'meeting').map((e) => ids(e)), [['ararat-mirzoyan', 'sergey-lavrov'], ['jeyhun-bayramov', 'sergey-lavrov']]);
  });
  test('the same partners told together stay one meeting', () => {
    const x = run('14 марта Сергей Лавров провёл трёхсторонние переговоры с Араратом Мирзояном и Джейхуном Байрамовым.');
    assert.equal(x.events.filter((e) => e.type === 'meeting').length, 1);
  });
  test('a sentence that only names another partner ("А также с …") is one more contact of the kind before', () => {
    const x = run('14 марта Владимир Путин поговорил по телефону с президентом Азербайджана Ильхамом Алиевым. А также с премьер-министром Армении Николом Пашиняном.');
    assert.deepEqual(x.events.map((e) => [e.type, ids(e), e.date]), [
      ['call', ['ilham-aliyev', 'vladimir-putin'], '2024-03-14'],
      ['call', ['nikol-pashinyan', 'vladimir-putin'], '2024-03-14'],
    ]);
  });
  test('"Также" opening a sentence with no partner after it adds no contact', () => {
    const x = run('14 марта Владимир Путин поговорил по телефону с президентом Азербайджана Ильхамом Алиевым. Также стороны обсудили торговлю.');
    assert.equal(x.events.length, 1);
  });
  test('the future of discussing without a day is a plan, not a contact', () => {
    const x = run('Владимир Путин обсудит с Ильхамом Алиевым вопросы торговли.');
    assert.deepEqual(x.events.map((e) => e.type), []);
  });
});

describe('extract (Russian): no contact', () => {
  // [what it shows, text]
  const negatives: Array<[string, string]> = [
    ['a negated meeting ("не состоялась")', 'Встреча Пашиняна и Алиева, намеченная на 12 марта, не состоялась.'],
    ['negated talks', 'Переговоры Лаврова и Байрамова в среду не состоялись.'],
    ['a cancelled meeting', 'Встреча Лаврова и Мирзояна, запланированная на 20 марта, отменена.'],
    ['a refusal', 'Пашинян отказался от встречи с Алиевым.'],
    ['a denial quoted from a spokesman', 'Пашинян не встречался с Алиевым 12 марта, сообщил его пресс-секретарь.'],
    ['a hypothetical ("могут встретиться"), even with a day', 'Лавров и Мирзоян могут встретиться в Минске 20 марта.'],
    ['a hypothetical ("не исключил")', 'Лавров не исключил встречи с Мирзояном.'],
    ['a condition', 'Если Алиев приедет в Москву, Путин его примет.'],
    ['a plan with no day ("встретятся в ближайшие недели")', 'Пашинян и Алиев встретятся в ближайшие недели.'],
    ['a plan with no day ("планируется визит")', 'Планируется визит Лаврова в Ереван.'],
    ['an airport welcome ("встретил у трапа")', '14 марта в аэропорту Баку Джейхун Байрамов встретил у трапа Арарата Мирзояна.'],
    ['an aggregate ("встречались трижды")', 'В прошлом году Лавров и Байрамов встречались трижды.'],
    ['an aggregate ("дважды") with places', 'Лавров и Байрамов в прошлом месяце встречались дважды — в Москве и в Баку.'],
    ['a habit ("ежегодно")', 'Встречи Пашиняна и Алиева проходят ежегодно.'],
    ['a press statement with no contact', 'Официальный представитель МИД России Мария Захарова 14 марта заявила, что Москва поддерживает мирный процесс между Арменией и Азербайджаном.'],
    ['a statement on a briefing', 'Мария Захарова заявила журналистам, что Москва поддерживает диалог Баку и Еревана.'],
    ['a text with no contact word', 'Министр финансов представил отчёт о доходах бюджета за февраль.'],
    ['a gathering never attended ("не посетил ни разу")', 'Форумы министров СНГ глава МИД Армении Арарат Мирзоян в прошлом году не посетил ни разу.'],
    ['a meeting being prepared, with no day', 'В Кремле рассказали о подготовке встречи Путина и Алиева.'],
    ['the plan told again with no parties or day', 'Путин и Алиев встретятся в ближайшие недели. Место переговоров назовут позже.'],
    ['a month after the report\'s, whatever the verb ("усадит … в мае")', 'Шарль Мишель усадит Алиева и Пашиняна за стол переговоров в мае.'],
    ['a format of talks ("формат переговоров")', 'Формат минских переговоров Лаврова и Мирзояна появился в марте 2021 года.'],
    ['an agreement to meet, told in the imperfective ("договаривались провести")', 'Путин и Алиев договаривались провести встречу в Баку в январе.'],
    ['a caption that is a noun phrase with its day in brackets', 'Встреча Никола Пашиняна и Ильхама Алиева в Праге (6 октября 2022).'],
    ['a credit line run into a caption', '© Photo : пресс-служба Никол Пашинян и Ильхам Алиев во время встречи в Праге 6 октября 2022 года'],
    ['a photo caption with a meeting noun', 'Никол Пашинян и Ильхам Алиев во время встречи в Праге 6 октября 2022 г. Фото: пресс-служба'],
  ];
  for (const [what, text] of negatives) {
    test(what, () => {
      const x = run(text);
      assert.equal(x.skipped, null);
      assert.deepEqual(x.events, [], JSON.stringify(x.events.map((e) => [e.type, e.date, ids(e)])));
    });
  }

  // The reader gets this wrong:
  test('a hope for a meeting is no meeting', () => {
    assert.deepEqual(run('Лавров выразил надежду на скорую встречу с Мирзояном.').events, []);
  });
});

describe('readRussian: decisions', () => {
  const texts: Array<[string, string | null]> = [
    ...[...calls, ...headlines, ...visits, ...meetings].map(([, text, published]) => [text, published] as [string, string | null]),
    ['Встреча Пашиняна и Алиева, намеченная на 12 марта, не состоялась.', '2024-03-15'],
    ['Лавров и Мирзоян могут встретиться в Минске 20 марта.', '2024-03-15'],
    ['Пашинян и Алиев встретятся в ближайшие недели.', '2024-03-15'],
    ['14 марта в аэропорту Баку Джейхун Байрамов встретил у трапа Арарата Мирзояна.', '2024-03-15'],
    ['В прошлом году Лавров и Байрамов встречались трижды.', '2024-03-15'],
    ['Министр иностранных дел Армении Арарат Мирзоян 14 марта прибыл в Баку. Его принял президент Азербайджана Ильхам Алиев.', '2024-03-15'],
  ];

  test('every decision names its rule and gives a reason', () => {
    let n = 0;
    for (const [text, published] of texts) {
      for (const d of readRussian(docOf(text, published), defaultGazetteer()).decisions) {
        n++;
        assert.ok(d.rule.trim().length > 0, `no rule: ${text}`);
        assert.ok(d.reason.trim().length > 0, `no reason: ${text}`);
      }
    }
    assert.ok(n >= texts.length, `only ${n} decisions`);
  });

  // [text, the rule that drops its contact]
  const drops: Array<[string, string]> = [
    ['Встреча Пашиняна и Алиева, намеченная на 12 марта, не состоялась.', 'ru.drop.negated'],
    ['Лавров и Мирзоян могут встретиться в Минске 20 марта.', 'ru.drop.hypothetical'],
    ['Пашинян и Алиев встретятся в ближайшие недели.', 'ru.drop.plan-without-day'],
    ['14 марта в аэропорту Баку Джейхун Байрамов встретил у трапа Арарата Мирзояна.', 'ru.drop.welcome'],
    ['В прошлом году Лавров и Байрамов встречались трижды.', 'ru.drop.aggregate'],
    ['Путин и Алиев встретятся в ближайшие недели. Место переговоров назовут позже.', 'ru.drop.plan-refers-back'],
    ['Никол Пашинян и Ильхам Алиев во время встречи в Праге 6 октября 2022 г. Фото: пресс-служба', 'ru.drop.caption'],
  ];
  for (const [text, rule] of drops) {
    test(`${rule}: ${text}`, () => {
      const ds = readRussian(docOf(text, '2024-03-15'), defaultGazetteer()).decisions;
      assert.ok(ds.length > 0, 'no candidate');
      assert.ok(ds.every((d) => !d.kept), JSON.stringify(ds.map((d) => [d.kept, d.rule])));
      assert.ok(ds.some((d) => d.rule === rule), JSON.stringify(ds.map((d) => d.rule)));
    });
  }

  test('a caption with a verb of meeting is a contact', () => {
    const x = run('Никол Пашинян и Ильхам Алиев встретились в Праге 6 октября 2022 г. Фото: пресс-служба');
    assert.deepEqual(x.events.map((e) => [e.type, e.date]), [['meeting', '2022-10-06']]);
  });

  test('a future in a relative clause is the clause\'s, not the meeting\'s told before it', () => {
    const text = 'Сергей Лавров встретился с Араратом Мирзояном накануне саммита, на котором будут обсуждаться поставки зерна.';
    const ds = readRussian(docOf(text, '2024-03-15'), defaultGazetteer()).decisions;
    const meeting = ds.find((d) => d.candidate.triggers[0].rule.id === 'ru.meeting.meet');
    assert.ok(meeting, JSON.stringify(ds.map((d) => d.rule)));
    assert.equal(meeting.kept, true, meeting.rule);
    assert.ok(!meeting.candidate.cues.has('future'));
  });

  test('a call for talks is no contact of its own ("призвал к началу переговоров")', () => {
    const text = 'Сергей Лавров 14 марта обсудил с Араратом Мирзояном и Джейхуном Байрамовым ситуацию на границе. Лавров призвал к прекращению обстрелов и скорому началу переговоров между сторонами.';
    const ds = readRussian(docOf(text, '2024-03-15'), defaultGazetteer()).decisions;
    const second = ds.filter((d) => d.candidate.sentence === 1);
    assert.ok(second.length > 0, 'no candidate in the second sentence');
    assert.deepEqual(second.map((d) => [d.kept, d.rule]), second.map(() => [false, 'ru.drop.hypothetical']));
  });

  test('a kept candidate names the contact word\'s rule; one joined to another says which', () => {
    const text = 'Лавров и Мирзоян обсудили по телефону ситуацию на границе\nМОСКВА, 13 марта. /ТАСС/. Министр иностранных дел России Сергей Лавров провёл телефонный разговор с армянским коллегой Араратом Мирзояном.';
    const r = readRussian(docOf(text, '2024-03-13'), defaultGazetteer());
    assert.equal(r.events.length, 1);
    const kept = r.decisions.filter((d) => d.kept);
    assert.equal(kept.length, 2);
    assert.ok(kept.every((d) => d.rule === 'ru.call.phone'), JSON.stringify(kept.map((d) => d.rule)));
    assert.equal(kept.filter((d) => d.joinedTo !== undefined).length, 1);
  });
});

describe('extract (Russian): a visit and what happens during it', () => {
  // [what it shows, text, the events as [type, participants]]
  const table: Array<[string, string, Array<[string, string[]]>]> = [
    ['the purpose of a trip is no contact yet ("прилетел, чтобы провести переговоры")',
      'Министр иностранных дел Армении Арарат Мирзоян 14 марта прилетел в Баку, чтобы провести переговоры с Джейхуном Байрамовым.',
      [['visit', ['ararat-mirzoyan']]]],
    ['a meeting told before its purpose is a meeting ("встретился …, чтобы обсудить")',
      'Сергей Лавров 14 марта встретился с Араратом Мирзояном, чтобы обсудить поставки зерна.',
      [['meeting', ['ararat-mirzoyan', 'sergey-lavrov']]]],
    ['commentary in the present with nobody named ("в кругах обсуждают") adds no contact',
      'Сергей Лавров 14 марта встретился с Араратом Мирзояном. В экспертных кругах обсуждают, что отношения двух стран ухудшились.',
      [['meeting', ['ararat-mirzoyan', 'sergey-lavrov']]]],
    ['greeters at the airport meet nobody ("встречали" without -ся); the host\'s dinner is a meeting with the traveller',
      'Министр иностранных дел Армении Арарат Мирзоян 14 марта прибыл в Баку. В аэропорту Мирзояна встречали заместители министра иностранных дел Азербайджана. Вечером в честь гостя устроил ужин Джейхун Байрамов.',
      [['visit', ['ararat-mirzoyan']], ['meeting', ['ararat-mirzoyan', 'jeyhun-bayramov']]]],
    ['a span of days dates the visit by its first day, a meeting during it by its month; the host of a clause travels nowhere',
      '5-6 марта министр иностранных дел России Сергей Лавров посетил Ереван, где его принял Арарат Мирзоян.',
      [['visit', ['sergey-lavrov']], ['meeting', ['ararat-mirzoyan', 'sergey-lavrov']]]],
    ['a dinner of nobody named during the visit is the traveller\'s with the host state',
      'Президент России Владимир Путин 14 марта прибыл в Баку. Вечером в резиденции азербайджанского лидера прошёл неформальный ужин.',
      [['visit', ['vladimir-putin']], ['meeting', ['vladimir-putin']]]],
  ];
  for (const [what, text, want] of table) {
    test(what, () => {
      const x = run(text);
      assert.deepEqual(x.events.map((e) => [e.type, ids(e)]), want);
    });
  }
  test('the dates of a visit over a span of days and of a meeting during it', () => {
    const x = run('5-6 марта министр иностранных дел России Сергей Лавров посетил Ереван, где его принял Арарат Мирзоян.');
    assert.deepEqual(x.events.map((e) => [e.type, e.date]), [['visit', '2024-03-05'], ['meeting', '2024-03']]);
  });
});

// Issue 17: dates unseen Russian text tripped on, by class. Published Friday 15 March 2024 unless said.
describe('extract (Russian): dates by tense and by the document\'s structure', () => {
  const table: Case[] = [
    [
      'a past-tense verb: a day and month without a year is on or before the report (last April, not next)',
      'Лавров встретился с Мирзояном 2 апреля в Москве.',
      '2024-03-15',
      [{ type: 'meeting', date: '2023-04-02', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
    [
      'a future verb keeps the day ahead',
      'Лавров встретится с Мирзояном 2 апреля в Москве.',
      '2024-03-15',
      [{ type: 'meeting', date: '2024-04-02', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
    [
      'a past-tense verb and a month alone after the report\'s: last year\'s month',
      'Путин провёл переговоры с Алиевым в октябре.',
      '2024-03-15',
      [{ type: 'meeting', date: '2023-10', participants: ['vladimir-putin', 'ilham-aliyev'] }],
    ],
    [
      'a month with its year is kept as written',
      'В марте 2022 года Лавров встретился с Мирзояном в Москве.',
      '2024-03-15',
      [{ type: 'meeting', date: '2022-03', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
    [
      'a weekday with a future verb is the next one',
      'Лавров в понедельник проведёт переговоры с Мирзояном в Москве.',
      '2024-03-15',
      [{ type: 'meeting', date: '2024-03-18', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
    [
      'a weekday with a past verb is the last one',
      'В среду Лавров провёл переговоры с Мирзояном в Москве.',
      '2024-03-15',
      [{ type: 'meeting', date: '2024-03-13', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
    [
      'a weekday takes the tense of the verb nearest it, not of a plan told later in the sentence',
      'В понедельник Путин провёл переговоры с Алиевым, следующая встреча будет в Баку.',
      '2024-03-15',
      [{ type: 'meeting', date: '2024-03-11', participants: ['vladimir-putin', 'ilham-aliyev'] }],
    ],
    [
      'a day without a year takes the past of its verb, not the plan of a clause after it',
      'Путин провёл переговоры с Алиевым 1 апреля, договорившись, что следующая встреча состоится позже.',
      '2024-03-15',
      [{ type: 'meeting', date: '2023-04-01', participants: ['vladimir-putin', 'ilham-aliyev'] }],
    ],
    [
      '"Ранее в тот же день" takes the day the sentence before told, though it says earlier',
      'Лавров провёл переговоры с Мирзояном 10 марта. Ранее в тот же день он поговорил по телефону с Байрамовым.',
      '2024-03-15',
      [
        { type: 'meeting', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'] },
        { type: 'call', date: '2024-03-10', participants: ['sergey-lavrov', 'jeyhun-bayramov'] },
      ],
    ],
    [
      '"Ранее" alone gives no day (negative: only the same day carries)',
      'Лавров провёл переговоры с Мирзояном 10 марта. Ранее он поговорил по телефону с Байрамовым.',
      '2024-03-15',
      [
        { type: 'meeting', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'] },
        { type: 'call', date: null, participants: ['sergey-lavrov', 'jeyhun-bayramov'] },
      ],
    ],
    [
      'no metadata: the page\'s date line at the top dates an undated report',
      '12 марта 2024, 14:05\nЛавров провёл переговоры с Мирзояном в Москве.',
      null,
      [{ type: 'meeting', date: '2024-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
    [
      'no metadata: a date line with the time first',
      '14:05, 12 марта 2024\nЛавров провёл переговоры с Мирзояном в Москве.',
      null,
      [{ type: 'meeting', date: '2024-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
    [
      'no metadata: a date line opening with its weekday',
      'Вторник, 12 марта 2024\nЛавров провёл переговоры с Мирзояном в Москве.',
      null,
      [{ type: 'meeting', date: '2024-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
    [
      'no metadata: a labelled date line under the headline',
      'Лавров и Мирзоян провели переговоры\n\nОпубликовано: 12.03.2024\nЛавров провёл переговоры с Мирзояном в Москве.',
      null,
      [{ type: 'meeting', date: '2024-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
    [
      'metadata and a date line: the undated report is of its day',
      'Лавров и Мирзоян провели переговоры\n\n14:05, 12 марта 2024\nЛавров провёл переговоры с Мирзояном в Москве.',
      '2024-03-12',
      [{ type: 'meeting', date: '2024-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
    [
      'negative: metadata and no date line: an undated report stays undated (CONVENTIONS 8)',
      'Лавров провёл переговоры с Мирзояном в Москве.',
      '2024-03-12',
      [{ type: 'meeting', date: null, participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
    [
      'no metadata: a numeric date line is read day first',
      '12.03.2024\nЛавров провёл переговоры с Мирзояном в Москве.',
      null,
      [{ type: 'meeting', date: '2024-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
  ];
  for (const [what, text, published, want] of table) test(what, () => assertEvents(run(text, published), want));
});

// Issue 17: gatherings and visits told by the clauses around them.
describe('extract (Russian): who took part, who travelled', () => {
  const table: Case[] = [
    [
      'people said to take part in the sentence after a session join it',
      'Путин 10 марта принял участие в заседании Совета глав государств СНГ в Минске. В заседании также приняли участие Алиев, Пашинян и Токаев.',
      '2024-03-15',
      [{ type: 'summit', date: '2024-03-10', participants: ['vladimir-putin', 'ilham-aliyev', 'nikol-pashinyan', 'kassym-jomart-tokayev'], location: 'Minsk' }],
    ],
    [
      'an oblique participle of staying: the person it qualifies is the traveller, the subject the host',
      'Путин 10 марта провёл переговоры с находящимся в Москве с визитом Алиевым.',
      '2024-03-15',
      [
        { type: 'meeting', date: '2024-03-10', participants: ['vladimir-putin', 'ilham-aliyev'] },
        { type: 'visit', date: '2024-03-10', participants: ['ilham-aliyev'], countries: ['AZE', 'RUS'], location: 'Moscow' },
      ],
    ],
    [
      'an oblique participle of arriving',
      'Путин 10 марта провёл переговоры с прибывшим в Москву Алиевым.',
      '2024-03-15',
      [
        { type: 'meeting', date: '2024-03-10', participants: ['vladimir-putin', 'ilham-aliyev'] },
        { type: 'visit', date: '2024-03-10', participants: ['ilham-aliyev'], location: 'Moscow' },
      ],
    ],
    [
      '"по приглашению" is who invited, not a plan: the arrival is a visit',
      '10 марта Алиев прибыл в Москву по приглашению Путина.',
      '2024-03-15',
      [{ type: 'visit', date: '2024-03-10', participants: ['ilham-aliyev'], countries: ['AZE', 'RUS'], initiator: 'RUS' }],
    ],
    [
      'a planned session with no one placed in it, then "В нём примут участие …": one gathering of them',
      'Заседание Совета министров иностранных дел СНГ пройдёт завтра в Минске. В нём примут участие Лавров и Мирзоян.',
      '2024-03-15',
      [{ type: 'summit', date: '2024-03-16', participants: ['sergey-lavrov', 'ararat-mirzoyan'], location: 'Minsk' }],
    ],
    [
      'a gathering told by its verb ("соберутся главы МИД") on a weekday ahead; who leads a delegation is there',
      'В четверг в Минске соберутся главы МИД стран СНГ. Российскую делегацию возглавит Лавров.',
      '2024-03-12',
      [{ type: 'summit', date: '2024-03-14', participants: ['sergey-lavrov'], location: 'Minsk' }],
    ],
    [
      'negative: a planned session with no day, its people after it: no event (CONVENTIONS 5)',
      'Заседание СМИД СНГ состоится в Минске. В нём примут участие Лавров и Мирзоян.',
      '2024-03-12',
      [],
    ],
    [
      'a session as the subject, its people after it ("приняли в ней участие" is no reception)',
      'Сессия СМИД ОДКБ в Минске завершилась 10 марта. Лавров и Мирзоян приняли в ней участие.',
      '2024-03-15',
      [{ type: 'summit', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'], location: 'Minsk' }],
    ],
    [
      'a present-tense mention of more people at the summit just told joins it (no small summit of its own)',
      'Путин 10 марта прибыл в Астану на саммит ШОС. На саммите присутствуют также Эрдоган и Пашинян.',
      '2024-03-15',
      [
        { type: 'visit', date: '2024-03-10', participants: ['vladimir-putin'], location: 'Astana' },
        { type: 'summit', date: '2024-03-10', participants: ['vladimir-putin', 'recep-tayyip-erdogan', 'nikol-pashinyan'], location: 'Astana' },
      ],
    ],
    [
      'a summit told with nobody, its speakers in the sentence after: one summit of them',
      'Саммит ОДКБ прошёл 10 марта в Минске. Путин и Лукашенко выступили на саммите.',
      '2024-03-15',
      [{ type: 'summit', date: '2024-03-10', participants: ['vladimir-putin', 'alexander-lukashenko'], location: 'Minsk' }],
    ],
    [
      'the gathering visited by more people: they join it, and make no visits without a place',
      'Путин 10 марта принял участие в саммите ШОС в Астане. Саммит также посетили Эрдоган и Токаев.',
      '2024-03-15',
      [{ type: 'summit', date: '2024-03-10', participants: ['vladimir-putin', 'recep-tayyip-erdogan', 'kassym-jomart-tokayev'], location: 'Astana' }],
    ],
    [
      'negative: a meeting denied after a gathering attended leaves the gathering',
      'Лавров и Мирзоян 10 марта приняли участие в форуме в Минске, но встречи не провели.',
      '2024-03-15',
      [{ type: 'summit', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'], location: 'Minsk' }],
    ],
    [
      '"посетил" a person, with no city travelled to: a meeting, no visit',
      'Путин 10 марта посетил Алиева в больнице.',
      '2024-03-15',
      [{ type: 'meeting', date: '2024-03-10', participants: ['vladimir-putin', 'ilham-aliyev'] }],
    ],
    [
      '"посетил" a person in a city: a trip all the same',
      'Путин 10 марта посетил Алиева в Баку.',
      '2024-03-15',
      [{ type: 'visit', date: '2024-03-10', participants: ['vladimir-putin'], location: 'Baku' }],
    ],
    [
      '"посетил" a state: the state is the destination',
      'Путин 10 марта посетил Азербайджан.',
      '2024-03-15',
      [{ type: 'visit', date: '2024-03-10', participants: ['vladimir-putin'], countries: ['AZE', 'RUS'] }],
    ],
  ];
  for (const [what, text, published, want] of table) test(what, () => assertEvents(run(text, published), want));
  // Negatives: nothing at all.
  for (const [what, text] of [
    ['people said to take part with no gathering told before', 'В заседании приняли участие Алиев и Пашинян.'],
    ['an invitation without a day is no visit', 'Путин пригласил Алиева посетить Москву.'],
    ['a proposal to visit is a plan, not a visit', 'Путин принял предложение Алиева посетить Азербайджан в 2024 году.'],
    ['an intention to visit, no day (CONVENTIONS 5)', 'Алиев собирается посетить Москву.'],
    ['a visit whose dates are not set', 'Сроки визита Алиева в Москву пока не определены.'],
  ] as const) test(`no contact: ${what}`, () => assert.equal(run(text).events.length, 0, JSON.stringify(run(text).events)));
});

// Issue 17: people told by a group word, or added to the talks just told.
describe('extract (Russian): groups and delegations', () => {
  const table: Case[] = [
    [
      'a group word takes the people the sentence before names: one meeting of them all',
      'Мирзоян и Байрамов 10 марта прибыли в Москву. Лавров встретился с обоими министрами.',
      '2024-03-15',
      [
        { type: 'visit', date: '2024-03-10', participants: ['ararat-mirzoyan'] },
        { type: 'visit', date: '2024-03-10', participants: ['jeyhun-bayramov'] },
        { type: 'meeting', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan', 'jeyhun-bayramov'] },
      ],
    ],
    [
      'the group met apart ("по отдельности"): one meeting each',
      'Мирзоян и Байрамов 10 марта прибыли в Москву. Лавров встретился с обоими министрами по отдельности.',
      '2024-03-15',
      [
        { type: 'visit', date: '2024-03-10', participants: ['ararat-mirzoyan'] },
        { type: 'visit', date: '2024-03-10', participants: ['jeyhun-bayramov'] },
        { type: 'meeting', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'] },
        { type: 'meeting', date: '2024-03-10', participants: ['sergey-lavrov', 'jeyhun-bayramov'] },
      ],
    ],
    [
      'a sentence listing who else took part in the talks adds them to the talks, no second meeting',
      'Лавров 10 марта провёл переговоры с Мирзояном в Москве. Со стороны Армении в переговорах участвовали также Копыркин и Григорян.',
      '2024-03-15',
      [{ type: 'meeting', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan', 'sergey-kopyrkin', 'mher-grigoryan'] }],
    ],
    [
      'ordinals counted off with their days after the talks: one meeting each day, the parties of the talks',
      'Лавров и Мирзоян провели две встречи. Первая состоялась 10 марта, вторая – 12 марта.',
      '2024-03-15',
      [
        { type: 'meeting', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'] },
        { type: 'meeting', date: '2024-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'] },
      ],
    ],
    [
      'negative: a meeting of other people told after it, with no word of taking part, stays its own',
      'Лавров 10 марта провёл переговоры с Мирзояном в Москве. Затем Шойгу провёл переговоры с Папикяном.',
      '2024-03-15',
      [
        { type: 'meeting', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'] },
        { type: 'meeting', date: '2024-03-10', participants: ['sergei-shoigu', 'suren-papikyan'] },
      ],
    ],
  ];
  for (const [what, text, published, want] of table) test(what, () => assertEvents(run(text, published), want));
});

// Issue 17: gatherings named only by "на полях", and attendance denied.
describe('extract (Russian): sidelines and attendance', () => {
  const table: Case[] = [
    [
      '"на полях" a gathering known by its abbreviation gives the gathering too (CONVENTIONS 2)',
      'Лавров 10 марта встретился с Мирзояном на полях ПМЭФ.',
      '2024-03-15',
      [
        { type: 'meeting', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'] },
        { type: 'summit', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'] },
      ],
    ],
    [
      '"на полях Генассамблеи" in a city: both take the city',
      'Лавров 10 марта на полях Генассамблеи ООН в Нью-Йорке встретился с Мирзояном.',
      '2024-03-15',
      [
        { type: 'summit', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'], location: 'New York' },
        { type: 'meeting', date: '2024-03-10', participants: ['sergey-lavrov', 'ararat-mirzoyan'], location: 'New York' },
      ],
    ],
  ];
  for (const [what, text, published, want] of table) test(what, () => assertEvents(run(text, published), want));
  for (const [what, text] of [
    ['attendance denied ("не присутствует")', 'Пашинян на саммите ШОС в Астане не присутствует.'],
    ['a meeting noun in the genitive of negation, the verb far after it', 'Личных встреч на полях мероприятия министры Лавров и Мирзоян между собой не проводили.'],
    ['talks in the genitive of negation, a gathering word between them and the verb', 'Двусторонних переговоров между Лавровым и Мирзояном на полях форума не запланировано.'],
    ['a meeting that did not come about', 'Личной встречи Путина и Алиева на саммите в Минске не получилось.'],
    ['talks denied with a parenthesis between', 'Отдельных переговоров Лавров с Мирзояном, по словам дипломатов, так и не провёл.'],
  ] as const) test(`no contact: ${what}`, () => assert.equal(run(text).events.length, 0, JSON.stringify(run(text).events)));
});
