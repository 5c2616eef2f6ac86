// Read endpoints: events, one event, the chronicle, documents, actors, the network, monthly counts
// and exports. Each handler validates its query, calls the store or a pure builder, and formats.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Store } from '../../store/open.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import { listEvents, getEvent, listActors } from '../../read-model/queries.ts';
import type { EventFilter, EventRow } from '../../read-model/types.ts';
import { buildChronicle } from '../../chronicle/chronicle.ts';
import { chronicleEvents } from '../../chronicle/query.ts';
import { networkFromStore } from '../../network/aggregate.ts';
import { monthlyCounts, counterparts } from '../../network/activity.ts';
import { toGexf, toGraphml } from '../../export/graph.ts';
import { eventExportChunks } from '../../export/events.ts';
import { listDocuments, getDocument, getActor } from '../reads.ts';
import * as P from '../params.ts';

/** Events a network or a chart is drawn from, at most; beyond it the answer says it is partial. */
export const MAX_AGGREGATE_EVENTS = 50_000;

type Filter = EventFilter & { q?: string; includeRejected?: boolean };
/** Accounts are in every row once contacts exist; older rows have only `document` and `evidence`. */
type WithAccounts = EventRow & { accounts?: Array<{ document: { id: number; name: string }; evidence: EventRow['evidence'] }> };

export function toFilter(p: P.EventFilterParams): Filter {
  return { from: p.from, to: p.to, countries: p.country, actor: p.actor, actors: p.actors, type: p.type, doc: p.doc, q: p.q, includeRejected: p.includeRejected, status: p.status, minConfidence: p.min_confidence };
}

function notFound(what: string): never {
  throw new HTTPException(404, { res: Response.json({ error: `no such ${what}` }, { status: 404 }) });
}

/** A page of rows: one more than asked is read to know whether a next page exists. */
function paged<T>(rows: T[], limit: number, offset: number) {
  const more = rows.length > limit;
  return { items: more ? rows.slice(0, limit) : rows, offset, limit, next: more ? offset + limit : null };
}

/** Spans of one document: the evidence of every event it reports, with the event they belong to. */
function spansOf(events: EventRow[], documentId: number) {
  return events.flatMap((e) => {
    const accounts = (e as WithAccounts).accounts;
    const evidence = accounts ? accounts.filter((a) => a.document.id === documentId).flatMap((a) => a.evidence) : e.evidence;
    return evidence.map((s) => ({ ...s, event: { id: e.id, uid: e.uid, type: e.type, date: e.date, status: e.status } }));
  }).sort((a, b) => a.start - b.start);
}

/**
 * An export as a streamed answer. The first chunk is awaited before anything is sent: a store that
 * fails answers with an error status and a message, not 200 and a header only (issue 19). A failure
 * after the answer has started cannot change its status any more: the stream is errored, so the
 * connection is cut and the client sees an incomplete download, never a short file that looks whole.
 */
