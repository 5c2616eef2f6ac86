// The watcher's parts on their own: the sources file's validation, listings (RSS, Atom, sitemaps,
// broken XML), URL identity, page metadata, versions of an article, and the backoff of a failing source.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers.ts';
import { parseSources } from '../src/watch/config.ts';
import { parseFeedListing, parseSitemap } from '../src/watch/listing.ts';
import { normalizeUrl } from '../src/fetch/url.ts';
import { pageMeta } from '../src/ingest/url.ts';
import { openStore } from '../src/store/open.ts';
import { ingestArticle, recordVersion } from '../src/ingest/ingest.ts';
import { recordPoll } from '../src/watch/state.ts';

const FIX = new URL('./fixtures/feeds/', import.meta.url).pathname;
const fixture = (f: string) => readFileSync(join(FIX, f), 'utf8').replaceAll('{{BASE}}', 'https://news.example.org').replaceAll('{{SOCHI_UPDATED}}', '2022-10-31T22:30:00+03:00');

describe('sources file', () => {
  test('durations, defaults and the source interval', () => {
    const c = parseSources('settings:\n  interval: 30m\n  timeout: 1.5s\nsources:\n  - id: a\n    kind: rss\n    url: https://x.example/feed\n  - id: b\n    kind: sitemap\n    url: https://y.example/sitemap.xml\n    interval: 1d\n');
    assert.equal(c.settings.timeout, 1500);
    assert.equal(c.settings.retries, 3);
    assert.deepEqual(c.sources.map((s) => s.interval), [1_800_000, 86_400_000]);
  });

  const bad: Array<[string, RegExp]> = [
    ['sources: []', /sources: .*(>=1|at least 1|too small)/i],
    ['sources:\n  - id: a\n    kind: rss\n    url: ftp://x.example/feed', /sources\.0\.url/],
    ['sources:\n  - id: a\n    kind: json\n    url: https://x.example/feed', /sources\.0\.kind/],
    ['sources:\n  - id: a\n    kind: rss\n    url: https://x.example/a\n  - id: a\n    kind: rss\n    url: https://x.example/b', /duplicate source id 'a'/],
    ['settings:\n  timeout: soon\nsources:\n  - id: a\n    kind: rss\n    url: https://x.example/a', /settings\.timeout: not a duration: 'soon'/],
    ['sources:\n  - id: a\n    kind: rss\n    url: https://x.example/a\n    colour: red', /colour/],
    ['sources: [unclosed', /not valid YAML/],
  ];
  for (const [yaml, re] of bad) test(`refused with a reason: ${re}`, () => assert.throws(() => parseSources(yaml, 's.yaml'), (e: Error) => re.test(e.message) && e.message.startsWith('s.yaml')));
});

