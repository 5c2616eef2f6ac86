// What the compiled `dist/` was built from: every source file under src/ (tests apart) and the two
// TypeScript configurations, each with its size and modification time. `scripts/build.mjs` writes
// this list into dist/ (taken *before* compiling, so an edit made during the build counts as newer);
// `bin/attache.js` takes it again on every start and runs dist/ only when the two lists are equal.
// Equal, not "not older": a file restored with an older time (`cp -p`, `tar x`), added or deleted
// also makes dist/ stale. Plain JavaScript because it runs before any TypeScript loader.
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const STAMP_FILE = '.build-stamp.json';
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json'];

/** The sources dist/ is compiled from, as { "src/x.ts": "size:mtimeMs", … } in a stable order. */
export function sourceStamp(root) {
  const files = {};
  const walk = (rel) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (!e.name.endsWith('.test.ts')) files[p] = stamp(join(root, p));
    }
  };
  walk('src');
  for (const c of CONFIGS) files[c] = stamp(join(root, c));
  return files;
}

function stamp(path) {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** Why dist/ cannot be run (a sentence), or null when it was built from exactly the sources on disk. */
export function staleReason(root) {
  let built;
  try {
    built = JSON.parse(readFileSync(join(root, 'dist', STAMP_FILE), 'utf8')).files;
  } catch {
    return 'no compiled dist/ (or its build did not finish)';
  }
  const now = sourceStamp(root);
  const a = Object.keys(built ?? {});
  const b = Object.keys(now);
  if (a.length !== b.length) return 'source files were added or removed since dist/ was built';
  for (const k of b) if (built[k] !== now[k]) return `${k} changed since dist/ was built`;
  return null;
}
