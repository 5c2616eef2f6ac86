// Migration 0008: the contact network as per-month counts, kept by the write path
// (store/network-summary.ts, called by refreshContacts): contacts per node per month and type, and
// contacts per pair of nodes per month and type, at both levels (country: contact_countries codes;
// person: contact_participants actor ids). A network for a period whose only filters are the period
// and the type then sums a few rows per pair instead of aggregating every contact's members (issue
// 6's read targets at 1,000,000 events). Existing contacts are counted here, one INSERT … SELECT …
// GROUP BY per table and level.
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from '../portable.ts';

export const m0008: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('network_nodes')
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('node', 'text', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('network_nodes_pk', ['level', 'month', 'type', 'node'])
      .execute();
    await db.schema
      .createTable('network_edges')
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('network_edges_pk', ['level', 'month', 'type', 'source', 'target'])
      .execute();
    await backfill(db);
    // Statistics for the planner at once, as autovacuum would leave them later.
    await sql`ANALYZE network_nodes`.execute(db);
    await sql`ANALYZE network_edges`.execute(db);
  },
};

/**
 * Counts every contact already stored, one INSERT … SELECT per table and level, in key order: a
 * period's rows then lie together in the table (PostgreSQL reads a quarter's 25,000 person edges from
 * a few hundred pages instead of ten thousand).
 */
export async function backfill(db: Kysely<any>): Promise<void> {
  for (const level of ['country', 'person'] as const) {
    const q = summaryQueries(db, level);
    await sql`INSERT INTO network_nodes (level, month, type, node, n) ${q.nodes}`.execute(db);
    await sql`INSERT INTO network_edges (level, month, type, source, target, n) ${q.edges}`.execute(db);
  }
}

/**
 * The summary's rows computed from scratch from the member rows, for one level: what the backfill
 * inserts, and what a test compares the maintained tables with. A contact counts when it is live, not
 * rejected, and its date names a month (YYYY-MM or YYYY-MM-DD; a year alone or no date is never
 * counted); a member listed twice in one contact counts once. An edge's ends are ordered by code
 * point (COLLATE "C" on PostgreSQL, SQLite's default), as the write path orders them.
 */
export function summaryQueries(db: Kysely<any>, level: 'country' | 'person') {
  const members = sql.table(level === 'country' ? 'contact_countries' : 'contact_participants');
  const mid = sql.raw(level === 'country' ? 'code' : 'actor_id');
  const less = isPostgres(db) ? sql`a.${mid} < b.${mid} COLLATE "C"` : sql`a.${mid} < b.${mid}`;
  const counted = sql`c.live = 1 AND c.status <> 'rejected' AND length(c.date) >= 7`;
  return {
    nodes: sql<{ level: string; month: string; type: string; node: string; n: number }>`
      SELECT ${sql.lit(level)} AS level, substr(c.date, 1, 7) AS month, c.type AS type, m.${mid} AS node, count(DISTINCT c.id) AS n
      FROM contacts c JOIN ${members} m ON m.contact_id = c.id
      WHERE ${counted}
      GROUP BY substr(c.date, 1, 7), c.type, m.${mid}
      ORDER BY month, type, node`,
    edges: sql<{ level: string; month: string; type: string; source: string; target: string; n: number }>`
      SELECT ${sql.lit(level)} AS level, month, type, x AS source, y AS target, count(*) AS n FROM (
        SELECT DISTINCT c.id, substr(c.date, 1, 7) AS month, c.type AS type, a.${mid} AS x, b.${mid} AS y
        FROM contacts c JOIN ${members} a ON a.contact_id = c.id JOIN ${members} b ON b.contact_id = c.id AND ${less}
        WHERE ${counted}) p
      GROUP BY month, type, x, y
      ORDER BY month, type, source, target`,
  };
}
