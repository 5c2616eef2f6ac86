// The event stage on short texts written for these tests: how many events a passage tells, with whom,
// when. Each row is a habit of readouts and news items that the frames must follow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../ingest/read.ts';
import { extract } from './pipeline.ts';
import { toRecord } from './record.ts';

function events(text: string, published: string | null = '2024-05-20'): string[] {
  const r = readDocument('t.txt', Buffer.from(text), { published: published ?? undefined });
  assert.ok(r.ok);
  return extract(r.doc)
    .events.map(toRecord)
    .map((e) => `${e.date} ${e.type} ${[...e.participants].sort().join('+')}${e.initiator ? ` init=${e.initiator}` : ''}`)
    .sort();
}

const cases: Array<[string, string, string[]]> = [
  [
    'officials the text does not name ("met with Indian government officials") are the other side of a meeting',
    'On 14 May, Antony Blinken met with Indian government officials in New Delhi.\n\nOn 15 May, Jeyhun Bayramov held talks with senior Georgian officials in Tbilisi.',
    ['2024-05-14 meeting Antony Blinken', '2024-05-15 meeting Jeyhun Bayramov'],
  ],
  [
    'who "said at a meeting with Y" or "said as he met Y" is at that meeting, not only its reporter',
    'Astana, 20 May 2024\n\nTrade between the two countries keeps growing, Kazakh President Kassym-Jomart Tokayev said at a meeting with Azerbaijani President Ilham Aliyev.\n\nThe transit corridor will be ready next year, Ararat Mirzoyan said as he met with Jeyhun Bayramov.',
    ['2024-05-20 meeting Ararat Mirzoyan+Jeyhun Bayramov', '2024-05-20 meeting Ilham Aliyev+Kassym-Jomart Tokayev'],
  ],
  [
    'two trips of one visitor to two countries stay two visits: the visitor\'s own country is no country they share',
    'Tokayev arrives in Bishkek for talks\n\nKassym-Jomart Tokayev paid a state visit to Moscow on 11 May.\n\nOn 26 May, Ararat Mirzoyan will pay a working visit to Kazakhstan. On 28 May, Mirzoyan will travel to Beijing.',
    ['2024-05-11 visit Kassym-Jomart Tokayev', '2024-05-20 visit Kassym-Jomart Tokayev', '2024-05-26 visit Ararat Mirzoyan', '2024-05-28 visit Ararat Mirzoyan'],
  ],
  [
    'a spokesman who tells of a call ("spoke to reporters and said") is no party to it',
    'Vladimir Putin and Recep Tayyip Erdogan have spoken on the phone.\n\nKremlin spokesman Dmitry Peskov spoke to reporters and said, "The two leaders discussed the situation in Syria at length."',
    ['null call Recep Tayyip Erdogan+Vladimir Putin'],
  ],
  [
    '"consultations with A and B", "held discussions with A, B and C": the noun of talks with several people splits as "met" does',
    'On 6 May, Jeyhun Bayramov came to Yerevan for consultations with Armenian officials, including Prime Minister Nikol Pashinyan and Foreign Minister Ararat Mirzoyan.\n\nOn 9 May, Vladimir Putin held short discussions with Kassym-Jomart Tokayev, Sadyr Japarov and Emomali Rahmon in Moscow.',
    ['2024-05-06 meeting Ararat Mirzoyan+Jeyhun Bayramov', '2024-05-06 meeting Jeyhun Bayramov+Nikol Pashinyan', '2024-05-06 visit Jeyhun Bayramov', '2024-05-09 meeting Emomali Rahmon+Vladimir Putin', '2024-05-09 meeting Kassym-Jomart Tokayev+Vladimir Putin', '2024-05-09 meeting Sadyr Japarov+Vladimir Putin'],
  ],
  [
    'two who talked on the margins of a gathering hosted by a third: a meeting of the two, and the gathering with its host (CONVENTIONS 2); a gathering hosted by X is no meeting of X',
    'On 8 May, Ilham Aliyev and Nikol Pashinyan spoke for a few minutes in Moscow, on the margins of an informal gathering of CIS leaders hosted by Vladimir Putin.',
    ['2024-05-08 meeting Ilham Aliyev+Nikol Pashinyan', '2024-05-08 summit Ilham Aliyev+Nikol Pashinyan+Vladimir Putin'],
  ],
  [
    '"met A and B" of two other states is a meeting with each (CONVENTIONS 4); not when one of them hosts it ("in Moscow" with Lavrov); "held talks with A and B" and trilateral talks stay one',
    'On 6 May, Vladimir Putin met with Turkmen President Serdar Berdimuhamedov and Iranian President Ebrahim Raisi in Samarkand.\n\nOn 8 May, Ararat Mirzoyan met Sergey Lavrov and Jeyhun Bayramov in Moscow.\n\nOn 9 May, Sergey Lavrov held trilateral talks with Jeyhun Bayramov and Ararat Mirzoyan in Moscow.\n\nOn 11 May, Ilham Aliyev held talks with Recep Tayyip Erdogan and Shehbaz Sharif in Baku.',
    ['2024-05-06 meeting Ebrahim Raisi+Vladimir Putin', '2024-05-06 meeting Serdar Berdimuhamedov+Vladimir Putin', '2024-05-08 meeting Ararat Mirzoyan+Jeyhun Bayramov+Sergey Lavrov', '2024-05-09 meeting Ararat Mirzoyan+Jeyhun Bayramov+Sergey Lavrov', '2024-05-11 meeting Ilham Aliyev+Recep Tayyip Erdogan+Shehbaz Sharif'],
  ],
  [
    '"Last week, …", "his recent visit", "took place … recently": no day (null), and the paragraph after "Last week" stays undated; "recent" away from the contact word changes nothing',
    'Astana, 20 May 2024\n\nLast week, Emmanuel Macron was in Kazakhstan on an official visit.\nDuring the meeting with Kassym-Jomart Tokayev, the two presidents signed a declaration.\n\nOn 18 May, Recep Tayyip Erdogan praised Nikol Pashinyan\'s recent visit to Ankara.\n\nA meeting of Vladimir Putin and Shavkat Mirziyoyev took place in Sochi recently.\n\nAmid recent tensions, Sergey Lavrov met Jeyhun Bayramov in Moscow on 19 May.',
    ['2024-05-19 meeting Jeyhun Bayramov+Sergey Lavrov', 'null meeting Emmanuel Macron+Kassym-Jomart Tokayev', 'null meeting Shavkat Mirziyoyev+Vladimir Putin', 'null visit Emmanuel Macron', 'null visit Nikol Pashinyan'],
  ],
  [
    'a gathering\'s people are those said to attend it ("Y, who is in Minsk to attend", "thanked Y for taking up our invitation to participate in"), not the host they met (those met there after its name stay); without such words all of them',
    'On 17 May, Xi Jinping met Kassym-Jomart Tokayev, who is in Shanghai to attend the regional trade forum.\n\nOn 11 May, Ararat Mirzoyan came to Turkey to attend the diplomacy forum in Antalya, where he had a bilateral meeting with Hakan Fidan.\n\nOn 19 May, Vladimir Putin and Alexander Lukashenko attended the Supreme State Council session in Minsk.\n\nIrakli Kobakhidze thanked Nikol Pashinyan for taking up our invitation to participate in the Silk Road Forum scheduled for 22 October.',
    ['2024-05-11 meeting Ararat Mirzoyan+Hakan Fidan', '2024-05-11 summit Ararat Mirzoyan+Hakan Fidan', '2024-05-11 visit Ararat Mirzoyan', '2024-05-17 meeting Kassym-Jomart Tokayev+Xi Jinping', '2024-05-17 summit Kassym-Jomart Tokayev', '2024-05-19 summit Alexander Lukashenko+Vladimir Putin', '2024-10-22 summit Nikol Pashinyan'],
  ],
  [
    '"In addition to meeting X, the premier also met Z": a meeting with X and one with Z, both with the main clause\'s subject',
    'On 16 May in Baku, Irakli Kobakhidze, Georgia\'s premier, held talks with Azerbaijani President Ilham Aliyev.\n\nIn addition to meeting the Azerbaijani head of state, the Georgian premier also sat down with Azerbaijani Prime Minister Ali Asadov on 17 May.\n\nBesides meeting Kassym-Jomart Tokayev, Shavkat Mirziyoyev held talks with Olzhas Bektenov in Astana on 18 May.',
    ['2024-05-16 meeting Ilham Aliyev+Irakli Kobakhidze', '2024-05-17 meeting Ali Asadov+Irakli Kobakhidze', '2024-05-17 meeting Ilham Aliyev+Irakli Kobakhidze', '2024-05-18 meeting Kassym-Jomart Tokayev+Shavkat Mirziyoyev', '2024-05-18 meeting Olzhas Bektenov+Shavkat Mirziyoyev'],
  ],
  [
    'a meeting of an interstate council of two states, its two leaders named, is their bilateral meeting; an organisation\'s council stays a summit',
    'On 11 May, the Interstate Council of Azerbaijan and Kyrgyzstan met in Bishkek in an enlarged format, with President Ilham Aliyev and President Sadyr Japarov taking part.\n\nOn 12 May, Vladimir Putin and Alexander Lukashenko attended a session of the Supreme Eurasian Economic Council in Minsk.',
    ['2024-05-11 meeting Ilham Aliyev+Sadyr Japarov', '2024-05-12 summit Alexander Lukashenko+Vladimir Putin'],
  ],
  [
    'who "announced the meeting" tells of it and does not join it; who "joined the meeting" does',
    'Recep Tayyip Erdogan met Vladimir Putin in Sochi on 17 May. Mevlut Cavusoglu, who announced the meeting in Ankara, stressed the need for calm.\n\nIlham Aliyev met Nikol Pashinyan in Brussels on 18 May. Jeyhun Bayramov also joined the meeting.',
    ['2024-05-17 meeting Recep Tayyip Erdogan+Vladimir Putin', '2024-05-18 meeting Ilham Aliyev+Jeyhun Bayramov+Nikol Pashinyan'],
  ],
  [
    'a sidelines meeting at a gathering of another month or city than the one told: that gathering is a record of its own; at the same one, no second record',
    'On 8 May, Vladimir Putin, Ilham Aliyev and Emomali Rahmon attended the CIS summit in Dushanbe. Putin met Aliyev on the sidelines of the Dushanbe CIS summit.\n\nTheir previous bilateral meeting took place in October 2023 on the sidelines of the Bishkek CIS summit.',
    ['2023-10 meeting Ilham Aliyev+Vladimir Putin', '2023-10 summit Ilham Aliyev+Vladimir Putin', '2024-05-08 meeting Ilham Aliyev+Vladimir Putin', '2024-05-08 summit Emomali Rahmon+Ilham Aliyev+Vladimir Putin'],
  ],
  [
    '"the summit, which begins on 14 May" dates the summit, not the journey to it; a clause that gives no start ("which ends on …") dates nothing',
    'On 13 May, Nikol Pashinyan left for Sochi to attend the EEU summit, which begins on 14 May.\n\nOn 15 May, Sergey Lavrov met Jeyhun Bayramov in Antalya at the diplomacy forum, which ends on 17 May.',
    ['2024-05-13 visit Nikol Pashinyan', '2024-05-14 summit Nikol Pashinyan', '2024-05-15 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-15 summit Jeyhun Bayramov+Sergey Lavrov'],
  ],
  [
    'a summit "held between May 15 and 16" is a span: a meeting told at it later, with no day of its own, is dated to the month, and its people are still at the summit',
    'Shavkat Mirziyoyev, Recep Tayyip Erdogan and Serdar Berdimuhamedov took part in the SCO summit held between May 15 and 16 in Samarkand.\n\nVladimir Putin met Sadyr Japarov as part of the SCO summit.',
    ['2024-05 meeting Sadyr Japarov+Vladimir Putin', '2024-05-15 summit Recep Tayyip Erdogan+Sadyr Japarov+Serdar Berdimuhamedov+Shavkat Mirziyoyev+Vladimir Putin'],
  ],
  [
    'met on the sidelines of a conference: a meeting and the conference as a gathering of its own (CONVENTIONS 2)',
    'On 11 May, Rashid Meredov met Abbas Araghchi in Ashgabat on the sidelines of a regional conference on transit.',
    ['2024-05-11 meeting Abbas Araghchi+Rashid Meredov', '2024-05-11 summit Abbas Araghchi+Rashid Meredov'],
  ],
  [
    'whose message, greetings or invitation a visitor brings is no party to the meeting; the one the message is handed to is',
    'On 5 May, Sergey Lavrov met Jeyhun Bayramov, who conveyed a message from Ilham Aliyev.\n\nOn 6 May, Vladimir Putin received Ararat Mirzoyan, who handed over a letter from Nikol Pashinyan.\n\nOn 7 May, Shavkat Mirziyoyev received Sergey Lavrov, who conveyed the warm greetings of Vladimir Putin.\n\nOn 8 May, Kassym-Jomart Tokayev received Sergey Lavrov, who is in Astana at the invitation of Murat Nurtleu.\n\nOn 11 May, Ilham Aliyev received Hakan Fidan, who conveyed greetings to Aliyev from Recep Tayyip Erdogan.',
    ['2024-05-05 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-06 meeting Ararat Mirzoyan+Vladimir Putin', '2024-05-07 meeting Sergey Lavrov+Shavkat Mirziyoyev', '2024-05-08 meeting Kassym-Jomart Tokayev+Sergey Lavrov', '2024-05-11 meeting Hakan Fidan+Ilham Aliyev'],
  ],
  [
    'people named in what a contact was about ("to discuss the upcoming visit of Z", "the agreements reached by A and B") took no part; "discussed … with Y" names a party',
    'On 5 May, Sergey Lavrov met Jeyhun Bayramov to prepare for Ilham Aliyev\'s visit to Moscow.\n\nOn 6 May, Vladimir Putin met Nikol Pashinyan and discussed the implementation of the agreements reached by Ilham Aliyev and Recep Tayyip Erdogan.\n\nOn 8 May, Kassym-Jomart Tokayev received Sergey Lavrov to discuss the upcoming visit of Vladimir Putin.\n\nOn 10 May, Vladimir Putin discussed the situation in the region with Ilham Aliyev by phone.',
    ['2024-05-05 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-06 meeting Nikol Pashinyan+Vladimir Putin', '2024-05-08 meeting Kassym-Jomart Tokayev+Sergey Lavrov', '2024-05-10 call Ilham Aliyev+Vladimir Putin'],
  ],
  [
    'a year alone ("last year", "in 2022", "at the end of last year") gives no date (CONVENTIONS 8); a month with its year does; "Last year, …" with no contact leaves the story\'s day',
    'Baku, 20 May 2024\n\nVladimir Putin met Ilham Aliyev in Moscow at the end of last year.\n\nIn 2022, Sergey Lavrov held talks with Jeyhun Bayramov in Baku.\n\nNikol Pashinyan met Ilham Aliyev in Prague in March 2022.\n\nOn 18 May, Recep Tayyip Erdogan met Shavkat Mirziyoyev in Ankara. Last year, trade between the two countries grew. Erdogan also met Kassym-Jomart Tokayev.',
    ['2022-03 meeting Ilham Aliyev+Nikol Pashinyan', '2024-05-18 meeting Kassym-Jomart Tokayev+Recep Tayyip Erdogan', '2024-05-18 meeting Recep Tayyip Erdogan+Shavkat Mirziyoyev', 'null meeting Ilham Aliyev+Vladimir Putin', 'null meeting Jeyhun Bayramov+Sergey Lavrov'],
  ],
  [
    'a person named only to say who someone is ("who replaced X", "a former associate of X", "the son of X") is no party to the meeting',
    'On 18 May, Sergey Lavrov met Jeyhun Bayramov, who replaced Elmar Mammadyarov as foreign minister in 2020.\n\nOn 19 May, Sergey Lavrov met the new Armenian foreign minister, Ararat Mirzoyan, a former associate of Nikol Pashinyan.',
    ['2024-05-18 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-19 meeting Ararat Mirzoyan+Sergey Lavrov'],
  ],
  [
    'a relative clause after the contact that tells a contact of its own keeps its people and its day to itself ("…, where X had held talks with Y on 11 May", "…, who had met Z"); a gathering\'s ("the forum, where he met Y") does not',
    'On 18 May, Vladimir Putin met Ilham Aliyev in Sochi, where Nikol Pashinyan had held talks with Recep Tayyip Erdogan on 11 May.\n\nOn 19 May, Emmanuel Macron spoke by phone with Volodymyr Zelensky, who had met Olaf Scholz that morning.',
    ['2024-05-11 meeting Nikol Pashinyan+Recep Tayyip Erdogan', '2024-05-18 meeting Ilham Aliyev+Vladimir Putin', '2024-05-19 call Emmanuel Macron+Volodymyr Zelensky', '2024-05-19 meeting Olaf Scholz+Volodymyr Zelensky'],
  ],
  [
    'a list closed by a serial comma ("A, B, and Speaker C") is one list: each of its people has a meeting',
    'On 7 May, Abbas Araghchi came to Baku for talks with Azerbaijani leaders, including President Ilham Aliyev, Foreign Minister Jeyhun Bayramov, and Speaker of Parliament Sahiba Gafarova.',
    ['2024-05-07 meeting Abbas Araghchi+Ilham Aliyev', '2024-05-07 meeting Abbas Araghchi+Jeyhun Bayramov', '2024-05-07 meeting Abbas Araghchi+Sahiba Gafarova', '2024-05-07 visit Abbas Araghchi'],
  ],
  [
    'a guest\'s "meetings with A, B and C" (the plural noun, the guest named by a possessive) is one meeting with each',
    'On 23 May, Sadyr Japarov will pay a working visit to Moscow. Japarov\'s bilateral meetings with Prime Minister Mikhail Mishustin and Federation Council Speaker Valentina Matviyenko are on the programme.',
    ['2024-05-23 meeting Mikhail Mishustin+Sadyr Japarov', '2024-05-23 meeting Sadyr Japarov+Valentina Matviyenko', '2024-05-23 visit Sadyr Japarov'],
  ],
  [
    'a day before said right after a trigger dates that event from the sentence\'s day: "who arrived the day before", "the previous evening"',
    'On 8 May, Alexander Lukashenko held talks in Minsk with Nikol Pashinyan, who had arrived in Belarus on a working visit the day before.\n\nOn 12 May, Vladimir Putin met Ilham Aliyev in Dushanbe. The two had already talked at an informal summit of CIS leaders the previous evening.',
    ['2024-05-07 visit Nikol Pashinyan', '2024-05-08 meeting Alexander Lukashenko+Nikol Pashinyan', '2024-05-11 summit Ilham Aliyev+Vladimir Putin', '2024-05-12 meeting Ilham Aliyev+Vladimir Putin'],
  ],
  [
    'a state named after the visitor ("X of Georgia paid a visit", "Y of Armenia, who is in … on a visit") is his, not a visit spoken of',
    'On 9 May, Prime Minister Irakli Kobakhidze of Georgia paid an official visit to Yerevan.\n\nOn 10 May, Kassym-Jomart Tokayev received Foreign Minister Ararat Mirzoyan of Armenia, who is in Astana on a working visit.',
    ['2024-05-09 visit Irakli Kobakhidze', '2024-05-10 meeting Ararat Mirzoyan+Kassym-Jomart Tokayev', '2024-05-10 visit Ararat Mirzoyan'],
  ],
  [
    'a plan to meet counts with its day ("plan to" is no "Plan" named for a man); without a day it does not',
    'Ilham Aliyev and Nikol Pashinyan plan to meet in Brussels on 28 May.\n\nVladimir Putin plans to meet Kassym-Jomart Tokayev soon.',
    ['2024-05-28 meeting Ilham Aliyev+Nikol Pashinyan'],
  ],
  [
    'a signing by two sides is their meeting; one leader\'s decree is not; talks "and signed" are the same meeting',
    'On 14 May, Vladimir Putin and Kassym-Jomart Tokayev signed a declaration on allied relations in Moscow.\n\nOn 15 May, Ilham Aliyev signed a decree on the new ministry.\n\nOn 16 May, Nikol Pashinyan and Irakli Kobakhidze held talks in Tbilisi and signed a joint statement.',
    ['2024-05-14 meeting Kassym-Jomart Tokayev+Vladimir Putin', '2024-05-16 meeting Irakli Kobakhidze+Nikol Pashinyan'],
  ],
  [
    'a host who saw two guests separately and then together',
    'On 3 May, Vladimir Putin hosted Nikol Pashinyan and Ilham Aliyev in Sochi, first separately and then together.',
    ['2024-05-03 meeting Ilham Aliyev+Nikol Pashinyan+Vladimir Putin', '2024-05-03 meeting Ilham Aliyev+Vladimir Putin', '2024-05-03 meeting Nikol Pashinyan+Vladimir Putin'],
  ],
  [
    'a president and his minister met by one visitor: two meetings',
    'On 7 May, Sergei Shoigu met with Azerbaijani President Ilham Aliyev and Defence Minister Zakir Hasanov in Baku.',
    ['2024-05-07 meeting Ilham Aliyev+Sergei Shoigu', '2024-05-07 meeting Sergei Shoigu+Zakir Hasanov'],
  ],
  [
    'a readout whose dateline shows the publication day takes that day',
    'Moscow, 20 May 2024\n\nVladimir Putin had a telephone conversation with President of Azerbaijan Ilham Aliyev. The conversation was initiated by the Azerbaijani side.',
    ['2024-05-20 call Ilham Aliyev+Vladimir Putin init=AZE'],
  ],
  [
    'a readout whose text shows no date is undated: the publication day from metadata places no report by itself',
    'Vladimir Putin had a telephone conversation with President of Azerbaijan Ilham Aliyev. The conversation was initiated by the Azerbaijani side.',
    ['null call Ilham Aliyev+Vladimir Putin init=AZE'],
  ],
  [
    'a page stamp in numbers ("20.05.2024 | 14:05") shows the day as a dateline does',
    'Leaders talk by phone\n\n20.05.2024 | 14:05\n\nVladimir Putin has spoken by phone with Ilham Aliyev.',
    ['2024-05-20 call Ilham Aliyev+Vladimir Putin'],
  ],
  [
    'relative days still count from the publication day when the text shows no date',
    'Vladimir Putin had a telephone conversation with Ilham Aliyev yesterday.',
    ['2024-05-19 call Ilham Aliyev+Vladimir Putin'],
  ],
  [
    'a headline with no date of its own is the news of the publication day, even when the text shows no date',
    'Putin and Aliyev speak by phone\n\nThe two presidents discussed the transport corridor.',
    ['2024-05-20 call Ilham Aliyev+Vladimir Putin'],
  ],
  [
    'telephone conversations held with two leaders are two calls',
    'On 2 May, Vladimir Putin held telephone conversations with Ilham Aliyev and Nikol Pashinyan one after the other.',
    ['2024-05-02 call Ilham Aliyev+Vladimir Putin', '2024-05-02 call Nikol Pashinyan+Vladimir Putin'],
  ],
  [
    'one trilateral call stays one call',
    'On 2 May, Vladimir Putin had a telephone conversation with Ilham Aliyev and Nikol Pashinyan.',
    ['2024-05-02 call Ilham Aliyev+Nikol Pashinyan+Vladimir Putin'],
  ],
  [
    'an event counted back from the one just told',
    'On 19 May, Sergey Lavrov received Jeyhun Bayramov in Moscow. The Moscow talks came five days after Ilham Aliyev and Nikol Pashinyan met in Brussels.',
    ['2024-05-14 meeting Ilham Aliyev+Nikol Pashinyan', '2024-05-19 meeting Jeyhun Bayramov+Sergey Lavrov'],
  ],
  [
    'an invitation is not a meeting, a meeting that did not take place is none',
    'On 9 May, Vladimir Putin invited Nikol Pashinyan to the summit in Kazan. A meeting of the two leaders planned for April had not taken place.',
    [],
  ],
  [
    'a negation inside the trigger: talks that were not held',
    'On 2 May, Ilham Aliyev and Vladimir Putin had not held talks for months.',
    [],
  ],
  [
    'the person a report is attributed to is not a participant',
    'On 10 May, Ararat Mirzoyan and Jeyhun Bayramov met in Almaty, Foreign Ministry spokeswoman Ani Badalyan said.',
    ['2024-05-10 meeting Ararat Mirzoyan+Jeyhun Bayramov'],
  ],
  [
    'a date after "since" is no event\'s day: the summit told is the one of the story (three leaders meeting: a meeting)',
    'On 26 November 2023, a trilateral summit of Vladimir Putin, Ilham Aliyev and Nikol Pashinyan took place in Sochi. Before it, Putin met Aliyev alone. The Sochi summit was the first of the three leaders since 11 January 2023, when they met in Moscow.',
    ['2023-01-11 meeting Ilham Aliyev+Nikol Pashinyan+Vladimir Putin', '2023-11-26 meeting Ilham Aliyev+Nikol Pashinyan+Vladimir Putin', '2023-11-26 meeting Ilham Aliyev+Vladimir Putin'],
  ],
  [
    'the previous summit is another occasion, not the one just told',
    'On 28 November 2023, the CSTO summit in Astana was attended by Vladimir Putin, Kassym-Jomart Tokayev and Alexander Lukashenko. Nikol Pashinyan stayed away, as he had from the previous summit in Minsk.',
    ['2023-11-28 summit Alexander Lukashenko+Kassym-Jomart Tokayev+Vladimir Putin'],
  ],
  [
    'four leaders meeting on the margins of a summit: a meeting of its own',
    'On 5 October 2023, the European Political Community summit opened in Granada with Nikol Pashinyan, Emmanuel Macron, Olaf Scholz, Charles Michel and Ursula von der Leyen. Pashinyan, Macron, Scholz and Michel met in a four-way format on the margins of the summit.',
    ['2023-10-05 meeting Charles Michel+Emmanuel Macron+Nikol Pashinyan+Olaf Scholz', '2023-10-05 summit Charles Michel+Emmanuel Macron+Nikol Pashinyan+Olaf Scholz+Ursula von der Leyen'],
  ],
  [
    'the people a sentence says took part join the gathering just told',
    'On 28 November 2023, the CSTO Collective Security Council held its session in Minsk under the chairmanship of Alexander Lukashenko. Vladimir Putin, Kassym-Jomart Tokayev and Emomali Rahmon took part.',
    ['2023-11-28 summit Alexander Lukashenko+Emomali Rahmon+Kassym-Jomart Tokayev+Vladimir Putin'],
  ],
  [
    '"the two presidents" after a visit are the visitor and his host',
    'On 27 November 2023, the CSTO summit in Minsk was attended by Alexander Lukashenko, Vladimir Putin and Kassym-Jomart Tokayev. The next day Putin arrived in Kazakhstan on a state visit. The two presidents held talks in the Kazakh capital.',
    ['2023-11-27 summit Alexander Lukashenko+Kassym-Jomart Tokayev+Vladimir Putin', '2023-11-28 meeting Kassym-Jomart Tokayev+Vladimir Putin', '2023-11-28 visit Vladimir Putin'],
  ],
  [
    'a leader who rang another made a call',
    'On 15 November 2023, Olaf Scholz rang Vladimir Putin.',
    ['2023-11-15 call Olaf Scholz+Vladimir Putin'],
  ],
  [
    'an object pronoun after the subject is the man named before',
    'Vladimir Putin began a state visit to Kazakhstan on 27 November 2024. The trip came two weeks after a call with a Western leader: Olaf Scholz rang him on 15 November 2024.',
    ['2024-11-15 call Olaf Scholz+Vladimir Putin', '2024-11-27 visit Vladimir Putin'],
  ],
  [
    '"where X received him": the guest named before the host',
    'On 20 June 2025, Nikol Pashinyan made a working visit to Istanbul, where Recep Tayyip Erdogan received him.',
    ['2025-06-20 meeting Nikol Pashinyan+Recep Tayyip Erdogan', '2025-06-20 visit Nikol Pashinyan'],
  ],
  [
    'remarks by a named speaker: "I" and "we" are the speaker and the others of the meeting',
    'Remarks by President Charles Michel after the meeting\n\nOn 14 May 2023 I hosted Ilham Aliyev and Nikol Pashinyan in Brussels. We met here in April, May and August last year.',
    ['2023-04 meeting Charles Michel+Ilham Aliyev+Nikol Pashinyan', '2023-05 meeting Charles Michel+Ilham Aliyev+Nikol Pashinyan', '2023-05-14 meeting Charles Michel+Ilham Aliyev+Nikol Pashinyan', '2023-08 meeting Charles Michel+Ilham Aliyev+Nikol Pashinyan'],
  ],
  [
    'a transcript titled "X\'s remarks …": "we" in its body is the named man and his guest',
    'Foreign Minister Sergey Lavrov\'s remarks and answers to questions at a news conference after talks with Foreign Minister of Armenia Ararat Mirzoyan, Moscow, 12 March 2024\n\nColleagues,\n\nWe have just held talks with Ararat Mirzoyan.',
    ['2024-03-12 meeting Ararat Mirzoyan+Sergey Lavrov'],
  ],
  [
    'one subject, two verbs: "met with A and held a phone call with B" is a meeting with A and a call with B',
    'On 28 January, Mohammad Javad Zarif met with President Salome Zourabichvili and held a phone call with Foreign Minister David Zalkaliani.',
    ['2024-01-28 call David Zalkaliani+Mohammad Javad Zarif', '2024-01-28 meeting Mohammad Javad Zarif+Salome Zourabichvili'],
  ],
  [
    '"bilateral talks with his Azerbaijani and Armenian colleagues": one meeting with each, the Armenian colleague of a president being Armenia\'s leader',
    'Vladimir Putin, Ilham Aliyev and Nikol Pashinyan held talks in Moscow on 11 January. Putin also held bilateral talks with his Azerbaijani and Armenian colleagues.',
    ['2024-01-11 meeting Ilham Aliyev+Nikol Pashinyan+Vladimir Putin', '2024-01-11 meeting Ilham Aliyev+Vladimir Putin', '2024-01-11 meeting Nikol Pashinyan+Vladimir Putin'],
  ],
  [
    'a meeting "on the sidelines of the CIS summit": the summit is an event too, with those who met there',
    'On 8 October, Vladimir Putin met Ilham Aliyev on the sidelines of the CIS summit in Moscow.',
    ['2023-10-08 meeting Ilham Aliyev+Vladimir Putin', '2023-10-08 summit Ilham Aliyev+Vladimir Putin'],
  ],
  [
    'a summit named first as where ministers met aside, then told in full: its people are those of the full account',
    'On 14 October, Sergey Lavrov met Ararat Mirzoyan and Jeyhun Bayramov on the sidelines of a summit of ex-Soviet states in Astana.\n\nVladimir Putin, Nikol Pashinyan and Alexander Lukashenko attended the summit of the Commonwealth of Independent States in Astana.',
    ['2023-10-14 meeting Ararat Mirzoyan+Sergey Lavrov', '2023-10-14 meeting Jeyhun Bayramov+Sergey Lavrov', '2023-10-14 summit Alexander Lukashenko+Nikol Pashinyan+Vladimir Putin'],
  ],
  [
    'a name used for something else ("the Trump Route", "the Biden administration") is nobody at the meeting',
    'On 20 August, Nikol Pashinyan received Alexei Overchuk to discuss the Trump Route and the Biden administration plans.',
    ['2023-08-20 meeting Alexei Overchuk+Nikol Pashinyan'],
  ],
  [
    'a meeting the sides agreed to hold on a given day is recorded on that day',
    'On 14 May 2023, Charles Michel received Ilham Aliyev and Nikol Pashinyan in Brussels. The leaders also agreed to meet Emmanuel Macron on 1 June 2023.',
    ['2023-05-14 meeting Charles Michel+Ilham Aliyev+Nikol Pashinyan', '2023-06-01 meeting Emmanuel Macron+Ilham Aliyev+Nikol Pashinyan'],
  ],
  [
    '"the visit of X to Y" is a visit, and its destination is not the visitor\'s own country',
    'On 19 October 2022, the state visit of the President of the Russian Federation Vladimir Putin to Uzbekistan began.',
    ['2022-10-19 visit Vladimir Putin'],
  ],
  [
    '"the same five leaders" are the five named together before (six states together: a summit of the format, CONVENTIONS 1)',
    'In May 2023 Xi Jinping brought the five presidents - Kassym-Jomart Tokayev, Shavkat Mirziyoyev, Sadyr Japarov, Emomali Rahmon and Serdar Berdimuhamedov - to Xi\'an for a summit. In September 2023 Joe Biden sat down with the same five leaders in New York.',
    ['2023-05 summit Emomali Rahmon+Kassym-Jomart Tokayev+Sadyr Japarov+Serdar Berdimuhamedov+Shavkat Mirziyoyev+Xi Jinping', '2023-09 summit Emomali Rahmon+Joe Biden+Kassym-Jomart Tokayev+Sadyr Japarov+Serdar Berdimuhamedov+Shavkat Mirziyoyev'],
  ],
  [
    '"a week to the day after X hosted Y" dates the hosting seven days earlier; "brought the two leaders together" is a meeting',
    'On 7 November 2022, Antony Blinken received Ararat Mirzoyan and Jeyhun Bayramov in Washington. It came a week to the day after Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Sochi.',
    ['2022-10-31 meeting Ilham Aliyev+Nikol Pashinyan+Vladimir Putin', '2022-11-07 meeting Antony Blinken+Ararat Mirzoyan+Jeyhun Bayramov'],
  ],
  [
    '"Monday\'s session" after talks told in a headline is those talks, not a summit',
    'Blinken Hosts Armenian and Azerbaijani Foreign Ministers\n\nThe parties discussed the border.\n\nMonday\'s session was the second time Antony Blinken has put Ararat Mirzoyan and Jeyhun Bayramov in a room together.',
    ['2024-05-20 meeting Antony Blinken+Ararat Mirzoyan+Jeyhun Bayramov'],
  ],
  [
    'the visitor of a relative clause is the person it hangs on, not the host',
    'On Friday, Vladimir Putin will meet in Moscow with Uzbek President Shavkat Mirziyoyev, who has arrived in Russia on an official visit.',
    ['2024-05-24 meeting Shavkat Mirziyoyev+Vladimir Putin', '2024-05-24 visit Shavkat Mirziyoyev'],
  ],
  [
    'a visit told in a "where" clause is made by the person that clause names',
    'Vladimir Putin and his Azerbaijani counterpart Ilham Aliyev held talks on 20 May in Moscow, where the Azerbaijani president was on a working visit.',
    ['2024-05-20 meeting Ilham Aliyev+Vladimir Putin', '2024-05-20 visit Ilham Aliyev'],
  ],
  [
    'talks held during a working visit: the subject made the visit',
    'Nikol Pashinyan held talks with Vladimir Putin in the Kremlin on 7 May, during a working visit to Moscow.',
    ['2024-05-07 meeting Nikol Pashinyan+Vladimir Putin', '2024-05-07 visit Nikol Pashinyan'],
  ],
  [
    '"earlier in the day" is the day of the event just told, not an unknown earlier time',
    'Vladimir Putin held talks with Ilham Aliyev and Nikol Pashinyan in the Kremlin late on 16 May.\n\nThe talks lasted three hours.\n\nThe leaders discussed transport links.\n\nThey also discussed the border.\n\nEarlier in the day, the Supreme Eurasian Economic Council met in the Kremlin with Putin in the chair and Pashinyan at the table.',
    ['2024-05-16 meeting Ilham Aliyev+Nikol Pashinyan+Vladimir Putin', '2024-05-16 summit Nikol Pashinyan+Vladimir Putin'],
  ],
  [
    'a quote that tells the meeting: its people met, the one quoted did not',
    '“Vladimir Putin and Alexander Lukashenko held an informal meeting in Minsk on 18 May,” Dmitry Peskov told reporters.',
    ['2024-05-18 meeting Alexander Lukashenko+Vladimir Putin'],
  ],
  [
    'a quote in the first person: the one quoted met the person named inside',
    '“I had a very good meeting with Recep Tayyip Erdogan on 12 May,” Nikol Pashinyan said.',
    ['2024-05-12 meeting Nikol Pashinyan+Recep Tayyip Erdogan'],
  ],
  [
    'a summit the conversation touched on is spoken of, not attended',
    'On 18 May Serdar Berdimuhamedov and Vladimir Putin had a telephone conversation. The conversation touched on preparations for the CIS summit in Moscow in October.',
    ['2024-05-18 call Serdar Berdimuhamedov+Vladimir Putin'],
  ],
  [
    'what was discussed during a call: the call is the event',
    'Transit through Kazakhstan was also discussed during a telephone conversation between Alexander Lukashenko and Vladimir Putin on 17 May.',
    ['2024-05-17 call Alexander Lukashenko+Vladimir Putin'],
  ],
  [
    'a plan told on one day for another: the plan takes its own date',
    'Zurab Abashidze told the radio on Monday that he planned to hold the next meeting with Russian Deputy Foreign Minister Grigory Karasin in September.',
    ['2024-09 meeting Grigory Karasin+Zurab Abashidze'],
  ],
  [
    'a spokesperson who tells of the meeting does not attend it',
    'Vladimir Putin will meet Ebrahim Raisi in Tehran on 25 May, Kremlin spokesman Dmitry Peskov said.',
    ['2024-05-25 meeting Ebrahim Raisi+Vladimir Putin'],
  ],
  [
    'the host of a gathering hosts the gathering, not another meeting',
    'On 18 May Sergey Lavrov attended the third meeting of the 3+3 regional platform, hosted by Hakan Fidan and joined by Jeyhun Bayramov.',
    ['2024-05-18 summit Hakan Fidan+Jeyhun Bayramov+Sergey Lavrov'],
  ],
  [
    'meetings with two counterparts on the margins: one with each, and the council itself',
    'Sergey Lavrov will meet with the Azerbaijani and Armenian foreign ministers on 25 May on the margins of the CIS ministerial council.',
    ['2024-05-25 meeting Sergey Lavrov', '2024-05-25 meeting Sergey Lavrov', '2024-05-25 summit Sergey Lavrov'],
  ],
  [
    'a bilateral meeting told with no names: the two leaders of the sentence before',
    'Narendra Modi invited Vladimir Putin to visit India next year. The invitation was extended during a bilateral meeting in Kazan on 18 May.',
    ['2024-05-18 meeting Narendra Modi+Vladimir Putin'],
  ],
  [
    '"the two leaders begin formal talks"',
    'Xi Jinping was welcomed by Vladimir Putin at the Kremlin on 20 May, as the two leaders began formal talks.',
    ['2024-05-20 meeting Vladimir Putin+Xi Jinping'],
  ],
  [
    'separate meetings on their own days; calls told in a clause "adding that" (no day of their own: the sentence\'s)',
    'Sergey Lavrov met separately with Zohrab Mnatsakanyan on 15 May and Jeyhun Bayramov on 14 May, the ministry reported, adding that Vladimir Putin had telephone conversations with Nikol Pashinyan and Ilham Aliyev.',
    ['2024-05-14 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-15 call Ilham Aliyev+Vladimir Putin', '2024-05-15 call Nikol Pashinyan+Vladimir Putin', '2024-05-15 meeting Sergey Lavrov+Zohrab Mnatsakanyan'],
  ],
  [
    'a host who received three leaders of different states: a meeting with each',
    'On 18 May Kassym-Jomart Tokayev hosted President of Azerbaijan Ilham Aliyev, President of China Xi Jinping and President of Russia Vladimir Putin.',
    ['2024-05-18 meeting Ilham Aliyev+Kassym-Jomart Tokayev', '2024-05-18 meeting Kassym-Jomart Tokayev+Vladimir Putin', '2024-05-18 meeting Kassym-Jomart Tokayev+Xi Jinping'],
  ],
  [
    '"the head of state" is the one the story follows, not the last person he spoke with',
    'Alexander Lukashenko held a number of telephone conversations on 19 May.\n\nThe Belarusian leader also had a telephone conversation with Kazakhstan President Kassym-Jomart Tokayev.\n\nThe head of state also had a telephone conversation with Valentina Matviyenko.',
    ['2024-05-19 call Alexander Lukashenko+Kassym-Jomart Tokayev', '2024-05-19 call Alexander Lukashenko+Valentina Matviyenko'],
  ],
  [
    'a quotation over several sentences: "we" are the one quoted',
    'Visit concludes\n\nIn summarizing his official visit on 17 May, Irakli Kobakhidze told the press that Georgia valued the partnership.\n\n“A very important visit has concluded. We had a very interesting meeting with President Erdogan.',
    ['2024-05-17 meeting Irakli Kobakhidze+Recep Tayyip Erdogan'],
  ],
  [
    '"Earlier," in a report of the day is some unknown time before, not the dateline\'s day',
    'MOSCOW, May 20 /agency/\n\nVladimir Putin and Ilham Aliyev met in the Kremlin.\n\nEarlier, Ilham Aliyev attended an expanded meeting of the Supreme Eurasian Economic Council with Vladimir Putin.',
    ['2024-05-20 meeting Ilham Aliyev+Vladimir Putin', 'null summit Ilham Aliyev+Vladimir Putin'],
  ],
  [
    '"Earlier today" in a report of the day keeps the dateline\'s day',
    'MOSCOW, May 20 /agency/\n\nVladimir Putin and Ilham Aliyev met in the Kremlin.\n\nEarlier today, Ilham Aliyev attended an expanded meeting of the Supreme Eurasian Economic Council with Vladimir Putin.',
    ['2024-05-20 meeting Ilham Aliyev+Vladimir Putin', '2024-05-20 summit Ilham Aliyev+Vladimir Putin'],
  ],
  [
    '"Earlier," after a past day the story tells is some unknown time before it',
    'On 2 May, Jeyhun Bayramov received Mikhail Petrakov. Earlier, Mr. Petrakov was hosted by Khalaf Khalafov.',
    ['2024-05-02 meeting Jeyhun Bayramov+Mikhail Petrakov', 'null meeting Khalaf Khalafov+Mikhail Petrakov'],
  ],
  [
    'a bilateral meeting and the trilateral one of the same day with a counterpart not named: two meetings',
    'Jeyhun Bayramov on 15 May met with his Turkish counterpart Hakan Fidan. Fidan is paying a visit to Baku to take part in the ninth trilateral meeting with his Azerbaijani and Georgian counterparts.',
    ['2024-05-15 meeting Hakan Fidan+Jeyhun Bayramov', '2024-05-15 meeting Hakan Fidan+Jeyhun Bayramov', '2024-05-15 visit Hakan Fidan'],
  ],
  [
    'one leader who "met or held talks with" three leaders of other states over two days: a meeting with each, on a day the text does not say',
    'From 17 to 18 May, Xi Jinping met or held talks with Kassym-Jomart Tokayev, Emomali Rahmon and Shavkat Mirziyoyev.',
    ['2024-05 meeting Kassym-Jomart Tokayev+Xi Jinping', '2024-05 meeting Emomali Rahmon+Xi Jinping', '2024-05 meeting Shavkat Mirziyoyev+Xi Jinping'].sort(),
  ],
  [
    'talks that last the span of days take its first day; a meeting during a visit over two days takes the month',
    'Talks between Sergey Lavrov and Jeyhun Bayramov were held in Moscow on 13-14 May. On 15-16 May, Sergey Lavrov paid a working visit to Minsk, during which he was received by Alexander Lukashenko.',
    ['2024-05-13 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-15 visit Sergey Lavrov', '2024-05 meeting Alexander Lukashenko+Sergey Lavrov'].sort(),
  ],
  [
    'a leader who "called the Russian president" had a call with him',
    'Vladimir Putin celebrated his birthday on 7 May.\n\nThat day, Ilham Aliyev called the Russian president to congratulate him.',
    ['2024-05-07 call Ilham Aliyev+Vladimir Putin init=AZE'],
  ],
  [
    'a visit or meeting that "is expected" or "is being prepared", or that someone is "working on", is not reported',
    'Vladimir Putin met Nikol Pashinyan in Moscow on 1 May.\n\n"Pashinyan\'s visit to Russia is expected. A personal meeting with Putin is being prepared," the spokesman said.\n\nWe are working on a visit to Armenia by Valentina Matviyenko.',
    ['2024-05-01 meeting Nikol Pashinyan+Vladimir Putin'],
  ],
  [
    'a sentence that opens on its event ("In separate phone calls with A and B, X confirmed"): X had a call with each',
    'In separate phone calls with Jeyhun Bayramov and Ararat Mirzoyan on 2 May, Sergey Lavrov confirmed that Moscow was ready to host talks.',
    ['2024-05-02 call Ararat Mirzoyan+Sergey Lavrov', '2024-05-02 call Jeyhun Bayramov+Sergey Lavrov'],
  ],
  [
    'the dead are remembered, not met (the arrival is a visit); "have met six times" is a count, not a meeting',
    'Shavkat Mirziyoyev opened a new school on 2 May.\n\nVladimir Putin arrived in Samarkand on 3 May to pay tribute to the country\'s late first President Islam Karimov.\n\nOn 4 May, the two presidents held talks. Since 2016, the two presidents have met six times.',
    ['2024-05-03 visit Vladimir Putin', '2024-05-04 meeting Shavkat Mirziyoyev+Vladimir Putin'],
  ],
  [
    'the visitor named inside a relative clause ("…, which he said Mishustin had agreed during a visit") made the visit, not the speaker',
    'Vladimir Putin spoke about the new loan, which he said Mikhail Mishustin had agreed during a visit to the Belarusian capital on 2 May.',
    ['2024-05-02 visit Mikhail Mishustin'],
  ],
  [
    'a meeting someone informs of is told of, not told; the one it was with is not on the call',
    'Putin informs Central Asian counterparts about Alaska summit with Trump\n\nOn 16 May, Vladimir Putin held a phone call with Alexander Lukashenko and informed him about his meeting with Donald Trump in Alaska.',
    ['2024-05-16 call Alexander Lukashenko+Vladimir Putin'],
  ],
  [
    '"held negotiations with" a president and his foreign minister: a meeting with each, as "met with"',
    'On 3 May, Antony Blinken held negotiations with Kassym-Jomart Tokayev and Kazakh Foreign Minister Mukhtar Tileuberdi in Astana.',
    ['2024-05-03 meeting Antony Blinken+Kassym-Jomart Tokayev', '2024-05-03 meeting Antony Blinken+Mukhtar Tileuberdi'],
  ],
  [
    'a summit named for two states is their leaders\' meeting; one named for a state and a region, or a forum, stays a gathering',
    'On 8 May, Narendra Modi and Vladimir Putin held the 23rd India-Russia annual summit in Moscow. On 10 May, Vladimir Putin and Emomali Rahmon attended the Russia-Central Asia summit in Astana. On 12 May, Vladimir Putin and Shavkat Mirziyoyev opened the Uzbek-Russian interregional forum in Tashkent.',
    ['2024-05-08 meeting Narendra Modi+Vladimir Putin', '2024-05-10 summit Emomali Rahmon+Vladimir Putin', '2024-05-12 summit Shavkat Mirziyoyev+Vladimir Putin'],
  ],
  [
    'a caller named as the possessor of plural calls ("X\'s calls to A and B") has one call with each; two people who "discussed" something met, unless a phone is named',
    'Astana, 20 May 2024\n\nAntony Blinken\'s calls on Sunday to President Ilham Aliyev and Prime Minister Nikol Pashinyan were brief.\n\nOn 17 May, Vladimir Putin and Recep Tayyip Erdogan discussed Syria by phone. On 18 May, Sadyr Japarov and Emomali Rahmon discussed the border in Bishkek.',
    ['2024-05-17 call Recep Tayyip Erdogan+Vladimir Putin', '2024-05-18 meeting Emomali Rahmon+Sadyr Japarov', '2024-05-19 call Antony Blinken+Ilham Aliyev', '2024-05-19 call Antony Blinken+Nikol Pashinyan'],
  ],
  [
    '"X and Y also discussed …", "X and Y recalled their previous meeting", with no day of their own, after their meeting and a forum of another day: more of that meeting; with a day of its own, a contact of its own',
    'On 14 May, Ilham Aliyev and Recep Tayyip Erdogan met in Ankara. Erdogan thanked Aliyev for accepting the invitation to the energy forum scheduled for 23 May. Ilham Aliyev and Recep Tayyip Erdogan also discussed the rail corridor. Aliyev and Erdogan recalled their previous meeting.\n\nOn 18 May, Sergey Lavrov and Jeyhun Bayramov held talks in Baku. On 19 May, Lavrov and Bayramov discussed the border again.',
    ['2024-05-14 meeting Ilham Aliyev+Recep Tayyip Erdogan', '2024-05-18 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-19 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-23 summit Ilham Aliyev+Recep Tayyip Erdogan'],
  ],
  [
    '"the summit … was attended by A, B and C": the summit\'s participants, not a meeting of theirs besides; talks attended by two people stay a meeting',
    'The CSTO summit held in Minsk on 15-16 May was attended by Vladimir Putin, Alexander Lukashenko and Nikol Pashinyan.\n\nThe talks in Moscow on 17 May were attended by Sergey Lavrov and Jeyhun Bayramov.',
    ['2024-05-15 summit Alexander Lukashenko+Nikol Pashinyan+Vladimir Putin', '2024-05-17 meeting Jeyhun Bayramov+Sergey Lavrov'],
  ],
  [
    'a contact only likely, expected or looked forward to without a day, or only asked for ("no initiatives regarding a meeting") is no event (CONVENTIONS 5, 7); expected or looked forward to with its day, or held at a side\'s request, it is',
    'Nikol Pashinyan will likely meet Vladimir Putin in Sochi.\n\nArarat Mirzoyan is expected to meet Hakan Fidan in Ankara.\n\nThe Kremlin has seen no concrete proposals from Kyiv regarding a meeting between Vladimir Putin and Volodymyr Zelensky, Dmitry Peskov said.\n\nNikol Pashinyan said he looks forward to a new session of talks with Ilham Aliyev.\n\nArarat Mirzoyan said he looks forward to the talks with Jeyhun Bayramov in Brussels on 27 May.\n\nJeyhun Bayramov is expected to meet Sergey Lavrov in Moscow on 22 May.\n\nAt the request of the Armenian side, Nikol Pashinyan and Vladimir Putin spoke by phone on 18 May.',
    ['2024-05-18 call Nikol Pashinyan+Vladimir Putin init=ARM', '2024-05-22 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-27 meeting Ararat Mirzoyan+Jeyhun Bayramov'],
  ],
  [
    'a meeting of a state\'s own Security Council is no gathering of states; the UN Security Council and the Collective Security Council are',
    'On 14 May, Vladimir Putin chaired a meeting of the Security Council.\n\nOn 15 May, Sergey Lavrov joined a meeting of the Russian Security Council.\n\nOn 16 May, Sergey Lavrov spoke at a meeting of the UN Security Council in New York.\n\nOn 17 May, Nikol Pashinyan and Alexander Lukashenko attended a session of the Collective Security Council in Minsk.',
    ['2024-05-16 summit Sergey Lavrov', '2024-05-17 summit Alexander Lukashenko+Nikol Pashinyan'],
  ],
  [
    'one sentence naming a meeting twice ("a meeting on Thursday between X and Y …, the first consultations in two years") is one meeting on its own day; dates listed for one trigger stay two meetings',
    'On Monday Ararat Mirzoyan and Sergey Lavrov spoke by telephone.\n\nThe statement referred to a meeting on Thursday between Mikhail Galuzin and Mnatsakan Safaryan in Moscow, the first bilateral consultations in two years.\n\nSergey Lavrov met Jeyhun Bayramov in Moscow on 2 May and again in Baku on 9 May.',
    ['2024-05-02 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-09 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-16 meeting Mikhail Galuzin+Mnatsakan Safaryan', '2024-05-20 call Ararat Mirzoyan+Sergey Lavrov'],
  ],
];

