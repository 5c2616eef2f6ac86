// Contacts: grouping accounts (one document's report, a row of `events`) into events as users see
// them. After a document's events are written, each new account joins the contact it matches (see
// contacts/match.ts) or starts one; links are kept by the account's stable uid, so re-extraction keeps
// them, and links an analyst made (pinned) are never moved by the machine. A contact's fields are
// recomputed from its live accounts, then the analyst's corrections are replayed over them.
import { sql } from 'kysely';
import type { Store } from './schema.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import { contactUid, type PriorLink } from '../contacts/account.ts';
import { assignDocuments, prepareAssignment } from './contacts-assign.ts';
import { refreshContacts } from './contacts-refresh.ts';

/** A uid no contact has yet, derived from `seed`. */
export async function freshContactUid(db: Store, seed: string): Promise<string> {
  for (let i = 0; ; i++) {
    const uid = contactUid(i ? `${seed}#${i}` : seed);
    if (!(await db.selectFrom('contacts').select('id').where('uid', '=', uid).executeTakeFirst())) return uid;
  }
}

/** Links every account of a document that has no link yet, then refreshes the contacts touched. */
export async function assignDocument(db: Store, g: Gazetteer, documentId: number, prior: PriorLink[] = []): Promise<void> {
  await assignDocuments(db, await prepareAssignment(db, g, [{ documentId, prior }]));
}

/**
 * Recomputes a contact from its live accounts and replays the analyst's corrections. A contact with
 * no account left is deleted (its corrections stay in `corrections`, keyed by uid).
 */
export async function refreshContact(db: Store, contactId: number): Promise<void> {
  await refreshContacts(db, [contactId]);
}

export { refreshContacts } from './contacts-refresh.ts';

/**
 * Brings contacts up to date with the accounts: links accounts stored before contacts existed
 * (an older store), and refreshes contacts whose documents were superseded (or restored) since.
 * Writes keep contacts current themselves; this runs when a store is upgraded, and on `reextract`.
 */
export async function syncContacts(db: Store, g: Gazetteer): Promise<void> {
  const unlinked = await db
    .selectFrom('events')
    .select('document_id')
    .distinct()
    .where((eb) => eb.not(eb.exists(eb.selectFrom('contact_accounts').select('event_uid').whereRef('contact_accounts.event_uid', '=', 'events.uid'))))
    .execute();
  for (const d of unlinked) await assignDocument(db, g, d.document_id);
  const stale = await db
    .selectFrom('contact_accounts')
    .innerJoin('documents', 'documents.id', 'contact_accounts.document_id')
    .select('contact_accounts.contact_id')
    .distinct()
    .where((eb) =>
      eb.or([
        eb.and([eb('contact_accounts.live', '=', 1), eb('documents.status', '=', 'superseded')]),
        eb.and([eb('contact_accounts.live', '=', 0), eb('documents.status', '!=', 'superseded')]),
      ]),
    )
    .execute();
  await refreshContacts(db, stale.map((s) => s.contact_id));
}

/** Contacts that hold accounts of these documents are recomputed (after a document's status changed). */
export async function refreshDocumentContacts(db: Store, documentIds: number[]): Promise<void> {
  if (documentIds.length === 0) return;
  const rows = await db.selectFrom('contact_accounts').select('contact_id').distinct().where('document_id', 'in', documentIds).execute();
  await refreshContacts(db, rows.map((r) => r.contact_id));
}

/**
 * Marks documents 'superseded' (an older version of a re-fetched article) or back to 'extracted',
 * and recomputes the events that hold their accounts: reads never have to check for this.
 */
export async function setDocumentStatus(db: Store, documentIds: number[], status: 'superseded' | 'extracted'): Promise<void> {
  if (documentIds.length === 0) return;
  await db.updateTable('documents').set({ status }).where('id', 'in', documentIds).execute();
  await refreshDocumentContacts(db, documentIds);
}

/** Number of stored accounts (reports) and of live events (contacts), for summaries. */
export async function countReports(db: Store): Promise<{ accounts: number; events: number }> {
  const a = await sql<{ n: number }>`SELECT count(*) AS n FROM events`.execute(db);
  const e = await sql<{ n: number }>`SELECT count(*) AS n FROM contacts WHERE live = 1 AND status != 'rejected'`.execute(db);
  return { accounts: Number(a.rows[0].n), events: Number(e.rows[0].n) };
}
