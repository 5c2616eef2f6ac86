// Query parameters of the API as zod schemas: the one place their names, types and bounds live.
// Handlers validate with `parseQuery`, and the OpenAPI document is generated from the same schemas.
import { z } from 'zod';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { EVENT_TYPES, EVENT_STATUSES } from '../types.ts';
import { REVIEW_FORMATS } from '../review/formats.ts';
import { EVENT_SORTS } from '../read-model/types.ts';

/** Largest page a client may ask for; larger pages are refused, not truncated silently. */
export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;

const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
// At most 50 codes: an event involving all of them is already unlikely, and hundreds made SQLite's
// expression tree too deep (a 500 instead of an answer; issue 19).
const countryList = z
  .string()
  .max(50 * 4 - 1, 'at most 50 country codes')
  .regex(/^[A-Za-z]{3}(,[A-Za-z]{3})*$/, 'must be ISO3 country codes separated by commas (RUS,ARM)')
  .transform((s) => s.toUpperCase().split(','))
  .describe('ISO3 codes, comma-separated; events involving all of them (a country pair: RUS,ARM)');
const bool = z.enum(['true', 'false', '1', '0']).transform((s) => s === 'true' || s === '1');

export const page = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE).describe(`page size, at most ${MAX_PAGE}`),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0).describe('rows to skip'),
};

export const eventFilter = {
  from: date.optional().describe('from this date'),
  to: date.optional().describe('to this date'),
  country: countryList.optional(),
  actor: z.string().min(1).max(200).optional().describe('a participant: actor id, or a part of the name'),
  actors: z
    .string()
    .regex(/^[^,]{1,200}(,[^,]{1,200}){0,9}$/, 'must be up to 10 actor ids separated by commas')
    .transform((s) => s.split(','))
    .optional()
    .describe('exact actor ids, comma-separated; events in which all of them took part (a network edge: a,b)'),
  type: z.enum(EVENT_TYPES as [string, ...string[]]).optional(),
  doc: z.string().min(1).max(300).optional().describe('events of one document (id or name)'),
  q: z.string().min(1).max(500).optional().describe('text search over the source documents'),
  includeRejected: bool.optional().describe('also list events an analyst rejected'),
  status: z
    .string()
    .max(100)
    .transform((s) => [...new Set(s.split(','))])
    .pipe(z.array(z.enum(EVENT_STATUSES), { error: `must be statuses separated by commas: ${EVENT_STATUSES.join(', ')}` }))
    .optional()
    .describe('only events with these statuses (status=rejected finds the rejected ones again)'),
  // A decimal from 0 to 1 written out: an empty value is refused, not read as 0.
  min_confidence: z
    .string()
    .regex(/^(0(\.\d{1,6})?|1(\.0{1,6})?|\.\d{1,6})$/, 'must be a number from 0 to 1')
    .transform(Number)
    .optional()
    .describe("only events whose reader's confidence is at least this (0..1); events with none (added by an analyst) are left out"),
};

/** The order of a list: the chronicle's (date), or the reader's confidence, the doubtful first (`confidence`) or last (`-confidence`). */
const sort = z
  .enum(EVENT_SORTS, { error: `must be one of ${EVENT_SORTS.join(', ')}` })
  .default('date')
  .describe('date (default), confidence (the doubtful first, for review) or -confidence; events with no confidence come last');

export const EventsQuery = z.strictObject({ ...eventFilter, sort, ...page });
export const ChronicleQuery = z.strictObject({ ...eventFilter, sort, limit: z.coerce.number().int().min(1).max(5000).default(1000).describe('entries, at most 5000') });
export const NetworkQuery = z.strictObject({
  ...eventFilter,
  level: z.enum(['person', 'country']).default('person'),
  format: z.enum(['json', 'gexf', 'graphml']).default('json'),
});
export const MonthlyQuery = z.strictObject({ from: eventFilter.from, to: eventFilter.to, country: countryList.optional(), actor: eventFilter.actor, type: eventFilter.type });
export const ExportQuery = z.strictObject({ ...eventFilter, format: z.enum(['csv', 'jsonl']).default('jsonl') });
export const DocumentsQuery = z.strictObject({ q: eventFilter.q, ...page });
export const ActorsQuery = z.strictObject({ country: countryList.optional(), q: z.string().min(1).max(200).optional().describe('part of a name'), ...page });
export const DocumentQuery = z.strictObject({ start: z.coerce.number().int().min(0).optional(), end: z.coerce.number().int().min(0).optional() });

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day YYYY-MM-DD');
export const ReviewQuery = z.strictObject({
  from: day.describe('first day of the period'),
  to: day.describe('last day of the period'),
  focus: countryList.default(['ARM', 'AZE']).describe('ISO3 codes of the countries whose relations with Russia are reviewed (ARM,AZE)'),
  format: z.enum(REVIEW_FORMATS).default('json'),
});

export type EventFilterParams = z.infer<z.ZodObject<typeof eventFilter>>;

/** Validates the query string; an unknown or malformed parameter is a 400 naming it. */
export function parseQuery<S extends z.ZodType>(schema: S, c: Context): z.infer<S> {
  const r = schema.safeParse(c.req.query());
  if (r.success) return r.data;
  throw badRequest('invalid query parameters', r.error);
}

export async function parseBody<S extends z.ZodType>(schema: S, c: Context): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HTTPException(400, { res: Response.json({ error: 'the body must be JSON' }, { status: 400 }) });
  }
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  throw badRequest('invalid body', r.error);
}

function badRequest(what: string, error: z.ZodError): HTTPException {
  const issues = error.issues.map((i) => ({
    param: i.path.join('.') || (i.code === 'unrecognized_keys' ? (i as { keys?: string[] }).keys?.join(',') ?? '' : ''),
    message: i.message,
  }));
  const summary = issues.map((i) => (i.param ? `${i.param}: ${i.message}` : i.message)).join('; ');
  return new HTTPException(400, { res: Response.json({ error: `${what}: ${summary}`, issues }, { status: 400 }) });
}
