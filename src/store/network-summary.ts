// Keeping the network summary (migration 0008) in step with the contacts: refreshContacts, the one
// write path, takes each contact's contribution before its rewrite away and adds the one after, as
// count deltas (n = n + delta; a row that reaches 0 is deleted). Counts are additive, so the tables
// stay exact under any sequence of corrections, merges, splits and re-extractions; a contact whose
// contribution did not change writes nothing.
import { sql } from 'kysely';
import type { Store } from './open.ts';
import { backfill } from './migrations/0008_network_summary.ts';

/** What a contact adds to the summary: nothing unless it is live, not rejected and dated to a month. */
export interface Contribution {
  live: number;
  status: string;
  date: string | null;
  type: string;
  /** Member ids as stored (duplicates allowed: a member counts once). */
  countries: string[];
  people: string[];
}

/** Whether a contact with this date, status and live flag is counted, and under which month. */
export function summaryMonth(c: Pick<Contribution, 'live' | 'status' | 'date'>): string | null {
  return c.live === 1 && c.status !== 'rejected' && c.date != null && c.date.length >= 7 ? c.date.slice(0, 7) : null;
}

type NodeKey = { level: string; month: string; type: string; node: string };
type EdgeKey = { level: string; month: string; type: string; source: string; target: string };

/** Count deltas for the summary tables, keyed by row. */
export class SummaryDelta {
  private nodes = new Map<string, NodeKey & { n: number }>();
  private edges = new Map<string, EdgeKey & { n: number }>();

  /** Adds (sign 1) or takes away (sign -1) a contact's contribution. */
  add(c: Contribution, sign: 1 | -1): void {
    const month = summaryMonth(c);
    if (!month) return;
    for (const [level, list] of [['country', c.countries], ['person', c.people]] as const) {
      // Code point order, as the backfill's COLLATE "C" (PostgreSQL) and SQLite's default order them.
      const ids = [...new Set(list)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const node of ids) bump(this.nodes, { level, month, type: c.type, node }, sign);
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) bump(this.edges, { level, month, type: c.type, source: ids[i], target: ids[j] }, sign);
      }
    }
  }

  async apply(db: Store): Promise<void> {
    await write(db, 'network_nodes', ['level', 'month', 'type', 'node'], [...this.nodes.values()].filter((r) => r.n !== 0));
    await write(db, 'network_edges', ['level', 'month', 'type', 'source', 'target'], [...this.edges.values()].filter((r) => r.n !== 0));
    this.nodes.clear();
    this.edges.clear();
  }
}

function bump<K extends Record<string, string>>(map: Map<string, K & { n: number }>, key: K, sign: number): void {
  const id = Object.values(key).join('\u0000');
  const row = map.get(id);
  if (row) row.n += sign;
  else map.set(id, { ...key, n: sign });
}

const UPSERT_ROWS = 500;
const DELETE_ROWS = 200;

async function write<R extends { n: number }>(db: Store, table: 'network_nodes' | 'network_edges', key: string[], rows: R[]): Promise<void> {
  for (let i = 0; i < rows.length; i += UPSERT_ROWS) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + UPSERT_ROWS) as never)
      .onConflict((oc) => oc.columns(key as never).doUpdateSet({ n: sql`${sql.ref(`${table}.n`)} + ${sql.ref('excluded.n')}` } as never))
      .execute();
  }
  // Only a row that was decremented can have reached 0.
  const lowered = rows.filter((r) => r.n < 0) as unknown as Array<Record<string, string>>;
  for (let i = 0; i < lowered.length; i += DELETE_ROWS) {
    const part = lowered.slice(i, i + DELETE_ROWS);
    await db
      .deleteFrom(table)
      .where('n', '<=', 0)
      .where((eb) => eb.or(part.map((r) => eb.and(key.map((k) => eb(sql.ref(k), '=', r[k]))))))
      .execute();
  }
}

/**
 * Recomputes the whole summary from the member rows, as migration 0008 fills it: for a store written
 * around refreshContacts (the benchmark's bulk load), and as the reference the tests compare with.
 */
export async function rebuildNetworkSummary(db: Store): Promise<void> {
  await db.deleteFrom('network_nodes').execute();
  await db.deleteFrom('network_edges').execute();
  await backfill(db);
}
