#!/usr/bin/env node
// How the reader does on officials it has never heard of: the judge's articles name people the
// gazetteer lacks, and the shared sets' people are nearly all in it. This copies the repository to a
// temporary folder, removes a share of the officials there (every third, chosen by a hash of the id,
// so the same people each run), and scores a set on the copy with and without the removal.
//
//   node scripts/ablate.mjs real-ru            whole records removed (English and Cyrillic names)
//   node scripts/ablate.mjs real-en --ru-only  only the Cyrillic names removed (the Russian reader's case)
//   node scripts/ablate.mjs real-ru --share 2  every second official instead of every third
//
// Vladimir Putin is kept: a reader that does not know him is not a question worth asking.
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const set = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'real-ru';
const ruOnly = args.includes('--ru-only');
const shareAt = args.indexOf('--share');
const share = shareAt >= 0 ? Number(args[shareAt + 1]) : 3;
if (!Number.isInteger(share) || share < 2) {
  console.error('--share N: N an integer of 2 or more (every Nth official is removed)');
  process.exit(2);
}

const base = mkdtempSync(join(tmpdir(), 'attache-ablate-'));
const copy = join(base, 'repo');
const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
for (const f of files) {
  mkdirSync(dirname(join(copy, f)), { recursive: true });
  cpSync(join(root, f), join(copy, f));
}
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
symlinkSync(join(root, '..', 'shared'), join(base, 'shared'));

// Records are cut at "- id:" lines, the way the people files are written.
const dropped = (id) => id !== 'vladimir-putin' && parseInt(createHash('md5').update(id).digest('hex').slice(-8), 16) % share === 0;
let removed = 0;
let people = 0;
const dir = join(copy, 'data', 'gazetteer', 'people');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
  const parts = readFileSync(join(dir, f), 'utf8').split(/^(?=- id: )/m);
  const out = parts.map((p) => {
    const id = /^- id: (\S+)/.exec(p)?.[1];
    if (!id) return p;
    people++;
    if (!dropped(id)) return p;
    removed++;
    return ruOnly ? p.replace(/^ {2}ru: .*\n/m, '') : '';
  });
  writeFileSync(join(dir, f), out.join(''));
}

const score = (cwd) => {
  // ATTACHE_FROM_SOURCE: the copy has no dist/ of its own; the cache folder is the copy's own.
  const r = spawnSync(process.execPath, [join(cwd, 'scripts', 'eval.mjs'), set], { cwd, encoding: 'utf8', env: { ...process.env, ATTACHE_FROM_SOURCE: '1', ATTACHE_CACHE_DIR: join(base, 'cache') } });
  return (r.stdout.trim().split('\n').pop() ?? '').trim() || r.stderr.trim();
};
console.log(`${set}: ${removed} of ${people} officials removed${ruOnly ? ' (Cyrillic names only)' : ''}, every ${share === 3 ? 'third' : `${share}th`} by a hash of the id`);
console.log(`  full gazetteer     ${score(root)}`);
console.log(`  officials removed  ${score(copy)}`);
rmSync(base, { recursive: true, force: true });
