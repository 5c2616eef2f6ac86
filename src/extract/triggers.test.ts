// Trigger words of the real lexicon in typical readout sentences: the type and rule of each
// trigger, negation dropping it, hypotheticals and futures flagged, definite mentions marked, and
// generic plurals ("such meetings") not firing.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers, type FoundTrigger } from './triggers.ts';
import { defaultLexicon, expandVerbs, regularForms } from './lexicon.ts';
import type { EventType } from '../types.ts';

const lex = defaultLexicon();
const triggers = (text: string, offset = 0): FoundTrigger[] => findTriggers(lex, text, offset);

test('ministers of two states meeting are no gathering of an organisation', () => {
  assert.ok(triggers("The Armenian and Azerbaijani foreign ministers' meeting in Almaty ended late.").every((t) => t.type !== 'summit'));
});

describe('findTriggers: typical readout sentences', () => {
  // [sentence, event type, rule id, the trigger text]
  const table: Array<[string, EventType, string, string]> = [
    // calls
    ['Lavrov held a telephone conversation with Mirzoyan.', 'call', 'call.phone-noun', 'telephone conversation'],
    // two or three leaders "at a summit" meet (a summit is a gathering)
    ['Aliyev met with Michel and Pashinyan at the trilateral summit.', 'meeting', 'meeting.met', 'met with'],
    ['Azerbaijan, the EU and Armenia at a trilateral summit in Brussels', 'meeting', 'meeting.summit-of-few', 'trilateral summit'],
    ['Trump hosted the two leaders at the White House for a "peace summit".', 'meeting', 'meeting.hosted', 'hosted'],
    ['Putin and Aliyev had a phone call.', 'call', 'call.phone-noun', 'phone call'],
    ['Putin and Aliyev spoke by phone on Monday.', 'call', 'call.by-phone', 'spoke by phone'],
    ['Putin phoned Pashinyan to discuss the situation.', 'call', 'call.by-phone', 'phoned'],
    ['Putin called Pashinyan on Tuesday.', 'call', 'call.called', 'called'],
    ['Putin called Pashinyan a day after the clashes.', 'call', 'call.called', 'called'],
    // meetings
    ['Lavrov met with Bayramov in Moscow.', 'meeting', 'meeting.met', 'met with'],
    ['Lavrov and Bayramov met in Moscow on Friday.', 'meeting', 'meeting.met', 'met'],
    ['Mishustin received the Armenian prime minister in the Kremlin.', 'meeting', 'meeting.hosted', 'received'],
    ['Lavrov hosted Bayramov in Moscow.', 'meeting', 'meeting.hosted', 'hosted'],
    ['Putin held talks with Aliyev.', 'meeting', 'meeting.talks', 'held talks'],
    ['The deputy ministers held consultations in Moscow.', 'meeting', 'meeting.talks', 'consultations'],
    ['The two ministers summed up their talks at a press conference.', 'meeting', 'meeting.talks-held', 'summed up their talks'],
    ['Sandu is in Kyiv to discuss with Zelensky the next steps.', 'meeting', 'meeting.audience', 'to discuss with'],
    ['Putin has briefly spoken with Kurtulmus in Ashgabat.', 'call', 'call.spoke-with', 'spoken with'],
    // a word of time or manner between the verb and "with"
    ['Blinken spoke today with the Georgian prime minister.', 'call', 'call.spoke-with', 'spoke today with'],
    ['Aliyev talked again with Pashinyan.', 'call', 'call.spoke-with', 'talked again with'],
    ['Lavrov spoke separately with each of his counterparts.', 'call', 'call.spoke-with', 'spoke separately with'],
    ['They spoke about the results of the negotiations held in Chisinau.', 'meeting', 'meeting.talks-held', 'negotiations held in'],
    // ministers of an organisation meeting as its council: a gathering
    ['The two ministers talked on the sidelines of the CSTO Foreign Ministers’ Meeting in Minsk.', 'summit', 'summit.ministers', 'Ministers’ Meeting'],
    ['Lavrov will attend the G20 foreign ministers meeting in Rome.', 'summit', 'summit.ministers', 'ministers meeting'],
    // a signing by two sides
    ['Aliyev and Japarov signed a declaration on strategic partnership.', 'meeting', 'meeting.signed', 'signed a declaration'],
    // trip wording with the place reached
    ['Japarov has arrived in Baku.', 'visit', 'visit.journey', 'arrived in'],
    ['Bayramov travelled to Ashgabat to attend the conference.', 'visit', 'visit.journey', 'travelled to'],
    // visits
    ['Pashinyan visited Moscow on Thursday.', 'visit', 'visit.verb', 'visited'],
    ['Bayramov paid a working visit to Moscow.', 'visit', 'visit.noun', 'paid a working visit'],
    ['Lavrov was on a visit to Baku.', 'visit', 'visit.noun', 'was on a visit'],
    // summits
    ['The leaders attended the CSTO summit in Yerevan.', 'summit', 'summit.noun', 'summit'],
    ['Mirzoyan took part in the OSCE Ministerial Council in Skopje.', 'summit', 'summit.noun', 'Ministerial Council'],
    // a council or meeting of heads named with words of its own in between
    ['The meeting of the Eurasian Intergovernmental Council opens in Almaty.', 'summit', 'summit.noun', 'meeting of the Eurasian Intergovernmental'],
    ['Tokayev will attend the Consultative Meeting of the Heads of Central Asian States.', 'summit', 'summit.noun', 'Meeting of the Heads of Central Asian States'],
    ['The Council of the CIS Heads of State met in Dushanbe.', 'summit', 'summit.noun', 'Council of the CIS Heads'],
    ['The leaders gathered for the Heads of State Council in Astana.', 'summit', 'summit.noun', 'Heads of State Council'],
    // other words for a call, and for talking together
    ['Aliyev received a phone call from Vladimir Putin.', 'call', 'call.received-call', 'received a phone call from'],
    ['Pashinyan took a call from Macron on Sunday.', 'call', 'call.received-call', 'took a call from'],
    ['The two ministers talked over a secure video line on Monday.', 'call', 'call.video-line', 'talked over a secure video line'],
    ['Lavrov and Wang Yi held talks via videoconference.', 'call', 'call.video-line', 'held talks via videoconference'],
    ['The Armenian minister conferred with his Iranian counterpart.', 'meeting', 'meeting.conferred', 'conferred with'],
    ['Jaishankar and Lavrov interacted on 15 July in Tianjin.', 'meeting', 'meeting.conferred', 'interacted'],
    ['Putin and Aliyev had a quick word on the margins of the summit.', 'meeting', 'meeting.word-with', 'had a quick word'],
    ['The minister held what his office called "frank and useful" talks with Bayramov.', 'meeting', 'meeting.called-talks', 'held what his office called "frank and useful" talks'],
    ['Blinken will sit down with Mirzoyan in Washington.', 'meeting', 'meeting.talks', 'sit down with'],
    ['It was in Rio that Lavrov and Subrahmanyam Jaishankar exchanged views on trade.', 'meeting', 'meeting.pair-exchanged', 'exchanged views'],
    ['Fidan is due in Baku on Friday to discuss trade, transit and regional issues with his counterpart Bayramov.', 'meeting', 'meeting.discuss-with', 'to discuss trade, transit and regional issues with'],
    // a conference others met aside at (only there: a conference alone is no gathering of leaders)
    ['On the sidelines of a regional conference on transit, Meredov met Araghchi.', 'summit', 'summit.sidelines-conference', 'conference'],
    ['The third meeting of the 3+3 regional platform was held in Istanbul.', 'summit', 'summit.format', 'meeting of the 3+3'],
    ['Lavrov will take part in the 3+3 format meeting in Istanbul.', 'summit', 'summit.format', '3+3 format meeting'],
  ];
  for (const [sentence, type, ruleId, written] of table) {
    test(`${type}: ${sentence}`, () => {
      const found = triggers(sentence);
      assert.ok(found.length >= 1, 'a trigger is found');
      // The rule's own match (a sentence may hold another: "talked on the sidelines of the summit").
      const t = found.find((x) => x.ruleId === ruleId) ?? found[0];
      assert.equal(t.type, type);
      assert.equal(t.ruleId, ruleId);
      assert.equal(sentence.slice(t.start, t.end).trim(), written);
      assert.equal(t.hypothetical, false);
    });
  }

  test('offsets are document offsets', () => {
    const sentence = 'Pashinyan visited Moscow on Thursday.';
    const [t] = triggers(sentence, 300);
    assert.equal(t.start, 300 + sentence.indexOf('visited'));
  });

  test('overlapping matches keep one trigger: "arrived in Minsk on an official visit" is a visit', () => {
    const found = triggers('Pashinyan arrived in Minsk on an official visit.');
    assert.ok(found.length >= 1);
    assert.ok(found.every((t) => t.type === 'visit'));
    for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end, 'kept triggers do not overlap');
  });

  test('a meeting on the sidelines of a summit gives both triggers', () => {
    const types = triggers('The two presidents met on the sidelines of the CIS summit in Bishkek.').map((t) => t.type);
    assert.deepEqual(types, ['meeting', 'summit']);
  });

  test('rules that need two people or a place say so', () => {
    assert.deepEqual(triggers('Lavrov met with Bayramov in Moscow.')[0].requires, ['people2']);
    assert.deepEqual(triggers('Pashinyan visited Moscow on Thursday.')[0].requires, ['place']);
    assert.deepEqual(triggers('Lavrov held a telephone conversation with Mirzoyan.')[0].requires, []);
  });
});

