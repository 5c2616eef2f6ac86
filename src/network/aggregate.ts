// The contact network computed by the database, two ways with one answer:
// - a period (and optionally a type) alone: summed from the per-month counts the write path keeps
//   (migration 0008, store/network-summary.ts) for the months the period covers whole, plus the live
//   aggregation of the contacts of a partial month at either end (counts are additive);
// - any other filter (countries, actor, document, text, rejected events), or a period with more than
//   `max` events: contacts counted per node and per pair of nodes and type (GROUP BY) over the first
//   `max` events of the filter in date order.
// Either result equals `buildNetwork` over the same events with the actors' names (tested).
import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Store } from '../store/open.ts';
import type { Database } from '../store/schema.ts';
import { isPostgres } from '../store/portable.ts';
import { filteredContacts, inPeriod } from '../read-model/queries.ts';
import type { EventFilter } from '../read-model/types.ts';
import { personNode, sortNetwork, type ActorLookup, type Network, type NetworkEdge, type NetworkLevel, type NetworkNode } from './graph.ts';

export interface StoredNetwork extends Network {
  /** True when the filter selects more than `max` events; the network is that of the first `max`. */
  truncated: boolean;
}

/** Contacts per node, and per pair of nodes (in either order) and type; a pair and type may come in several rows, to be summed. */
interface Counts {
  nodes: Array<{ mid: string; n: number }>;
  edges: EdgeRow[];
}

type EdgeRow = { x: string; y: string; type: string; n: number };

/**
 * A level's members of the live contacts of the filter's period, as (contact_id, mid). Member rows
 * carry their contact's date and live flag (migration 0007), so the period is a range of the
 * (live, date) member index rather than one lookup per contact of the period.
 */
function membersOf(db: Store, level: NetworkLevel, f: EventFilter) {
  const q = level === 'country'
    ? db.selectFrom('contact_countries as m').select(['m.contact_id', 'm.code as mid'])
    : db.selectFrom('contact_participants as m').select(['m.contact_id', 'm.actor_id as mid']);
  return inPeriod(q.where('m.live', '=', 1), 'm.date', f);
}

/** Counts over the contacts `picked` selects (columns id, type). A member listed twice in one contact counts once. */
async function liveCounts(db: Store, picked: SelectQueryBuilder<Database, 'contacts', { id: number; type: string }>, level: NetworkLevel, f: EventFilter): Promise<Counts> {
  const members = membersOf(db, level, f);
  const [nodes, edges] = await Promise.all([
    sql<{ mid: string; n: number }>`SELECT m.mid, count(DISTINCT c.id) AS n FROM (${picked}) c JOIN (${members}) m ON m.contact_id = c.id GROUP BY m.mid`.execute(db),
    sql<EdgeRow>`SELECT x, y, type, count(*) AS n FROM (
      SELECT DISTINCT c.id, c.type, a.mid AS x, b.mid AS y
      FROM (${picked}) c JOIN (${members}) a ON a.contact_id = c.id JOIN (${members}) b ON b.contact_id = c.id AND a.mid < b.mid) p
      GROUP BY x, y, type`.execute(db),
  ]);
  return { nodes: nodes.rows, edges: edges.rows };
}

/** Separators of the packed summary rows: between fields, between rows (ids never hold control characters). */
const ROW = '\u0002';
const SEPARATORS = /[\u0001\u0002]/;

/**
 * Counts of whole months [first, last] from the summary tables, one row per month, pair and type,
 * summed here rather than by a GROUP BY (which costs the server more than reading the rows). A
 * quarter at person level is ~24,000 rows: on PostgreSQL they come back as one text (string_agg)
 * split here, since pg turning 24,000 rows into objects costs several times the scan. Ids holding
 * the separators (control characters) fall back to rows.
 */
async function summaryCounts(db: Store, level: NetworkLevel, [first, last]: [string, string], type: string | undefined): Promise<Counts> {
  const of = type ? sql`AND type = ${type}` : sql``;
  const rows = sql<EdgeRow>`SELECT source AS x, target AS y, type, n FROM network_edges WHERE level = ${level} AND month >= ${first} AND month <= ${last} ${of}`;
  const [nodes, edges] = await Promise.all([
    sql<{ mid: string; n: number }>`SELECT node AS mid, sum(n) AS n FROM network_nodes WHERE level = ${level} AND month >= ${first} AND month <= ${last} ${of} GROUP BY node`.execute(db),
    isPostgres(db) ? packedRows(db, rows) : rows.execute(db).then((r) => r.rows),
  ]);
  return { nodes: nodes.rows, edges };
}

async function packedRows(db: Store, rows: RawBuilder<EdgeRow>): Promise<EdgeRow[]> {
  const { rows: [r] } = await sql<{ packed: string | null }>`SELECT string_agg(x || chr(1) || y || chr(1) || type || chr(1) || n, chr(2)) AS packed FROM (${rows}) t`.execute(db);
  if (!r?.packed) return [];
  // One split over both separators: four fields per row, in order, without an array per row.
  const v = r.packed.split(SEPARATORS);
  let rowCount = 1;
  for (let at = r.packed.indexOf(ROW); at >= 0; at = r.packed.indexOf(ROW, at + 1)) rowCount++;
  if (v.length !== rowCount * 4) return (await rows.execute(db)).rows;
  const out: EdgeRow[] = new Array(rowCount);
  for (let i = 0, k = 0; k < rowCount; i += 4, k++) out[k] = { x: v[i], y: v[i + 1], type: v[i + 2], n: +v[i + 3] };
  return out;
}
const MONTH = /^\d{4}-\d{2}$/;

