// A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` in a temporary directory, `pg_ctl`
// starts it on a free loopback port (its socket in the same directory), `stop()` shuts it down and
// removes the directory. Nothing is mocked: it is Debian's server, found in /usr/lib/postgresql/*/bin
// or through `pg_config --bindir`. initdb refuses to run as root, so as root the cluster belongs to
// the `postgres` system user.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface Cluster {
  /** Connection URL of the `postgres` maintenance database, as the superuser `attache`. */
  url: string;
  port: number;
  dir: string;
  stop(): void;
}

/** Where initdb and pg_ctl live, or null when PostgreSQL's server is not installed. */
export function pgBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(root, versions[0], 'bin');
  }
  const r = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dir = r.status === 0 ? r.stdout.trim() : '';
  return dir && existsSync(join(dir, 'initdb')) ? dir : null;
}

export const PG_MISSING = 'PostgreSQL server binaries not found (initdb, pg_ctl): install Debian\'s postgresql package (.ci/run does it)';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ClusterOptions {
  /** Server settings (postgresql.conf names). Tests turn durability off; benchmarks may not. */
  settings?: Record<string, string | number>;
}

/** Makes and starts a cluster; throws with the server's log when it cannot. */
export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const bin = pgBinDir();
  if (!bin) throw new Error(PG_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'attache-pg-'));
  const data = join(dir, 'data');
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    chmodSync(dir, 0o755);
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    const r = spawnSync(file, argv, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
    return r.stdout;
  };
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'attache', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const settings = { listen_addresses: '127.0.0.1', port, unix_socket_directories: dir, max_connections: 200, ...opts.settings };
  const o = Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`).join(' ');
  const log = join(dir, 'server.log');
  try {
    run('pg_ctl', ['-D', data, '-l', log, '-o', o, '-w', '-t', '60', 'start']);
  } catch (e) {
    const tail = existsSync(log) ? execFileSync('tail', ['-n', '20', log], { encoding: 'utf8' }) : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(e as Error).message}\n${tail}`);
  }
  let stopped = false;
  return {
    url: `postgres://attache@127.0.0.1:${port}/postgres`,
    port,
    dir,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Settings for a disposable test cluster: nothing it holds needs to survive a crash. */
export const TEST_SETTINGS = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

/** A new empty database on the cluster at `serverUrl`; returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const safe = name.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 50);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${safe} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${safe}`);
  } finally {
    await client.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${safe}`;
  return u.toString();
}

export type TestServer = { url: string; stop(): void } | { skip: string };

/**
 * The server for a test file: the one `scripts/test.mjs` started for the whole run (ATTACHE_TEST_PG),
 * else a cluster of its own. Without PostgreSQL the tests fail under CI and are skipped, visibly,
 * elsewhere.
 */
export async function testServer(): Promise<TestServer> {
  if (process.env.ATTACHE_TEST_PG) return { url: process.env.ATTACHE_TEST_PG, stop() {} };
  if (!pgBinDir()) {
    if (process.env.CI) throw new Error(`${PG_MISSING}; CI must run the PostgreSQL tests`);
    process.stderr.write(`\n*** SKIPPING PostgreSQL tests: ${PG_MISSING} ***\n\n`);
    return { skip: PG_MISSING };
  }
  return startCluster({ settings: TEST_SETTINGS });
}
