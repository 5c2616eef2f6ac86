// Ingest: read → extract → store, one result per file. A file that cannot be read or extracted is
// reported with its reason and the batch goes on; a document already stored (same content hash) is
// left alone unless it was extracted by an older extractor, in which case it is re-extracted.
// Articles known by URL (ingestArticle) are versioned: new text at a known canonical URL is stored
// as the next version and extracted, and the version it replaces is marked 'superseded'.
import { readFileSync } from 'node:fs';
import { isWriteConflict, type Store } from '../store/open.ts';
import { findByHash, findByHashes, saveDocuments, replaceEvents, type StoredDocument } from '../store/documents.ts';
import type { ExtractedEvent } from '../types.ts';
import { setDocumentStatus, syncContacts } from '../store/contacts.ts';
import { readDocument, type DocMeta, type ReadOptions } from './read.ts';
import { maskMarkdown } from './clean.ts';
import { sentenceSpans } from './sentences.ts';
import { extract, EXTRACTOR_VERSION } from '../extract/pipeline.ts';
import { toIso } from '../extract/dates.ts';
import { defaultGazetteer } from '../gazetteer/index.ts';

export type IngestStatus = 'ingested' | 'unchanged' | 'reextracted' | 'skipped' | 'failed';

export interface IngestResult {
  file: string;
  status: IngestStatus;
  events: number;
  reason: string | null;
  documentId: number | null;
  /** For articles known by URL: the version number of the stored document. */
  version?: number;
}

export async function ingestBytes(db: Store, file: string, bytes: Buffer, meta: DocMeta, opts: ReadOptions = {}): Promise<IngestResult> {
  return (await ingestBatch(db, [{ file, bytes, meta, opts }]))[0];
}

export interface BatchItem {
  file: string;
  bytes: Buffer;
  meta: DocMeta;
  opts?: ReadOptions;
}

/**
 * Ingests many documents: read and extract each (no database), then store the new ones in one write
 * transaction, in order. A result per item, in order; one document's failure fails only that one
 * (when the batch's transaction fails, its documents are stored one by one). A write conflict with
 * another writer (isWriteConflict) is thrown, for the caller to try the batch again.
 */
