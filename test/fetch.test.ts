// The polite HTTP client against a local server: User-Agent, robots.txt, conditional requests,
// redirects and loops, retries on 5xx only, timeouts, the streamed size limit and the host rate limit.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Fetcher, type FetchLog } from '../src/fetch/client.ts';

const hits: Array<{ path: string; headers: IncomingMessage['headers'] }> = [];
const count = (path: string) => hits.filter((h) => h.path === path).length;
let hugeWritten = 0;
let flaky = 0;
let server: Server;
let base: string;

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  hits.push({ path, headers: req.headers });
  switch (path) {
    case '/robots.txt':
      res.end('User-agent: *\nDisallow: /private/\n\nUser-agent: attache\nDisallow: /private/\nDisallow: /no-attache\n');
      return;
    case '/page':
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"', 'last-modified': 'Mon, 12 Jun 2023 10:00:00 GMT' }).end('<p>hello</p>');
      return;
    case '/moved':
      res.writeHead(301, { location: '/page' }).end();
      return;
    case '/busy-long':
      res.writeHead(503, { 'retry-after': '120' }).end('come back later');
      return;
    case '/to-metadata':
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      return;
    case '/to-other-name':
      res.writeHead(302, { location: base.replace('127.0.0.1', 'localhost') + '/page' }).end();
      return;
    case '/loop-a':
      res.writeHead(302, { location: '/loop-b' }).end();
      return;
    case '/loop-b':
      res.writeHead(302, { location: `${base}/loop-a` }).end();
      return;
    case '/missing':
      res.writeHead(404).end('no');
      return;
    case '/flaky':
      flaky++;
      if (flaky === 1) res.writeHead(503).end('busy');
      else res.end('recovered');
      return;
    case '/always-500':
      res.writeHead(500).end('broken');
      return;
    case '/slow':
      setTimeout(() => {
        if (!res.destroyed) res.end('late');
      }, 1500);
      return;
    case '/huge': {
      // 100 MB, chunked, produced as the client reads: never allocated whole.
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let left = 100 * 1024 * 1024;
      res.writeHead(200, { 'content-type': 'text/plain' });
      const pump = (): void => {
        while (left > 0) {
          left -= chunk.length;
          hugeWritten += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('close', () => (left = 0));
      pump();
      return;
    }
    default:
      res.end(`ok ${path}`);
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
const fast = { allowPrivate: true, timeoutMs: 400, retries: 2, retryDelayMs: 20, hostIntervalMs: 0, maxBytes: 1024 * 1024 };

describe('Fetcher', () => {
  test('sends the User-Agent and reads robots.txt once per host', async () => {
    const f = new Fetcher(fast);
    const r = await f.get(`${base}/hello`);
    await f.get(`${base}/hello2`);
    await f.close();
    assert.ok(r.ok);
    assert.equal(r.body.toString(), 'ok /hello');
    const hello = hits.find((h) => h.path === '/hello')!;
    assert.match(String(hello.headers['user-agent']), /^attache\/0\.1 \(\+/);
    assert.ok(count('/robots.txt') >= 1);
  });

  test('a path robots.txt forbids is refused and never requested', async () => {
    const logs: FetchLog[] = [];
    const f = new Fetcher(fast, (e) => logs.push(e));
    const a = await f.get(`${base}/private/secret`);
    const b = await f.get(`${base}/no-attache`);
    await f.close();
    for (const r of [a, b]) {
      assert.equal(r.ok, false);
      if (!r.ok) assert.equal(r.kind, 'robots');
    }
    assert.equal(count('/private/secret') + count('/no-attache'), 0);
    assert.ok(logs.some((l) => l.url.endsWith('/private/secret') && l.result === 'failed' && /robots/.test(l.reason ?? '')));
  });

  test('validators make a conditional request, answered 304', async () => {
    const f = new Fetcher(fast);
    const first = await f.get(`${base}/page`);
    assert.ok(first.ok && !first.notModified);
    assert.equal(first.etag, '"v1"');
    const again = await f.get(`${base}/page`, { etag: first.etag, lastModified: first.lastModified });
    await f.close();
    assert.ok(again.ok);
    assert.equal(again.notModified, true);
    assert.equal(again.body.length, 0);
    const last = hits.filter((h) => h.path === '/page').at(-1)!;
    assert.equal(last.headers['if-none-match'], '"v1"');
    assert.equal(last.headers['if-modified-since'], 'Mon, 12 Jun 2023 10:00:00 GMT');
  });

  test('a redirect is followed; a loop and too many hops are failures', async () => {
    const f = new Fetcher({ ...fast, maxRedirects: 1 });
    const moved = await f.get(`${base}/moved`);
    assert.ok(moved.ok);
    assert.equal(moved.finalUrl, `${base}/page`);
    const loop = await new Fetcher(fast).get(`${base}/loop-a`);
    assert.ok(!loop.ok && loop.kind === 'redirect' && /loop/.test(loop.reason), JSON.stringify(loop));
    const many = await f.get(`${base}/loop-a`);
    await f.close();
    assert.ok(!many.ok && /more than 1 redirect/.test(many.reason), JSON.stringify(many));
  });

  test('a redirect to another site or to a metadata address is not followed', async () => {
    const f = new Fetcher(fast);
    for (const path of ['/to-metadata', '/to-other-name']) {
      const r = await f.get(`${base}${path}`);
      assert.ok(!r.ok && r.kind === 'redirect' && /another site/.test(r.reason), JSON.stringify(r));
    }
    await f.close();
    assert.equal(count('/latest/meta-data/'), 0);
  });

  test('a 503 asking for a long wait is not retried within the fetch, and says so', async () => {
    const f = new Fetcher(fast);
    const r = await f.get(`${base}/busy-long`);
    await f.close();
    assert.ok(!r.ok && /retry after 120 s/.test(r.reason), JSON.stringify(r));
    assert.equal(count('/busy-long'), 1, 'asked once, not again within seconds');
  });

  test('5xx is retried with backoff and recovers; 4xx is not retried', async () => {
    const f = new Fetcher(fast);
    const r = await f.get(`${base}/flaky`);
    assert.ok(r.ok);
    assert.equal(r.attempts, 2);
    const before404 = count('/missing');
    const m = await f.get(`${base}/missing`);
    assert.ok(!m.ok && m.status === 404 && m.attempts === 1);
    assert.equal(count('/missing') - before404, 1);
    const t0 = Date.now();
    const dead = await f.get(`${base}/always-500`);
    await f.close();
    assert.ok(!dead.ok && dead.status === 500 && dead.attempts === 3);
    assert.ok(Date.now() - t0 >= 20 + 40, 'waits 20 ms, then 40 ms');
  });

  test('a response slower than the timeout fails with a reason', async () => {
    const f = new Fetcher({ ...fast, retries: 0, timeoutMs: 200 });
    const t0 = Date.now();
    const r = await f.get(`${base}/slow`);
    await f.close();
    assert.ok(!r.ok && r.kind === 'timeout', JSON.stringify(r));
    assert.match(r.ok ? '' : r.reason, /timed out after 200 ms/);
    assert.ok(Date.now() - t0 < 1200);
  });

  test('a 100 MB body is cut off at the limit while streaming', async () => {
    const f = new Fetcher({ ...fast, maxBytes: 2 * 1024 * 1024 });
    const heap = process.memoryUsage().rss;
    const r = await f.get(`${base}/huge`);
    await f.close();
    assert.ok(!r.ok && r.kind === 'too-large', JSON.stringify(r));
    assert.match(r.ok ? '' : r.reason, /limit 2\.0 MB/);
    assert.equal(r.attempts, 1, 'not retried');
    await new Promise((res) => setTimeout(res, 100));
    assert.ok(hugeWritten < 50 * 1024 * 1024, `server wrote ${hugeWritten} bytes`);
    assert.ok(process.memoryUsage().rss - heap < 60 * 1024 * 1024);
  });

  test('requests to one host are spaced by the rate limit', async () => {
    const f = new Fetcher({ ...fast, hostIntervalMs: 150 });
    await f.get(`${base}/warm`); // robots.txt and the first slot
    const t0 = Date.now();
    await Promise.all([f.get(`${base}/r1`), f.get(`${base}/r2`), f.get(`${base}/r3`)]);
    await f.close();
    assert.ok(Date.now() - t0 >= 3 * 150 - 20, `${Date.now() - t0} ms`);
  });

  test('an unreachable robots.txt means nothing is fetched from that origin', async () => {
    const s = createServer((req, res) => res.writeHead(req.url === '/robots.txt' ? 503 : 200).end('x'));
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const f = new Fetcher({ ...fast, retries: 0 });
    const r = await f.get(`http://127.0.0.1:${(s.address() as AddressInfo).port}/article`);
    await f.close();
    s.close();
    assert.ok(!r.ok && r.kind === 'robots' && /unreachable/.test(r.reason), JSON.stringify(r));
  });
});
