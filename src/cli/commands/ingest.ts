// `attache ingest`: read, extract and store files, folders and web pages (URLs, fetched politely);
// a line per input.
import { Command } from 'commander';
import type { IngestResult } from '../../ingest/ingest.ts';
import { DEFAULT_MAX_BYTES } from '../../ingest/limits.ts';
import { dbOption, withStore } from '../store.ts';
import { progress } from '../output.ts';
import { enqueueInputs, type QueueIngestOptions } from './jobs.ts';

export function ingestCommand(): Command {
  return dbOption(
    new Command('ingest')
      .description('read, extract and store articles (idempotent: the same content is stored once)')
      .argument('<inputs...>', 'files or folders (.txt, .html, .md), or http(s) URLs of article pages')
      .option('--meta <file>', 'JSON Lines of document metadata (doc, published, outlet, url, lang)')
      .option('--published <date>', 'publication date for files the metadata does not cover')
      .option('--max-mb <n>', 'refuse files larger than this', String(DEFAULT_MAX_BYTES / 1024 / 1024))
      .option('--allow-private', 'fetch URLs on private, loopback and link-local addresses (refused by default)')
      .option('--queue [url]', 'enqueue for `attache worker` instead of extracting here (PostgreSQL; default the --db database)')
      .option('--retries <n>', 'with --queue: attempts after the first (default 3)')
      .option('--retry-delay <s>', 'with --queue: seconds before the first retry, doubled each time (default 5)')
      .option('--job-timeout <s>', 'with --queue: seconds a worker may hold a job before another takes it (default 900)'),
  ).action(async (inputs: string[], o: { meta?: string; published?: string; maxMb: string; db?: string; allowPrivate?: boolean } & QueueIngestOptions) => {
    if (o.queue) return enqueueInputs(inputs, o);
    const [{ expandInputs, readMeta, metaFor }, { ingestFile }, { ingestUrl }, { Fetcher }] = await Promise.all([import('../../ingest/files.ts'), import('../../ingest/ingest.ts'), import('../../ingest/url.ts'), import('../../fetch/client.ts')]);
    const meta = o.meta ? readMeta(o.meta) : new Map();
    const urls = inputs.filter((i) => /^https?:\/\//i.test(i));
    const { files, missing } = expandInputs(inputs.filter((i) => !urls.includes(i)));
    const results: IngestResult[] = missing.map((f) => ({ file: f, status: 'failed', events: 0, reason: 'no such file or folder', documentId: null }));
    await withStore(o, async (db) => {
      const bar = progress(files.length, 'ingesting');
      for (const f of files) {
        bar.tick(f);
        results.push(await ingestFile(db, f, metaFor(f, meta, o.published), { maxBytes: Number(o.maxMb) * 1024 * 1024 }));
      }
      bar.stop();
      if (!urls.length) return;
      const fetcher = new Fetcher({ maxBytes: Number(o.maxMb) * 1024 * 1024, allowPrivate: Boolean(o.allowPrivate) });
      try {
        for (const u of urls) {
          const r = await ingestUrl(db, fetcher, u, o.published ? { published: o.published } : {});
          const status = r.status === 'not-modified' ? 'unchanged' : r.status;
          const version = r.version && r.version > 1 ? `version ${r.version}` : null;
          results.push({ file: u, status, events: r.events, reason: [version, r.reason].filter(Boolean).join('; ') || null, documentId: r.documentId });
        }
      } finally {
        await fetcher.close();
      }
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
