// How well accounts are joined into contacts, measured against gold annotations: the gold records of
// several documents that tell one real event are grouped (the same type, the same date at the coarser
// precision, the same states, and people overlapping as the shared scorer has them overlap: Jaccard
// >= 0.5 on folded surnames; a summit by its city or its people, not its states); two records of one
// document are never one real event (the annotation gave them apart); each stored account is paired with a gold record of its own document the way the
// scorer pairs them (best first, one to one); then
//   - a duplicate is a contact more than needed for one real event (its accounts spread over n
//     contacts count n - 1), and
//   - a wrong join is a contact holding accounts of two or more different real events.
// Pure: the caller reads the gold and the store.
import { jaccard, pairScore as scorerPairScore, personKeys, sameStates } from '../eval/pairing.ts';

export interface GoldRecord {
  doc: string;
  date: string | null;
  type: string;
  location?: string | null;
  participants: string[];
  countries: string[];
}

export interface StoredContact {
  id: number;
  accounts: Array<{ doc: string; date: string | null; type: string; participants: string[]; countries: string[] }>;
}

export interface JoiningResult {
  /** Real events (groups of gold records) told by more than one document. */
  multiDocument: number;
  /** Of these, how many have their matched accounts in exactly one contact. */
  joined: number;
  duplicates: number;
  wrongJoins: number;
  /** Examples for people: each duplicate's real event and its contacts; each wrong join's contact and events. */
  duplicateExamples: Array<{ event: string; contacts: number[] }>;
  wrongJoinExamples: Array<{ contact: number; events: string[] }>;
}

/** Two gold records of different documents tell the same real event. */
function sameRealEvent(a: GoldRecord, b: GoldRecord): boolean {
  if (!a.date || !b.date) return false;
  if (!a.date.startsWith(b.date) && !b.date.startsWith(a.date)) return false;
  // The annotation gives a summit and the meeting on its sidelines, a visit and the talks during it,
  // as two records (CONVENTIONS 2, 3): records of other types are other events.
  if (a.type !== b.type) return false;
  const ka = personKeys(a.participants);
  const kb = personKeys(b.participants);
  // A summit's states are those of the people a text names there (CONVENTIONS 2): one report names
  // the host alone, another twenty leaders. The same city and someone in common make it one; without
  // the city, people overlapping as the scorer has them overlap.
  if (a.type === 'summit') {
    if (a.location && b.location) return a.location.toLowerCase() === b.location.toLowerCase() && (ka.size === 0 || kb.size === 0 || [...ka].some((k) => kb.has(k)));
    return ka.size > 0 && kb.size > 0 && jaccard(ka, kb) >= 0.5;
  }
  // A trilateral and a bilateral of one day are two events: the states must be the same.
  if (!sameStates(a.countries, b.countries)) return false;
  // A record that names nobody ("the foreign ministers of the three countries met") is told by its
  // states: the same states that day are the same event.
  return ka.size === 0 || kb.size === 0 ? true : jaccard(ka, kb) >= 0.5;
}

/** The scorer's pair score of a gold record and a predicted account (eval/pairing.ts), an exact date breaking ties; -1 when they cannot pair. */
function pairScore(g: GoldRecord, p: StoredContact['accounts'][number]): number {
  const s = scorerPairScore(g, p);
  return s < 0 ? s : s + (g.date === p.date ? 0.25 : 0);
}

export function measureJoining(gold: GoldRecord[], contacts: StoredContact[]): JoiningResult {
  // Real events: union of gold records across documents.
  const parent = gold.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Each real event's documents: a union that would put two records of one document together is not made.
  const docsIn = gold.map((g) => new Set([g.doc]));
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      if (gold[i].doc === gold[j].doc || !sameRealEvent(gold[i], gold[j])) continue;
      const [ri, rj] = [find(i), find(j)];
      if (ri === rj || [...docsIn[ri]].some((d) => docsIn[rj].has(d))) continue;
      parent[ri] = rj;
      for (const d of docsIn[ri]) docsIn[rj].add(d);
    }
  }
  const label = (i: number) => {
    const g = gold[find(i)];
    return `${g.date} ${g.type} ${g.participants.join('–') || g.countries.join('–')}`;
  };
  // Accounts paired with the gold of their document.
  const accounts = contacts.flatMap((c) => c.accounts.map((a) => ({ contact: c.id, a })));
  const realOf = new Map<number, number>(); // account index → real event (root gold index)
  const docs = new Set(gold.map((g) => g.doc));
  for (const doc of docs) {
    const gi = gold.map((g, i) => [g, i] as const).filter(([g]) => g.doc === doc);
    const pi = accounts.map((x, i) => [x, i] as const).filter(([x]) => x.a.doc === doc);
    const cand: Array<[number, number, number]> = [];
    for (const [g, i] of gi) for (const [x, j] of pi) {
      const s = pairScore(g, x.a);
      if (s >= 0) cand.push([s, i, j]);
    }
    cand.sort((a, b) => b[0] - a[0]);
    const gUsed = new Set<number>();
    const pUsed = new Set<number>();
    for (const [, i, j] of cand) {
      if (gUsed.has(i) || pUsed.has(j)) continue;
      gUsed.add(i);
      pUsed.add(j);
      realOf.set(j, find(i));
    }
  }
  const contactsOfReal = new Map<number, Set<number>>();
  const realsOfContact = new Map<number, Set<number>>();
  for (const [j, r] of realOf) {
    const c = accounts[j].contact;
    (contactsOfReal.get(r) ?? contactsOfReal.set(r, new Set()).get(r)!).add(c);
    (realsOfContact.get(c) ?? realsOfContact.set(c, new Set()).get(c)!).add(r);
  }
  const docsOfReal = new Map<number, Set<string>>();
  gold.forEach((g, i) => (docsOfReal.get(find(i)) ?? docsOfReal.set(find(i), new Set()).get(find(i))!).add(g.doc));
  const multi = [...docsOfReal].filter(([, d]) => d.size > 1).map(([r]) => r);
  const duplicateExamples = [...contactsOfReal].filter(([, cs]) => cs.size > 1).map(([r, cs]) => ({ event: label(r), contacts: [...cs].sort((a, b) => a - b) }));
  const wrongJoinExamples = [...realsOfContact].filter(([, rs]) => rs.size > 1).map(([c, rs]) => ({ contact: c, events: [...rs].map(label) }));
  return {
    multiDocument: multi.length,
    joined: multi.filter((r) => contactsOfReal.get(r)?.size === 1).length,
    duplicates: duplicateExamples.reduce((n, d) => n + d.contacts.length - 1, 0),
    wrongJoins: wrongJoinExamples.length,
    duplicateExamples,
    wrongJoinExamples,
  };
}
