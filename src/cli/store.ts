// Shared CLI plumbing for commands that use the database.
import type { Command } from 'commander';
import type { Store } from '../store/open.ts';
import type { EventDetail } from '../read-model/types.ts';
// The store's modules (better-sqlite3, pg, kysely) are loaded when a command opens a store, not
// when the CLI starts (issue 19: `--help` and `extract` never need them).

export function dbOption(c: Command): Command {
  return c.option('--db <path>', 'database file (default ./attache.db or $ATTACHE_DB)');
}

export async function withStore<T>(o: { db?: string }, fn: (db: Store) => Promise<T>): Promise<T> {
  const { openStore, dbPath } = await import('../store/open.ts');
  const db = await openStore(dbPath(o.db));
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

export function countries(s?: string): string[] | undefined {
  return s ? s.split(/[,\s]+/).filter(Boolean).map((c) => c.toUpperCase()) : undefined;
}

export function checkDate(name: string, s?: string): string | undefined {
  if (s && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) throw new Error(`${name} must be YYYY, YYYY-MM or YYYY-MM-DD, not '${s}'`);
  return s;
}

/** One event by id or uid; when there is none, says so on stderr and sets exit code 1. */
export async function eventOrComplain(o: { db?: string }, id: string): Promise<EventDetail | null> {
  const { getEvent } = await import('../read-model/queries.ts');
  const e = await withStore(o, (db) => getEvent(db, id));
  if (!e) {
    process.stderr.write(`no event ${id}\n`);
    process.exitCode = 1;
  }
  return e;
}
