// Polling rounds and the long-running watcher. A round polls a set of sources a few at a time
// (different hosts in parallel; each host's own rate limit still applies); one failing source is
// recorded and backed off, never stops the others. The watcher sleeps until the next source is due.
import { sleep } from '../fetch/limit.ts';
import type { SourceConfig } from './config.ts';
import { pollSource, type SourceSummary, type WatchContext } from './poll.ts';
import { sourceState } from './state.ts';

export interface RoundSummary {
  event: 'summary';
  started: string;
  ms: number;
  sources: number;
  ok: number;
  notModified: number;
  failed: number;
  stored: number;
  updated: number;
  unchanged: number;
  blocked: number;
  itemFailures: number;
  /** Listed items older than max_age, not fetched. */
  tooOld: number;
  events: number;
  perSource: SourceSummary[];
}

export async function pollRound(ctx: WatchContext, sources: SourceConfig[]): Promise<RoundSummary> {
  const started = new Date();
  ctx.log({ event: 'round', sources: sources.length });
  const out: SourceSummary[] = new Array(sources.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sources.length && !ctx.stopping?.()) {
      const i = next++;
      try {
        out[i] = await pollSource(ctx, sources[i]);
      } catch (e) {
        // A bug or a store error on one source is reported with it; the round goes on.
        const reason = `internal error: ${(e as Error).message.split('\n')[0]}`;
        ctx.log({ event: 'poll', source: sources[i].id, status: 'failed', reason });
        out[i] = { source: sources[i].id, url: sources[i].url, status: 'failed', reason, listed: 0, fetched: 0, stored: 0, updated: 0, unchanged: 0, notModified: 0, blocked: 0, failed: 0, deferred: 0, tooOld: 0, events: 0, failures: [], blockedUrls: [], ms: 0, nextPollAt: null };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(ctx.settings.concurrency, sources.length) }, worker));
  const done = out.filter(Boolean);
  const sum = (k: keyof SourceSummary) => done.reduce((a, s) => a + Number(s[k]), 0);
  const summary: RoundSummary = {
    event: 'summary',
    started: started.toISOString(),
    ms: Date.now() - started.getTime(),
    sources: done.length,
    ok: done.filter((s) => s.status === 'ok').length,
    notModified: done.filter((s) => s.status === 'not-modified').length,
    failed: done.filter((s) => s.status === 'failed').length,
    stored: sum('stored'),
    updated: sum('updated'),
    unchanged: sum('unchanged'),
    blocked: sum('blocked'),
    itemFailures: sum('failed'),
    tooOld: sum('tooOld'),
    events: sum('events'),
    perSource: done,
  };
  ctx.log({ ...summary, perSource: undefined });
  return summary;
}

/** Sources whose next poll time has come (or that were never polled, or whose URL changed). */
export async function dueSources(ctx: WatchContext, sources: SourceConfig[], now: Date): Promise<SourceConfig[]> {
  const due: SourceConfig[] = [];
  for (const s of sources) {
    const st = await sourceState(ctx.db, s.id);
    if (!st || st.url !== s.url || !st.next_poll_at || Date.parse(st.next_poll_at) <= now.getTime()) due.push(s);
  }
  return due;
}

/** Polls due sources until `ctx.stopping()` says stop; wakes at least every `maxSleepMs`. */
export async function runWatch(ctx: WatchContext, sources: SourceConfig[], onRound: (r: RoundSummary) => void, maxSleepMs = 60_000): Promise<void> {
  while (!ctx.stopping?.()) {
    const due = await dueSources(ctx, sources, new Date());
    if (due.length) onRound(await pollRound(ctx, due));
    const times = await Promise.all(sources.map(async (s) => Date.parse((await sourceState(ctx.db, s.id))?.next_poll_at ?? '') || Date.now()));
    const wait = Math.max(1_000, Math.min(maxSleepMs, Math.min(...times) - Date.now()));
    if (due.length) ctx.log({ event: 'idle', until: new Date(Math.max(Date.now() + 1_000, Math.min(...times))).toISOString() });
    for (let t = 0; t < wait && !ctx.stopping?.(); t += 250) await sleep(Math.min(250, wait - t));
  }
}
