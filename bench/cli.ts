// The CLI's start-up, as a user or a script meets it: `attache --help`, and `attache extract` of one
// short English and one short Russian file (written here, in the project's own words), each spawned
// as a new process RUNS times; the median wall time and the median CPU time (user + system, of the
// child itself) per command, as a table. The data cache is warmed first (a first run after a data
// change rebuilds it); one row measures the extract with an empty cache each time.
//   npm run bench:cli [-- --runs 5] [-- --source]   (--source: also from source through tsx)
// Not a test: the figures depend on the machine and its load (the load average is printed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { percentile } from './percentile.ts';
import { staleReason } from '../scripts/build-stamp.mjs';

const root = new URL('..', import.meta.url).pathname;
const arg = (name: string) => process.argv.indexOf(name);
const RUNS = arg('--runs') > 0 ? Number(process.argv[arg('--runs') + 1]) : 5;

const dir = mkdtempSync(join(tmpdir(), 'attache-bench-cli-'));
const en = join(dir, 'short-en.txt');
const ru = join(dir, 'short-ru.txt');
writeFileSync(en, 'On 12 March 2024, the Russian Foreign Minister Sergey Lavrov spoke by telephone with his Armenian counterpart Ararat Mirzoyan.\nThe two ministers discussed the regional agenda.\n');
writeFileSync(ru, '12 марта 2024 года Министр иностранных дел России Сергей Лавров провёл телефонный разговор с Министром иностранных дел Армении Араратом Мирзояном.\nМинистры обсудили региональную повестку.\n');
// Reports the child's own CPU time and its time since the process began, when it exits.
const probe = join(dir, 'probe.mjs');
writeFileSync(probe, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const c = process.cpuUsage(); writeFileSync(process.env.BENCH_PROBE_OUT, JSON.stringify({ cpu: (c.user + c.system) / 1000, up: performance.now() })); });\n");
const warmCache = join(dir, 'cache');

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
  /** A fresh, empty cache folder for every run. */
  cold?: boolean;
}

function runOnce(c: Case, i: number): { wall: number; cpu: number } {
  const out = join(dir, `probe-${i}.json`);
  const cache = c.cold ? mkdtempSync(join(dir, 'cold-')) : warmCache;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', probe, join(root, 'bin', 'attache.js'), ...c.args], {
    encoding: 'utf8',
    env: { ...process.env, ATTACHE_CACHE_DIR: cache, BENCH_PROBE_OUT: out, ATTACHE_FROM_SOURCE: '', ...c.env },
  });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`attache ${c.args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  if (c.args[0] === 'extract' && !r.stdout.includes('"type"')) throw new Error(`attache ${c.args.join(' ')}: no event extracted:\n${r.stdout}${r.stderr}`);
  const probed = JSON.parse(readFileSync(out, 'utf8')) as { cpu: number };
  return { wall, cpu: probed.cpu };
}

const cases: Case[] = [
  { name: 'attache --help', args: ['--help'] },
  { name: 'attache extract (English, short)', args: ['extract', '--format', 'jsonl', en] },
  { name: 'attache extract (Russian, short)', args: ['extract', '--format', 'jsonl', ru] },
  { name: 'attache extract (English, empty cache)', args: ['extract', '--format', 'jsonl', en], cold: true },
];
if (arg('--source') > 0) {
  for (const c of cases.slice(0, 3)) cases.push({ ...c, name: `${c.name}, from source`, env: { ATTACHE_FROM_SOURCE: '1' } });
}

const stale = staleReason(root);
console.log(`CLI start-up: ${RUNS} runs each, median; ${stale ? `from SOURCE (${stale})` : 'compiled dist/'}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
runOnce(cases[1], -1); // fills the warm cache
runOnce(cases[2], -2);
const rows = cases.map((c) => {
  const runs = Array.from({ length: RUNS }, (_, i) => runOnce(c, i));
  return { command: c.name, wall: percentile(runs.map((r) => r.wall), 50), cpu: percentile(runs.map((r) => r.cpu), 50), max: Math.max(...runs.map((r) => r.wall)) };
});
const w = Math.max(...rows.map((r) => r.command.length));
console.log(`${'command'.padEnd(w)}  median wall  median CPU  slowest wall`);
for (const r of rows) console.log(`${r.command.padEnd(w)}  ${`${r.wall.toFixed(0)} ms`.padStart(11)}  ${`${r.cpu.toFixed(0)} ms`.padStart(10)}  ${`${r.max.toFixed(0)} ms`.padStart(12)}`);
console.log(`load average after: ${loadavg()[0].toFixed(1)}`);
rmSync(dir, { recursive: true, force: true });
