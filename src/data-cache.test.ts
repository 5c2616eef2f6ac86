// The data cache: a data file is parsed and validated once, read back while it is unchanged, read
// again when it changes (even within the same second, with the same size), and a damaged entry is
// ignored. Bad data is refused as before and never cached. Run in child processes, each with its own
// cache folder, as the CLI meets them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, utimesSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

/** Loads the gazetteer of `dataDir` in a new process; says how many countries, and whether YAML was parsed. */
function load(dataDir: string, cache: string) {
  const script = `
    import { createRequire } from 'node:module';
    import { loadGazetteerData } from ${JSON.stringify(join(ROOT, 'src/gazetteer/load.ts'))};
    const d = loadGazetteerData(${JSON.stringify(dataDir)});
    const parsed = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/yaml/'));
    console.log(JSON.stringify({ countries: d.countries.map((c) => c.name), people: d.people.length, parsed }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, ATTACHE_CACHE_DIR: cache } });
  return { status: r.status, stderr: r.stderr, ...(r.status === 0 ? JSON.parse(r.stdout) : {}) };
}

function copyData(): { data: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'attache-cache-'));
  cpSync(join(ROOT, 'data', 'gazetteer'), join(dir, 'data', 'gazetteer'), { recursive: true });
  return { data: join(dir, 'data'), cache: join(dir, 'cache') };
}

test('data cache: parsed once, reused while unchanged, rebuilt when a data file changes', () => {
  const { data, cache } = copyData();
  const first = load(data, cache);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.parsed, true);
  assert.ok(readdirSync(cache).length > 0);
  const second = load(data, cache);
  assert.equal(second.parsed, false, 'an unchanged data file is read from the cache');
  assert.deepEqual(second.countries, first.countries);
  assert.equal(second.people, first.people);

  // The same size and the same modification time: only the content tells the change.
  const file = join(data, 'gazetteer', 'countries.yaml');
  const { mtime } = statSync(file);
  const text = readFileSync(file, 'utf8');
  const renamed = text.replace('name: Armenia', 'name: Armenio');
  assert.notEqual(renamed, text);
  writeFileSync(file, renamed);
  utimesSync(file, mtime, mtime);
  const third = load(data, cache);
  assert.equal(third.parsed, true);
  assert.ok(third.countries.includes('Armenio'));
  assert.ok(!third.countries.includes('Armenia'));
  assert.equal(load(data, cache).parsed, false);
});

test('data cache: a damaged entry is ignored and rebuilt', () => {
  const { data, cache } = copyData();
  const good = load(data, cache);
  for (const f of readdirSync(cache)) writeFileSync(join(cache, f), f.length % 2 ? '{"format":1,"fi' : 'not json at all');
  const again = load(data, cache);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(again.parsed, true);
  assert.deepEqual(again.countries, good.countries);
  assert.equal(load(data, cache).parsed, false);
});

test('data cache: bad data is refused with the file and field, and not cached', () => {
  const { data, cache } = copyData();
  const file = join(data, 'gazetteer', 'countries.yaml');
  writeFileSync(file, '- code: ARMENIA\n  name: 12\n');
  for (let i = 0; i < 2; i++) {
    const r = load(data, cache);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /countries\.yaml: 0\./);
  }
});
