// The read model: the shapes in which the record is read (an event, i.e. a contact with its
// accounts, evidence and corrections; an actor; the filters that select them). Types only, shared by
// everything that reads the record (chronicle, stats, network, review, export, server, CLI) and by the
// store, which writes contacts' cards in this shape (cards.ts). No database code here.
import type { Selectable } from 'kysely';
import type { ContactsTable } from '../store/schema.ts';
import type { Attribution } from '../contacts/side.ts';
import type { Claim } from '../contacts/claims.ts';

export const EVENT_SORTS = ['date', 'confidence', '-confidence'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export interface EventFilter {
  actor?: string;
  /** Events involving every one of these countries (a pair: ['RUS', 'ARM']). */
  countries?: string[];
  /** Events in which every one of these actors (exact ids) took part: the contacts of a network edge. */
  actors?: string[];
  type?: string;
  from?: string;
  to?: string;
  doc?: string;
  /** Words that the source documents of the event must contain (full-text search). */
  q?: string;
  includeRejected?: boolean;
  /** Only events whose confidence is at least this (events with none are left out). */
  minConfidence?: number;
  /** `date` (the chronicle order, default), `confidence` (the doubtful first) or `-confidence`. */
  sort?: EventSort;
  /** Only events with one of these statuses (machine, confirmed, corrected, rejected); naming
   * `rejected` is how a rejected event is found again. Overrides `includeRejected`. */
  status?: string[];
  limit?: number;
  offset?: number;
}

export interface Evidence {
  start: number;
  end: number;
  sentence: string;
  rule: string;
}

export interface DocumentRef {
  id: number;
  name: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

/** One document's report of the event, with what that report says. */
export interface AccountRow {
  uid: string;
  document: DocumentRef;
  type: string;
  date: string | null;
  location: string | null;
  initiator: string | null;
  topics: string[];
  participants: Array<{ actor_id: string; name: string; country: string | null; role: string | null }>;
  /** ISO3 code of the side whose readout this is, or null for an outlet's own report. */
  side: string | null;
  attribution: Attribution | null;
  claims: Claim[];
  /** Why the account belongs to this event (a machine match, or an analyst's merge or split). */
  reason: { kind: string; text: string; [k: string]: unknown };
  pinned: boolean;
  origin: string;
  /** The reader's confidence in this account (0..1); null for an analyst's or one stored before migration 0014. */
  confidence?: number | null;
  evidence: Evidence[];
}

export interface EventRow {
  id: number;
  uid: string;
  type: string;
  date: string | null;
  initiator: string | null;
  location: string | null;
  topics: string[];
  /** The first account's document (the earliest stored). */
  document: DocumentRef;
  participants: Array<{ actor_id: string; name: string; country: string | null; role: string | null }>;
  countries: string[];
  /** The first account's evidence (offsets into `document`); every account's is in `accounts`. */
  evidence: Evidence[];
  status: string;
  origin: 'machine' | 'analyst';
  corrected: string[];
  /** The highest confidence of its live accounts (store/contacts-refresh.ts); null when none has one. Every read sets it. */
  confidence?: number | null;
  accounts: AccountRow[];
}

export type ContactRow = Selectable<ContactsTable>;

export interface CorrectionRow {
  id: number;
  action: string;
  field: string | null;
  value: unknown;
  author: string | null;
  created_at: string;
}

export type EventDetail = EventRow & { rules: string[]; corrections: CorrectionRow[] };

export interface ActorRow {
  id: string;
  name: string;
  country: string | null;
  contacts: number;
  roles: Array<{ role: string; title: string | null; from: string | null; to: string | null }>;
}
