// The data files (gazetteer, lexicons) parsed and validated once, then read back from a cache: YAML
// parsing and schema validation were most of the CLI's start-up (issue 19). Each data file's
// validated content is kept as JSON under the cache folder, keyed by
//   - the file's bytes (a SHA-1 of its content: an edit, however quick, is seen; mtime is not trusted),
//   - the code that validated it (dist/'s build stamp, or the size and mtime of every file under
//     src/ when running from source): a changed schema or loader never reads an old result.
// A cache entry that cannot be read or parsed, or that names another file, is ignored and rebuilt.
// A file that fails validation throws as before and is never cached. Where the cache cannot be
// written (a read-only home), the data is simply parsed each time: the cache only saves time.
//
// The folder: $ATTACHE_CACHE_DIR, else $XDG_CACHE_HOME/attache, else ~/.cache/attache.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as Yaml from 'yaml';
import { ROOT } from './paths.ts';
import { sourceStamp } from '../scripts/build-stamp.mjs';
import { cacheDir } from '../scripts/code-cache.mjs';

/** Bumped when the entry format changes. */
const FORMAT = 1;
/** Entries kept per data file (source and compiled runs use different code keys; both stay warm). */
const KEEP = 3;

const require = createRequire(import.meta.url);

// One rule for the folder, shared with the code cache of the bundled CLI (scripts/code-cache.mjs).
export { cacheDir };

let code: string | null = null;
/** What identifies the running code: dist/'s build stamp, or the sizes and mtimes of src/. */
function codeKey(): string {
  if (code !== null) return code;
  if (!import.meta.url.endsWith('.ts')) {
    try {
      code = readFileSync(join(ROOT, 'dist', '.build-stamp.json'), 'utf8');
    } catch {
      code = `unstamped ${Date.now()} ${Math.random()}`; // a dist/ without a stamp: never reuse
    }
  } else {
    // The same list bin/attache.js compares with dist/'s stamp: every source file by size and mtime.
    code = JSON.stringify(sourceStamp(ROOT));
  }
  return code;
}

const sha1 = (b: string | Buffer): string => createHash('sha1').update(b).digest('hex');

interface Entry {
  format: number;
  file: string;
  data: unknown;
}

/**
 * The cached value of entry `name` (a data file's path, or a derived value's name) for `key` (what
 * it was made from): read back when present and whole, else made by `make` and written whole (a
 * temporary file renamed), keeping the newest KEEP entries of that name. Where the cache cannot be
 * written the value is simply made. A value goes through JSON either way, so that a first run and a
 * cached one see the same values.
 */
function cached<T>(name: string, key: string, make: () => T): T {
  const dir = cacheDir();
  const prefix = sha1(name).slice(0, 16);
  const file = `${prefix}-${sha1(`${FORMAT}\n${codeKey()}\n${key}`).slice(0, 24)}.json`;
  try {
    const e = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Entry;
    if (e && e.format === FORMAT && e.file === name && e.data !== undefined) return e.data as T;
  } catch {
    // missing or unreadable: rebuilt below
  }
  const entry = JSON.stringify({ format: FORMAT, file: name, data: make() } satisfies Entry);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${file}.${process.pid}.tmp`);
    writeFileSync(tmp, entry);
    renameSync(tmp, join(dir, file)); // whole or not at all, whatever runs at the same time
    prune(dir, prefix, file);
  } catch {
    // not writable: the value was made anyway
  }
  return (JSON.parse(entry) as Entry).data as T;
}

/**
 * A YAML data file's validated content: from the cache when the file and the code are the ones it
 * was made from, else parsed, validated by `validate` (which throws on bad data) and cached.
 */
export function readYamlData<T>(file: string, validate: (raw: unknown) => T): T {
  const bytes = readFileSync(file);
  return cached(resolve(file), sha1(bytes), () => {
    const { parse } = require('yaml') as typeof Yaml; // only on a miss: most starts never load the parser
    return validate(parse(bytes.toString('utf8')));
  });
}

/**
 * A value derived from data (the Russian case forms of every official's name, made by petrovich), read
 * back from the cache when `inputs` and the code are the ones it was made from, else built by `build`
 * and cached. The value must survive JSON (plain objects, arrays, strings, numbers).
 */
export function cachedValue<T>(name: string, inputs: string, build: () => T): T {
  return cached(`derived:${name}`, sha1(inputs), build);
}

/** Keeps the newest KEEP entries of one data file. */
function prune(dir: string, prefix: string, keep: string): void {
  const mine = readdirSync(dir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.json') && f !== keep)
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of mine.slice(KEEP - 1)) {
    try {
      unlinkSync(join(dir, f));
    } catch {
      // another process removed it first
    }
  }
}
