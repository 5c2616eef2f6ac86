// Reading the record: events (contacts, each with its accounts) with filters, one event with its
// evidence and corrections, actors, chronicle rows; in the read model's shapes (types.ts), from the
// contacts' cards (cards.ts) or, for a contact without one, the long way (store/contact-rows.ts).
// Every filter is a bound parameter; nothing from the user is spliced into SQL.
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Store } from '../store/open.ts';
import type { Database } from '../store/schema.ts';
import { matchingDocumentIds } from '../store/search.ts';
import { eventsFromTables } from '../store/contact-rows.ts';
import { fromCard } from './cards.ts';
import type { ActorRow, ContactRow, EventDetail, EventFilter, EventRow } from './types.ts';

export { participantsOf, countriesOf } from '../store/contact-rows.ts';

/** Actor filters that match more actor ids than this are left to a scan of every contact. */
const MAX_ACTOR_IDS = 200;

/**
 * The live contacts a filter selects, as a query on `contacts` that callers give their columns and
 * order to; null when the filter cannot match anything (no such document, no text match).
 */
export async function filteredContacts(db: Store, f: EventFilter): Promise<SelectQueryBuilder<Database, 'contacts', {}> | null> {
  let q = db.selectFrom('contacts').where('contacts.live', '=', 1);
  if (f.status?.length) q = q.where('contacts.status', 'in', f.status);
  else if (!f.includeRejected) q = q.where('contacts.status', '!=', 'rejected');
  if (f.type) q = q.where('contacts.type', '=', f.type);
  if (f.minConfidence != null) q = q.where('contacts.confidence', '>=', f.minConfidence);
  const docIds: number[][] = [];
  if (f.doc) {
    const d = await db.selectFrom('documents').select('id').where((eb) => eb.or([eb('name', '=', f.doc!), eb('id', '=', Number(f.doc) || -1)])).execute();
    docIds.push(d.map((r) => r.id));
  }
  if (f.q !== undefined) docIds.push(await matchingDocumentIds(db, f.q));
  for (const ids of docIds) {
    if (ids.length === 0) return null;
    q = q.where((eb) => eb.exists(eb.selectFrom('contact_accounts').select('event_uid').whereRef('contact_accounts.contact_id', '=', 'contacts.id').where('contact_accounts.live', '=', 1).where('contact_accounts.document_id', 'in', ids)));
  }
  // Member rows carry their contact's date and live flag (migration 0007): a country or an actor
  // over a period is one range scan of contact_countries(code, live, date) or
  // contact_participants(actor_id, live, date), and the period test is made there, not on every
  // contact of the period.
  const [first, ...others] = (f.countries ?? []).map((c) => c.toUpperCase());
  if (first !== undefined) {
    let m = inPeriod(db.selectFrom('contact_countries as m').select('m.contact_id').where('m.code', '=', first).where('m.live', '=', 1), 'm.date', f);
    // Each further code is a range scan of its own, intersected on contact_id.
    for (const code of others) {
      m = m.where('m.contact_id', 'in', inPeriod(db.selectFrom('contact_countries as o').select('o.contact_id').where('o.code', '=', code).where('o.live', '=', 1), 'o.date', f));
    }
    q = q.where('contacts.id', 'in', m);
  }
  // Each exact actor id is a range scan of contact_participants(actor_id, live, date).
  for (const id of new Set(f.actors ?? [])) {
    q = q.where('contacts.id', 'in', inPeriod(db.selectFrom('contact_participants as p').select('p.contact_id').where('p.actor_id', '=', id).where('p.live', '=', 1), 'p.date', f));
  }
  if (f.actor) {
    const actor = f.actor;
    const like = `%${actor.toLowerCase()}%`;
    const matches = (w: ExpressionBuilder<Database, 'contact_participants'>) => w.or([w(sql`lower(contact_participants.name)`, 'like', like), w('contact_participants.actor_id', '=', actor)]);
    const ids = await actorIdsMatching(db, actor, like);
    if (ids.length === 0) return null;
    // Few matching actors: their contacts are read through the (actor_id, live, date) index. The
    // name test is kept, so a contact counts only if the participant's name there matches, exactly
    // as in the scan.
    if (ids.length <= MAX_ACTOR_IDS) {
      q = q.where('contacts.id', 'in', inPeriod(db.selectFrom('contact_participants').select('contact_participants.contact_id').where('contact_participants.actor_id', 'in', ids).where('contact_participants.live', '=', 1).where(matches), 'contact_participants.date', f));
    } else {
      q = q.where((eb) => eb.exists(eb.selectFrom('contact_participants').select('contact_id').whereRef('contact_participants.contact_id', '=', 'contacts.id').where(matches)));
    }
  }
  // The period is also tested on the contacts: walking contacts in date order is then bounded by
  // the period, whatever plan the engine picks.
  return inPeriod(q, 'contacts.date', f);
}

