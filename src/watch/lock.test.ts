// One watcher per store: a second is refused while the first lives; a dead one's lock is taken over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { lockWatcher, WatchLockError } from './lock.ts';

const db = () => join(mkdtempSync(join(tmpdir(), 'attache-lock-')), 'a.db');

test('a second watcher on the same store is refused while the first holds the lock', () => {
  const file = db();
  const release = lockWatcher(file);
  assert.throws(() => lockWatcher(file, process.pid + 1_000_000), WatchLockError);
  // The holder is this live process: another "process" with another pid is refused with its reason.
  release();
  assert.equal(existsSync(`${file}.watch.lock`), false);
  const again = lockWatcher(file);
  again();
});

test('a lock left by a process that has died is taken over', () => {
  const file = db();
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  writeFileSync(`${file}.watch.lock`, dead.stdout);
  const release = lockWatcher(file);
  release();
});
