// Recomputing contacts from their live accounts, many at once: each contact's fields are summarised
// from the accounts of documents that are not superseded (contacts/summary.ts), then the analyst's
// corrections are replayed over them (contacts/replay.ts). A contact with no account left is
// deleted (its corrections stay in `corrections`, keyed by uid), or kept not live when an analyst
// pinned an account to it. The statements do not grow with the number of contacts: reads with
// `in (…)`, writes multi-row.
import type { Store } from './schema.ts';
import { summarize } from '../contacts/summary.ts';
import { loadAccounts } from './accounts.ts';
import { groupBy } from '../contacts/group.ts';
import { replayCuration } from '../contacts/replay.ts';
import { SummaryDelta, summaryMonth } from '../contacts/summary-delta.ts';
import { applySummaryDelta } from './network-summary.ts';
import { eventsFromTables } from './contact-rows.ts';
import { cardOf } from '../read-model/cards.ts';

const PER_QUERY = 2000;

function slices<T>(xs: T[], n = PER_QUERY): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export async function refreshContacts(db: Store, contactIds: number[]): Promise<void> {
  for (const ids of slices([...new Set(contactIds)])) await refreshSlice(db, ids);
}

async function refreshSlice(db: Store, ids: number[]): Promise<void> {
  const contacts = await db.selectFrom('contacts').selectAll().where('id', 'in', ids).execute();
  if (contacts.length === 0) return;
  // The network summary (migration 0008) loses each contact's contribution as it stands now and gains
  // the one it has after this refresh; a dropped or no longer live contact gains nothing.
  const summary = new SummaryDelta();
  await subtractOld(db, summary, contacts);
  const links = await db
    .selectFrom('contact_accounts')
    .innerJoin('events', 'events.uid', 'contact_accounts.event_uid')
    .innerJoin('documents', 'documents.id', 'events.document_id')
    .select(['contact_accounts.contact_id', 'events.id', 'documents.status', 'contact_accounts.event_uid', 'contact_accounts.live', 'events.confidence'])
    .where('contact_accounts.contact_id', 'in', contacts.map((c) => c.id))
    .execute();
  const linksOf = groupBy(links, (l) => l.contact_id);
  const empty = contacts.filter((c) => !linksOf.has(c.id)).map((c) => c.id);
  if (empty.length) {
    const pinned = new Set((await db.selectFrom('contact_accounts').select('contact_id').where('contact_id', 'in', empty).where('pinned', '=', 1).execute()).map((r) => r.contact_id));
    const drop = empty.filter((id) => !pinned.has(id));
    if (drop.length) await db.deleteFrom('contacts').where('id', 'in', drop).execute();
    if (pinned.size) {
      // A contact and its member rows change their live flag together (the period scans read it from
      // the members); its network contribution, taken away above, is not added back.
      for (const table of ['contacts', 'contact_participants', 'contact_countries'] as const) {
        await db.updateTable(table).set({ live: 0 }).where(table === 'contacts' ? 'id' : 'contact_id', 'in', [...pinned]).execute();
      }
      // Its card no longer describes it (it lost its accounts): it is read the long way (getEvent).
      await db.updateTable('contacts').set({ card: null }).where('id', 'in', [...pinned]).execute();
    }
  }
  // A link is live while its document is not superseded.
  for (const live of [0, 1]) {
    const stale = links.filter((l) => (l.status === 'superseded' ? 0 : 1) === live && l.live !== live).map((l) => l.event_uid);
    for (const part of slices(stale)) await db.updateTable('contact_accounts').set({ live }).where('event_uid', 'in', part).execute();
  }
  const kept = contacts.filter((c) => linksOf.has(c.id));
  if (kept.length === 0) return applySummaryDelta(db, summary);
  const accounts = new Map((await loadAccounts(db, links.map((l) => l.id))).map((a) => [a.eventId, a]));
  const corrections = groupBy(await db.selectFrom('corrections').selectAll().where('event_uid', 'in', kept.map((c) => c.uid)).orderBy('id').execute(), (c) => c.event_uid);
  const now = new Date().toISOString();
  const rows = [];
  const participants = [];
  const countries = [];
  for (const contact of kept) {
    const own = linksOf.get(contact.id)!;
    const liveIds = own.filter((l) => l.status !== 'superseded').map((l) => l.id);
    const counted = (liveIds.length ? liveIds : own.map((l) => l.id)).sort((a, b) => a - b).map((id) => accounts.get(id)!);
    const { fields, status, corrected } = replayCuration(summarize(counted.sort((a, b) => a.documentId - b.documentId)), corrections.get(contact.uid) ?? []);
    const live = liveIds.length ? 1 : 0;
    // The contact's confidence: the highest of the accounts it is summarised from. One confident
    // report is enough to make the contact likely (several outlets telling it only add reports of the
    // same event); a mean would let a doubtful second account lower a well-read first one. An account
    // with no score (an analyst's, or stored before migration 0014) does not count; none: null.
    const scores = own.filter((l) => !liveIds.length || l.status !== 'superseded').map((l) => l.confidence).filter((x): x is number => x != null);
    const confidence = scores.length ? Math.max(...scores) : null;
    rows.push({
      ...contact,
      type: fields.type, date: fields.date, initiator: fields.initiator, location: fields.location, topics: JSON.stringify(fields.topics),
      status, corrected: JSON.stringify([...corrected]), live, updated_at: now, confidence,
    });
    // The member rows carry the contact's date and live flag (migration 0007): they are rewritten
    // with the contact each time, so they never disagree with it.
    participants.push(...fields.participants.map((p) => ({ contact_id: contact.id, actor_id: p.actor_id, name: p.name, country: p.country, role: p.role, date: fields.date, live })));
    countries.push(...fields.countries.map((code) => ({ contact_id: contact.id, code, date: fields.date, live })));
    summary.add({ live, status, date: fields.date, type: fields.type, countries: fields.countries, people: fields.participants.map((p) => p.actor_id) }, 1);
  }
  const keptIds = kept.map((c) => c.id);
  await db.deleteFrom('contact_participants').where('contact_id', 'in', keptIds).execute();
  await db.deleteFrom('contact_countries').where('contact_id', 'in', keptIds).execute();
  for (const part of slices(participants)) await db.insertInto('contact_participants').values(part).execute();
  for (const part of slices(countries)) await db.insertInto('contact_countries').values(part).execute();
  // Each contact's card (migration 0009) is read from the rows just written, as a read without a card
  // would read them, and written with the contact.
  const cards = new Map((await eventsFromTables(db, rows)).map((e) => [e.id, cardOf(e)]));
  for (const r of rows) r.card = cards.get(r.id) ?? null;
  // Every row exists (read above, under the write lock): the insert is an update of many rows in one statement.
  for (const part of slices(rows, 1000)) {
    await db
      .insertInto('contacts')
      .values(part)
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
        type: eb.ref('excluded.type'), date: eb.ref('excluded.date'), initiator: eb.ref('excluded.initiator'), location: eb.ref('excluded.location'),
        topics: eb.ref('excluded.topics'), status: eb.ref('excluded.status'), corrected: eb.ref('excluded.corrected'), live: eb.ref('excluded.live'),
        updated_at: eb.ref('excluded.updated_at'), card: eb.ref('excluded.card'), confidence: eb.ref('excluded.confidence'),
      })))
      .execute();
  }
  await applySummaryDelta(db, summary);
}

