// `attache extract`: stateless extraction of files and folders to the exchange format.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../ingest/limits.ts';
import { render, progress, type Format } from '../output.ts';

/** The options of the commands that read files without a store (`extract`, `explain`): metadata, date, output format. */
export function documentOptions(c: Command): Command {
  return c
    .option('--meta <file>', 'JSON Lines of document metadata (doc, published, outlet, url, lang)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for files the metadata does not cover')
    .option('--format <format>', 'jsonl | json | table | csv', process.stdout.isTTY ? 'table' : 'jsonl');
}

export function extractCommand(): Command {
  return documentOptions(
    new Command('extract')
      .description('extract contact events from files or folders (no database); prints SCHEMA.md records')
      .argument('<inputs...>', 'files or folders (.txt, .html, .md)'),
  )
    .option('--max-mb <n>', 'refuse files larger than this', String(DEFAULT_MAX_BYTES / 1024 / 1024))
    .action(async (inputs: string[], o: { meta?: string; published?: string; format: string; maxMb: string }) => {
      // The readers and the extractor are loaded here, not when the CLI starts (issue 19).
      const [{ expandInputs, readMeta, metaFor }, { readDocument }, { extract }, { toRecord }] = await Promise.all([import('../../ingest/files.ts'), import('../../ingest/read.ts'), import('../../extract/pipeline.ts'), import('../../extract/record.ts')]);
      const meta = o.meta ? readMeta(o.meta) : new Map();
      const { files, missing } = expandInputs(inputs);
      let failed = missing.length;
      for (const m of missing) process.stderr.write(`${m}: failed: no such file or folder\n`);
      const records = [];
      const bar = progress(files.length, 'extracting');
      for (const f of files) {
        bar.tick(f);
        try {
          const r = readDocument(f, readFileSync(f), metaFor(f, meta, o.published), { maxBytes: Number(o.maxMb) * 1024 * 1024 });
          if (!r.ok) {
            failed++;
            process.stderr.write(`${f}: refused: ${r.reason}\n`);
            continue;
          }
          for (const n of r.notes) process.stderr.write(`${f}: note: ${n}\n`);
          const x = extract(r.doc);
          if (x.skipped) {
            failed++;
            process.stderr.write(`${f}: refused: ${x.skipped}\n`);
          }
          records.push(...x.events.map(toRecord));
        } catch (e) {
          failed++;
          process.stderr.write(`${f}: failed: ${(e as Error).message}\n`);
        }
      }
      bar.stop();
      const rows = records as unknown as Array<Record<string, unknown>>;
      const fmt = o.format as Format;
      process.stdout.write(fmt === 'table' ? render(rows, 'table', ['doc', 'date', 'type', 'participants', 'countries', 'initiator', 'location']) : render(rows, fmt));
      process.exitCode = failed ? 1 : 0;
    });
}
