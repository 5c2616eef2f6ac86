// Parts of a sentence that do not tell its own event: temporal anchors ("a day prior to Bayramov's
// visit", "after the CSTO summit", "prior to the meeting between X and Y") and possessives that do
// not make a participant ("Pashinyan's office", "Sergey Lavrov's deputy").
import type { Lexicon } from './lexicon.ts';
import type { EventType, Span, PersonMention } from '../types.ts';

export interface Anchor extends Span {
  relation: 'before' | 'after' | 'day-before' | 'day-after';
  /** The kind of event the anchor names, when its noun says ("Bayramov's visit" → visit). */
  type: EventType | null;
  /** "five days after …": how many days lie between this sentence's event and the anchored one. */
  days: number | null;
}

const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20 };

const NOUN_TYPE: Array<[RegExp, EventType]> = [
  [/\b(?:visit|trip|tour)\b/i, 'visit'],
  [/\b(?:call|conversation)\b/i, 'call'],
  // "after the three-way session", "before the trilateral summit": two or three sides meeting are a
  // meeting, whatever the noun (as the trigger meeting.summit-of-few reads them).
  [/\b(?:bilateral|trilateral|tripartite|two-way|three-way|one-on-one)\s+(?:session|summit)\b/i, 'meeting'],
  [/\b(?:summit|session|forum)\b/i, 'summit'],
  [/\b(?:meeting|talks|consultations|negotiations)\b/i, 'meeting'],
];

const ANCHOR = /(?:\b(?<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty)\s+(?<unit>days?|weeks?)\s+(?:to the day\s+)?)?\b(?:(?<dayb>a day (?:prior to|before)|the day before|on the eve of)|(?<daya>a day after|the day after)|(?<before>prior to|before|ahead of|in the run-up to|on the eve of)|(?<after>after|following|in the wake of|since))\s+(?=[\p{L}])(?:[^,;.]|(?<=\b\p{Lu})\.)*/giu;

/** The words every anchor contains: the full expression runs only on sentences with one of them. */
const ANCHOR_GATE = /\b(?:prior|before|ahead|run-up|eve|after|following|wake|since)\b/i;

export function findAnchors(text: string, offset: number): Anchor[] {
  const out: Anchor[] = [];
  if (!ANCHOR_GATE.test(text)) return out;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    const g = m.groups ?? {};
    const relation = g.dayb ? 'day-before' : g.daya ? 'day-after' : g.before ? 'before' : 'after';
    // Only anchors on an event ("the meeting", "Bayramov's visit", "the summit") matter here.
    // (With a verb's -ing form too: "a day after speaking with Putin", "two days after hosting Aliyev".)
    if (!/\b(?:visit|trip|meeting|talks|summit|session|call|conversation|consultations|forum|negotiations|met|visited|called|spoke|hosted|received|speaking|talking|hosting|receiving|visiting|calling)\b/i.test(m[0])) continue;
    const type = NOUN_TYPE.find(([re]) => re.test(m![0]))?.[1] ?? null;
    const n = g.n ? NUMBERS[g.n.toLowerCase()] ?? Number(g.n) : null;
    // "a day after speaking with X": one day between, as "one day after" says.
    const days = n && g.unit ? n * (g.unit.startsWith('week') ? 7 : 1) : null;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, relation, type, days });
  }
  return out;
}

