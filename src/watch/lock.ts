// One watcher per store. Two watchers on one SQLite store raced in the migration, stored articles
// twice and hit hosts twice as often (issue 19). `attache watch` takes a lock file beside the database
// (`attache.db.watch.lock`, holding the process id) before it starts, and refuses to start while a
// live process holds it; a lock left by a process that has died is taken over. A PostgreSQL store is
// not covered by this file lock (its watchers would need an advisory lock).
import { openSync, writeSync, closeSync, readFileSync, unlinkSync } from 'node:fs';

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
