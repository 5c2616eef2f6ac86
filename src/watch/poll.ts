// One poll of one source: fetch its listing conditionally, pick the items not yet fetched (or that
// the source says changed, or that failed for a passing reason), fetch and ingest each, and record
// what happened. Order matters for a watcher killed mid-poll: each item is recorded right after it
// is stored, and the source's validators only once every item is done, so a restart re-reads the
// listing, skips what is recorded and fetches the rest; nothing is lost and nothing stored twice.
import type { Store } from '../store/open.ts';
import { decodeText } from '../fetch/charset.ts';
import type { Fetcher } from '../fetch/client.ts';
import { ingestUrl, type UrlIngestResult } from '../ingest/url.ts';
import type { Settings, SourceConfig } from './config.ts';
import { parseFeedListing, parseSitemap, type ListedItem, type Listing } from './listing.ts';
import { recordItem, recordPoll, seenItem, pendingItems, sourceState, noteItemHash, type SeenItem } from './state.ts';

/** Attempts at an item failing with a passing error (timeout, network, 5xx) before it is given up. */
export const MAX_ITEM_ATTEMPTS = 3;

export type LogFn = (record: Record<string, unknown>) => void;

export interface WatchContext {
  db: Store;
  fetcher: Fetcher;
  settings: Settings;
  log: LogFn;
  now?: () => Date;
  /** Checked between items: a stopping watcher finishes the item in hand, then stops. */
  stopping?: () => boolean;
}

export interface SourceSummary {
  source: string;
  url: string;
  status: 'ok' | 'not-modified' | 'failed' | 'stopped';
  reason: string | null;
  listed: number;
  fetched: number;
  stored: number;
  updated: number;
  unchanged: number;
  notModified: number;
  blocked: number;
  failed: number;
  deferred: number;
  /** Listed items older than max_age, left alone (issue 19: they vanished without a word). */
  tooOld: number;
  events: number;
  failures: Array<{ url: string; reason: string }>;
  blockedUrls: string[];
  ms: number;
  nextPollAt: string | null;
}

interface Work {
  item: ListedItem;
  seen: SeenItem | undefined;
  /** 'changed': the source gave a new date for it; 'text-changed': the feed's text of it changed. */
  why: 'new' | 'retry' | 'changed' | 'text-changed';
}

function tooOld(item: ListedItem, maxAge: number, now: Date): boolean {
  if (!maxAge) return false;
  const t = Date.parse(item.published ?? item.stamp ?? '');
  return Number.isFinite(t) && t < now.getTime() - maxAge;
}

async function listing(ctx: WatchContext, src: SourceConfig, body: Buffer, contentType: string | null, base: string, failures: SourceSummary['failures']): Promise<Listing> {
  // A feed in windows-1251 (declared in its XML declaration or the header) is read as such.
  const text = decodeText(body, contentType).text;
  if (src.kind !== 'sitemap') return parseFeedListing(text, base);
  const top = parseSitemap(text, base);
  if (!top.ok || top.sitemaps.length === 0) return top;
  // A sitemap index: the newest child sitemaps, fetched in turn.
  const children = [...top.sitemaps].sort((a, b) => (b.stamp ?? '').localeCompare(a.stamp ?? '')).slice(0, ctx.settings.max_sitemaps);
  const items: ListedItem[] = [];
  for (const c of children) {
    const f = await ctx.fetcher.get(c.url, {}, { redirectHosts: src.redirect_hosts });
    const l = f.ok ? parseSitemap(decodeText(f.body, f.contentType).text, f.finalUrl) : { ok: false as const, reason: f.reason };
    if (l.ok) items.push(...l.items);
    else failures.push({ url: c.url, reason: l.reason });
  }
  return { ok: true, format: 'sitemapindex', items, sitemaps: children };
}

function itemStatus(r: UrlIngestResult, seen: SeenItem | undefined): string | null {
  if (r.failure === 'fetch:robots') return null;
  if (r.status === 'not-modified') return seen?.status ?? 'unchanged';
  if (r.status === 'unchanged') return 'unchanged';
  if (r.status !== 'failed') return r.version && r.version > 1 ? 'updated' : 'stored';
  if (r.failure === 'read') return 'refused';
  if (r.failure === 'fetch:http' && r.httpStatus !== null && r.httpStatus < 500) return 'gone';
  if (r.failure === 'fetch:timeout' || r.failure === 'fetch:network' || r.failure === 'fetch:http') return 'error';
  return 'refused';
}

