// The contact network of a period: nodes are people (or countries), an edge joins two nodes that
// took part in the same contact, weighted by the number of contacts, with a count per event type.
// Built from event rows as data; layout and drawing are the client's business.
import type { EventRow } from '../store/queries.ts';

export type NetworkLevel = 'person' | 'country';

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
  /** Ids of the contacts on this edge, the first `MAX_EDGE_EVENTS` of them, for click-through. */
  events: number[];
}

export interface Network {
  level: NetworkLevel;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** An edge keeps this many event ids; the weight still counts all of them. */
export const MAX_EDGE_EVENTS = 100;

interface Member {
  id: string;
  label: string;
  country: string | null;
}

function members(e: EventRow, level: NetworkLevel, countryName: (code: string) => string): Member[] {
  const list =
    level === 'country'
      ? e.countries.map((c) => ({ id: c, label: countryName(c), country: c }))
      : e.participants.map((p) => ({ id: p.actor_id, label: p.name, country: p.country }));
  const seen = new Set<string>();
  return list.filter((m) => !seen.has(m.id) && seen.add(m.id));
}

export function buildNetwork(events: EventRow[], level: NetworkLevel, countryName: (code: string) => string = (c) => c): Network {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  for (const e of events) {
    const ms = members(e, level, countryName).sort((a, b) => a.id.localeCompare(b.id));
    for (const m of ms) {
      const n = nodes.get(m.id) ?? { id: m.id, label: m.label, country: m.country, contacts: 0 };
      n.contacts++;
      nodes.set(m.id, n);
    }
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        const id = `${ms[i].id}--${ms[j].id}`;
        const edge = edges.get(id) ?? { id, source: ms[i].id, target: ms[j].id, weight: 0, types: {}, events: [] };
        edge.weight++;
        edge.types[e.type] = (edge.types[e.type] ?? 0) + 1;
        if (edge.events.length < MAX_EDGE_EVENTS) edge.events.push(e.id);
        edges.set(id, edge);
      }
    }
  }
  return sortNetwork({ level, nodes: [...nodes.values()], edges: [...edges.values()] });
}

/** Nodes by contacts and edges by weight, the heaviest first; ties by id. */
export function sortNetwork(net: Network): Network {
  const byWeight = <T extends { id: string }>(w: (x: T) => number) => (a: T, b: T) => w(b) - w(a) || a.id.localeCompare(b.id);
  return {
    level: net.level,
    nodes: [...net.nodes].sort(byWeight((n) => n.contacts)),
    edges: [...net.edges].sort(byWeight((x) => x.weight)),
  };
}
