// Reading accounts (one document's report of a contact: a row of `events` with its participants
// and countries) in the shape the contact logic works on (contacts/account.ts), and the links one
// document's accounts have before a re-extraction replaces them.
import type { Store } from './schema.ts';
import { groupBy } from '../contacts/group.ts';
import type { Account, PriorLink } from '../contacts/account.ts';

/** Accounts (with participants and countries) of the given event ids. */
export async function loadAccounts(db: Store, eventIds: number[]): Promise<Account[]> {
  if (eventIds.length === 0) return [];
  const out: Account[] = [];
  for (let i = 0; i < eventIds.length; i += 500) {
    const ids = eventIds.slice(i, i + 500);
    const [rows, parts, countries] = await Promise.all([
      db.selectFrom('events').select(['id', 'uid', 'document_id', 'type', 'date', 'initiator', 'location', 'topics', 'origin']).where('id', 'in', ids).orderBy('id').execute(),
      db.selectFrom('participants').selectAll().where('event_id', 'in', ids).execute(),
      db.selectFrom('event_countries').selectAll().where('event_id', 'in', ids).execute(),
    ]);
    const partsOf = groupBy(parts, (p) => p.event_id);
    const countriesOf = groupBy(countries, (c) => c.event_id);
    for (const r of rows) {
      const participants = (partsOf.get(r.id) ?? []).map(({ actor_id, name, country, role }) => ({ actor_id, name, country, role }));
      out.push({
        eventId: r.id,
        uid: r.uid,
        documentId: r.document_id,
        type: r.type,
        date: r.date,
        initiator: r.initiator,
        location: r.location,
        topics: JSON.parse(r.topics) as string[],
        origin: r.origin,
        participants,
        actors: participants.map((p) => p.actor_id),
        countries: (countriesOf.get(r.id) ?? []).map((c) => c.code),
      });
    }
  }
  return out;
}

/** The links of one document's accounts, to carry them over a re-extraction. */
export async function priorLinks(db: Store, documentId: number): Promise<PriorLink[]> {
  const rows = await db
    .selectFrom('events')
    .innerJoin('contact_accounts', 'contact_accounts.event_uid', 'events.uid')
    .select(['events.id', 'contact_accounts.contact_id'])
    .where('events.document_id', '=', documentId)
    .execute();
  const accounts = await loadAccounts(db, rows.map((r) => r.id));
  return accounts.map((a) => ({ key: a, contactId: rows.find((r) => r.id === a.eventId)!.contact_id }));
}
