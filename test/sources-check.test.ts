// `attache sources --check URL` against a loopback server: a windows-1251 feed, a path robots.txt
// forbids, and an HTML page that announces its feed. Nothing is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers.ts';
import { attacheAsync } from './watch-helpers.ts';
import { Fetcher } from '../src/fetch/client.ts';
import { checkSource } from '../src/watch/check.ts';

let server: Server;
let base = '';
const hits: string[] = [];

const feed = (b: string) => `<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0"><channel><title>Лента</title><link>${b}/</link><description>Новости</description>
<item><title>Министры обсудили транспортный коридор</title><link>${b}/news/1</link><pubDate>Mon, 04 Mar 2024 10:00:00 +0300</pubDate></item>
<item><title>Переговоры о торговле продолжатся весной</title><link>${b}/news/2</link><pubDate>Tue, 05 Mar 2024 11:00:00 +0300</pubDate></item>
<item><title>Делегации обменялись проектами соглашения</title><link>${b}/news/3</link><pubDate>Wed, 06 Mar 2024 12:00:00 +0300</pubDate></item>
</channel></rss>`;

before(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '/');
    switch (req.url) {
      case '/robots.txt':
        return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /closed/\nCrawl-delay: 1\n');
      case '/feed.xml':
        // The charset only in the XML declaration, as many feeds of the region give it.
        return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(Buffer.from(new TextEncoderCp1251().encode(feed(base))));
      case '/':
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>Home</body></html>`);
      default:
        return void res.writeHead(404).end('no');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => (server.closeAllConnections(), server.close()));

/** windows-1251 for the Cyrillic letters used here (TextEncoder only writes UTF-8). */
class TextEncoderCp1251 {
  encode(s: string): Uint8Array {
    return Uint8Array.from([...s].map((c) => {
      const code = c.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (code === 0x401) return 0xa8;
      if (code === 0x451) return 0xb8;
      throw new Error(`not in the test's windows-1251 table: ${c}`);
    }));
  }
}

test('a windows-1251 feed: its items, titles and dates, the charset it declares, robots allowed', async () => {
  const f = new Fetcher({ hostIntervalMs: 0, retries: 0, allowPrivate: true });
  try {
    const r = await checkSource(f, `${base}/feed.xml`);
    assert.ok(r.ok, r.reason ?? '');
    assert.equal(r.items, 3);
    assert.equal(r.charset, 'windows-1251');
    assert.equal(r.charsetFrom, 'declared');
    assert.equal(r.first[0].title, 'Министры обсудили транспортный коридор');
    assert.match(r.first[1].date ?? '', /05 Mar 2024/);
    assert.deepEqual(r.robots, { allowed: true, reason: null, crawlDelayS: 1 });
  } finally {
    await f.close();
  }
});

test('a path robots.txt forbids is not fetched; an HTML page names the feeds it announces', async () => {
  const f = new Fetcher({ hostIntervalMs: 0, retries: 0, allowPrivate: true });
  try {
    const closed = await checkSource(f, `${base}/closed/feed.xml`);
    assert.ok(!closed.ok && !closed.robots.allowed);
    assert.ok(!hits.includes('/closed/feed.xml'));
    const home = await checkSource(f, `${base}/`);
    assert.ok(!home.ok);
    assert.deepEqual(home.feeds, [`${base}/feed.xml`]);
  } finally {
    await f.close();
  }
});

test('the CLI prints what it found and stores nothing', async () => {
  const dir = tempDir();
  const sources = join(dir, 'sources.yaml');
  writeFileSync(sources, `settings:\n  host_interval: 0\n  retries: 0\nsources:\n  - id: a\n    kind: rss\n    url: ${base}/feed.xml\n`);
  const db = join(dir, 'check.db');
  const r = await attacheAsync(['sources', '--check', `${base}/feed.xml`, '--allow-private', '--sources', sources, '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /robots\.txt: allowed \(Crawl-delay 1 s\)/);
  assert.match(r.stdout, /charset: windows-1251 \(declared in the document\)/);
  assert.match(r.stdout, /format: rss; 3 items/);
  assert.match(r.stdout, /Переговоры о торговле продолжатся весной/);
  assert.ok(!existsSync(db), 'no store was created');
  const bad = await attacheAsync(['sources', '--check', `${base}/missing.xml`, '--allow-private', '--sources', sources, '--db', db]);
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /not usable as it is: HTTP 404/);
});
