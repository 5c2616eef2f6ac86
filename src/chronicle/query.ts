// The chronicle's own read: the events of a filter with only what an entry shows (participants,
// countries, place, initiator, topics) and, per account, its document, its date and its FIRST
// evidence span (the one a citation quotes), instead of every span, claim and participant of every
// account that `listEvents` hydrates. One query per page when the contacts have cards (migration
// 0009): the page's rows; else three more: participants, countries, accounts with their first span.
import type { Store } from '../store/open.ts';
import { filteredRows, participantsOf, countriesOf } from '../read-model/queries.ts';
import { contactFields, fromCard } from '../read-model/cards.ts';
import type { EventFilter, EventRow, DocumentRef, Evidence } from '../read-model/types.ts';

/** An account as the chronicle needs it: `evidence` holds at most the first span. */
export interface ChronicleAccount {
  uid: string;
  document: DocumentRef;
  date: string | null;
  evidence: Evidence[];
}

/** An event as the chronicle needs it; every `EventRow` is one too. */
export type ChronicleEvent = Pick<EventRow, 'id' | 'uid' | 'type' | 'date' | 'initiator' | 'location' | 'topics' | 'status' | 'participants' | 'countries' | 'document' | 'confidence'> & {
  accounts: ChronicleAccount[];
};

const NO_DOCUMENT: DocumentRef = { id: 0, name: '', outlet: null, url: null, published: null };

/** The events of `f` in chronicle order (date, id), at most `f.limit` (default 10,000). */
export async function chronicleEvents(db: Store, f: EventFilter = {}): Promise<ChronicleEvent[]> {
  const rows = await filteredRows(db, f);
  // A contact with a card (migration 0009) is read from it; the others with the queries below.
  const carded = new Map<number, ChronicleEvent>();
  for (const r of rows) {
    const e = fromCard(r);
    if (e) carded.set(r.id, lighten(e));
  }
  const rest = rows.filter((r) => !carded.has(r.id));
  const read = new Map<number, ChronicleEvent>();
  // Chunks keep the IN lists well under SQLite's limit on bound values.
  for (let i = 0; i < rest.length; i += 1000) {
    const chunk = rest.slice(i, i + 1000);
    const ids = chunk.map((r) => r.id);
    const [parts, codes, accounts] = await Promise.all([participantsOf(db, ids), countriesOf(db, ids), accountsOf(db, ids)]);
    for (const r of chunk) {
      const mine = accounts.get(r.id) ?? [];
      read.set(r.id, {
        ...contactFields(r),
        participants: parts.get(r.id) ?? [],
        countries: codes.get(r.id) ?? [],
        document: mine[0]?.document ?? NO_DOCUMENT,
        accounts: mine,
      });
    }
  }
  return rows.map((r) => carded.get(r.id) ?? read.get(r.id)!);
}

/** The chronicle's part of a full event: each account's document, date and first span. */
function lighten(e: EventRow): ChronicleEvent {
  const { id, uid, type, date, initiator, location, topics, status, participants, countries, document, confidence } = e;
  return {
    id, uid, type, date, initiator, location, topics, status, participants, countries, document, confidence,
    accounts: e.accounts.map((a) => ({ uid: a.uid, document: a.document, date: a.date, evidence: a.evidence.slice(0, 1) })),
  };
}

/** Accounts of live documents, by contact, in the order `listEvents` gives them, each with its first span. */
async function accountsOf(db: Store, ids: number[]): Promise<Map<number, ChronicleAccount[]>> {
  const rows = await db
    .selectFrom('contact_accounts')
    .innerJoin('events', 'events.uid', 'contact_accounts.event_uid')
    .innerJoin('documents', 'documents.id', 'events.document_id')
    // The first span of the account: one index seek on evidence(event_id, start) per account.
    .leftJoin('evidence', (j) =>
      j.on('evidence.id', '=', (eb) => eb.selectFrom('evidence as x').select('x.id').whereRef('x.event_id', '=', 'events.id').orderBy('x.start').orderBy('x.id').limit(1)),
    )
    .select([
      'contact_accounts.contact_id', 'events.uid', 'events.date',
      'documents.id as document_id', 'documents.name as document_name', 'documents.outlet', 'documents.url', 'documents.published',
      'evidence.start', 'evidence.end', 'evidence.sentence', 'evidence.rule',
    ])
    .where('contact_accounts.contact_id', 'in', ids)
    .where('documents.status', '!=', 'superseded')
    .orderBy('documents.published')
    .orderBy('documents.id')
    .orderBy('events.id')
    .execute();
  const out = new Map<number, ChronicleAccount[]>();
  for (const r of rows) {
    const account: ChronicleAccount = {
      uid: r.uid,
      document: { id: r.document_id, name: r.document_name, outlet: r.outlet, url: r.url, published: r.published },
      date: r.date,
      evidence: r.sentence == null ? [] : [{ start: r.start!, end: r.end!, sentence: r.sentence, rule: r.rule! }],
    };
    const list = out.get(r.contact_id);
    if (list) list.push(account);
    else out.set(r.contact_id, [account]);
  }
  return out;
}

