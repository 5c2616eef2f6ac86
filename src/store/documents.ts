// Writing documents and their extracted events. A document is known by its content hash, so the
// same article ingested twice is stored once; re-extraction replaces the machine's events of a
// document in one transaction and never touches analysts' corrections. Each document's accounts are
// then linked to contacts (store/contacts-assign.ts), the events users see.
//
// Documents are written in batches: one transaction, a few multi-row statements per table, whatever
// the number of documents. Rows are keyed by content hash, actor id and stable event uid, so this
// part needs no lock against other writers (a document another writer stored meanwhile is skipped:
// ON CONFLICT DO NOTHING); only linking accounts to contacts takes the write lock, at the end.
import { createHash } from 'node:crypto';
import { takeWriteLock, withoutWriteLock, type Store } from './open.ts';
import type { Doc, ExtractedEvent } from '../types.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import { assignDocuments, prepareAssignment } from './contacts-assign.ts';
import { priorLinks } from './accounts.ts';
import { writeDocumentStems } from './stems.ts';

export interface StoredDocument {
  doc: Doc;
  hash: string;
  raw: string;
  format: string;
  docDate: string | null;
  status: 'extracted' | 'skipped';
  note: string | null;
  extractorVersion: string;
  /** The text's sentence spans (store/spans.ts), split at ingest (ingest/sentences.ts). */
  sentences: string;
}

export async function findByHash(db: Store, hash: string) {
  return db.selectFrom('documents').select(['id', 'name', 'extractor_version', 'status', 'hash']).where('hash', '=', hash).executeTakeFirst();
}

/** The stored documents among these content hashes, by hash. */
export async function findByHashes(db: Store, hashes: string[]) {
  const out = new Map<string, NonNullable<Awaited<ReturnType<typeof findByHash>>>>();
  for (const part of chunks([...new Set(hashes)], 1)) {
    const rows = await db.selectFrom('documents').select(['id', 'name', 'extractor_version', 'status', 'hash']).where('hash', 'in', part).execute();
    for (const r of rows) out.set(r.hash, r);
  }
  return out;
}

/** A stable id for an event: the same report of the same contact keeps its id across re-extraction. */
export function eventUid(docHash: string, e: ExtractedEvent): string {
  const people = e.participants.map((p) => p.actorId ?? p.name).sort().join('|');
  return createHash('sha1').update([docHash, e.type, e.date ?? '', people, e.countries.slice().sort().join(',')].join('\n')).digest('hex').slice(0, 16);
}

