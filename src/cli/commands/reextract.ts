// `attache reextract`: run the current extractor over stored documents (kept; only the machine's
// events are replaced, analysts' corrections are untouched).
import { Command } from 'commander';
import { dbOption, withStore } from '../store.ts';

export function reextractCommand(): Command {
  return dbOption(new Command('reextract').description('re-extract stored documents made by an older extractor version'))
    .option('--all', 'every document, whatever version extracted it')
    .action(async (o: { db?: string; all?: boolean }) => {
      const { reextractAll } = await import('../../ingest/ingest.ts');
      const done = await withStore(o, (db) => reextractAll(db, !!o.all));
      for (const d of done) process.stdout.write(`${d.name}: re-extracted (${d.events} events)\n`);
      process.stdout.write(`${done.length} documents re-extracted\n`);
    });
}