export async function ingestBatch(db: Store, items: BatchItem[]): Promise<IngestResult[]> {
  const g = defaultGazetteer();
  const failed = (file: string, e: unknown): IngestResult => ({ file, status: 'failed', events: 0, reason: (e as Error).message.split('\n')[0], documentId: null });
  const read = items.map((it) => {
    try {
      return readDocument(it.file, it.bytes, it.meta, it.opts ?? {});
    } catch (e) {
      return { ok: false as const, reason: (e as Error).message.split('\n')[0] };
    }
  });
  const known = await findByHashes(db, read.flatMap((r) => (r.ok ? [r.hash] : [])));
  const results: Array<IngestResult | null> = items.map(() => null);
  const first = new Map<string, number>();
  const fresh: Array<{ i: number; stored: StoredDocument; events: ExtractedEvent[] }> = [];
  for (const [i, r] of read.entries()) {
    const file = items[i].file;
    if (!r.ok) {
      results[i] = { file, status: 'failed', events: 0, reason: r.reason, documentId: null };
      continue;
    }
    const k = known.get(r.hash);
    if (k && k.extractor_version === EXTRACTOR_VERSION) results[i] = { file, status: 'unchanged', events: 0, reason: null, documentId: k.id };
    if (results[i] || first.has(r.hash)) continue;
    first.set(r.hash, i);
    try {
      const x = extract(r.doc);
      if (k) {
        // The spans are split again from the stored text (what the accounts' offsets index), so a
        // changed splitter takes effect with the new extraction.
        const row = await db.selectFrom('documents').select(['name', 'text', 'format', 'regions']).where('id', '=', k.id).executeTakeFirstOrThrow();
        await replaceEvents(db, g, k.id, x.events, EXTRACTOR_VERSION, sentenceSpans({ ...row, regions: JSON.parse(row.regions) }));
        results[i] = { file, status: 'reextracted', events: x.events.length, reason: null, documentId: k.id };
        continue;
      }
      const stored: StoredDocument = {
        doc: r.doc, hash: r.hash, raw: r.raw, format: r.format, docDate: toIso(x.docDate.value), status: x.skipped ? 'skipped' : 'extracted',
        note: x.skipped ?? (r.notes.join('; ') || null), extractorVersion: EXTRACTOR_VERSION,
        sentences: sentenceSpans({ name: r.doc.id, text: r.doc.text, format: r.format, regions: r.doc.regions }),
      };
      fresh.push({ i, stored, events: x.events });
      const events = x.skipped ? 0 : x.events.length;
      const reason = x.skipped ? `stored, not extracted: ${x.skipped}` : r.notes.join('; ') || null;
      results[i] = { file, status: x.skipped ? 'skipped' : 'ingested', events, reason, documentId: null };
    } catch (e) {
      if (isWriteConflict(e)) throw e;
      results[i] = failed(file, e);
    }
  }
  let ids: Map<string, number>;
  try {
    ids = await saveDocuments(db, g, fresh);
  } catch (e) {
    if (isWriteConflict(e) || fresh.length === 1) throw e;
    // Find the one that fails: each document in its own transaction.
    ids = new Map();
    for (const f of fresh) {
      try {
        for (const [h, id] of await saveDocuments(db, g, [f])) ids.set(h, id);
      } catch (e1) {
        if (isWriteConflict(e1)) throw e1;
        results[f.i] = failed(items[f.i].file, e1);
      }
    }
  }
  const lost = fresh.filter((f) => results[f.i]!.status !== 'failed' && !ids.has(f.stored.hash));
  // Stored meanwhile by another writer: the same content, so nothing more to do.
  const theirs = await findByHashes(db, lost.map((f) => f.stored.hash));
  for (const f of fresh) {
    const r = results[f.i]!;
    if (r.status === 'failed') continue;
    const id = ids.get(f.stored.hash);
    results[f.i] = id !== undefined ? { ...r, documentId: id } : { file: r.file, status: 'unchanged', events: 0, reason: null, documentId: theirs.get(f.stored.hash)?.id ?? null };
  }
  // The same content twice in one batch: the second is the first one, unchanged.
  return results.map((r, i) => {
    if (r) return r;
    const orig = results[first.get((read[i] as { hash: string }).hash)!]!;
    return orig.status === 'failed' ? { ...orig, file: items[i].file } : { file: items[i].file, status: 'unchanged', events: 0, reason: null, documentId: orig.documentId };
  });
}

export async function ingestFile(db: Store, file: string, meta: DocMeta, opts: ReadOptions = {}): Promise<IngestResult> {
  try {
    return await ingestBytes(db, file, readFileSync(file), meta, opts);
  } catch (e) {
    return { file, status: 'failed', events: 0, reason: (e as Error).message.split('\n')[0], documentId: null };
  }
}

/** A web page with fewer letters than this outside its title (menus of a gallery page) is not an article. */
const MIN_ARTICLE_LETTERS = 120;
const LETTERS = /\p{L}/gu;

/** The current (not superseded) version of the article at a canonical URL, if any. */
async function latestVersion(db: Store, url: string) {
  const v = await db
    .selectFrom('document_versions as v')
    .innerJoin('documents as d', 'd.id', 'v.document_id')
    .select(['d.id', 'd.text', 'v.version'])
    .where('v.canonical_url', '=', url)
    .orderBy('v.version', 'desc')
    .executeTakeFirst();
  if (v) return v;
  // A document stored before it was watched (e.g. `attache ingest` of a file with its URL) is version 1.
  const d = await db.selectFrom('documents').select(['id', 'text']).where('url', '=', url).where('status', '!=', 'superseded').orderBy('id', 'desc').executeTakeFirst();
  return d ? { ...d, version: null } : undefined;
}

/**
 * Records `documentId` as the newest version of the article at `url` and supersedes the previous one,
 * in one transaction. Idempotent: a document that already has its version is left alone, so a run
 * killed between storing a document and recording its version is repaired by the next run.
 */
