// Candidates for a batch of accounts: the stored, linked accounts of live documents that could be
// the same contact (contacts/match.ts), read in a few statements for the whole batch. The batch's days
// are read once (through the date index), grouped by date, and each account looks only at the days of
// its own window (a day ±1 and the day's month-only date; a month's days and the month). Accounts that
// cannot match (both name known people and share none) are dropped before their countries are read.
// The work per account follows what was reported on its days, not the size of the store.
import type { Store } from './schema.ts';
import type { AccountKey } from '../contacts/match.ts';
import { groupBy } from '../contacts/group.ts';
import type { Candidate } from '../contacts/link.ts';


function addDays(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** The matcher's date window of an account dated `d`: a range of day dates, and a month-only date. */
function windowOf(d: string): { lo: string; hi: string; month: string } {
  return d.length === 10 ? { lo: addDays(d, -1), hi: addDays(d, 1), month: d.slice(0, 7) } : { lo: `${d}-00`, hi: `${d}-99`, month: d };
}

const known = (ids: string[]) => ids.filter((id) => !id.startsWith('x:'));
const DATES_PER_QUERY = 200;
const IDS_PER_QUERY = 5000;

/** Candidates of each account (by uid, in event order), and the documents each candidate contact holds. */
export async function loadCandidates(db: Store, accounts: AccountKey[]): Promise<{ stored: Map<string, Candidate[]>; docsOf: Map<number, Set<number>> }> {
  const stored = new Map<string, Candidate[]>();
  const docsOf = new Map<number, Set<number>>();
  const dated = accounts.filter((a) => a.date && a.date.length >= 7).map((a) => ({ a, w: windowOf(a.date!), people: known(a.actors) }));
  if (dated.length === 0) return { stored, docsOf };
  // The stored, linked accounts of live documents on the batch's days (each day read once), by date.
  const dates = [...new Set(dated.map((x) => x.a.date!))];
  const rows: Array<{ id: number; uid: string; document_id: number; type: string; date: string | null; location: string | null; contact_id: number }> = [];
  for (let i = 0; i < dates.length; i += DATES_PER_QUERY) {
    const part = dates.slice(i, i + DATES_PER_QUERY).map(windowOf);
    rows.push(...(await db
      .selectFrom('events')
      .innerJoin('documents', 'documents.id', 'events.document_id')
      .innerJoin('contact_accounts', 'contact_accounts.event_uid', 'events.uid')
      .select(['events.id', 'events.uid', 'events.document_id', 'events.type', 'events.date', 'events.location', 'contact_accounts.contact_id'])
      .where('documents.status', '!=', 'superseded')
      .where((eb) => eb.or(part.map((w) => eb.or([eb.between('events.date', w.lo, w.hi), eb('events.date', '=', w.month)]))))
      .execute()));
  }
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()].sort((x, y) => x.id - y.id);
  const onDay = groupBy(unique, (r) => r.date);
  const actorsOf = await byEvent(db, 'participants', unique.map((r) => r.id));
  const ids = new Map<string, number[]>();
  for (const { a, w, people } of dated) {
    const days = a.date!.length === 10 ? [w.lo, a.date!, w.hi, w.month] : [w.month, ...Array.from({ length: 31 }, (_, i) => `${w.month}-${String(i + 1).padStart(2, '0')}`)];
    ids.set(a.uid, days.flatMap((d) => onDay.get(d) ?? []).filter((r) => {
      if (r.document_id === a.documentId) return false;
      // Both name known people and share none: the matcher would say no.
      const theirs = known(actorsOf.get(r.id) ?? []);
      return !(people.length && theirs.length && !theirs.some((x) => people.includes(x)));
    }).map((r) => r.id));
  }
  const byId = new Map(unique.map((r) => [r.id, r]));
  const survivors = [...new Set([...ids.values()].flat())];
  const countriesOf = await byEvent(db, 'event_countries', survivors);
  const candidate = new Map<number, Candidate>();
  for (const id of survivors) {
    const r = byId.get(id)!;
    const key = { eventId: r.id, uid: r.uid, documentId: r.document_id, type: r.type, date: r.date, location: r.location, actors: actorsOf.get(r.id) ?? [], countries: countriesOf.get(r.id) ?? [] };
    candidate.set(r.id, { account: key, contactId: r.contact_id });
  }
  for (const { a } of dated) stored.set(a.uid, ids.get(a.uid)!.sort((x, y) => x - y).map((id) => candidate.get(id)!));
  const contacts = [...new Set([...candidate.values()].map((c) => c.contactId))];
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