describe('findTriggers: negation drops the trigger', () => {
  // Each pair: the affirmative fires, the negated one does not.
  const pairs: Array<[string, string]> = [
    ['Putin paid a visit to Baku.', 'Putin did not pay a visit to Baku.'],
    ['Pashinyan agreed to meet with Aliyev.', 'Pashinyan declined to meet with Aliyev.'],
    ['A meeting between Pashinyan and Aliyev took place.', 'No meeting between Pashinyan and Aliyev took place.'],
    ['Lavrov met with Bayramov in Baku.', 'Lavrov has never met with Bayramov in Baku.'],
    ['Putin held talks with Aliyev.', 'Putin has not held talks with Aliyev.'],
    ['There are plans for a meeting between Aliyev and Pashinyan.', 'There are no plans at the moment for a meeting between Aliyev and Pashinyan.'],
    ['The minister took part in the CSTO summit in Minsk.', 'The minister was unable to take part in the CSTO summit in Minsk.'],
  ];
  for (const [yes, no] of pairs) {
    test(no, () => {
      assert.ok(triggers(yes).length >= 1, `control fires: ${yes}`);
      assert.deepEqual(triggers(no), []);
    });
  }

  test('"did not visit" gives no trigger', () => {
    assert.deepEqual(triggers('Putin did not visit Baku last year.'), []);
  });
});

