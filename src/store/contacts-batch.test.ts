// Storing documents in batches (what workers do) gives the record one process storing them one at
// a time would: the same accounts, the same contacts with the same accounts and reasons. A batch
// stores a repeated document once, and one document's failure fails only that document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openStore, type Store } from './open.ts';
import { ingestBatch, ingestBytes, type BatchItem } from '../ingest/ingest.ts';
import { expandInputs, readMeta, metaFor } from '../ingest/files.ts';
import { tempDir, ROOT } from '../../test/helpers.ts';

const SAMPLE = join(ROOT, 'corpus', 'sample');
const MULTI = join(ROOT, 'test', 'fixtures', 'multi');

function items(dir: string): BatchItem[] {
  const meta = readMeta(join(dir, 'meta.jsonl'));
  return expandInputs([dir]).files.filter((f) => !f.endsWith('README.md')).map((f) => ({ file: f, bytes: readFileSync(f), meta: metaFor(f, meta) }));
}

/** Every account with its contact's uid and the reason it joined, and every contact's fields. */
async function record(db: Store) {
  const links = await db
    .selectFrom('contact_accounts')
    .innerJoin('contacts', 'contacts.id', 'contact_accounts.contact_id')
    .select(['contact_accounts.event_uid', 'contacts.uid', 'contact_accounts.reason', 'contact_accounts.side', 'contact_accounts.claims'])
    .orderBy('contact_accounts.event_uid')
    .execute();
  const contacts = await db.selectFrom('contacts').select(['uid', 'type', 'date', 'location', 'initiator', 'topics', 'live', 'status']).orderBy('uid').execute();
  const people = await db.selectFrom('contact_participants').innerJoin('contacts', 'contacts.id', 'contact_participants.contact_id').select(['contacts.uid', 'actor_id']).orderBy('contacts.uid').orderBy('actor_id').execute();
  return { links, contacts, people };
}

for (const [name, dir] of [['sample corpus', SAMPLE], ['three reports of one talk', MULTI]] as const) {
  test(`a batch stores what one-by-one ingest stores (${name})`, async () => {
    const all = items(dir);
    const [one, batch] = [await openStore(join(tempDir(), 'one.db')), await openStore(join(tempDir(), 'batch.db'))];
    try {
      for (const it of all) await ingestBytes(one, it.file, it.bytes, it.meta);
      // Two batches, so that the second one's candidates come both from the store and from itself.
      const half = Math.ceil(all.length / 2);
      const results = [...(await ingestBatch(batch, all.slice(0, half))), ...(await ingestBatch(batch, all.slice(half)))];
      assert.deepEqual(results.map((r) => r.status).filter((s) => s !== 'ingested' && s !== 'skipped'), []);
      const [a, b] = [await record(one), await record(batch)];
      assert.ok(a.contacts.length < a.links.length, 'some reports merge into one contact');
      assert.deepEqual(b, a);
    } finally {
      await Promise.all([one.destroy(), batch.destroy()]);
    }
  });
}

test('a batch stores a document it holds twice once, and one failing document fails alone', async () => {
  const db = await openStore(join(tempDir(), 'b.db'));
  try {
    const all = items(SAMPLE).slice(0, 4);
    // A store that refuses one document, as a database refusing a row would.
    await sql`CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.name = 'poison.txt' BEGIN SELECT RAISE(ABORT, 'refused by the store'); END`.execute(db);
    const batch = [...all, { ...all[1], file: 'again.txt' }, { file: 'poison.txt', bytes: all[2].bytes.toString('utf8').replace('.', ' (poison).'), meta: { published: '2023-01-01', doc: 'poison.txt' } }, { file: 'bin.txt', bytes: Buffer.from([0, 1, 2, 0xff]), meta: {} }]
      .map((it) => ({ ...it, bytes: Buffer.isBuffer(it.bytes) ? it.bytes : Buffer.from(it.bytes) }));
    const r = await ingestBatch(db, batch);
    assert.deepEqual(r.map((x) => x.status), ['ingested', 'ingested', 'ingested', 'ingested', 'unchanged', 'failed', 'failed']);
    assert.equal(r[4].documentId, r[1].documentId, 'the repeat is the stored document');
    assert.match(r[5].reason ?? '', /refused by the store/);
    assert.match(r[6].reason ?? '', /binary/);
    const docs = await db.selectFrom('documents').select('name').execute();
    assert.equal(docs.length, 4);
    const again = await ingestBatch(db, all);
    assert.deepEqual(again.map((x) => x.status), ['unchanged', 'unchanged', 'unchanged', 'unchanged'], 'a job done twice stores nothing twice');
    assert.equal((await db.selectFrom('events').select('id').execute()).length, r.slice(0, 4).reduce((n, x) => n + x.events, 0));
  } finally {
    await db.destroy();
  }
});