for (const [name, text, want] of cases) {
  test(name, () => assert.deepEqual(events(text), want));
}

test('"The President of Russia" is a description, not a pronoun for the man last named', () => {
  const text = 'On 29 June 2022, the Caspian summit opened with Vladimir Putin. The forum was chaired by Serdar Berdimuhamedov. The President of Russia held talks with Emomali Rahmon the same day.';
  assert.deepEqual(events(text).filter((e) => e.includes('meeting')), ['2022-06-29 meeting Emomali Rahmon+Vladimir Putin']);
});

test('an article with no publication date: the year it names completes "on October 12"', () => {
  const text = 'Leaders meet in Yerevan\n\nOn October 12 Nikol Pashinyan met Vladimir Putin in Moscow. Trade grew by a fifth in 2021, the two leaders noted.';
  assert.deepEqual(events(text, null), ['2021-10-12 meeting Nikol Pashinyan+Vladimir Putin']);
});

test('no publication date, and the latest date the text gives is a month: a day soon after that month is that year\'s', () => {
  const text = 'On 28 November, Zurab Abashidze and Grigory Karasin met in Prague. They reviewed trade between the two countries in January-October 2019.';
  assert.deepEqual(events(text, null), ['2019-11-28 meeting Grigory Karasin+Zurab Abashidze']);
});