describe('findTriggers: hypothetical, future, definite', () => {
  const hypothetical = [
    'Aliyev said he would meet Pashinyan if the terms were right.',
    'Lavrov could meet Bayramov in Antalya.',
    'Putin proposed a meeting with Aliyev.',
    'The two leaders agreed to meet again soon.',
    // a wish in any tense of its verb
    'The new minister hoped to meet his Russian counterpart in Moscow.',
    'Tokayev wanted to visit Baku before the summer.',
    // a modal after a long subject
    'A meeting of the foreign ministers of the two countries could take place in Tehran.',
  ];
  for (const sentence of hypothetical) {
    test(`hypothetical: ${sentence}`, () => {
      const found = triggers(sentence);
      assert.equal(found.length, 1);
      assert.equal(found[0].hypothetical, true);
    });
  }

  test('"proposed by" describes something that exists: not a proposal', () => {
    const [t] = triggers('The platform, proposed by Aliyev and Erdogan in 2020, held its first session in Moscow.');
    assert.equal(t.hypothetical, false);
  });

  test('a modal in another clause after the trigger does not make it hypothetical', () => {
    const [t] = triggers('Lavrov met with Bayramov in Moscow, and the ministers of both states could sign the treaty later.');
    assert.equal(t.hypothetical, false);
  });

  test('the month "May" is not the modal "may"', () => {
    const [t] = triggers('Lavrov met with Bayramov in Moscow on 3 May.');
    assert.equal(t.hypothetical, false);
  });

  const future: Array<[string, boolean]> = [
    ['Lavrov will visit Baku next week.', true],
    ['The summit will be held in Astana.', true],
    ['Pashinyan visited Moscow on Thursday.', false],
  ];
  for (const [sentence, want] of future) {
    test(`future=${want}: ${sentence}`, () => assert.equal(triggers(sentence)[0].future, want));
  }

  test('"brought the two leaders together" and "rang" are triggers', () => {
    assert.equal(triggers('Macron and Michel brought the two leaders together in Prague.')[0]?.type, 'meeting');
    assert.equal(triggers('Olaf Scholz rang Vladimir Putin.')[0]?.type, 'call');
  });

  test('"May" mid-sentence is the month, not the modal', () => {
    assert.equal(triggers('The leaders met in Brussels in May and August.')[0].hypothetical, false);
    assert.equal(triggers('They may meet in Brussels.')[0].hypothetical, true);
  });

  const definite: Array<[string, boolean]> = [
    ['The meeting was constructive.', true],
    ['During the conversation, the sides discussed the border. The telephone conversation lasted an hour.', true],
    ['Putin and Aliyev had a phone call.', false],
    ['Lavrov held a telephone conversation with Mirzoyan.', false],
    // The determiner is the subject's, or the match brings its own: neither tells an event again.
    ['The two presidents held talks in Astana.', false],
    ['Aliyev, who made the trip to Dushanbe, spoke first.', false],
    ['The bilateral meeting lasted two hours.', true],
  ];
  for (const [sentence, want] of definite) {
    test(`definite=${want}: ${sentence}`, () => {
      const found = triggers(sentence);
      assert.equal(found[found.length - 1].definite, want);
    });
  }
});

