// One watcher per store. Two watchers on one SQLite store raced in the migration, stored articles
// twice and hit hosts twice as often (issue 19). `attache watch` takes a lock file beside the database
// (`attache.db.watch.lock`, holding the process id) before it starts, and refuses to start while a
// live process holds it; a lock left by a process that has died is taken over. A PostgreSQL store
// has no file beside it: its watcher holds a session advisory lock instead (lockWatcherPostgres), on a
// connection of its own kept open while it runs, which the server releases when that connection ends,
// however the process ends.
import { openSync, writeSync, closeSync, readFileSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import pg from 'pg';

export class WatchLockError extends Error {}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock for `dbFile`; returns its release. Throws WatchLockError when a live watcher holds it. */
export function lockWatcher(dbFile: string, pid = process.pid): () => void {
  const file = `${dbFile}.watch.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(file, 'utf8').trim() === String(pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder = NaN;
      try {
        holder = Number(readFileSync(file, 'utf8').trim());
      } catch {
        // removed meanwhile: try again
      }
      if (alive(holder) && holder !== pid) throw new WatchLockError(`another watcher (process ${holder}) is using this store; stop it first, or remove ${file} if it is not running`);
      try {
        unlinkSync(file);
      } catch {
        // another process took it over first; the next attempt says so
      }
    }
  }
  throw new WatchLockError(`could not take ${file}`);
}

/**
 * Key of the advisory lock a watcher holds on a PostgreSQL store (advisory locks are per database, so
 * one key serves every store). Not the write lock's key (store/open.ts): a watcher takes that too.
 */
export const WATCH_LOCK = 0x61747477;

export interface PostgresWatchLock {
  /** Ends the lock's connection (the server then releases the lock). */
  release(): Promise<void>;
}

/**
 * Takes the watcher's advisory lock on the PostgreSQL store at `url`, on a connection of its own
 * named after this process (`attache watch, process N on HOST`), so that a second watcher can say
 * who holds it. Throws WatchLockError when another session holds it. `onLost` is called if the
 * connection breaks while the watcher runs: the lock is gone with it, and the watcher must stop.
 */
export async function lockWatcherPostgres(url: string, onLost: (reason: string) => void = () => {}, pid = process.pid): Promise<PostgresWatchLock> {
  const name = `attache watch, process ${pid} on ${hostname()}`;
  const client = new pg.Client({ connectionString: url, application_name: name.slice(0, 63) });
  try {
    await client.connect();
  } catch (e) {
    // The URL is not repeated: it may hold a password.
    throw new WatchLockError(`cannot reach the PostgreSQL store to take the watch lock: ${(e as Error).message}`);
  }
  let releasing = false;
  try {
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [WATCH_LOCK]);
    if (!rows[0].ok) {
      // Who holds it: the session holding this advisory lock in this database, by its application name.
      const holder = await client.query<{ pid: number; app: string | null; addr: string | null }>(
        `SELECT a.pid, a.application_name AS app, a.client_addr::text AS addr
           FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1`,
        [WATCH_LOCK],
      );
      const h = holder.rows[0];
      const who = h ? `${h.app || 'a session without a name'} (server process ${h.pid}${h.addr ? ` from ${h.addr}` : ''})` : 'another session';
      throw new WatchLockError(`another watcher is using this store: ${who} holds its watch lock; stop it first (the lock goes when its connection ends)`);
    }
  } catch (e) {
    await client.end().catch(() => {});
    throw e;
  }
  const lost = (why: string) => {
    if (!releasing) onLost(`the watch lock's connection to PostgreSQL was lost (${why}): another watcher may start`);
  };
  client.on('error', (e) => lost(e.message));
  client.on('end', () => lost('connection ended'));
  return {
    async release() {
      if (releasing) return;
      releasing = true;
      await client.end().catch(() => {});
    },
  };
}
