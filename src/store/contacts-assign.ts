// Linking documents' accounts to contacts, for a batch of documents at once. Two steps:
//  - prepareAssignment reads the documents (with the sentences ingest stored) and their accounts and
//    works out each account's side, attribution and claims (contacts/readouts.ts): it depends on
//    nothing but the document, so it runs before the lock;
//  - assignDocuments, under the write lock (the caller takes it), links each account, document by
//    document in order, exactly as if the documents had been stored one after the other: an account
//    already linked keeps its contact, a re-extracted one carries its old link, otherwise it joins
//    the best-matching contact of another document's live account (contacts/link.ts: a document's
//    accounts choose together, best pairs first) or starts one.
// The statements do not grow with the batch: candidates are read once for all the batch's dates,
// earlier documents of the batch join the candidates in memory, and new links and contacts are
// written with multi-row inserts before the touched contacts are recomputed together.
import type { Store } from './schema.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import { matchAccounts, describeReason } from '../contacts/match.ts';
import { assignDocument, type Candidate } from '../contacts/link.ts';
import { readAccounts } from '../contacts/readouts.ts';
import { decodeSpans } from './spans.ts';
import { loadAccounts } from './accounts.ts';
import { refreshContacts } from './contacts-refresh.ts';
import { contactUid, type Account, type PriorLink } from '../contacts/account.ts';
import { groupBy } from '../contacts/group.ts';
import { loadCandidates } from './contacts-candidates.ts';

interface Details {
  side: string | null;
  attribution: string;
  claims: string;
  document_id: number;
  live: number;
}

/** One document of a batch, ready to link. */
export interface DocumentPlan {
  documentId: number;
  prior: PriorLink[];
  accounts: Array<{ account: Account; details: Details }>;
}

/** Reads the documents' accounts and works out each one's side and claims (no lock needed). */
export async function prepareAssignment(db: Store, g: Gazetteer, docs: Array<{ documentId: number; prior?: PriorLink[] }>): Promise<DocumentPlan[]> {
  if (docs.length === 0) return [];
  const ids = docs.map((d) => d.documentId);
  const [rows, events] = await Promise.all([
    db.selectFrom('documents').selectAll().where('id', 'in', ids).execute(),
    db.selectFrom('events').select(['id', 'document_id']).where('document_id', 'in', ids).execute(),
  ]);
  const accounts = groupBy(await loadAccounts(db, events.map((e) => e.id)), (a) => a.documentId);
  const evidence = events.length
    ? groupBy(await db.selectFrom('evidence').select(['event_id', 'start', 'end']).where('event_id', 'in', events.map((e) => e.id)).orderBy('start').execute(), (e) => e.event_id)
    : new Map();
  const docOf = new Map(rows.map((r) => [r.id, r]));
  return docs.map(({ documentId, prior = [] }) => {
    const doc = docOf.get(documentId);
    if (!doc) throw new Error(`no document ${documentId}`);
    const own = accounts.get(documentId) ?? [];
    // The document's sentences as ingest stored them (migration 0013): linking never splits a document.
    if (own.length && doc.sentences == null) throw new Error(`document ${documentId} has no stored sentences (migration 0013 fills them when the store is opened)`);
    const sentences = own.length ? decodeSpans(doc.sentences!, doc.text) : [];
    const live = doc.status === 'superseded' ? 0 : 1;
    const readings = readAccounts(g, doc, sentences, own, evidence);
    return {
      documentId,
      prior,
      accounts: own.map((a, i) => {
        const { side, attribution, claims } = readings[i];
        return { account: a, details: { side, attribution: JSON.stringify(attribution), claims: JSON.stringify(claims), document_id: documentId, live } };
      }),
    };
  });
}

