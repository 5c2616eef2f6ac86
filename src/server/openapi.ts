// The OpenAPI 3.1 document of the API, generated from the same zod schemas the handlers validate
// with, so the documented parameters are the accepted ones. Served at /api/openapi.json.
import { z } from 'zod';
import * as P from './params.ts';
import { CorrectBody, MergeBody, SplitBody, AddBody, ReviewNoteBody } from './bodies.ts';

type Json = Record<string, unknown>;

function parameters(schema: z.ZodType): Json[] {
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: js.required?.includes(name) ?? false,
    description: s.description,
    schema: { ...s, description: undefined },
  }));
}

const body = (schema: z.ZodType) => ({ required: true, content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) } } });
const json = (description: string) => ({ 200: { description, content: { 'application/json': {} } }, 400: { description: 'invalid parameters: { error, issues: [{ param, message }] }' } });
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const write = (summary: string, extra: Json = {}) => ({
  summary,
  security: [{ bearer: [] }],
  responses: { 200: { description: 'done; the event as it is now' }, 400: { description: 'invalid input' }, 401: { description: 'no or wrong token; nothing changed' }, 404: { description: 'no such event' } },
  ...extra,
});

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'attaché API',
      version: '0.1.0',
      description:
        'Diplomatic contacts extracted from news, with their evidence. Reads need no token on a loopback address; every write needs `Authorization: Bearer $ATTACHE_TOKEN`. Lists are paginated: `{ items, offset, limit, next }` where `next` is the offset of the next page or null.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths: {
      '/api/events': {
        get: { summary: 'events (one per real contact) with filters', parameters: parameters(P.EventsQuery), responses: json('a page of events') },
        post: write('add an event from a highlighted span of a document', { requestBody: body(AddBody) }),
      },
      '/api/events/{id}': {
        get: { summary: 'one event with its accounts, evidence, rules and corrections', parameters: [idParam('id', 'numeric id or stable uid')], responses: { ...json('the event'), 404: { description: 'no such event' } } },
        patch: write('correct fields of an event', { parameters: [idParam('id', 'uid')], requestBody: body(CorrectBody) }),
      },
      '/api/events/{id}/confirm': { post: write('confirm an event as correct', { parameters: [idParam('id', 'uid')] }) },
      '/api/events/{id}/reject': { post: write('reject an event (hidden unless includeRejected)', { parameters: [idParam('id', 'uid')] }) },
      '/api/events/{id}/split': { post: write('move one account of an event into a new event', { parameters: [idParam('id', 'uid')], requestBody: body(SplitBody) }) },
      '/api/events/merge': { post: write('merge two events into one', { requestBody: body(MergeBody) }) },
      '/api/chronicle': { get: { summary: 'the dated chronicle, the same entries as `attache chronicle`', parameters: parameters(P.ChronicleQuery), responses: json('title, period, entries, citations') } },
      '/api/documents': { get: { summary: 'stored documents (metadata)', parameters: parameters(P.DocumentsQuery), responses: json('a page of documents') } },
      '/api/documents/{id}': { get: { summary: 'one document: metadata, text and the spans extracted from it', parameters: [idParam('id', 'numeric id')], responses: { ...json('the document'), 404: { description: 'no such document' } } } },
      '/api/actors': { get: { summary: 'people in the record with roles and contact counts', parameters: parameters(P.ActorsQuery), responses: json('a page of actors') } },
      '/api/actors/{id}': { get: { summary: 'one actor: roles over time, contacts by counterpart and month', parameters: [idParam('id', 'actor id')], responses: { ...json('the actor'), 404: { description: 'no such actor' } } } },
      '/api/network': { get: { summary: 'the contact network of a period (JSON, GEXF or GraphML)', parameters: parameters(P.NetworkQuery), responses: json('nodes and weighted edges') } },
      '/api/stats/monthly': { get: { summary: 'contacts by month and type (for a country pair)', parameters: parameters(P.MonthlyQuery), responses: json('months') } },
      '/api/export/events': { get: { summary: 'events as CSV or JSON Lines, one row per event, participants joined', parameters: parameters(P.ExportQuery), responses: { 200: { description: 'text/csv or application/jsonl' } } } },
      '/api/review': {
        get: {
          summary: 'the drafted review of a period and focus, with the analyst’s text of each section: JSON, or the publishable html, md, docx or pdf (the files `attache review` writes)',
          parameters: parameters(P.ReviewQuery),
          responses: { ...json('the review (JSON) or the file in the format asked'), 503: { description: 'pdf asked, and the server has no Chromium' } },
        },
      },
      '/api/review/sections/{key}': {
        put: {
          summary: 'save the analyst’s text of one section of a review (an empty text removes it); kept when the draft is regenerated',
          security: [{ bearer: [] }],
          parameters: [idParam('key', 'the section key, as in the review’s JSON (sections[].key)')],
          requestBody: body(ReviewNoteBody),
          responses: { 200: { description: 'saved: { key, title, note }' }, 400: { description: 'invalid input' }, 401: { description: 'no or wrong token; nothing changed' }, 404: { description: 'the review has no such section' } },
        },
      },
      '/api/auth': { get: { summary: 'checks a token: 204 when it is right', security: [{ bearer: [] }], responses: { 204: { description: 'the token is right' }, 401: { description: 'no or wrong token' } } } },
    },
  };
}
