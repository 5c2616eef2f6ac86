// Candidates for a batch of accounts: the stored, linked accounts of live documents that could be
// the same contact (merge/match.ts), read in a few statements for the whole batch. Only what can
// match is read: within the matcher's date window (a day ±1 and the day's month-only dates; a
// month's days and the month), an account naming known people can only match one that shares one of
// them, or one that names nobody known. So the work per account follows the people it names, not
// everything reported on those days (which grows with the store).
import { sql } from 'kysely';
import type { Store } from './open.ts';
import type { AccountKey } from '../merge/match.ts';
import { groupBy } from './contacts.ts';

export interface Candidate {
  account: AccountKey & { eventId: number };
  contactId: number;
}

function addDays(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** The matcher's date window of an account dated `d`: a range of day dates, and a month-only date. */
function windowOf(d: string): { lo: string; hi: string; month: string } {
  return d.length === 10 ? { lo: addDays(d, -1), hi: addDays(d, 1), month: d.slice(0, 7) } : { lo: `${d}-00`, hi: `${d}-99`, month: d };
}

const inWindow = (w: { lo: string; hi: string; month: string }, o: string | null) => !!o && ((o >= w.lo && o <= w.hi) || o === w.month);
const known = (ids: string[]) => ids.filter((id) => !id.startsWith('x:'));
const PAIRS_PER_QUERY = 1000;
const IDS_PER_QUERY = 5000;

/** Candidates of each account (by uid, in event order), and the documents each candidate contact holds. */
export async function loadCandidates(db: Store, accounts: AccountKey[]): Promise<{ stored: Map<string, Candidate[]>; docsOf: Map<number, Set<number>> }> {
  const stored = new Map<string, Candidate[]>();
  const docsOf = new Map<number, Set<number>>();
  const dated = accounts.filter((a) => a.date && a.date.length >= 7).map((a) => ({ a, w: windowOf(a.date!), people: known(a.actors) }));
  const ids = new Map<string, Set<number>>(dated.map(({ a }) => [a.uid, new Set()]));
  // Accounts naming known people: stored accounts in the window that share one of them.
  const wants = dated.flatMap(({ a, w, people }) => people.map((actor) => ({ k: a.uid, ...w, actor })));
  for (let i = 0; i < wants.length; i += PAIRS_PER_QUERY) {
    const values = sql.join(wants.slice(i, i + PAIRS_PER_QUERY).map((x) => sql`(${x.k}, ${x.lo}, ${x.hi}, ${x.month}, ${x.actor})`));
    const r = await sql<{ k: string; id: number }>`
      WITH want (k, lo, hi, mon, actor) AS (VALUES ${values})
      SELECT DISTINCT want.k AS k, events.id AS id FROM want
      JOIN events ON (events.date BETWEEN want.lo AND want.hi OR events.date = want.mon)
      JOIN participants ON participants.event_id = events.id AND participants.actor_id = want.actor`.execute(db);
    for (const row of r.rows) ids.get(row.k)!.add(Number(row.id));
  }
  // Stored accounts naming nobody known can match anyone (by countries and place); an account naming
  // nobody known can match any account in its window.
  const anyone = dated.filter((x) => x.people.length === 0);
  const dateClause = (list: typeof dated) => sql.join(list.map(({ w }) => sql`(events.date BETWEEN ${w.lo} AND ${w.hi} OR events.date = ${w.month})`), sql` OR `);
  for (const [list, onlyUnknown] of [[dated.filter((x) => x.people.length > 0), true], [anyone, false]] as const) {
    for (let i = 0; i < list.length; i += 200) {
      const part = list.slice(i, i + 200);
      const unknownOnly = onlyUnknown ? sql`AND NOT EXISTS (SELECT 1 FROM participants p WHERE p.event_id = events.id AND p.actor_id NOT LIKE 'x:%')` : sql``;
      const r = await sql<{ id: number; date: string | null }>`SELECT events.id AS id, events.date AS date FROM events WHERE (${dateClause(part)}) ${unknownOnly}`.execute(db);
      for (const { a, w } of part) for (const row of r.rows) if (inWindow(w, row.date)) ids.get(a.uid)!.add(Number(row.id));
    }
  }
  const all = [...new Set([...ids.values()].flatMap((s) => [...s]))].sort((x, y) => x - y);
  if (all.length === 0) return { stored, docsOf };
  const rows: Array<{ id: number; uid: string; document_id: number; type: string; date: string | null; location: string | null; contact_id: number }> = [];
  for (let i = 0; i < all.length; i += IDS_PER_QUERY) {
    rows.push(...(await db
      .selectFrom('events')
      .innerJoin('documents', 'documents.id', 'events.document_id')
      .innerJoin('contact_accounts', 'contact_accounts.event_uid', 'events.uid')
      .select(['events.id', 'events.uid', 'events.document_id', 'events.type', 'events.date', 'events.location', 'contact_accounts.contact_id'])
      .where('documents.status', '!=', 'superseded')
      .where('events.id', 'in', all.slice(i, i + IDS_PER_QUERY))
      .execute()));
  }
  const live = rows.map((r) => r.id);
  const [actorsOf, countriesOf] = [await byEvent(db, 'participants', live), await byEvent(db, 'event_countries', live)];
  const candidate = new Map<number, Candidate>();
  for (const r of rows) {
    const key = { eventId: r.id, uid: r.uid, documentId: r.document_id, type: r.type, date: r.date, location: r.location, actors: actorsOf.get(r.id) ?? [], countries: countriesOf.get(r.id) ?? [] };
    candidate.set(r.id, { account: key, contactId: r.contact_id });
  }
  for (const { a, w } of dated) {
    const list = [...ids.get(a.uid)!].sort((x, y) => x - y).flatMap((id) => candidate.get(id) ?? []);
    stored.set(a.uid, list.filter((c) => c.account.documentId !== a.documentId && inWindow(w, c.account.date)));
  }
  const contacts = [...new Set(rows.map((r) => r.contact_id))];
  for (let i = 0; i < contacts.length; i += IDS_PER_QUERY) {
    const part = await db.selectFrom('contact_accounts').select(['contact_id', 'document_id']).where('contact_id', 'in', contacts.slice(i, i + IDS_PER_QUERY)).execute();
    for (const r of part) {
      if (!docsOf.has(r.contact_id)) docsOf.set(r.contact_id, new Set());
      docsOf.get(r.contact_id)!.add(r.document_id);
    }
  }
  return { stored, docsOf };
}

/** Actor ids (participants) or country codes (event_countries) of each event. */
async function byEvent(db: Store, table: 'participants' | 'event_countries', ids: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const part = ids.slice(i, i + IDS_PER_QUERY);
    const rows = table === 'participants'
      ? (await db.selectFrom('participants').select(['event_id', 'actor_id as v']).where('event_id', 'in', part).execute())
      : (await db.selectFrom('event_countries').select(['event_id', 'code as v']).where('event_id', 'in', part).execute());
    for (const [id, list] of groupBy(rows, (r) => r.event_id)) out.set(id, list.map((r) => r.v));
  }
  return out;
}
