// Cross-document merging on a fixture written for the project: one talk reported by the Kremlin, the
// Armenian government and a news wire a day later; another by the Azerbaijani and Russian presidencies.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attache, tempDir, ROOT } from './helpers.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { ingestBytes, reextractAll } from '../src/ingest/ingest.ts';
import { listEvents, getEvent, listActors } from '../src/read-model/queries.ts';
import { splitEvent, mergeEvents, correctEvent } from '../src/store/curation.ts';
import { setDocumentStatus } from '../src/store/contacts.ts';

const MULTI = join(ROOT, 'test', 'fixtures', 'multi');
const meta = new Map(readFileSync(join(MULTI, 'meta.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((m) => [m.doc, m]));

async function ingestFixture(db: Store): Promise<void> {
  for (const f of readdirSync(MULTI).filter((f) => f.endsWith('.txt')).sort()) {
    const r = await ingestBytes(db, f, readFileSync(join(MULTI, f)), meta.get(f));
    assert.ok(r.status === 'ingested' || r.status === 'reextracted', `${f}: ${r.status} ${r.reason}`);
  }
}

async function talks(db: Store, actor: string) {
  const rows = await listEvents(db, { actor, type: 'meeting', countries: ['RUS'] });
  return rows.filter((e) => e.participants.some((p) => p.actor_id === 'vladimir-putin'));
}

let dbFile: string;
before(async () => {
  dbFile = join(tempDir(), 'multi.db');
  const db = await openStore(dbFile);
  await ingestFixture(db);
  await db.destroy();
});

test('one talk told by three documents is one event with three accounts, each with its reason', async () => {
  const db = await openStore(dbFile);
  try {
    const [e, ...more] = await talks(db, 'nikol-pashinyan');
    assert.equal(more.length, 0, 'counted once');
    assert.equal(e.date, '2022-04-19');
    assert.equal(e.location, 'Moscow');
    assert.deepEqual(e.accounts.map((a) => a.document.name).sort(), ['01-kremlin-talks-pashinyan.txt', '02-yerevan-talks-putin.txt', '03-wire-pashinyan-moscow.txt']);
    assert.equal(e.accounts.filter((a) => a.reason.kind === 'match').length, 2);
    for (const a of e.accounts.filter((x) => x.reason.kind === 'match')) assert.match(a.reason.text, /2022-04-19.*nikol-pashinyan|nikol-pashinyan.*2022-04-19|shared participants/);
    const docs = await db.selectFrom('documents').select(['id', 'text']).execute();
    for (const a of e.accounts) for (const ev of a.evidence) assert.equal(docs.find((d) => d.id === a.document.id)!.text.slice(ev.start, ev.end), ev.sentence);
    const [aliyev, ...others] = await talks(db, 'ilham-aliyev');
    assert.equal(others.length, 0);
    assert.equal(aliyev.accounts.length, 2);
    assert.equal(aliyev.date, '2022-02-22');
    // Counting counts events: Putin's contacts are fewer than the reports of them.
    const putin = (await listActors(db, ['RUS'])).find((a) => a.id === 'vladimir-putin')!;
    const reports = await db.selectFrom('participants').select('event_id').distinct().where('actor_id', '=', 'vladimir-putin').execute();
    assert.equal(putin.contacts, (await listEvents(db, { actor: 'vladimir-putin' })).length);
    assert.ok(putin.contacts < reports.length, `${putin.contacts} events from ${reports.length} reports`);
  } finally {
    await db.destroy();
  }
});

test('each account knows whose readout it is', async () => {
  const db = await openStore(dbFile);
  try {
    const [e] = await talks(db, 'nikol-pashinyan');
    const by = (name: string) => e.accounts.find((a) => a.document.name.startsWith(name))!;
    assert.equal(by('01').side, 'RUS');
    assert.equal(by('01').attribution?.kind, 'official');
    assert.equal(by('02').side, 'ARM');
    assert.equal(by('03').attribution?.kind, 'attributed');
    assert.match(by('03').attribution!.label, /according to the Kremlin/i);
  } finally {
    await db.destroy();
  }
});

test('compare lists the topics only one side mentioned, and differences of place', async () => {
  const db = await openStore(dbFile);
  const [e] = await talks(db, 'nikol-pashinyan');
  await db.destroy();
  const r = attache(['compare', '--db', dbFile, e.uid, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const c = JSON.parse(r.stdout);
  const only = (topic: string) => c.onlyOne.find((t: { topic: string }) => t.topic === topic);
  // Prisoners of war and border delimitation are only in the Armenian readout; the Eurasian union only in the Kremlin's.
  assert.equal(only('humanitarian')?.accounts[0].side, 'ARM');
  assert.equal(only('border')?.accounts[0].side, 'ARM');
  assert.equal(only('eaeu')?.accounts[0].side, 'RUS');
  assert.match(only('humanitarian').accounts[0].sentence, /prisoners of war/);
  assert.ok(c.shared.some((t: { topic: string }) => t.topic === 'karabakh'));
  assert.ok(c.differences.some((d: { field: string }) => d.field === 'location'));
  const text = attache(['compare', '--db', dbFile, String(e.id)]).stdout;
  assert.match(text, /topics only one account mentions\n(?:.*\n)*\s+- humanitarian issues.*: ARM/);
  assert.equal(attache(['compare', '--db', dbFile, '99999']).status, 1);
});

test('a split, a merge and a correction survive re-extraction and re-ingest', async () => {
  const db = await openStore(join(tempDir(), 'curated.db'));
  try {
    await ingestFixture(db);
    const [e] = await talks(db, 'nikol-pashinyan');
    const wire = e.accounts.find((a) => a.document.name.startsWith('03'))!;
    const split = await splitEvent(db, e.uid, wire.uid, 'analyst');
    const visit = (await listEvents(db, { actor: 'nikol-pashinyan', type: 'visit' })).find((v) => v.accounts.some((a) => a.document.name.startsWith('02')))!;
    await mergeEvents(db, e.uid, visit.uid, 'analyst');
    // The merged visit accounts weigh as much as the talks' own: the analyst keeps it a meeting.
    await correctEvent(db, e.uid, { location: 'Novo-Ogaryovo', type: 'meeting' }, 'analyst');
    const check = async (when: string) => {
      const kept = await getEvent(db, e.uid);
      assert.ok(kept, when);
      // The talks as the Kremlin and Yerevan told them, and the visit (told by both too) merged into them.
      assert.deepEqual(kept.accounts.map((a) => a.document.name).sort(), ['01-kremlin-talks-pashinyan.txt', '01-kremlin-talks-pashinyan.txt', '02-yerevan-talks-putin.txt', '02-yerevan-talks-putin.txt'], when);
      assert.equal(kept.location, 'Novo-Ogaryovo', when);
      assert.deepEqual([...kept.corrected].sort(), ['location', 'type'], when);
      const alone = await getEvent(db, split);
      assert.deepEqual(alone?.accounts.map((a) => a.uid), [wire.uid], when);
      assert.equal((await talks(db, 'nikol-pashinyan')).length, 2, when);
    };
    await check('after curation');
    await db.updateTable('documents').set({ extractor_version: 'old' }).execute();
    for (const f of readdirSync(MULTI).filter((f) => f.endsWith('.txt')).sort()) {
      const r = await ingestBytes(db, f, readFileSync(join(MULTI, f)), meta.get(f));
      assert.equal(r.status, 'reextracted');
    }
    await check('after re-ingest');
    await reextractAll(db, true);
    await check('after re-extraction');
  } finally {
    await db.destroy();
  }
});

async function ids(db: Store, names: string[]): Promise<number[]> {
  return (await db.selectFrom('documents').select('id').where('name', 'in', names).execute()).map((d) => d.id);
}

test('accounts of superseded documents are not counted', async () => {
  const db = await openStore(join(tempDir(), 'superseded.db'));
  try {
    await ingestFixture(db);
    const [before] = await talks(db, 'nikol-pashinyan');
    await setDocumentStatus(db, await ids(db, ['03-wire-pashinyan-moscow.txt']), 'superseded');
    const [after] = await talks(db, 'nikol-pashinyan');
    assert.equal(after.uid, before.uid);
    assert.equal(after.accounts.length, 2);
    await setDocumentStatus(db, await ids(db, ['01-kremlin-talks-pashinyan.txt', '02-yerevan-talks-putin.txt']), 'superseded');
    assert.equal((await listEvents(db, { actor: 'nikol-pashinyan' })).length, 0);
  } finally {
    await db.destroy();
  }
});
