// Claims: topics each readout mentions, explicit omissions ("not mentioned by X"), and one claim set
// per side when one text retells several readouts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, isMention, type ClaimSentence } from './claims.ts';
import { attributionOfSentence } from './side.ts';
import { compareAccounts } from './compare.ts';
import { defaultGazetteer } from '../gazetteer/index.ts';
import type { EventRow, AccountRow } from '../read-model/types.ts';

const g = defaultGazetteer();
/** Sentences of one paragraph, with their offsets as if joined by a space. */
function sentences(...texts: string[]): ClaimSentence[] {
  let at = 0;
  return texts.map((text) => {
    const s = { start: at, end: at + text.length, text, paragraph: 0 };
    at += text.length + 1;
    return s;
  });
}
const voice = (s: ClaimSentence) => attributionOfSentence(g, s, '2022-04-19');

test('a sentence saying a subject was not mentioned gives a "not mentioned by" claim, never a topic', () => {
  const claims = claimsOf(sentences('The two ministers discussed trade and the delimitation of the border.', 'The report issued by the Armenian Foreign Ministry made no mention of Ukraine.'), 'en', voice, null);
  const ukraine = claims.filter((c) => c.topic === 'ukraine');
  assert.equal(ukraine.length, 1);
  assert.equal(ukraine[0].polarity, 'not-mentioned');
  assert.equal(ukraine[0].side, 'ARM');
  assert.match(ukraine[0].sentence, /made no mention/);
  assert.ok(claims.filter(isMention).some((c) => c.topic === 'border'));
  assert.ok(!claims.filter(isMention).some((c) => c.topic === 'ukraine'));
  // "did not address", and a clause of its own: the first clause still raises its topic.
  const mixed = claimsOf(sentences('The leaders discussed border delimitation, but the Kremlin did not address Ukraine.'), 'en', voice, null);
  assert.ok(mixed.some((c) => c.topic === 'border' && isMention(c)));
  assert.deepEqual(mixed.filter((c) => !isMention(c)).map((c) => [c.topic, c.side]), [['ukraine', 'RUS']]);
});

test('Russian: "не упоминается" gives an omission of the account’s side', () => {
  const claims = claimsOf(sentences('В сообщении министерства Украина не упоминается.'), 'ru', () => null, 'AZE');
  assert.deepEqual(claims.map((c) => [c.topic, c.polarity, c.side]), [['ukraine', 'not-mentioned', 'AZE']]);
});

test('one text retelling two readouts gives one claim set per side', () => {
  const claims = claimsOf(
    sentences(
      'The two presidents spoke by telephone.',
      'According to the Armenian side, the leaders discussed border delimitation and the peacekeepers.',
      'A statement issued by the Kremlin reports the same information.',
      'The Kremlin’s readout said nothing about prisoners of war.',
    ),
    'en',
    voice,
    null,
  );
  const of = (side: string) => claims.filter((c) => c.side === side && isMention(c)).map((c) => c.topic).sort();
  assert.deepEqual(of('ARM'), ['border', 'peacekeepers']);
  // The Kremlin's statement "reports the same": the same topics in its voice, cited to the sentence naming them.
  assert.deepEqual(of('RUS'), ['border', 'peacekeepers']);
  const echoed = claims.find((c) => c.side === 'RUS' && c.topic === 'border')!;
  assert.match(echoed.sentence, /border/);
  assert.match(echoed.voice!.sentence.text, /Kremlin reports the same/);
  assert.deepEqual(claims.filter((c) => !isMention(c)).map((c) => [c.topic, c.side]), [['humanitarian', 'RUS']]);
});

test('compare: which side published a readout, what one side mentions and the other omits', () => {
  const claims = claimsOf(
    sentences('According to the Armenian side, the leaders discussed border delimitation and prisoners of war.', 'The Kremlin’s readout mentioned only border delimitation and made no mention of prisoners of war.'),
    'en',
    voice,
    null,
  );
  const account = { uid: 'u1', document: { id: 1, name: 'wire', outlet: 'A wire', url: null, published: null }, type: 'call', date: '2022-04-19', location: null, initiator: null, topics: [], participants: [], side: null, attribution: null, claims, reason: { kind: 'first', text: '' }, pinned: false, origin: 'machine', evidence: [] } as AccountRow;
  const e = { id: 1, uid: 'c1', type: 'call', date: '2022-04-19', countries: ['RUS', 'ARM', 'AZE'], accounts: [account], participants: [] } as unknown as EventRow;
  const c = compareAccounts(e);
  assert.deepEqual(c.published, ['RUS', 'ARM']);
  assert.deepEqual(c.unpublished, ['AZE']);
  const gap = c.gaps.find((x) => x.topic === 'humanitarian');
  assert.equal(gap?.side, 'ARM');
  assert.equal(gap?.other, 'RUS');
  assert.match(gap!.explicit!.sentence, /made no mention of prisoners of war/);
  assert.ok(!c.gaps.some((x) => x.topic === 'border'));
  assert.deepEqual(c.notMentioned.map((m) => [m.topic, m.side]), [['humanitarian', 'RUS']]);
});
