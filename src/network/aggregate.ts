// The contact network computed by the database: contacts counted per node and per pair of nodes
// (GROUP BY), with the first event ids of each edge from a window function, instead of loading
// every event of the period. The result is the one `buildNetwork` gives for the same events (the
// first `max` of the filter in date order), checked by a test on a fixture store.
import { sql, type RawBuilder } from 'kysely';
import type { Store } from '../store/open.ts';
import { filteredContacts, type EventFilter } from '../store/queries.ts';
import { MAX_EDGE_EVENTS, sortNetwork, type Network, type NetworkEdge, type NetworkLevel, type NetworkNode } from './graph.ts';

export interface StoredNetwork extends Network {
  /** True when the filter selects more than `max` events; the network is that of the first `max`. */
  truncated: boolean;
}

/** Members of contacts at one level: (contact, member id, label, country). */
function membersTable(level: NetworkLevel): RawBuilder<unknown> {
  return level === 'country'
    ? sql`(SELECT contact_id, code AS mid, code AS label, code AS country FROM contact_countries)`
    : sql`(SELECT contact_id, actor_id AS mid, name AS label, country FROM contact_participants)`;
}

export async function networkFromStore(db: Store, f: EventFilter, level: NetworkLevel, countryName: (code: string) => string = (c) => c, max = 50_000): Promise<StoredNetwork> {
  const q = await filteredContacts(db, f);
  if (!q) return { level, nodes: [], edges: [], truncated: false };
  const ordered = q.orderBy('contacts.date').orderBy('contacts.id');
  // The events the network is drawn from: the first `max` of the filter, as listEvents orders them.
  const picked = ordered.select(['contacts.id', 'contacts.date', 'contacts.type']).limit(max);
  const members = membersTable(level);
  const pairs = sql`(SELECT DISTINCT c.id, c.date, c.type, a.mid AS x, b.mid AS y
    FROM (${picked}) c JOIN ${members} a ON a.contact_id = c.id JOIN ${members} b ON b.contact_id = c.id AND a.mid < b.mid)`;
  const [beyond, counts, labels, weights, firsts] = await Promise.all([
    ordered.select('contacts.id').offset(max).limit(1).execute(),
    sql<{ mid: string; n: number }>`SELECT m.mid, count(DISTINCT c.id) AS n FROM (${picked}) c JOIN ${members} m ON m.contact_id = c.id GROUP BY m.mid`.execute(db),
    // A node's label and country are those of its first event, as when events are read in order.
    sql<{ mid: string; label: string; country: string | null }>`SELECT mid, label, country FROM (
      SELECT m.mid, m.label, m.country, row_number() OVER (PARTITION BY m.mid ORDER BY c.date, c.id) AS rn
      FROM (${picked}) c JOIN ${members} m ON m.contact_id = c.id) t WHERE rn = 1`.execute(db),
    sql<{ x: string; y: string; type: string; n: number }>`SELECT x, y, type, count(*) AS n FROM ${pairs} p GROUP BY x, y, type`.execute(db),
    sql<{ x: string; y: string; id: number }>`SELECT x, y, id FROM (
      SELECT x, y, id, row_number() OVER (PARTITION BY x, y ORDER BY date, id) AS rn FROM ${pairs} p) t
      WHERE rn <= ${MAX_EDGE_EVENTS} ORDER BY x, y, rn`.execute(db),
  ]);
  const labelOf = new Map(labels.rows.map((r) => [r.mid, r]));
  const nodes: NetworkNode[] = counts.rows.map((r) => {
    const l = labelOf.get(r.mid);
    return level === 'country'
      ? { id: r.mid, label: countryName(r.mid), country: r.mid, contacts: Number(r.n) }
      : { id: r.mid, label: l?.label ?? r.mid, country: l?.country ?? null, contacts: Number(r.n) };
  });
  const edges = new Map<string, NetworkEdge>();
  // An edge's ends in the order buildNetwork sorts members (localeCompare), whatever the engine's collation.
  const edgeOf = (x: string, y: string): NetworkEdge => {
    const [source, target] = x.localeCompare(y) <= 0 ? [x, y] : [y, x];
    const id = `${source}--${target}`;
    let e = edges.get(id);
    if (!e) edges.set(id, (e = { id, source, target, weight: 0, types: {}, events: [] }));
    return e;
  };
  for (const r of weights.rows) {
    const e = edgeOf(r.x, r.y);
    e.weight += Number(r.n);
    e.types[r.type] = Number(r.n);
  }
  for (const r of firsts.rows) edgeOf(r.x, r.y).events.push(Number(r.id));
  return { ...sortNetwork({ level, nodes, edges: [...edges.values()] }), truncated: beyond.length > 0 };
}
