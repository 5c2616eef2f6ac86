// Print copies of articles. Many sites serve the same article again at a print URL (`?print=1`,
// `/print/`, `…/print.html`); when such a page names no canonical URL, it was stored as a second
// account of the same events (issue 19). The URL patterns live in data/print-urls.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lazy, zod } from '../lazy-zod.ts';
import { DATA_DIR } from '../gazetteer/load.ts';
import { normalizeUrl } from '../fetch/url.ts';

const PrintFile = lazy((z = zod()) => z
  .object({
    query: z.array(z.union([z.string(), z.object({ name: z.string(), value: z.string() }).strict()])),
    path: z.array(z.object({ match: z.string(), to: z.string(), example: z.string().optional() }).strict()),
  })
  .strict());

export interface PrintRules {
  query: Array<{ name: string; value: string | null }>;
  path: Array<{ match: RegExp; to: string }>;
}

let cached: PrintRules | null = null;

/** The rules of data/print-urls.yaml (or another file), validated; a bad file is an error naming it. */
export function loadPrintRules(path?: string): PrintRules {
  if (cached && !path) return cached;
  const file = path ?? join(DATA_DIR, 'print-urls.yaml');
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  const r = PrintFile().safeParse(raw);
  if (!r.success) throw new Error(`${file}: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`);
  const rules: PrintRules = {
    query: r.data.query.map((q) => (typeof q === 'string' ? { name: q.toLowerCase(), value: null } : { name: q.name.toLowerCase(), value: q.value.toLowerCase() })),
    path: r.data.path.map((p, i) => {
      try {
        return { match: new RegExp(p.match, 'i'), to: p.to };
      } catch {
        throw new Error(`${file}: path.${i}.match: not a regular expression: ${p.match}`);
      }
    }),
  };
  if (!path) cached = rules;
  return rules;
}

/** The URL of the article a print URL copies, or null when `url` is not a print URL. */
export function printArticleUrl(url: string, rules = loadPrintRules()): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  let found = false;
  for (const [k, v] of [...u.searchParams.entries()]) {
    const name = k.toLowerCase();
    const value = v.toLowerCase();
    const hit = rules.query.some((q) => q.name === name && (q.value === null ? !/^(?:0|false|no|off)$/.test(value) : q.value === value));
    if (hit) {
      u.searchParams.delete(k);
      found = true;
    }
  }
  for (const p of rules.path) {
    if (p.match.test(u.pathname)) {
      u.pathname = u.pathname.replace(p.match, p.to) || '/';
      found = true;
      break;
    }
  }
  return found ? normalizeUrl(u.toString()) : null;
}

/**
 * Whether two texts are one article: their runs of three words (letters and digits, lower-cased)
 * agree for at least nine in ten of the longer text's, so a "printed from" line or a missing caption
 * does not part a copy from its article, while two reports of one meeting stay apart.
 */
export function sameText(a: string, b: string): boolean {
  const shingles = (s: string): Set<string> => {
    const w = s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return new Set(w.length < 3 ? [w.join(' ')] : w.slice(2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`));
  };
  const x = shingles(a);
  const y = shingles(b);
  let both = 0;
  for (const s of x) if (y.has(s)) both++;
  return both > 0 && both >= 0.9 * Math.max(x.size, y.size);
}
