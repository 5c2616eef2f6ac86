// Curation endpoints: confirm, correct, reject, merge, split, add. The token guard in app.ts runs
// before any of them; each validates its body, calls the store's curation function (which records
// the analyst's correction and applies it) and answers with the event as it now is.
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Store } from '../../store/open.ts';
import { getEvent } from '../../read-model/queries.ts';
import { confirmEvent, rejectEvent, correctEvent, mergeEvents, splitEvent, addEvent } from '../../store/curation.ts';
import { parseBody } from '../params.ts';
import { CorrectBody, MergeBody, SplitBody, AddBody } from '../bodies.ts';

const UID = /^[\w:-]{1,64}$/;

/** The analyst's name for the record: the X-Analyst header (bounded), else "analyst". */
export function author(c: Context): string {
  const a = (c.req.header('X-Analyst') ?? '').trim().slice(0, 80);
  return a || 'analyst';
}

/** An event's uid from the path; a numeric id is looked up, so the UI may use either. */
async function uidOf(db: Store, c: Context): Promise<string> {
  const id = c.req.param('id') ?? '';
  if (!UID.test(id)) throw new HTTPException(400, { res: Response.json({ error: 'an event id is a number or a uid' }, { status: 400 }) });
  if (!/^\d+$/.test(id)) return id;
  const e = await getEvent(db, id);
  if (!e) throw new HTTPException(404, { res: Response.json({ error: 'no such event' }, { status: 404 }) });
  return e.uid;
}

export function writeRoutes(db: Store): Hono {
  const app = new Hono();
  const current = async (c: Context, uid: string, status: 200 | 201 = 200) => c.json((await getEvent(db, uid)) ?? { uid }, status);

  app.post('/events/merge', async (c) => {
    const b = await parseBody(MergeBody, c);
    return current(c, await mergeEvents(db, b.keep, b.other, author(c)));
  });
  app.post('/events/:id/confirm', async (c) => {
    const uid = await uidOf(db, c);
    await confirmEvent(db, uid, author(c));
    return current(c, uid);
  });
  app.post('/events/:id/reject', async (c) => {
    const uid = await uidOf(db, c);
    await rejectEvent(db, uid, author(c));
    return current(c, uid);
  });
  app.patch('/events/:id', async (c) => {
    const uid = await uidOf(db, c);
    await correctEvent(db, uid, await parseBody(CorrectBody, c), author(c));
    return current(c, uid);
  });
  app.post('/events/:id/split', async (c) => {
    const uid = await uidOf(db, c);
    const b = await parseBody(SplitBody, c);
    return current(c, await splitEvent(db, uid, b.account, author(c)), 201);
  });
  app.post('/events', async (c) => {
    const b = await parseBody(AddBody, c);
    return current(c, await addEvent(db, b, author(c)), 201);
  });
  return app;
}
