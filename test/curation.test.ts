// The curation contract the web UI calls: every action is recorded, applied at once, replayed after
// re-extraction, and refused with a typed error (400 bad input, 404 unknown event).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tempDir } from './helpers.ts';
import { openStore } from '../src/store/open.ts';
import { ingestBytes, reextractAll } from '../src/ingest/ingest.ts';
import { listEvents, getEvent } from '../src/read-model/queries.ts';
import { confirmEvent, correctEvent, rejectEvent, addEvent, splitEvent, mergeEvents, CurationError } from '../src/store/curation.ts';

const TEXT = 'On 5 May 2021, Russian Foreign Minister Sergey Lavrov met his Armenian counterpart Ara Aivazian in Moscow. The ministers discussed the situation on the border.\n\nA week later the Armenian ambassador handed over a message to the deputy minister.';

async function store() {
  const db = await openStore(join(tempDir(), 'c.db'));
  const r = await ingestBytes(db, 'lavrov.txt', Buffer.from(TEXT), { published: '2021-05-06', outlet: 'Test Wire' });
  assert.equal(r.status, 'ingested');
  return { db, documentId: r.documentId! };
}

async function rejects(p: Promise<unknown>, status: number, message: RegExp) {
  await assert.rejects(p, (e: unknown) => e instanceof CurationError && e.status === status && message.test(e.message));
}

test('confirm, correct and reject are recorded, applied and outlive re-extraction', async () => {
  const { db } = await store();
  try {
    const [e] = await listEvents(db, { actor: 'Lavrov' });
    assert.equal(e.status, 'machine');
    assert.equal(e.origin, 'machine');
    await confirmEvent(db, e.uid, 'ana');
    assert.equal((await getEvent(db, e.uid))!.status, 'confirmed');
    await correctEvent(db, e.uid, { date: '2021-05-04', topics: ['border'], participants: [{ actor_id: 'sergey-lavrov', name: 'Sergey Lavrov', country: 'RUS' }, { name: 'Ara Aivazian', country: 'ARM' }] }, 'ana');
    let got = (await getEvent(db, e.uid))!;
    assert.equal(got.status, 'corrected');
    assert.equal(got.date, '2021-05-04');
    assert.deepEqual(got.topics, ['border']);
    assert.deepEqual(got.corrected.sort(), ['date', 'participants', 'topics']);
    assert.deepEqual(got.countries.sort(), ['ARM', 'RUS']);
    assert.deepEqual(got.corrections.map((c) => c.action), ['confirm', 'correct', 'correct', 'correct']);
    assert.equal(got.corrections.find((c) => c.field === 'date')?.value, '2021-05-04');
    // The analyst's date is what period filters see.
    assert.equal((await listEvents(db, { from: '2021-05-04', to: '2021-05-04' })).length, 1);
    await db.updateTable('documents').set({ extractor_version: 'old' }).execute();
    await reextractAll(db);
    got = (await getEvent(db, e.uid))!;
    assert.equal(got.date, '2021-05-04', 'a new extraction does not undo a correction');
    assert.deepEqual(got.topics, ['border']);
    await rejectEvent(db, e.uid, 'ana');
    assert.equal((await listEvents(db, { actor: 'Lavrov' })).length, 0, 'rejected events are hidden');
    const all = await listEvents(db, { actor: 'Lavrov', includeRejected: true });
    assert.equal(all[0].status, 'rejected');
  } finally {
    await db.destroy();
  }
});

test('bad input is refused with 400, unknown events with 404', async () => {
  const { db, documentId } = await store();
  try {
    const [e] = await listEvents(db);
    await rejects(confirmEvent(db, 'nope', 'ana'), 404, /no event nope/);
    await rejects(correctEvent(db, e.uid, { type: 'lunch' }, 'ana'), 400, /type must be/);
    await rejects(correctEvent(db, e.uid, { date: '2021-02-30' }, 'ana'), 400, /no such day/);
    await rejects(correctEvent(db, e.uid, { date: "2021'; DROP" }, 'ana'), 400, /date must be/);
    await rejects(correctEvent(db, e.uid, {}, 'ana'), 400, /nothing to correct/);
    await rejects(correctEvent(db, e.uid, { participants: [{ name: '' }] }, 'ana'), 400, /needs a name/);
    await rejects(mergeEvents(db, e.uid, e.uid, 'ana'), 400, /itself/);
    await rejects(splitEvent(db, e.uid, 'no-such-account', 'ana'), 404, /no account/);
    await rejects(splitEvent(db, e.uid, e.accounts[0].uid, 'ana'), 400, /only account/);
    await rejects(addEvent(db, { documentId, start: 50, end: 10, type: 'meeting', date: null, participants: [] }, 'ana'), 400, /offsets/);
    await rejects(addEvent(db, { documentId: 999, start: 0, end: 10, type: 'meeting', date: null, participants: [] }, 'ana'), 404, /no document/);
    assert.equal((await getEvent(db, e.uid))!.status, 'machine', 'refused actions change nothing');
  } finally {
    await db.destroy();
  }
});

test("an analyst's own event from a highlighted span survives re-extraction", async () => {
  const { db, documentId } = await store();
  try {
    const start = TEXT.indexOf('A week later');
    const end = TEXT.length;
    const uid = await addEvent(db, { documentId, start, end, type: 'meeting', date: '2021-05-12', participants: [{ name: 'Armenian ambassador', country: 'ARM' }], location: 'Moscow' }, 'ana');
    const check = async () => {
      const e = (await getEvent(db, uid))!;
      assert.equal(e.origin, 'analyst');
      assert.equal(e.status, 'confirmed');
      assert.equal(e.date, '2021-05-12');
      assert.equal(e.location, 'Moscow');
      assert.deepEqual(e.evidence, [{ start, end, sentence: TEXT.slice(start, end), rule: 'analyst' }]);
      assert.deepEqual(e.countries, ['ARM']);
    };
    await check();
    await reextractAll(db, true);
    await check();
    // Search over source documents and a country pair.
    assert.equal((await listEvents(db, { q: 'ambassador', countries: ['ARM'] })).length, 2);
    assert.equal((await listEvents(db, { q: 'zzzqqq' })).length, 0);
    assert.equal((await listEvents(db, { countries: ['RUS', 'ARM'] })).length, 1);
  } finally {
    await db.destroy();
  }
});