describe('listings', () => {
  test('RSS 2.0: links, normalised, with their dates', () => {
    const l = parseFeedListing(fixture('rss.xml'), 'https://news.example.org/rss.xml');
    assert.ok(l.ok);
    assert.equal(l.items.length, 5);
    assert.equal(l.items[0].url, 'https://news.example.org/news/2023/05/19/moscow-foreign-ministers', 'utm_ parameters dropped');
    assert.equal(l.items[0].stamp, 'Fri, 19 May 2023 17:40:00 +0300');
  });

  test('Atom: the alternate link and the updated time as the change stamp', () => {
    const l = parseFeedListing(fixture('atom.xml'), 'https://news.example.org/atom.xml');
    assert.ok(l.ok);
    assert.deepEqual(l.items.map((i) => i.url), ['https://news.example.org/ledger/2024/08/19/putin-baku', 'https://news.example.org/ledger/2022/10/31/sochi-trilateral']);
    assert.equal(l.items[1].stamp, '2022-10-31T22:30:00+03:00');
  });

  test('broken XML is refused with the line', () => {
    const l = parseFeedListing(fixture('broken.xml'), 'https://news.example.org/');
    assert.ok(!l.ok && /not well-formed XML \(line 6/.test(l.reason));
  });

  test('a sitemap with news extensions; a sitemap index gives its child sitemaps', () => {
    const l = parseSitemap(fixture('sitemap.xml'), 'https://news.example.org/sitemap.xml');
    assert.ok(l.ok);
    assert.equal(l.items.length, 2);
    assert.equal(l.items[0].title, 'Aliyev and Putin sign the Declaration on Allied Interaction');
    assert.equal(l.items[0].published, '2022-02-22T19:00:00+03:00');
    const index = parseSitemap('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/s1.xml</loc><lastmod>2024-01-01</lastmod></sitemap></sitemapindex>', 'https://x.example/sitemap.xml');
    assert.ok(index.ok);
    assert.deepEqual(index.sitemaps, [{ url: 'https://x.example/s1.xml', stamp: '2024-01-01' }]);
    assert.ok(!parseSitemap('<html><body>no</body></html>', 'https://x.example/').ok);
  });
});

describe('URL identity and page metadata', () => {
  test('fragments, tracking parameters, a trailing slash and the order of parameters do not matter', () => {
    const u = 'https://News.Example.org:443/a/b/?utm_source=x&b=2&a=1#top';
    assert.equal(normalizeUrl(u), 'https://news.example.org/a/b?a=1&b=2');
    assert.equal(normalizeUrl('mailto:x@example.org'), null);
    assert.equal(normalizeUrl('/rel', 'https://x.example/feed'), 'https://x.example/rel');
  });

  test('JSON-LD datePublished, publisher and language', () => {
    const m = pageMeta(fixture('pages/putin-pashinyan-moscow.html'), 'https://news.example.org/x');
    assert.equal(m.publishedAt, '2024-05-08T17:15:00.000Z');
    assert.equal(m.published, '2024-05-08');
    assert.equal(m.canonicalUrl, 'https://news.example.org/news/2024/05/08/putin-pashinyan-moscow');
  });

  test('a <time> element, application-name, and the page URL when there is no canonical link', () => {
    const m = pageMeta(fixture('pages/aliyev-moscow-declaration.html'), 'https://bulletin.example.org/en/a?utm_medium=rss');
    assert.equal(m.published, '2022-02-22');
    assert.equal(m.outlet, 'Ministry Bulletin');
    assert.equal(m.canonicalUrl, 'https://bulletin.example.org/en/a');
  });

  test('nothing in the page: the host is the outlet, no date', () => {
    const m = pageMeta('<html><body><p>x</p></body></html>', 'https://www.mfa.example/news/1');
    assert.equal(m.outlet, 'mfa.example');
    assert.equal(m.published, null);
  });
});

describe('versions and state', () => {
  test('same text is unchanged, new text is version 2; recording a version twice changes nothing', async () => {
    const db = await openStore(join(tempDir(), 'v.db'));
    try {
      const url = 'https://news.example.org/ledger/2022/10/31/sochi-trilateral';
      const v1 = Buffer.from(fixture('pages/sochi-trilateral-v1.html'));
      const a = await ingestArticle(db, 'page.html', v1, { url });
      assert.equal(a.status, 'ingested');
      assert.equal(a.version, 1);
      const sameText = Buffer.from(fixture('pages/sochi-trilateral-v1.html').replace('Most read', 'Most popular'));
      const b = await ingestArticle(db, 'page.html', sameText, { url });
      assert.equal(b.status, 'unchanged', 'other page furniture, same article text');
      const c = await ingestArticle(db, 'page.html', Buffer.from(fixture('pages/sochi-trilateral-v2.html')), { url });
      assert.equal(c.status, 'ingested');
      assert.equal(c.version, 2);
      assert.equal(await recordVersion(db, url, c.documentId!), 2);
      const docs = await db.selectFrom('documents').select(['id', 'status']).orderBy('id').execute();
      assert.deepEqual(docs.map((d) => d.status), ['superseded', 'extracted']);
      const gallery = await ingestArticle(db, 'page.html', Buffer.from(fixture('pages/gallery.html')), { url: 'https://news.example.org/gallery' });
      assert.match(gallery.reason ?? '', /no article text/);
    } finally {
      await db.destroy();
    }
  });

  test('a failing source waits longer after each failure, up to the cap; a success resets it', async () => {
    const db = await openStore(join(tempDir(), 's.db'));
    try {
      const t = new Date('2025-01-01T00:00:00Z');
      const hour = 3_600_000;
      const o = { ok: false, status: 'failed', error: 'HTTP 500', interval: hour, maxBackoff: 4 * hour };
      const waits = [];
      for (let i = 0; i < 5; i++) {
        const s = await recordPoll(db, 'a', 'https://x.example/feed', 'rss', o, t);
        waits.push((Date.parse(s.next_poll_at!) - t.getTime()) / hour);
      }
      assert.deepEqual(waits, [1, 2, 4, 4, 4]);
      const ok = await recordPoll(db, 'a', 'https://x.example/feed', 'rss', { ...o, ok: true, status: 'ok', error: null, etag: '"e"' }, t);
      assert.equal(ok.failures, 0);
      assert.equal(ok.etag, '"e"');
      assert.equal(ok.polls, 6);
    } finally {
      await db.destroy();
    }
  });
});

describe('the sample sources file', () => {
  test('data/sources.yaml is valid and lists the official sources of the region', () => {
    const c = parseSources(readFileSync(new URL('../data/sources.yaml', import.meta.url), 'utf8'), 'data/sources.yaml');
    assert.ok(c.sources.length >= 10);
    const hosts = c.sources.map((s) => new URL(s.url).hostname);
    for (const h of ['en.kremlin.ru', 'president.az', 'tass.com', 'news.am', 'oc-media.org']) assert.ok(hosts.includes(h), h);
    assert.ok(c.settings.host_interval >= 1000, 'polite by default');
  });

  test('it names the official sites and agencies of the region, each with a note on how it was found', () => {
    const c = parseSources(readFileSync(new URL('../data/sources.yaml', import.meta.url), 'utf8'), 'data/sources.yaml');
    const all = [...c.sources, ...c.disabled];
    for (const s of all) assert.ok(s.note && s.note.length > 20, `${s.id} has a note`);
    // Unverified sources stay off: a note that says a URL was not checked goes with enabled: false.
    for (const s of all) if (/not checked|not fetched|guess/i.test(s.note ?? '')) assert.equal(s.enabled, false, `${s.id} is unverified and must be off`);
    const sites = all.map((s) => new URL(s.url).hostname.replace(/^(?:www|en|eng)\./, ''));
    const wanted = [
      'kremlin.ru', 'government.ru', 'mid.ru', // Russia
      'president.am', 'primeminister.am', 'mfa.am', // Armenia
      'president.az', 'cabmin.gov.az', 'mfa.gov.az', // Azerbaijan
      'president.ge', 'gov.ge', 'mfa.gov.ge', // Georgia
      'president.gov.by', 'government.by', 'mfa.gov.by', // Belarus
      'akorda.kz', 'primeminister.kz', 'gov.kz', // Kazakhstan
      'tass.com', 'tass.ru', 'ria.ru', 'interfax.ru', 'interfax.com', 'armenpress.am', 'apa.az', 'azertag.az', 'trend.az', 'belta.by', 'inform.kz', // agencies
    ];
    for (const w of wanted) assert.ok(sites.includes(w), `${w} is in the file`);
    assert.ok(c.sources.some((s) => s.lang === 'ru'), 'a Russian-language source is on');
  });
});