/** A name in the list after "advisers of", "an aide to", "the envoys of": someone served, not present. */
const SERVES = /\b(?:advis[eo]rs?|aides?|assistants?|envoys?|emissar(?:y|ies)|representatives?|deput(?:y|ies)|spokes(?:man|woman|person|people)|staff|delegations?)\s+(?:of|to)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*(?:\s*,\s*|\s+and\s+|,\s+and\s+))*$/u;
/** The words SERVES starts from, as written (it has no i flag): most texts before a name hold none. */
const SERVES_GATE = /advis|aide|assistant|envoy|emissar|representative|deput|spokes|staff|delegation/;
/** "according to Zakharova": a name right after it is the source of the report. */
const ACCORDING_TO = /\baccording to\s+(?:[\p{L}'’-]+\s+){0,5}$/iu;
/** A cheap test that must pass for ACCORDING_TO to match (its letters have no case forms beyond ASCII ones). */
const ACCORDING_GATE = /according to/i;
/** "the late …", "Uzbekistan's late first President …" right before a name (not "in late September"). */
/** "Apart from talks with Putin, Mirziyoyev will meet Mishustin": the other event's party, not this one's. */
const APART_FROM = /\b(?:apart from|aside from|besides|in addition to)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[a-z-]+\s+){0,2}(?:talks|meetings?|negotiations|conversations?|calls?)\s+with\s+(?:[\p{L}'’.-]+\s+){0,4}$/iu;
const APART_GATE = /apart|aside|besides|addition/i;
const LATE = /\b(?:the|his|her|their|its|\p{L}+['’]s)\s+late\s+(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[\p{L}'’-]+\s+){0,4}$/u;
/** A verb of saying right after a name, perhaps past an aside: "Peskov said", "Zakharova, at a briefing, added". */
const REPORTER_AFTER = /^\s*(?:[,(][^,;.()]{0,60}[,)]\s*)?(?:has\s+|had\s+|also\s+|then\s+)?(?:said|says|confirmed|confirms|told|reported|reports|stated|states|added|adds|noted|notes|announced|announces|wrote|tweeted|posted|concluded|specified|explained|clarified|stressed)\b/;
/** After the verb of saying, the contact it was said at: "said at a meeting with", "said as he met". */
const SAID_AT = /^\s+(?:(?:at|during|after|following|before|ahead of)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|conversation|call|negotiations|consultations)|(?:as|when|while)\s+(?:he|she|they)\s+(?:met|was meeting|received|hosted|held talks|spoke))\b/;
/** A verb of saying right before a name: "said Peskov", "according to Zakharova". */
const REPORTED_BY = /\b(?:said|according to|quoted|quotes|cited|told by|announced by)\s+(?:[\p{L}'’.-]+\s+){0,5}$/u;

/** Does the person at `p` (in `text`, which starts at `offset`) say something: "Peskov said", "according to Zakharova"? */
export function speaks(text: string, offset: number, p: Span): boolean {
  return REPORTER_AFTER.test(text.slice(p.end - offset, p.end - offset + 90)) || REPORTED_BY.test(text.slice(Math.max(0, p.start - offset - 80), p.start - offset));
}

export const inside = (x: Span, spans: Span[]) => spans.some((s) => x.start >= s.start && x.end <= s.end);

/** Names followed by a possessive that points away from an event: not participants. */
export function nonParticipants(lex: Lexicon, text: string, offset: number, names: PersonMention[]): Set<PersonMention> {
  const out = new Set<PersonMention>();
  for (const n of names) {
    const after = text.slice(n.end - offset, n.end - offset + 30);
    if (lex.cue.possessive_nonparticipant.test(after)) out.add(n);
    // The source of the report, not a party to it: "…, spokeswoman Ani Badalyan confirmed", "according to X".
    const before = text.slice(Math.max(0, n.start - offset - 80), n.start - offset);
    // (Not who said it at a contact: "…, Mishustin said at a meeting with Myasnikovich", "… said as he met".)
    const said = REPORTER_AFTER.exec(after);
    if (said && /,\s*(?:[\p{L}'’-]+\s+){0,6}$/u.test(before) && !SAID_AT.test(text.slice(n.end - offset + said[0].length, n.end - offset + said[0].length + 60))) out.add(n);
    // (The expressions on `before` try every place of it; each runs only where its key word occurs.)
    if (ACCORDING_GATE.test(before) && ACCORDING_TO.test(before)) out.add(n);
    // A spokesperson who says something only tells of the event ("…, Kremlin spokesman Dmitry Peskov
    // said"): spokespeople speak of meetings far more often than they attend them.
    if (n.role?.endsWith('spokesperson') && speaks(text, offset, n)) out.add(n);
    // "the diplomatic advisers of Michel, Macron and Scholz": the advisers take part, not those they serve.
    if (SERVES_GATE.test(before) && SERVES.test(before)) out.add(n);
    if (APART_GATE.test(before) && APART_FROM.test(before)) out.add(n);
    // "who conveyed a message from Aliyev", "the greetings of Putin", "at the invitation of Nurtleu", "on
    // behalf of Putin": whose words or invitation are carried, not who is there (cue sent_by).
    if (lex.cue.sent_by.test(before)) out.add(n);
    // "who replaced Elmar Mammadyarov", "a former associate of Pashinyan", "the son of Heydar Aliyev":
    // a person named to say who someone is, not someone present (cue relative_of).
    if (lex.cue.relative_of.test(before)) out.add(n);
    // "the country's late first President Islam Karimov": the dead are remembered, not met.
    if (before.includes('late') && LATE.test(before)) out.add(n);
  }
  return out;
}
