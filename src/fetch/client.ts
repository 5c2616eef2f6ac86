// Polite HTTP GET over undici: a clear User-Agent, robots.txt, a per-host rate limit, conditional
// requests, redirects followed within a limit (loops detected), a timeout per exchange, a body size
// limit enforced while streaming, and retries with exponential backoff on 5xx and network errors
// (never on 4xx). Every call ends in a result, never an exception, and one log record.
// Private, loopback, link-local and metadata addresses are refused unless allowed (issue 19): checked
// before each hop (IP literals, `localhost`, and names through DNS) and again when the connection is
// made (the Agent's own DNS lookup), so neither a redirect nor DNS rebinding reaches them.
// A redirect is followed only within the site it started on, or to a host the caller's policy lists
// (a source's `redirect_hosts`). The Content-Type is read before the body: only text, HTML and XML
// (and JSON feeds) are read; a PDF or an image is refused with its type, never stored as text. A
// server's Retry-After holds every request to that host until the time it gave.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Agent, request } from 'undici';
import { HostLimiter, sleep } from './limit.ts';
import { readLimited, megabytes } from './body.ts';
import { RobotsCache } from './robots.ts';

export const USER_AGENT = 'attache/0.1 (+https://example.org/attache; diplomatic-contacts monitor)';

export interface FetchOptions {
  userAgent: string;
  /** Limit for one exchange (headers and body), in ms. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Retries after the first attempt, on 5xx and network errors. */
  retries: number;
  /** First retry delay; each further retry waits twice as long. */
  retryDelayMs: number;
  /** Minimum time between the starts of two requests to one host. */
  hostIntervalMs: number;
  robots: boolean;
  /**
   * Connect to private, loopback, link-local and metadata addresses (see REFUSED). Off by default: a
   * feed item or a redirect must not make the fetcher reach inside the network it runs in.
   */
  allowPrivate: boolean;
}

export const DEFAULT_FETCH: FetchOptions = {
  userAgent: USER_AGENT,
  timeoutMs: 20_000,
  maxBytes: 16 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  retryDelayMs: 1_000,
  hostIntervalMs: 2_000,
  robots: true,
  allowPrivate: false,
};

/** Address ranges the fetcher does not connect to unless `allowPrivate` is set. */
const REFUSED_RANGES: Array<[string, number, 'ipv4' | 'ipv6', string]> = [
  ['0.0.0.0', 8, 'ipv4', '"this network"'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['fc00::', 7, 'ipv6', 'unique local (private)'],
  ['fe80::', 10, 'ipv6', 'link-local'],
];
const REFUSED = REFUSED_RANGES.map(([net, prefix, type, what]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, type);
  return { list, what: `${what} ${net}/${prefix}` };
});

