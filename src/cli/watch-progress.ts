// What `attache watch` writes on stderr while it works. On a terminal, for people: a progress bar per
// round (sources polled of sources due), then one line per round with its time, and the time of the
// next poll. JSON lines (one per fetch, ingest, poll and round) when asked with --json, or when stderr
// is not a terminal (a log file, a service manager's journal), where a program reads them.
import { progress, type Progress } from './output.ts';

export type LogMode = 'json' | 'human' | 'none';

export function logMode(o: { json?: boolean; quiet?: boolean }, tty: boolean): LogMode {
  if (o.quiet) return 'none';
  return o.json || !tty ? 'json' : 'human';
}

const clock = (d = new Date()): string => d.toTimeString().slice(0, 8);

/** A log function for people: `write` takes finished lines; `bar` makes the round's progress bar. */
export function humanLog(write: (line: string) => void, bar: (total: number, what: string) => Progress = progress, now = () => new Date()): (r: Record<string, unknown>) => void {
  let current: Progress | null = null;
  return (r) => {
    const ts = clock(now());
    switch (r.event) {
      case 'round':
        current = bar(Number(r.sources), `${ts} polling`);
        return;
      case 'poll':
        current?.tick(String(r.source));
        return;
      case 'summary': {
        current?.stop();
        current = null;
        const parts = [`${r.sources} sources`, `${r.ok} ok`, `${r.notModified} not modified`, `${r.failed} failed`];
        const items = [`${r.stored} new`, `${r.updated} updated`];
        if (Number(r.itemFailures)) items.push(`${r.itemFailures} failed`);
        if (Number(r.blocked)) items.push(`${r.blocked} forbidden by robots.txt`);
        if (Number(r.tooOld)) items.push(`${r.tooOld} older than max_age`);
        write(`${ts} round: ${parts.join(', ')}; articles: ${items.join(', ')}; ${r.events} events (${(Number(r.ms) / 1000).toFixed(1)} s)`);
        return;
      }
      case 'idle':
        write(`${ts} next poll at ${clock(new Date(String(r.until)))}`);
        return;
      default:
        // fetch and ingest records are for the JSON log; the round's line sums them up.
        return;
    }
  };
}
