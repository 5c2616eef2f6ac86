// Bytes → a document ready for extraction, or a one-line reason why not. Nothing here throws for
// bad input: a batch gets a result per file and goes on.
import { createHash } from 'node:crypto';
import { extname, basename } from 'node:path';
import type { Doc } from '../types.ts';
import { contentRegions, maskMarkdown } from './clean.ts';
import { extractHtml } from './html.ts';
import { DEFAULT_MAX_BYTES } from './limits.ts';

const LETTERS = /\p{L}/gu;

export { DEFAULT_MAX_BYTES };

export interface DocMeta {
  doc?: string;
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
  lang?: string | null;
  title?: string | null;
}

export type ReadResult =
  | { ok: true; doc: Doc; hash: string; raw: string; format: 'text' | 'html' | 'markdown'; notes: string[] }
  | { ok: false; reason: string };

export interface ReadOptions {
  maxBytes?: number;
}

/** Markdown and HTML by extension, else by a look at the start of the content. */
function formatOf(name: string, head: string): 'text' | 'html' | 'markdown' {
  const ext = extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (/^\s*(?:<!doctype html|<html|<head|<body|<article)/i.test(head)) return 'html';
  return 'text';
}

/** A charset the page declares near its start: `<meta charset>`, `http-equiv` Content-Type, or an XML declaration. */
const DECLARED = /<meta[^>]+charset\s*=\s*["']?([\w-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i;

function decode(bytes: Buffer): { text: string; note: string | null } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), note: null };
  } catch {
    // Not UTF-8. A charset the page declares wins (windows-1251 pages of the region declare it only in
    // <meta>: issue 19); then text whose high bytes are mostly Cyrillic letters in windows-1251; else
    // windows-1252, the commonest legacy Western charset, in which every byte decodes.
    const m = DECLARED.exec(bytes.subarray(0, 4096).toString('latin1'));
    const declared = (m?.[1] ?? m?.[2])?.toLowerCase();
    if (declared && declared !== 'utf-8' && declared !== 'utf8') {
      try {
        return { text: new TextDecoder(declared).decode(bytes), note: `not valid UTF-8; decoded as ${declared}, as the page declares` };
      } catch {
        // a label the decoder does not know: fall through
      }
    }
    if (looksCyrillic1251(bytes)) return { text: new TextDecoder('windows-1251').decode(bytes), note: 'not valid UTF-8; decoded as windows-1251 (Cyrillic letters)' };
    return { text: decodeWindows1252(bytes), note: 'not valid UTF-8; decoded as windows-1252' };
  }
}

/** Most bytes above 0x7F, and most of those in 0xC0–0xFF (the letters А–я of windows-1251). */
function looksCyrillic1251(bytes: Buffer): boolean {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    if (b >= 0xc0) letters++;
  }
  return high > bytes.length * 0.2 && letters > high * 0.7;
}

function size(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}

/** windows-1252 bytes 0x80–0x9F (Node's decoder reads them as Latin-1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  let control = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32)) control++;
  return control / Math.max(1, head.length) > 0.1;
}

/** Share of letters that are Cyrillic: a Russian-language article goes to the Russian reader. */
export function guessLang(text: string): string {
  const letters = text.match(LETTERS) ?? [];
  if (letters.length === 0) return 'und';
  const cyr = letters.filter((c) => /[\u0400-\u04ff]/.test(c)).length;
  if (cyr / letters.length > 0.3) return 'ru';
  const latin = letters.filter((c) => /[a-z]/i.test(c)).length;
  return latin / letters.length > 0.7 ? 'en' : 'und';
}

export function readDocument(name: string, bytes: Buffer, meta: DocMeta = {}, opts: ReadOptions = {}): ReadResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `too large (${size(bytes.length)}, limit ${size(maxBytes)}; raise it with --max-mb)` };
  }
  // A PDF can open with printable lines; read as text it would store its syntax (issue 19).
  if (bytes.subarray(0, 1024).toString('latin1').trimStart().startsWith('%PDF-')) return { ok: false, reason: 'a PDF document, not text (PDFs are not read)' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary content, not text' };
  const { text: raw, note } = decode(bytes);
  const notes = note ? [note] : [];
  const format = formatOf(name, raw.slice(0, 512));
  const hash = createHash('sha256').update(bytes).digest('hex');

  let text = raw;
  let analysis = raw;
  let published = meta.published ?? null;
  let outlet = meta.outlet ?? null;
  let url = meta.url ?? null;
  let lang = meta.lang ?? null;
  let title = meta.title ?? null;
  if (format === 'html') {
    const h = extractHtml(raw);
    if (!h.text.trim()) return { ok: false, reason: 'no article text found in the HTML' };
    text = analysis = h.text;
    published ??= h.published;
    outlet ??= h.outlet;
    url ??= h.url;
    lang ??= h.lang;
    title ??= h.title;
  } else if (format === 'markdown') {
    analysis = maskMarkdown(raw);
  }
  if (!text.trim()) return { ok: false, reason: 'no text' };
  const guessed = guessLang(text);
  if (!lang || (guessed === 'ru' && lang === 'en')) lang = guessed;

  const regions = contentRegions(analysis);
  title ??= firstLine(text, regions);
  const doc: Doc = { id: meta.doc ?? basename(name), text, view: analysis === text ? undefined : analysis, regions, published, lang, outlet, url, title };
  return { ok: true, doc, hash, raw, format, notes };
}

function firstLine(text: string, regions: Doc['regions']): string | null {
  const r = regions[0];
  if (!r) return null;
  // A hard-wrapped first paragraph is one region over several lines (clean.ts): one line of title.
  const t = text.slice(r.start, r.end).trim().replace(/\s*[\r\n]+\s*/g, ' ');
  return t.length > 0 && t.length < 200 ? t : null;
}
