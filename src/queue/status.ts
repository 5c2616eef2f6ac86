// What the queue holds: how many extraction jobs are in each state, and the dead-letter list (the
// documents that failed every attempt, with the last error). pg-boss has no listing call, so this
// reads its tables (schema `pgboss`) directly, read-only.
import type PgBoss from 'pg-boss';
import { QUEUE, DEAD_LETTER } from './boss.ts';

export interface QueueStatus {
  states: Record<'created' | 'retry' | 'active' | 'completed' | 'failed' | 'cancelled', number>;
  dead: DeadJob[];
}

export interface DeadJob {
  id: string;
  document: string;
  file: string;
  error: string;
  attempts: number;
  failedOn: string;
}

export async function queueStatus(boss: PgBoss, limit = 1000): Promise<QueueStatus> {
  const db = boss.getDb();
  const states: QueueStatus['states'] = { created: 0, retry: 0, active: 0, completed: 0, failed: 0, cancelled: 0 };
  const counts = await db.executeSql(
    `SELECT state::text, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state
     UNION ALL SELECT state::text, count(*)::int FROM pgboss.archive WHERE name = $1 GROUP BY state`,
    [QUEUE],
  );
  for (const r of counts.rows as Array<{ state: keyof QueueStatus['states']; n: number }>) states[r.state] += r.n;
  // A dead-letter job carries the original job's data and output (the last error).
  const dead = await db.executeSql(
    `SELECT id::text, data->>'file' AS file, data->'meta'->>'doc' AS document, output->>'message' AS error,
            retry_limit AS attempts, created_on
     FROM pgboss.job WHERE name = $1 ORDER BY created_on DESC LIMIT $2`,
    [DEAD_LETTER, limit],
  );
  return {
    states,
    dead: (dead.rows as Array<{ id: string; file: string; document: string | null; error: string | null; attempts: number; created_on: Date }>).map((r) => ({
      id: r.id,
      document: r.document ?? r.file,
      file: r.file,
      error: r.error ?? 'unknown error',
      attempts: r.attempts + 1,
      failedOn: r.created_on.toISOString(),
    })),
  };
}
