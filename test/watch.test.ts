// `attache watch --once` over a local server of fixture feeds and pages: exactly the new valid
// articles are stored, forbidden paths are skipped, each failure is reported by source with its
// reason, a second run fetches nothing new (conditional requests, 304s), and an edited article
// becomes a new version with the old one kept as superseded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers.ts';
import { attacheAsync, rows, logLines, type AsyncRun } from './watch-helpers.ts';
import { startFixtureServer, fixtureSources, type FixtureServer } from './fixtures/feeds/server.ts';

let server: FixtureServer;
let db: string;
let sources: string;
const runs: Array<{ run: AsyncRun; summary: Summary; from: number; to: number }> = [];

interface SourceSummary {
  source: string;
  status: string;
  reason: string | null;
  stored: number;
  updated: number;
  blocked: number;
  failed: number;
  failures: Array<{ url: string; reason: string }>;
  blockedUrls: string[];
  events: number;
}
interface Summary {
  stored: number;
  updated: number;
  failed: number;
  events: number;
  perSource: SourceSummary[];
}

const ARTICLES = [
  '/news/2023/05/19/moscow-foreign-ministers',
  '/news/2024/05/08/putin-pashinyan-moscow',
  '/ledger/2024/08/19/putin-baku',
  '/ledger/2022/10/31/sochi-trilateral',
  '/en/news/2022/02/22/aliyev-moscow-declaration',
  '/en/2021/11/26/sochi-talks',
  '/politics/2023-05-25-kremlin-trilateral',
];
const FEEDS = ['/rss.xml', '/atom.xml', '/sitemap.xml', '/flaky.xml'];

async function watchOnce(): Promise<{ run: AsyncRun; summary: Summary; hits: FixtureServer['hits'] }> {
  const from = server.hits.length;
  const run = await attacheAsync(['watch', '--once', '--sources', sources, '--db', db, '--format', 'json']);
  assert.ok(run.stdout.trim(), `no summary; stderr: ${run.stderr.slice(-2000)}`);
  const summary = JSON.parse(run.stdout) as Summary;
  runs.push({ run, summary, from, to: server.hits.length });
  return { run, summary, hits: server.hits.slice(from) };
}

const bySource = (s: Summary, id: string) => s.perSource.find((p) => p.source === id)!;
const docs = () => rows<{ id: number; url: string; status: string }>(db, 'SELECT id, url, status FROM documents ORDER BY id');

before(async () => {
  server = await startFixtureServer();
  const dir = tempDir();
  db = join(dir, 'watch.db');
  sources = join(dir, 'sources.yaml');
  writeFileSync(sources, fixtureSources(server.base));
});
after(() => server.close());

test('first run: the new valid articles are stored, once each, with their events', async () => {
  const { run, summary } = await watchOnce();
  assert.equal(run.status, 1, 'failures make the exit code 1');
  const stored = docs();
  assert.deepEqual(stored.map((d) => new URL(d.url).pathname).sort(), [...ARTICLES].sort());
  assert.equal(summary.stored, 7);
  assert.ok(summary.events >= 7, `events: ${summary.events}`);
  const events = rows<{ n: number }>(db, 'SELECT count(*) AS n FROM events')[0].n;
  assert.equal(events, summary.events);
  const meta = rows<{ title: string; published: string; outlet: string; lang: string }>(db, "SELECT title, published, outlet, lang FROM documents WHERE url LIKE '%putin-pashinyan-moscow'")[0];
  assert.deepEqual(meta, { title: 'Putin and Pashinyan meet after the Eurasian summit', published: '2024-05-08', outlet: 'Caucasus Wire', lang: 'en' });
});

