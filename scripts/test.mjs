#!/usr/bin/env node
// Runs every test: the type checker first, then Node's test runner over src/**/*.test.ts and
// test/**/*.test.ts (TypeScript loaded through tsx), with a throwaway PostgreSQL cluster for the
// second store's tests. Extra arguments are passed to the runner.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const find = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' || f === 'fixtures' ? [] : find(p);
    return /\.test\.ts$/.test(f) ? [relative(root, p)] : [];
  });
const files = [...find(join(root, 'src')), ...find(join(root, 'test'))].sort();
const extra = process.argv.slice(2);

if (!extra.includes('--no-typecheck')) {
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', root], { stdio: 'inherit', cwd: root });
  if (tsc.status !== 0) {
    console.error('type check failed');
    process.exit(tsc.status ?? 1);
  }
}
// One throwaway PostgreSQL cluster for the whole run (test/pg.ts); each test file makes its own
// database on it. Without PostgreSQL, the PostgreSQL tests fail under CI and are skipped elsewhere.
const env = { ...process.env };
let cluster = null;
if (!env.ATTACHE_TEST_PG) {
  const { tsImport } = await import('tsx/esm/api');
  const pg = await tsImport('../test/pg.ts', import.meta.url);
  if (pg.pgBinDir()) {
    cluster = await pg.startCluster({ settings: pg.TEST_SETTINGS });
    env.ATTACHE_TEST_PG = cluster.url;
    console.error(`PostgreSQL test cluster on port ${cluster.port}`);
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cluster.stop(); process.exit(130); });
  } else {
    console.error(`*** ${pg.PG_MISSING} ***${env.CI ? '' : ' (PostgreSQL tests will be skipped)'}`);
  }
}
const args = ['--import', 'tsx', '--test', '--test-reporter', process.env.CI ? 'spec' : 'spec', ...extra.filter((a) => a !== '--no-typecheck'), ...files];
const run = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root, env });
cluster?.stop();
process.exit(run.status ?? 1);
