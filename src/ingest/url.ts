// One web page → a stored article: fetched politely (src/fetch), its main text taken by Readability
// (ingest/html.ts), its metadata read from the page — title, publication time (article:published_time,
// og: and other meta tags, JSON-LD datePublished, <time>), outlet, language and canonical URL — and
// ingested under that canonical URL, so that an edited article becomes a new version.
import { parseHTML } from 'linkedom';
import type { Store } from '../store/open.ts';
import type { Fetcher, Validators } from '../fetch/client.ts';
import { normalizeUrl } from '../fetch/url.ts';
import { ingestArticle, type IngestStatus } from './ingest.ts';
import { readDocument, type DocMeta, type ReadOptions } from './read.ts';
import { printArticleUrl, sameText } from './print.ts';

export interface PageMeta {
  title: string | null;
  /** The publication time as the page gives it (ISO when it can be read). */
  publishedAt: string | null;
  /** The publication day, YYYY-MM-DD. */
  published: string | null;
  outlet: string | null;
  lang: string | null;
  canonicalUrl: string;
  /** Whether the page named its canonical URL (link rel=canonical or og:url). */
  hasCanonical: boolean;
}

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'DC.date.issued', 'dcterms.created', 'sailthru.date'];

function metaContent(document: Document, names: string[]): string | null {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** JSON-LD objects of the page, flattened (@graph and arrays); unparsable blocks are ignored. */
function jsonLd(document: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      if ('@graph' in v) add((v as { '@graph': unknown })['@graph']);
    }
  };
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      add(JSON.parse(s.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and harmless: the meta tags remain.
    }
  }
  return out;
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (v && typeof v === 'object' && 'name' in v) return str((v as { name: unknown }).name);
  return null;
}

function isoTime(v: string | null): { at: string | null; day: string | null } {
  if (!v) return { at: null, day: null };
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
  const d = new Date(v);
  const at = Number.isNaN(d.getTime()) ? null : d.toISOString();
  return { at: at ?? v, day: m ? `${m[1]}-${m[2]}-${m[3]}` : at ? at.slice(0, 10) : null };
}

/** Metadata of an HTML page fetched from `pageUrl` (the URL after redirects). */
export function pageMeta(html: string, pageUrl: string): PageMeta {
  const { document } = parseHTML(/<body[\s>]/i.test(html) ? html : `<html><head></head><body>${html}</body></html>`);
  const ld = jsonLd(document as unknown as Document);
  const article = ld.find((o) => typeof o.datePublished === 'string') ?? ld.find((o) => /Article|Report|Posting/.test(String(o['@type'] ?? ''))) ?? {};
  const doc = document as unknown as Document;
  const rawTime = metaContent(doc, PUBLISHED_META) ?? str(article.datePublished) ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const { at, day } = isoTime(rawTime);
  const lang =
    document.documentElement?.getAttribute('lang') ??
    metaContent(doc, ['og:locale', 'language', 'content-language']) ??
    document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    str(article.inLanguage);
  const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  return {
    title: metaContent(doc, ['og:title', 'twitter:title']) ?? str(article.headline) ?? document.querySelector('title')?.textContent?.trim() ?? null,
    publishedAt: at,
    published: day,
    outlet: metaContent(doc, ['og:site_name', 'application-name']) ?? str(article.publisher) ?? new URL(pageUrl).hostname.replace(/^www\./, ''),
    lang: lang ? lang.slice(0, 2).toLowerCase() : null,
    canonicalUrl: (canonicalHref && normalizeUrl(canonicalHref, pageUrl)) || normalizeUrl(pageUrl) || pageUrl,
    hasCanonical: Boolean(canonicalHref && normalizeUrl(canonicalHref, pageUrl)),
  };
}

export type UrlStatus = IngestStatus | 'not-modified';

export interface UrlIngestResult {
  url: string;
  canonicalUrl: string | null;
  status: UrlStatus;
  /** What failed: 'fetch' (with the fetcher's kind) or 'read' (no article text, binary, ...). */
  failure: string | null;
  reason: string | null;
  httpStatus: number | null;
  documentId: number | null;
  version: number | null;
  events: number;
  etag: string | null;
  lastModified: string | null;
  hash: string | null;
  publishedAt: string | null;
}

/**
 * Fetches `url` (conditionally when `validators` are given) and ingests the page. `meta` (a source's
 * outlet or language) wins over what the page says.
 */
