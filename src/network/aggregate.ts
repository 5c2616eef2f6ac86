// The contact network computed by the database: contacts counted per node and per pair of nodes
// (GROUP BY), with the first event ids of each edge from a window function, instead of loading
// every event of the period. The result is the one `buildNetwork` gives for the same events (the
// first `max` of the filter in date order), checked by a test on a fixture store.
import { sql } from 'kysely';
import type { Store } from '../store/open.ts';
import { filteredContacts, inPeriod, type EventFilter } from '../store/queries.ts';
import { MAX_EDGE_EVENTS, sortNetwork, type Network, type NetworkEdge, type NetworkLevel, type NetworkNode } from './graph.ts';

export interface StoredNetwork extends Network {
  /** True when the filter selects more than `max` events; the network is that of the first `max`. */
  truncated: boolean;
}

/**
 * A level's members of the live contacts of the filter's period, as (contact_id, mid, label,
 * country). Member rows carry their contact's date and live flag (migration 0007), so the period is
 * a range of the (live, date) member index rather than one lookup per contact of the period.
 */
function membersOf(db: Store, level: NetworkLevel, f: EventFilter) {
  const q = level === 'country'
    ? db.selectFrom('contact_countries as m').select(['m.contact_id', 'm.code as mid', 'm.code as label', 'm.code as country'])
    : db.selectFrom('contact_participants as m').select(['m.contact_id', 'm.actor_id as mid', 'm.name as label', 'm.country']);
  return inPeriod(q.where('m.live', '=', 1), 'm.date', f);
}

export async function networkFromStore(db: Store, f: EventFilter, level: NetworkLevel, countryName: (code: string) => string = (c) => c, max = 50_000): Promise<StoredNetwork> {
  const q = await filteredContacts(db, f);
  if (!q) return { level, nodes: [], edges: [], truncated: false };
  const ordered = q.orderBy('contacts.date').orderBy('contacts.id');
  // The events the network is drawn from: the first `max` of the filter, as listEvents orders them.
  const picked = ordered.select(['contacts.id', 'contacts.date', 'contacts.type']).limit(max);
  const members = membersOf(db, level, f);
  const joined = sql`(${picked}) c JOIN (${members}) m ON m.contact_id = c.id`;
  const [beyond, nodeRows, edgeRows] = await Promise.all([
    ordered.select('contacts.id').offset(max).limit(1).execute(),
    // Per node: contacts, and the label and country of its first event (as reading events in order
    // gives). A member listed twice in one contact counts once; its label is then the smaller one.
    sql<{ mid: string; label: string; country: string | null; n: number }>`SELECT mid, label, country, n FROM (
      SELECT d.*, row_number() OVER (PARTITION BY mid ORDER BY date, id) AS rn, count(*) OVER (PARTITION BY mid) AS n FROM (
        SELECT c.id, c.date, m.mid, min(m.label) AS label, min(m.country) AS country FROM ${joined} GROUP BY c.id, c.date, m.mid) d) t
      WHERE rn = 1`.execute(db),
    // Per pair of nodes: the first MAX_EDGE_EVENTS contacts in date order, and one row per type
    // carrying that type's count.
    sql<{ x: string; y: string; type: string; id: number; rn: number; rt: number; nt: number }>`SELECT x, y, type, id, rn, rt, nt FROM (
      SELECT p.*, row_number() OVER (PARTITION BY x, y ORDER BY date, id) AS rn, row_number() OVER (PARTITION BY x, y, type ORDER BY date, id) AS rt,
        count(*) OVER (PARTITION BY x, y, type) AS nt FROM (
        SELECT DISTINCT c.id, c.date, c.type, a.mid AS x, b.mid AS y
        FROM (${picked}) c JOIN (${members}) a ON a.contact_id = c.id JOIN (${members}) b ON b.contact_id = c.id AND a.mid < b.mid) p) t
      WHERE rn <= ${MAX_EDGE_EVENTS} OR rt = 1 ORDER BY x, y, rn`.execute(db),
  ]);
  const nodes: NetworkNode[] = nodeRows.rows.map((r) =>
    level === 'country'
      ? { id: r.mid, label: countryName(r.mid), country: r.mid, contacts: Number(r.n) }
      : { id: r.mid, label: r.label, country: r.country, contacts: Number(r.n) },
  );
  const edges = new Map<string, NetworkEdge>();
  // An edge's ends in the order buildNetwork sorts members (localeCompare), whatever the engine's collation.
  const edgeOf = (x: string, y: string): NetworkEdge => {
    const [source, target] = x.localeCompare(y) <= 0 ? [x, y] : [y, x];
    const id = `${source}--${target}`;
    let e = edges.get(id);
    if (!e) edges.set(id, (e = { id, source, target, weight: 0, types: {}, events: [] }));
    return e;
  };
  for (const r of edgeRows.rows) {
    const e = edgeOf(r.x, r.y);
    if (Number(r.rt) === 1) {
      e.weight += Number(r.nt);
      e.types[r.type] = Number(r.nt);
    }
    if (Number(r.rn) <= MAX_EDGE_EVENTS) e.events.push(Number(r.id));
  }
  return { ...sortNetwork({ level, nodes, edges: [...edges.values()] }), truncated: beyond.length > 0 };
}