test('a plan announced "…, the ministry said on 2 September" is not dated by the announcement', () => {
  const out = events('Zakir Hasanov will pay an official visit to Russia, the Defence Ministry said on 2 September.', '2020-09-03');
  assert.equal(out.length, 1);
  assert.match(out[0], /^\S+ visit Zakir Hasanov$/);
  assert.doesNotMatch(out[0], /-09-02 /);
});

test('a plan first told without its day takes the day told later for it, not the publication date', () => {
  const text = 'Vladimir Putin will visit Tehran, the Kremlin said. He will visit Tehran on 19 July, Dmitry Peskov specified.';
  assert.deepEqual(events(text, '2022-07-12'), ['2022-07-19 visit Vladimir Putin']);
});

test('in a text that dates nothing, a headline meeting and the body\'s fuller account of it (more people present) are one meeting', () => {
  const text = 'President Ilham Aliyev received Sergey Lavrov\n\nPresident Ilham Aliyev has received Foreign Minister Sergey Lavrov.\n\nA delegation including deputy prime ministers Alexander Novak and Alexei Overchuk was present at the meeting.';
  assert.deepEqual(events(text, null), ['null meeting Alexander Novak+Alexei Overchuk+Ilham Aliyev+Sergey Lavrov']);
});

test('"will hold meetings with Aliyev, Erdogan": one meeting with each', () => {
  // (With its day: a plan without one is no event, CONVENTIONS 5.)
  const text = 'Pashinyan says he will hold meetings with Aliyev, Erdogan in Prague on Thursday\n\nNikol Pashinyan told parliament about his plans.';
  assert.deepEqual(events(text, '2022-10-05'), ['2022-10-06 meeting Ilham Aliyev+Nikol Pashinyan', '2022-10-06 meeting Nikol Pashinyan+Recep Tayyip Erdogan']);
});

