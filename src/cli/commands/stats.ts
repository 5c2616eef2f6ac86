// `attache stats --pair RUS-ARM`: a pair's contacts per month or quarter by type and level, who
// initiated the calls, topics; as a table or CSV, and an SVG chart with --svg.
import { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import type { Bucket } from '../../stats/stats.ts';
import { dbOption, withStore, checkDate } from '../store.ts';
import { render } from '../output.ts';

export function parsePair(s: string): string[] {
  const pair = s.toUpperCase().split(/[-,\s]+/).filter(Boolean);
  if (pair.length !== 2 || pair.some((c) => !/^[A-Z]{3}$/.test(c))) throw new Error(`--pair must be two ISO3 codes like RUS-ARM, not '${s}'`);
  return pair;
}

export function statsCommand(): Command {
  return dbOption(new Command('stats').description("a country pair's contacts over time: by type, level, initiator and topic"))
    .requiredOption('--pair <codes>', 'two ISO3 codes, e.g. RUS-ARM')
    .option('--from <date>', 'from this date (YYYY-MM-DD)')
    .option('--to <date>', 'to this date (YYYY-MM-DD)')
    .option('--by <bucket>', 'month | quarter', 'month')
    .option('--format <format>', 'table | csv | json', 'table')
    .option('--svg <file>', 'also write an SVG chart to this file')
    .action(async (o: { db?: string; pair: string; from?: string; to?: string; by: string; format: string; svg?: string }) => {
      const pair = parsePair(o.pair);
      if (o.by !== 'month' && o.by !== 'quarter') throw new Error(`--by must be month or quarter, not '${o.by}'`);
      if (!['table', 'csv', 'json'].includes(o.format)) throw new Error(`--format must be table, csv or json, not '${o.format}'`);
      const [{ listEvents }, { defaultGazetteer }, { pairStats, statsTable }] = await Promise.all([import('../../read-model/queries.ts'), import('../../gazetteer/index.ts'), import('../../stats/stats.ts')]);
      const events = await withStore(o, (db) => listEvents(db, { countries: pair, from: checkDate('--from', o.from), to: checkDate('--to', o.to) }));
      const rows = pairStats(defaultGazetteer(), events, pair, o.by as Bucket, { from: o.from, to: o.to });
      const table = statsTable(rows, pair);
      if (o.format === 'json') process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      else process.stdout.write(render(table, o.format === 'csv' ? 'csv' : 'table') + (o.format === 'table' ? `${events.length} contacts ${pair.join('–')}\n` : ''));
      if (o.svg) {
        const { chartSvg } = await import('../../stats/chart.ts'); // vega: only when a chart is asked for
        writeFileSync(o.svg, await chartSvg(rows, `Contacts ${pair.join('–')} by ${o.by}`));
        process.stderr.write(`chart written to ${o.svg}\n`);
      }
    });
}
