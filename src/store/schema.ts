// The database contract: one typed interface for every dialect (Kysely).
import type { Generated, Kysely } from 'kysely';

/** A connection to the store, of either dialect (opened by open.ts). */
export type Store = Kysely<Database>;

export interface DocumentsTable {
  id: Generated<number>;
  name: string;
  hash: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  lang: string | null;
  format: string;
  raw: string;
  text: string;
  regions: string;
  /** Sentence spans as JSON (migration 0013, store/spans.ts); null until the document is split. */
  sentences: string | null;
  doc_date: string | null;
  status: string;
  note: string | null;
  extractor_version: string;
  ingested_at: string;
}

export interface ActorsTable {
  id: string;
  name: string;
  country: string | null;
  source: string;
}

export interface RolesTable {
  id: Generated<number>;
  actor_id: string;
  role: string;
  title: string | null;
  date_from: string | null;
  date_to: string | null;
  org: string | null;
  accredited: string | null;
}

export interface EventsTable {
  id: Generated<number>;
  uid: string;
  document_id: number;
  type: string;
  date: string | null;
  initiator: string | null;
  location: string | null;
  topics: string;
  rules: string;
  origin: string;
  status: string;
  extractor_version: string;
  created_at: string;
  /** The reader's confidence in the account, 0..1 (migration 0014); null for an analyst's event or one stored before. */
  confidence?: number | null;
}

export interface ParticipantsTable {
  event_id: number;
  actor_id: string;
  name: string;
  country: string | null;
  role: string | null;
}

export interface EventCountriesTable {
  event_id: number;
  code: string;
}

export interface EvidenceTable {
  id: Generated<number>;
  event_id: number;
  document_id: number;
  start: number;
  end: number;
  sentence: string;
  rule: string;
}

export interface CorrectionsTable {
  id: Generated<number>;
  event_uid: string;
  action: string;
  field: string | null;
  value: string | null;
  author: string | null;
  created_at: string;
}

/** One real contact (the event users see); its accounts are rows of `events`. */
export interface ContactsTable {
  id: Generated<number>;
  uid: string;
  type: string;
  date: string | null;
  initiator: string | null;
  location: string | null;
  topics: string;
  origin: string;
  status: string;
  /** JSON list of the fields an analyst changed. */
  corrected: string;
  /** 1 while the contact has an account in a document that is not superseded. */
  live: number;
  created_at: string;
  updated_at: string;
  /** The contact as the read paths show it, JSON written by refreshContacts (migration 0009); null until then. */
  card?: string | null;
  /** The highest confidence of its live accounts (migration 0014, contacts-refresh.ts); null when none has one. */
  confidence?: number | null;
}

export interface ContactAccountsTable {
  contact_id: number;
  event_uid: string;
  document_id: number;
  /** Why the account belongs to the contact (JSON: machine match or analyst action). */
  reason: string;
  /** 1 when an analyst placed the account (split or merge): the machine never moves it. */
  pinned: number;
  /** 1 when the account's document was not superseded at the contact's last refresh. */
  live: number;
  side: string | null;
  attribution: string | null;
  claims: string;
}

export interface ContactParticipantsTable {
  contact_id: number;
  actor_id: string;
  name: string;
  country: string | null;
  role: string | null;
  /** The contact's date and live flag, kept in step by refreshContacts (migration 0007). */
  date: string | null;
  live: number | null;
}

export interface ContactCountriesTable {
  contact_id: number;
  code: string;
  /** The contact's date and live flag, kept in step by refreshContacts (migration 0007). */
  date: string | null;
  live: number | null;
}

export interface Database {
  documents: DocumentsTable;
  actors: ActorsTable;
  roles: RolesTable;
  events: EventsTable;
  participants: ParticipantsTable;
  event_countries: EventCountriesTable;
  evidence: EvidenceTable;
  corrections: CorrectionsTable;
  contacts: ContactsTable;
  contact_accounts: ContactAccountsTable;
  contact_participants: ContactParticipantsTable;
  contact_countries: ContactCountriesTable;
  sources: SourcesTable;
  seen_items: SeenItemsTable;
  document_versions: DocumentVersionsTable;
  network_nodes: NetworkNodesTable;
  network_edges: NetworkEdgesTable;
  review_notes: ReviewNotesTable;
}

/** A watched feed or sitemap: validators for conditional requests and its health (migration 0004). */
export interface SourcesTable {
  id: string;
  url: string;
  kind: string;
  etag: string | null;
  last_modified: string | null;
  last_poll_at: string | null;
  last_ok_at: string | null;
  last_status: string | null;
  last_error: string | null;
  failures: Generated<number>;
  next_poll_at: string | null;
  polls: Generated<number>;
}

/** An article URL listed by a source, fetched once (again only when the source says it changed). */
export interface SeenItemsTable {
  url: string;
  source_id: string;
  canonical_url: string | null;
  stamp: string | null;
  status: string;
  reason: string | null;
  etag: string | null;
  last_modified: string | null;
  hash: string | null;
  /** The hash of the feed's own text for the item (migration 0011); null for sitemaps. */
  item_hash: string | null;
  document_id: number | null;
  attempts: Generated<number>;
  first_seen_at: string;
  fetched_at: string | null;
}

/** Versions of the article at one canonical URL; older versions are documents.status 'superseded'. */
export interface DocumentVersionsTable {
  document_id: number;
  canonical_url: string;
  version: number;
  previous_id: number | null;
}

/** Live, not rejected contacts per node, month (YYYY-MM) and type, kept by refreshContacts (migration 0008). */
export interface NetworkNodesTable {
  /** 'country' (node: an ISO3 code) or 'person' (node: an actor id). */
  level: string;
  month: string;
  type: string;
  node: string;
  n: number;
}

/** Live, not rejected contacts per pair of nodes (source < target by code point), month and type (migration 0008). */
export interface NetworkEdgesTable {
  level: string;
  month: string;
  type: string;
  source: string;
  target: string;
  n: number;
}

/** The analyst's text for one section of the review of a period and focus (migration 0012). */
export interface ReviewNotesTable {
  period_from: string;
  period_to: string;
  /** Sorted ISO3 codes, comma-separated. */
  focus: string;
  section: string;
  body: string;
  author: string | null;
  updated_at: string;
}