/** Takes away what these contacts, as stored before the refresh, add to the network summary. */
async function subtractOld(db: Store, summary: SummaryDelta, contacts: Array<{ id: number; live: number; status: string; date: string | null; type: string }>): Promise<void> {
  const counted = contacts.filter((c) => summaryMonth(c));
  if (counted.length === 0) return;
  const ids = counted.map((c) => c.id);
  const [people, codes] = await Promise.all([
    db.selectFrom('contact_participants').select(['contact_id', 'actor_id']).where('contact_id', 'in', ids).execute(),
    db.selectFrom('contact_countries').select(['contact_id', 'code']).where('contact_id', 'in', ids).execute(),
  ]);
  const peopleOf = groupBy(people, (r) => r.contact_id);
  const codesOf = groupBy(codes, (r) => r.contact_id);
  for (const c of counted) {
    summary.add({ ...c, countries: (codesOf.get(c.id) ?? []).map((r) => r.code), people: (peopleOf.get(c.id) ?? []).map((r) => r.actor_id) }, -1);
  }
}

/**
 * Writes a card for every contact without one, read from the tables as a refresh would: for a store
 * filled around refreshContacts (the benchmark's bulk load), or written before migration 0009. Returns
 * the number of cards written.
 */
export async function fillContactCards(db: Store, chunk = 1000): Promise<number> {
  let done = 0;
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('contacts').selectAll().where('card', 'is', null).where('id', '>', after).orderBy('id').limit(chunk).execute();
    if (rows.length === 0) return done;
    const cards = new Map((await eventsFromTables(db, rows)).map((e) => [e.id, cardOf(e)]));
    const values = rows.map((r) => ({ ...r, card: cards.get(r.id) ?? null }));
    await db.insertInto('contacts').values(values).onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ card: eb.ref('excluded.card') }))).execute();
    done += rows.length;
    after = rows[rows.length - 1].id;
  }
}
