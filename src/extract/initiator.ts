// Initiator: "on the initiative of the Azerbaijani side", "at Baku's request", or the caller in
// "X called Y". Gives an ISO3 code or null.
import type { Gazetteer } from '../gazetteer/index.ts';
import type { Lexicon } from './lexicon.ts';
import type { FoundTrigger } from './triggers.ts';
import type { Tagged } from './tagged.ts';

export function initiatorOf(g: Gazetteer, lex: Lexicon, t: Tagged, tr: FoundTrigger | null): string | null {
  const text = t.sentence.text;
  const re = lex.cue.initiative;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const who = (m.groups?.who ?? m.groups?.who2 ?? '').replace(/^the\s+/i, '').replace(/\s+side$/i, '');
    const at = t.sentence.start + m.index;
    const person = t.people.find((p) => p.start >= at && p.start <= at + m[0].length && p.country);
    if (person) return person.country;
    for (const w of who.split(/\s+/).reverse()) {
      const c = g.countryOf(w);
      if (c) return c.code;
    }
  }
  if (tr?.ruleId === 'call.called') {
    const caller = [...t.people].reverse().find((p) => p.end <= tr.start && p.country);
    if (caller) return caller.country;
  }
  return null;
}
