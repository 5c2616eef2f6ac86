// Opening a store: a SQLite file through better-sqlite3 (WAL, foreign keys), or a PostgreSQL
// database through pg when the location is a postgres:// URL; either way migrated to the latest
// schema by the same migrations.
//
// On PostgreSQL a write transaction first takes one advisory lock, so transactions that write run
// one at a time across all processes, as SQLite's single writer does: linking an account to a
// contact reads before it writes, and without the lock two workers storing two reports of one
// contact at once would each start a new contact. The bulk write of documents needs no such order
// (rows are keyed by content hash and stable uids), so it runs inside `withoutWriteLock` and takes
// the lock itself, with `takeWriteLock`, only for the part that links accounts to contacts.
import { openSync, closeSync, statSync, unlinkSync } from 'node:fs';
import { AsyncLocalStorage } from 'node:async_hooks';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  CompiledQuery, Kysely, sql, Migrator, PostgresAdapter, PostgresDriver, PostgresIntrospector, PostgresQueryCompiler, SqliteDialect,
  type DatabaseConnection, type Dialect, type TransactionSettings,
} from 'kysely';
import type { Database, Store } from './schema.ts';
import { migrationProvider } from './migrations/index.ts';

// The connection type lives with the schema, so the store's modules need not import this one.
export type { Store };

export const DEFAULT_DB = 'attache.db';

const PG_URL = /^postgres(?:ql)?:\/\//;

export function dbPath(option?: string): string {
  return option ?? process.env.ATTACHE_DB ?? DEFAULT_DB;
}

/** True when a --db value names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return PG_URL.test(location);
}

// COUNT(*) and other bigint results arrive as strings by default; counts in this store fit a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface OpenOptions {
  /** Largest number of PostgreSQL connections this process keeps (default 10). */
  poolSize?: number;
}

/** Key of the advisory lock that write transactions take (any constant unlikely to clash). */
export const WRITE_LOCK = 0x61747461;

/** Set while a caller runs transactions that take the write lock themselves, late. */
const lateLock = new AsyncLocalStorage<true>();

class OneWriterDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await super.beginTransaction(connection, settings);
    if (!lateLock.getStore()) await connection.executeQuery(CompiledQuery.raw('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]));
  }
}

/**
 * Runs `fn` with transactions that do not take the write lock when they begin: each must call
 * `takeWriteLock` before it reads anything that decides a contact (and holds it until it ends).
 */
export function withoutWriteLock<T>(fn: () => Promise<T>): Promise<T> {
  return lateLock.run(true, fn);
}

/** Takes the write lock inside a transaction (PostgreSQL; SQLite has one writer anyway). Re-entrant. */
export async function takeWriteLock(tx: Kysely<Database>): Promise<void> {
  if (tx.getExecutor().adapter instanceof PostgresAdapter) await sql`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`.execute(tx);
}

function postgresDialect(pool: pg.Pool): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new OneWriterDriver({ pool }),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

/**
 * Switches a store to write-ahead logging. Several processes opening a new store at once race for it:
 * SQLite answers SQLITE_BUSY at once, without the busy timeout, where waiting could deadlock (two
 * readers both asking to write), so the loser waits a little and tries again.
 */
function walMode(sqlite: SQLite.Database): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 1; ; attempt++) {
    try {
      sqlite.pragma('journal_mode = WAL');
      return;
    } catch (e) {
      if (!String((e as { code?: string }).code).startsWith('SQLITE_BUSY') || attempt >= 200) throw e;
      Atomics.wait(pause, 0, 0, 10 + Math.floor(Math.random() * 40));
    }
  }
}

function dialect(location: string, opts: OpenOptions): Dialect {
  if (isPostgresUrl(location)) {
    return postgresDialect(new pg.Pool({ connectionString: location, max: opts.poolSize ?? 10, application_name: 'attache' }));
  }
  const sqlite = new SQLite(location);
  sqlite.pragma('busy_timeout = 5000');
  walMode(sqlite);
  sqlite.pragma('foreign_keys = ON');
  // A 64 MB page cache: reads of a large store stay in memory between requests.
  sqlite.pragma('cache_size = -65536');
  return new SqliteDialect({ database: sqlite });
}

// Unique violation, serialization failure, deadlock: another writer got there first; trying again works.
const CONFLICTS = new Set(['23505', '40001', '40P01']);

/** True for a PostgreSQL error that trying the same write again resolves (a conflict with another writer). */
export function isWriteConflict(e: unknown): boolean {
  return CONFLICTS.has((e as { code?: string } | null)?.code ?? '');
}

/** Opens (and migrates) the store at a file path or a postgres:// URL. */
export async function openStore(location: string, opts: OpenOptions = {}): Promise<Store> {
  const db = new Kysely<Database>({ dialect: dialect(location, opts) });
  // Two processes opening a new SQLite store at once raced in its migration (issue 19): one migrates
  // at a time, under a lock file beside the database (PostgreSQL's migrator locks for itself).
  // A store upgraded to stored sentence spans (0013) has its documents split at once, under the same
  // lock, by the ingest layer's splitter: loaded only when there is a document to split, since the
  // store itself never splits one.
  const migrate = async () => {
    const out = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
    const upgraded = out.results?.some((r) => r.migrationName === '0013_sentence_spans' && r.status === 'Success');
    if (!out.error && upgraded && (await db.selectFrom('documents').select('id').where('sentences', 'is', null).limit(1).executeTakeFirst())) {
      const { fillSentenceSpans } = await import('../ingest/sentences.ts');
      await fillSentenceSpans(db);
    }
    return out;
  };
  const { error, results } = isPostgresUrl(location) || location === ':memory:' ? await migrate() : await underFileLock(`${location}.migrate.lock`, migrate);
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`could not migrate ${redact(location)}${failed ? ` (${failed})` : ''}: ${(error as Error).message}`);
  }
  // A store upgraded to contacts just now: its reports are grouped into events once, here.
  if (results?.some((r) => r.migrationName === '0002_contacts' && r.status === 'Success')) {
    const [{ syncContacts }, { defaultGazetteer }] = await Promise.all([import('./contacts.ts'), import('../gazetteer/index.ts')]);
    await syncContacts(db, defaultGazetteer());
  }
  return db;
}

/** A location fit for messages: a URL's password is never printed. */
export function redact(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const u = new URL(location);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Runs `fn` holding `file` (created exclusively); waits while another process holds it, takes over one older than a minute. */
async function underFileLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      closeSync(openSync(file, 'wx'));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let age = 0;
      try {
        age = Date.now() - statSync(file).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if (age > 60_000) {
        try {
          unlinkSync(file);
        } catch {
          // another process took it over first
        }
        continue;
      }
      if (Date.now() - started > 120_000) throw new Error(`${file}: another process has been migrating this store for two minutes`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
}