test('"apart from talks with Putin, X held a meeting with Y": Putin is not at the meeting with Y', () => {
  const out = events('On 6 October, apart from talks with Vladimir Putin, Shavkat Mirziyoyev held a meeting with Mikhail Mishustin.', '2023-10-06');
  assert.ok(out.includes('2023-10-06 meeting Mikhail Mishustin+Shavkat Mirziyoyev'), out.join('; '));
  assert.ok(!out.some((e) => e.includes('Mishustin') && e.includes('Putin')), out.join('; '));
});

test('"The Co-Chairs met with A on 1 December and with B on 2 December": the co-chairs named before, with each on his day', () => {
  const text = 'The Co-Chairs of the OSCE Minsk Group (Andrew Schofer, Igor Khovaev and Brice Roquefeuil) issued a statement.\n\nThe Co-Chairs met with Foreign Minister Ararat Mirzoyan on 1 December and with Foreign Minister Jeyhun Bayramov on 2 December in Stockholm.';
  assert.deepEqual(events(text, '2021-12-04'), [
    '2021-12-01 meeting Andrew Schofer+Ararat Mirzoyan+Brice Roquefeuil+Igor Khovayev',
    '2021-12-02 meeting Andrew Schofer+Brice Roquefeuil+Igor Khovayev+Jeyhun Bayramov',
  ]);
});

