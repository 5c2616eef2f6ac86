// Reading a response body under a size limit. The limit is enforced while the bytes stream in: the
// stream is destroyed as soon as it passes the limit, so a huge body is never held in memory.
import type { Readable } from 'node:stream';

export type BodyResult = { ok: true; body: Buffer } | { ok: false; read: number };

export async function readLimited(stream: Readable, maxBytes: number, declared?: number): Promise<BodyResult> {
  if (declared !== undefined && declared > maxBytes) {
    stream.destroy();
    return { ok: false, read: 0 };
  }
  const chunks: Buffer[] = [];
  let read = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    read += chunk.length;
    if (read > maxBytes) {
      stream.destroy();
      return { ok: false, read };
    }
    chunks.push(chunk);
  }
  return { ok: true, body: Buffer.concat(chunks) };
}

export function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}
