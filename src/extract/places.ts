// Places and countries named in a sentence: cities and venues from the gazetteer (for an event's
// location), country names, adjectives and metonyms (for destinations and sides).
import type { Gazetteer } from '../gazetteer/index.ts';
import type { CountryMention, Span } from '../types.ts';
import { alternation } from '../gazetteer/alternation.ts';

export interface PlaceMention extends Span {
  name: string;
  country: string;
  kind: string;
}

interface Patterns {
  place: RegExp;
  country: RegExp;
}
const cache = new WeakMap<Gazetteer, Patterns>();

/** Names of three letters or more, longest first, as one expression (a space or hyphen matches either). */
function names(words: string[]): string {
  return alternation(words.filter((w) => w.length > 2).sort((a, b) => b.length - a.length));
}

function patterns(g: Gazetteer): Patterns {
  let p = cache.get(g);
  if (!p) {
    // Places are proper names: matched with their capital letters, as written.
    const placeNames = g.data.places.flatMap((pl) => [pl.name, ...pl.aliases]);
    const countryNames = g.data.countries.flatMap((c) => [c.name, ...c.names, ...c.adjectives, ...c.metonyms]);
    p = {
      place: new RegExp(`\\b${names(placeNames)}\\b`, 'g'),
      country: new RegExp(`\\b${names(countryNames)}\\b`, 'g'),
    };
    cache.set(g, p);
  }
  return p;
}

/** Every match of `re` in `text` that `read` turns into a mention (offsets into the document). */
function scan<T>(re: RegExp, text: string, offset: number, read: (word: string, start: number, end: number) => T | null): T[] {
  const out: T[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const hit = read(m[0], offset + m.index, offset + m.index + m[0].length);
    if (hit) out.push(hit);
  }
  return out;
}

export function findPlaces(g: Gazetteer, text: string, offset: number): PlaceMention[] {
  return scan(patterns(g).place, text, offset, (word, start, end) => {
    const pl = g.place(word.replace(/-/g, ' ')) ?? g.place(word);
    return pl ? { start, end, name: pl.name, country: pl.country, kind: pl.kind } : null;
  });
}

export function findCountries(g: Gazetteer, text: string, offset: number): CountryMention[] {
  return scan(patterns(g).country, text, offset, (word, start, end) => {
    const c = g.countryOf(word);
    return c ? { start, end, code: c.code, rule: `country.${c.kind}` } : null;
  });
}
