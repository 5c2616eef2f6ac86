// Whole-document tests of extract(): short texts written for these tests about public contacts,
// read through readDocument as a user's file would be. Each case states the events a reader of the
// text would list; the negative table holds texts that report no contact at all.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extract, sameDaySameYear, type Extraction } from './pipeline.ts';
import { findDates, toIso } from './dates.ts';
import { readDocument } from '../ingest/read.ts';
import type { EventType, ExtractedEvent } from '../types.ts';

function run(text: string, published: string | null = '2023-03-15', name = 'story.txt'): Extraction {
  const r = readDocument(name, Buffer.from(text), { published });
  if (!r.ok) assert.fail(`refused: ${r.reason}`);
  return extract(r.doc);
}

const ids = (e: ExtractedEvent) => e.participants.map((p) => p.actorId ?? p.name).sort();

interface Expect {
  type: EventType;
  date: string | null;
  participants: string[];
  location?: string;
}

function assertEvents(x: Extraction, want: Expect[]): void {
  assert.equal(x.skipped, null);
  const got = x.events.map((e) => ({ type: e.type, date: e.date, participants: ids(e), location: e.location }));
  assert.equal(got.length, want.length, JSON.stringify(got));
  want.forEach((w, i) => {
    assert.equal(got[i].type, w.type, `event ${i} type`);
    assert.equal(got[i].date, w.date, `event ${i} date`);
    assert.deepEqual(got[i].participants, [...w.participants].sort(), `event ${i} participants`);
    if (w.location !== undefined) assert.equal(got[i].location, w.location, `event ${i} location`);
  });
}

