// The gazetteer as lookup tables: people by name, surname and fuzzy surname; who held a role in a
// country on a date; countries by name, adjective and metonym; places; organisations.
import { distance } from 'fastest-levenshtein';
import { fold, dateBound, normPhrase, rememberFolds } from './fold.ts';
import { cachedValue } from '../data-cache.ts';
import { loadGazetteerData, type GazetteerData } from './load.ts';
import type { PersonEntry, RoleSpellEntry, CountryEntry, PlaceEntry, OrganisationEntry, RoleEntry } from './schema.ts';

/** Leaders by constitution where the head of government, not the president, leads (ARM after 2018, GEO). */
const DEFAULT_LEADER = 'president';

export class Gazetteer {
  readonly people = new Map<string, PersonEntry>();
  private readonly fullName = new Map<string, PersonEntry[]>();
  private readonly surname = new Map<string, PersonEntry[]>();
  private readonly surnameKeys: string[] = [];
  private readonly firstNames = new Set<string>();
  /** First words (folded) of every name of two words or more: a full name can only start with one. */
  private readonly nameStarts = new Set<string>();
  private readonly fuzzyMemo = new Map<string, PersonEntry[]>();
  /**
   * Who held a role for a country on a date: asked again and again for the same few descriptions.
   * By role, country and date in nested maps, so that a lookup builds no key string.
   */
  private holderMemo = new Map<string, Map<string, Map<string | null, PersonEntry[]>>>();
  private holderCount = 0;
  private readonly roleMemo = new Map<PersonEntry, Map<string | null, RoleSpellEntry | null>>();
  readonly countries = new Map<string, CountryEntry>();
  private readonly countryWord = new Map<string, { code: string; kind: 'name' | 'adjective' | 'metonym' }>();
  private readonly placeWord = new Map<string, PlaceEntry>();
  private readonly orgWord = new Map<string, OrganisationEntry>();
  readonly roles: RoleEntry[];
  /** Role phrases, longest first, with their role id. */
  readonly rolePhrases: Array<{ phrase: string; role: string }>;
  private readonly byRole = new Map<string, PersonEntry[]>();
  private readonly rolePhraseSet: Set<string>;

  constructor(readonly data: GazetteerData) {
    for (const p of data.people) {
      this.people.set(p.id, p);
      const names = [p.name, ...p.aliases];
      for (const n of names) {
        const words = n.trim().split(/\s+/);
        if (words.length > 1) {
          push(this.fullName, fold(n), p);
          this.firstNames.add(fold(words[0]));
          this.nameStarts.add(fold(n).split(' ')[0]);
        }
        push(this.surname, fold(words[words.length - 1]), p);
        // Compound surnames ("Bulbul Ogly", "von der Leyen") are also keyed as a whole.
        if (words.length > 2) push(this.surname, fold(words.slice(1).join(' ')), p);
      }
      for (const r of p.roles) push(this.byRole, r.role, p);
    }
    this.surnameKeys = [...this.surname.keys()].filter((k) => !k.includes(' ') && k.length >= 5);
    for (const c of data.countries) {
      this.countries.set(c.code, c);
      for (const n of [c.name, ...c.names]) this.countryWord.set(normPhrase(n), { code: c.code, kind: 'name' });
      for (const a of c.adjectives) this.countryWord.set(normPhrase(a), { code: c.code, kind: 'adjective' });
      for (const m of c.metonyms) {
        if (!this.countryWord.has(normPhrase(m))) this.countryWord.set(normPhrase(m), { code: c.code, kind: 'metonym' });
      }
    }
    for (const pl of data.places) for (const n of [pl.name, ...pl.aliases]) this.placeWord.set(normPhrase(n), pl);
    for (const o of data.organisations) for (const n of [o.id, o.name, ...o.aliases]) this.orgWord.set(normPhrase(n), o);
    this.roles = data.roles;
    this.rolePhrases = data.roles
      .flatMap((r) => r.phrases.map((phrase) => ({ phrase: normPhrase(phrase), role: r.id })))
      .sort((a, b) => b.phrase.length - a.phrase.length);
    this.rolePhraseSet = new Set(this.rolePhrases.map((r) => r.phrase));
  }

  byFullName(name: string): PersonEntry[] {
    return this.fullName.get(fold(name)) ?? [];
  }

  /** `key`: fold(name), when the caller has it already. */
  bySurname(name: string, key = fold(name)): PersonEntry[] {
    return this.surname.get(key) ?? [];
  }

  /** Known surnames within a small edit distance: "Mushustin" → Mishustin, "Averchuk" → Overchuk. */
  byFuzzySurname(word: string): PersonEntry[] {
    const key = fold(word);
    if (key.length < 5) return [];
    const memo = this.fuzzyMemo.get(key);
    if (memo) return memo;
    const found = this.fuzzyScan(key);
    if (this.fuzzyMemo.size > 100_000) this.fuzzyMemo.clear();
    this.fuzzyMemo.set(key, found);
    return found;
  }

  /** Is this a first name some person in the gazetteer has ("Sergei", "Jeihun")? */
  /** Whether a full name of two words or more can start with this word. */
  startsName(word: string): boolean {
    return this.nameStarts.has(fold(word).split(' ')[0]);
  }

  isFirstName(word: string, key = fold(word)): boolean {
    return this.firstNames.has(key);
  }

