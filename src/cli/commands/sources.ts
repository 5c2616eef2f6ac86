// `attache sources`: each watched source's health from the store — last poll, last success,
// consecutive failures, next poll, the last error and how many articles it gave.
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { dbOption, withStore } from '../store.ts';
import { render, type Format } from '../output.ts';
import { DEFAULT_SOURCES } from './watch.ts';

export function sourcesCommand(): Command {
  return dbOption(
    new Command('sources')
      .description("list the watched sources and each one's health")
      .option('--sources <file>', 'sources file (YAML); its sources are listed even before their first poll', DEFAULT_SOURCES)
      .option('--format <format>', 'table, json, jsonl or csv', 'table')
      .option('--check <url>', 'try a feed or sitemap as the watcher would read it (robots.txt, charset, items), storing nothing')
      .option('--kind <kind>', "with --check: 'sitemap' to read the URL as a sitemap (else told from its content)")
      .option('--allow-private', "with --check: fetch from private, loopback and link-local addresses (refused unless this or the file's allow_private)"),
  ).action(async (o: { sources: string; format: Format; db?: string; check?: string; kind?: string; allowPrivate?: boolean }) => {
    const [{ loadSources, fetchOptions }, { allSourceStates, itemCounts }] = await Promise.all([import('../../watch/config.ts'), import('../../watch/state.ts')]);
    const config = existsSync(o.sources) ? loadSources(o.sources) : null;
    if (o.check) {
      // No store is opened: a check leaves nothing behind.
      const [{ Fetcher }, { checkSource, checkText }] = await Promise.all([import('../../fetch/client.ts'), import('../../watch/check.ts')]);
      const options = config ? fetchOptions(config.settings) : {};
      const fetcher = new Fetcher({ ...options, allowPrivate: Boolean(o.allowPrivate || options.allowPrivate) });
      try {
        const r = await checkSource(fetcher, o.check, o.kind);
        process.stdout.write(o.format === 'json' ? JSON.stringify(r, null, 2) + '\n' : checkText(r));
        process.exitCode = r.ok ? 0 : 1;
      } finally {
        await fetcher.close();
      }
      return;
    }
    const rows = await withStore(o, async (db) => {
      const states = new Map((await allSourceStates(db)).map((s) => [s.id, s]));
      const counts = await itemCounts(db);
      // Disabled sources are listed too (issue 19), marked so, with the file's note on why.
      const listed = [...(config?.sources ?? []), ...(config?.disabled ?? [])];
      const ids = [...new Set([...listed.map((s) => s.id), ...states.keys()])];
      return ids.map((id) => {
        const st = states.get(id);
        const cfg = listed.find((s) => s.id === id);
        const c = counts.get(id);
        const polled = !st ? 'never polled' : st.failures > 0 ? `failing (${st.failures} in a row)` : 'ok';
        const health = cfg && !cfg.enabled ? (st ? `disabled (last: ${polled})` : 'disabled') : polled;
        return {
          id,
          kind: cfg?.kind ?? st?.kind ?? null,
          url: cfg?.url ?? st?.url ?? null,
          health: config && !cfg ? `${health}; not in the sources file` : health,
          failures: st?.failures ?? 0,
          last_poll: st?.last_poll_at ?? null,
          last_ok: st?.last_ok_at ?? null,
          next_poll: st?.next_poll_at ?? null,
          articles: c?.stored ?? 0,
          item_errors: c?.errors ?? 0,
          last_error: st?.last_error ?? null,
          note: cfg?.note ?? null,
        };
      });
    });
    const cols = o.format === 'table' ? ['id', 'kind', 'health', 'last_poll', 'next_poll', 'articles', 'item_errors', 'last_error', 'note'] : undefined;
    process.stdout.write(render(rows, o.format, cols));
    process.exitCode = rows.some((r) => r.failures > 0 && !r.health.startsWith('disabled')) ? 1 : 0;
  });
}
