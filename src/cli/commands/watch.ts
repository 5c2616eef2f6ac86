// `attache watch`: poll the sources of a sources file (RSS, Atom, sitemaps), fetch new articles and
// ingest them; `--once` for one round (e.g. from cron), else a long-running process. One JSON line
// per fetch, ingest and poll goes to stderr; the summary of each round to stdout.
import { join } from 'node:path';
import { Command } from 'commander';
import { DATA_DIR } from '../../paths.ts';
import type { RoundSummary } from '../../watch/watch.ts';
import type { SourceSummary } from '../../watch/poll.ts';
import { dbOption, withStore } from '../store.ts';

export const DEFAULT_SOURCES = join(DATA_DIR, 'sources.yaml');

function line(s: SourceSummary): string {
  if (s.status === 'failed') return `${s.source}: FAILED: ${s.reason}`;
  const parts = [`${s.listed} listed`, `${s.stored} new`, `${s.updated} updated`, `${s.unchanged + s.notModified} unchanged`];
  if (s.blocked) parts.push(`${s.blocked} forbidden by robots.txt`);
  if (s.failed) parts.push(`${s.failed} failed`);
  if (s.deferred) parts.push(`${s.deferred} left for the next poll`);
  if (s.tooOld) parts.push(`${s.tooOld} older than max_age, not fetched`);
  const head = `${s.source}: ${s.status === 'not-modified' ? 'not modified' : s.status}; ${parts.join(', ')}; ${s.events} events`;
  return [head, ...s.failures.map((f) => `  ${f.url}: ${f.reason}`), ...s.blockedUrls.map((u) => `  ${u}: skipped, forbidden by robots.txt`)].join('\n');
}

function report(r: RoundSummary, format: string): void {
  if (format === 'json') {
    process.stdout.write(JSON.stringify(r) + '\n');
    return;
  }
  for (const s of r.perSource) process.stdout.write(line(s) + '\n');
  process.stdout.write(
    `${r.sources} sources: ${r.ok} ok, ${r.notModified} not modified, ${r.failed} failed; ${r.stored} articles stored, ${r.updated} updated, ${r.blocked} forbidden, ${r.itemFailures} failed${r.tooOld ? `, ${r.tooOld} older than max_age` : ''}; ${r.events} events (${(r.ms / 1000).toFixed(1)} s)\n`,
  );
}

export function watchCommand(): Command {
  return dbOption(
    new Command('watch')
      .description('poll RSS/Atom feeds and sitemaps, fetch new articles politely and ingest them')
      .option('--sources <file>', 'sources file (YAML)', DEFAULT_SOURCES)
      .option('--once', 'one round over every source, then exit (1 when a source or an article failed)')
      .option('--due', 'with --once: only the sources whose next poll time has come')
      .option('--format <format>', 'summary format: text or json', 'text')
      .option('--json', 'JSON log lines on stderr (the default when stderr is not a terminal)')
      .option('--quiet', 'nothing on stderr but errors'),
  ).action(async (o: { sources: string; once?: boolean; due?: boolean; format: string; json?: boolean; quiet?: boolean; db?: string }) => {
    const [{ Fetcher }, { loadSources, fetchOptions }, { pollRound, dueSources, runWatch }, { dbPath, isPostgresUrl }, { lockWatcher, lockWatcherPostgres }, { watchLaunchers }, { logMode, humanLog }] = await Promise.all([import('../../fetch/client.ts'), import('../../watch/config.ts'), import('../../watch/watch.ts'), import('../../store/open.ts'), import('../../watch/lock.ts'), import('../../watch/parent.ts'), import('../watch-progress.ts')]);
    const config = loadSources(o.sources);
    // On a terminal, a bar and a line per round for people; JSON lines for programs (watch-progress.ts).
    const mode = logMode(o, Boolean(process.stderr.isTTY));
    const human = mode === 'human' ? humanLog((l) => process.stderr.write(l + '\n')) : null;
    const log = (r: object): void => {
      if (mode === 'json') process.stderr.write(JSON.stringify({ ts: new Date().toISOString(), ...r }) + '\n');
      else human?.(r as Record<string, unknown>);
    };
    const fetcher = new Fetcher(fetchOptions(config.settings), log);
    // One watcher per store (watch/lock.ts): a lock file beside a SQLite store, a session advisory lock
    // on a PostgreSQL one; a second watcher is refused and told who holds it.
    const file = dbPath(o.db);
    let stop = false;
    let release: () => void;
    if (isPostgresUrl(file)) {
      const pgLock = await lockWatcherPostgres(file, (reason) => {
        stop = true;
        process.stderr.write(`attache watch: ${reason}; stopping\n`);
      });
      release = () => void pgLock.release();
    } else {
      release = lockWatcher(file);
    }
    // A first signal stops the watcher after the item in hand; a second one stops it at once (the lock
    // is released first; an interrupted item is fetched again by the next watcher).
    const onSignal = (sig: NodeJS.Signals): void => {
      if (stop) {
        release();
        process.exit(sig === 'SIGINT' ? 130 : 143);
      }
      stop = true;
      process.stderr.write(`attache watch: ${sig}: stopping after the item in hand (send it again to stop at once)\n`);
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
    // Behind npx the signal may never arrive (watch/parent.ts): a launcher that goes away stops us too.
    const unwatch = watchLaunchers((reason) => {
      stop = true;
      process.stderr.write(`attache watch: ${reason}; stopping\n`);
    });
    // With the launcher gone, the pipes it read may be closed: writing to them must not crash the
    // watcher before it has released its lock.
    const ignorePipe = (e: NodeJS.ErrnoException): void => {
      if (e.code !== 'EPIPE') throw e;
    };
    process.stdout.on('error', ignorePipe);
    process.stderr.on('error', ignorePipe);
    try {
      await withStore(o, async (db) => {
        const ctx = { db, fetcher, settings: config.settings, log, stopping: () => stop };
        if (o.once) {
          const sources = o.due ? await dueSources(ctx, config.sources, new Date()) : config.sources;
          const r = await pollRound(ctx, sources);
          report(r, o.format);
          process.exitCode = r.failed + r.itemFailures > 0 ? 1 : 0;
        } else {
          await runWatch(ctx, config.sources, (r) => report(r, o.format));
        }
      });
    } finally {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      unwatch();
      await fetcher.close();
      release();
    }
  });
}