describe('findTriggers: negative set (no trigger)', () => {
  const none = [
    'Such meetings are useful for both countries.',
    'On the sidelines of the press conference, the minister answered questions.',
    'On the margins of a video conference, the envoys exchanged notes.',
    'The conference on neutrality opened in Ashgabat.',
    'Meetings of this kind are rare.',
    'Summits of the organisation are held annually.',
    'Lavrov may visit Yerevan next month.',
    'The two leaders could meet in Brussels.',
    'Pashinyan refused to meet Aliyev.',
    'Aliyev did not meet Pashinyan in Prague.',
    'Lavrov said the situation in the region remains tense.',
    'The ministry called for restraint.',
    // "called X a …": naming, not phoning.
    'Aliyev called Erdogan a reliable partner of his country.',
    'The minister called Sergey Lavrov one of the most experienced diplomats.',
    'The Belarusian leader received numerous greetings from foreign leaders.',
    'Tokayev received a letter from the Chinese president.',
    'Putin stressed that he often talks with Pashinyan by phone.',
    'Aliyev refused to travel to Granada, where he was to meet Pashinyan.',
    'Nor have they started separate talks on the border.',
    'Since then, the presidents have spoken by phone several more times.',
    'The tripartite meeting, which was planned to be held in Brussels on 7 December, was not held after the Armenian side set conditions.',
    'Speaking at a Q&A session at the National Assembly, the prime minister said he would travel abroad.',
    'The special representative holds regular consultations with the parties.',
    'The two presidents have regular talks on the settlement.',
    'The president will also take part in the Kazakh-Turkish business forum.',
    // words of talking used for other things
    'The ministry had a word of warning for the press.',
    'The conference hall was linked to the video line of the ministry.',
    'Putin received a call for restraint from the parliament.',
    'The ministers will discuss trade with Iran and Turkey in writing.',
    'The sides exchanged views on the regional situation.',
  ];
  for (const sentence of none) {
    // Hypotheticals may match a trigger but must be flagged, so the event stage drops them.
    test(sentence, () => assert.deepEqual(triggers(sentence).filter((t) => !t.hypothetical).map((t) => t.ruleId), []));
  }

  test('a generic plural "visits" does not fire as the verb "visits"', () => {
    assert.deepEqual(triggers('Regular visits to Moscow by Armenian officials continue.').map((t) => t.ruleId), []);
  });

  test('a generic plural "phone calls" fires only the plural rule, which needs named people on each side', () => {
    assert.deepEqual(triggers('Phone calls between the leaders are frequent.').map((t) => t.ruleId), ['call.plural']);
  });
});

