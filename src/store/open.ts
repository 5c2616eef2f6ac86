// Opening a store: SQLite through better-sqlite3 (WAL, foreign keys), migrated to the latest schema.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { migrationProvider } from './migrations/index.ts';

export type Store = Kysely<Database>;

export const DEFAULT_DB = 'attache.db';

export function dbPath(option?: string): string {
  return option ?? process.env.ATTACHE_DB ?? DEFAULT_DB;
}

export async function openStore(path: string): Promise<Store> {
  if (/^postgres(?:ql)?:\/\//.test(path)) throw new Error('PostgreSQL stores are not available yet; use a SQLite file path');
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`could not migrate ${path}${failed ? ` (${failed})` : ''}: ${(error as Error).message}`);
  }
  return db;
}
