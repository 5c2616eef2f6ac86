#!/usr/bin/env node
// Builds dist/, what bin/attache.js runs (by `npm ci` and `npm install` through the `prepare` script,
// or by hand with `npm run build`):
//   1. tsc type-checks src/ (no output): a source that does not type-check leaves no dist/ behind,
//      and the CLI runs from source as before;
//   2. esbuild bundles the CLI from src/cli/main.ts into one CommonJS file, dist/main.cjs, which
//      bin/attache.js runs with V8's code cache (scripts/code-cache.mjs): one file instead of 70
//      to 150 modules, and the functions a command compiled before read back compiled (issue 19).
//      A module a command loads when it runs (`await import(…)`) is still evaluated only then.
//      Node's own modules and the packages are left to Node's resolver, except the few
//      pure-JavaScript ones every extraction loads (BUNDLED): packages with native parts or files
//      read beside their code stay as they are.
// The bundle sits directly in dist/, one level below the root as src/x.ts is, so the paths the code
// builds from its own place (src/paths.ts) reach the same folders from either; `import.meta.url`
// is the bundle's own.
// The stamp is written last: a dist/ without it (a failed or interrupted build) is never run.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceStamp, STAMP_FILE } from './build-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
/** Packages bundled into dist/: pure JavaScript, no files of their own read at run time, on the extraction's path. */
const BUNDLED = new Set(['commander', 'chrono-node']);

const files = sourceStamp(root); // before compiling: an edit made meanwhile leaves dist/ stale
rmSync(dist, { recursive: true, force: true });
const fail = (why) => {
  rmSync(dist, { recursive: true, force: true });
  console.error(`build: ${why}; dist/ removed, the CLI runs from source`);
  process.exit(1);
};
const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json'), '--noEmit'], { stdio: 'inherit', cwd: root });
if (tsc.status !== 0) fail(`tsc failed (status ${tsc.status ?? tsc.signal})`);

const { build } = await import('esbuild');
/** A bare import (a package) is bundled only when BUNDLED names it; `node:` modules never are. */
const packages = {
  name: 'packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (a) => {
      const name = a.path.startsWith('@') ? a.path.split('/').slice(0, 2).join('/') : a.path.split('/')[0];
      return BUNDLED.has(name) ? undefined : { external: true };
    });
  },
};
try {
  const r = await build({
    absWorkingDir: root,
    entryPoints: { main: join(root, 'src', 'cli', 'main.ts') },
    outdir: dist,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Class and function names stay as written: code reads them (chrono's parsers by name in
    // src/extract/dates.ts, errors by name in the server).
    keepNames: true,
    // CommonJS has no import.meta: the modules that find their place by it (src/paths.ts) get the bundle's.
    define: { 'import.meta.url': 'attacheBundleUrl' },
    // A package's `await import(…)` becomes a require: a script run from V8's code cache has no
    // loader for import() of its own.
    supported: { 'dynamic-import': false },
    banner: { js: "const attacheBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [packages],
    metafile: true,
    logLevel: 'warning',
  });
  const out = Object.keys(r.metafile.outputs).length;
  const inputs = Object.keys(r.metafile.inputs).filter((f) => f.startsWith('src/')).length;
  writeFileSync(join(dist, STAMP_FILE), JSON.stringify({ built: new Date().toISOString(), files }, null, 1) + '\n');
  console.error(`build: dist/ bundled from ${inputs} source files into ${out === 1 ? 'one file' : `${out} files`}`);
} catch (e) {
  fail(`esbuild failed (${e.message.split('\n')[0]})`);
}