/** Why the fetcher refuses to connect to `ip`, or null when it may. IPv4-mapped IPv6 is read as IPv4. */
export function refusedAddress(ip: string): string | null {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (!family) return null;
  const mapped = family === 6 ? /^::ffff:(?:0:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(bare) : null;
  const [addr, type] = mapped ? [mapped[1], 'ipv4' as const] : [bare, family === 4 ? ('ipv4' as const) : ('ipv6' as const)];
  // BlockList reads an IPv4-mapped address in hex form (::ffff:7f00:1) as IPv4 itself.
  for (const r of REFUSED) if (r.list.check(addr, type) || (type === 'ipv6' && r.list.check(addr, 'ipv4'))) return r.what;
  return null;
}

/** Raised by the connection-time lookup; its code marks a refusal, not a network failure. */
const REFUSED_CODE = 'ERR_ATTACHE_ADDRESS_REFUSED';
function refusal(host: string, ip: string, what: string): Error & { code: string } {
  return Object.assign(new Error(`address refused: ${host} is ${ip} (${what}); allow private addresses to fetch it`), { code: REFUSED_CODE });
}

/** Crawl-delays beyond this are capped: a watcher must still get through a site's feed. */
const MAX_CRAWL_DELAY_MS = 60_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FailKind = 'robots' | 'http' | 'network' | 'timeout' | 'too-large' | 'redirect' | 'invalid' | 'refused' | 'content-type';

export type FetchResult =
  | { ok: true; url: string; finalUrl: string; status: number; notModified: boolean; body: Buffer; contentType: string | null; etag: string | null; lastModified: string | null; attempts: number }
  | { ok: false; url: string; finalUrl: string; status: number | null; kind: FailKind; reason: string; attempts: number };

export interface FetchLog {
  event: 'fetch';
  url: string;
  finalUrl: string;
  status: number | null;
  result: 'ok' | 'not-modified' | 'failed';
  reason?: string;
  attempts: number;
  conditional: boolean;
  bytes: number;
  ms: number;
}

type Exchange =
  | { kind: 'body'; status: number; body: Buffer; headers: Record<string, string | string[] | undefined> }
  | { kind: 'not-modified'; status: 304; headers: Record<string, string | string[] | undefined> }
  | { kind: 'redirect'; status: number; location: string | null }
  | { kind: 'fail'; fail: FailKind; status: number | null; reason: string; retry: boolean; retryAfterMs?: number };

/** What one call may do beyond the fetcher's options. */
export interface GetOptions {
  robots?: boolean;
  maxBytes?: number;
  /** Hosts besides the starting URL's site that redirects may lead to (a host, or any name under it). */
  redirectHosts?: readonly string[];
  /** Read any Content-Type (robots.txt, whatever a server labels it). */
  anyType?: boolean;
}

/**
 * Whether a body of this Content-Type is read: text of any kind, HTML, XML and JSON (feeds), or no
 * type at all (left to the readers, which sniff). Everything else (PDF, images, audio, video,
 * archives, octet streams) is refused before its body is read.
 */
export function readableType(contentType: string | null): boolean {
  if (!contentType) return true;
  const t = contentType.split(';')[0].trim().toLowerCase();
  if (t === '') return true;
  return t.startsWith('text/') || t.endsWith('+xml') || t.endsWith('+json') || t === 'application/xml' || t === 'application/json';
}

/** Whether a redirect from the site of `from` to `to` is followed: the same site, or a host `allowed` lists (or a name under it). */
export function redirectAllowed(from: URL, to: URL, allowed: readonly string[] = []): boolean {
  if (siteOf(to.hostname) === siteOf(from.hostname)) return true;
  const h = to.hostname.toLowerCase().replace(/\.$/, '');
  return allowed.some((a) => {
    const x = a.toLowerCase().replace(/\.$/, '');
    return h === x || h.endsWith(`.${x}`);
  });
}

/** The longest a server's Retry-After is waited for within one fetch; a longer wait ends the fetch. */
const MAX_RETRY_AFTER_MS = 30_000;

/** Retry-After in milliseconds: seconds, or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(v: string | null, now = Date.now()): number | null {
  if (!v) return null;
  if (/^\s*\d+\s*$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isFinite(t) ? Math.max(0, t - now) : null;
}

function header(h: Record<string, string | string[] | undefined>, name: string): string | null {
  const v = h[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

export class Fetcher {
  readonly options: FetchOptions;
  private readonly agent: Agent;
  private readonly limiter = new HostLimiter();
  private readonly robots: RobotsCache;
  /** Hosts that asked, by Retry-After, to be left alone until a time (ms since the epoch). */
  private readonly holdUntil = new Map<string, number>();

  constructor(options: Partial<FetchOptions> = {}, private readonly log: (e: FetchLog) => void = () => {}) {
    this.options = { ...DEFAULT_FETCH, ...options };
    // Every connection's DNS answer is checked as the socket is opened: a name that resolved to a public
    // address when screened and to a private one now (DNS rebinding) is still refused.
    this.agent = new Agent({ connections: 4, ...(this.options.allowPrivate ? {} : { connect: { lookup: this.guardedLookup } }) });
    this.robots = new RobotsCache(async (url) => {
      const r = await this.get(url, {}, { robots: false, maxBytes: 512 * 1024, anyType: true });
      return r.ok ? { status: r.status, text: r.body.toString('utf8') } : { status: r.status, text: null, reason: r.reason };
    }, this.options.userAgent);
  }

  /** GET with redirects, robots.txt and retries; `validators` make it a conditional request. */
  async get(url: string, validators: Validators = {}, opts: GetOptions = {}): Promise<FetchResult> {
    const started = Date.now();
    const conditional = Boolean(validators.etag || validators.lastModified);
    const r = await this.follow(url, validators, opts.robots ?? this.options.robots, opts.maxBytes ?? this.options.maxBytes, opts);
    this.log({
      event: 'fetch',
      url,
      finalUrl: r.finalUrl,
      status: r.status,
      result: !r.ok ? 'failed' : r.notModified ? 'not-modified' : 'ok',
      ...(r.ok ? {} : { reason: r.reason }),
      attempts: r.attempts,
      conditional,
      bytes: r.ok ? r.body.length : 0,
      ms: Date.now() - started,
    });
    return r;
  }

  /** What robots.txt says of `url` for this fetcher's agent (fetched once per origin). */
  async robotsVerdict(url: string): Promise<{ allowed: boolean; reason?: string; delayMs?: number }> {
    return this.robots.check(url);
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** Why an address is refused, or null; a method so a test can let its loopback fixture play a public host. */
  protected refused(ip: string): string | null {
    return refusedAddress(ip);
  }

  /** The Agent's lookup: dns.lookup, then every address it gave checked (one refused address refuses the name). */
  private readonly guardedLookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true } as LookupAllOptions, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      for (const a of addresses) {
        const what = this.refused(a.address);
        if (what) return callback(refusal(hostname, a.address, what), '', 0);
      }
      if (!addresses.length) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };

  /**
   * Before a hop is requested (robots.txt included): an IP literal or `localhost` is checked as it is,
   * a name by its DNS answer. A name that does not resolve is left to the request to report.
   */
  protected async screen(url: URL): Promise<string | null> {
    if (this.options.allowPrivate) return null;
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase().replace(/\.$/, '');
    if (host === 'localhost' || host.endsWith('.localhost')) return `address refused: ${host} is loopback; allow private addresses to fetch it`;
    if (isIP(host)) {
      const what = this.refused(host);
      return what ? `address refused: ${host} (${what}); allow private addresses to fetch it` : null;
    }
    const addresses = await new Promise<LookupAddress[]>((resolve) => dnsLookup(host, { all: true }, (err, a) => resolve(err ? [] : a)));
    for (const a of addresses) {
      const what = this.refused(a.address);
      if (what) return refusal(host, a.address, what).message;
    }
    return null;
  }

  private async follow(url: string, validators: Validators, useRobots: boolean, maxBytes: number, opts: GetOptions = {}): Promise<FetchResult> {
    let current: URL;
    try {
      current = new URL(url);
      if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new Error('not http(s)');
    } catch {
      return { ok: false, url, finalUrl: url, status: null, kind: 'invalid', reason: `not an http(s) URL: ${url}`, attempts: 0 };
    }
    // The first URL and every redirect target are checked before anything (robots.txt too) is asked of them.
    const first = await this.screen(current);
    if (first) return { ok: false, url, finalUrl: url, status: null, kind: 'refused', reason: first, attempts: 0 };
    const visited = new Set<string>();
    let attempts = 0;
    for (let hop = 0; ; hop++) {
      const here = current.toString();
      if (visited.has(here)) return { ok: false, url, finalUrl: here, status: null, kind: 'redirect', reason: `redirect loop at ${here}`, attempts };
      visited.add(here);
      let interval = this.options.hostIntervalMs;
      if (useRobots) {
        const v = await this.robots.check(here);
        if (!v.allowed) return { ok: false, url, finalUrl: here, status: null, kind: 'robots', reason: v.reason ?? 'forbidden by robots.txt', attempts };
        if (v.delayMs) interval = Math.max(interval, Math.min(v.delayMs, MAX_CRAWL_DELAY_MS));
      }
      const { x, tries } = await this.withRetries(current, validators, maxBytes, interval, opts.anyType ?? false);
      attempts += tries;
      if (x.kind === 'fail') return { ok: false, url, finalUrl: here, status: x.status, kind: x.fail, reason: x.reason, attempts };
      if (x.kind === 'redirect') {
        if (!x.location) return { ok: false, url, finalUrl: here, status: x.status, kind: 'redirect', reason: `HTTP ${x.status} without a Location`, attempts };
        if (hop + 1 > this.options.maxRedirects) {
          return { ok: false, url, finalUrl: here, status: x.status, kind: 'redirect', reason: `more than ${this.options.maxRedirects} redirects`, attempts };
        }
        let next: URL;
        try {
          next = new URL(x.location, current);
        } catch {
          return { ok: false, url, finalUrl: here, status: x.status, kind: 'redirect', reason: `bad Location: ${x.location}`, attempts };
        }
        const refused = next.protocol === 'http:' || next.protocol === 'https:' ? await this.screen(next) : null;
        if (refused) return { ok: false, url, finalUrl: next.toString(), status: x.status, kind: 'refused', reason: `redirect not followed: ${refused}`, attempts };
        // A redirect stays on the site it started on, or goes to a host the caller's policy lists: not
        // another site, not an address such as a cloud metadata service (issue 19: a feed item
        // redirecting to 169.254.169.254 was followed).
        if ((next.protocol !== 'http:' && next.protocol !== 'https:') || !redirectAllowed(new URL(url), next, opts.redirectHosts)) {
          return { ok: false, url, finalUrl: here, status: x.status, kind: 'redirect', reason: `redirect to another site not followed: ${next.origin} (a source may list it in redirect_hosts)`, attempts };
        }
        current = next;
        continue;
      }
      const h = x.headers;
      return {
        ok: true,
        url,
        finalUrl: here,
        status: x.status,
        notModified: x.kind === 'not-modified',
        body: x.kind === 'body' ? x.body : Buffer.alloc(0),
        contentType: header(h, 'content-type'),
        etag: header(h, 'etag') ?? (x.kind === 'not-modified' ? (validators.etag ?? null) : null),
        lastModified: header(h, 'last-modified') ?? (x.kind === 'not-modified' ? (validators.lastModified ?? null) : null),
        attempts,
      };
    }
  }

  private async withRetries(url: URL, validators: Validators, maxBytes: number, interval: number, anyType = false): Promise<{ x: Exchange; tries: number }> {
    for (let attempt = 0; ; attempt++) {
      // A host that asked to be left alone (Retry-After) is: a short wait is waited, a long one ends
      // the fetch without a request (the watcher tries again on a later round).
      const until = this.holdUntil.get(url.host) ?? 0;
      const hold = until - Date.now();
      if (hold > MAX_RETRY_AFTER_MS) {
        return { x: { kind: 'fail', fail: 'http', status: null, reason: `not requested: ${url.host} asked (Retry-After) to be left alone until ${new Date(until).toISOString()}`, retry: false }, tries: attempt };
      }
      if (hold > 0) await sleep(hold);
      // The host is held until the answer's headers arrive (fetch/limit.ts), so the next request to it
      // is spaced from when this one was surely on the wire, not from when it was allowed to go.
      const release = await this.limiter.acquire(url.host, interval);
      const x = await this.exchange(url, validators, maxBytes, release, anyType);
      if (x.kind === 'fail' && x.retryAfterMs != null) this.holdUntil.set(url.host, Math.max(this.holdUntil.get(url.host) ?? 0, Date.now() + x.retryAfterMs));
      if (x.kind !== 'fail' || !x.retry || attempt >= this.options.retries) return { x, tries: attempt + 1 };
      // The server's Retry-After, when it gave one, else exponential backoff.
      await sleep(Math.max(x.retryAfterMs ?? 0, this.options.retryDelayMs * 2 ** attempt));
    }
  }

  /** One request and its response, within the timeout. */
  private async exchange(url: URL, validators: Validators, maxBytes: number, headersIn: () => void = () => {}, anyType = false): Promise<Exchange> {
    const timeout = this.options.timeoutMs;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept: '*/*', 'accept-encoding': 'identity' };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    try {
      const res = await request(url, { method: 'GET', headers, dispatcher: this.agent, signal: controller.signal, headersTimeout: timeout, bodyTimeout: timeout });
      headersIn();
      const status = res.statusCode;
      if (REDIRECTS.has(status)) {
        await res.body.dump();
        return { kind: 'redirect', status, location: header(res.headers, 'location') };
      }
      if (status === 304) {
        await res.body.dump();
        return { kind: 'not-modified', status, headers: res.headers };
      }
      if (status >= 400 || status < 200) {
        await res.body.dump();
        // 503 and 429 may say when to come back: a wait too long for this fetch ends it (no retry now).
        const after = status === 503 || status === 429 ? retryAfterMs(header(res.headers, 'retry-after')) : null;
        if (after != null && after > MAX_RETRY_AFTER_MS) return { kind: 'fail', fail: 'http', status, reason: `HTTP ${status}, asked to retry after ${Math.round(after / 1000)} s`, retry: false, retryAfterMs: after };
        return { kind: 'fail', fail: 'http', status, reason: `HTTP ${status}`, retry: status >= 500 || after != null, ...(after != null ? { retryAfterMs: after } : {}) };
      }
      // The type is read before the body: a PDF or an image is never read, let alone stored as text.
      const type = header(res.headers, 'content-type');
      if (!anyType && !readableType(type)) {
        res.body.on('error', () => {}); // the abort this causes is expected, not a failure to report
        res.body.destroy();
        return { kind: 'fail', fail: 'content-type', status, reason: `content type ${type!.split(';')[0].trim()} not read: only HTML, XML and text are`, retry: false };
      }
      const length = Number(header(res.headers, 'content-length') ?? NaN);
      const body = await readLimited(res.body, maxBytes, Number.isFinite(length) ? length : undefined);
      if (!body.ok) {
        const seen = Number.isFinite(length) ? `declared ${megabytes(length)}` : `over ${megabytes(body.read)} read`;
        return { kind: 'fail', fail: 'too-large', status, reason: `body too large (${seen}, limit ${megabytes(maxBytes)})`, retry: false };
      }
      return { kind: 'body', status, body: body.body, headers: res.headers };
    } catch (e) {
      if (controller.signal.aborted || /timeout/i.test((e as { code?: string }).code ?? '')) {
        return { kind: 'fail', fail: 'timeout', status: null, reason: `timed out after ${timeout} ms`, retry: true };
      }
      const err = e as Error & { code?: string; cause?: { code?: string; message?: string } };
      const code = err.code ?? err.cause?.code;
      // Refused at connection time (the DNS answer changed since screen()): final, never retried.
      if (code === REFUSED_CODE) return { kind: 'fail', fail: 'refused', status: null, reason: err.cause?.code === REFUSED_CODE ? err.cause.message! : err.message, retry: false };
      return { kind: 'fail', fail: 'network', status: null, reason: `network error: ${code ? `${code} ` : ''}${err.cause?.message ?? err.message}`.trim(), retry: true };
    } finally {
      headersIn();
      clearTimeout(timer);
    }
  }
}

/**
 * The site a host belongs to: an address as it is; a name by its last two labels ("www.example.com"
 * and "feeds.example.com" are one site). Country second-level names ("example.co.uk") are taken by
 * their last three labels.
 */
export function siteOf(hostname: string): string {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || h.startsWith('[')) return h;
  const labels = h.split('.');
  const second = labels[labels.length - 2] ?? '';
  const keep = labels.length >= 3 && /^(?:co|com|org|net|gov|edu|ac)$/.test(second) && labels[labels.length - 1].length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}
