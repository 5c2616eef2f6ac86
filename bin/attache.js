#!/usr/bin/env node
// Entry point. Runs the bundled dist/ (built by `npm ci`/`npm install` through `prepare`, or
// `npm run build`) when it was built from exactly the sources on disk; otherwise registers the
// TypeScript loader and runs src/ directly, so an edited source is never shadowed by stale output.
// ATTACHE_FROM_SOURCE=1 forces the source. On a terminal, running from source says why (it is slower).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { staleReason, STAMP_FILE } from '../scripts/build-stamp.mjs';

// The parent at start, before the slow loading: a watcher behind npx checks it is still there
// (src/watch/parent.ts), and npx may already be gone by the time the command runs.
globalThis.attacheParentPid = process.ppid;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const why = process.env.ATTACHE_FROM_SOURCE === '1' ? 'ATTACHE_FROM_SOURCE=1' : staleReason(root);
let main;
let save = () => {};
if (why === null) {
  // The bundle, with the code V8 compiled for this command on an earlier run (scripts/code-cache.mjs).
  const { loadCached } = await import('../scripts/code-cache.mjs');
  const command = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'help';
  const bundle = loadCached(join(root, 'dist', 'main.cjs'), readFileSync(join(root, 'dist', STAMP_FILE), 'utf8'), command);
  ({ main } = bundle.exports);
  save = bundle.save;
} else {
  if (process.stderr.isTTY && process.env.ATTACHE_FROM_SOURCE !== '1') process.stderr.write(`attache: running from source (slower start): ${why}; \`npm run build\` compiles it\n`);
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
save();
