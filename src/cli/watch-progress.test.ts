// What `attache watch` shows on stderr: for people on a terminal, JSON for programs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logMode, humanLog } from './watch-progress.ts';

test('JSON only with --json or when stderr is not a terminal; nothing with --quiet', () => {
  assert.equal(logMode({}, true), 'human');
  assert.equal(logMode({ json: true }, true), 'json');
  assert.equal(logMode({}, false), 'json');
  assert.equal(logMode({ quiet: true }, true), 'none');
  assert.equal(logMode({ quiet: true, json: true }, false), 'none');
});

test('a bar per round ticked by each polled source, then one timestamped line per round and the next poll', () => {
  const lines: string[] = [];
  const bars: Array<{ total: number; what: string; ticks: string[]; stopped: boolean }> = [];
  const at = new Date(2026, 0, 5, 9, 30, 15);
  const log = humanLog(
    (l) => lines.push(l),
    (total, what) => {
      const b = { total, what, ticks: [] as string[], stopped: false };
      bars.push(b);
      return { tick: (label = '') => void b.ticks.push(label), stop: () => void (b.stopped = true) };
    },
    () => at,
  );
  log({ event: 'round', sources: 2 });
  log({ event: 'fetch', url: 'http://a.example/feed' });
  log({ event: 'poll', source: 'wire' });
  log({ event: 'ingest', source: 'wire', status: 'stored' });
  log({ event: 'poll', source: 'ledger' });
  log({ event: 'summary', sources: 2, ok: 2, notModified: 0, failed: 0, stored: 3, updated: 1, itemFailures: 0, blocked: 0, tooOld: 4, events: 5, ms: 2400 });
  log({ event: 'idle', until: new Date(2026, 0, 5, 10, 0, 15).toISOString() });
  assert.deepEqual(bars, [{ total: 2, what: '09:30:15 polling', ticks: ['wire', 'ledger'], stopped: true }]);
  assert.deepEqual(lines, [
    '09:30:15 round: 2 sources, 2 ok, 0 not modified, 0 failed; articles: 3 new, 1 updated, 4 older than max_age; 5 events (2.4 s)',
    '09:30:15 next poll at 10:00:15',
  ]);
  assert.ok(!lines.some((l) => l.startsWith('{')), 'no JSON for people');
});