test('a headline "Moldovan president on visit to Kyiv" is a visit, made by the president the text names', () => {
  const text = 'Moldovan president on visit to Kyiv\n\n21.11.2023\n\nMaia Sandu is in Kyiv to discuss with Volodymyr Zelensky the next steps.';
  assert.deepEqual(events(text, '2023-11-21'), ['2023-11-21 meeting Maia Sandu+Volodymyr Zelensky', '2023-11-21 visit Maia Sandu']);
});

test('"X has spoken with Y … and confirmed that he expects a meeting with Z": two events, the second X\'s with Z', () => {
  // (Without "soon": a plan said to come soon is no event, CONVENTIONS 5.)
  const text = 'Ashgabat, October 11, 2024\n\nVladimir Putin has briefly spoken with Numan Kurtulmus in Ashgabat and confirmed that he expects a bilateral meeting with Recep Tayyip Erdogan in Kazan.';
  assert.deepEqual(events(text, '2024-10-11'), ['2024-10-11 call Numan Kurtulmus+Vladimir Putin', '2024-10-11 meeting Recep Tayyip Erdogan+Vladimir Putin']);
});

test('"X hosted Y … two weeks after joining a summit with U.S. President Z": Z is not at the hosting', () => {
  const out = events('Sadyr Japarov hosted Vladimir Putin in Bishkek on 26 November, less than two weeks after joining the Central Asian heads of state in Washington for a summit with U.S. President Donald Trump.', '2025-11-26');
  assert.ok(out.includes('2025-11-26 meeting Sadyr Japarov+Vladimir Putin'), out.join('; '));
});