export async function streamedExport(chunks: AsyncGenerator<{ text: string }>, headers: Record<string, string>, onStreamError: (e: Error) => void): Promise<Response> {
  let first: IteratorResult<{ text: string }>;
  try {
    first = await chunks.next();
  } catch (e) {
    throw new HTTPException(500, { res: Response.json({ error: `the export failed: ${(e as Error).message}` }, { status: 500 }), cause: e });
  }
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(ctrl) {
      if (first.done) ctrl.close();
      else ctrl.enqueue(enc.encode(first.value.text));
    },
    async pull(ctrl) {
      try {
        const r = await chunks.next();
        if (r.done) ctrl.close();
        else ctrl.enqueue(enc.encode(r.value.text));
      } catch (e) {
        onStreamError(e as Error);
        ctrl.error(e);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, { status: 200, headers });
}

export function readRoutes(db: Store, g: Gazetteer, onStreamError: (e: Error) => void = () => {}): Hono {
  const app = new Hono();
  const countryName = (code: string) => g.countries.get(code)?.name ?? code;

  app.get('/events', async (c) => {
    const p = P.parseQuery(P.EventsQuery, c);
    const rows = await listEvents(db, { ...toFilter(p), sort: p.sort, limit: p.limit + 1, offset: p.offset });
    return c.json(paged(rows, p.limit, p.offset));
  });

  app.get('/events/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^[\w:-]{1,64}$/.test(id)) throw new HTTPException(400, { res: Response.json({ error: 'an event id is a number or a uid' }, { status: 400 }) });
    return c.json((await getEvent(db, id)) ?? notFound('event'));
  });

  app.get('/chronicle', async (c) => {
    const p = P.parseQuery(P.ChronicleQuery, c);
    const rows = await chronicleEvents(db, { ...toFilter(p), sort: p.sort, limit: p.limit + 1 });
    const chronicle = buildChronicle(g, rows.slice(0, p.limit), { from: p.from, to: p.to });
    const byId = new Map(rows.map((e) => [e.id, e]));
    // The chronicle is built in date order (its citations are numbered so); sorted by confidence, its
    // entries are then listed in the store's order, the doubtful first.
    const rank = new Map(rows.map((e, i) => [e.id, i]));
    const ordered = p.sort === 'date' ? chronicle.entries : [...chronicle.entries].sort((a, b) => rank.get(a.eventId)! - rank.get(b.eventId)!);
    const entries = ordered.map((x) => {
      const e = byId.get(x.eventId)!;
      return { ...x, uid: e.uid, type: e.type, status: e.status, countries: e.countries, confidence: e.confidence ?? null };
    });
    const docIds = new Map(rows.flatMap((e) => [e.document, ...e.accounts.map((a) => a.document)]).map((d) => [d.name, d.id]));
    const citations = chronicle.citations.map((x) => ({ ...x, documentId: docIds.get(x.document) ?? null }));
    return c.json({ ...chronicle, entries, citations, truncated: rows.length > p.limit });
  });

  app.get('/documents', async (c) => {
    const p = P.parseQuery(P.DocumentsQuery, c);
    return c.json(paged(await listDocuments(db, { ...p, limit: p.limit + 1 }), p.limit, p.offset));
  });

  app.get('/documents/:id', async (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || id < 1) throw new HTTPException(400, { res: Response.json({ error: 'a document id is a positive number' }, { status: 400 }) });
    const doc = (await getDocument(db, id)) ?? notFound('document');
    const events = await listEvents(db, { doc: String(id), includeRejected: true } as Filter);
    return c.json({ ...doc, spans: spansOf(events, id) });
  });

  app.get('/actors', async (c) => {
    const p = P.parseQuery(P.ActorsQuery, c);
    const needle = p.q?.toLowerCase();
    const all = (await listActors(db, p.country)).filter((a) => !needle || a.name.toLowerCase().includes(needle));
    return c.json(paged(all.slice(p.offset, p.offset + p.limit + 1), p.limit, p.offset));
  });

  app.get('/actors/:id', async (c) => {
    const id = c.req.param('id');
    if (id.length > 200) throw new HTTPException(400, { res: Response.json({ error: 'actor id too long' }, { status: 400 }) });
    const actor = (await getActor(db, id)) ?? notFound('actor');
    const events = await chronicleEvents(db, { actor: id, limit: MAX_AGGREGATE_EVENTS });
    const own = events.filter((e) => e.participants.some((p) => p.actor_id === id));
    return c.json({ ...actor, contacts: own.length, months: monthlyCounts(own), counterparts: counterparts(own, id), recent: own.slice(-100).reverse().map(({ id, uid, date, type, countries, participants }) => ({ id, uid, date, type, countries, participants })) });
  });

  app.get('/network', async (c) => {
    const p = P.parseQuery(P.NetworkQuery, c);
    const { truncated, ...net } = await networkFromStore(db, toFilter(p), p.level, countryName, MAX_AGGREGATE_EVENTS);
    if (p.format === 'json') return c.json({ ...net, truncated });
    const file = `attache-network-${p.level}.${p.format}`;
    c.header('Content-Disposition', `attachment; filename="${file}"`);
    return c.body(p.format === 'gexf' ? toGexf(net) : toGraphml(net), 200, { 'Content-Type': p.format === 'gexf' ? 'application/gexf+xml; charset=utf-8' : 'application/graphml+xml; charset=utf-8' });
  });

  app.get('/stats/monthly', async (c) => {
    const p = P.parseQuery(P.MonthlyQuery, c);
    const rows = await listEvents(db, { ...toFilter(p), limit: MAX_AGGREGATE_EVENTS + 1 });
    return c.json({ months: monthlyCounts(rows.slice(0, MAX_AGGREGATE_EVENTS)), truncated: rows.length > MAX_AGGREGATE_EVENTS });
  });

  app.get('/export/events', async (c) => {
    const p = P.parseQuery(P.ExportQuery, c);
    const chunks = eventExportChunks(db, toFilter(p), p.format);
    return streamedExport(chunks, {
      'Content-Type': p.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8',
      'Content-Disposition': `attachment; filename="attache-events.${p.format}"`,
    }, onStreamError);
  });

  return app;
}
