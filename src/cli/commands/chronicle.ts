// `attache chronicle` and `attache actors`.
import { Command } from 'commander';
import { dbOption, withStore, countries } from '../store.ts';
import { filterOptions, toFilter, type FilterOptions } from './events.ts';
import { render, type Format } from '../output.ts';

export function chronicleCommand(): Command {
  return dbOption(filterOptions(new Command('chronicle').description('the dated "Meetings and Conversations" chronicle, with citations')))
    .option('--format <format>', 'md | html | json', 'md')
    .action(async (o: FilterOptions & { db?: string; format: string }) => {
      const [{ listEvents }, { buildChronicle }, { toMarkdown, toHtml }, { defaultGazetteer }] = await Promise.all([import('../../read-model/queries.ts'), import('../../chronicle/chronicle.ts'), import('../../chronicle/render.ts'), import('../../gazetteer/index.ts')]);
      const rows = await withStore(o, (db) => listEvents(db, toFilter(o)));
      const c = buildChronicle(defaultGazetteer(), rows, { from: o.from, to: o.to });
      if (o.format === 'html') process.stdout.write(toHtml(c));
      else if (o.format === 'json') process.stdout.write(JSON.stringify(c, null, 2) + '\n');
      else process.stdout.write(toMarkdown(c));
    });
}

export function actorsCommand(): Command {
  return dbOption(new Command('actors').description('people in the record, their roles over time and number of contacts'))
    .option('--country <codes>', 'ISO3 codes, comma-separated')
    .option('--format <format>', 'table | json | jsonl | csv', process.stdout.isTTY ? 'table' : 'jsonl')
    .action(async (o: { db?: string; country?: string; format: Format }) => {
      const { listActors } = await import('../../read-model/queries.ts');
      const rows = await withStore(o, (db) => listActors(db, countries(o.country)));
      const flat = rows.map((a) => ({
        id: a.id,
        name: a.name,
        country: a.country,
        contacts: a.contacts,
        roles: a.roles.map((r) => `${r.title ?? r.role} (${r.from ?? '?'}–${r.to ?? ''})`),
      }));
      process.stdout.write(o.format === 'json' || o.format === 'jsonl' ? render(rows as unknown as Array<Record<string, unknown>>, o.format) : render(flat, o.format));
    });
}