export async function pollSource(ctx: WatchContext, src: SourceConfig): Promise<SourceSummary> {
  const now = ctx.now ?? (() => new Date());
  const started = Date.now();
  const s: SourceSummary = {
    source: src.id, url: src.url, status: 'ok', reason: null, listed: 0, fetched: 0, stored: 0, updated: 0, unchanged: 0,
    notModified: 0, blocked: 0, failed: 0, deferred: 0, tooOld: 0, events: 0, failures: [], blockedUrls: [], ms: 0, nextPollAt: null,
  };
  const finish = async (ok: boolean, status: SourceSummary['status'], reason: string | null, validators: { etag?: string | null; lastModified?: string | null } = {}) => {
    s.status = status;
    s.reason = reason;
    s.ms = Date.now() - started;
    if (status !== 'stopped') {
      const st = await recordPoll(ctx.db, src.id, src.url, src.kind, { ok, status, error: reason, ...validators, interval: src.interval, maxBackoff: ctx.settings.max_backoff }, now());
      s.nextPollAt = st.next_poll_at;
    }
    ctx.log({ event: 'poll', ...s, failures: s.failures.length ? s.failures : undefined, blockedUrls: undefined });
    return s;
  };

  const prev = await sourceState(ctx.db, src.id);
  const sameUrl = prev?.url === src.url;
  const f = await ctx.fetcher.get(src.url, sameUrl ? { etag: prev?.etag, lastModified: prev?.last_modified } : {}, { redirectHosts: src.redirect_hosts });
  if (!f.ok) return finish(false, 'failed', f.reason);

  let items: ListedItem[] = [];
  if (!f.notModified) {
    const l = await listing(ctx, src, f.body, f.contentType, f.finalUrl, s.failures);
    if (!l.ok) return finish(false, 'failed', l.reason);
    const wanted = l.items.filter((i) => (!src.include || src.include.test(i.url)) && (!src.exclude || !src.exclude.test(i.url)));
    items = wanted.filter((i) => !tooOld(i, ctx.settings.max_age, now()));
    s.tooOld = wanted.length - items.length;
  }
  s.listed = items.length;

  const work: Work[] = [];
  for (const item of items) {
    const seen = await seenItem(ctx.db, item.url);
    if (!seen) work.push({ item, seen, why: 'new' });
    else if (seen.status === 'error' && seen.attempts < MAX_ITEM_ATTEMPTS) work.push({ item, seen, why: 'retry' });
    else if (item.stamp && seen.stamp && item.stamp !== seen.stamp) work.push({ item, seen, why: 'changed' });
    else if (item.hash && seen.item_hash && item.hash !== seen.item_hash) work.push({ item, seen, why: 'text-changed' });
    // Seen before its feed text was hashed (a store from before migration 0011): note the hash now.
    else if (item.hash && !seen.item_hash) await noteItemHash(ctx.db, seen.url, item.hash);
  }
  // Items that failed for a passing reason are retried even when the listing has not changed.
  const listed = new Set(work.map((w) => w.item.url));
  for (const p of await pendingItems(ctx.db, src.id, MAX_ITEM_ATTEMPTS)) {
    if (!listed.has(p.url)) work.push({ item: { url: p.url, title: null, stamp: p.stamp, published: null }, seen: p, why: 'retry' });
  }
  s.deferred = Math.max(0, work.length - ctx.settings.max_items);

  for (const w of work.slice(0, ctx.settings.max_items)) {
    if (ctx.stopping?.()) return finish(true, 'stopped', 'stopped before the end of the poll');
    // A new date asks conditionally; new feed text asks plainly: the page's own validators may not have
    // moved with it, and an unchanged page is found 'unchanged' by its hash anyway.
    const validators = w.why === 'changed' ? { etag: w.seen?.etag, lastModified: w.seen?.last_modified } : {};
    const r = await ingestUrl(ctx.db, ctx.fetcher, w.item.url, { outlet: src.outlet, lang: src.lang }, validators, { maxBytes: ctx.fetcher.options.maxBytes, redirectHosts: src.redirect_hosts });
    s.fetched++;
    const status = itemStatus(r, w.seen);
    ctx.log({ event: 'ingest', source: src.id, url: w.item.url, why: w.why, status: status ?? 'blocked', canonical: r.canonicalUrl, document: r.documentId, version: r.version, events: r.events, reason: r.reason ?? undefined });
    if (status === null) {
      s.blocked++;
      s.blockedUrls.push(w.item.url);
      continue;
    }
    if (status === 'stored') s.stored++;
    else if (status === 'updated') s.updated++;
    else if (r.status === 'not-modified') s.notModified++;
    else if (status === 'unchanged') s.unchanged++;
    else {
      s.failed++;
      s.failures.push({ url: w.item.url, reason: r.reason ?? status });
    }
    s.events += r.events;
    await recordItem(ctx.db, {
      url: w.item.url,
      source_id: src.id,
      canonical_url: r.canonicalUrl ?? w.seen?.canonical_url ?? null,
      stamp: w.item.stamp,
      status,
      reason: r.reason,
      etag: r.etag ?? w.seen?.etag ?? null,
      last_modified: r.lastModified ?? w.seen?.last_modified ?? null,
      hash: r.hash ?? w.seen?.hash ?? null,
      item_hash: w.item.hash ?? w.seen?.item_hash ?? null,
      document_id: r.documentId ?? w.seen?.document_id ?? null,
      fetched_at: now().toISOString(),
      attempted: true,
    }, now());
  }
  if (f.notModified) return finish(true, 'not-modified', null, { etag: f.etag, lastModified: f.lastModified });
  return finish(true, 'ok', null, { etag: f.etag, lastModified: f.lastModified });
}
