// Contacts: grouping accounts (one document's report, a row of `events`) into events as users see
// them. After a document's events are written, each new account joins the contact it matches (see
// merge/match.ts) or starts one; links are kept by the account's stable uid, so re-extraction keeps
// them, and links an analyst made (pinned) are never moved by the machine. A contact's fields are
// recomputed from its live accounts, then the analyst's corrections are replayed over them.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from './open.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import { matchAccounts, describeReason, type AccountKey } from '../merge/match.ts';
import { summarize, type AccountFields } from '../merge/summary.ts';
import { splitSentences } from '../extract/sentences.ts';
import { maskMarkdown } from '../ingest/clean.ts';
import { attribute } from '../accounts/side.ts';
import { accountScope, claimsOf } from '../accounts/claims.ts';

export interface Account extends AccountKey, AccountFields {
  eventId: number;
  origin: string;
}

/** A link of an account to its contact, as it was before a re-extraction replaced the account. */
export interface PriorLink {
  key: AccountKey;
  contactId: number;
}

export function contactUid(seed: string): string {
  return `c${createHash('sha1').update(seed).digest('hex').slice(0, 15)}`;
}

/** A uid no contact has yet, derived from `seed`. */
export async function freshContactUid(db: Store, seed: string): Promise<string> {
  for (let i = 0; ; i++) {
    const uid = contactUid(i ? `${seed}#${i}` : seed);
    if (!(await db.selectFrom('contacts').select('id').where('uid', '=', uid).executeTakeFirst())) return uid;
  }
}

/** Items grouped by a key, in their order. */
export function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

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

