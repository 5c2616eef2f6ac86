// Contacts read the long way: a contact's members, accounts, documents and evidence, gathered from
// their tables into the read model's shape (read-model/types.ts). The store's refresh writes each
// contact's card from this reading (contacts-refresh.ts); the queries fall back to it for a contact
// without a card (read-model/queries.ts).
import { sql } from 'kysely';
import type { Store } from './schema.ts';
import { isPostgres } from './portable.ts';
import { loadAccounts } from './accounts.ts';
import { groupBy } from '../contacts/group.ts';
import { contactFields, NO_DOCUMENT } from '../read-model/cards.ts';
import type { AccountRow, ContactRow, EventRow } from '../read-model/types.ts';
import type { Attribution } from '../contacts/side.ts';
import type { Claim } from '../contacts/claims.ts';

/**
 * The order rows were written in (a contact's participants as its accounts told them): a covering
 * index would otherwise hand them back sorted by its own columns.
 */
function storedOrder(db: Store) {
  return sql.raw<unknown>(isPostgres(db) ? 'ctid' : 'rowid');
}

/** Participants of a set of contacts, by contact, in stored order. */
export async function participantsOf(db: Store, ids: number[]): Promise<Map<number, EventRow['participants']>> {
  const rows = await db.selectFrom('contact_participants').select(['contact_id', 'actor_id', 'name', 'country', 'role']).where('contact_id', 'in', ids).orderBy(storedOrder(db)).execute();
  const out = new Map<number, EventRow['participants']>();
  for (const { contact_id, ...p } of rows) {
    const list = out.get(contact_id);
    if (list) list.push(p);
    else out.set(contact_id, [p]);
  }
  return out;
}

/** Country codes of a set of contacts, by contact, in stored order. */
export async function countriesOf(db: Store, ids: number[]): Promise<Map<number, string[]>> {
  const rows = await db.selectFrom('contact_countries').select(['contact_id', 'code']).where('contact_id', 'in', ids).orderBy(storedOrder(db)).execute();
  const out = new Map<number, string[]>();
  for (const r of rows) {
    const list = out.get(r.contact_id);
    if (list) list.push(r.code);
    else out.set(r.contact_id, [r.code]);
  }
  return out;
}

/** Events of these contact rows read from the member, account, event, document and evidence tables. */
export async function eventsFromTables(db: Store, rows: ContactRow[]): Promise<EventRow[]> {
  if (rows.length === 0) return [];
  const out: EventRow[] = [];
  for (let i = 0; i < rows.length; i += 400) out.push(...(await hydrateChunk(db, rows.slice(i, i + 400))));
  return out;
}

async function hydrateChunk(db: Store, rows: ContactRow[]): Promise<EventRow[]> {
  const ids = rows.map((r) => r.id);
  const [partsOf, codesOf, links] = await Promise.all([
    participantsOf(db, ids),
    countriesOf(db, ids),
    db
      .selectFrom('contact_accounts')
      .innerJoin('events', 'events.uid', 'contact_accounts.event_uid')
      .innerJoin('documents', 'documents.id', 'events.document_id')
      .select([
        'contact_accounts.contact_id', 'contact_accounts.reason', 'contact_accounts.pinned', 'contact_accounts.side', 'contact_accounts.attribution', 'contact_accounts.claims',
        'events.id as event_id', 'events.uid', 'events.origin', 'events.confidence',
        'documents.id as document_id', 'documents.name as document_name', 'documents.outlet', 'documents.url', 'documents.published',
      ])
      .where('contact_accounts.contact_id', 'in', ids)
      .where('documents.status', '!=', 'superseded')
      .orderBy('documents.published')
      .orderBy('documents.id')
      .orderBy('events.id')
      .execute(),
  ]);
  const eventIds = links.map((l) => l.event_id);
  const [accounts, evidence] = await Promise.all([
    loadAccounts(db, eventIds),
    // In (start, id) order: the first span is the one the chronicle quotes (chronicle/query.ts).
    eventIds.length ? db.selectFrom('evidence').selectAll().where('event_id', 'in', eventIds).orderBy('start').orderBy('id').execute() : Promise.resolve([]),
  ]);
  const linksOf = groupBy(links, (l) => l.contact_id);
  const accountOf = new Map(accounts.map((a) => [a.eventId, a]));
  const evidenceOf = groupBy(evidence, (e) => e.event_id);
  return rows.map((r) => {
    const mine = (linksOf.get(r.id) ?? []).map((l): AccountRow => {
      const a = accountOf.get(l.event_id)!;
      return {
        uid: l.uid,
        document: { id: l.document_id, name: l.document_name, outlet: l.outlet, url: l.url, published: l.published },
        type: a.type,
        date: a.date,
        location: a.location,
        initiator: a.initiator,
        topics: a.topics,
        participants: a.participants,
        side: l.side,
        attribution: l.attribution ? (JSON.parse(l.attribution) as Attribution) : null,
        claims: JSON.parse(l.claims) as Claim[],
        reason: JSON.parse(l.reason),
        pinned: l.pinned === 1,
        origin: l.origin,
        confidence: l.confidence ?? null,
        evidence: (evidenceOf.get(l.event_id) ?? []).map(({ start, end, sentence, rule }) => ({ start, end, sentence, rule })),
      };
    });
    const first = mine[0];
    return {
      ...contactFields(r),
      origin: r.origin === 'analyst' ? 'analyst' : 'machine',
      corrected: JSON.parse(r.corrected) as string[],
      document: first?.document ?? NO_DOCUMENT,
      participants: partsOf.get(r.id) ?? [],
      countries: codesOf.get(r.id) ?? [],
      evidence: first?.evidence ?? [],
      accounts: mine,
    };
  });
}
