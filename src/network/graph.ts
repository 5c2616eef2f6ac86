// The contact network of a period: nodes are people (or countries), an edge joins two nodes that
// took part in the same contact, weighted by the number of contacts, with a count per event type.
// Built from event rows as data; layout and drawing are the client's business. An edge carries counts
// only: its contacts are listed on demand (/api/events?actors=a,b or ?country=X,Y).
import type { EventRow } from '../read-model/types.ts';

export type NetworkLevel = 'person' | 'country';

/**
 * Node ids are ordered by code point (an edge's ends, and ties between equal weights): the same on
 * every machine and in both engines' summary tables, and far cheaper than a locale's collation over a
 * network of 20,000 edges.
 */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface NetworkNode {
  id: string;
  label: string;
  country: string | null;
  /** Contacts this node took part in. */
  contacts: number;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  types: Record<string, number>;
}

export interface Network {
  level: NetworkLevel;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/**
 * A person's canonical name and country (the actors table). A person node is labelled with them, not
 * with the name of one of its events, so that a network summed from per-month counts (which keep no
 * event) and one built from events agree.
 */
export type ActorLookup = (id: string) => { name: string; country: string | null } | undefined;

interface Member {
  id: string;
  label: string;
  country: string | null;
}

/** A person node's label and country: the actor's, or its id when the actors table does not know it. */
export function personNode(id: string, actorOf: ActorLookup): Omit<Member, 'id'> {
  const a = actorOf(id);
  return { label: a?.name ?? id, country: a?.country ?? null };
}

function members(e: EventRow, level: NetworkLevel, countryName: (code: string) => string, actorOf?: ActorLookup): Member[] {
  const list =
    level === 'country'
      ? e.countries.map((c) => ({ id: c, label: countryName(c), country: c }))
      : e.participants.map((p) => ({ id: p.actor_id, ...(actorOf ? personNode(p.actor_id, actorOf) : { label: p.name, country: p.country }) }));
  const seen = new Set<string>();
  return list.filter((m) => !seen.has(m.id) && seen.add(m.id));
}

/**
 * The network of these events. Person nodes take the actor's name and country from `actorOf` when
 * given (as the stored network does), else the name of the node's first event.
 */
export function buildNetwork(events: EventRow[], level: NetworkLevel, countryName: (code: string) => string = (c) => c, actorOf?: ActorLookup): Network {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  for (const e of events) {
    const ms = members(e, level, countryName, actorOf).sort((a, b) => byCode(a.id, b.id));
    for (const m of ms) {
      const n = nodes.get(m.id) ?? { id: m.id, label: m.label, country: m.country, contacts: 0 };
      n.contacts++;
      nodes.set(m.id, n);
    }
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        const id = `${ms[i].id}--${ms[j].id}`;
        const edge = edges.get(id) ?? { id, source: ms[i].id, target: ms[j].id, weight: 0, types: {} };
        edge.weight++;
        edge.types[e.type] = (edge.types[e.type] ?? 0) + 1;
        edges.set(id, edge);
      }
    }
  }
  return sortNetwork({ level, nodes: [...nodes.values()], edges: [...edges.values()] });
}

/**
 * Nodes by contacts and edges by weight, the heaviest first; ties by id, and for edges by source then
 * target (their ends' order). A person network of a quarter has tens of thousands of edges of a few
 * weights: each weight's edges are ordered as numbers (each end's rank among the ends' ids, sorted
 * once, packed with the edge's index into one float) by the typed array's own sort, which is several
 * times faster than a comparator over the joined ids.
 */
export function sortNetwork(net: Network): Network {
  const nodes = [...net.nodes].sort((a, b) => b.contacts - a.contacts || byCode(a.id, b.id));
  const edges = net.edges;
  const rank = new Map<string, number>();
  for (const e of edges) {
    rank.set(e.source, 0);
    rank.set(e.target, 0);
  }
  const ends = [...rank.keys()].sort(byCode);
  for (let i = 0; i < ends.length; i++) rank.set(ends[i], i);
  const n = edges.length;
  const pair = new Float64Array(n);
  const byWeight = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const e = edges[i];
    pair[i] = rank.get(e.source)! * ends.length + rank.get(e.target)!;
    let bucket = byWeight.get(e.weight);
    if (!bucket) byWeight.set(e.weight, (bucket = []));
    bucket.push(i);
  }
  // pair * n + index is exact below 2^53; beyond that (networks far larger than any here) a comparator.
  const packed = ends.length * ends.length * n < 2 ** 53;
  const out: NetworkEdge[] = [];
  for (const w of [...byWeight.keys()].sort((a, b) => b - a)) {
    const bucket = byWeight.get(w)!;
    if (packed) {
      const keys = new Float64Array(bucket.length);
      for (let k = 0; k < bucket.length; k++) keys[k] = pair[bucket[k]] * n + bucket[k];
      keys.sort();
      for (const key of keys) out.push(edges[key % n]);
    } else {
      for (const i of bucket.sort((i, j) => pair[i] - pair[j] || i - j)) out.push(edges[i]);
    }
  }
  return { level: net.level, nodes, edges: out };
}
