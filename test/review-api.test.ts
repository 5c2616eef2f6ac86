// The review through the HTTP API, in-process (app.request), over the multi-source fixture: the
// draft as JSON and as each publishable file; the analyst's text of a section saved only with the
// token, refused (and nothing stored) without it or with a wrong one, kept when the draft is asked
// for again, and refused for a section the review does not have.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import JSZip from 'jszip';
import { openStore, type Store } from '../src/store/open.ts';
import { createApp } from '../src/server/app.ts';
import { ingestFile } from '../src/ingest/ingest.ts';
import { readMeta, metaFor, expandInputs } from '../src/ingest/files.ts';
import { tempDir, ROOT } from './helpers.ts';

const MULTI = join(ROOT, 'test', 'fixtures', 'multi');
const TOKEN = 'review-test-token';
const Q = 'from=2022-04-01&to=2022-04-30&focus=ARM,AZE';
let db: Store;
let app: ReturnType<typeof createApp>;

before(async () => {
  db = await openStore(join(tempDir(), 'review-api.db'));
  const meta = readMeta(join(MULTI, 'meta.jsonl'));
  for (const f of expandInputs([MULTI]).files) await ingestFile(db, f, metaFor(f, meta, undefined));
  app = createApp({ db, token: TOKEN, log: () => {} });
});
after(() => db.destroy());

const save = (key: string, body: unknown, token: string | null = TOKEN) =>
  app.request(`/api/review/sections/${key}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'X-Analyst': 'desk officer', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
const draft = async () => (await app.request(`/api/review?${Q}`)).json();
const period = { from: '2022-04-01', to: '2022-04-30', focus: ['ARM', 'AZE'] };

test('the review as JSON: sections with keys, the numbered sources, no analyst text yet', async () => {
  const r = await draft();
  assert.deepEqual(r.sections.map((s: { key: string }) => s.key), ['key-considerations', 'country-arm', 'country-aze', 'trilateral-meetings-and-multilateral-formats']);
  assert.ok(r.sources.length > 0 && r.sources.every((s: { n: number }, i: number) => s.n === i + 1));
  assert.ok(r.sections.every((s: { note: unknown }) => s.note === null));
});

test('writing a section without the token, or with a wrong one, is refused and stores nothing', async () => {
  for (const token of [null, 'wrong']) {
    const res = await save('country-arm', { ...period, text: 'not to be stored' }, token);
    assert.equal(res.status, 401, `token ${token}`);
    assert.match((await res.json()).error, /token/);
  }
  assert.equal((await draft()).sections.find((s: { key: string }) => s.key === 'country-arm').note, null);
  const count = await db.selectFrom('review_notes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(count.n), 0);
});

test('with the token the text is saved, served in every format, and kept when the draft is asked for again', async () => {
  const res = await save('country-arm', { ...period, text: 'The desk reads the April talks as a reset.' });
  assert.equal(res.status, 200);
  const saved = await res.json();
  assert.equal(saved.note.author, 'desk officer');
  for (let i = 0; i < 2; i++) {
    const arm = (await draft()).sections.find((s: { key: string }) => s.key === 'country-arm');
    assert.equal(arm.note.text, 'The desk reads the April talks as a reset.');
  }
  const md = await (await app.request(`/api/review?${Q}&format=md`)).text();
  assert.match(md, /## Bilateral Relations Between Armenia and Russia\n\nThe desk reads the April talks as a reset\.\n/);
  const html = await app.request(`/api/review?${Q}&format=html`);
  assert.match(html.headers.get('content-type') ?? '', /text\/html/);
  assert.match(await html.text(), /<div class="analyst-text" data-section="country-arm"><p>The desk reads the April talks as a reset\.<\/p><\/div>/);
  const docx = await app.request(`/api/review?${Q}&format=docx`);
  assert.equal(docx.status, 200);
  assert.match(docx.headers.get('content-disposition') ?? '', /attachment; filename="review-2022-04-01-2022-04-30-ARM-AZE\.docx"/);
  const xml = await (await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')!.async('string');
  assert.ok(xml.includes('The desk reads the April talks as a reset.'));
});

test('bad input is refused with a reason: unknown section, bad period, missing fields', async () => {
  const unknown = await save('no-such-section', { ...period, text: 'x' });
  assert.equal(unknown.status, 404);
  assert.match((await unknown.json()).error, /has no section 'no-such-section'; its sections: key-considerations, country-arm/);
  const reversed = await save('country-arm', { ...period, from: '2022-05-01', text: 'x' });
  assert.equal(reversed.status, 400);
  assert.match((await reversed.json()).error, /from must not be after to/);
  assert.equal((await save('country-arm', { from: '2022-04-01', text: 'x' })).status, 400);
  assert.equal((await save('Bad Key', { ...period, text: 'x' })).status, 400);
  const q = await app.request('/api/review?from=2022-04-01');
  assert.equal(q.status, 400);
  assert.match((await q.json()).error, /to:/);
  const fmt = await app.request(`/api/review?${Q}&format=odt`);
  assert.equal(fmt.status, 400);
});

test('a PDF asked of a server without Chromium is a 503 that says what is missing', async () => {
  const saved = process.env.ATTACHE_CHROMIUM;
  process.env.ATTACHE_CHROMIUM = '/no/such/chromium';
  try {
    const r = await app.request(`/api/review?${Q}&format=pdf`);
    assert.equal(r.status, 503);
    assert.match((await r.json()).error, /the PDF needs Chromium on the server: ATTACHE_CHROMIUM=\/no\/such\/chromium: no such file/);
  } finally {
    if (saved === undefined) delete process.env.ATTACHE_CHROMIUM;
    else process.env.ATTACHE_CHROMIUM = saved;
  }
});

test('the OpenAPI document lists the review endpoints', async () => {
  const doc = await (await app.request('/api/openapi.json')).json();
  assert.ok(doc.paths['/api/review'].get);
  assert.deepEqual(doc.paths['/api/review/sections/{key}'].put.security, [{ bearer: [] }]);
});