/** Links the planned documents' accounts, in order; the caller holds the write lock. */
export async function assignDocuments(db: Store, plan: DocumentPlan[]): Promise<void> {
  const all = plan.flatMap((d) => d.accounts);
  if (all.length === 0 && plan.every((d) => d.prior.length === 0)) return;
  const uids = all.map((x) => x.account.uid);
  const existing = new Map<string, number>();
  for (let i = 0; i < uids.length; i += 5000) {
    const rows = await db.selectFrom('contact_accounts').select(['event_uid', 'contact_id']).where('event_uid', 'in', uids.slice(i, i + 5000)).execute();
    for (const r of rows) existing.set(r.event_uid, r.contact_id);
  }
  const { stored, docsOf } = await loadCandidates(db, all.filter((x) => !existing.has(x.account.uid)).map((x) => x.account));
  const batch: Candidate[] = [];
  // New contacts get placeholder ids (negative) until they are inserted, in the order they were made.
  const created: Array<{ placeholder: number; seed: string; account: Account }> = [];
  const links: Array<{ contactId: number; uid: string; reason: unknown; details: Details }> = [];
  const touched = new Set<number>();
  for (const d of plan) {
    // First the accounts whose contact is settled (linked already, or carried over a re-extraction),
    // then the rest of the document's accounts choose their contacts together (contacts/link.ts).
    const chosen: Array<{ a: Account; details: Details; contactId: number | null; reason: unknown }> = [];
    for (const { account: a, details } of d.accounts) {
      const linked = existing.get(a.uid);
      if (linked !== undefined) {
        await db.updateTable('contact_accounts').set(details).where('event_uid', '=', a.uid).execute();
        touched.add(linked);
        continue;
      }
      // The same report re-extracted with a changed date or cast keeps its contact (and its corrections).
      const carried = d.prior.find((p) => matchAccounts({ ...p.key, documentId: -1 }, a) && !d.accounts.some((b) => b.account.uid === p.key.uid));
      if (carried) {
        chosen.push({ a, details, contactId: carried.contactId, reason: { kind: 'carried', from: carried.key.uid, text: `re-extraction of account ${carried.key.uid}` } });
        if (!docsOf.has(carried.contactId)) docsOf.set(carried.contactId, new Set());
        docsOf.get(carried.contactId)!.add(d.documentId);
      } else chosen.push({ a, details, contactId: null, reason: null });
    }
    const open = chosen.filter((x) => x.contactId === null);
    const picks = assignDocument(open.map((x) => x.a), (a) => [...(stored.get(a.uid) ?? []), ...batch].sort((x, y) => x.account.eventId - y.account.eventId), docsOf);
    open.forEach((x, i) => {
      const best = picks[i];
      if (best) {
        x.contactId = best.contactId;
        x.reason = { kind: 'match', with: best.with, ...best.why, text: describeReason(best.why) };
      }
    });
    for (const x of chosen) {
      if (x.contactId === null) {
        x.contactId = -(created.length + 1);
        created.push({ placeholder: x.contactId, seed: x.a.uid, account: x.a });
        x.reason = { kind: 'first', text: 'first account of this contact' };
      }
      links.push({ contactId: x.contactId, uid: x.a.uid, reason: x.reason, details: x.details });
      if (!docsOf.has(x.contactId)) docsOf.set(x.contactId, new Set());
      docsOf.get(x.contactId)!.add(d.documentId);
      if (x.details.live) batch.push({ account: x.a, contactId: x.contactId });
      touched.add(x.contactId);
    }
  }
  const real = await insertContacts(db, created, plan);
  const id = (c: number) => (c < 0 ? real.get(c)! : c);
  for (let i = 0; i < links.length; i += 2000) {
    await db.insertInto('contact_accounts').values(links.slice(i, i + 2000).map((l) => ({ contact_id: id(l.contactId), event_uid: l.uid, reason: JSON.stringify(l.reason), pinned: 0, ...l.details }))).execute();
  }
  // Machine links of accounts the new extraction no longer has are dropped; an analyst's stay.
  const gone = await db
    .selectFrom('contact_accounts')
    .select(['event_uid', 'contact_id'])
    .where('document_id', 'in', plan.map((d) => d.documentId))
    .where('pinned', '=', 0)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('events').select('events.id').whereRef('events.uid', '=', 'contact_accounts.event_uid'))))
    .execute();
  if (gone.length) await db.deleteFrom('contact_accounts').where('event_uid', 'in', gone.map((l) => l.event_uid)).execute();
  const refresh = new Set([...touched].map(id));
  for (const l of gone) refresh.add(l.contact_id);
  for (const p of plan.flatMap((d) => d.prior)) refresh.add(p.contactId);
  await refreshContacts(db, [...refresh]);
}

/** Inserts the new contacts (uids no contact has yet) in one statement; placeholder → id. */
async function insertContacts(db: Store, created: Array<{ placeholder: number; seed: string; account: Account }>, plan: DocumentPlan[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (created.length === 0) return out;
  const liveOf = new Map(plan.flatMap((d) => d.accounts.map((x) => [x.account.uid, x.details.live])));
  // First choices in one look-up; a uid already taken (by a contact whose account was re-extracted) tries the next.
  const first = created.map((c) => contactUid(c.seed));
  const taken = new Set<string>();
  for (let i = 0; i < first.length; i += 5000) {
    for (const r of await db.selectFrom('contacts').select('uid').where('uid', 'in', first.slice(i, i + 5000)).execute()) taken.add(r.uid);
  }
  const uids: string[] = [];
  for (const c of created) {
    let uid = contactUid(c.seed);
    for (let i = 1; taken.has(uid); i++) {
      uid = contactUid(`${c.seed}#${i}`);
      if (!taken.has(uid) && (await db.selectFrom('contacts').select('id').where('uid', '=', uid).executeTakeFirst())) taken.add(uid);
    }
    taken.add(uid);
    uids.push(uid);
  }
  const now = new Date().toISOString();
  const rows = created.map((c, i) => ({
    uid: uids[i], type: c.account.type, date: c.account.date, initiator: c.account.initiator, location: c.account.location, topics: JSON.stringify(c.account.topics),
    origin: c.account.origin === 'analyst' ? 'analyst' : 'machine', status: 'machine', corrected: '[]', live: liveOf.get(c.account.uid) ?? 1, created_at: now, updated_at: now,
  }));
  for (let i = 0; i < rows.length; i += 2000) {
    const added = await db.insertInto('contacts').values(rows.slice(i, i + 2000)).returning(['id', 'uid']).execute();
    const byUid = new Map(added.map((r) => [r.uid, r.id]));
    for (let j = i; j < Math.min(i + 2000, rows.length); j++) out.set(created[j].placeholder, byUid.get(rows[j].uid)!);
  }
  return out;
}
