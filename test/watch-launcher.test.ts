// A watcher started through npx must not outlive npx (issue 19). The process tree of `npx attache
// watch` is rebuilt here without npm: a node script named npm-cli.js (as npm's own script is) starts
// `sh -c "node bin/attache.js watch …"`, as npm exec does, and forwards SIGTERM to the shell, as npm
// does. Killing that "npm" — by SIGKILL, or by SIGTERM that the shell swallows — must stop the
// watcher and free its lock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './helpers.ts';
import { isLauncher, launcherChain, chainBroken, type ProcInfo } from '../src/watch/parent.ts';

const linux = existsSync('/proc/self/stat');

test('launchers are npm, npx and the shells they start attache through; the user shell is not one', () => {
  assert.ok(isLauncher('npm exec attache watch --once'));
  assert.ok(isLauncher('/usr/bin/node /usr/lib/node_modules/npm/bin/npx-cli.js attache watch'));
  assert.ok(isLauncher("sh -c 'attache' watch --quiet"));
  assert.ok(!isLauncher('-bash'));
  assert.ok(!isLauncher('bash'));
  assert.ok(!isLauncher('sh -c make all'));
  assert.ok(!isLauncher('nohup node bin/attache.js watch'));
  assert.ok(!isLauncher('/usr/bin/node server.js'));
});

test('the chain stops at the first process that is not a launcher, and breaks when a launcher goes', () => {
  const procs = new Map<number, ProcInfo>([
    [100, { pid: 100, ppid: 90, cmd: 'node bin/attache.js watch' }],
    [90, { pid: 90, ppid: 80, cmd: 'sh -c attache watch' }],
    [80, { pid: 80, ppid: 70, cmd: 'npm exec attache watch' }],
    [70, { pid: 70, ppid: 1, cmd: '-bash' }],
  ]);
  const info = (pid: number) => procs.get(pid) ?? null;
  const chain = launcherChain(100, info);
  assert.deepEqual(chain.map((p) => p.pid), [90, 80]);
  assert.equal(chainBroken(chain, 100, info), null);
  // The user's shell going away is no reason to stop (nohup npx … &).
  procs.set(80, { pid: 80, ppid: 1, cmd: 'npm exec attache watch' });
  procs.delete(70);
  assert.equal(chainBroken(chain, 100, info), null);
  // npm killed: the shell is reparented and lives on; the watcher's chain is broken.
  procs.delete(80);
  procs.set(90, { pid: 90, ppid: 1, cmd: 'sh -c attache watch' });
  assert.match(chainBroken(chain, 100, info) ?? '', /80 .*gone/);
});

async function waitFor(what: string, cond: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function killLauncher(signal: NodeJS.Signals): Promise<{ stderr: string }> {
  const dir = tempDir();
  const db = join(dir, 'w.db');
  const sources = join(dir, 'sources.yaml');
  const out = join(dir, 'watch.err');
  // A source on a closed loopback port: the round fails at once and the watcher sleeps, as it mostly does.
  writeFileSync(sources, 'settings:\n  retries: 0\n  allow_private: true\nsources:\n  - id: closed\n    kind: rss\n    url: http://127.0.0.1:9/feed.xml\n');
  const fakeNpm = join(dir, 'npm-cli.js');
  writeFileSync(
    fakeNpm,
    [
      "const { spawn } = require('node:child_process');",
      "const [node, bin, ...args] = process.argv.slice(2);",
      "const q = (s) => \"'\" + s.replace(/'/g, \"'\\\\''\") + \"'\";",
      "const sh = spawn('sh', ['-c', [node, bin, ...args].map(q).join(' ') + ' 2>' + q(process.env.WATCH_ERR) + '; exit $?'], { stdio: 'ignore' });",
      "process.on('SIGTERM', () => { sh.kill('SIGTERM'); process.exit(143); });",
      "sh.on('exit', (c) => process.exit(c ?? 1));",
    ].join('\n'),
  );
  writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}');
  const npm = spawn(process.execPath, [fakeNpm, process.execPath, join(ROOT, 'bin', 'attache.js'), 'watch', '--quiet', '--sources', sources, '--db', db], {
    stdio: 'ignore',
    env: { ...process.env, npm_command: 'exec', WATCH_ERR: out },
  });
  const lock = `${db}.watch.lock`;
  try {
    // The watcher has started once it holds its lock; a moment later its first round is over.
    await waitFor('the watcher to take its lock', () => existsSync(lock), 60_000);
    await new Promise((r) => setTimeout(r, 1_500));
    const watcher = Number(readFileSync(lock, 'utf8'));
    assert.ok(alive(watcher));
    npm.kill(signal);
    await waitFor(`the watcher ${watcher} to stop after npm's ${signal}`, () => !alive(watcher), 15_000);
    assert.ok(!existsSync(lock), 'the lock is released');
    return { stderr: readFileSync(out, 'utf8') };
  } finally {
    if (npm.exitCode === null) npm.kill('SIGKILL');
  }
}

test('npm killed with SIGKILL: the watcher behind it stops and frees its lock', { skip: !linux && 'needs /proc' }, async () => {
  const { stderr } = await killLauncher('SIGKILL');
  assert.match(stderr, /launcher process \d+ .*gone; stopping/);
});

test('npm sent SIGTERM (passed to a shell that does not pass it on): the watcher stops too', { skip: !linux && 'needs /proc' }, async () => {
  const { stderr } = await killLauncher('SIGTERM');
  assert.match(stderr, /gone; stopping|SIGTERM: stopping/);
});
