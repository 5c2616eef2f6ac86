// HTML → main text and metadata, with Mozilla Readability over a linkedom DOM. Block elements
// become paragraphs separated by blank lines; the resulting text is what the store keeps.
import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type * as ReadabilityModule from '@mozilla/readability';

// The DOM and Readability are loaded with the first HTML page: plain text never needs them, and
// linkedom is one of the slowest libraries to load (issue 19). Through require: the reader is synchronous.
const require = createRequire(import.meta.url);
const parseHTML: typeof Linkedom.parseHTML = (...a) => (require('linkedom') as typeof Linkedom).parseHTML(...a);
const readability = (doc: Document) => new (require('@mozilla/readability') as typeof ReadabilityModule).Readability(doc);

export interface HtmlExtract {
  text: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  lang: string | null;
  url: string | null;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TD', 'DT', 'DD']);

function meta(document: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

function isoDay(v: string | null): string | null {
  if (!v) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** Collects the text of block elements, one paragraph each; inline text of other containers too. */
function blockText(root: Element): string {
  const out: string[] = [];
  const walk = (el: Element): void => {
    if (BLOCKS.has(el.tagName) && !el.querySelector('p,h1,h2,h3,h4,h5,h6,li,blockquote,div')) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      return;
    }
    let loose = '';
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) loose += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
        if (BLOCKS.has(tag) || (child as Element).querySelector?.('p,h1,h2,h3,li,div')) {
          if (loose.trim()) out.push(loose.replace(/\s+/g, ' ').trim());
          loose = '';
          walk(child as Element);
        } else loose += child.textContent ?? '';
      }
    }
    if (loose.trim()) out.push(loose.replace(/\s+/g, ' ').trim());
  };
  walk(root);
  return out.join('\n\n');
}

export function extractHtml(input: string): HtmlExtract {
  // A fragment without <html>/<body> is given them, or the DOM takes its first element as the root.
  const html = /<body[\s>]/i.test(input) ? input : `<!doctype html><html><head></head><body>${input}</body></html>`;
  const { document } = parseHTML(html);
  const lang = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || null;
  const published = isoDay(
    meta(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'DC.date.issued', 'og:published_time') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  const outlet = meta(document, 'og:site_name', 'application-name', 'publisher');
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  const metaTitle = meta(document, 'og:title') ?? document.querySelector('title')?.textContent?.trim() ?? null;

  // Readability changes the DOM it reads, so it gets its own copy.
  const article = readability(parseHTML(html).document as unknown as Document).parse();
  let text = '';
  if (article?.content) {
    const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
    text = blockText(content.body as unknown as Element);
  }
  if (!text.trim() && document.body) {
    for (const el of Array.from(document.querySelectorAll('script,style,nav,header,footer,aside,noscript'))) el.remove();
    text = blockText(document.body as unknown as Element);
  }
  const title = article?.title?.trim() || metaTitle;
  if (title && text && !text.startsWith(title)) text = `${title}\n\n${text}`;
  return { text, title, published, outlet, lang, url: url ?? null };
}
