// A watcher killed with SIGKILL in the middle of a poll (while an article page is still arriving)
// and started again loses no article and stores none twice; what it had finished is not fetched again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers.ts';
import { attacheAsync, rows } from './watch-helpers.ts';
import { startFixtureServer, fixtureSources, type FixtureServer } from './fixtures/feeds/server.ts';

let server: FixtureServer;
let db: string;
let sources: string;
const SLOW = '/news/2024/05/08/putin-pashinyan-moscow';
const FIRST = '/news/2023/05/19/moscow-foreign-ministers';
const args = () => ['watch', '--once', '--quiet', '--sources', sources, '--db', db, '--format', 'json'];

before(async () => {
  server = await startFixtureServer();
  const dir = tempDir();
  db = join(dir, 'kill.db');
  sources = join(dir, 'sources.yaml');
  writeFileSync(sources, fixtureSources(server.base, { timeout: '20s' }, ['wire-rss', 'ledger-atom', 'bulletin-sitemap', 'evening-flaky']));
});
after(() => server.close());

test('SIGKILL during a slow article response, then a restart: every article stored exactly once', async () => {
  server.delays.set(SLOW, 15_000);
  const killed = await attacheAsync(args(), (child) => {
    server.onRequest = (path) => {
      if (path === SLOW) setTimeout(() => child.kill('SIGKILL'), 300);
    };
  });
  server.onRequest = undefined;
  assert.equal(killed.signal, 'SIGKILL', `the watcher was killed mid-poll (exit ${killed.status}: ${killed.stderr.slice(-500)})`);
  assert.equal(server.count(SLOW), 1);
  const beforeRestart = rows<{ url: string }>(db, 'SELECT url FROM documents');
  assert.ok(beforeRestart.some((d) => d.url.endsWith(FIRST)), 'the article before the slow one was stored before the kill');
  assert.ok(!beforeRestart.some((d) => d.url.endsWith(SLOW)));

  server.delays.clear();
  const again = await attacheAsync(args());
  const summary = JSON.parse(again.stdout) as { failed: number; perSource: Array<{ failures: Array<{ url: string }> }> };
  assert.equal(summary.failed, 0, again.stdout);
  // The items after the slow one were reached only now: the page with no text and the 404.
  assert.deepEqual(summary.perSource.flatMap((s) => s.failures.map((f) => new URL(f.url).pathname)).sort(), ['/gallery/2024/05/10', '/news/2024/05/11/withdrawn']);
  const docs = rows<{ url: string; n: number }>(db, 'SELECT url, count(*) AS n FROM documents GROUP BY url ORDER BY url');
  assert.equal(docs.length, 7, JSON.stringify(docs));
  for (const d of docs) assert.equal(d.n, 1, `${d.url} stored once`);
  assert.equal(rows<{ n: number }>(db, 'SELECT count(*) AS n FROM document_versions')[0].n, 7);
  assert.equal(server.count(FIRST), 1, 'an article finished before the kill is not fetched again');
  assert.equal(server.count(SLOW), 2, 'the interrupted article is fetched again');
  // An article stored just before the kill but not yet recorded is fetched again and found 'unchanged'.
  assert.deepEqual(rows(db, "SELECT url FROM seen_items WHERE status NOT IN ('stored', 'unchanged', 'gone', 'refused')"), []);

  const third = await attacheAsync(args());
  assert.equal(JSON.parse(third.stdout).stored, 0);
  assert.equal(rows<{ n: number }>(db, 'SELECT count(*) AS n FROM documents')[0].n, 7);
});
