// The dev set's negative texts (statements, interviews, hypotheticals, undated invitations, sport)
// report no contact: the extractor must find none in them. Known failures are listed, not hidden.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';
import { readDocument } from '../src/ingest/read.ts';
import { readMeta, metaFor } from '../src/ingest/files.ts';
import { extract } from '../src/extract/pipeline.ts';
import { toRecord } from '../src/extract/record.ts';

const DIR = join(ROOT, 'corpus', 'dev', 'negative');
const meta = readMeta(join(DIR, 'meta.jsonl'));
/** Texts still misread, with why: fix the cause, then move them out of this list. */
const KNOWN: Record<string, string> = {
  'n03-analysis-hypotheticals.txt': 'a modal three clauses after the trigger ("A phone call ..., another analyst suggested, would be")',
};

for (const f of readdirSync(DIR).filter((x) => x.endsWith('.txt'))) {
  test(`no contact in ${f}`, { todo: KNOWN[f] }, () => {
    const r = readDocument(f, readFileSync(join(DIR, f)), metaFor(f, meta));
    assert.ok(r.ok);
    const events = extract(r.doc).events.map(toRecord);
    assert.deepEqual(events.map((e) => `${e.type} ${e.date} ${e.participants.join('+')}`), []);
  });
}
