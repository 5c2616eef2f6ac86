// `npm run train`: fits both readers' event scorers and writes their model files — the Russian one
// (src/reader/ru/score.ts → data/models/ru-events.json, scripts/train/ru.ts) and the English one
// (src/extract/score.ts → data/models/en-events.json, scripts/train/en.ts) — each on its annotated
// real set in ../shared/eval/real. Before each final fit it measures the scorer by 5-fold
// cross-validation by document: each fold's documents are scored by a model fitted on the other four,
// and the pooled predictions go through the shared scorer, beside the rules alone on the same
// documents. Deterministic: folds by document name, zero start, fixed steps. The English model is
// fitted on the rules' output without a scorer, so a change to the rules needs only this command.
//   npm run train                  fit, cross-validate, write both models
//   npm run train -- --cv-only     print the cross-validated figures, write nothing
//   npm run train -- --only en|ru  one reader
//   npm run train -- --corpora     English: the project's corpora (corpus/dev, sample, heldout) join the training folds
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { shared } from './train/common.ts';
import { trainRussian } from './train/ru.ts';
import { trainEnglish, realEnglishExists } from './train/en.ts';

if (!existsSync(join(shared, 'real', 'ru', 'gold.jsonl')) || !realEnglishExists()) {
  console.error(`needs ${join(shared, 'real')} (the shared folder beside this repository)`);
  process.exit(2);
}
const args = process.argv.slice(2);
const write = !args.includes('--cv-only');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
if (only !== 'en') trainRussian({ write });
if (only !== 'ru') trainEnglish({ write, corpora: args.includes('--corpora') });
