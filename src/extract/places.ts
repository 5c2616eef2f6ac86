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
  /** Venues named only after a preposition ("in the Kremlin"); group 1 is the name. */
  venue: RegExp | null;
  country: RegExp;
  /** "the Kazakh capital", "the Azerbaijani capital": a country's adjective before "capital". */
  capital: RegExp;
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
    const placeNames = g.data.places.filter((pl) => !pl.after_preposition).flatMap((pl) => [pl.name, ...pl.aliases]);
    const venueNames = g.data.places.filter((pl) => pl.after_preposition).flatMap((pl) => [pl.name, ...pl.aliases]);
    const countryNames = g.data.countries.flatMap((c) => [c.name, ...c.names, ...c.adjectives, ...c.metonyms]);
    const adjectives = g.data.countries.filter((c) => c.capital).flatMap((c) => c.adjectives);
    p = {
      place: new RegExp(`\\b${names(placeNames)}\\b`, 'g'),
      venue: venueNames.length ? new RegExp(`\\b(?:in|at|inside) the (${names(venueNames)})\\b`, 'g') : null,
      country: new RegExp(`\\b${names(countryNames)}\\b`, 'g'),
      capital: new RegExp(`\\b[Tt]he (${names(adjectives)}) capital\\b`, 'g'),
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

/**
 * After a city, the words that make it part of the name of a body, a process or an agreement (not "the
 * Washington declaration", often signed there): "the Shanghai Cooperation Organisation" meets anywhere.
 */
const NAMES_A_BODY = /^\s+(?:Group|[Pp]rocess|[Ff]ormat|[Aa]greements?|[Aa]ccords?|Protocol|Cooperation Organi[sz]ation|Five|Convention|Treaty)\b/;

const HYPHENS = /-/g;

/** A place the gazetteer knows, named by `word` at `start`–`end` of the document (`text` starts at `offset`), or null. */
function readPlace(g: Gazetteer, text: string, offset: number, word: string, start: number, end: number): PlaceMention | null {
  // "the OSCE Minsk Group", "the Minsk agreements", "the Astana format": a name, not a place.
  if (NAMES_A_BODY.test(text.slice(end - offset, end - offset + 30))) return null;
  const pl = g.place(word.includes('-') ? word.replace(HYPHENS, ' ') : word) ?? g.place(word);
  return pl ? { start, end, name: pl.city ?? pl.name, country: pl.country, kind: pl.kind } : null;
}

/**
 * Cities and venues named in a sentence, and "the Kazakh capital" (the capital of today's record). A
 * venue ("the Akorda", "Dolmabahce Palace") is reported as the city it stands in, when the gazetteer
 * knows it: an event's location is a city.
 */
export function findPlaces(g: Gazetteer, text: string, offset: number): PlaceMention[] {
  const { place, venue, capital } = patterns(g);
  // A plain loop, not `scan` with a closure: a function made on every call costs more than the loop
  // (the build names each one it creates).
  let out: PlaceMention[] = [];
  place.lastIndex = 0;
  for (let m = place.exec(text); m; m = place.exec(text)) {
    const hit = readPlace(g, text, offset, m[0], offset + m.index, offset + m.index + m[0].length);
    if (hit) out.push(hit);
  }
  if (venue && text.includes(' the ')) {
    // "in the Kremlin": the name alone (the match's last words) is the mention.
    const venues = scan(venue, text, offset, (phrase, _start, end) => {
      const name = phrase.replace(/^\w+ the /, '');
      return readPlace(g, text, offset, name, end - name.length, end);
    });
    if (venues.length) out = [...out, ...venues].sort((a, b) => a.start - b.start);
  }
  if (!text.includes(' capital')) return out;
  const capitals = scan(capital, text, offset, (word, start, end) => {
    const c = g.countryOf(word.slice(4, -8));
    const city = c ? g.countries.get(c.code)?.capital : null;
    return city ? { start, end, name: city, country: c!.code, kind: 'city' } : null;
  });
  return capitals.length ? [...out, ...capitals].sort((a, b) => a.start - b.start) : out;
}

export function findCountries(g: Gazetteer, text: string, offset: number): CountryMention[] {
  return scan(patterns(g).country, text, offset, (word, start, end) => {
    const c = g.countryOf(word);
    return c ? { start, end, code: c.code, rule: `country.${c.kind}` } : null;
  });
}