test('a visit owned by a possessive name is that person\'s, not the speaker\'s; told again, it is the same visit', () => {
  const text = 'Kassym-Jomart Tokayev arrived in Ankara on a state visit at the invitation of Recep Tayyip Erdogan.\n\nIn Ankara, he will hold talks with Erdogan.\n\nEarlier, the Turkish president said that Tokayev\'s state visit to Ankara, scheduled for May 10-11, would strengthen the partnership.';
  assert.deepEqual(events(text, '2024-05-10'), ['2024-05-10 meeting Kassym-Jomart Tokayev+Recep Tayyip Erdogan', '2024-05-10 visit Kassym-Jomart Tokayev']);
});

test('"during the telephone talk" is the call just told, even when the sentence dates a later event', () => {
  const text = 'Astana, 20 September 2024\n\nKassym-Jomart Tokayev had a telephone conversation with Vladimir Putin.\n\nDuring the telephone talk the sides stressed the importance of the interregional forum in Kostanay scheduled for September 30.';
  assert.deepEqual(events(text, '2024-09-20').filter((e) => e.includes(' call ')), ['2024-09-20 call Kassym-Jomart Tokayev+Vladimir Putin']);
});

test('in a text that dates nothing, the headline and the body telling one meeting are one meeting', () => {
  const text = 'Aliyev received Lavrov\n\nPresident Ilham Aliyev has received Foreign Minister Sergey Lavrov. The meeting focused on the ceasefire.';
  assert.deepEqual(events(text, null), ['null meeting Ilham Aliyev+Sergey Lavrov']);
});

test('a title "President of Kyrgyzstan" before the visitor does not make the visit one spoken of', () => {
  assert.deepEqual(events('President of Kyrgyzstan Sadyr Japarov will visit Uzbekistan on March 11-12, the foreign minister said.', '2021-03-04'), ['2021-03-11 visit Sadyr Japarov']);
  // "the results of the visit of …" is still only spoken of.
  assert.deepEqual(events('The ministers discussed the results of the visit of President Sadyr Japarov to Uzbekistan.', '2021-03-20'), []);
});