function addDays(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** Live accounts of other documents whose date could match `a`, with their contact. */
async function candidates(db: Store, a: Account): Promise<Array<{ account: Account; contactId: number }>> {
  if (!a.date || a.date.length < 7) return [];
  const d = a.date;
  const rows = await db
    .selectFrom('events')
    .innerJoin('documents', 'documents.id', 'events.document_id')
    .innerJoin('contact_accounts', 'contact_accounts.event_uid', 'events.uid')
    .select(['events.id', 'contact_accounts.contact_id'])
    .where('events.document_id', '!=', a.documentId)
    .where('documents.status', '!=', 'superseded')
    .where((eb) =>
      d.length === 10
        ? eb.or([eb.between('events.date', addDays(d, -1), addDays(d, 1)), eb('events.date', '=', d.slice(0, 7))])
        : eb.or([eb('events.date', '=', d), eb('events.date', 'like', `${d}-%`)]),
    )
    .execute();
  const accounts = await loadAccounts(db, rows.map((r) => r.id));
  return accounts.map((account) => ({ account, contactId: rows.find((r) => r.id === account.eventId)!.contact_id }));
}

/** Links every account of a document that has no link yet, then refreshes the contacts touched. */
export async function assignDocument(db: Store, g: Gazetteer, documentId: number, prior: PriorLink[] = []): Promise<void> {
  const doc = await db.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirstOrThrow();
  const events = await db.selectFrom('events').select('id').where('document_id', '=', documentId).execute();
  const accounts = await loadAccounts(db, events.map((e) => e.id));
  const evidence = accounts.length
    ? await db.selectFrom('evidence').select(['event_id', 'start', 'end']).where('event_id', 'in', accounts.map((a) => a.eventId)).orderBy('start').execute()
    : [];
  const sentences = accounts.length
    ? splitSentences({ id: doc.name, text: doc.text, view: doc.format === 'markdown' ? maskMarkdown(doc.text) : undefined, regions: JSON.parse(doc.regions), published: doc.published, lang: doc.lang, outlet: doc.outlet, url: doc.url, title: doc.title })
    : [];
  const touched = new Set<number>();
  const live = doc.status === 'superseded' ? 0 : 1;
  for (const a of accounts) {
    const own = evidence.filter((e) => e.event_id === a.eventId);
    // Another account begins where its first evidence is; a sentence two accounts share is no boundary.
    const othersFirst = accounts.filter((b) => b !== a).map((b) => evidence.find((e) => e.event_id === b.eventId)).filter((e) => e !== undefined);
    const scope = accountScope(sentences, own, othersFirst).map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) }));
    const evidenceFirst = [...scope.filter((s) => own.some((e) => e.start >= s.start && e.start < s.end)), ...scope];
    const who = attribute(g, doc, evidenceFirst);
    const details = { side: who.side, attribution: JSON.stringify(who), claims: JSON.stringify(claimsOf(scope)), document_id: documentId, live };
    const existing = await db.selectFrom('contact_accounts').select(['contact_id']).where('event_uid', '=', a.uid).executeTakeFirst();
    if (existing) {
      await db.updateTable('contact_accounts').set(details).where('event_uid', '=', a.uid).execute();
      touched.add(existing.contact_id);
      continue;
    }
    let contactId: number | null = null;
    let reason: unknown = null;
    // The same report re-extracted with a changed date or cast keeps its contact (and its corrections).
    const carried = prior.find((p) => matchAccounts({ ...p.key, documentId: -1 }, a) && !accounts.some((b) => b.uid === p.key.uid));
    if (carried) {
      contactId = carried.contactId;
      reason = { kind: 'carried', from: carried.key.uid, text: `re-extraction of account ${carried.key.uid}` };
    } else {
      const sameDoc = new Set<number>();
      const cands = await candidates(db, a);
      for (const c of cands) {
        const others = await db.selectFrom('contact_accounts').select('document_id').where('contact_id', '=', c.contactId).execute();
        if (others.some((o) => o.document_id === documentId)) sameDoc.add(c.contactId);
      }
      let best: { contactId: number; score: number; why: ReturnType<typeof matchAccounts>; with: string } | null = null;
      for (const c of cands) {
        if (sameDoc.has(c.contactId)) continue;
        const why = matchAccounts(c.account, a);
        if (why && (!best || why.score > best.score)) best = { contactId: c.contactId, score: why.score, why, with: c.account.uid };
      }
      if (best) {
        contactId = best.contactId;
        reason = { kind: 'match', with: best.with, ...best.why, text: describeReason(best.why!) };
      }
    }
    if (contactId === null) {
      const now = new Date().toISOString();
      const uid = await freshContactUid(db, a.uid);
      ({ id: contactId } = await db
        .insertInto('contacts')
        .values({ uid, type: a.type, date: a.date, initiator: a.initiator, location: a.location, topics: JSON.stringify(a.topics), origin: a.origin === 'analyst' ? 'analyst' : 'machine', status: 'machine', corrected: '[]', live, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow());
      reason = { kind: 'first', text: 'first account of this contact' };
    }
    await db.insertInto('contact_accounts').values({ contact_id: contactId, event_uid: a.uid, reason: JSON.stringify(reason), pinned: 0, ...details }).execute();
    touched.add(contactId);
  }
  // Machine links of accounts the new extraction no longer has are dropped; an analyst's stay.
  const gone = await db
    .selectFrom('contact_accounts')
    .select(['event_uid', 'contact_id'])
    .where('document_id', '=', documentId)
    .where('pinned', '=', 0)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('events').select('events.id').whereRef('events.uid', '=', 'contact_accounts.event_uid'))))
    .execute();
  for (const l of gone) touched.add(l.contact_id);
  if (gone.length) await db.deleteFrom('contact_accounts').where('event_uid', 'in', gone.map((l) => l.event_uid)).execute();
  for (const p of prior) touched.add(p.contactId);
  for (const id of touched) await refreshContact(db, id);
}

/** Fields the analyst may correct, in `contacts` and the exchange format. */
export const CORRECTABLE = ['type', 'date', 'location', 'initiator', 'topics', 'participants'] as const;