function actorId(p: ExtractedEvent['participants'][number]): string {
  return p.actorId ?? `x:${p.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
}

/** Bound parameters per statement, under both engines' limits (SQLite 32766, PostgreSQL 65535). */
const MAX_PARAMS = 30_000;

/** Rows in slices small enough for one statement with `columns` values per row. */
function chunks<T>(rows: T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMS / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** New actors of these events, with their roles; actors already stored (by anyone) are left alone. */
async function upsertActors(db: Store, g: Gazetteer, events: ExtractedEvent[]): Promise<void> {
  const byId = new Map<string, ExtractedEvent['participants'][number]>();
  for (const p of events.flatMap((e) => e.participants)) if (!byId.has(actorId(p))) byId.set(actorId(p), p);
  // Most actors are stored already. Reading first matters: inserting a stored actor, even with ON
  // CONFLICT DO NOTHING, waits for the transaction that stored it to end (one writer after another).
  for (const part of chunks([...byId.keys()], 1)) {
    for (const r of await db.selectFrom('actors').select('id').where('id', 'in', part).execute()) byId.delete(r.id);
  }
  if (byId.size === 0) return;
  // In id order, so two writers inserting overlapping actors wait for each other instead of deadlocking.
  const rows = [...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, p]) => {
    const entry = p.actorId ? g.people.get(p.actorId) : undefined;
    return { id, name: entry?.name ?? p.name, country: entry?.country ?? p.country, source: entry ? 'gazetteer' : 'context' };
  });
  for (const part of chunks(rows, 4)) {
    const added = await db.insertInto('actors').values(part).onConflict((oc) => oc.column('id').doNothing()).returning('id').execute();
    const roles = added.flatMap(({ id }) => {
      const p = byId.get(id)!;
      const entry = p.actorId ? g.people.get(p.actorId) : undefined;
      if (entry) return entry.roles.map((r) => ({ actor_id: id, role: r.role, title: r.title ?? null, date_from: r.from ?? null, date_to: r.to ?? null, org: r.org ?? null, accredited: r.accredited ?? null }));
      return p.role ? [{ actor_id: id, role: p.role, title: null, date_from: null, date_to: null, org: null, accredited: null }] : [];
    });
    for (const r of chunks(roles, 7)) await db.insertInto('roles').values(r).execute();
  }
}

/** Inserts the documents not stored yet; returns the new ids by hash (a document stored by another writer is absent). */
async function insertDocuments(db: Store, docs: StoredDocument[]): Promise<Map<string, number>> {
  const now = new Date().toISOString();
  const ids = new Map<string, number>();
  for (const part of chunks(docs, 16)) {
    const rows = part.map((d) => ({
      name: d.doc.id, hash: d.hash, title: d.doc.title, outlet: d.doc.outlet, url: d.doc.url, published: d.doc.published, lang: d.doc.lang,
      format: d.format, raw: d.raw, text: d.doc.text, regions: JSON.stringify(d.doc.regions), sentences: d.sentences, doc_date: d.docDate, status: d.status,
      note: d.note, extractor_version: d.extractorVersion, ingested_at: now,
    }));
    const added = await db.insertInto('documents').values(rows).onConflict((oc) => oc.column('hash').doNothing()).returning(['id', 'hash']).execute();
    for (const r of added) ids.set(r.hash, r.id);
    // SQLite's stemmed words for search (stems.ts), in the same transaction as the documents.
    const byHash = new Map(part.map((d) => [d.hash, d.doc]));
    await writeDocumentStems(db, added.map((r) => ({ id: r.id, title: byHash.get(r.hash)!.title, text: byHash.get(r.hash)!.text })));
  }
  return ids;
}

/** One document's events to write: its id, content hash, events and extractor version. */
interface EventBatch {
  documentId: number;
  hash: string;
  events: ExtractedEvent[];
  version: string;
}

async function writeEvents(db: Store, g: Gazetteer, batches: EventBatch[]): Promise<void> {
  await upsertActors(db, g, batches.flatMap((b) => b.events));
  const now = new Date().toISOString();
  const rows = batches.flatMap((b) => {
    const seen = new Set<string>();
    return b.events.map((e) => {
      let uid = eventUid(b.hash, e);
      while (seen.has(uid)) uid = createHash('sha1').update(uid).digest('hex').slice(0, 16);
      seen.add(uid);
      return { uid, e, documentId: b.documentId, version: b.version };
    });
  });
  const idOf = new Map<string, number>();
  for (const part of chunks(rows, 13)) {
    const values = part.map(({ uid, e, documentId, version }) => ({
      uid, document_id: documentId, type: e.type, date: e.date, initiator: e.initiator, location: e.location, topics: JSON.stringify(e.topics),
      rules: JSON.stringify(e.rules), origin: 'machine', status: 'machine', extractor_version: version, created_at: now,
      // Rounded as in JSON Lines (extract/record.ts): the figure users see everywhere is the same.
      confidence: e.confidence == null ? null : Math.round(e.confidence * 1000) / 1000,
    }));
    for (const r of await db.insertInto('events').values(values).returning(['id', 'uid']).execute()) idOf.set(r.uid, r.id);
  }
  const parts = rows.flatMap(({ uid, e }) => e.participants.map((p) => ({ event_id: idOf.get(uid)!, actor_id: actorId(p), name: p.name, country: p.country, role: p.role })));
  const countries = rows.flatMap(({ uid, e }) => e.countries.map((code) => ({ event_id: idOf.get(uid)!, code })));
  const evidence = rows.flatMap(({ uid, e, documentId }) => e.evidence.map((s) => ({ event_id: idOf.get(uid)!, document_id: documentId, start: s.start, end: s.end, sentence: s.sentence, rule: s.rule })));
  for (const p of chunks(parts, 5)) await db.insertInto('participants').values(p).execute();
  for (const c of chunks(countries, 2)) await db.insertInto('event_countries').values(c).execute();
  for (const v of chunks(evidence, 6)) await db.insertInto('evidence').values(v).execute();
}

/**
 * Stores new documents and their events in one transaction, in the given order, and links their
 * accounts to contacts. Returns each document's id by hash; a document already stored (by anyone)
 * is absent from the result and left alone.
 */
export async function saveDocuments(db: Store, g: Gazetteer, docs: Array<{ stored: StoredDocument; events: ExtractedEvent[] }>): Promise<Map<string, number>> {
  if (docs.length === 0) return new Map();
  return withoutWriteLock(() =>
    db.transaction().execute(async (tx) => {
      const ids = await insertDocuments(tx, docs.map((d) => d.stored));
      const fresh = docs.filter((d) => ids.has(d.stored.hash));
      await writeEvents(tx, g, fresh.map((d) => ({ documentId: ids.get(d.stored.hash)!, hash: d.stored.hash, events: d.events, version: d.stored.extractorVersion })));
      // Everything above is keyed and concurrent; what follows decides contacts, one writer at a time.
      const plan = await prepareAssignment(tx, g, fresh.map((d) => ({ documentId: ids.get(d.stored.hash)! })));
      await takeWriteLock(tx);
      // The time a document joined the record: the order in which documents were linked to contacts.
      if (ids.size) await tx.updateTable('documents').set({ ingested_at: new Date().toISOString() }).where('id', 'in', [...ids.values()]).execute();
      await assignDocuments(tx, plan);
      return ids;
    }),
  );
}

/** Stores a new document and its events; returns the document id. */
export async function saveDocument(db: Store, g: Gazetteer, d: StoredDocument, events: ExtractedEvent[]): Promise<number> {
  const ids = await saveDocuments(db, g, [{ stored: d, events }]);
  return ids.get(d.hash) ?? (await findByHash(db, d.hash))!.id;
}

/**
 * Replaces a stored document's machine events with a new extraction; `sentences`, the text's spans
 * split again by the same ingest (store/spans.ts), replace the stored ones when given.
 */
export async function replaceEvents(db: Store, g: Gazetteer, documentId: number, events: ExtractedEvent[], version: string, sentences?: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    if (sentences !== undefined) await tx.updateTable('documents').set({ sentences }).where('id', '=', documentId).execute();
    const { hash } = await tx.selectFrom('documents').select('hash').where('id', '=', documentId).executeTakeFirstOrThrow();
    const prior = await priorLinks(tx, documentId);
    await tx.deleteFrom('events').where('document_id', '=', documentId).where('origin', '=', 'machine').execute();
    await writeEvents(tx, g, [{ documentId, hash, events, version }]);
    await assignDocuments(tx, await prepareAssignment(tx, g, [{ documentId, prior }]));
    await tx.updateTable('documents').set({ extractor_version: version }).where('id', '=', documentId).execute();
  });
}
