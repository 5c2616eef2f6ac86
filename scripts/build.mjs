#!/usr/bin/env node
// Builds dist/, what bin/attache.js runs (by `npm ci` and `npm install` through the `prepare` script,
// or by hand with `npm run build`):
//   1. tsc type-checks src/ (no output): a source that does not type-check leaves no dist/ behind,
//      and the CLI runs from source as before;
//   2. esbuild bundles the CLI from src/cli/main.ts into a few files: dist/main.js with commander
//      and every command's options, and one chunk per set of modules a command loads when it runs
//      (extraction, the store, the server …; a module two commands share sits in a chunk of its own).
//      A start loads 10 to 20 files instead of 70 to 150 (issue 19). Node's own modules and the
//      packages are left to Node's resolver, except the few pure-JavaScript ones every extraction
//      loads (BUNDLED): packages with native parts or files read beside their code stay as they are.
// Every output file sits directly in dist/, one level below the root as src/x.ts is, so the paths
// the code builds from its own place (src/paths.ts) reach the same folders from either.
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
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunk-[hash]',
    // Class and function names stay as written: code reads them (chrono's parsers by name in
    // src/extract/dates.ts, errors by name in the server).
    keepNames: true,
    // The bundled packages are CommonJS in part; their `require` of Node's modules needs one.
    banner: { js: "import { createRequire as attacheCreateRequire } from 'node:module';\nconst require = attacheCreateRequire(import.meta.url);" },
    plugins: [packages],
    metafile: true,
    logLevel: 'warning',
  });
  const out = Object.keys(r.metafile.outputs).length;
  const inputs = Object.keys(r.metafile.inputs).filter((f) => f.startsWith('src/')).length;
  writeFileSync(join(dist, STAMP_FILE), JSON.stringify({ built: new Date().toISOString(), files }, null, 1) + '\n');
  console.error(`build: dist/ bundled from ${inputs} source files into ${out} files`);
} catch (e) {
  fail(`esbuild failed (${e.message.split('\n')[0]})`);
}