// Wordings of a contact the lexicon once missed, each by its lemma and construction rather than by one
// phrase: a noun with its possessor, every inflection of a verb, a title written small after "meet", the
// passive of "make/pay a visit". Each rule has its own sentences that must fire and look-alikes that must not.
describe('findTriggers: contact wordings by lemma and construction', () => {
  // [sentence, rule id, the trigger text]
  const fire: Array<[string, string, string]> = [
    ["The readout of Macron's call on Friday with President Tokayev was short.", 'call.possessive', 'call'],
    ["Scholz's call to the Kazakh president lasted an hour.", 'call.possessive', 'call'],
    ['During a brief call with Erdogan on Monday, Putin raised the grain deal.', 'call.noun', 'call'],
    ['The call between the two presidents lasted an hour.', 'call.noun', 'call'],
    ["Blinken's calls this morning to President Aliyev and Prime Minister Pashinyan were brief.", 'call.plural', 'calls'],
    ['Sandu thanked Zelensky for hosting her in Kyiv.', 'meeting.hosting', 'hosting'],
    ['"Thank you for hosting me this evening," Modi wrote to Putin.', 'meeting.hosting', 'hosting'],
    ['Tokayev welcomed his Georgian counterpart at the Akorda.', 'meeting.welcomed', 'welcomed'],
    ['Welcoming Prime Minister Kobakhidze, the president spoke of trade.', 'meeting.welcomed', 'Welcoming'],
    ['Mirziyoyev welcomes the high-ranking guest at the palace.', 'meeting.welcomed', 'welcomes'],
    ['In May I had the chance to meet minister Araghchi in Oman.', 'meeting.met', 'meet'],
    ['Lavrov met president Tokayev in Astana.', 'meeting.met', 'met'],
    ['His first two trips were made in April to Minsk and Baku.', 'visit.made', 'trips were made'],
    ['A visit was paid to Tashkent last spring.', 'visit.made', 'visit was paid'],
    ['Aliyev, who is paying a state visit to Uzbekistan, laid a wreath.', 'visit.noun', 'paying a state visit'],
    ['The minister undertook a working trip to Dushanbe.', 'visit.noun', 'undertook a working trip'],
    ['Thank you for your hospitality during this visit.', 'visit.noun', 'during this visit'],
    ['Lavrov visits Tehran for talks', 'visit.verb', 'visits'],
    ['You have come to Minsk and met the president.', 'visit.journey', 'come to'],
    ['The prime minister is coming to Astana for the forum.', 'visit.journey', 'coming to'],
    ['Fidan flies to Baku for talks', 'visit.journey', 'flies to'],
    ['Sandu travels to Kyiv on Friday.', 'visit.journey', 'travels to'],
    ['Speaking by phone, Putin and Erdogan discussed the grain deal.', 'call.by-phone', 'Speaking by phone'],
    ['The ministers are talking over the phone right now.', 'call.by-phone', 'talking over the phone'],
    ['The delegations are conducting talks in Ankara.', 'meeting.talks', 'conducting talks'],
    ['Speaking with Erdogan on Monday, Putin raised the grain deal.', 'call.spoke-with', 'Speaking with'],
    ['Receiving the Iranian minister, Putin spoke of trade.', 'meeting.hosted', 'Receiving'],
    ['The two ministers spoke briefly in Minsk on the margins of the regional forum.', 'meeting.in-person-talk', 'spoke'],
    ['Tokayev and Japarov talked at the sidelines of the summit in Astana.', 'meeting.in-person-talk', 'talked'],
    ['The dinner for the guests was hosted by Lukashenko.', 'meeting.hosted', 'was hosted by'],
    ['Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev discussed water sharing.', 'meeting.pair-discussed', 'discussed'],
  ];
  for (const [sentence, ruleId, written] of fire) {
    test(`${ruleId}: ${sentence}`, () => {
      const t = triggers(sentence).find((x) => x.ruleId === ruleId);
      assert.ok(t, `${ruleId} fires`);
      assert.equal(sentence.slice(t.start, t.end).trim(), written);
      assert.equal(t.hypothetical, false);
    });
  }

  // [sentence, the rule that must not fire]
  const quiet: Array<[string, string]> = [
    // an appeal, not a call
    ["Zelensky's call to President Biden for more air defence went unanswered.", 'call.possessive'],
    ["The minister's calls for restraint were ignored.", 'call.possessive'],
    ['Borrell issued a call for restraint to both sides.', 'call.noun'],
    // the caller is not named: "calls to A and B" would pair A with B
    ["The Secretary's calls yesterday to President Aliyev and Prime Minister Pashinyan were brief.", 'call.plural'],
    // a gathering or a crowd hosted, not a guest
    ['Astana is hosting the summit this year.', 'meeting.hosting'],
    ['Turkey is hosting refugees from the region.', 'meeting.hosting'],
    // a thing welcomed
    ["Tokayev welcomed Georgia's proposal on transit.", 'meeting.welcomed'],
    ['The ministers welcomed the decision of the commission.', 'meeting.welcomed'],
    ["The speaker welcomed the Armenian prime minister's visit to Georgia.", 'meeting.welcomed'],
    // the host opening a gathering
    ['The president welcomed the guests and opened the summit.', 'meeting.welcomed'],
    // a visit made possible, visits counted
    ['The visit was made possible by the embassy.', 'visit.made'],
    ['The visits Putin made to Baku were long.', 'visit.verb'],
    ['Mutual visits Ankara welcomes are frequent.', 'visit.verb'],
    // thanks for a visit told by its adjective: the gerund after "for" is left to visit.verb
    ['We thank you for paying a visit to our country.', 'visit.noun'],
    // things received, not a visitor
    ['Receiving congratulations from abroad, the president thanked his colleagues.', 'meeting.hosted'],
    // a gathering's host: the gathering is told as a summit, its host no party to a meeting
    ['Aliyev and Pashinyan spoke in Moscow at an informal gathering of CIS leaders hosted by Putin.', 'meeting.hosted'],
    ['The leaders came to the summit hosted by Tokayev.', 'meeting.hosted'],
    // a journey not completed, and "come to" an agreement or to power
    ['Aliyev had been flying to St Petersburg when he turned back.', 'visit.journey'],
    ['The sides have come to an agreement.', 'visit.journey'],
    ['He came to power in 2020.', 'visit.journey'],
    // one side discussing, or the sides unnamed
    ['Aliyev discussed the corridor at length.', 'meeting.pair-discussed'],
    ['The sides discussed the corridor.', 'meeting.pair-discussed'],
    // an -ing form used as a noun
    ['At the beginning of the conversation, Aliyev congratulated Tokayev.', 'meeting.talks'],
  ];
  for (const [sentence, ruleId] of quiet) {
    test(`not ${ruleId}: ${sentence}`, () => assert.deepEqual(triggers(sentence).filter((t) => t.ruleId === ruleId && !t.hypothetical).map((t) => t.ruleId), []));
  }

  test('habits, hypotheticals and negations of the new wordings give no usable trigger', () => {
    for (const s of [
      'Putin often welcomes his counterpart at the residence.',
      'Aliyev did not welcome Pashinyan at the airport.',
      'Lavrov could meet minister Araghchi in Oman.',
      'He never undertook a trip to Moscow.',
    ]) assert.deepEqual(triggers(s).filter((t) => !t.hypothetical).map((t) => t.ruleId), [], s);
  });
});

describe('verb forms from a lemma (verb-forms.yaml)', () => {
  test('regular forms follow English spelling', () => {
    assert.deepEqual(regularForms('host'), ['hosts', 'hosted', 'hosting']);
    assert.deepEqual(regularForms('stage'), ['stages', 'staged', 'staging']);
    assert.deepEqual(regularForms('discuss'), ['discusses', 'discussed', 'discussing']);
    assert.deepEqual(regularForms('reply'), ['replies', 'replied', 'replying']);
    assert.deepEqual(regularForms('tie'), ['ties', 'tied', 'tying']);
    assert.deepEqual(regularForms('agree'), ['agrees', 'agreed', 'agreeing']);
  });

  test('{{lemma}} in a pattern becomes its forms, longest first; an unknown lemma is an error', () => {
    const verbs = new Map([['hold', ['hold', 'holds', 'held', 'holding']]]);
    assert.equal(expandVerbs('{{hold}} talks', verbs, 'test'), '(?:holding|holds|hold|held) talks');
    assert.throws(() => expandVerbs('{{chat}} with', verbs, 'test'), /chat/);
  });
});