export async function recordVersion(db: Store, url: string, documentId: number): Promise<number> {
  const recorded = await db.transaction().execute(async (tx) => {
    const own = await tx.selectFrom('document_versions').select(['version', 'previous_id']).where('document_id', '=', documentId).executeTakeFirst();
    if (own) return { version: own.version, previous: own.previous_id };
    const prev = await tx
      .selectFrom('document_versions')
      .select(['document_id', 'version'])
      .where('canonical_url', '=', url)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    let previous = prev ? { id: prev.document_id, version: prev.version } : null;
    if (!previous) {
      const d = await tx.selectFrom('documents').select('id').where('url', '=', url).where('id', '!=', documentId).where('status', '!=', 'superseded').orderBy('id', 'desc').executeTakeFirst();
      if (d) {
        await tx.insertInto('document_versions').values({ document_id: d.id, canonical_url: url, version: 1, previous_id: null }).execute();
        previous = { id: d.id, version: 1 };
      }
    }
    const version = previous ? previous.version + 1 : 1;
    await tx.insertInto('document_versions').values({ document_id: documentId, canonical_url: url, version, previous_id: previous?.id ?? null }).execute();
    return { version, previous: previous?.id ?? null };
  });
  // The older version's accounts stop counting: their events are recomputed without them.
  if (recorded.previous != null) await setDocumentStatus(db, [recorded.previous], 'superseded');
  return recorded.version;
}

/**
 * Ingests an article known by its canonical URL (`meta.url`): the same bytes are stored once, the
 * same text at the same URL is 'unchanged', and new text is stored and extracted as a new version.
 */
export async function ingestArticle(db: Store, name: string, bytes: Buffer, meta: DocMeta & { url: string }, opts: ReadOptions = {}): Promise<IngestResult & { hash: string | null }> {
  const r = readDocument(name, bytes, meta, opts);
  if (!r.ok) return { file: name, status: 'failed', events: 0, reason: r.reason, documentId: null, hash: null };
  const body = r.doc.title && r.doc.text.startsWith(r.doc.title) ? r.doc.text.slice(r.doc.title.length) : r.doc.text;
  if ((body.match(LETTERS) ?? []).length < MIN_ARTICLE_LETTERS) {
    return { file: name, status: 'failed', events: 0, reason: 'no article text on the page (a gallery, video or index page?)', documentId: null, hash: null };
  }
  const latest = await latestVersion(db, meta.url);
  if (latest && latest.text === r.doc.text && !(await findByHash(db, r.hash))) {
    // Same article text in new page furniture (a fresh timestamp, another related-links box).
    const version = await recordVersion(db, meta.url, latest.id);
    return { file: name, status: 'unchanged', events: 0, reason: null, documentId: latest.id, version, hash: r.hash };
  }
  const res = await ingestBytes(db, name, bytes, meta, opts);
  if (res.documentId === null) return { ...res, hash: r.hash };
  const version = await recordVersion(db, meta.url, res.documentId);
  return { ...res, version, hash: r.hash };
}

/** Re-extracts every stored document with the current extractor (all of them with `force`). */
export async function reextractAll(db: Store, force = false): Promise<Array<{ id: number; name: string; events: number }>> {
  const g = defaultGazetteer();
  const docs = await db.selectFrom('documents').select(['id', 'name', 'text', 'format', 'regions', 'published', 'lang', 'outlet', 'url', 'title', 'extractor_version', 'status']).execute();
  const out = [];
  for (const d of docs) {
    if (!force && d.extractor_version === EXTRACTOR_VERSION) continue;
    const x = extract({ id: d.name, text: d.text, view: d.format === 'markdown' ? maskMarkdown(d.text) : undefined, regions: JSON.parse(d.regions), published: d.published, lang: d.lang, outlet: d.outlet, url: d.url, title: d.title });
    await replaceEvents(db, g, d.id, x.events, EXTRACTOR_VERSION, sentenceSpans({ ...d, regions: JSON.parse(d.regions) }));
    out.push({ id: d.id, name: d.name, events: x.events.length });
  }
  await syncContacts(db, g);
  return out;
}
