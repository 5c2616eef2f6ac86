// The SYNTHETIC corpus generator for scale tests. Each article is composed from templates
// (data/synth/templates.yaml), officials of the gazetteer who held office on the chosen date, and
// random dated contacts between them; each comes with the events it reports, in the exchange format
// of ../shared/eval/SCHEMA.md, so the scorer can check the extractor on it. Every article says in its
// first line that it is synthetic, and every name starts with `synthetic-`. Same seed, same corpus.
import type { Gazetteer } from '../gazetteer/index.ts';
import type { DocMeta } from '../ingest/read.ts';
import type { PersonEntry } from '../gazetteer/schema.ts';
import type { Templates } from './templates.ts';
import type { EventRecord } from '../types.ts';

/** An expected event, in the exchange format of shared/eval/SCHEMA.md; the templates make only these types. */
export type GoldEvent = EventRecord & { date: string; type: 'call' | 'meeting' | 'visit' };

export interface SynthDoc {
  name: string;
  text: string;
  meta: DocMeta;
  expected: GoldEvent[];
}

/** Who takes part: the main officials of the region's states and of a few partners. */
const ROLES = ['president', 'prime-minister', 'foreign-minister'];
const HOME = ['RUS', 'RUS', 'RUS', 'ARM', 'AZE', 'KAZ', 'BLR'];
const OTHERS = ['ARM', 'AZE', 'KAZ', 'BLR', 'KGZ', 'TJK', 'UZB', 'GEO', 'TUR', 'IRN', 'FRA', 'RUS'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAYS = 6 * 365;

/** A small seeded generator (mulberry32): the corpus must be reproducible from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Official {
  person: PersonEntry;
  country: string;
  label: string;
}

const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

export class Generator {
  private readonly rnd: () => number;

  constructor(private readonly g: Gazetteer, private readonly t: Templates, seed = 1) {
    this.rnd = seeded(seed);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)];
  }

  private official(country: string, date: string): Official | null {
    const role = this.pick(ROLES);
    const holders = this.g.holders(role, country, date);
    if (!holders.length) return null;
    const person = this.pick(holders);
    const adjective = this.g.countries.get(country)?.adjectives[0];
    const phrase = this.g.roles.find((r) => r.id === role)?.phrases[0];
    if (!adjective || !phrase) return null;
    return { person, country, label: `${adjective} ${titleCase(phrase)} ${person.name}` };
  }

  private fill(s: string, slots: Record<string, string>): string {
    return s.replace(/\{([A-Za-z.]+)\}/g, (_, k: string) => slots[k] ?? `{${k}}`);
  }

  /** One contact on a random day, or null when the gazetteer has no one in office for the pick. */
  private event(doc: string): { sentence: string; gold: GoldEvent } | null {
    const day = new Date(FIRST_DAY + Math.floor(this.rnd() * DAYS) * 86400000);
    const date = day.toISOString().slice(0, 10);
    const a = this.official(this.pick(HOME), date);
    const bCountry = this.pick(OTHERS.filter((c) => c !== a?.country));
    const b = a && this.official(bCountry, date);
    if (!a || !b) return null;
    const type = this.pick(['call', 'call', 'meeting', 'meeting', 'visit'] as const);
    const tpl = this.pick(this.t.events[type]);
    const host = type === 'visit' ? b.country : this.pick([a.country, b.country]);
    const city = this.g.countries.get(host)?.capital ?? null;
    const slots: Record<string, string> = {
      date: `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`,
      A: a.label, B: b.label, 'A.name': a.person.name, 'B.name': b.person.name,
      city: city ?? '', host: this.g.countries.get(host)?.name ?? host, topic: this.pick(this.t.topics),
      side: this.g.countries.get(a.country)?.adjectives[0] ?? a.country,
    };
    const sentence = this.fill(tpl.text, slots);
    const participants = type === 'visit' ? [a.person.name] : [a.person.name, b.person.name];
    return {
      sentence,
      gold: { doc, date, type, participants, countries: [a.country, b.country], initiator: tpl.initiator ? a.country : null, location: type === 'call' ? null : city, topics: [], evidence: sentence },
    };
  }

  /** Document number `i` (1-based): one to three contacts, each in its paragraph with a filler. */
  doc(i: number): SynthDoc {
    const name = `synthetic-${String(i).padStart(6, '0')}.txt`;
    const want = 1 + Math.floor(this.rnd() * 3);
    const events: Array<{ sentence: string; gold: GoldEvent }> = [];
    for (let tries = 0; events.length < want && tries < 50; tries++) {
      const e = this.event(name);
      if (!e) continue;
      const key = (x: GoldEvent) => `${x.type} ${[...x.participants].sort().join()}`;
      if (events.some((x) => key(x.gold) === key(e.gold))) continue;
      events.push(e);
    }
    events.sort((x, y) => x.gold.date.localeCompare(y.gold.date));
    const last = events[events.length - 1].gold;
    const published = new Date(Date.parse(last.date) + (1 + Math.floor(this.rnd() * 3)) * 86400000).toISOString().slice(0, 10);
    const surname = (p: string) => p.split(' ').slice(-1)[0];
    const headline = this.fill(this.pick(this.t.headlines), {
      'A.surname': surname(last.participants[0]),
      'B.surname': surname(last.participants[1] ?? last.location ?? ''),
      topic: this.pick(this.t.topics),
    });
    const paragraphs = events.map((e) => `${e.sentence} ${this.fill(this.pick(this.t.fillers), { topic: this.pick(this.t.topics) })}`);
    const text = [this.t.notice, '', headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    return { name, text, meta: { doc: name, published, outlet: `${this.pick(this.t.outlets)} (synthetic)`, lang: 'en', url: null }, expected: events.map((e) => e.gold) };
  }
}
