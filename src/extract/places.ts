// Places and countries named in a sentence: cities and venues from the gazetteer (for an event's
// location), country names, adjectives and metonyms (for destinations and sides).
import type { Gazetteer } from '../gazetteer/index.ts';
import type { CountryMention, Span } from '../types.ts';

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
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\?[ -]/g, '[\\s-]');

function patterns(g: Gazetteer): Patterns {
  let p = cache.get(g);
  if (!p) {
    const alt = (words: string[]) => words.filter((w) => w.length > 2).sort((a, b) => b.length - a.length).map(esc).join('|');
    // Places are proper names: matched with their capital letters, as written.
    const placeNames = g.data.places.flatMap((pl) => [pl.name, ...pl.aliases]);
    const countryNames = g.data.countries.flatMap((c) => [c.name, ...c.names, ...c.adjectives, ...c.metonyms]);
    p = {
      place: new RegExp(`\\b(?:${alt(placeNames)})\\b`, 'g'),
      country: new RegExp(`\\b(?:${alt(countryNames)})\\b`, 'g'),
    };
    cache.set(g, p);
  }
  return p;
}

export function findPlaces(g: Gazetteer, text: string, offset: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  const re = patterns(g).place;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const pl = g.place(m[0].replace(/-/g, ' ')) ?? g.place(m[0]);
    if (pl) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, name: pl.name, country: pl.country, kind: pl.kind });
  }
  return out;
}

export function findCountries(g: Gazetteer, text: string, offset: number): CountryMention[] {
  const out: CountryMention[] = [];
  const re = patterns(g).country;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const c = g.countryOf(m[0]);
    if (c) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, code: c.code, rule: `country.${c.kind}` });
  }
  return out;
}
