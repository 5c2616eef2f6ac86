// Files and folders → a list of input files; meta.jsonl → metadata by document name.
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { lazy, zod } from '../lazy-zod.ts';
import type { DocMeta } from './read.ts';

const TEXT_EXT = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.md', '.markdown', '']);

export function expandInputs(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string, top: boolean): void => {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) if (!e.startsWith('.')) walk(join(p, e), false);
    } else if (top || (TEXT_EXT.has(extname(p).toLowerCase()) && !/^(?:meta|gold)\.jsonl$|readme\.md$/i.test(basename(p)))) {
      files.push(p);
    }
  };
  for (const i of inputs) walk(i, true);
  return { files, missing };
}

const MetaLine = lazy((z = zod()) => z.object({
  doc: z.string(),
  published: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  lang: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
}));

export function readMeta(path: string): Map<string, DocMeta> {
  const out = new Map<string, DocMeta>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
      const r = MetaLine().safeParse(json);
      if (!r.success) throw new Error(`${path}:${i + 1}: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`);
      out.set(r.data.doc, r.data);
    });
  return out;
}

/** Metadata for a file: from meta.jsonl by file name, with --published as a fallback date. */
export function metaFor(file: string, meta: Map<string, DocMeta>, published?: string): DocMeta {
  const m = meta.get(basename(file)) ?? {};
  return { ...m, doc: basename(file), published: m.published ?? published ?? null };
}
