// The sources file (YAML, validated with zod): what to watch and how politely. Durations are
// numbers of milliseconds or strings such as "150ms", "2s", "30m", "6h", "1d".
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { FetchOptions } from '../fetch/client.ts';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

const Duration = z.union([z.number(), z.string()]).transform((v, ctx) => {
  if (typeof v === 'number' && v >= 0) return v;
  const m = typeof v === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/.exec(v) : null;
  if (!m) {
    ctx.addIssue({ code: 'custom', message: `not a duration: '${v}' (write e.g. 500ms, 20s, 30m, 6h, 1d)` });
    return z.NEVER;
  }
  return Number(m[1]) * UNITS[m[2]];
});

const Pattern = z.string().transform((s, ctx) => {
  try {
    return new RegExp(s);
  } catch {
    ctx.addIssue({ code: 'custom', message: `not a regular expression: ${s}` });
    return z.NEVER;
  }
});

const Settings = z
  .object({
    interval: Duration.default(3_600_000),
    timeout: Duration.default(20_000),
    retries: z.number().int().min(0).max(10).default(3),
    retry_delay: Duration.default(1_000),
    host_interval: Duration.default(2_000),
    max_mb: z.number().positive().default(16),
    max_redirects: z.number().int().min(0).max(20).default(5),
    max_items: z.number().int().positive().default(50),
    max_age: Duration.default(0),
    max_backoff: Duration.default(86_400_000),
    max_sitemaps: z.number().int().positive().default(3),
    concurrency: z.number().int().min(1).max(16).default(3),
    // Fetch from private, loopback, link-local and metadata addresses (an intranet feed, a test
    // fixture). Off unless the file says so (issue 19).
    allow_private: z.boolean().default(false),
  })
  .strict();

const Source = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, . _ -'),
    name: z.string().optional(),
    kind: z.enum(['rss', 'atom', 'feed', 'sitemap']),
    url: z.string().url().refine((u) => /^https?:\/\//.test(u), 'an http(s) URL'),
    outlet: z.string().optional(),
    lang: z.string().length(2).optional(),
    interval: Duration.optional(),
    include: Pattern.optional(),
    exclude: Pattern.optional(),
    enabled: z.boolean().default(true),
    // Hosts besides the source's own site that its redirects may lead to (a host covers the names
    // under it): a feed on one domain whose articles move to another. Any other site is refused.
    redirect_hosts: z.array(z.string().regex(/^(?!-)[a-z0-9.-]+$/i, 'a host name, without scheme, port or path')).optional(),
    // Free text for people: where the URL comes from, what is known about it.
    note: z.string().optional(),
  })
  .strict();

const SourcesFile = z
  .object({ settings: Settings.default(Settings.parse({})), sources: z.array(Source).min(1) })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.sources.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id '${s.id}'` });
      seen.add(s.id);
    });
  });

export type Settings = z.infer<typeof Settings>;
export type SourceConfig = z.infer<typeof Source> & { interval: number };
export interface SourcesConfig {
  settings: Settings;
  /** The sources to watch. */
  sources: SourceConfig[];
  /** Sources switched off in the file (`enabled: false`): not watched, but listed by `attache sources`. */
  disabled: SourceConfig[];
}

/** Parses and validates a sources file; the error names the file, the place and the problem. */
export function parseSources(text: string, name = 'sources file'): SourcesConfig {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new Error(`${name}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const r = SourcesFile.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${name}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const { settings, sources } = r.data;
  const all = sources.map((s) => ({ ...s, interval: s.interval ?? settings.interval }));
  return { settings, sources: all.filter((s) => s.enabled), disabled: all.filter((s) => !s.enabled) };
}

export function loadSources(path: string): SourcesConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`cannot read sources file ${path}`);
  }
  return parseSources(text, path);
}

export function fetchOptions(s: Settings): Partial<FetchOptions> {
  return {
    timeoutMs: s.timeout,
    retries: s.retries,
    retryDelayMs: s.retry_delay,
    hostIntervalMs: s.host_interval,
    maxBytes: Math.round(s.max_mb * 1024 * 1024),
    maxRedirects: s.max_redirects,
    allowPrivate: s.allow_private,
  };
}
