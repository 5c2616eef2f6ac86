// The fetcher refuses private, loopback, link-local and metadata addresses unless allowed (issue 19):
// IP literals and `localhost` before the request, names through DNS, every redirect target, and
// again when the connection is made. The fixture server below is on loopback, so it stands for the
// inside of the network: without the allowance it must see no request at all.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { Fetcher, refusedAddress } from '../src/fetch/client.ts';
import { parseSources } from '../src/watch/config.ts';
import { openStore } from '../src/store/open.ts';
import { pollSource } from '../src/watch/poll.ts';
import { attacheAsync, logLines } from './watch-helpers.ts';
import { tempDir } from './helpers.ts';

let server: Server;
let base: string;
let port: number;
let seen: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return void res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Inside</title><link>${base}/</link>` +
          `<item><title>An internal note</title><link>${base}/note</link><pubDate>${new Date().toUTCString()}</pubDate></item></channel></rss>`,
      );
    }
    if (req.url === '/feed-inside.xml') {
      // A feed on a (here: playing public) host whose items point inside: a loopback name and a private IP.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const item = (link: string) => `<item><title>A link inside</title><link>${link}</link><pubDate>${new Date().toUTCString()}</pubDate></item>`;
      return void res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Outside</title><link>${base}/</link>${item(`http://localhost:${port}/note`)}${item('http://10.0.0.1/note')}</channel></rss>`);
    }
    if (req.url === '/note') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const p = [
        'The foreign ministers of two neighbouring states spoke by telephone on Tuesday about the work of the border commission.',
        'They agreed that their deputies would meet next month to go through the remaining sections of the boundary line.',
        'Both sides said that trade across the crossing points had grown and that the new customs posts would open in the spring.',
        'The ministers also discussed transport links, the schedule of regular consultations and preparations for a visit later in the year.',
      ];
      return void res.end(`<html><head><title>An internal note</title></head><body><article><h1>An internal note</h1>${p.map((x) => `<p>${x}</p>`).join('')}</article></body></html>`);
    }
    if (req.url === '/to-metadata') return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (req.url === '/to-localhost') return void res.writeHead(302, { location: `http://localhost:${port}/secret` }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen = [];
});

const fast = { timeoutMs: 2_000, retries: 2, retryDelayMs: 10, hostIntervalMs: 0 };

/** A fetcher for which the fixture's 127.0.0.1 plays a public host: everything else is judged as usual. */
class PublicFixture extends Fetcher {
  protected override refused(ip: string): string | null {
    return ip === '127.0.0.1' ? null : super.refused(ip);
  }
}

test('the refused ranges: private, loopback, link-local, metadata, CGNAT, multicast, reserved; IPv6 and IPv4-mapped forms', () => {
  for (const ip of ['0.0.0.0', '10.0.0.1', '100.64.0.1', '127.0.0.1', '127.9.9.9', '169.254.169.254', '172.16.0.1', '172.31.255.255', '192.168.1.1', '224.0.0.1', '255.255.255.255', '::', '::1', 'fc00::1', 'fd12::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:169.254.169.254', '::ffff:a00:1', '[::1]']) {
    assert.ok(refusedAddress(ip), `${ip} is refused`);
  }
  for (const ip of ['8.8.8.8', '100.128.0.1', '172.32.0.1', '193.0.0.1', '2a00:1450::1', '::ffff:8.8.8.8', 'example.org']) {
    assert.equal(refusedAddress(ip), null, `${ip} is not refused`);
  }
  assert.match(refusedAddress('169.254.169.254')!, /metadata/);
});

test('an IP-literal loopback URL is refused without the allowance, nothing requested (robots.txt neither), and fetched with it', async () => {
  const f = new Fetcher(fast);
  for (const url of [`${base}/feed.xml`, `http://[::1]:${port}/feed.xml`, `http://[::ffff:127.0.0.1]:${port}/feed.xml`, `http://169.254.169.254/latest/meta-data/`]) {
    const r = await f.get(url);
    assert.ok(!r.ok && r.kind === 'refused' && /address refused/.test(r.reason) && r.attempts === 0, JSON.stringify(r));
  }
  await f.close();
  assert.equal(seen.length, 0, `requests made: ${seen.join(' ')}`);
  const allowed = new Fetcher({ ...fast, allowPrivate: true });
  const ok = await allowed.get(`${base}/feed.xml`);
  await allowed.close();
  assert.ok(ok.ok && ok.status === 200, JSON.stringify(ok));
  assert.deepEqual(seen, ['/robots.txt', '/feed.xml']);
});

test('a name for loopback (localhost) is refused', async () => {
  const f = new Fetcher(fast);
  const r = await f.get(`http://localhost:${port}/feed.xml`);
  await f.close();
  assert.ok(!r.ok && r.kind === 'refused' && /localhost is loopback/.test(r.reason), JSON.stringify(r));
  assert.equal(seen.length, 0, `requests made: ${seen.join(' ')}`);
});

test('at connection time too: a name whose DNS answer is loopback is refused once, not retried (DNS rebinding)', async () => {
  // The hop's screening is skipped, as if DNS had answered a public address then; the connection's own
  // lookup of `localhost` answers loopback and must refuse.
  class Rebound extends Fetcher {
    protected override async screen(): Promise<string | null> {
      return null;
    }
  }
  const f = new Rebound({ ...fast, robots: false });
  const r = await f.get(`http://localhost:${port}/feed.xml`);
  await f.close();
  assert.ok(!r.ok && r.kind === 'refused' && /address refused: localhost is (127\.0\.0\.1|::1)/.test(r.reason) && r.attempts === 1, JSON.stringify(r));
  assert.equal(seen.length, 0, `requests made: ${seen.join(' ')}`);
});

