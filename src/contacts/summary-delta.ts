// What a contact adds to the network summary (migration 0008), as count deltas: refreshContacts
// takes each contact's contribution before its rewrite away and adds the one after (n = n + delta).
// Counts are additive, so the tables stay exact under any sequence of corrections, merges, splits and
// re-extractions; a contact whose contribution did not change adds nothing. Pure: the store writes the
// deltas (store/network-summary.ts).

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

export type NodeKey = { level: string; month: string; type: string; node: string };
export type EdgeKey = { level: string; month: string; type: string; source: string; target: string };

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

  /** The rows whose count changes, with the change (n), and an empty delta after them. */
  take(): { nodes: Array<NodeKey & { n: number }>; edges: Array<EdgeKey & { n: number }> } {
    const out = { nodes: [...this.nodes.values()].filter((r) => r.n !== 0), edges: [...this.edges.values()].filter((r) => r.n !== 0) };
    this.nodes.clear();
    this.edges.clear();
    return out;
  }
}

function bump<K extends Record<string, string>>(map: Map<string, K & { n: number }>, key: K, sign: number): void {
  const id = Object.values(key).join('\u0000');
  const row = map.get(id);
  if (row) row.n += sign;
  else map.set(id, { ...key, n: sign });
}