describe('extract: one contact per text', () => {
  // [what it shows, text, published, the events]
  const table: Array<[string, string, string, Expect[]]> = [
    [
      'a phone call between foreign ministers, counterpart named',
      'On 12 March, Russian Foreign Minister Sergey Lavrov held a telephone conversation with his Armenian counterpart Ararat Mirzoyan.',
      '2023-03-15',
      [{ type: 'call', date: '2023-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }],
    ],
    [
      'a meeting with a place and a date after the place',
      'President Vladimir Putin met with Azerbaijani President Ilham Aliyev in Sochi on 31 October.',
      '2022-11-02',
      [{ type: 'meeting', date: '2022-10-31', participants: ['vladimir-putin', 'ilham-aliyev'], location: 'Sochi' }],
    ],
    [
      'a visit dated by a weekday before the publication date',
      'Armenian Prime Minister Nikol Pashinyan paid a working visit to Moscow on Thursday.',
      '2023-05-27',
      [{ type: 'visit', date: '2023-05-25', participants: ['nikol-pashinyan'], location: 'Moscow' }],
    ],
    [
      'a summit whose participants are named in the next sentence',
      'On 23 November, the leaders of the CSTO member states gathered for a summit in Yerevan. Vladimir Putin and Nikol Pashinyan attended the summit.',
      '2022-11-25',
      [{ type: 'summit', date: '2022-11-23', participants: ['vladimir-putin', 'nikol-pashinyan'] }],
    ],
    [
      'transliteration variants come out canonical',
      'On 2 March, Sergei Lavrov received Jeihun Bairamov in Moscow.',
      '2023-03-15',
      [{ type: 'meeting', date: '2023-03-02', participants: ['sergey-lavrov', 'jeyhun-bayramov'], location: 'Moscow' }],
    ],
    [
      'a year-less date after the publication day belongs to the year before',
      'On 20 November, Mirzoyan and Bayramov met in Washington.',
      '2023-03-15',
      [{ type: 'meeting', date: '2022-11-20', participants: ['ararat-mirzoyan', 'jeyhun-bayramov'], location: 'Washington' }],
    ],
    [
      'a journey at a host\'s invitation is a visit; a journey alone is not',
      'On 12 March, Mirzoyan travelled to Paris at the invitation of his French counterpart. A week later Mirzoyan flew to Vienna.',
      '2023-03-25',
      [{ type: 'visit', date: '2023-03-12', participants: ['ararat-mirzoyan'], location: 'Paris' }],
    ],
    [
      'a planned meeting with the guests named after "will host" counts; hosting a council does not',
      'Blinken will host Mirzoyan and Bayramov in Washington on 1 May. Pashinyan goes to Moscow on 25 May for the council, which Putin will host.',
      '2023-04-20',
      [{ type: 'meeting', date: '2023-05-01', participants: ['antony-blinken', 'ararat-mirzoyan', 'jeyhun-bayramov'], location: 'Washington' }],
    ],
    [
      'a brief exchange between two leaders is a meeting (and the summit on whose sidelines it took place, an event they attended)',
      'On 5 October, Pashinyan and Zelensky had a brief exchange on the sidelines of the summit in Granada.',
      '2023-10-06',
      [
        { type: 'meeting', date: '2023-10-05', participants: ['nikol-pashinyan', 'volodymyr-zelensky'] },
        { type: 'summit', date: '2023-10-05', participants: ['nikol-pashinyan', 'volodymyr-zelensky'] },
      ],
    ],
    [
      'a summit a headline gives one person, then told as where he met others aside: those he met were there too',
      'Lukashenko sees neighbours at CSTO summit\n\nOn 12 May, Alexander Lukashenko held bilateral talks with Kassym-Jomart Tokayev and Sadyr Japarov on the sidelines of the CSTO summit in Minsk.',
      '2023-05-12',
      [
        { type: 'summit', date: '2023-05-12', participants: ['alexander-lukashenko', 'kassym-jomart-tokayev', 'sadyr-japarov'] },
        { type: 'meeting', date: '2023-05-12', participants: ['alexander-lukashenko', 'kassym-jomart-tokayev'] },
        { type: 'meeting', date: '2023-05-12', participants: ['alexander-lukashenko', 'sadyr-japarov'] },
      ],
    ],
    [
      'a quick word on the margins of a forum, or ministers who "interacted" at a session: a meeting in person',
      'On 3 July, Pashinyan and Aliyev had a quick word on the margins of the forum in Astana.\n\nTheir foreign ministers, Mirzoyan and Bayramov, interacted on 4 July at a session in Almaty.',
      '2023-07-05',
      [
        { type: 'meeting', date: '2023-07-03', participants: ['nikol-pashinyan', 'ilham-aliyev'], location: 'Astana' },
        { type: 'summit', date: '2023-07-03', participants: ['nikol-pashinyan', 'ilham-aliyev'], location: 'Astana' },
        { type: 'meeting', date: '2023-07-04', participants: ['ararat-mirzoyan', 'jeyhun-bayramov'], location: 'Almaty' },
        { type: 'summit', date: '2023-07-04', participants: ['ararat-mirzoyan', 'jeyhun-bayramov'], location: 'Almaty' },
      ],
    ],
    [
      '"the meeting with her": an object pronoun is the woman the story last named (not the "he" said after the host)',
      'On 12 December, Valentina Matviyenko visited Astana.\n\nDuring the meeting with her, Kassym-Jomart Tokayev said that he valued inter-parliamentary ties.',
      '2024-12-13',
      [
        { type: 'visit', date: '2024-12-12', participants: ['valentina-matviyenko'], location: 'Astana' },
        { type: 'meeting', date: '2024-12-12', participants: ['valentina-matviyenko', 'kassym-jomart-tokayev'], location: 'Astana' },
      ],
    ],
    [
      '"the head of government will meet …" after an agency\'s tag ("the agency informs,"): the premier the story is about, one meeting with each host',
      'Belarusian Prime Minister Roman Golovchenko started a working visit to Armenia on 12 May.\n\nThe news service informs, the head of government will meet with Prime Minister Nikol Pashinyan and Speaker Alen Simonyan.',
      '2022-05-12',
      [
        { type: 'visit', date: '2022-05-12', participants: ['roman-golovchenko'] },
        { type: 'meeting', date: '2022-05-12', participants: ['roman-golovchenko', 'nikol-pashinyan'] },
        { type: 'meeting', date: '2022-05-12', participants: ['roman-golovchenko', 'alen-simonyan'] },
      ],
    ],
    [
      'a quotation over several sentences, its speaker told by office where it closes: "we" after "a conversation with X" is the speaker and X',
      'Uzbek leader hosts Lavrov\n\nJune 10, 2022\n\nPresident Shavkat Mirziyoyev received Foreign Minister Sergey Lavrov in Tashkent.\n\n“We are old partners. During a conversation with Vladimir Putin on May 28, we went over the energy projects. A plan is ready,” the President said.',
      '2022-06-10',
      [
        { type: 'meeting', date: '2022-06-10', participants: ['shavkat-mirziyoyev', 'sergey-lavrov'] },
        { type: 'meeting', date: '2022-05-28', participants: ['shavkat-mirziyoyev', 'vladimir-putin'] },
      ],
    ],
    [
      'a quotation whose speaker is named after it closes: "I" in its first sentence is that speaker',
      'Armenian minister addresses parliament\n\n“In February I met Minister Abbas Araghchi in Geneva. Our ties with Iran are broad,” Ararat Mirzoyan told lawmakers.',
      '2025-03-10',
      [{ type: 'meeting', date: '2025-02', participants: ['ararat-mirzoyan', 'abbas-araghchi'], location: 'Geneva' }],
    ],
    [
      'a quotation whose speaker is named sentences later, where it closes: "me" in it is that speaker',
      'Armenian leader in Tehran\n\n“Many thanks to President Masoud Pezeshkian for receiving me in Tehran today. Our talks will go on tomorrow,” Nikol Pashinyan wrote on social media.',
      '2025-06-02',
      [{ type: 'meeting', date: '2025-06-02', participants: ['masoud-pezeshkian', 'nikol-pashinyan'] }],
    ],
    [
      'a quotation over several sentences closed by "he said": "my meeting" is the meeting of the man told of before it',
      'Leaders in Minsk\n\nAlexander Lukashenko spoke to reporters on 4 June.\n\n“My meeting with Kassym-Jomart Tokayev yesterday was useful. We spoke for three hours,” he said.',
      '2024-06-04',
      [{ type: 'meeting', date: '2024-06-03', participants: ['alexander-lukashenko', 'kassym-jomart-tokayev'] }],
    ],
    [
      'a quotation over several sentences "X told him": its "we" is the speaker and the man told, named before it',
      'Talks in Minsk\n\nKassym-Jomart Tokayev arrived in Belarus on 3 June.\n\n“It is good to see you in Minsk. We last met in Astana in March. This visit comes at a good time,” Alexander Lukashenko told him on 4 June.',
      '2024-06-04',
      [
        { type: 'visit', date: '2024-06-03', participants: ['kassym-jomart-tokayev'] },
        { type: 'meeting', date: '2024-03', participants: ['alexander-lukashenko', 'kassym-jomart-tokayev'], location: 'Astana' },
      ],
    ],
    [
      'a quotation over several sentences "X told Y": its "we" is the speaker and Y',
      'Leaders in Minsk\n\n“It is good to see you here. We last met in Astana in March. There is much to do,” Alexander Lukashenko told Kazakh President Kassym-Jomart Tokayev.',
      '2024-06-04',
      [{ type: 'meeting', date: '2024-03', participants: ['alexander-lukashenko', 'kassym-jomart-tokayev'], location: 'Astana' }],
    ],
    [
      '"Statement of <title> X at the press conference with Y": X speaks, and "we" held the meeting with Y',
      'Statement of Foreign Minister of Armenia Ararat Mirzoyan at the joint press conference with Josep Borrell\n\n13 February 2024\n\nToday we held a productive meeting of the partnership council.',
      '2024-02-13',
      [{ type: 'meeting', date: '2024-02-13', participants: ['ararat-mirzoyan', 'josep-borrell'] }],
    ],
    [
      '"had not met since March 2021": the meeting counted from is an event of that month (CONVENTIONS 6)',
      'Pashinyan and Aliyev had not met since March 2021, the mediator noted.\n\nThe two leaders will meet in Brussels on 15 December.',
      '2021-11-30',
      [
        { type: 'meeting', date: '2021-03', participants: ['ilham-aliyev', 'nikol-pashinyan'] },
        { type: 'meeting', date: '2021-12-15', participants: ['ilham-aliyev', 'nikol-pashinyan'], location: 'Brussels' },
      ],
    ],
    [
      '"the first call since March": a call in March too, told after the call of the day',
      'On 5 May, Aliyev and Pashinyan spoke by phone, the first call since March.',
      '2023-05-06',
      [
        { type: 'call', date: '2023-03', participants: ['ilham-aliyev', 'nikol-pashinyan'] },
        { type: 'call', date: '2023-05-05', participants: ['ilham-aliyev', 'nikol-pashinyan'] },
      ],
    ],
    [
      '"their first meeting since January" and the meeting on 11 January told later: one meeting, on its day',
      'On 26 November Putin hosted Aliyev and Pashinyan in Sochi for their first three-way meeting since January. In Moscow on 11 January the three leaders met.',
      '2021-11-27',
      [
        { type: 'meeting', date: '2021-01-11', participants: ['vladimir-putin', 'ilham-aliyev', 'nikol-pashinyan'] },
        { type: 'meeting', date: '2021-11-26', participants: ['vladimir-putin', 'ilham-aliyev', 'nikol-pashinyan'], location: 'Sochi' },
      ],
    ],
    [
      '"conferred with" his counterpart: a meeting',
      'On 9 September, Jeyhun Bayramov conferred with his Turkish counterpart, Hakan Fidan, in Ankara.',
      '2023-09-10',
      [{ type: 'meeting', date: '2023-09-09', participants: ['jeyhun-bayramov', 'hakan-fidan'], location: 'Ankara' }],
    ],
    [
      '"the first two rounds of meetings … in Moscow in January and Vienna in February": earlier rounds of the series told, with its people, one per month and city',
      'Serdar Kilic and Ruben Rubinyan, the two special representatives, are to hold their third meeting in Vienna on 7 June.\n\nThe first two rounds of meetings were held in Moscow in March and Vienna in April.',
      '2022-06-02',
      [
        { type: 'meeting', date: '2022-06-07', participants: ['serdar-kilic', 'ruben-rubinyan'], location: 'Vienna' },
        { type: 'meeting', date: '2022-04', participants: ['serdar-kilic', 'ruben-rubinyan'], location: 'Vienna' },
        { type: 'meeting', date: '2022-03', participants: ['serdar-kilic', 'ruben-rubinyan'], location: 'Moscow' },
      ],
    ],
    [
      '"X noted that a meeting of the two states\' prime ministers was held": X only tells it; the unnamed Russian adds a country',
      'On 3 October, Nikol Pashinyan received Alexei Overchuk in Yerevan.\n\nOverchuk noted that a meeting of the Armenian and Russian prime ministers was held in Kazan not long ago.',
      '2023-10-03',
      [
        { type: 'meeting', date: '2023-10-03', participants: ['nikol-pashinyan', 'alexei-overchuk'], location: 'Yerevan' },
        { type: 'meeting', date: '2023-10-03', participants: ['nikol-pashinyan'], location: 'Kazan' },
      ],
    ],
    [
      '"X noted that he had met Y": the teller pointed back to by "he" takes part',
      'On 14 June, Nikol Pashinyan received Alexei Overchuk in Yerevan.\n\nOverchuk noted that he had met Mher Grigoryan earlier in the day.',
      '2023-06-14',
      [
        { type: 'meeting', date: '2023-06-14', participants: ['nikol-pashinyan', 'alexei-overchuk'], location: 'Yerevan' },
        { type: 'meeting', date: '2023-06-14', participants: ['alexei-overchuk', 'mher-grigoryan'] },
      ],
    ],
    [
      '"the Consultative Meeting of the Heads of Central Asian States": a gathering, with the president the text describes',
      'Kassym-Jomart Tokayev arrived in Turkmenistan for a state visit on 7 August.\n\nOn 9 August, the Kazakh head of state is also to attend the Consultative Meeting of the Heads of Central Asian States.',
      '2025-08-07',
      [
        { type: 'visit', date: '2025-08-07', participants: ['kassym-jomart-tokayev'] },
        { type: 'summit', date: '2025-08-09', participants: ['kassym-jomart-tokayev'] },
      ],
    ],
    [
      'a dated future visit counts',
      'Lavrov will visit Baku on 20 March.',
      '2023-03-15',
      [{ type: 'visit', date: '2023-03-20', participants: ['sergey-lavrov'], location: 'Baku' }],
    ],
  ];
  for (const [what, text, published, want] of table) {
    test(what, () => assertEvents(run(text, published), want));
  }

  test('a joint commission of two states meeting without named people is a meeting of those states', () => {
    const x = run('On 9 June, the twelfth session of the intergovernmental commission on trade between Russia and Kyrgyzstan took place in Bishkek.', '2023-06-12');
    assertEvents(x, [{ type: 'meeting', date: '2023-06-09', participants: [], location: 'Bishkek' }]);
    assert.deepEqual([...x.events[0].countries].sort(), ['KGZ', 'RUS']);
    const y = run('The Armenian-Russian interparliamentary commission held its 20th meeting in Yerevan on 2 May.', '2023-06-12');
    assertEvents(y, [{ type: 'meeting', date: '2023-05-02', participants: [], location: 'Yerevan' }]);
    assert.deepEqual([...y.events[0].countries].sort(), ['ARM', 'RUS']);
  });

  test('"that day" is the day last named, "the same day" the day of the event just told', () => {
    assertEvents(run('Putin met Pashinyan in Sochi on 26 November. The meeting came ten days after clashes on the border on 16 November. Pashinyan had spoken with Putin by telephone on that day.', '2021-11-27'), [
      { type: 'meeting', date: '2021-11-26', participants: ['vladimir-putin', 'nikol-pashinyan'] },
      { type: 'call', date: '2021-11-16', participants: ['nikol-pashinyan', 'vladimir-putin'] },
    ]);
    const again = run('Putin met Pashinyan in Sochi on 26 November. The meeting came ten days after clashes on the border on 16 November. Pashinyan had spoken with Putin by telephone on that day and again on Sunday.', '2021-11-27');
    assert.deepEqual(again.events.filter((e) => e.type === 'call').map((e) => e.date).sort(), ['2021-11-16', '2021-11-21'], 'a call on that day and another on Sunday');
    assertEvents(run('Putin met Pashinyan in Sochi on 26 November, ten days after clashes on 16 November. On the same day, Putin spoke with Aliyev by telephone.', '2021-11-27'), [
      { type: 'meeting', date: '2021-11-26', participants: ['vladimir-putin', 'nikol-pashinyan'] },
      { type: 'call', date: '2021-11-26', participants: ['vladimir-putin', 'ilham-aliyev'] },
    ]);
  });

  test('after separate talks, "the conversation with X" adds to the talks with X, not to the last told', () => {
    const x = run('On 19 May, Sergey Lavrov held separate talks in Moscow with Jeyhun Bayramov and Ararat Mirzoyan.\n\nIn the conversation with Bayramov the sides reviewed transport links. With Mirzoyan, the Russian minister discussed the border.', '2023-05-20');
    assertEvents(x, [
      { type: 'meeting', date: '2023-05-19', participants: ['sergey-lavrov', 'jeyhun-bayramov'] },
      { type: 'meeting', date: '2023-05-19', participants: ['sergey-lavrov', 'ararat-mirzoyan'] },
    ]);
    assert.equal(x.events[0].evidence.length, 2);
  });

  test('a gathering named twice in one sentence keeps its own people, not those of the event before', () => {
    assertEvents(run('On 13 September, Blinken called Aliyev. In the evening an extraordinary session of the CSTO Collective Security Council, chaired by Pashinyan, was held by video link.', '2022-09-14'), [
      { type: 'call', date: '2022-09-13', participants: ['antony-blinken', 'ilham-aliyev'] },
      { type: 'summit', date: '2022-09-13', participants: ['nikol-pashinyan'] },
    ]);
  });

  test('"the previous meeting of the three ministers" dated elsewhere takes the ministers, not the event just told', () => {
    const x = run('On 19 May, Sergey Lavrov hosted Jeyhun Bayramov and Ararat Mirzoyan in Moscow. They prepared the meeting of Vladimir Putin, Ilham Aliyev and Nikol Pashinyan, which is to take place in Moscow on 25 May. The previous meeting of the three foreign ministers was held on 14 October last year in Astana.', '2023-05-20');
    assertEvents(x, [
      { type: 'meeting', date: '2023-05-19', participants: ['sergey-lavrov', 'jeyhun-bayramov', 'ararat-mirzoyan'] },
      { type: 'meeting', date: '2023-05-25', participants: ['vladimir-putin', 'ilham-aliyev', 'nikol-pashinyan'] },
      { type: 'meeting', date: '2022-10-14', participants: ['sergey-lavrov', 'jeyhun-bayramov', 'ararat-mirzoyan'], location: 'Astana' },
    ]);
  });

  test('"on that occasion" after "ten days after the clashes" is the day of the clashes', () => {
    const x = run('On 26 November, Putin hosted Aliyev and Pashinyan in Sochi. The summit came ten days after the deadliest border clashes since the war. On that occasion, Sergei Shoigu spoke by phone with Zakir Hasanov.', '2021-11-27');
    assert.deepEqual(x.events.map((e) => `${e.type} ${e.date}`), ['meeting 2021-11-26', 'call 2021-11-16']);
  });

  test('a call with "his Armenian and Azerbaijani counterparts", unnamed, is a call with each', () => {
    const x = run('On 16 November, the Russian defence minister, Sergei Shoigu, spoke by phone with his Armenian and Azerbaijani counterparts.', '2021-11-27');
    assert.deepEqual(x.events.map((e) => `${e.type} ${e.date} ${[...e.countries].sort().join('+')}`).sort(), ['call 2021-11-16 ARM+RUS', 'call 2021-11-16 AZE+RUS']);
  });

  test('a clause with its own plural subject takes that plural, not the people of the other clause', () => {
    const x = run('On 19 May, Putin received Jeyhun Bayramov and Ararat Mirzoyan in Moscow. That came five days after Aliyev and Pashinyan met in Brussels, and three weeks after the two foreign ministers spent four days in talks hosted by Antony Blinken near Washington.', '2023-05-20');
    const withBlinken = x.events.find((e) => e.participants.some((p) => p.actorId === 'antony-blinken'));
    assert.ok(withBlinken, JSON.stringify(x.events.map((e) => e.participants.map((p) => p.name))));
    assert.deepEqual(withBlinken.participants.map((p) => p.actorId).sort(), ['antony-blinken', 'ararat-mirzoyan', 'jeyhun-bayramov']);
  });

  test('"the leaders\' previous three-way talks" with their own date are the leaders\' earlier meeting', () => {
    const x = run('On 26 November, Putin hosted Aliyev and Pashinyan in Sochi. Shoigu spoke by phone with Zakir Hasanov the same day. The leaders\' previous three-way talks, in Moscow on 11 January, set up a working group co-chaired by Alexei Overchuk, Mher Grigoryan and Shahin Mustafayev.', '2021-11-27');
    const earlier = x.events.find((e) => e.date === '2021-01-11');
    assert.ok(earlier);
    assert.deepEqual(earlier.participants.map((p) => p.actorId).sort(), ['ilham-aliyev', 'nikol-pashinyan', 'vladimir-putin']);
    assert.equal(earlier.location, 'Moscow');
  });

  test('months listed with their places are one meeting each, in its place', () => {
    const x = run('Putin met Ilham Aliyev in Baku on 18 August. They had met on the sidelines of the SCO summit in Astana in July, and in Moscow in April.', '2024-08-20');
    const months = x.events.filter((e) => e.type === 'meeting' && e.date?.length === 7).map((e) => `${e.date} ${e.location}`).sort();
    assert.deepEqual(months, ['2024-04 Moscow', '2024-07 Astana']);
  });

  test('people named as those an adviser or envoy serves do not take part', () => {
    assertEvents(run('On 26 September, talks in Brussels brought together Armen Grigoryan, Hikmet Hajiyev and the diplomatic advisers of Macron and Scholz.', '2023-10-01'), [
      { type: 'meeting', date: '2023-09-26', participants: ['armen-grigoryan', 'hikmet-hajiyev'] },
    ]);
  });

  test('a session of an organisation with no states or people named is not a contact', () => {
    assert.equal(run('A meeting of the commission on legal affairs was held on 4 May.', '2023-06-12').events.length, 0);
  });

  test('a caller is the initiator of a call', () => {
    const x = run('Vladimir Putin called Nikol Pashinyan on Tuesday.', '2023-03-15');
    assertEvents(x, [{ type: 'call', date: '2023-03-14', participants: ['vladimir-putin', 'nikol-pashinyan'] }]);
    assert.equal(x.events[0].initiator, 'RUS');
  });

  test('participants carry their country and role; the event lists the countries', () => {
    const [e] = run('On 12 March, Russian Foreign Minister Sergey Lavrov held a telephone conversation with his Armenian counterpart Ararat Mirzoyan.').events;
    const lavrov = e.participants.find((p) => p.actorId === 'sergey-lavrov');
    assert.equal(lavrov?.country, 'RUS');
    assert.equal(lavrov?.role, 'foreign-minister');
    assert.deepEqual([...e.countries].sort(), ['ARM', 'RUS']);
  });

  test('evidence points at the sentence in the stored text', () => {
    const text = 'Menu\nOn 12 March, Sergey Lavrov held a telephone conversation with Ararat Mirzoyan.';
    const r = readDocument('s.txt', Buffer.from(text), { published: '2023-03-15' });
    if (!r.ok) assert.fail(r.reason);
    const [e] = extract(r.doc).events;
    assert.ok(e.evidence.length >= 1);
    const ev = e.evidence[0];
    assert.equal(text.slice(ev.start, ev.end), ev.sentence);
    assert.match(ev.sentence, /telephone conversation/);
    assert.ok(e.rules.includes('call.phone-noun'));
  });

  test('"the Russian president" is Putin when the document names him', () => {
    const x = run(
      'Vladimir Putin chaired a meeting of the Security Council on Monday. On 9 March, Pashinyan spoke by phone with the Russian president.',
      '2023-03-15',
    );
    const call = x.events.find((e) => e.type === 'call');
    assert.ok(call, JSON.stringify(x.events));
    assert.equal(call.date, '2023-03-09');
    assert.deepEqual(ids(call), ['nikol-pashinyan', 'vladimir-putin']);
  });
});

describe('extract: one event told more than once', () => {
  test('the same call told twice is one event', () => {
    const x = run(
      'On 12 March, Sergey Lavrov held a telephone conversation with Ararat Mirzoyan. On 12 March, Lavrov and Mirzoyan spoke by phone about the border.',
    );
    assertEvents(x, [{ type: 'call', date: '2023-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }]);
    assert.equal(x.events[0].evidence.length, 2, 'both sentences are evidence');
  });

  test('follow-up sentences about the call ("the ministers discussed", "during the phone call") add no event', () => {
    const x = run(
      'On 12 March, Sergey Lavrov held a telephone conversation with Ararat Mirzoyan. The ministers discussed regional security. During the phone call, Lavrov and Mirzoyan also touched on trade.',
    );
    assertEvents(x, [{ type: 'call', date: '2023-03-12', participants: ['sergey-lavrov', 'ararat-mirzoyan'] }]);
  });

  test('a meeting, then "the meeting" and "Mr. Lavrov" referring back, stays one event', () => {
    const x = run('On 2 March, Lavrov met Mirzoyan in Moscow. The meeting lasted two hours. Mr. Lavrov said the talks were useful.');
    assertEvents(x, [{ type: 'meeting', date: '2023-03-02', participants: ['sergey-lavrov', 'ararat-mirzoyan'], location: 'Moscow' }]);
  });
});

describe('extract: several events and relative dates', () => {
  test('"the same day" puts the second contact on the first one\'s date', () => {
    const x = run('Pashinyan and Aliyev met in Brussels on 14 May. The same day, Pashinyan spoke by phone with Putin.', '2023-05-20');
    assertEvents(x, [
      { type: 'meeting', date: '2023-05-14', participants: ['nikol-pashinyan', 'ilham-aliyev'], location: 'Brussels' },
      { type: 'call', date: '2023-05-14', participants: ['nikol-pashinyan', 'vladimir-putin'] },
    ]);
  });

  test('"a day prior" puts the second contact the day before', () => {
    const x = run('Sergei Lavrov met Jeihun Bairamov in Moscow on 2 March. A day prior, Bairamov held talks with Mikhail Mushustin.');
    assertEvents(x, [
      { type: 'meeting', date: '2023-03-02', participants: ['sergey-lavrov', 'jeyhun-bayramov'] },
      { type: 'meeting', date: '2023-03-01', participants: ['jeyhun-bayramov', 'mikhail-mishustin'] },
    ]);
  });

  test('boilerplate around the article does not hide or add events', () => {
    const x = run(
      'Menu\nBecome a memberOn Thursday, Russian Foreign Minister Sergey Lavrov held talks with Jeyhun Bayramov in Moscow.\nVladimir Putin and Ilham Aliyev Source: kremlin.ru\n© 2023 Example News. All rights reserved.',
    );
    assertEvents(x, [{ type: 'meeting', date: '2023-03-09', participants: ['sergey-lavrov', 'jeyhun-bayramov'], location: 'Moscow' }]);
  });
});

describe('extract: documents that are not extracted', () => {
  test('a document in a language neither reader knows is skipped with a reason', () => {
    const r = readDocument('story.txt', Buffer.from('Le ministre a rencontré son homologue à Paris le 12 mars.'), { published: '2023-03-15', lang: 'fr' });
    if (!r.ok) assert.fail(r.reason);
    const x = extract(r.doc);
    assert.deepEqual(x.events, []);
    assert.match(x.skipped ?? '', /language 'fr' is not supported/);
  });

  test('a Russian-language document goes to the Russian reader', () => {
    const x = run('Сергей Лавров провёл телефонный разговор с Араратом Мирзояном 12 марта.');
    assert.equal(x.skipped, null);
    assert.deepEqual(x.events.map((e) => [e.type, e.date, ids(e)]), [['call', '2023-03-12', ['ararat-mirzoyan', 'sergey-lavrov']]]);
  });

  test('the reference date comes from the metadata', () => {
    const x = run('Lavrov met Mirzoyan in Moscow.', '2023-03-15');
    assert.equal(x.docDate.source, 'metadata');
    assert.deepEqual(x.docDate.value, { year: 2023, month: 3, day: 15 });
  });
});

describe('extract: negative set (no events)', () => {
  const none: Array<[string, string]> = [
    ['habitual plural calls', 'Phone calls between the leaders of Armenia and Russia are frequent.'],
    ['a statement', 'Foreign Minister Sergey Lavrov said on Monday that Moscow supports the peace process.'],
    ['an interview', 'In an interview with a Russian newspaper, Ararat Mirzoyan spoke about the negotiations with Baku.'],
    ['a press conference', 'At a press conference in Moscow, Sergey Lavrov answered questions about the South Caucasus.'],
    ['"may visit"', 'Sergey Lavrov may visit Yerevan in April.'],
    ['"could visit"', 'Putin could visit Baku next year, a Kremlin spokesman said.'],
    ['a conditional meeting', 'Aliyev said he would meet Pashinyan if the terms were right.'],
    ['"did not meet"', 'Nikol Pashinyan did not meet Ilham Aliyev in Granada.'],
    ['"did not meet", joint subject', 'Nikol Pashinyan and Ilham Aliyev did not meet in Granada.'],
    ['"has never met"', 'Lavrov has never met Bayramov in Baku.'],
    ['a denied call', 'The Kremlin denied that Putin had spoken with Aliyev.'],
    ['no plans known of', 'Dmitry Peskov said the Kremlin was not aware of any plans for Vladimir Putin to meet Recep Tayyip Erdogan.'],
    ['too early to talk about a meeting', 'The Kremlin said it was too early to talk about a meeting between Vladimir Putin and Volodymyr Zelensky.'],
    ['a generic "such meetings"', 'Such meetings between Putin and Aliyev are useful.'],
    ['a football match', 'Spartak Moscow met Ararat Yerevan in a friendly football match on Sunday.'],
    ['a football match between countries', 'The football match between Armenia and Azerbaijan was held in Yerevan.'],
    ['a list of places without people', 'Flights between Moscow, Baku and Yerevan resumed on 1 March.'],
    ['a count of rounds of talks (CONVENTIONS 7)', 'Since the war, Ilham Aliyev and Nikol Pashinyan have held several rounds of talks with Charles Michel.'],
    ['a link to another story', 'Trade in the region keeps growing\n\nRelated: Sergey Lavrov and Jeyhun Bayramov meet in Moscow'],
    // Plans with no day (CONVENTIONS 5)
    ['a summit planned for a month', 'The foreign ministers will prepare the SCO summit, which will take place in Qingdao in June, with Sergey Lavrov and Wang Yi present.'],
    ['a headline plan with no day', 'Turkey-Russia-Iran summit to be held in Istanbul\n\nThe date has not yet been agreed by the three capitals.'],
  ];
  for (const [what, text] of none) {
    test(`${what}: ${text}`, () => {
      const x = run(text);
      assert.deepEqual(
        x.events.map((e) => `${e.type} ${e.date} ${ids(e).join('+')}`),
        [],
      );
    });
  }

  test('a generic plural "visits … by Lavrov" becomes a visit', () => {
    assert.deepEqual(run('Visits by Lavrov to Baku have become routine.').events, []);
  });

  test('"Regular visits to Moscow …, Pashinyan said" becomes a visit by the speaker', () => {
    assert.deepEqual(run('Regular visits to Moscow by Armenian officials continue, Pashinyan said.').events, []);
  });
});

describe('extract: visits listed with their days', () => {
  test('"visited A on one day and B on another": a visit to each on its day', () => {
    const x = run('Vladimir Putin visited Kazakhstan on July 3-4 and Turkmenistan on July 8-9.', '2024-07-11');
    assert.deepEqual(x.events.map((e) => `${e.type} ${e.date} ${[...e.countries].sort().join('+')}`).sort(), ['visit 2024-07-03 KAZ+RUS', 'visit 2024-07-08 RUS+TKM']);
  });
});

describe('extract: plans with a vague time', () => {
  test('"in the coming days" gives a plan no day, though the story is at one', () => {
    const x = run('On 3 May, Putin met Aliyev in Sochi.\n\nPutin will meet Pashinyan in Moscow in the coming days.', '2024-05-05');
    assert.deepEqual(x.events.map((e) => `${e.type} ${e.date} ${ids(e).join('+')}`), ['meeting 2024-05-03 ilham-aliyev+vladimir-putin']);
  });
});

describe('extract: harder positives', () => {
  test('a plan told after the sentence that gave its day keeps that day', () => {
    const x = run('Antony Blinken will pay a visit to Kazakhstan on 28 February.\n\nHe will also take part in the C5+1 ministerial meeting with Mukhtar Tileuberdi.', '2023-02-25');
    assert.deepEqual(x.events.map((e) => [e.type, e.date]).sort(), [['summit', '2023-02-28'], ['visit', '2023-02-28']]);
  });

  test('a dated future meeting "will meet on 20 March in Moscow" is the planned meeting on its date', () => {
    assertEvents(run('Putin and Pashinyan will meet on 20 March in Moscow.'), [
      { type: 'meeting', date: '2023-03-20', participants: ['vladimir-putin', 'nikol-pashinyan'] },
    ]);
  });
});

describe('extract: the city a story opens on', () => {
  test('a meeting of the story\'s day with no place of its own took place in the dateline\'s city; a call has no place', () => {
    const x = run('Chisinau, 3 March - President Maia Sandu today met Ambassador of Russia to Moldova Oleg Vasnetsov. Later, Sandu had a phone call with Volodymyr Zelensky.', '2023-03-03');
    assertEvents(x, [
      { type: 'meeting', date: '2023-03-03', participants: ['maia-sandu', 'oleg-vasnetsov'], location: 'Chisinau' },
      { type: 'call', date: '2023-03-03', participants: ['maia-sandu', 'volodymyr-zelensky'] },
    ]);
    assert.equal(x.events[1].location, null);
  });
  test('an event of another time, or a visit to another country, does not take it', () => {
    const x = run('MOSCOW, 3 March - Sergey Lavrov paid a visit to Azerbaijan on 1 March. In 2019, he met Jeyhun Bayramov.', '2023-03-03');
    assert.deepEqual(x.events.map((e) => [e.type, e.location]), [['visit', null], ['meeting', null]]);
    // A city that names another event ("Following Washington meeting") is not where the story is.
    const y = run('Following Washington meeting, Pashinyan receives Overchuk\n\nNikol Pashinyan received Alexei Overchuk on Wednesday.', '2023-03-03');
    assert.ok(y.events.length > 0);
    assert.deepEqual(y.events.filter((e) => e.location !== null), []);
  });
});

describe('extract: a guest welcomed by a host', () => {
  test('the guest welcomed to the host\'s city makes the visit, and "their meeting" is the guest\'s with the host', () => {
    const x = run('On 2 March, Turkish Foreign Minister Hakan Fidan welcomed his Azerbaijani counterpart Jeyhun Bayramov to Ankara for an official visit.\n\nAfter their meeting, the ministers signed a protocol on consultations.', '2024-03-03');
    // "welcomed his counterpart" is itself the meeting (meeting.welcomed), told before the visit's words.
    assertEvents(x, [
      { type: 'meeting', date: '2024-03-02', participants: ['jeyhun-bayramov', 'hakan-fidan'] },
      { type: 'visit', date: '2024-03-02', participants: ['jeyhun-bayramov'], location: 'Ankara' },
    ]);
  });
});

describe('extract: the day each event is told with', () => {
  test('a signing of two leaders takes the weekday said after it, not the day of publication', () => {
    const x = run('Vladimir Putin and Masoud Pezeshkian signed a partnership treaty in Moscow on Friday.', '2025-01-18');
    assertEvents(x, [{ type: 'meeting', date: '2025-01-17', participants: ['vladimir-putin', 'masoud-pezeshkian'], location: 'Moscow' }]);
  });
  test('past the paragraphs a day carries over, a contact of the same people keeps the story\'s day', () => {
    const filler = '\n\nThe agenda covered Afghanistan.\n\nThe agenda also covered border security.\n\nTrade was on the agenda too.\n\nCulture was raised as well.\n\n';
    const x = run(`On 4 May, Russian Deputy Foreign Minister Mikhail Galuzin held consultations in Ashgabat with Turkmen Foreign Minister Rashid Meredov.${filler}Galuzin also met Turkmen Deputy Foreign Minister Vepa Hadjiev.`, '2023-05-06');
    assert.deepEqual(x.events.map((e) => e.date), ['2023-05-04', '2023-05-04']);
    // A contact of other people, that far from the day, is the document's.
    const y = run(`On 4 May, Russian Deputy Foreign Minister Mikhail Galuzin held consultations in Ashgabat with Turkmen Foreign Minister Rashid Meredov.${filler}Vladimir Putin met Serdar Berdimuhamedov in Moscow.`, '2023-05-06');
    assert.deepEqual(y.events.map((e) => e.date), ['2023-05-04', '2023-05-06']);
  });
  test('a day named twice without its year is one day: a plan said once with a word of the future', () => {
    const ref = { year: 2020, month: 3, day: 6 };
    const datesOf = [
      findDates('The council of the union will meet in Minsk on 10 April.', 0, ref),
      findDates('We must finish the draft and talk it over in Minsk on 10 April.', 100, ref),
    ];
    // Alone, the second reads as last year's day (no word of the future stands near it).
    assert.equal(toIso(datesOf[1][0].value), '2019-04-10');
    sameDaySameYear(datesOf);
    assert.deepEqual(datesOf.flat().map((d) => toIso(d.value)), ['2020-04-10', '2020-04-10']);
    // A year the text states holds for the other mentions; it is not changed itself.
    const stated = [findDates('They met on 10 April 2018.', 0, ref), findDates('Since the talks on 10 April, trade grew.', 50, ref)];
    sameDaySameYear(stated);
    assert.deepEqual(stated.flat().map((d) => toIso(d.value)), ['2018-04-10', '2018-04-10']);
  });
});

describe('extract: transcripts with speaker labels', () => {
  test('"we" in a labelled turn is the speaker and the one who spoke before', () => {
    const x = run('Start of the talks with the President of Kazakhstan\n\nVladimir Putin: Mr Tokayev, good afternoon. It is good to see you in the Kremlin.\n\nKassym-Jomart Tokayev: Good afternoon. We met in Samarkand on 16 September and discussed energy supplies.', '2022-10-12');
    assertEvents(x, [{ type: 'meeting', date: '2022-09-16', participants: ['kassym-jomart-tokayev', 'vladimir-putin'] }]);
  });
  test('the first speaker\'s "we" is the speaker and whom the heading names beside him', () => {
    const x = run('Talks with President of Kazakhstan Kassym-Jomart Tokayev\n\nThe talks took place in the Kremlin.\n\nVladimir Putin: Good afternoon. We last met in Samarkand on 16 September, and I am glad to continue that conversation.', '2022-10-12');
    assertEvents(x, [{ type: 'meeting', date: '2022-09-16', participants: ['kassym-jomart-tokayev', 'vladimir-putin'] }]);
  });
  test('"me" and "my" in a turn are its speaker', () => {
    const x = run('Talks in the Kremlin\n\nVladimir Putin: Good afternoon, dear colleague.\n\nKassym-Jomart Tokayev: Thank you for hosting me in Moscow on 16 September, dear friend.', '2022-09-17');
    assertEvents(x, [{ type: 'meeting', date: '2022-09-16', participants: ['kassym-jomart-tokayev', 'vladimir-putin'] }]);
  });
  test('a question label ends the speaker\'s turn: the asker\'s "we" is nobody of the contact', () => {
    const x = run('Excerpts from a press conference\n\nSergey Lavrov: Good afternoon. Our ties with Armenia are long-standing.\n\nQuestion: We met Ararat Mirzoyan in Yerevan on 3 March. What did the two sides agree on?', '2022-10-12');
    assertEvents(x, []);
  });
});

describe('extract: a headline that opens with a name and a colon', () => {
  test('is no speaker label: the body\'s "we" is not the man the headline names', () => {
    const x = run('Lavrov: relations with Baku keep growing\n\nReporters asked about the region. We met Ararat Mirzoyan in Yerevan on 3 March, a spokesman for the opposition said.', '2022-10-12');
    assert.ok(!x.events.some((e) => e.participants.some((p) => p.actorId === 'sergey-lavrov')), JSON.stringify(x.events));
  });
});

describe('extract: the words of a speech introduced by "X said:"', () => {
  test('"your visit to our country" is a visit by the person addressed to the speaker\'s country', () => {
    const x = run('Kyrgyz President Sadyr Japarov held talks with Ilham Aliyev in Bishkek on 11 October 2022.\n\nOpening the talks, Sadyr Japarov said:\n\nI am grateful to you for making a state visit to our country.', '2022-10-12');
    assertEvents(x, [
      { type: 'meeting', date: '2022-10-11', participants: ['ilham-aliyev', 'sadyr-japarov'] },
      { type: 'visit', date: '2022-10-11', participants: ['ilham-aliyev'] },
    ]);
  });
});
