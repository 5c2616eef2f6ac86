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
      const [{ listEvents }, { defaultGazetteer }, { buildReview, previousPeriod, seriesPanels }, { reviewMarkdown, reviewHtml }] = await Promise.all([import('../../store/queries.ts'), import('../../gazetteer/index.ts'), import('../../review/build.ts'), import('../../review/render.ts')]);
      const focus = countries(o.focus)!.filter((c) => c !== 'RUS');
      const g = defaultGazetteer();
      for (const c of focus) if (!g.countries.has(c)) throw new Error(`unknown country code '${c}'`);
      const prev = previousPeriod(o.from, o.to);
      // The period and the previous one; and every contact of Russia up to the period's end, for firsts,
      // lapses and whether the store covers the previous period at all.
      const [events, history] = await withStore(o, (db) => Promise.all([listEvents(db, { countries: ['RUS'], from: prev.from, to: o.to }), listEvents(db, { countries: ['RUS'], to: o.to, limit: 1_000_000 })]));
      const review = buildReview(g, events, { from: o.from, to: o.to, focus }, history);
      if (o.format === 'html') {
        const { panelsSpec, specSvg } = await import('../../stats/chart.ts'); // vega: only for the HTML review's charts
        // The chart draws the review's own month rows: the same contacts as the key figures.
        for (const c of focus) {
          const rows = review.series[c] ?? [];
          review.charts[c] = await specSvg(panelsSpec(seriesPanels(rows), rows.map((r) => r.period), `Contacts Russia–${g.countries.get(c)?.name ?? c} by month`));
        }
        process.stdout.write(reviewHtml(review));
      } else if (o.format === 'json') process.stdout.write(JSON.stringify(review, null, 2) + '\n');
      else process.stdout.write(reviewMarkdown(review));
    });
}
