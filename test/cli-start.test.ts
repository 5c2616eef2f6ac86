// bin/attache.js runs the compiled dist/ only when it was built from exactly the sources on disk, and
// the sources otherwise: a developer who edits, adds, deletes or restores a file never runs stale
// output. Checked on a small copy of the project's build machinery (its own bin, build script and
// TypeScript configurations, a one-file src/), built with the real scripts/build.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './helpers.ts';

function project(): string {
  const dir = tempDir();
  for (const f of ['bin/attache.js', 'scripts/build.mjs', 'scripts/build-stamp.mjs', 'scripts/code-cache.mjs', 'tsconfig.json', 'tsconfig.build.json']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    copyFileSync(join(ROOT, f), join(dir, f));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeMain(dir, 'one');
  return dir;
}

/** A main() that says which copy runs (the .ts source or the compiled .js) and which version of the text. */
function writeMain(dir: string, word: string): void {
  mkdirSync(join(dir, 'src', 'cli'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'cli', 'main.ts'),
    `export async function main(argv: string[]): Promise<number> {\n  process.stdout.write(\`${word} \${import.meta.url.endsWith('.ts') ? 'source' : 'dist'} \${argv.join(',')}\\n\`);\n  return 3;\n}\n`,
  );
}

/** The project's own cache folder (data and the bundle's code cache). */
const cacheOf = (dir: string) => join(dir, 'cache');

function run(dir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'attache.js'), 'a', 'b'], { encoding: 'utf8', env: { ...process.env, ATTACHE_FROM_SOURCE: '', ATTACHE_CACHE_DIR: cacheOf(dir), ...env } });
  return { status: r.status, out: r.stdout.trim(), err: r.stderr };
}

function build(dir: string): void {
  const r = spawnSync(process.execPath, [join(dir, 'scripts', 'build.mjs')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

test('bin: runs the source until dist/ is built, then dist/, and back to source when a file changes', () => {
  const dir = project();
  assert.deepEqual(run(dir), { status: 3, out: 'one source a,b', err: '' }); // no dist/: source, quietly off a terminal
  build(dir);
  assert.ok(existsSync(join(dir, 'dist', 'main.cjs')));
  assert.equal(run(dir).out, 'one dist a,b');
  assert.equal(run(dir, { ATTACHE_FROM_SOURCE: '1' }).out, 'one source a,b');

  assert.equal(run(dir).out, 'one dist a,b', 'a second run, from the code cache the first one wrote');
  assert.ok(readdirSync(cacheOf(dir)).some((f) => f.endsWith('.v8')), 'a code cache was written');

  // An edit of the same length: the rebuilt bundle has the length of the old one, which is all V8
  // checks a code cache against; the new text runs, not the old build's cached code.
  writeMain(dir, 'two');
  assert.equal(run(dir).out, 'two source a,b');
  build(dir);
  assert.equal(run(dir).out, 'two dist a,b');
  assert.equal(run(dir).out, 'two dist a,b');

  writeFileSync(join(dir, 'src', 'cli', 'main.test.ts'), 'export {};\n'); // tests are not compiled: no effect
  assert.equal(run(dir).out, 'two dist a,b');

  writeFileSync(join(dir, 'src', 'extra.ts'), 'export const x = 1;\n'); // an added file
  assert.equal(run(dir).out, 'two source a,b');
  build(dir);
  rmSync(join(dir, 'src', 'extra.ts')); // a deleted file
  assert.equal(run(dir).out, 'two source a,b');
  build(dir);

  const old = new Date('2020-01-01T00:00:00Z'); // a file restored with an older time than the build
  utimesSync(join(dir, 'src', 'cli', 'main.ts'), old, old);
  assert.equal(run(dir).out, 'two source a,b');
  build(dir);
  assert.equal(run(dir).out, 'two dist a,b');

  rmSync(join(dir, 'dist', '.build-stamp.json')); // an interrupted build: never run
  assert.equal(run(dir).out, 'two source a,b');
});

test('build: a source that does not compile leaves no dist/ behind and the CLI runs from source', () => {
  const dir = project();
  build(dir);
  writeFileSync(join(dir, 'src', 'broken.ts'), 'export const n: number = "not a number";\n');
  const r = spawnSync(process.execPath, [join(dir, 'scripts', 'build.mjs')], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /tsc failed/);
  assert.equal(existsSync(join(dir, 'dist')), false);
  assert.equal(run(dir).out, 'one source a,b');
});
