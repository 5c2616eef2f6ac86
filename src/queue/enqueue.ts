// Enqueueing documents: one job per file, its id derived from the file's name and content, so
// enqueueing the same file again adds nothing while its job is known (the worker's content-hash
// check makes a repeated job harmless anyway). A file that cannot be read is reported, not queued.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type PgBoss from 'pg-boss';
import { QUEUE, type ExtractJob } from './boss.ts';
import type { DocMeta } from '../ingest/read.ts';

export interface EnqueueResult {
  file: string;
  status: 'queued' | 'already queued' | 'failed';
  reason: string | null;
  jobId: string | null;
}

export interface Enqueueable {
  file: string;
  meta: DocMeta;
  /** The bytes, when the caller has them already (the generator does); else the file is read. */
  bytes?: Buffer;
}

/** A UUID (the shape pg-boss wants for ids) that is a pure function of the job's content. */
export function jobId(name: string, bytes: Buffer): string {
  const h = createHash('sha256').update(name).update('\0').update(bytes).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const BATCH = 200;

export async function enqueue(boss: PgBoss, items: Enqueueable[], maxBytes: number): Promise<EnqueueResult[]> {
  const results: EnqueueResult[] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    const jobs: Array<{ id: string; data: ExtractJob; file: string }> = [];
    for (const it of items.slice(i, i + BATCH)) {
      try {
        if (!it.bytes && statSync(it.file).size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
        const bytes = it.bytes ?? readFileSync(it.file);
        const name = it.meta.doc ?? it.file;
        jobs.push({ id: jobId(name, bytes), file: it.file, data: { file: it.file, meta: it.meta, bytes: bytes.toString('base64'), maxBytes } });
      } catch (e) {
        results.push({ file: it.file, status: 'failed', reason: (e as Error).message.split('\n')[0], jobId: null });
      }
    }
    if (!jobs.length) continue;
    // pg-boss inserts with ON CONFLICT DO NOTHING; ask first which ids it knows, to tell the user.
    const known = await boss.getDb().executeSql('SELECT id::text FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[])', [QUEUE, jobs.map((j) => j.id)]);
    const seen = new Set(known.rows.map((r: { id: string }) => r.id));
    const fresh = jobs.filter((j) => !seen.has(j.id)).map((j) => ({ id: j.id, name: QUEUE, data: j.data }));
    if (fresh.length) await boss.insert(fresh);
    for (const j of jobs) results.push({ file: j.file, status: seen.has(j.id) ? 'already queued' : 'queued', reason: null, jobId: j.id });
  }
  return results;
}