/**
 * The period test on a date column. A month-only date ("2022-05") belongs to the period if its month
 * overlaps it; written as an indexable lower bound (the month) plus the exact test, so the date
 * index is used.
 */
export function inPeriod<QB extends SelectQueryBuilder<any, any, any>>(q: QB, column: string, f: EventFilter): QB {
  let out = q;
  if (f.from) {
    const from = f.from;
    const col = sql.ref(column);
    out = out.where(column, '>=', from.slice(0, 7)).where((eb) => eb.or([eb(column, '>=', from), eb(sql`length(${col})`, '<', 10)])) as QB;
  }
  if (f.to) out = out.where(column, '<=', `${f.to}~`) as QB;
  return out;
}

/**
 * Actor ids that have a participant row matching the filter (the id itself, or a name containing
 * it). The distinct (actor, name) pairs are walked through the (actor_id, name) index, one seek per
 * pair (a loose index scan), instead of reading every participant row.
 */
async function actorIdsMatching(db: Store, actor: string, like: string): Promise<string[]> {
  const { rows } = await sql<{ actor_id: string }>`
    WITH RECURSIVE pairs(a, n) AS (
      SELECT min(actor_id), (SELECT min(name) FROM contact_participants WHERE actor_id = (SELECT min(actor_id) FROM contact_participants)) FROM contact_participants
      UNION ALL
      SELECT
        CASE WHEN (SELECT min(name) FROM contact_participants WHERE actor_id = p.a AND name > p.n) IS NULL
          THEN (SELECT min(actor_id) FROM contact_participants WHERE actor_id > p.a) ELSE p.a END,
        COALESCE(
          (SELECT min(name) FROM contact_participants WHERE actor_id = p.a AND name > p.n),
          (SELECT min(name) FROM contact_participants WHERE actor_id = (SELECT min(actor_id) FROM contact_participants WHERE actor_id > p.a)))
      FROM pairs p WHERE p.a IS NOT NULL
    )
    SELECT DISTINCT a AS actor_id FROM pairs WHERE a IS NOT NULL AND (lower(n) LIKE ${like} OR a = ${actor})`.execute(db);
  return rows.map((r) => r.actor_id);
}

/**
 * Rows of the contacts a filter selects, in chronicle order (date, id) or by confidence (f.sort), one page of them, in one
 * query: the period, country and actor tests run on the indexes, and the table is visited for the
 * rows of the page (with their cards, migration 0009), not for every contact of the period.
 */
export async function filteredRows(db: Store, f: EventFilter): Promise<ContactRow[]> {
  const q = await filteredContacts(db, f);
  if (!q) return [];
  let ordered = q.selectAll('contacts');
  // By confidence: contacts with none (an analyst's, or stored before migration 0014) come last either
  // way, written as an explicit test because SQLite and PostgreSQL put NULLs at opposite ends.
  if (f.sort === 'confidence' || f.sort === '-confidence') {
    ordered = ordered.orderBy(sql`(contacts.confidence is null)`).orderBy('contacts.confidence', f.sort === 'confidence' ? 'asc' : 'desc');
  }
  return ordered.orderBy('contacts.date').orderBy('contacts.id').limit(f.limit ?? 10000).offset(f.offset ?? 0).execute();
}

