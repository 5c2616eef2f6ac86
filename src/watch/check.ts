// `attache sources --check URL`: tries a feed or sitemap the way the watcher would read it — robots.txt,
// the fetch, the charset, the listing — and says what it found, storing nothing. For a candidate
// source before it goes into the sources file.
import { parseHTML } from 'linkedom';
import type { Fetcher } from '../fetch/client.ts';
import { decodeText } from '../fetch/charset.ts';
import { normalizeUrl } from '../fetch/url.ts';
import { parseFeedListing, parseSitemap, type ListedItem } from './listing.ts';

export interface CheckReport {
  url: string;
  ok: boolean;
  /** Why the check failed, or what to do about what it found. */
  reason: string | null;
  robots: { allowed: boolean; reason: string | null; crawlDelayS: number | null };
  finalUrl: string | null;
  status: number | null;
  contentType: string | null;
  charset: string | null;
  charsetFrom: string | null;
  format: string | null;
  items: number;
  first: Array<{ title: string | null; date: string | null; url: string }>;
  /** Child sitemaps of a sitemap index. */
  sitemaps: string[];
  /** Feeds an HTML page announces (link rel=alternate), when the URL is a page and not a feed. */
  feeds: string[];
}

export async function checkSource(fetcher: Fetcher, url: string, kind?: string, show = 5): Promise<CheckReport> {
  const r: CheckReport = { url, ok: false, reason: null, robots: { allowed: false, reason: null, crawlDelayS: null }, finalUrl: null, status: null, contentType: null, charset: null, charsetFrom: null, format: null, items: 0, first: [], sitemaps: [], feeds: [] };
  if (!normalizeUrl(url)) return { ...r, reason: `not an http(s) URL: ${url}` };
  const v = await fetcher.robotsVerdict(url);
  r.robots = { allowed: v.allowed, reason: v.reason ?? null, crawlDelayS: v.delayMs ? v.delayMs / 1000 : null };
  if (!v.allowed) return { ...r, reason: `robots.txt: ${v.reason ?? 'forbidden'}; the watcher would not fetch it` };
  const f = await fetcher.get(url);
  r.finalUrl = f.finalUrl;
  r.status = f.status;
  if (!f.ok) return { ...r, reason: f.reason };
  r.contentType = f.contentType;
  const d = decodeText(f.body, f.contentType);
  r.charset = d.charset;
  r.charsetFrom = d.from;
  const looksSitemap = /<(?:\w+:)?(?:urlset|sitemapindex)[\s>]/.test(d.text.slice(0, 4096));
  const looksHtml = !looksSitemap && /^\s*(?:<!doctype html|<html)/i.test(d.text) && !/<(?:rss|feed|rdf:RDF)[\s>]/.test(d.text.slice(0, 4096));
  if (looksHtml && kind !== 'sitemap') {
    const { document } = parseHTML(d.text);
    r.feeds = Array.from(document.querySelectorAll('link[rel~="alternate"]'))
      .filter((l) => /rss|atom|feed\+json|json/i.test(l.getAttribute('type') ?? ''))
      .flatMap((l) => normalizeUrl(l.getAttribute('href') ?? '', f.finalUrl) ?? []);
    r.format = 'html';
    return { ...r, reason: r.feeds.length ? `an HTML page, not a feed; it announces ${r.feeds.length} feed(s): check one of them` : 'an HTML page, not a feed or sitemap (the watcher reads RSS, Atom, JSON Feed and sitemaps)' };
  }
  const l = kind === 'sitemap' || looksSitemap ? parseSitemap(d.text, f.finalUrl) : parseFeedListing(d.text, f.finalUrl);
  if (!l.ok) return { ...r, reason: l.reason };
  r.format = l.format;
  r.items = l.items.length;
  r.sitemaps = l.sitemaps.map((s) => s.url);
  r.first = l.items.slice(0, show).map((i: ListedItem) => ({ title: i.title, date: i.published ?? i.stamp, url: i.url }));
  r.ok = l.items.length > 0 || l.sitemaps.length > 0;
  if (!r.ok) r.reason = 'the listing is empty';
  return r;
}

/** The report for people. */
export function checkText(r: CheckReport): string {
  const lines = [`${r.url}`];
  lines.push(
    r.robots.allowed
      ? `  robots.txt: allowed${r.robots.crawlDelayS ? ` (Crawl-delay ${r.robots.crawlDelayS} s)` : ''}`
      : `  robots.txt: not allowed${r.robots.reason ? ` (${r.robots.reason})` : ''}`,
  );
  if (r.status !== null) lines.push(`  HTTP ${r.status}${r.finalUrl && r.finalUrl !== r.url ? ` from ${r.finalUrl}` : ''}; ${r.contentType ?? 'no Content-Type'}`);
  if (r.charset) lines.push(`  charset: ${r.charset} (${{ header: 'from the Content-Type header', bom: 'from a byte-order mark', declared: 'declared in the document', default: 'none given; UTF-8 assumed' }[r.charsetFrom ?? 'default']})`);
  if (r.format && r.format !== 'html') lines.push(`  format: ${r.format}; ${r.items} items${r.sitemaps.length ? `, ${r.sitemaps.length} child sitemaps` : ''}`);
  for (const i of r.first) lines.push(`    ${(i.date ?? 'no date').padEnd(31)} ${i.title ?? i.url}`);
  for (const s of r.sitemaps.slice(0, 5)) lines.push(`    sitemap: ${s}`);
  for (const s of r.feeds) lines.push(`    feed: ${s}`);
  lines.push(r.ok ? '  usable as a source; nothing was stored' : `  not usable as it is: ${r.reason}; nothing was stored`);
  return lines.join('\n') + '\n';
}
