#!/usr/bin/env node
// Runs the extractor on a corpus and scores it with the shared scorer.
//   npm run eval                 the seeds (../shared), scored against ../shared/eval/gold/seeds.jsonl
//   npm run eval -- dev          the project's dev set (corpus/dev)
//   npm run eval -- sample       the shipped sample corpus (corpus/sample)
//   npm run eval -- heldout      a second held-out set, annotated blind (corpus/heldout)
//   npm run eval -- heldout-ru   its Russian counterpart, written and annotated blind (corpus/heldout-ru)
//   npm run eval -- real-en      the shared real English set (../shared/eval/real/en)
//   npm run eval -- real-ru      the shared real Russian set (../shared/eval/real/ru)
//   npm run eval -- joining      only the joining measure (below)
//   extra flags (--show-errors) go to the scorer.
// The plain `npm run eval` then measures joining (scripts/joining.ts): the sample, dev and heldout
// corpora ingested together into a throwaway store, duplicate and wrongly joined contacts counted
// against their gold (--show lists them).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { SETS as sets, root, scorer, documentsOf } from './sets.mjs';

const args = process.argv.slice(2);
const which = args.find((a) => !a.startsWith('--')) ?? 'seeds';
const flags = args.filter((a) => a.startsWith('--'));
const joining = () => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'joining.ts'), ...flags.filter((f) => f === '--show')], { stdio: 'inherit', cwd: root });
if (which === 'joining') process.exit(joining().status ?? 1);
const set = sets[which];
if (!set) {
  console.error(`unknown corpus '${which}': seeds, dev, sample, heldout, heldout-ru, real-en or real-ru`);
  process.exit(2);
}
if (!existsSync(scorer) || !existsSync(set.dir)) {
  console.error(`needs ${set.dir} and ${scorer} (the shared folder beside this repository)`);
  process.exit(2);
}
const files = documentsOf(set);
const run = spawnSync(process.execPath, [join(root, 'bin', 'attache.js'), 'extract', '--format', 'jsonl', '--meta', set.meta, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.stderr) process.stderr.write(run.stderr);
const pred = join(mkdtempSync(join(tmpdir(), 'attache-eval-')), 'pred.jsonl');
writeFileSync(pred, run.stdout);
const score = spawnSync(process.execPath, [scorer, set.gold, pred, ...flags.filter((f) => f !== '--show')], { stdio: 'inherit' });
if (score.status !== 0 || args.some((a) => !a.startsWith('--'))) process.exit(score.status ?? 1);
process.exit(joining().status ?? 1);