function shiftMonth(m: string, by: number): string {
  const d = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

function lastDay(m: string): string {
  return `${m}-${String(new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).getUTCDate()).padStart(2, '0')}`;
}

export interface SummaryPlan {
  /** The months the period covers whole, first and last (YYYY-MM), or null when there is none. */
  months: [string, string] | null;
  /** The partial months at the ends, each as a filter selecting exactly the period's part of it. */
  partial: EventFilter[];
}

/**
 * How a filter is read from the summary, or null when it cannot be: only a period (with a start of
 * at least a month: a year-only start also selects year-only dates, which no month counts) and a type;
 * the summary keeps no confidence, so a minimum (migration 0014) is read from the contacts.
 * `inPeriod` takes a month-dated contact when its month overlaps the period, a day-dated one when the
 * day is in it; a month is whole when every date in it passes both bounds.
 */
export function summaryPlan(f: EventFilter): SummaryPlan | null {
  if (!f.from || f.actor || f.actors?.length || f.countries?.length || f.doc || f.q !== undefined || f.includeRejected || f.status?.length || f.minConfidence != null) return null;
  const fm = f.from.slice(0, 7);
  if (!MONTH.test(fm)) return null;
  let tm = '9999-12';
  let endWhole = true;
  if (f.to !== undefined) {
    tm = f.to.length === 4 ? `${f.to}-12` : f.to.slice(0, 7);
    if (!MONTH.test(tm)) return null;
    endWhole = f.to.length <= 7 || f.to >= lastDay(tm);
  }
  const startWhole = f.from.length === 7 || f.from <= `${fm}-01`;
  if (fm > tm || (fm === tm && !(startWhole && endWhole))) return null;
  const partial: EventFilter[] = [];
  let first = fm;
  let last = tm;
  if (!startWhole) {
    partial.push({ type: f.type, from: f.from, to: `${fm}-31` });
    first = shiftMonth(fm, 1);
  }
  if (!endWhole) {
    partial.push({ type: f.type, from: tm, to: f.to });
    last = shiftMonth(tm, -1);
  }
  return { months: first <= last ? [first, last] : null, partial };
}

/** Names and countries of these actors, from the actors table. */
export async function actorsById(db: Store, ids: string[]): Promise<ActorLookup> {
  const byId = new Map<string, { name: string; country: string | null }>();
  for (let i = 0; i < ids.length; i += 1000) {
    for (const a of await db.selectFrom('actors').select(['id', 'name', 'country']).where('id', 'in', ids.slice(i, i + 1000)).execute()) byId.set(a.id, a);
  }
  return (id) => byId.get(id);
}

async function assemble(db: Store, level: NetworkLevel, countryName: (code: string) => string, parts: Counts[], truncated: boolean): Promise<StoredNetwork> {
  const contacts = new Map<string, number>();
  for (const p of parts) for (const r of p.nodes) contacts.set(r.mid, (contacts.get(r.mid) ?? 0) + Number(r.n));
  const actorOf = level === 'person' ? await actorsById(db, [...contacts.keys()]) : () => undefined;
  const nodes: NetworkNode[] = [...contacts].map(([id, n]) =>
    level === 'country' ? { id, label: countryName(id), country: id, contacts: n } : { id, ...personNode(id, actorOf), contacts: n },
  );
  // Edges by source, then target: a lookup needs no joined key, and the id is made once per edge.
  const bySource = new Map<string, Map<string, NetworkEdge>>();
  const edges: NetworkEdge[] = [];
  for (const p of parts) {
    for (const r of p.edges) {
      // An edge's ends in the order buildNetwork sorts members (code point), whatever the engine's collation.
      const swap = r.x > r.y;
      const source = swap ? r.y : r.x;
      const target = swap ? r.x : r.y;
      let row = bySource.get(source);
      if (!row) bySource.set(source, (row = new Map()));
      let e = row.get(target);
      if (!e) {
        row.set(target, (e = { id: `${source}--${target}`, source, target, weight: 0, types: {} }));
        edges.push(e);
      }
      const n = Number(r.n);
      e.weight += n;
      e.types[r.type] = (e.types[r.type] ?? 0) + n;
    }
  }
  return { ...sortNetwork({ level, nodes, edges }), truncated };
}

export async function networkFromStore(db: Store, f: EventFilter, level: NetworkLevel, countryName: (code: string) => string = (c) => c, max = 50_000): Promise<StoredNetwork> {
  const q = await filteredContacts(db, f);
  if (!q) return { level, nodes: [], edges: [], truncated: false };
  const ordered = q.orderBy('contacts.date').orderBy('contacts.id');
  const beyond = ordered.select('contacts.id').offset(max).limit(1).execute();
  const plan = summaryPlan(f);
  if (plan) {
    const [over, ...parts] = await Promise.all([
      beyond,
      plan.months ? summaryCounts(db, level, plan.months, f.type) : { nodes: [], edges: [] },
      ...plan.partial.map(async (pf) => liveCounts(db, (await filteredContacts(db, pf))!.select(['contacts.id', 'contacts.type']), level, pf)),
    ]);
    // More than `max` events: the network is that of the first `max`, which only the live path gives.
    if (over.length === 0) return assemble(db, level, countryName, parts, false);
  }
  // The events the network is drawn from: the first `max` of the filter, as listEvents orders them.
  const picked = ordered.select(['contacts.id', 'contacts.type']).limit(max);
  const [counts, over] = await Promise.all([liveCounts(db, picked, level, f), beyond]);
  return assemble(db, level, countryName, [counts], over.length > 0);
}
