// Helpers for the watcher's end-to-end tests: the CLI in a child process that does not block this
// process's event loop (the fixture server runs here), and a look into the store.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { ROOT } from './helpers.ts';

export interface AsyncRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function attacheAsync(args: string[], onStart?: (child: ChildProcess) => void): Promise<AsyncRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'attache.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
    onStart?.(child);
  });
}

/** Read-only rows from a store file. */
export function rows<T = Record<string, unknown>>(db: string, sql: string, ...params: unknown[]): T[] {
  const d = new SQLite(db, { readonly: true });
  try {
    return d.prepare(sql).all(...params) as T[];
  } finally {
    d.close();
  }
}

/** JSON log lines from stderr (other lines, if any, are ignored). */
export function logLines(stderr: string): Array<Record<string, unknown>> {
  return stderr.split('\n').flatMap((l) => {
    try {
      return l.startsWith('{') ? [JSON.parse(l)] : [];
    } catch {
      return [];
    }
  });
}
