// Candidates for a batch of accounts: the stored, linked accounts of live documents that could be
// the same contact (merge/match.ts), read in a few statements for the whole batch. The date window
// is the matcher's own (a day ±1 and the day's month-only dates; a month's days and the month), and
// accounts that cannot match (no shared known participant while both name known ones) are dropped
// before their countries are read, so what is read does not grow with everything on those days.
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

/** Could an account dated `other` be the same contact as one dated `d`? (The matcher's date window.) */
export function dateWindow(d: string): (other: string | null) => boolean {
  if (d.length === 10) {
    const [lo, hi, month] = [addDays(d, -1), addDays(d, 1), d.slice(0, 7)];
    return (o) => !!o && ((o >= lo && o <= hi) || o === month);
  }
  return (o) => !!o && (o === d || o.startsWith(`${d}-`));
}

const known = (ids: string[]) => ids.filter((id) => !id.startsWith('x:'));
const DATES_PER_QUERY = 200;
const IDS_PER_QUERY = 5000;

/** Candidates of each account (by uid, in event order), and the documents each candidate contact holds. */
export async function loadCandidates(db: Store, accounts: AccountKey[]): Promise<{ stored: Map<string, Candidate[]>; docsOf: Map<number, Set<number>> }> {
  const stored = new Map<string, Candidate[]>();
  const docsOf = new Map<number, Set<number>>();
  const dated = accounts.filter((a) => a.date && a.date.length >= 7);
  const dates = [...new Set(dated.map((a) => a.date!))];
  const rows: Array<{ id: number; uid: string; document_id: number; type: string; date: string | null; location: string | null; contact_id: number }> = [];
  for (let i = 0; i < dates.length; i += DATES_PER_QUERY) {
    const part = dates.slice(i, i + DATES_PER_QUERY);
    rows.push(...(await db
      .selectFrom('events')
      .innerJoin('documents', 'documents.id', 'events.document_id')
      .innerJoin('contact_accounts', 'contact_accounts.event_uid', 'events.uid')
      .select(['events.id', 'events.uid', 'events.document_id', 'events.type', 'events.date', 'events.location', 'contact_accounts.contact_id'])
      .where('documents.status', '!=', 'superseded')
      .where((eb) => eb.or(part.map((d) =>
        d.length === 10
          ? eb.or([eb.between('events.date', addDays(d, -1), addDays(d, 1)), eb('events.date', '=', d.slice(0, 7))])
          : eb.or([eb('events.date', '=', d), eb('events.date', 'like', `${d}-%`)]),
      )))
      .execute()));
  }
  if (rows.length === 0) return { stored, docsOf };
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => a.id - b.id);
  const actorsOf = await byEvent(db, 'participants', unique.map((r) => r.id));
  // First pass: the window and the participants; countries are read only for what is left.
  const keep = new Map<string, typeof unique>();
  const survivors = new Set<number>();
  for (const a of dated) {
    const ka = known(a.actors);
    const inWindow = dateWindow(a.date!);
    const list = unique.filter((r) => {
      if (r.document_id === a.documentId || !inWindow(r.date)) return false;
      const kr = known(actorsOf.get(r.id) ?? []);
      return !(ka.length && kr.length && !kr.some((x) => ka.includes(x)));
    });
    keep.set(a.uid, list);
    for (const r of list) survivors.add(r.id);
  }
  const countriesOf = await byEvent(db, 'event_countries', [...survivors]);
  const candidate = new Map<number, Candidate>();
  for (const r of unique.filter((r) => survivors.has(r.id))) {
    const key = { eventId: r.id, uid: r.uid, documentId: r.document_id, type: r.type, date: r.date, location: r.location, actors: actorsOf.get(r.id) ?? [], countries: countriesOf.get(r.id) ?? [] };
    candidate.set(r.id, { account: key, contactId: r.contact_id });
  }
  for (const [uid, list] of keep) stored.set(uid, list.map((r) => candidate.get(r.id)!));
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
