// What the watcher does with a feed that changes under it, against a loopback server whose feed and
// pages a test rewrites: an item whose text changes while its link and date stay the same, a print
// copy of an article, items older than max_age.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { attacheAsync } from './watch-helpers.ts';
import { tempDir } from './helpers.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { Fetcher } from '../src/fetch/client.ts';
import { parseSources, fetchOptions } from '../src/watch/config.ts';
import { pollSource, type WatchContext } from '../src/watch/poll.ts';
import { printArticleUrl } from '../src/ingest/print.ts';

/** Feed and pages served by path; a test changes them between polls. */
const content = new Map<string, { type: string; body: string }>();
const requests: string[] = [];
let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    const c = content.get(path);
    if (!c) return void res.writeHead(404).end('not here');
    res.writeHead(200, { 'content-type': c.type }).end(c.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => (server.closeAllConnections(), server.close()));

const BODIES = [
  [
    'The foreign ministers of two neighbouring states held talks in the capital on Monday, the ministry said in a statement.',
    'They discussed transport links across the border, the work of the joint commission on trade and the preparation of a visit by the head of state later in the year.',
    'Both sides agreed to meet again before the summer and to keep their deputies in contact on the open questions of the border treaty.',
  ],
  [
    'Deputy prime ministers of the two countries met in the port city on Thursday to review the year of trade between them.',
    'The sides looked at the customs rules for grain and fertiliser, freight by rail, and a loan for the modernisation of a power station.',
    'A working group will report on the customs questions within three months, the government press office added.',
  ],
];

/** An article page in the project's own words (one of two bodies); `extra` is one more paragraph. */
export function page(title: string, extra = '', body = 0): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2024-03-04T10:00:00+03:00"></head><body><main><article><h1>${title}</h1>
${BODIES[body].map((p) => `<p>${p}</p>`).join('\n')}
${extra ? `<p>${extra}</p>` : ''}</article></main></body></html>`;
}

function rss(items: Array<{ path: string; title: string; description: string; date: string }>): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test wire</title><link>${base}/</link><description>feed</description>
${items.map((i) => `<item><title>${i.title}</title><link>${base}${i.path}</link><description>${i.description}</description><pubDate>${i.date}</pubDate></item>`).join('\n')}
</channel></rss>`;
}

async function context(settings = ''): Promise<{ ctx: WatchContext; logs: Array<Record<string, unknown>>; db: Store; close: () => Promise<void> }> {
  const config = parseSources(`settings:\n  host_interval: 0\n  retries: 0\n  allow_private: true\n${settings}sources:\n  - id: wire\n    kind: rss\n    url: ${base}/feed.xml\n`);
  const db = await openStore(join(tempDir(), 'w.db'));
  const fetcher = new Fetcher(fetchOptions(config.settings));
  const logs: Array<Record<string, unknown>> = [];
  const ctx: WatchContext = { db, fetcher, settings: config.settings, log: (r) => logs.push(r) };
  return { ctx, logs, db, close: async () => (await fetcher.close(), await db.destroy()) };
}

const source = () => parseSources(`sources:\n  - id: wire\n    kind: rss\n    url: ${base}/feed.xml\n`).sources[0];

test('an RSS item whose text changes under the same link and date is fetched again and stored as version 2', async () => {
  const { ctx, db, logs, close } = await context();
  try {
    const date = new Date().toUTCString();
    content.set('/talks', { type: 'text/html; charset=utf-8', body: page('Ministers meet on border talks') });
    content.set('/feed.xml', { type: 'application/rss+xml', body: rss([{ path: '/talks', title: 'Ministers meet', description: 'Talks on the border.', date }]) });
    const first = await pollSource(ctx, source());
    assert.equal(first.stored, 1, JSON.stringify(first));

    // Same feed again: nothing is fetched.
    const again = await pollSource(ctx, source());
    assert.equal(again.fetched, 0);

    // The outlet rewrites the item and its page; link and pubDate stay.
    content.set('/talks', { type: 'text/html; charset=utf-8', body: page('Ministers meet on border talks', 'Later in the day the ministers also signed a memorandum on a new road crossing.') });
    content.set('/feed.xml', { type: 'application/rss+xml', body: rss([{ path: '/talks', title: 'Ministers meet', description: 'Talks on the border; a memorandum signed.', date }]) });
    const changed = await pollSource(ctx, source());
    assert.equal(changed.fetched, 1);
    assert.equal(changed.updated, 1, JSON.stringify(changed));
    assert.ok(logs.some((l) => l.event === 'ingest' && l.why === 'text-changed'));
    const versions = await db.selectFrom('document_versions').select(['version']).orderBy('version').execute();
    assert.deepEqual(versions.map((v) => v.version), [1, 2]);
    const docs = await db.selectFrom('documents').select(['status', 'text']).orderBy('id').execute();
    assert.equal(docs[0].status, 'superseded');
    assert.match(docs[1].text, /road crossing/);

    // And once read, the new text is not fetched again.
    const settled = await pollSource(ctx, source());
    assert.equal(settled.fetched, 0);
  } finally {
    await close();
  }
});

