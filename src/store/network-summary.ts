// Keeping the network summary (migration 0008) in step with the contacts: refreshContacts, the one
// write path, works out each contact's change as count deltas (contacts/summary-delta.ts); they are
// written here (n = n + delta; a row that reaches 0 is deleted).
import { sql } from 'kysely';
import type { Store } from './schema.ts';
import { backfill } from './migrations/0008_network_summary.ts';
import type { SummaryDelta } from '../contacts/summary-delta.ts';

/** Writes a delta's changed counts (contacts/summary-delta.ts) and empties it. */
export async function applySummaryDelta(db: Store, delta: SummaryDelta): Promise<void> {
  const { nodes, edges } = delta.take();
  await write(db, 'network_nodes', ['level', 'month', 'type', 'node'], nodes);
  await write(db, 'network_edges', ['level', 'month', 'type', 'source', 'target'], edges);
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