test('a departure for talks abroad is a visit to where the official went, not to the city left', () => {
  const text = 'Iranian Foreign Minister Abbas Araghchi left Tehran for Baku on Sunday evening to hold talks with Azerbaijani officials.';
  const r = readDocument('t.txt', Buffer.from(text), { published: '2025-12-07' });
  assert.ok(r.ok);
  const [visit] = extract(r.doc).events.filter((e) => e.type === 'visit');
  assert.equal(visit?.date, '2025-12-07');
  assert.equal(visit.location, 'Baku');
  assert.deepEqual(visit.participants.map((p) => p.name), ['Abbas Araghchi']);
  // Leaving somewhere for something else is not a visit.
  assert.deepEqual(events('Lavrov left Moscow for a break before the talks.', '2025-12-07'), []);
  // "left for Washington on a working visit": the city left for is where the visit went.
  assert.deepEqual(events('On April 30, Armenian Foreign Minister Ararat Mirzoyan left for Washington on a working visit.', '2023-05-04'), ['2023-04-30 visit Ararat Mirzoyan']);
  // Arriving for talks is one too, and arriving for a gathering (trip wording: CONVENTIONS 3).
  assert.deepEqual(events('Nikol Pashinyan arrived in Moscow on Tuesday for talks with Vladimir Putin.', '2024-05-22'), ['2024-05-21 meeting Nikol Pashinyan+Vladimir Putin', '2024-05-21 visit Nikol Pashinyan']);
  assert.deepEqual(events('Nikol Pashinyan arrived in Moscow on Tuesday to attend the summit.', '2024-05-22'), ['2024-05-21 summit Nikol Pashinyan', '2024-05-21 visit Nikol Pashinyan']);
});

test('"held talks … and signed a statement": the signing is the talks told again, not a meeting of its own with other people', () => {
  const text = 'The summit in Astana on 28 May brought together Vladimir Putin, Alexander Lukashenko and Kassym-Jomart Tokayev.\n\nPutin arrived in Kazakhstan on Monday for a state visit. The two presidents held talks in the Akorda palace in the Kazakh capital on the same day and signed a joint statement on partnership.';
  assert.deepEqual(events(text).filter((e) => e.startsWith('2024-05-20 meeting')), ['2024-05-20 meeting Kassym-Jomart Tokayev+Vladimir Putin']);
});

test('trip wording with the place reached is a visit: arrived in, travelled to, flew to, came to; not a way home', () => {
  const table: Array<[string, string[]]> = [
    ['Minsk, 22 May 2024\n\nJaparov has arrived in Minsk.', ['2024-05-22 visit Sadyr Japarov']],
    ['On 20 May, Bayramov travelled to Ashgabat to attend a conference on neutrality.', ['2024-05-20 visit Jeyhun Bayramov']],
    ['Mirzoyan flew to Paris on Monday for consultations.', ['2024-05-20 visit Ararat Mirzoyan']],
    ['Aliyev came to Bishkek on 21 May on the invitation of his counterpart.', ['2024-05-21 visit Ilham Aliyev']],
    // Home again is no visit.
    ['On 21 May, Mirzoyan arrived in Yerevan from Paris.', []],
  ];
  for (const [text, want] of table) assert.deepEqual(events(text, '2024-05-22'), want, text);
});

test('places: not the city a visitor returned to, nor the dateline city for talks held abroad that day; "the summit, held in X" places the summit told before', () => {
  const text = [
    'ASHGABAT, September 18',
    'President Serdar Berdimuhamedov returned to Ashgabat after a one-day working visit to Kazakhstan, where he took part in the summit of the Central Asia-Germany format.',
    'The summit, held in Astana, brought together the region’s leaders and Chancellor Olaf Scholz.',
    'During the visit, Serdar Berdimuhamedov held talks with Olaf Scholz.',
  ].join('\n\n');
  const r = readDocument('t.txt', Buffer.from(text), { published: '2024-09-18' });
  assert.ok(r.ok);
  const where = extract(r.doc).events.map((e) => `${e.type} ${e.location}`).sort();
  assert.deepEqual(where, ['meeting null', 'summit Astana', 'visit null']);
});

test('a call "with" one person and no one before it is the protagonist\'s (the first person the story names)', () => {
  const text = 'Alexander Lukashenko spoke by phone with several leaders on Monday.\n\nTopical issues of bilateral relations were discussed in a phone conversation with Azerbaijan President Ilham Aliyev.';
  assert.deepEqual(events(text, '2022-08-31'), ['2022-08-29 call Alexander Lukashenko+Ilham Aliyev']);
  // Talks are not: a visit's story names its host first as often as its guest.
  assert.deepEqual(events('Vladimir Putin praised the ties on Monday.\n\nMeeting with Mishustin', '2023-10-06'), []);
});

test('a delegation named in brackets meets each host on the day and in the city given with him; "preparations for a meeting" is a plan', () => {
  const text = 'The Co-Chairs of the OSCE Minsk Group (Igor Popov of Russia, Stephane Visconti of France, and Andrew Schofer of the US) met with Prime Minister Nikol Pashinyan in Yerevan Feb. 20 and President Ilham Aliyev in Baku Feb. 21 to discuss preparations for a meeting of the leaders in the near future.';
  const r = readDocument('t.txt', Buffer.from(text), { published: '2019-03-01' });
  assert.ok(r.ok);
  const got = extract(r.doc).events.map((e) => `${e.date} ${e.location} ${e.participants.map((p) => p.name.split(' ').pop()).join('+')}`);
  assert.deepEqual(got, ['2019-02-20 Yerevan Popov+Visconti+Schofer+Pashinyan', '2019-02-21 Baku Popov+Visconti+Schofer+Aliyev']);
});

test('a meeting told after a visit of several days, with no day of its own, is dated by the month only; one with its day keeps it', () => {
  const text = 'Astana, 20 May 2024\n\nSadyr Japarov will pay a state visit to Kazakhstan on 27-28 May.\n\nIn Astana, Japarov will hold talks with Kassym-Jomart Tokayev.\n\nOn 28 May, Japarov will meet Olzhas Bektenov.';
  assert.deepEqual(events(text), ['2024-05 meeting Kassym-Jomart Tokayev+Sadyr Japarov', '2024-05-27 visit Sadyr Japarov', '2024-05-28 meeting Olzhas Bektenov+Sadyr Japarov']);
});

test('"in March, days before the vote on 17 March": the day dates the vote, the meeting keeps the month', () => {
  const text = 'Baku, 20 May 2024\n\nIlham Aliyev and Vladimir Putin held their last meeting in March, days before the presidential vote on 17 March.';
  assert.deepEqual(events(text), ['2024-03 meeting Ilham Aliyev+Vladimir Putin']);
});

test('"Regarding his talks with X, Y said": the one who tells of "his" contact after it took part; not a spokesman, nor without "his"', () => {
  const table: Array<[string, string[]]> = [
    ['Regarding his talks with Pakistani Prime Minister Shehbaz Sharif on 4 May, Masoud Pezeshkian said the two sides had agreed on trade.', ['2024-05-04 meeting Masoud Pezeshkian+Shehbaz Sharif']],
    ['On his talks with Kassym-Jomart Tokayev on 4 May, Kremlin spokesman Dmitry Peskov said the two sides had agreed on trade.', []],
    ['Regarding talks with Shehbaz Sharif on 4 May, Masoud Pezeshkian said the two sides had agreed on trade.', []],
  ];
  for (const [text, want] of table) assert.deepEqual(events(text), want, text);
});

test('a state\'s unnamed side is a counterpart ("talks with the Armenian side"); not one that holds something spoken of ("the position of the Armenian side")', () => {
  const table: Array<[string, string[]]> = [
    ['On 14 May, Jeyhun Bayramov held talks with the Armenian side in Almaty.', ['2024-05-14 meeting Jeyhun Bayramov']],
    ['On 14 May, Jeyhun Bayramov discussed the peace treaty with the Armenian side by phone.', ['2024-05-14 call Jeyhun Bayramov']],
    ['On 14 May, Ararat Mirzoyan set out the position of the Armenian side regarding a future treaty.', []],
  ];
  for (const [text, want] of table) assert.deepEqual(events(text), want, text);
});

test('"the ministers of the three countries", none named: the states of the story\'s last event of three, not of a larger gathering told since', () => {
  const statesOf = (text: string) => {
    const r = readDocument('t.txt', Buffer.from(text), { published: '2024-03-05' });
    assert.ok(r.ok);
    return extract(r.doc).events.map(toRecord).filter((e) => e.participants.length === 0).map((e) => `${e.date} ${[...e.countries].sort().join(',')}`);
  };
  const table: Array<[string, string[]]> = [
    // A trilateral, then a council of five states, then "the three countries".
    ['On 3 March, Vladimir Putin held talks with Ilham Aliyev and Nikol Pashinyan in Sochi.\n\nOn 4 March, the Supreme Eurasian Economic Council met in Sochi, with Putin, Pashinyan and the presidents of Belarus, Kazakhstan and Kyrgyzstan at the table.\n\nThe defence ministers of the three countries had met in Minsk on 20 February.', ['2024-02-20 ARM,AZE,RUS']],
    // The trilateral told last: its states, as before.
    ['On 3 March, Vladimir Putin held talks with Ilham Aliyev and Nikol Pashinyan in Sochi.\n\nThe defence ministers of the three countries had met in Minsk on 20 February.', ['2024-02-20 ARM,AZE,RUS']],
    // No event of three states told: the last event's states, as before.
    ['On 4 March, the Supreme Eurasian Economic Council met in Sochi, with Vladimir Putin, Nikol Pashinyan and the presidents of Belarus, Kazakhstan and Kyrgyzstan at the table.\n\nThe defence ministers of the three countries had met in Minsk on 20 February.', ['2024-02-20 ARM,BLR,KAZ,KGZ,RUS']],
  ];
  for (const [text, want] of table) assert.deepEqual(statesOf(text), want, text);
});

