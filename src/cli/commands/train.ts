// `attache train --db PATH`: the analysts' confirmations, rejections, corrections and added events in
// a store become training examples (src/train/curated.ts); both readers' scorers are refitted with
// them and the change is reported on held-out folds (src/train/refit.ts). The refitted model files
// go to --out (default: a folder beside the store); extraction uses them with ATTACHE_MODELS=DIR.
import { Command } from 'commander';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { dbOption, withStore } from '../store.ts';

export function trainCommand(): Command {
  return dbOption(new Command('train').description("refit the readers' scorers with the curation in a store and report the change on held-out folds"))
    .option('--out <dir>', 'folder for the refitted models (default: <store>-models beside a SQLite store; required for PostgreSQL)')
    .option('--shared <dir>', "the annotated sets' folder (with real/en, real/ru); default ../shared/eval beside the repository; 'none': refit from the shipped weights")
    .action(async (o: { db?: string; out?: string; shared?: string }) => {
      const { dbPath, isPostgresUrl } = await import('../../store/open.ts');
      const { ROOT } = await import('../../paths.ts');
      const { SHIPPED_MODELS } = await import('../../score/logistic.ts');
      const { curatedExamples } = await import('../../train/curated.ts');
      const { refitLanguage, annotatedRows, modelInUse, describe } = await import('../../train/refit.ts');
      const location = dbPath(o.db);
      if (!o.out && isPostgresUrl(location)) throw new Error('a PostgreSQL store has no folder beside it: name one with --out DIR');
      const out = resolve(o.out ?? join(dirname(location), `${basename(location, extname(location))}-models`));
      // The shipped models are `npm run train`'s: a refit on one store's curation never replaces them.
      if (out === resolve(SHIPPED_MODELS)) throw new Error(`--out ${o.out} is the shipped models' folder; write the refitted ones elsewhere and point ATTACHE_MODELS at them`);
      const shared = o.shared === 'none' ? null : resolve(o.shared ?? join(ROOT, '..', 'shared', 'eval'));
      const harvest = await withStore(o, (db) => curatedExamples(db));
      const reports = [];
      for (const lang of ['en', 'ru'] as const) {
        const base = modelInUse(lang);
        if (!base) {
          process.stderr.write(`attache train: no ${lang} model to refit (run npm run train)\n`);
          continue;
        }
        // The annotated set is read only when there is something to add to it.
        const set = harvest.examples.some((e) => e.lang === lang) ? annotatedRows(lang, shared) : null;
        reports.push(refitLanguage(lang, base, set, harvest.examples, out, location.includes('://') ? location.replace(/\/\/[^@/]*@/, '//') : basename(location)));
      }
      process.stdout.write(describe(harvest, reports));
      process.stdout.write(`\nextraction uses these models with ATTACHE_MODELS=${out} (then \`attache reextract --all\` to score the stored documents again)\n`);
    });
}
