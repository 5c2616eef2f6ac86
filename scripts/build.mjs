#!/usr/bin/env node
// Compiles src/ to dist/ (run by `npm ci` and `npm install` through the `prepare` script, or by hand
// with `npm run build`). dist/ mirrors src/ one level down from the root (dist/gazetteer/load.js
// sits where src/gazetteer/load.ts does), so every path the code builds from its own location
// (`../../data`, `../../web`, `../../../corpus`) reaches the same folder from either. The data files
// that live beside the code (src/contacts/*.yaml) are copied. The stamp is written last: a dist/
// without it (a failed or interrupted build) is never run.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceStamp, STAMP_FILE } from './build-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const files = sourceStamp(root); // before compiling: an edit made meanwhile leaves dist/ stale
rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
if (tsc.status !== 0) {
  rmSync(dist, { recursive: true, force: true });
  console.error(`build: tsc failed (status ${tsc.status ?? tsc.signal}); dist/ removed, the CLI runs from source`);
  process.exit(1);
}
let assets = 0;
const copy = (rel) => {
  for (const e of readdirSync(join(root, 'src', rel), { withFileTypes: true })) {
    const p = join(rel, e.name);
    if (e.isDirectory()) copy(p);
    else if (!e.name.endsWith('.ts')) {
      mkdirSync(join(dist, rel), { recursive: true });
      cpSync(join(root, 'src', p), join(dist, p));
      assets++;
    }
  }
};
copy('');
writeFileSync(join(dist, STAMP_FILE), JSON.stringify({ built: new Date().toISOString(), files }, null, 1) + '\n');
console.error(`build: dist/ compiled from ${Object.keys(files).length - 2} source files, ${assets} data files copied`);
