// The evaluation sets: where each one's documents, metadata and gold records are. One list for
// `npm run eval` (eval.mjs) and the generated accuracy table (accuracy.mjs).
import { join } from 'node:path';
import { readdirSync } from 'node:fs';

export const root = new URL('..', import.meta.url).pathname;
export const shared = join(root, '..', 'shared');
export const scorer = join(shared, 'eval', 'score.mjs');

const corpus = (name) => ({ dir: join(root, 'corpus', name), meta: join(root, 'corpus', name, 'meta.jsonl'), gold: join(root, 'corpus', name, 'gold.jsonl') });
const real = (lang) => ({ dir: join(shared, 'eval', 'real', lang, 'docs'), meta: join(shared, 'eval', 'real', lang, 'meta.jsonl'), gold: join(shared, 'eval', 'real', lang, 'gold.jsonl') });

export const SETS = {
  seeds: { dir: join(shared, 'corpus', 'seeds'), meta: join(shared, 'eval', 'meta.jsonl'), gold: join(shared, 'eval', 'gold', 'seeds.jsonl') },
  dev: corpus('dev'),
  sample: corpus('sample'),
  heldout: corpus('heldout'),
  'heldout-ru': corpus('heldout-ru'),
  'real-en': real('en'),
  'real-ru': real('ru'),
};

/** The documents of a set: its text, HTML and Markdown files (not its README). */
export const documentsOf = (set) => readdirSync(set.dir).filter((f) => /\.(txt|html?|md)$/.test(f) && f !== 'README.md').map((f) => join(set.dir, f));