export async function listEvents(db: Store, f: EventFilter = {}): Promise<EventRow[]> {
  return hydrate(db, await filteredRows(db, f));
}

/** Events of these contact rows, from their cards, and the long way for rows without one. */
async function hydrate(db: Store, rows: ContactRow[]): Promise<EventRow[]> {
  const out: Array<EventRow | null> = rows.map(fromCard);
  const missing = rows.filter((_, i) => !out[i]);
  if (missing.length === 0) return out as EventRow[];
  const read = new Map((await eventsFromTables(db, missing)).map((e) => [e.id, e]));
  return rows.map((r, i) => out[i] ?? read.get(r.id)!);
}

/** One event by numeric id or uid; an account's uid finds the event that holds the account. */
export async function getEvent(db: Store, id: number | string): Promise<EventDetail | null> {
  const key = String(id);
  let row = await db
    .selectFrom('contacts')
    .selectAll()
    .where((eb) => (/^\d+$/.test(key) ? eb('id', '=', Number(key)) : eb('uid', '=', key)))
    .executeTakeFirst();
  if (!row && !/^\d+$/.test(key)) {
    const link = await db.selectFrom('contact_accounts').select('contact_id').where('event_uid', '=', key).executeTakeFirst();
    if (link) row = await db.selectFrom('contacts').selectAll().where('id', '=', link.contact_id).executeTakeFirst();
  }
  if (!row) return null;
  const [e] = await hydrate(db, [row]);
  const rules = e.accounts.length
    ? await db.selectFrom('events').select('rules').where('uid', 'in', e.accounts.map((a) => a.uid)).execute()
    : [];
  const corrections = await db.selectFrom('corrections').selectAll().where('event_uid', '=', row.uid).orderBy('id').execute();
  return {
    ...e,
    rules: [...new Set(rules.flatMap((r) => JSON.parse(r.rules) as string[]))],
    corrections: corrections.map((c) => ({ id: c.id, action: c.action, field: c.field, value: c.value == null ? null : JSON.parse(c.value), author: c.author, created_at: c.created_at })),
  };
}

export async function listActors(db: Store, countries?: string[]): Promise<ActorRow[]> {
  let q = db
    .selectFrom('actors')
    .leftJoin('contact_participants', 'contact_participants.actor_id', 'actors.id')
    .leftJoin('contacts', (j) => j.onRef('contacts.id', '=', 'contact_participants.contact_id').on('contacts.status', '!=', 'rejected').on('contacts.live', '=', 1))
    .select(['actors.id', 'actors.name', 'actors.country', (eb) => eb.fn.count<number>('contacts.id').distinct().as('contacts')])
    .groupBy(['actors.id', 'actors.name', 'actors.country']);
  if (countries?.length) q = q.where('actors.country', 'in', countries.map((c) => c.toUpperCase()));
  const rows = await q.orderBy('contacts', 'desc').orderBy('actors.name').execute();
  if (rows.length === 0) return [];
  const roles = await db.selectFrom('roles').selectAll().where('actor_id', 'in', rows.map((r) => r.id)).orderBy('date_from').execute();
  return rows.map((r) => ({
    ...r,
    contacts: Number(r.contacts),
    roles: roles.filter((x) => x.actor_id === r.id).map((x) => ({ role: x.role, title: x.title, from: x.date_from, to: x.date_to })),
  }));
}

export async function documentText(db: Store, id: number): Promise<{ name: string; text: string } | undefined> {
  return db.selectFrom('documents').select(['name', 'text']).where('id', '=', id).executeTakeFirst();
}
