// The fetch policy beyond addresses (issue 19), against a loopback server: the Content-Type is read
// before the body (HTML, XML, text and JSON feeds are read; a PDF or an image is refused with its type);
// redirects go only to the starting site or to hosts the source lists; a Retry-After holds its host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Fetcher, readableType, redirectAllowed } from '../src/fetch/client.ts';
import { loadSources } from '../src/watch/config.ts';
import { tempDir } from './helpers.ts';

const hits: Array<{ path: string; at: number }> = [];
const count = (path: string) => hits.filter((h) => h.path === path).length;
let pdfBytesWritten = 0;
let shortBusy = 0;
let server: Server;
let base: string;

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  hits.push({ path, at: Date.now() });
  switch (path) {
    case '/robots.txt':
      // A server that labels robots.txt oddly: it is read all the same.
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('User-agent: *\nDisallow: /closed\n');
      return;
    case '/report.pdf': {
      // Larger than the fetcher's limit and with no length: only a refusal by type ends it as a type.
      res.writeHead(200, { 'content-type': 'application/pdf' });
      const chunk = Buffer.alloc(64 * 1024, 0x25);
      const write = () => {
        if (res.destroyed || pdfBytesWritten > 8 * 1024 * 1024) return res.end();
        pdfBytesWritten += chunk.length;
        if (res.write(chunk)) setImmediate(write);
        else res.once('drain', write);
      };
      write();
      return;
    }
    case '/chart.png':
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      return;
    case '/page.html':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>a page</p>');
      return;
    case '/feed.xml':
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel></channel></rss>');
      return;
    case '/feed.json':
      res.writeHead(200, { 'content-type': 'application/feed+json' }).end('{"version":"https://jsonfeed.org/version/1.1","items":[]}');
      return;
    case '/untyped':
      res.end('plain words, no type given');
      return;
    case '/to-partner':
      res.writeHead(302, { location: base.replace('127.0.0.1', 'localhost') + '/page.html' }).end();
      return;
    case '/busy-long':
      res.writeHead(503, { 'retry-after': '120' }).end('come back in two minutes');
      return;
    case '/busy-short':
      shortBusy++;
      if (shortBusy === 1) res.writeHead(503, { 'retry-after': '1' }).end('one second');
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('ready');
      return;
    default:
      res.writeHead(404).end('no');
  }
}

before(async () => {
  server = createServer(route);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

// The fixture server is on loopback: every fetcher here is allowed private addresses explicitly.
const fast = { allowPrivate: true, timeoutMs: 2000, retries: 2, retryDelayMs: 20, hostIntervalMs: 0, maxBytes: 1024 * 1024 };

test('a PDF or an image is refused by its Content-Type before its body is read', async () => {
  const f = new Fetcher(fast);
  const pdf = await f.get(`${base}/report.pdf`);
  assert.ok(!pdf.ok && pdf.kind === 'content-type', JSON.stringify(pdf));
  assert.match(pdf.reason, /content type application\/pdf not read: only HTML, XML and text are/);
  assert.equal(pdf.attempts, 1, 'a refusal by type is final, not retried');
  const png = await f.get(`${base}/chart.png`);
  assert.ok(!png.ok && png.kind === 'content-type' && /image\/png/.test(png.reason), JSON.stringify(png));
  await f.close();
  assert.ok(pdfBytesWritten < 8 * 1024 * 1024, `the PDF was not read to its end (${pdfBytesWritten} bytes written)`);
});

test('HTML, XML feeds, JSON feeds, text and untyped bodies are read; robots.txt whatever its type', async () => {
  const f = new Fetcher(fast);
  for (const p of ['/page.html', '/feed.xml', '/feed.json', '/untyped']) {
    const r = await f.get(`${base}${p}`);
    assert.ok(r.ok && r.body.length > 0, `${p}: ${JSON.stringify(r)}`);
  }
  // robots.txt came as application/octet-stream and still rules: /closed is not requested.
  const closed = await f.get(`${base}/closed`);
  await f.close();
  assert.ok(!closed.ok && closed.kind === 'robots', JSON.stringify(closed));
  assert.equal(count('/closed'), 0);
  assert.deepEqual(['text/plain', 'application/xhtml+xml', 'application/atom+xml', 'application/xml; charset=windows-1251', null].map(readableType), [true, true, true, true, true]);
  assert.deepEqual(['application/pdf', 'image/jpeg', 'application/octet-stream', 'application/zip', 'video/mp4'].map(readableType), [false, false, false, false, false]);
});

test('a redirect to another host is followed only when the source lists it', async () => {
  const f = new Fetcher(fast);
  const refused = await f.get(`${base}/to-partner`);
  assert.ok(!refused.ok && refused.kind === 'redirect' && /another site not followed: http:\/\/localhost:\d+ \(a source may list it in redirect_hosts\)/.test(refused.reason), JSON.stringify(refused));
  const other = await f.get(`${base}/to-partner`, {}, { redirectHosts: ['partner.example'] });
  assert.ok(!other.ok && other.kind === 'redirect', 'a list without the host changes nothing');
  const listed = await f.get(`${base}/to-partner`, {}, { redirectHosts: ['localhost'] });
  await f.close();
  assert.ok(listed.ok && /^http:\/\/localhost:\d+\/page\.html$/.test(listed.finalUrl), JSON.stringify(listed));
  const from = new URL('https://www.news.example/feed');
  assert.equal(redirectAllowed(from, new URL('https://feeds.news.example/a')), true, 'the same site');
  assert.equal(redirectAllowed(from, new URL('https://cdn.partner.example/a'), ['partner.example']), true, 'a name under a listed host');
  assert.equal(redirectAllowed(from, new URL('https://evilpartner.example/a'), ['partner.example']), false, 'a name that only ends with the same letters');
});

test('the sources file reads redirect_hosts and refuses a URL in their place', () => {
  const dir = tempDir();
  const ok = join(dir, 'ok.yaml');
  writeFileSync(ok, 'sources:\n  - id: wire\n    kind: rss\n    url: https://www.news.example/rss\n    redirect_hosts: [partner.example]\n');
  assert.deepEqual(loadSources(ok).sources[0].redirect_hosts, ['partner.example']);
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'sources:\n  - id: wire\n    kind: rss\n    url: https://www.news.example/rss\n    redirect_hosts: ["https://partner.example/"]\n');
  assert.throws(() => loadSources(bad), /redirect_hosts.*host name/s);
});

test('Retry-After holds the host: a long wait stops further requests to it, a short one is waited', async () => {
  const f = new Fetcher(fast);
  const busy = await f.get(`${base}/busy-long`);
  assert.ok(!busy.ok && /retry after 120 s/.test(busy.reason), JSON.stringify(busy));
  const next = await f.get(`${base}/page.html`);
  assert.ok(!next.ok && /asked \(Retry-After\) to be left alone until/.test(next.reason), JSON.stringify(next));
  assert.equal(count('/busy-long'), 1);
  assert.equal(hits.filter((h) => h.path === '/page.html' && h.at > hits.find((x) => x.path === '/busy-long')!.at).length, 0, 'nothing requested from the host meanwhile');
  await f.close();

  const g = new Fetcher(fast);
  const short = await g.get(`${base}/busy-short`);
  await g.close();
  assert.ok(short.ok, JSON.stringify(short));
  const times = hits.filter((h) => h.path === '/busy-short').map((h) => h.at);
  assert.equal(times.length, 2);
  assert.ok(times[1] - times[0] >= 990, `the retry waited the second asked for (${times[1] - times[0]} ms), not the 20 ms backoff`);
});
