// A source's listing → the article URLs it announces. Feeds (RSS 2.0, Atom, RDF, JSON Feed) are read
// by feedsmith, sitemaps by fast-xml-parser; XML that is not well-formed is refused with the line
// and column, so a broken feed is reported rather than half-read.
import { createHash } from 'node:crypto';
import { parseFeed } from 'feedsmith';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normalizeUrl } from '../fetch/url.ts';

export interface ListedItem {
  url: string;
  title: string | null;
  /** When the source says the item last changed (Atom updated, sitemap lastmod, else its date). */
  stamp: string | null;
  published: string | null;
  /**
   * A hash of what the feed itself says of the item (title, summary, content): a feed may change an
   * item's text and keep its link and date (issue 19). Null for sitemaps, which carry no text.
   */
  hash?: string | null;
}

function contentHash(...parts: unknown[]): string | null {
  const text = parts.map((p) => textOf(p) ?? '').join('\u0000').replace(/\s+/g, ' ').trim();
  return text.replace(/\u0000/g, '').trim() ? createHash('sha256').update(text).digest('hex').slice(0, 32) : null;
}

function withHash(i: ListedItem | null, hash: string | null): ListedItem | null {
  return i ? { ...i, hash } : null;
}

export type Listing =
  | { ok: true; format: string; items: ListedItem[]; sitemaps: Array<{ url: string; stamp: string | null }> }
  | { ok: false; reason: string };

function wellFormed(text: string): string | null {
  const v = XMLValidator.validate(text);
  return v === true ? null : `not well-formed XML (line ${v.err.line}, col ${v.err.col}: ${v.err.msg})`;
}

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && 'value' in v) return textOf((v as { value: unknown }).value);
  return null;
}

function item(href: unknown, base: string, title: unknown, stamp: unknown, published: unknown): ListedItem | null {
  const url = typeof href === 'string' ? normalizeUrl(href, base) : null;
  if (!url) return null;
  return { url, title: textOf(title), stamp: textOf(stamp) ?? textOf(published), published: textOf(published) };
}

export function parseFeedListing(text: string, base: string): Listing {
  const broken = /^\s*[{[]/.test(text) ? null : wellFormed(text.replace(/^\uFEFF/, ''));
  if (broken) return { ok: false, reason: broken };
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (e) {
    return { ok: false, reason: `not a feed: ${(e as Error).message}` };
  }
  const items: Array<ListedItem | null> = [];
  switch (parsed.format) {
    case 'rss':
      for (const i of parsed.feed.items ?? []) {
        const guid = i.guid?.value;
        const href = i.link ?? (i.guid?.isPermaLink !== false && guid && /^https?:/.test(guid) ? guid : undefined);
        items.push(withHash(item(href, base, i.title, i.pubDate, i.pubDate), contentHash(i.title, i.description, i.content?.encoded)));
      }
      break;
    case 'atom':
      for (const e of parsed.feed.entries ?? []) {
        const link = e.links?.find((l) => !l.rel || l.rel === 'alternate') ?? e.links?.[0];
        items.push(withHash(item(link?.href, base, e.title, e.updated, e.published), contentHash(e.title, e.summary, e.content)));
      }
      break;
    case 'rdf':
      for (const i of parsed.feed.items ?? []) items.push(withHash(item(i.link, base, i.title, i.dc?.dates?.[0], i.dc?.dates?.[0]), contentHash(i.title, i.description)));
      break;
    case 'json':
      for (const i of parsed.feed.items ?? []) items.push(withHash(item(i.url ?? i.external_url, base, i.title, i.date_modified ?? i.date_published, i.date_published), contentHash(i.title, i.summary, i.content_html ?? i.content_text)));
      break;
  }
  return { ok: true, format: parsed.format, items: dedupe(items), sitemaps: [] };
}

const sitemapParser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, isArray: (n) => n === 'url' || n === 'sitemap' });

/** A sitemap (urlset) or a sitemap index (its child sitemaps, to be fetched in turn). */
export function parseSitemap(text: string, base: string): Listing {
  const clean = text.replace(/^\uFEFF/, '');
  const broken = wellFormed(clean);
  if (broken) return { ok: false, reason: broken };
  const doc = sitemapParser.parse(clean) as {
    urlset?: { url?: Array<{ loc?: string; lastmod?: string; news?: { publication_date?: string; title?: string } }> };
    sitemapindex?: { sitemap?: Array<{ loc?: string; lastmod?: string }> };
  };
  if (doc.sitemapindex) {
    const sitemaps = (doc.sitemapindex.sitemap ?? []).flatMap((s) => {
      const url = s.loc ? normalizeUrl(s.loc, base) : null;
      return url ? [{ url, stamp: s.lastmod ?? null }] : [];
    });
    return { ok: true, format: 'sitemapindex', items: [], sitemaps };
  }
  if (!doc.urlset) return { ok: false, reason: 'not a sitemap (no <urlset> or <sitemapindex>)' };
  const items = (doc.urlset.url ?? []).map((u) => item(u.loc, base, u.news?.title, u.lastmod ?? u.news?.publication_date, u.news?.publication_date ?? u.lastmod));
  return { ok: true, format: 'sitemap', items: dedupe(items), sitemaps: [] };
}

function dedupe(items: Array<ListedItem | null>): ListedItem[] {
  const seen = new Set<string>();
  return items.filter((i): i is ListedItem => i !== null && !seen.has(i.url) && Boolean(seen.add(i.url)));
}
