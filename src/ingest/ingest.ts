// Ingest: read → extract → store, one result per file. A file that cannot be read or extracted is
// reported with its reason and the batch goes on; a document already stored (same content hash) is
// left alone unless it was extracted by an older extractor, in which case it is re-extracted.
import { readFileSync } from 'node:fs';
import type { Store } from '../store/open.ts';
import { findByHash, saveDocument, replaceEvents } from '../store/documents.ts';
import { readDocument, type DocMeta, type ReadOptions } from './read.ts';
import { maskMarkdown } from './clean.ts';
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
}

export async function ingestBytes(db: Store, file: string, bytes: Buffer, meta: DocMeta, opts: ReadOptions = {}): Promise<IngestResult> {
  const g = defaultGazetteer();
  const r = readDocument(file, bytes, meta, opts);
  if (!r.ok) return { file, status: 'failed', events: 0, reason: r.reason, documentId: null };
  const known = await findByHash(db, r.hash);
  if (known && known.extractor_version === EXTRACTOR_VERSION) {
    return { file, status: 'unchanged', events: 0, reason: null, documentId: known.id };
  }
  const x = extract(r.doc);
  if (known) {
    await replaceEvents(db, g, known.id, x.events, EXTRACTOR_VERSION);
    return { file, status: 'reextracted', events: x.events.length, reason: null, documentId: known.id };
  }
  const id = await saveDocument(
    db,
    g,
    {
      doc: r.doc,
      hash: r.hash,
      raw: r.raw,
      format: r.format,
      docDate: toIso(x.docDate.value),
      status: x.skipped ? 'skipped' : 'extracted',
      note: x.skipped ?? (r.notes.join('; ') || null),
      extractorVersion: EXTRACTOR_VERSION,
    },
    x.events,
  );
  if (x.skipped) return { file, status: 'skipped', events: 0, reason: `stored, not extracted: ${x.skipped}`, documentId: id };
  return { file, status: 'ingested', events: x.events.length, reason: r.notes.join('; ') || null, documentId: id };
}

export async function ingestFile(db: Store, file: string, meta: DocMeta, opts: ReadOptions = {}): Promise<IngestResult> {
  try {
    return await ingestBytes(db, file, readFileSync(file), meta, opts);
  } catch (e) {
    return { file, status: 'failed', events: 0, reason: (e as Error).message.split('\n')[0], documentId: null };
  }
}

/** Re-extracts every stored document with the current extractor (all of them with `force`). */
export async function reextractAll(db: Store, force = false): Promise<Array<{ id: number; name: string; events: number }>> {
  const g = defaultGazetteer();
  const docs = await db.selectFrom('documents').select(['id', 'name', 'text', 'format', 'regions', 'published', 'lang', 'outlet', 'url', 'title', 'extractor_version', 'status']).execute();
  const out = [];
  for (const d of docs) {
    if (!force && d.extractor_version === EXTRACTOR_VERSION) continue;
    const x = extract({ id: d.name, text: d.text, view: d.format === 'markdown' ? maskMarkdown(d.text) : undefined, regions: JSON.parse(d.regions), published: d.published, lang: d.lang, outlet: d.outlet, url: d.url, title: d.title });
    await replaceEvents(db, g, d.id, x.events, EXTRACTOR_VERSION);
    out.push({ id: d.id, name: d.name, events: x.events.length });
  }
  return out;
}