test('first run: the feeds and the sitemap are read, a redirect is followed, a 500 recovers on retry', () => {
  const s = runs[0].summary;
  assert.equal(bySource(s, 'wire-rss').stored, 2);
  assert.equal(bySource(s, 'ledger-atom').stored, 2);
  assert.equal(bySource(s, 'bulletin-sitemap').stored, 2);
  assert.equal(bySource(s, 'evening-flaky').status, 'ok');
  assert.equal(bySource(s, 'evening-flaky').stored, 1);
  assert.deepEqual(server.hits.filter((h) => h.path === '/flaky.xml').map((h) => h.status), [500, 200]);
  assert.equal(server.count('/old/sochi-2021'), 1);
  // The redirected article is known by its canonical URL.
  assert.equal(rows(db, "SELECT 1 FROM seen_items WHERE url LIKE '%/old/sochi-2021' AND canonical_url LIKE '%/en/2021/11/26/sochi-talks'").length, 1);
});

test('first run: a path robots.txt forbids is skipped and never requested', () => {
  const rss = bySource(runs[0].summary, 'wire-rss');
  assert.equal(rss.blocked, 1);
  assert.match(rss.blockedUrls[0], /\/private\/briefing/);
  assert.equal(server.count('/private/briefing-2024-05-09'), 0);
  assert.ok(server.hits.every((h) => /^attache\/0\.1 \(\+/.test(h.userAgent)), 'every request names the agent');
});

test('first run: each failure is reported by source with its reason', () => {
  const s = runs[0].summary;
  const reason = (id: string) => {
    const p = bySource(s, id);
    assert.equal(p.status, 'failed', `${id}: ${JSON.stringify(p)}`);
    return p.reason ?? '';
  };
  assert.match(reason('broken-feed'), /not well-formed XML \(line 6/);
  assert.match(reason('gone-feed'), /HTTP 404/);
  assert.match(reason('loop-feed'), /redirect loop/);
  assert.match(reason('slow-feed'), /timed out after 400 ms/);
  assert.match(reason('huge-feed'), /body too large .*limit 2\.0 MB/);
  assert.ok(server.hugeWritten < 100 * 1024 * 1024, `the 100 MB body was cut short (${server.hugeWritten} bytes written)`);
  assert.equal(s.failed, 5);
  const rss = bySource(s, 'wire-rss');
  const item = (path: string) => rss.failures.find((f) => f.url.endsWith(path))?.reason ?? '';
  assert.match(item('/gallery/2024/05/10'), /no article text/);
  assert.match(item('/news/2024/05/11/withdrawn'), /HTTP 404/);
  // 4xx is not retried; the slow feed is retried twice after the first attempt.
  assert.equal(server.count('/missing.xml'), 1);
  assert.equal(server.count('/news/2024/05/11/withdrawn'), 1);
  assert.equal(server.count('/slow.xml'), 3);
});

test('first run: one JSON log line per fetch, per ingest and per poll, and a summary', () => {
  const logs = logLines(runs[0].run.stderr);
  const fetches = logs.filter((l) => l.event === 'fetch');
  assert.ok(fetches.some((l) => String(l.url).endsWith('/rss.xml') && l.status === 200 && l.result === 'ok'));
  assert.ok(fetches.some((l) => String(l.url).endsWith('/broken.xml')));
  assert.equal(logs.filter((l) => l.event === 'ingest' && l.status === 'stored').length, 7);
  assert.equal(logs.filter((l) => l.event === 'poll').length, 9);
  const summary = logs.filter((l) => l.event === 'summary');
  assert.equal(summary.length, 1);
  assert.equal(summary[0].stored, 7);
  for (const l of logs) assert.match(String(l.ts), /^\d{4}-\d{2}-\d{2}T/);
});

test('second run: nothing new is fetched; the listings are asked for conditionally and answer 304', async () => {
  const { summary, hits } = await watchOnce();
  assert.equal(summary.stored, 0);
  assert.equal(summary.updated, 0);
  assert.equal(docs().length, 7);
  for (const feed of FEEDS) {
    const h = hits.filter((x) => x.path === feed);
    assert.equal(h.length, 1, feed);
    assert.ok(h[0].conditional, `${feed} asked conditionally`);
    assert.equal(h[0].status, 304, feed);
  }
  for (const a of [...ARTICLES, '/old/sochi-2021']) assert.equal(hits.filter((h) => h.path === a).length, 0, `${a} not fetched again`);
});

test('an edited article is fetched again, stored as version 2 and extracted; version 1 is kept, superseded', async () => {
  const before = docs();
  const old = before.find((d) => d.url.endsWith('/sochi-trilateral'))!;
  server.sochiVersion = 2;
  const { summary, hits } = await watchOnce();
  assert.equal(bySource(summary, 'ledger-atom').updated, 1);
  assert.equal(summary.stored, 0);
  const page = hits.filter((h) => h.path === '/ledger/2022/10/31/sochi-trilateral');
  assert.equal(page.length, 1);
  assert.ok(page[0].conditional && page[0].status === 200, 'asked with its validators, answered with the new text');
  assert.equal(hits.filter((h) => h.path === '/ledger/2024/08/19/putin-baku').length, 0, 'the unchanged entry is not fetched');
  const after = docs();
  assert.equal(after.length, 8);
  assert.equal(after.find((d) => d.id === old.id)!.status, 'superseded');
  const versions = rows<{ document_id: number; version: number; previous_id: number | null }>(db, "SELECT document_id, version, previous_id FROM document_versions WHERE canonical_url LIKE '%/sochi-trilateral' ORDER BY version");
  assert.deepEqual(versions.map((v) => v.version), [1, 2]);
  assert.equal(versions[0].document_id, old.id);
  assert.equal(versions[1].previous_id, old.id);
  const newEvents = rows<{ n: number }>(db, 'SELECT count(*) AS n FROM events WHERE document_id = ?', versions[1].document_id)[0].n;
  const oldEvents = rows<{ n: number }>(db, 'SELECT count(*) AS n FROM events WHERE document_id = ?', old.id)[0].n;
  assert.ok(newEvents > oldEvents, `the new text adds the separate meetings (${oldEvents} → ${newEvents})`);
});

test('a fourth run finds nothing new', async () => {
  const { summary, hits } = await watchOnce();
  assert.equal(summary.stored + summary.updated, 0);
  assert.equal(docs().length, 8);
  assert.equal(hits.filter((h) => ARTICLES.includes(h.path)).length, 0);
});

test('`attache sources` lists each source with its health', async () => {
  const r = await attacheAsync(['sources', '--sources', sources, '--db', db, '--format', 'json']);
  assert.equal(r.status, 1, 'failing sources make the exit code 1');
  const list = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  const get = (id: string) => list.find((s) => s.id === id)!;
  assert.equal(list.length, 9);
  assert.equal(get('wire-rss').health, 'ok');
  assert.equal(get('wire-rss').articles, 2);
  assert.equal(get('wire-rss').item_errors, 2);
  assert.equal(get('broken-feed').health, 'failing (4 in a row)');
  assert.match(String(get('broken-feed').last_error), /not well-formed XML/);
  // Backed off: the next poll of a failing source is later than a healthy one's.
  assert.ok(String(get('broken-feed').next_poll) > String(get('wire-rss').next_poll));
  const csv = await attacheAsync(['sources', '--sources', sources, '--db', db, '--format', 'csv']);
  assert.match(csv.stdout, /^broken-feed,rss,http:\/\/127\.0\.0\.1:\d+\/broken\.xml,failing \(4 in a row\),4,/m);
});

test('`attache ingest URL` fetches one page, stores it with its metadata, and a second time leaves it alone', async () => {
  const one = join(tempDir(), 'one.db');
  const url = `${server.base}/ledger/2024/08/19/putin-baku`;
  const first = await attacheAsync(['ingest', '--allow-private', '--db', one, url, `${server.base}/gallery/2024/05/10`]);
  assert.match(first.stdout, /putin-baku: ingested \(\d+ events\)/);
  assert.match(first.stdout, /gallery\/2024\/05\/10: failed: no article text/);
  assert.equal(first.status, 1);
  const d = rows<{ url: string; title: string; published: string; outlet: string }>(one, 'SELECT url, title, published, outlet FROM documents');
  assert.deepEqual(d, [{ url, title: 'Putin in Baku for a state visit', published: '2024-08-19', outlet: 'Caspian Ledger' }]);
  const again = await attacheAsync(['ingest', '--allow-private', '--db', one, url]);
  assert.match(again.stdout, /putin-baku: unchanged/);
  assert.equal(again.status, 0);
});
