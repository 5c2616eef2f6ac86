// Reads the API needs that the store's query module does not offer: the document list, one
// document with its metadata and text, one actor with roles. Parameterised Kysely queries only.
import type { Selectable } from 'kysely';
import type { Store } from '../store/open.ts';
import type { DocumentsTable } from '../store/schema.ts';
import { matchingDocumentIds } from '../store/search.ts';

const SUMMARY = ['id', 'name', 'title', 'outlet', 'url', 'published', 'lang', 'format', 'status'] as const;

/** A document's metadata, without its text. */
export type DocumentSummary = Pick<Selectable<DocumentsTable>, (typeof SUMMARY)[number]>;

export async function listDocuments(db: Store, o: { q?: string; limit: number; offset: number }): Promise<DocumentSummary[]> {
  let q = db.selectFrom('documents').select([...SUMMARY]);
  if (o.q) {
    const ids = await matchingDocumentIds(db, o.q);
    if (ids.length === 0) return [];
    q = q.where('id', 'in', ids);
  }
  return q.orderBy('published').orderBy('id').limit(o.limit).offset(o.offset).execute();
}

export async function getDocument(db: Store, id: number): Promise<(DocumentSummary & { text: string; note: string | null; extractor_version: string }) | undefined> {
  return db.selectFrom('documents').select([...SUMMARY, 'text', 'note', 'extractor_version']).where('id', '=', id).executeTakeFirst();
}

export async function getActor(db: Store, id: string) {
  const actor = await db.selectFrom('actors').select(['id', 'name', 'country', 'source']).where('id', '=', id).executeTakeFirst();
  if (!actor) return undefined;
  const roles = await db.selectFrom('roles').select(['role', 'title', 'date_from', 'date_to', 'org']).where('actor_id', '=', id).orderBy('date_from').execute();
  return { ...actor, roles: roles.map((r) => ({ role: r.role, title: r.title, from: r.date_from, to: r.date_to, org: r.org })) };
}
