// Runs the bundled CLI (dist/main.cjs) with V8's code cache: the functions a command compiled on an
// earlier run are read back compiled instead of being parsed and compiled again (issue 19; Node 20
// has no compile cache of its own, `module.enableCompileCache` came with Node 22). The cache lives
// in the same folder as the data cache (src/data-cache.ts), one file per command and build:
//   - keyed by the bundle's place and dist/'s build stamp, never by the bundle's length alone (V8
//     checks a cache against its source by length: a rebuilt bundle of the same length must not
//     find an old cache);
//   - written after each of the first GENERATIONS runs of a command with that build, each time with
//     what the runs before compiled and what this one added (an English extract, then a Russian one,
//     compile different functions), and again whenever V8 rejects it (another Node); whole or not at
//     all (a temporary file renamed). The entries of the same bundle's older builds are removed
//     (another checkout's stay).
// Where the cache cannot be read or written the bundle simply runs without it.
// Plain JavaScript: bin/attache.js loads it before anything else.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import vm from 'node:vm';

/** The cache folder: $ATTACHE_CACHE_DIR, else $XDG_CACHE_HOME/attache, else ~/.cache/attache. */
/** How many runs of a command add to its cache before it stays as it is. */
const GENERATIONS = 3;

export function cacheDir() {
  if (process.env.ATTACHE_CACHE_DIR) return resolve(process.env.ATTACHE_CACHE_DIR);
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'attache');
}

/**
 * Loads the CommonJS bundle `file` (built with its stamp `stamp`, the stamp file's text) for the
 * command `command`, and returns its exports and `save()`, to be called once the command has done
 * its work: it writes what has been compiled so far, on the first GENERATIONS runs or when V8 refused
 * the cache.
 */
export function loadCached(file, stamp, command) {
  const source = readFileSync(file, 'utf8');
  const sha1 = (text) => createHash('sha1').update(text).digest('hex').slice(0, 16);
  const place = `code-${sha1(file)}-`;
  const build = `${place}${sha1(stamp)}-`;
  const dir = cacheDir();
  const stem = `${build}${command.replace(/[^a-z0-9-]/gi, '_')}.`;
  // The newest generation of this command's cache: its number is in its name (stem.2.v8).
  let generation = 0;
  let cachedData;
  try {
    for (const f of readdirSync(dir)) if (f.startsWith(stem) && f.endsWith('.v8')) generation = Math.max(generation, Number(f.slice(stem.length, -3)) || 0);
    if (generation > 0) cachedData = readFileSync(join(dir, `${stem}${generation}.v8`));
  } catch {
    cachedData = undefined; // none yet, or removed meanwhile
  }
  // The module wrapper Node gives a CommonJS file, compiled here so that V8 can take the cache.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const save = () => {
    if (cachedData && !script.cachedDataRejected && generation >= GENERATIONS) return;
    try {
      mkdirSync(dir, { recursive: true });
      const name = `${stem}${Math.min(generation + 1, GENERATIONS)}.v8`;
      const tmp = join(dir, `${name}.${process.pid}.tmp`);
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, join(dir, name));
      for (const f of readdirSync(dir)) {
        const older = f.startsWith(stem) && f.endsWith('.v8') && f !== name;
        if (older || (f.startsWith(place) && f.endsWith('.v8') && !f.startsWith(build))) unlinkSync(join(dir, f));
      }
    } catch {
      // not writable, or removed by another process first: the cache only saves time
    }
  };
  return { exports: module.exports, save };
}
