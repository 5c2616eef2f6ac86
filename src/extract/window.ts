// A candidate's window: the sentences around the one being read, and the document's headline. A
// contact word whose sentence names only one side ("The consultations were held in Ashgabat") often
// has the other named nearby: the delegations listed in the next sentence ("The Turkmen side was
// headed by …"), or the headline that names both. The event frame (events.ts, tellContact) asks
// here before it drops such a candidate; each person taken from the window carries the rule that
// took it (`parties.window-next`, `parties.headline`), which the event's rules then show.
import type { PersonMention, Sentence } from '../types.ts';
import { atPlace } from '../types.ts';
import type { Lexicon } from './lexicon.ts';
import type { FoundTrigger } from './triggers.ts';
import { personKey } from './draft.ts';

/** A sentence of the document as the window sees it: what pipeline.ts found there before the story was read. */
export interface Neighbour {
  sentence: Sentence;
  /** The people it names (names the gazetteer or the name finder gave; no pronouns, no descriptions). */
  people: PersonMention[];
  /** Whether it tells a contact of its own: a trigger that is not a definite mention ("the talks"). */
  contact: boolean;
  /** Whether it has any trigger at all, definite ones included. */
  anyTrigger: boolean;
}

/** People the window adds to a candidate, and the rule that took them. */
export interface WindowParties {
  people: PersonMention[];
  rule: 'parties.window-next' | 'parties.headline';
}

/** How many sentences after the candidate's the window reaches (sentence ±2: CONVENTIONS of the count). */
const AHEAD = 2;

/**
 * The other side of a candidate with one side (or a gathering with nobody), from its window; null
 * when the window offers nothing under the rules below. `parts` are the people the sentence gave.
 */
export function windowParties(lex: Lexicon, sentence: Sentence, tr: FoundTrigger, parts: PersonMention[], around: (index: number) => Neighbour | undefined): WindowParties | null {
  return next(lex, sentence, tr, parts, around) ?? headline(sentence, tr, parts, around);
}

/**
 * `parties.window-next`: one of the next two sentences lists who took part ("The Uzbek delegation was
 * headed by X", "Taking part were A and B", "… co-chaired by A and B"), and tells no contact of its
 * own. A sentence between that names someone else ends the search: the list is not this event's.
 */
function next(lex: Lexicon, sentence: Sentence, tr: FoundTrigger, parts: PersonMention[], around: (index: number) => Neighbour | undefined): WindowParties | null {
  const have = new Set(parts.map(personKey));
  for (let j = sentence.index + 1; j <= sentence.index + AHEAD; j++) {
    const n = around(j);
    if (!n || n.sentence.heading) return null;
    const fresh = distinctNew(n.people, have);
    // A sentence between that names nobody ("The talks focused on trade.", "A first meeting of the
    // dialogue will take place.") tells nothing of who took part: the search goes on past it.
    if (!lex.cue.attendance.test(n.sentence.text)) {
      if (n.people.length) return null;
      continue;
    }
    if (n.contact || fresh.length === 0) return null;
    return { people: fresh.map((p) => atPlace(p, tr.start, tr.end, 'parties.window-next', true)), rule: 'parties.window-next' };
  }
  return null;
}

/**
 * `parties.headline`: the headline names the one person of the candidate and others of other states,
 * and tells a contact itself ("X meets Y in Baku"): the body's "he held talks" is the headline's contact.
 */
function headline(sentence: Sentence, tr: FoundTrigger, parts: PersonMention[], around: (index: number) => Neighbour | undefined): WindowParties | null {
  const named = parts.filter((p) => p.actorId || p.name);
  if (named.length !== 1 || sentence.index === 0) return null;
  const h = around(0);
  if (!h || !(h.sentence.heading || !/[.!?…"”]$/.test(h.sentence.text)) || !h.anyTrigger) return null;
  const one = named[0];
  if (!h.people.some((p) => personKey(p) === personKey(one))) return null;
  const others = distinctNew(h.people, new Set([personKey(one)])).filter((p) => !one.country || !p.country || p.country !== one.country);
  if (others.length === 0 || others.length > 2) return null;
  return { people: others.map((p) => atPlace(p, tr.start, tr.end, 'parties.headline', true)), rule: 'parties.headline' };
}

/** Named people not among `have`, each once. */
function distinctNew(people: PersonMention[], have: Set<string>): PersonMention[] {
  const seen = new Set(have);
  return people.filter((p) => (p.actorId || p.name) && !seen.has(personKey(p)) && !!seen.add(personKey(p)));
}
