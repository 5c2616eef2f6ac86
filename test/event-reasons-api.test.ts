// Why accounts were joined, through the HTTP API (issue 18), in-process over the multi-source fixture
// (a talk told by three documents): /api/events/:id gives every account its stored reason — the first
// report, or a machine match with its date rule, shared people and the account it matched — and
// splitting an account off is refused without the token, and with it leaves a contact that records
// the split and a new contact whose reason says where it came from.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/open.ts';
import { createApp } from '../src/server/app.ts';
import { ingestFile } from '../src/ingest/ingest.ts';
import { readMeta, metaFor, expandInputs } from '../src/ingest/files.ts';
import { tempDir, ROOT } from './helpers.ts';

const MULTI = join(ROOT, 'test', 'fixtures', 'multi');
const TOKEN = 'reasons-test-token';
let db: Store;
let app: ReturnType<typeof createApp>;

before(async () => {
  db = await openStore(join(tempDir(), 'reasons-api.db'));
  const meta = readMeta(join(MULTI, 'meta.jsonl'));
  for (const f of expandInputs([MULTI]).files) await ingestFile(db, f, metaFor(f, meta, undefined));
  app = createApp({ db, token: TOKEN, log: () => {} });
});
after(() => db.destroy());

type Account = { uid: string; document: { name: string }; reason: { kind: string; text: string; shared?: string[]; dateRule?: string; dates?: string[]; with?: string; from?: string }; pinned: boolean };
type Event = { uid: string; accounts: Account[]; corrections: Array<{ action: string; value: { into?: string; account?: string } | null }> };

const get = async (uid: string): Promise<Event> => {
  const r = await app.request(`/api/events/${encodeURIComponent(uid)}`);
  assert.equal(r.status, 200);
  return r.json();
};

/** The Pashinyan talk: the event of the fixture told by three documents. */
async function talk(): Promise<Event> {
  const list = await (await app.request('/api/events?country=RUS,ARM&limit=50')).json();
  const uids: string[] = list.items.map((e: { uid: string }) => e.uid);
  for (const uid of uids) {
    const e = await get(uid);
    if (e.accounts.length === 3) return e;
  }
  throw new Error(`no event with three accounts among ${uids.join(', ')}`);
}

test("every account of an event carries why it was joined: the first report, or a match with its date rule and shared people", async () => {
  const e = await talk();
  const kinds = e.accounts.map((a) => a.reason.kind).sort();
  assert.deepEqual(kinds, ['first', 'match', 'match']);
  const uids = e.accounts.map((a) => a.uid);
  for (const a of e.accounts.filter((x) => x.reason.kind === 'match')) {
    assert.ok(a.reason.text.length > 0, 'a one-line record');
    assert.ok(a.reason.shared?.includes('nikol-pashinyan'), `shared people named: ${JSON.stringify(a.reason)}`);
    assert.ok(['same-day', 'one-day-apart'].includes(a.reason.dateRule ?? ''), `a date rule: ${a.reason.dateRule}`);
    assert.equal(a.reason.dates?.length, 2);
    assert.ok(uids.includes(a.reason.with ?? ''), 'the account it matched is one of this event');
    assert.equal(a.pinned, false, 'a machine join is not pinned');
  }
});

test('splitting an account off is refused without the token, and with it is recorded on both contacts', async () => {
  const e = await talk();
  const moved = e.accounts.find((a) => a.reason.kind === 'match')!;
  const split = (headers: Record<string, string>) =>
    app.request(`/api/events/${encodeURIComponent(e.uid)}/split`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ account: moved.uid }) });

  for (const headers of [{}, { Authorization: 'Bearer not-the-token' }] as Array<Record<string, string>>) {
    const r = await split(headers);
    assert.equal(r.status, 401);
    assert.equal((await get(e.uid)).accounts.length, 3, 'nothing moved');
  }

  const r = await split({ Authorization: `Bearer ${TOKEN}`, 'X-Analyst': 'desk officer' });
  assert.equal(r.status, 201);
  const created: Event = await r.json();
  assert.notEqual(created.uid, e.uid);
  assert.deepEqual(created.accounts.map((a) => a.uid), [moved.uid]);
  assert.equal(created.accounts[0].reason.kind, 'analyst-split');
  assert.equal(created.accounts[0].reason.from, e.uid, 'the new contact says where the account came from');
  assert.equal(created.accounts[0].pinned, true);

  const after = await get(e.uid);
  assert.deepEqual(after.accounts.map((a) => a.uid).sort(), e.accounts.filter((a) => a.uid !== moved.uid).map((a) => a.uid).sort());
  assert.ok(after.corrections.some((c) => c.action === 'split' && c.value?.into === created.uid && c.value?.account === moved.uid), 'the old contact links the new one');
});