test('print URLs from data/print-urls.yaml give the article URL; other URLs are not print copies', () => {
  const cases: Array<[string, string | null]> = [
    ['https://news.example.org/politics/120?print=1', 'https://news.example.org/politics/120'],
    ['https://news.example.org/politics/120?id=5&view=print', 'https://news.example.org/politics/120?id=5'],
    ['https://news.example.org/politics/120/print.html', 'https://news.example.org/politics/120'],
    ['https://news.example.org/politics/120-print.html', 'https://news.example.org/politics/120.html'],
    ['https://news.example.org/print/politics/120', 'https://news.example.org/politics/120'],
    ['https://news.example.org/politics/120/print', 'https://news.example.org/politics/120'],
    ['https://news.example.org/politics/120?print=0', null],
    ['https://news.example.org/politics/printing-press-law', null],
    ['https://news.example.org/politics/120?view=full', null],
  ];
  for (const [url, want] of cases) assert.equal(printArticleUrl(url), want, url);
});

test('a print copy without a canonical link is joined to its article, before or after it', async () => {
  const { ctx, db, close } = await context();
  try {
    const date = new Date().toUTCString();
    const text = 'Ministers agree a new crossing';
    // The article first, then its print copy (no canonical link, same text in other furniture).
    content.set('/news/7', { type: 'text/html; charset=utf-8', body: page(text) });
    content.set('/news/7?print=1', { type: 'text/html; charset=utf-8', body: page(text).replace('<main>', '<main><p>Printed from the site.</p>') });
    content.set('/feed.xml', { type: 'application/rss+xml', body: rss([{ path: '/news/7', title: text, description: 'a', date }, { path: '/news/7?print=1', title: text, description: 'b', date }]) });
    const s = await pollSource(ctx, source());
    assert.equal(s.stored, 1, JSON.stringify(s));
    assert.equal(s.unchanged, 1, 'the print copy is the same article');
    assert.equal((await db.selectFrom('documents').select('id').execute()).length, 1);

    // A print copy that comes first is stored under the article's URL; the article is then that document.
    content.set('/news/8/print.html', { type: 'text/html; charset=utf-8', body: page('Deputies meet on trade', '', 1) });
    content.set('/news/8', { type: 'text/html; charset=utf-8', body: page('Deputies meet on trade', '', 1) });
    content.set('/feed.xml', { type: 'application/rss+xml', body: rss([{ path: '/news/8/print.html', title: 'x', description: 'c', date }]) });
    await pollSource(ctx, source());
    content.set('/feed.xml', { type: 'application/rss+xml', body: rss([{ path: '/news/8/print.html', title: 'x', description: 'c', date }, { path: '/news/8', title: 'x', description: 'd', date }]) });
    const s2 = await pollSource(ctx, source());
    assert.equal(s2.stored, 0, JSON.stringify(s2));
    const docs = await db.selectFrom('documents').select(['url']).orderBy('id').execute();
    assert.deepEqual(docs.map((d) => new URL(d.url!).pathname), ['/news/7', '/news/8']);

    // A print URL that does not lead back to the article's URL: joined by the same text.
    content.set('/print/item/9', { type: 'text/html; charset=utf-8', body: page(text).replace('<h1>', '<p>Print this page</p><h1>') });
    content.set('/feed.xml', { type: 'application/rss+xml', body: rss([{ path: '/print/item/9', title: 'x', description: 'e', date }]) });
    const s3 = await pollSource(ctx, source());
    assert.equal(s3.unchanged, 1, JSON.stringify(s3));
    assert.equal((await db.selectFrom('documents').select('id').execute()).length, 2);

    const seen = await db.selectFrom('seen_items').select(['url', 'canonical_url']).execute();
    assert.equal(seen.find((r) => r.url.endsWith('/news/7?print=1'))?.canonical_url, `${base}/news/7`);
  } finally {
    await close();
  }
});

test('items older than max_age are counted and reported, not dropped in silence', async () => {
  const { ctx, logs, close } = await context('  max_age: 30d\n');
  try {
    content.set('/fresh', { type: 'text/html; charset=utf-8', body: page('A fresh report') });
    content.set('/feed.xml', {
      type: 'application/rss+xml',
      body: rss([
        { path: '/fresh', title: 'fresh', description: 'f', date: new Date().toUTCString() },
        { path: '/old-1', title: 'old', description: 'o', date: 'Mon, 04 Mar 2019 10:00:00 GMT' },
        { path: '/old-2', title: 'older', description: 'o', date: 'Tue, 05 Mar 2019 10:00:00 GMT' },
      ]),
    });
    const s = await pollSource(ctx, source());
    assert.equal(s.tooOld, 2);
    assert.equal(s.listed, 1);
    assert.ok(!requests.includes('/old-1'), 'an old item is not fetched');
    assert.equal(logs.find((l) => l.event === 'poll')?.tooOld, 2, 'the poll log line says how many');
  } finally {
    await close();
  }
});

test('`attache sources` lists disabled sources, marked disabled, with their note', async () => {
  const dir = tempDir();
  const file = join(dir, 'sources.yaml');
  writeFileSync(
    file,
    `sources:\n  - id: on\n    kind: rss\n    url: ${base}/feed.xml\n  - id: off\n    kind: sitemap\n    url: ${base}/sitemap.xml\n    enabled: false\n    note: The sitemap path is a guess nobody has checked.\n`,
  );
  const r = await attacheAsync(['sources', '--sources', file, '--db', join(dir, 's.db'), '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const list = JSON.parse(r.stdout) as Array<{ id: string; health: string; note: string | null }>;
  assert.deepEqual(list.map((s) => [s.id, s.health]), [['on', 'never polled'], ['off', 'disabled']]);
  assert.equal(list[1].note, 'The sitemap path is a guess nobody has checked.');
});
