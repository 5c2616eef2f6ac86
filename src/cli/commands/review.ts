// `attache review --from --to --focus ARM,AZE [--format md|html|json]`: the drafted periodic review.
import { Command } from 'commander';
import { dbOption, withStore, countries } from '../store.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function reviewCommand(): Command {
  return dbOption(new Command('review').description('draft a periodic review: key figures, chronicles by country and level, differing accounts, citations'))
    .requiredOption('--from <date>', 'first day of the period (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'last day of the period (YYYY-MM-DD)')
    .option('--focus <codes>', 'ISO3 codes of the countries whose relations with Russia to review', 'ARM,AZE')
    .option('--format <format>', 'md | html | json', 'md')
    .action(async (o: { db?: string; from: string; to: string; focus: string; format: string }) => {
      for (const [k, v] of [['--from', o.from], ['--to', o.to]]) if (!DAY.test(v) || Number.isNaN(Date.parse(v))) throw new Error(`${k} must be a day YYYY-MM-DD, not '${v}'`);
      if (o.from > o.to) throw new Error('--from must not be after --to');
      if (!['md', 'html', 'json'].includes(o.format)) throw new Error(`--format must be md, html or json, not '${o.format}'`);
      const [{ listEvents }, { defaultGazetteer }, { buildReview, previousPeriod }, { reviewMarkdown, reviewHtml }, { pairStats }] = await Promise.all([import('../../store/queries.ts'), import('../../gazetteer/index.ts'), import('../../review/build.ts'), import('../../review/render.ts'), import('../../stats/stats.ts')]);
      const focus = countries(o.focus)!.filter((c) => c !== 'RUS');
      const g = defaultGazetteer();
      for (const c of focus) if (!g.countries.has(c)) throw new Error(`unknown country code '${c}'`);
      const prev = previousPeriod(o.from, o.to);
      const events = await withStore(o, (db) => listEvents(db, { countries: ['RUS'], from: prev.from, to: o.to }));
      const review = buildReview(g, events, { from: o.from, to: o.to, focus });
      if (o.format === 'html') {
        const { chartSvg } = await import('../../stats/chart.ts'); // vega: only for the HTML review's charts
        for (const c of focus) {
          const rows = pairStats(g, events.filter((e) => e.date && e.date >= o.from.slice(0, 7)), ['RUS', c], 'month', { from: o.from, to: o.to });
          review.charts[c] = await chartSvg(rows, `Contacts Russia–${g.countries.get(c)?.name ?? c} by month`);
        }
        process.stdout.write(reviewHtml(review));
      } else if (o.format === 'json') process.stdout.write(JSON.stringify(review, null, 2) + '\n');
      else process.stdout.write(reviewMarkdown(review));
    });
}