export async function ingestUrl(db: Store, fetcher: Fetcher, url: string, meta: DocMeta = {}, validators: Validators = {}, opts: ReadOptions & { redirectHosts?: readonly string[] } = {}): Promise<UrlIngestResult> {
  const base = { url, canonicalUrl: null, documentId: null, version: null, events: 0, etag: null, lastModified: null, hash: null, publishedAt: null };
  const f = await fetcher.get(url, validators, { ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}), ...(opts.redirectHosts ? { redirectHosts: opts.redirectHosts } : {}) });
  if (!f.ok) return { ...base, status: 'failed', failure: `fetch:${f.kind}`, reason: f.reason, httpStatus: f.status };
  const validatorsOut = { etag: f.etag, lastModified: f.lastModified };
  if (f.notModified) return { ...base, ...validatorsOut, status: 'not-modified', failure: null, reason: null, httpStatus: 304 };
  const bytes = toUtf8(f.body, f.contentType);
  const pm = pageMeta(bytes.toString('utf8'), f.finalUrl);
  // The reader tells HTML by a file extension or the first bytes; the Content-Type is surer.
  const fileName = /html/i.test(f.contentType ?? '') ? 'page.html' : /^text\/plain/i.test(f.contentType ?? '') ? 'page.txt' : pm.canonicalUrl;
  const docMeta = { doc: pm.canonicalUrl, title: pm.title, published: pm.published, outlet: pm.outlet, lang: pm.lang, ...stripNulls(meta), url: pm.canonicalUrl };
  // A print copy that names no canonical URL is joined to the article it copies (issue 19).
  const articleUrl = pm.hasCanonical ? null : (printArticleUrl(f.finalUrl) ?? (f.finalUrl !== url ? printArticleUrl(url) : null));
  if (articleUrl) {
    const joined = await articleOfPrintCopy(db, articleUrl, fileName, bytes, docMeta, opts);
    if (joined) return { ...base, ...validatorsOut, canonicalUrl: joined.url, status: 'unchanged', failure: null, reason: `print copy of ${joined.url}`, httpStatus: f.status, documentId: joined.id, version: null, hash: null, publishedAt: pm.publishedAt };
    // The article is not stored yet: the copy is stored under the article's URL, so the article
    // itself, when it comes, is the same document (or its next version), not another account.
    docMeta.doc = articleUrl;
    docMeta.url = articleUrl;
  }
  const r = await ingestArticle(db, fileName, bytes, docMeta, opts);
  return {
    ...base,
    ...validatorsOut,
    canonicalUrl: docMeta.url,
    status: r.status,
    failure: r.status === 'failed' ? 'read' : null,
    reason: r.reason,
    httpStatus: f.status,
    documentId: r.documentId,
    version: r.version ?? null,
    events: r.events,
    hash: r.hash,
    publishedAt: pm.publishedAt,
  };
}

/**
 * The stored article a print copy belongs to: the one at the URL without the print marker, else one
 * from the same site with the same text (letters and digits compared). Null when there is none.
 */
async function articleOfPrintCopy(db: Store, articleUrl: string, fileName: string, bytes: Buffer, meta: DocMeta, opts: ReadOptions): Promise<{ id: number; url: string } | null> {
  const atUrl = await db.selectFrom('documents').select(['id']).where('url', '=', articleUrl).where('status', '!=', 'superseded').orderBy('id', 'desc').executeTakeFirst();
  if (atUrl) return { id: atUrl.id, url: articleUrl };
  const read = readDocument(fileName, bytes, meta, opts);
  if (!read.ok) return null;
  const origin = new URL(articleUrl).origin;
  // The site's newest documents only: a print copy follows its article closely in any feed.
  const candidates = await db
    .selectFrom('documents')
    .select(['id', 'url', 'text'])
    .where('url', 'like', `${origin}/%`)
    .where('status', '!=', 'superseded')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
  const same = candidates.find((d) => d.url?.startsWith(`${origin}/`) && sameText(d.text, read.doc.text));
  return same ? { id: same.id, url: same.url! } : null;
}

/** Pages in a legacy charset named by the Content-Type (windows-1251 is common in the region) → UTF-8. */
function toUtf8(body: Buffer, contentType: string | null): Buffer {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (!charset || charset === 'utf-8' || charset === 'utf8') return body;
  try {
    return Buffer.from(new TextDecoder(charset).decode(body), 'utf8');
  } catch {
    return body;
  }
}

function stripNulls(m: DocMeta): DocMeta {
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v != null && v !== ''));
}
