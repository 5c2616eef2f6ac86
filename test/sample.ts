// The project's sample corpus (corpus/sample, with its meta.jsonl), ingested into a store: the fixture
// of the store tests that compare read paths. Apart from helpers.ts, which the CLI tests load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../src/store/open.ts';
import { ingestBytes } from '../src/ingest/ingest.ts';
import { expandInputs, readMeta, metaFor } from '../src/ingest/files.ts';
import { ROOT } from './helpers.ts';

export async function ingestSample(db: Store): Promise<void> {
  const dir = join(ROOT, 'corpus', 'sample');
  const meta = readMeta(join(dir, 'meta.jsonl'));
  for (const f of expandInputs([dir]).files) await ingestBytes(db, f, readFileSync(f), metaFor(f, meta));
}