test('"after the three-way session" points back at the trilateral told; two of its people "went on talking one-on-one" is their own meeting', () => {
  const lede = 'On 12 March, Antony Blinken hosted Ararat Mirzoyan and Jeyhun Bayramov in Washington for three-way talks.';
  const tri = '2024-03-12 meeting Antony Blinken+Ararat Mirzoyan+Jeyhun Bayramov';
  const table: Array<[string, string[]]> = [
    [`${lede} After the three-way session, Mirzoyan and Bayramov went on talking one-on-one.`, [tri, '2024-03-12 meeting Ararat Mirzoyan+Jeyhun Bayramov']],
    ['On 12 March, Vladimir Putin and Ilham Aliyev spoke face to face in Sochi.', ['2024-03-12 meeting Ilham Aliyev+Vladimir Putin']],
    // The session named again is no second event; talking face to face with nobody named is none.
    [`${lede} After the three-way session, the ministers gave a joint press conference.`, [tri]],
    [`${lede} Later, Mirzoyan said he liked to talk face-to-face.`, [tri]],
  ];
  for (const [text, want] of table) assert.deepEqual(events(text, '2024-03-13'), want, text);
});

test('a headline is the story\'s own event, not the contact its lede counts from ("first meeting since October")', () => {
  const placed = (text: string) => {
    const r = readDocument('t.txt', Buffer.from(text), { published: '2024-03-04' });
    assert.ok(r.ok);
    return extract(r.doc).events.map(toRecord).map((e) => `${e.date} ${e.location}`).sort();
  };
  const table: Array<[string, string[]]> = [
    ['Putin hosts Aliyev and Pashinyan in Sochi\n\nSOCHI, 4 March — Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in the resort on Monday for their first three-way meeting since October.\n\nTheir previous three-way talks, in Astana on 12 October, ended with a joint statement.', ['2023-10-12 Astana', '2024-03-04 Sochi']],
    ['Putin hosts Aliyev and Pashinyan in Sochi\n\nSOCHI, 4 March — Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in the resort on Monday.', ['2024-03-04 Sochi']],
  ];
  for (const [text, want] of table) assert.deepEqual(placed(text), want, text);
});

test('a meeting placed "during the trip" after an arrival on one day: some day of the trip, its month; after a visit made on one day, that day', () => {
  const table: Array<[string, string[]]> = [
    ['Emomali Rahmon arrived in Baku on 14 May. During the trip, Rahmon met Ilham Aliyev.', ['2024-05 meeting Emomali Rahmon+Ilham Aliyev', '2024-05-14 visit Emomali Rahmon']],
    ['Emomali Rahmon will arrive in Baku on 24 May. During his visit, Rahmon will meet Ilham Aliyev.', ['2024-05 meeting Emomali Rahmon+Ilham Aliyev', '2024-05-24 visit Emomali Rahmon']],
    // The sentence gives its own day: that day.
    ['Emomali Rahmon arrived in Baku on 14 May. During the trip, Rahmon met Ilham Aliyev on 15 May.', ['2024-05-14 visit Emomali Rahmon', '2024-05-15 meeting Emomali Rahmon+Ilham Aliyev']],
    // The day told elsewhere for the same meeting wins over the month.
    ['Emomali Rahmon arrived in Baku on 14 May. During the trip, Rahmon met Ilham Aliyev.\n\nRahmon and Aliyev met on 15 May in the presidential palace.', ['2024-05-14 visit Emomali Rahmon', '2024-05-15 meeting Emomali Rahmon+Ilham Aliyev']],
    // Not placed within a trip: the story's day.
    ['Emomali Rahmon arrived in Baku on 14 May. In Baku, Rahmon met Ilham Aliyev.', ['2024-05-14 meeting Emomali Rahmon+Ilham Aliyev', '2024-05-14 visit Emomali Rahmon']],
    // A visit told as made on that day (not an arrival) holds its meetings on that day.
    ['On 14 May, Emomali Rahmon paid a working visit to Baku. During the visit, Rahmon met Ilham Aliyev.', ['2024-05-14 meeting Emomali Rahmon+Ilham Aliyev', '2024-05-14 visit Emomali Rahmon']],
  ];
  for (const [text, want] of table) assert.deepEqual(events(text), want, text);
});

test('"two days after speaking with X": a contact told by a verb\'s -ing form after "… after" is its own, earlier event, and its people stay out of the main one', () => {
  const table: Array<[string, string[]]> = [
    ['Recep Tayyip Erdogan met Volodymyr Zelensky in Lviv on Thursday, two days after speaking with Vladimir Putin by phone.', ['2024-05-14 call Recep Tayyip Erdogan+Vladimir Putin', '2024-05-16 meeting Recep Tayyip Erdogan+Volodymyr Zelensky']],
    ['Recep Tayyip Erdogan met Volodymyr Zelensky in Lviv on Thursday, two days after hosting Ilham Aliyev in Ankara.', ['2024-05-16 meeting Recep Tayyip Erdogan+Volodymyr Zelensky']],
    // A verb's -ing form that tells no contact adds no event and leaves the day as it is.
    ['Recep Tayyip Erdogan met Volodymyr Zelensky in Lviv on Thursday, two days after taking office.', ['2024-05-16 meeting Recep Tayyip Erdogan+Volodymyr Zelensky']],
    // An anchor that names the two sides of its contact keeps them, without the main verb's other party.
    ['Charles Michel met Ursula von der Leyen on Thursday, two days after the talks between Ilham Aliyev and Nikol Pashinyan in Brussels.', ['2024-05-14 meeting Ilham Aliyev+Nikol Pashinyan', '2024-05-16 meeting Charles Michel+Ursula von der Leyen']],
    ['Charles Michel met Ursula von der Leyen on Thursday, two days after holding talks with Ilham Aliyev and Nikol Pashinyan in Brussels.', ['2024-05-14 meeting Charles Michel+Ilham Aliyev+Nikol Pashinyan', '2024-05-16 meeting Charles Michel+Ursula von der Leyen']],
  ];
  for (const [text, want] of table) assert.deepEqual(events(text), want, text);
});

test('"returned home on Friday after talks with X": the talks and the trip before the return take its month, not its day', () => {
  const table: Array<[string, string[]]> = [
    ['Nikol Pashinyan returned to Yerevan on Friday after late-night talks with Ilham Aliyev in Brussels.', ['2024-05 meeting Ilham Aliyev+Nikol Pashinyan']],
    ['Ebrahim Raisi flew back to Tehran on 19 May after concluding a visit to Turkmenistan where he met Serdar Berdimuhamedov.', ['2024-05 meeting Ebrahim Raisi+Serdar Berdimuhamedov', '2024-05 visit Ebrahim Raisi']],
    // No way home: the day of the sentence stays the talks' day.
    ['Nikol Pashinyan spoke to reporters in Brussels on Friday after talks with Ilham Aliyev.', ['2024-05-17 meeting Ilham Aliyev+Nikol Pashinyan']],
    // The day said inside the anchor dates the talks themselves.
    ['Nikol Pashinyan returned to Yerevan after talks with Ilham Aliyev in Brussels on Friday.', ['2024-05-17 meeting Ilham Aliyev+Nikol Pashinyan']],
  ];
  for (const [text, want] of table) assert.deepEqual(events(text), want, text);
});

test('people of five or more states meeting together are a summit (a format\'s session); a meeting of a few sides or a host\'s reception stays a meeting', () => {
  const table: Array<[string, string[]]> = [
    ['On 14 May, Sergey Lavrov, Murat Nurtleu, Jeenbek Kulubaev, Sirojiddin Muhriddin, Rashid Meredov and Bakhtiyor Saidov met in Astana.', ['2024-05-14 summit Bakhtiyor Saidov+Jeenbek Kulubaev+Murat Nurtleu+Rashid Meredov+Sergey Lavrov+Sirojiddin Muhriddin']],
    // Called a meeting of a few sides: a meeting.
    ['On 14 May, Sergey Lavrov, Murat Nurtleu, Jeenbek Kulubaev, Sirojiddin Muhriddin, Rashid Meredov and Bakhtiyor Saidov held a five-way meeting in Astana.', ['2024-05-14 meeting Bakhtiyor Saidov+Jeenbek Kulubaev+Murat Nurtleu+Rashid Meredov+Sergey Lavrov+Sirojiddin Muhriddin']],
    // Three states: a trilateral meeting.
    ['On 14 May, Sergey Lavrov, Jeyhun Bayramov and Ararat Mirzoyan met in Moscow.', ['2024-05-14 meeting Ararat Mirzoyan+Jeyhun Bayramov+Sergey Lavrov']],
    // A host who receives the ministers of five states meets them.
    ['On 14 May, the five ministers, Hakan Fidan, Jeyhun Bayramov, Abbas Araghchi, Sergey Lavrov and Ararat Mirzoyan, were received together by Recep Tayyip Erdogan in Istanbul.', ['2024-05-14 meeting Abbas Araghchi+Ararat Mirzoyan+Hakan Fidan+Jeyhun Bayramov+Recep Tayyip Erdogan+Sergey Lavrov']],
  ];
  for (const [text, want] of table) assert.deepEqual(events(text), want, text);
});

test('a meeting told right after a day given to other news ("On 16 May, the ministry published …") takes the month, not that day', () => {
  const before = 'On 14 May, Sergey Lavrov met Jeyhun Bayramov in Moscow.\n\n';
  const met = 'Ararat Mirzoyan and Antony Blinken met in Washington, where they presented the framework.';
  const table: Array<[string, string[]]> = [
    [`${before}On 16 May, the ministry published the text of the new border agreement between the two countries. ${met}`, ['2024-05 meeting Antony Blinken+Ararat Mirzoyan', '2024-05-14 meeting Jeyhun Bayramov+Sergey Lavrov']],
    // The first day of the text (a dateline's, a lede's) is the report's: the meeting keeps it.
    [`On 16 May, the ministry published the text of the new border agreement between the two countries. ${met}`, ['2024-05-16 meeting Antony Blinken+Ararat Mirzoyan']],
    // A sentence with a contact word ("talks") may date the contact itself.
    [`${before}On 16 May, the ministry published the outcome of the talks on the new border agreement. ${met}`, ['2024-05-14 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-16 meeting Antony Blinken+Ararat Mirzoyan']],
    // In the next paragraph: the story's day, as before.
    [`${before}On 16 May, the ministry published the text of the new border agreement between the two countries.\n\n${met}`, ['2024-05-14 meeting Jeyhun Bayramov+Sergey Lavrov', '2024-05-16 meeting Antony Blinken+Ararat Mirzoyan']],
  ];
  for (const [text, want] of table) assert.deepEqual(events(text), want, text);
});
