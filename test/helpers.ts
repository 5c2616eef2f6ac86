// Helpers for end-to-end tests: run the real CLI in a child process, in a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const SHARED = join(ROOT, '..', 'shared');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'attache-test-'));
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export function attache(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'attache.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 26,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
