// Writing documents and their extracted events. A document is known by its content hash, so the
// same article ingested twice is stored once; re-extraction replaces the machine's events of a
// document in one transaction and never touches analysts' corrections. Each document's accounts are
// then linked to contacts (store/contacts.ts), the events users see.
import { createHash } from 'node:crypto';
import type { Store } from './open.ts';
import type { Doc, ExtractedEvent } from '../types.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import { assignDocument, priorLinks } from './contacts.ts';

export interface StoredDocument {
  doc: Doc;
  hash: string;
  raw: string;
  format: string;
  docDate: string | null;
  status: 'extracted' | 'skipped';
  note: string | null;
  extractorVersion: string;
}

export async function findByHash(db: Store, hash: string) {
  return db.selectFrom('documents').select(['id', 'name', 'extractor_version', 'status']).where('hash', '=', hash).executeTakeFirst();
}

/** A stable id for an event: the same report of the same contact keeps its id across re-extraction. */
export function eventUid(docHash: string, e: ExtractedEvent): string {
  const people = e.participants.map((p) => p.actorId ?? p.name).sort().join('|');
  return createHash('sha1').update([docHash, e.type, e.date ?? '', people, e.countries.slice().sort().join(',')].join('\n')).digest('hex').slice(0, 16);
}

function actorId(p: ExtractedEvent['participants'][number]): string {
  return p.actorId ?? `x:${p.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
}

async function upsertActors(db: Store, g: Gazetteer, events: ExtractedEvent[]): Promise<void> {
  for (const p of events.flatMap((e) => e.participants)) {
    const id = actorId(p);
    const known = await db.selectFrom('actors').select('id').where('id', '=', id).executeTakeFirst();
    if (known) continue;
    const entry = p.actorId ? g.people.get(p.actorId) : undefined;
    await db.insertInto('actors').values({ id, name: entry?.name ?? p.name, country: entry?.country ?? p.country, source: entry ? 'gazetteer' : 'context' }).execute();
    const roles = entry
      ? entry.roles.map((r) => ({ actor_id: id, role: r.role, title: r.title ?? null, date_from: r.from ?? null, date_to: r.to ?? null, org: r.org ?? null, accredited: r.accredited ?? null }))
      : p.role
        ? [{ actor_id: id, role: p.role, title: null, date_from: null, date_to: null, org: null, accredited: null }]
        : [];
    if (roles.length) await db.insertInto('roles').values(roles).execute();
  }
}

/** Stores a new document and its events; returns the document id. */
export async function saveDocument(db: Store, g: Gazetteer, d: StoredDocument, events: ExtractedEvent[]): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto('documents')
      .values({
        name: d.doc.id,
        hash: d.hash,
        title: d.doc.title,
        outlet: d.doc.outlet,
        url: d.doc.url,
        published: d.doc.published,
        lang: d.doc.lang,
        format: d.format,
        raw: d.raw,
        text: d.doc.text,
        regions: JSON.stringify(d.doc.regions),
        doc_date: d.docDate,
        status: d.status,
        note: d.note,
        extractor_version: d.extractorVersion,
        ingested_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeEvents(tx, g, id, d.hash, events, d.extractorVersion);
    await assignDocument(tx, g, id);
    return id;
  });
}

/** Replaces a stored document's machine events with a new extraction. */
export async function replaceEvents(db: Store, g: Gazetteer, documentId: number, events: ExtractedEvent[], version: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const { hash } = await tx.selectFrom('documents').select('hash').where('id', '=', documentId).executeTakeFirstOrThrow();
    const prior = await priorLinks(tx, documentId);
    await tx.deleteFrom('events').where('document_id', '=', documentId).where('origin', '=', 'machine').execute();
    await writeEvents(tx, g, documentId, hash, events, version);
    await assignDocument(tx, g, documentId, prior);
    await tx.updateTable('documents').set({ extractor_version: version }).where('id', '=', documentId).execute();
  });
}

async function writeEvents(db: Store, g: Gazetteer, documentId: number, hash: string, events: ExtractedEvent[], version: string): Promise<void> {
  await upsertActors(db, g, events);
  const now = new Date().toISOString();
  const seen = new Set<string>();
  for (const e of events) {
    let uid = eventUid(hash, e);
    while (seen.has(uid)) uid = createHash('sha1').update(uid).digest('hex').slice(0, 16);
    seen.add(uid);
    const { id } = await db
      .insertInto('events')
      .values({
        uid,
        document_id: documentId,
        type: e.type,
        date: e.date,
        initiator: e.initiator,
        location: e.location,
        topics: JSON.stringify(e.topics),
        rules: JSON.stringify(e.rules),
        origin: 'machine',
        status: 'machine',
        extractor_version: version,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (e.participants.length) {
      await db.insertInto('participants').values(e.participants.map((p) => ({ event_id: id, actor_id: actorId(p), name: p.name, country: p.country, role: p.role }))).execute();
    }
    if (e.countries.length) await db.insertInto('event_countries').values(e.countries.map((code) => ({ event_id: id, code }))).execute();
    if (e.evidence.length) {
      await db.insertInto('evidence').values(e.evidence.map((s) => ({ event_id: id, document_id: documentId, start: s.start, end: s.end, sentence: s.sentence, rule: s.rule }))).execute();
    }
  }
}