/**
 * Recomputes a contact from its live accounts and replays the analyst's corrections. A contact with
 * no account left is deleted (its corrections stay in `corrections`, keyed by uid).
 */
export async function refreshContact(db: Store, contactId: number): Promise<void> {
  const contact = await db.selectFrom('contacts').selectAll().where('id', '=', contactId).executeTakeFirst();
  if (!contact) return;
  const links = await db
    .selectFrom('contact_accounts')
    .innerJoin('events', 'events.uid', 'contact_accounts.event_uid')
    .innerJoin('documents', 'documents.id', 'events.document_id')
    .select(['events.id', 'documents.status', 'contact_accounts.event_uid'])
    .where('contact_accounts.contact_id', '=', contactId)
    .execute();
  if (links.length === 0) {
    const any = await db.selectFrom('contact_accounts').select('event_uid').where('contact_id', '=', contactId).where('pinned', '=', 1).executeTakeFirst();
    if (!any) await db.deleteFrom('contacts').where('id', '=', contactId).execute();
    else await db.updateTable('contacts').set({ live: 0 }).where('id', '=', contactId).execute();
    return;
  }
  for (const l of links) {
    await db.updateTable('contact_accounts').set({ live: l.status === 'superseded' ? 0 : 1 }).where('event_uid', '=', l.event_uid).execute();
  }
  const liveIds = links.filter((l) => l.status !== 'superseded').map((l) => l.id);
  const accounts = await loadAccounts(db, liveIds.length ? liveIds : links.map((l) => l.id));
  const fields = summarize(accounts.sort((a, b) => a.documentId - b.documentId));
  const corrections = await db.selectFrom('corrections').selectAll().where('event_uid', '=', contact.uid).orderBy('id').execute();
  let status = 'machine';
  const corrected = new Set<string>();
  for (const c of corrections) {
    if (c.action === 'confirm' || c.action === 'add') status = 'confirmed';
    else if (c.action === 'reject') status = 'rejected';
    else if (c.action === 'correct' && c.field && (CORRECTABLE as readonly string[]).includes(c.field)) {
      (fields as unknown as Record<string, unknown>)[c.field] = c.value == null ? null : JSON.parse(c.value);
      corrected.add(c.field);
      status = 'corrected';
    }
  }
  if (corrected.has('participants')) {
    fields.countries = [...new Set([...fields.participants.map((p) => p.country).filter((x): x is string => !!x), ...(fields.participants.length ? [] : fields.countries)])];
  }
  await db
    .updateTable('contacts')
    .set({
      type: fields.type,
      date: fields.date,
      initiator: fields.initiator,
      location: fields.location,
      topics: JSON.stringify(fields.topics),
      status,
      corrected: JSON.stringify([...corrected]),
      live: liveIds.length ? 1 : 0,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', contactId)
    .execute();
  await db.deleteFrom('contact_participants').where('contact_id', '=', contactId).execute();
  await db.deleteFrom('contact_countries').where('contact_id', '=', contactId).execute();
  if (fields.participants.length) {
    await db.insertInto('contact_participants').values(fields.participants.map((p) => ({ contact_id: contactId, actor_id: p.actor_id, name: p.name, country: p.country, role: p.role }))).execute();
  }
  if (fields.countries.length) await db.insertInto('contact_countries').values(fields.countries.map((code) => ({ contact_id: contactId, code }))).execute();
}

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
  for (const s of stale) await refreshContact(db, s.contact_id);
}

/** Contacts that hold accounts of these documents are recomputed (after a document's status changed). */
export async function refreshDocumentContacts(db: Store, documentIds: number[]): Promise<void> {
  if (documentIds.length === 0) return;
  const rows = await db.selectFrom('contact_accounts').select('contact_id').distinct().where('document_id', 'in', documentIds).execute();
  for (const r of rows) await refreshContact(db, r.contact_id);
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