test('a redirect to the metadata address or to a loopback name is refused as an address, and not requested', async () => {
  const f = new PublicFixture(fast);
  const meta = await f.get(`${base}/to-metadata`);
  assert.ok(!meta.ok && meta.kind === 'refused' && /169\.254\.169\.254.*metadata/.test(meta.reason), JSON.stringify(meta));
  const local = await f.get(`${base}/to-localhost`);
  assert.ok(!local.ok && local.kind === 'refused' && /localhost/.test(local.reason), JSON.stringify(local));
  await f.close();
  assert.deepEqual(seen.sort(), ['/robots.txt', '/to-localhost', '/to-metadata']);
  // With the allowance the address is no reason to stop; the redirect still leaves the site and is
  // refused by the site rule, so no connection is made to the metadata address either way.
  const allowed = new Fetcher({ ...fast, allowPrivate: true });
  const r = await allowed.get(`${base}/to-metadata`);
  await allowed.close();
  assert.ok(!r.ok && r.kind === 'redirect' && /another site/.test(r.reason), JSON.stringify(r));
});

test('a feed whose items point to loopback and private addresses: the items are refused, not requested', async () => {
  const config = parseSources(`settings:\n  host_interval: 0\n  retries: 0\nsources:\n  - id: outside\n    kind: rss\n    url: ${base}/feed-inside.xml\n`);
  const db = await openStore(join(tempDir(), 'p.db'));
  const fetcher = new PublicFixture({ ...fast, retries: 0 });
  try {
    const r = await pollSource({ db, fetcher, settings: config.settings, log: () => {} }, config.sources[0]);
    assert.equal(r.listed, 2, JSON.stringify(r));
    assert.equal(r.stored, 0, JSON.stringify(r));
    assert.equal(r.failures.length, 2, JSON.stringify(r));
    for (const f of r.failures) assert.match(f.reason, /address refused/);
  } finally {
    await fetcher.close();
    await db.destroy();
  }
  assert.ok(!seen.includes('/note'), seen.join(' '));
});

test('the sources file: allow_private defaults to false and is read', () => {
  const src = 'sources:\n  - id: a\n    kind: rss\n    url: https://x.example/feed\n';
  assert.equal(parseSources(src).settings.allow_private, false);
  assert.equal(parseSources(`settings:\n  allow_private: true\n${src}`).settings.allow_private, true);
  assert.throws(() => parseSources(`settings:\n  allow_private: maybe\n${src}`, 's.yaml'), /settings\.allow_private/);
});

test('`attache watch`: a loopback feed and its item are refused without allow_private (no request made), fetched with it', async () => {
  const dir = tempDir();
  const file = join(dir, 'sources.yaml');
  const sources = (allow: string) => `settings:\n  host_interval: 0\n  retries: 0\n${allow}sources:\n  - id: inside\n    kind: rss\n    url: ${base}/feed.xml\n`;
  writeFileSync(file, sources(''));
  const refused = await attacheAsync(['watch', '--once', '--json', '--sources', file, '--db', join(dir, 'a.db'), '--format', 'json']);
  assert.equal(refused.status, 1, refused.stderr);
  assert.ok(logLines(refused.stderr).some((l) => l.event === 'fetch' && /address refused/.test(String(l.reason))), refused.stderr);
  assert.equal(seen.length, 0, `requests made: ${seen.join(' ')}`);
  writeFileSync(file, sources('  allow_private: true\n'));
  const allowed = await attacheAsync(['watch', '--once', '--json', '--sources', file, '--db', join(dir, 'b.db'), '--format', 'json']);
  assert.equal(allowed.status, 0, allowed.stderr);
  assert.ok(seen.includes('/feed.xml') && seen.includes('/note'), seen.join(' '));
});

test('`attache ingest URL` and `attache sources --check URL` refuse loopback unless --allow-private', async () => {
  const dir = tempDir();
  const ingest = await attacheAsync(['ingest', '--db', join(dir, 'i.db'), `${base}/note`]);
  assert.equal(ingest.status, 1);
  assert.match(ingest.stdout, /note: failed: .*address refused/);
  const check = await attacheAsync(['sources', '--check', `${base}/feed.xml`, '--sources', join(dir, 'none.yaml'), '--db', join(dir, 'c.db')]);
  assert.equal(check.status, 1);
  assert.match(check.stdout + check.stderr, /address refused/);
  assert.equal(seen.length, 0, `requests made: ${seen.join(' ')}`);
  const ingested = await attacheAsync(['ingest', '--allow-private', '--db', join(dir, 'i.db'), `${base}/note`]);
  assert.equal(ingested.status, 0, ingested.stdout + ingested.stderr);
  const checked = await attacheAsync(['sources', '--check', `${base}/feed.xml`, '--allow-private', '--sources', join(dir, 'none.yaml'), '--db', join(dir, 'c.db')]);
  assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  assert.ok(seen.includes('/note') && seen.includes('/feed.xml'), seen.join(' '));
});
