// `attache ingest`: read, extract and store files and folders; a line per file.
import { Command } from 'commander';
import { expandInputs, readMeta, metaFor } from '../../ingest/files.ts';
import { ingestFile, type IngestResult } from '../../ingest/ingest.ts';
import { DEFAULT_MAX_BYTES } from '../../ingest/read.ts';
import { dbOption, withStore } from '../store.ts';
import { progress } from '../output.ts';

export function ingestCommand(): Command {
  return dbOption(
    new Command('ingest')
      .description('read, extract and store articles (idempotent: the same content is stored once)')
      .argument('<inputs...>', 'files or folders (.txt, .html, .md)')
      .option('--meta <file>', 'JSON Lines of document metadata (doc, published, outlet, url, lang)')
      .option('--published <date>', 'publication date for files the metadata does not cover')
      .option('--max-mb <n>', 'refuse files larger than this', String(DEFAULT_MAX_BYTES / 1024 / 1024)),
  ).action(async (inputs: string[], o: { meta?: string; published?: string; maxMb: string; db?: string }) => {
    const meta = o.meta ? readMeta(o.meta) : new Map();
    const { files, missing } = expandInputs(inputs);
    const results: IngestResult[] = missing.map((f) => ({ file: f, status: 'failed', events: 0, reason: 'no such file or folder', documentId: null }));
    await withStore(o, async (db) => {
      const bar = progress(files.length, 'ingesting');
      for (const f of files) {
        bar.tick(f);
        results.push(await ingestFile(db, f, metaFor(f, meta, o.published), { maxBytes: Number(o.maxMb) * 1024 * 1024 }));
      }
      bar.stop();
    });
    for (const r of results) {
      const detail = r.status === 'ingested' || r.status === 'reextracted' ? `${r.events} events` : '';
      process.stdout.write(`${r.file}: ${r.status}${detail ? ` (${detail})` : ''}${r.reason ? `: ${r.reason}` : ''}\n`);
    }
    const count = (s: string) => results.filter((r) => r.status === s).length;
    process.stdout.write(`${count('ingested')} ingested, ${count('reextracted')} re-extracted, ${count('unchanged')} unchanged, ${count('skipped')} skipped, ${count('failed')} failed\n`);
    process.exitCode = count('failed') + count('skipped') > 0 ? 1 : 0;
  });
}
