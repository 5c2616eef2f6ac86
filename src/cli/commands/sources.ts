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
      .option('--format <format>', 'table, json, jsonl or csv', 'table'),
  ).action(async (o: { sources: string; format: Format; db?: string }) => {
    const [{ loadSources }, { allSourceStates, itemCounts }] = await Promise.all([import('../../watch/config.ts'), import('../../watch/state.ts')]);
    const config = existsSync(o.sources) ? loadSources(o.sources) : null;
    const rows = await withStore(o, async (db) => {
      const states = new Map((await allSourceStates(db)).map((s) => [s.id, s]));
      const counts = await itemCounts(db);
      const ids = [...new Set([...(config?.sources.map((s) => s.id) ?? []), ...states.keys()])];
      return ids.map((id) => {
        const st = states.get(id);
        const cfg = config?.sources.find((s) => s.id === id);
        const c = counts.get(id);
        const health = !st ? 'never polled' : st.failures > 0 ? `failing (${st.failures} in a row)` : 'ok';
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
        };
      });
    });
    const cols = o.format === 'table' ? ['id', 'kind', 'health', 'last_poll', 'next_poll', 'articles', 'item_errors', 'last_error'] : undefined;
    process.stdout.write(render(rows, o.format, cols));
    process.exitCode = rows.some((r) => r.failures > 0) ? 1 : 0;
  });
}
