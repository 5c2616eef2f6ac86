// `attache review --from --to --focus ARM,AZE [--format md|html|json|docx|pdf] [--out FILE]`: the
// drafted periodic review, with the analyst's text of each section as saved in the workbench. Word
// and PDF are binary: written to --out, or to a pipe, never to a terminal (where they would only
// garble the screen).
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { dbOption, withStore, countries } from '../store.ts';
import { REVIEW_FORMATS } from '../../review/formats.ts';

const BINARY = new Set(['docx', 'pdf']);

export function reviewCommand(): Command {
  return dbOption(new Command('review').description('draft a periodic review: key figures, chronicles by country and level, differing accounts, numbered sources, the analyst’s text'))
    .requiredOption('--from <date>', 'first day of the period (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'last day of the period (YYYY-MM-DD)')
    .option('--focus <codes>', 'ISO3 codes of the countries whose relations with Russia to review', 'ARM,AZE')
    .option('--format <format>', REVIEW_FORMATS.join(' | '), 'md')
    .option('--out <file>', 'write to this file instead of standard output (needed for docx and pdf on a terminal)')
    .action(async (o: { db?: string; from: string; to: string; focus: string; format: string; out?: string }) => {
      if (!(REVIEW_FORMATS as readonly string[]).includes(o.format)) throw new Error(`--format must be one of ${REVIEW_FORMATS.join(', ')}, not '${o.format}'`);
      if (BINARY.has(o.format) && !o.out && process.stdout.isTTY) throw new Error(`--format ${o.format} is a binary file: name it with --out FILE (or redirect standard output)`);
      const [{ defaultGazetteer }, { draftReview, checkReviewOptions }, { renderReview }] = await Promise.all([import('../../gazetteer/index.ts'), import('../../review/draft.ts'), import('../../review/formats.ts')]);
      const g = defaultGazetteer();
      const opts = checkReviewOptions(g, { from: o.from, to: o.to, focus: countries(o.focus) ?? [] }, '--');
      const review = await withStore(o, (db) => draftReview(db, g, { ...opts, charts: o.format === 'html' || o.format === 'pdf' }));
      const out = await renderReview(review, o.format as (typeof REVIEW_FORMATS)[number]);
      if (o.out) {
        writeFileSync(o.out, out.body);
        process.stderr.write(`review written to ${o.out} (${out.body.length} bytes)\n`);
      } else process.stdout.write(out.body);
    });
}