  private fuzzyScan(key: string): PersonEntry[] {
    const limit = key.length >= 8 ? 2 : 1;
    const out: PersonEntry[] = [];
    for (const k of this.surnameKeys) {
      if (Math.abs(k.length - key.length) > limit) continue;
      if (distance(k, key) <= limit) out.push(...(this.surname.get(k) ?? []));
    }
    return out;
  }

  /** The role a person held on a date (YYYY[-MM[-DD]]); without a date, the latest one. */
  roleAt(p: PersonEntry, date: string | null): RoleSpellEntry | null {
    if (p.roles.length === 0) return null;
    let byDate = this.roleMemo.get(p);
    if (!byDate) this.roleMemo.set(p, (byDate = new Map()));
    const memo = byDate.get(date);
    if (memo !== undefined) return memo;
    const found = this.roleScan(p, date);
    if (byDate.size > 1000) byDate.clear();
    byDate.set(date, found);
    return found;
  }

  private roleScan(p: PersonEntry, date: string | null): RoleSpellEntry | null {
    if (!date) return [...p.roles].sort((a, b) => (dateBound(b.from, false) ?? '').localeCompare(dateBound(a.from, false) ?? ''))[0];
    const active = p.roles.filter((r) => covers(r, date));
    if (active.length === 0) return null;
    return active.sort((a, b) => rank(this, a.role) - rank(this, b.role))[0];
  }

  /** Did the person hold the role on the date (YYYY[-MM[-DD]]: any day of a year or month)? */
  held(p: PersonEntry, role: string, date: string): boolean {
    return p.roles.some((r) => r.role === role && covers(r, date));
  }

  /** The role a phrase of running text ends with ("… Azerbaijan's foreign minister"), by its longest name; whole words only ("ahead" does not end with "head"). */
  roleEndingWith(text: string): string | null {
    const tail = text.toLowerCase().replace(/\s+/g, ' ').trim();
    return this.rolePhrases.find((r) => tail.endsWith(r.phrase) && !LETTER.test(tail.charAt(tail.length - r.phrase.length - 1)))?.role ?? null;
  }

  /** People who held `role` for `country` on `date`; organisation offices are never a country's. */
  holders(role: string, country: string, date: string | null): PersonEntry[] {
    let byCountry = this.holderMemo.get(role);
    if (!byCountry) this.holderMemo.set(role, (byCountry = new Map()));
    let byDate = byCountry.get(country);
    if (!byDate) byCountry.set(country, (byDate = new Map()));
    const memo = byDate.get(date);
    if (memo) return memo;
    const found = (this.byRole.get(role) ?? []).filter(
      (p) => p.country === country && p.roles.some((r) => r.role === role && !r.org && (date ? covers(r, date) : !r.to)),
    );
    if (++this.holderCount > 100_000) {
      this.holderMemo = new Map();
      this.holderCount = 0;
    }
    byDate.set(date, found);
    return found;
  }

  leaderRole(country: string): string {
    return this.countries.get(country)?.leader ?? DEFAULT_LEADER;
  }

  countryOf(word: string): { code: string; kind: 'name' | 'adjective' | 'metonym' } | undefined {
    return this.countryWord.get(normPhrase(word));
  }

  place(word: string): PlaceEntry | undefined {
    return this.placeWord.get(normPhrase(word));
  }

  organisation(word: string): OrganisationEntry | undefined {
    return this.orgWord.get(normPhrase(word));
  }

  isRolePhrase(phrase: string): boolean {
    return this.rolePhraseSet.has(phrase);
  }

  roleLevel(role: string): string {
    return this.roles.find((r) => r.id === role)?.level ?? 'other';
  }

  /** All words (lower-case) that name a country, for building the taggers' patterns. */
  countryWords(): string[] {
    return [...this.countryWord.keys()];
  }

  placeWords(): string[] {
    return [...this.placeWord.keys()];
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}

const LETTER = /\p{L}/u;

function covers(r: RoleSpellEntry, date: string): boolean {
  const from = dateBound(r.from, false);
  const to = dateBound(r.to, true);
  const lo = dateBound(date, false)!;
  const hi = dateBound(date, true)!;
  return (!from || from <= hi) && (!to || to >= lo);
}

function rank(g: Gazetteer, role: string): number {
  const order = ['head-of-state', 'head-of-government', 'minister', 'parliament', 'deputy', 'diplomat', 'other'];
  const i = order.indexOf(g.roleLevel(role));
  return i < 0 ? order.length : i;
}

let cached: Gazetteer | null = null;

/** Every name and name part the Gazetteer constructor folds (the same walk as there). */
function namesToFold(data: GazetteerData): string[] {
  const out: string[] = [];
  for (const p of data.people) {
    for (const n of [p.name, ...p.aliases]) {
      const words = n.trim().split(/\s+/);
      if (words.length > 1) out.push(n, words[0]);
      out.push(words[words.length - 1]);
      if (words.length > 2) out.push(words.slice(1).join(' '));
    }
  }
  return out;
}

/**
 * The gazetteer of the data directory, loaded once per process. Folding every name was a tenth of a
 * short `attache extract` (issue 19): the folded keys are read back from the data cache while the
 * names (and the code) are the ones they were made from.
 */
export function defaultGazetteer(): Gazetteer {
  if (!cached) {
    const data = loadGazetteerData();
    const names = namesToFold(data);
    rememberFolds(names, cachedValue('gazetteer-folds', names.join('\n'), () => names.map(fold)));
    cached = new Gazetteer(data);
  }
  return cached;
}
