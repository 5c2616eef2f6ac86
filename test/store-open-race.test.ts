// Several processes opening one new SQLite store at once: each migrates in turn under a lock file,
// and every one of them opens the store (issue 19: two of twelve such starts failed in the migration).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './helpers.ts';

function open(file: string): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', '-e', `import('./src/store/open.ts').then(async (m) => { const db = await m.openStore(${JSON.stringify(file)}); await db.destroy(); })`], { cwd: ROOT });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => resolve({ code, err }));
  });
}

test('six processes opening one new store at once all succeed, and leave no lock behind', async () => {
  for (let round = 0; round < 2; round++) {
    const file = join(tempDir(), 'race.db');
    const runs = await Promise.all(Array.from({ length: 6 }, () => open(file)));
    for (const r of runs) assert.equal(r.code, 0, r.err.split('\n').slice(0, 3).join(' '));
    assert.equal(existsSync(`${file}.migrate.lock`), false);
  }
});
