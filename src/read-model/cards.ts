// A contact's card (migration 0009): the event as the tables give it, stored as JSON beside the
// contact so a read needs one row per event. Encoding and decoding only, pure: the store writes cards
// when it refreshes contacts (store/contacts-refresh.ts), the queries read them (queries.ts).
import type { AccountRow, ContactRow, DocumentRef, EventRow } from './types.ts';

/** The fields of an event that its contact row holds as they are shown. */
export function contactFields(r: ContactRow) {
  return { id: r.id, uid: r.uid, type: r.type, date: r.date, initiator: r.initiator, location: r.location, status: r.status, topics: JSON.parse(r.topics) as string[], confidence: r.confidence ?? null };
}

/** Format of `contacts.card`: a card of another version is ignored, and the contact read the long way. */
const CARD_VERSION = 1;

interface Card {
  v: number;
  participants: EventRow['participants'];
  countries: string[];
  accounts: AccountRow[];
}

/** The document reference of an event with no account left to name one. */
export const NO_DOCUMENT: DocumentRef = { id: 0, name: '', outlet: null, url: null, published: null };

/** The card refreshContacts stores for an event read from the tables (migration 0009). */
export function cardOf(e: EventRow): string {
  const card: Card = { v: CARD_VERSION, participants: e.participants, countries: e.countries, accounts: e.accounts };
  return JSON.stringify(card);
}

/** The event a contact row's card holds, or null when it has none (or one of another format). */
export function fromCard(r: ContactRow): EventRow | null {
  if (!r.card) return null;
  const c = JSON.parse(r.card) as Card;
  if (c.v !== CARD_VERSION) return null;
  const first = c.accounts[0];
  return {
    ...contactFields(r),
    origin: r.origin === 'analyst' ? 'analyst' : 'machine',
    corrected: JSON.parse(r.corrected) as string[],
    document: first?.document ?? NO_DOCUMENT,
    participants: c.participants,
    countries: c.countries,
    evidence: first?.evidence ?? [],
    accounts: c.accounts,
  };
}
