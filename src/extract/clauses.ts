// Parts of a sentence that do not tell its own event: temporal anchors ("a day prior to Bayramov's
// visit", "after the CSTO summit", "prior to the meeting between X and Y") and possessives that do
// not make a participant ("Pashinyan's office", "Sergey Lavrov's deputy").
import type { Lexicon } from './lexicon.ts';
import type { Span, PersonMention } from '../types.ts';

export interface Anchor extends Span {
  relation: 'before' | 'after' | 'day-before' | 'day-after';
}

const ANCHOR = /\b(?:(?<dayb>a day (?:prior to|before)|the day before|on the eve of)|(?<daya>a day after|the day after)|(?<before>prior to|before|ahead of|in the run-up to|on the eve of)|(?<after>after|following|in the wake of|since))\s+(?=(?:the|his|her|their|a|an|[A-Z]))[^,;.]*/g;

export function findAnchors(text: string, offset: number): Anchor[] {
  const out: Anchor[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    const g = m.groups ?? {};
    const relation = g.dayb ? 'day-before' : g.daya ? 'day-after' : g.before ? 'before' : 'after';
    // Only anchors on an event ("the meeting", "Bayramov's visit", "the summit") matter here.
    if (!/\b(?:visit|trip|meeting|talks|summit|session|call|conversation|consultations|forum|negotiations)\b/i.test(m[0])) continue;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, relation });
  }
  return out;
}

export const inside = (x: Span, spans: Span[]) => spans.some((s) => x.start >= s.start && x.end <= s.end);

/** Names followed by a possessive that points away from an event: not participants. */
export function nonParticipants(lex: Lexicon, text: string, offset: number, names: PersonMention[]): Set<PersonMention> {
  const out = new Set<PersonMention>();
  for (const n of names) {
    const after = text.slice(n.end - offset, n.end - offset + 30);
    if (lex.cue.possessive_nonparticipant.test(after)) out.add(n);
  }
  return out;
}
