// The HTTP API in-process (app.request, no socket) over the sample corpus: filters and their 400s,
// pagination, SQL-looking input, evidence offsets, the chronicle, network formats, OpenAPI, and
// writes: refused without the token, applied with it, and still there after re-extraction.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { openStore, type Store } from '../src/store/open.ts';
import { createApp } from '../src/server/app.ts';
import { listEvents } from '../src/read-model/queries.ts';
import { buildChronicle } from '../src/chronicle/chronicle.ts';
import { defaultGazetteer } from '../src/gazetteer/index.ts';
import { reextractAll } from '../src/ingest/ingest.ts';
import { sampleStore } from './fixtures/web/setup.ts';

const TOKEN = 'test-token-123';
let db: Store;
let app: ReturnType<typeof createApp>;

before(async () => {
  db = await openStore(await sampleStore());
  app = createApp({ db, token: TOKEN, log: () => {} });
});
after(() => db.destroy());

async function get(path: string) {
  const r = await app.request(path);
  return { status: r.status, type: r.headers.get('content-type') ?? '', body: r.headers.get('content-type')?.includes('json') ? await r.json() : await r.text() };
}

function write(path: string, o: { method?: string; body?: unknown; token?: string | null } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (o.token !== null) headers.Authorization = `Bearer ${o.token ?? TOKEN}`;
  return app.request(path, { method: o.method ?? 'POST', headers, body: o.body === undefined ? undefined : JSON.stringify(o.body) });
}

test('events: a country pair and a type filter, every row matches', async () => {
  const r = await get('/api/events?country=RUS,ARM&type=meeting&limit=500');
  assert.equal(r.status, 200);
  assert.ok(r.body.items.length > 0);
  for (const e of r.body.items) {
    assert.equal(e.type, 'meeting');
    assert.ok(e.countries.includes('RUS') && e.countries.includes('ARM'));
  }
});

test('events: pages are stable and cover the list without overlap', async () => {
  const all = (await get('/api/events?limit=500')).body.items.map((e: { uid: string }) => e.uid);
  const seen: string[] = [];
  for (let offset: number | null = 0; offset !== null; ) {
    const p: { items: Array<{ uid: string }>; next: number | null } = (await get(`/api/events?limit=7&offset=${offset}`)).body;
    assert.ok(p.items.length <= 7);
    seen.push(...p.items.map((e) => e.uid));
    offset = p.next;
  }
  assert.deepEqual(seen, all);
});

test('bad query parameters get a 400 naming the parameter', async () => {
  for (const [q, param] of [
    ['limit=100000', 'limit'],
    ['limit=-1', 'limit'],
    ['from=2023-13-45%3B%20DROP%20TABLE%20events', 'from'],
    ['type=lunch', 'type'],
    ['country=Russia', 'country'],
    [`country=${Array.from({ length: 494 }, () => 'RUS').join(',')}`, 'country'],
    ['colour=red', 'colour'],
  ]) {
    const r = await get(`/api/events?${q}`);
    assert.equal(r.status, 400, q);
    assert.ok(r.body.issues.some((i: { param: string }) => i.param === param), `${q}: ${JSON.stringify(r.body)}`);
    assert.match(r.body.error, new RegExp(param));
  }
});

test('quotes and SQL fragments in filters are only text', async () => {
  const before = (await get('/api/events?limit=500')).body.items.length;
  for (const q of ["actor=x'%20OR%20'1'%3D'1", 'q=%22%20OR%20NEAR(%20*', "doc=1'%3B%20DROP%20TABLE%20events%3B--", "q='%3B%20DROP%20TABLE%20documents%3B%20--"]) {
    const r = await get(`/api/events?${q}`);
    assert.equal(r.status, 200, q);
    assert.deepEqual(r.body.items, [], q);
  }
  assert.equal((await get('/api/events?limit=500')).body.items.length, before, 'nothing was dropped');
  assert.equal((await get("/api/actors/x'%20OR%201%3D1--")).status, 404);
});

test('text search keeps events whose sources contain the words', async () => {
  const r = await get('/api/events?q=Sochi&limit=500');
  assert.equal(r.status, 200);
  assert.ok(r.body.items.length > 0);
  const all = (await get('/api/events?limit=500')).body.items.length;
  assert.ok(r.body.items.length < all);
});

test('one event by id and by uid, with evidence offsets into its document', async () => {
  const [first] = (await get('/api/events?type=call&limit=1')).body.items;
  const byId = await get(`/api/events/${first.id}`);
  const byUid = await get(`/api/events/${first.uid}`);
  assert.equal(byId.status, 200);
  assert.deepEqual(byId.body, byUid.body);
  const doc = await get(`/api/documents/${byId.body.document.id}`);
  for (const ev of byId.body.evidence) assert.equal(doc.body.text.slice(ev.start, ev.end), ev.sentence);
  assert.ok(doc.body.spans.some((s: { event: { uid: string } }) => s.event.uid === first.uid));
  assert.equal((await get('/api/events/999999')).status, 404);
  assert.equal((await get('/api/documents/999999')).status, 404);
});

test('the chronicle has the same entries as `attache chronicle`', async () => {
  const r = await get('/api/chronicle?country=RUS,AZE&from=2023-01-01&to=2023-12-31');
  assert.equal(r.status, 200);
  const direct = buildChronicle(defaultGazetteer(), await listEvents(db, { countries: ['RUS', 'AZE'], from: '2023-01-01', to: '2023-12-31' }), { from: '2023-01-01', to: '2023-12-31' });
  assert.ok(direct.entries.length > 0);
  assert.deepEqual(r.body.entries.map((e: { text: string; dateLabel: string }) => [e.dateLabel, e.text]), direct.entries.map((e) => [e.dateLabel, e.text]));
  for (const c of r.body.citations) assert.ok(Number.isInteger(c.documentId), 'citations link to their document');
});

test('actors: roles over time and contacts by counterpart', async () => {
  const r = await get('/api/actors/vladimir-putin');
  assert.equal(r.status, 200);
  assert.ok(r.body.roles.some((x: { role: string }) => x.role === 'president'));
  const pashinyan = r.body.counterparts.find((c: { id: string }) => c.id === 'nikol-pashinyan');
  assert.ok(pashinyan && pashinyan.contacts > 0);
  assert.equal(Object.values(pashinyan.months as Record<string, number>).reduce((a, b) => a + b, 0), pashinyan.contacts);
  const list = await get('/api/actors?country=RUS&limit=2');
  assert.equal(list.body.items.length, 2);
  assert.equal(list.body.next, 2);
  assert.ok(list.body.items.every((a: { country: string }) => a.country === 'RUS'));
});

test('network: weighted edges in JSON, and GEXF and GraphML that parse', async () => {
  const net = (await get('/api/network?level=country&country=RUS')).body;
  const events = (await get('/api/events?country=RUS&limit=500')).body.items as Array<{ countries: string[] }>;
  const rusArm = net.edges.find((e: { source: string; target: string }) => [e.source, e.target].sort().join() === 'ARM,RUS');
  assert.equal(rusArm.weight, events.filter((e) => e.countries.includes('ARM')).length);
  assert.equal(net.nodes.find((n: { id: string }) => n.id === 'RUS').contacts, events.length);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  const gexf = await get('/api/network?level=country&country=RUS&format=gexf');
  assert.match(gexf.type, /gexf/);
  const g = parser.parse(gexf.body).gexf.graph;
  assert.equal([g.nodes.node].flat().length, net.nodes.length);
  assert.equal([g.edges.edge].flat().length, net.edges.length);
  const gml = parser.parse((await get('/api/network?level=person&format=graphml')).body).graphml.graph;
  assert.ok([gml.node].flat().length > 5);
});

test('monthly counts of a country pair add up to its dated events', async () => {
  const r = await get('/api/stats/monthly?country=RUS,ARM');
  const events = (await get('/api/events?country=RUS,ARM&limit=500')).body.items.filter((e: { date: string | null }) => e.date && e.date.length >= 7);
  assert.equal(r.body.months.reduce((a: number, m: { total: number }) => a + m.total, 0), events.length);
});

test('the OpenAPI document lists the endpoints and their validated parameters', async () => {
  const r = await get('/api/openapi.json');
  assert.equal(r.body.openapi, '3.1.0');
  const params = r.body.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
  for (const p of ['from', 'to', 'country', 'actor', 'type', 'doc', 'q', 'limit', 'offset']) assert.ok(params.includes(p), p);
  const limit = r.body.paths['/api/events'].get.parameters.find((p: { name: string }) => p.name === 'limit');
  assert.equal(limit.schema.maximum, 500);
  for (const p of ['/api/chronicle', '/api/network', '/api/documents/{id}', '/api/actors/{id}', '/api/export/events', '/api/events/merge']) assert.ok(r.body.paths[p], p);
});

test('writes without the token, or with a wrong one, get 401 and change nothing', async () => {
  const [e] = (await get('/api/events?limit=1')).body.items;
  for (const token of [null, 'wrong']) {
    const r = await write(`/api/events/${e.uid}/reject`, { token });
    assert.equal(r.status, 401);
    const p = await write(`/api/events/${e.uid}`, { method: 'PATCH', token, body: { location: 'Nowhere' } });
    assert.equal(p.status, 401);
  }
  const now = (await get(`/api/events/${e.uid}`)).body;
  assert.equal(now.status, e.status);
  assert.equal(now.location, e.location);
  const noToken = createApp({ db, log: () => {} });
  assert.equal((await noToken.request(`/api/events/${e.uid}/confirm`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } })).status, 401, 'a server without a token takes no writes');
});

test('bodies are bounded and validated', async () => {
  const [e] = (await get('/api/events?limit=1')).body.items;
  const big = await write(`/api/events/${e.uid}`, { method: 'PATCH', body: { topics: ['x'.repeat(100_000)] } });
  assert.equal(big.status, 413);
  const bad = await write(`/api/events/${e.uid}`, { method: 'PATCH', body: { date: 'yesterday' } });
  assert.equal(bad.status, 400);
  assert.match((await bad.json()).error, /date/);
  const empty = await write(`/api/events/${e.uid}`, { method: 'PATCH', body: {} });
  assert.equal(empty.status, 400);
  assert.equal((await write('/api/events/cffffffffffffff/confirm')).status, 404);
});

test("an analyst's correction is stored, shown as such, exported, and survives re-extraction", async () => {
  const [e] = (await get('/api/events?country=RUS,ARM&type=call&limit=1')).body.items;
  const participants = [
    { actor_id: 'vladimir-putin', name: 'Vladimir Putin', country: 'RUS', role: 'president' },
    { actor_id: 'ararat-mirzoyan', name: 'Ararat Mirzoyan', country: 'ARM', role: 'foreign-minister' },
  ];
  const r = await write(`/api/events/${e.uid}`, { method: 'PATCH', body: { participants, location: 'Sochi' }, token: TOKEN });
  assert.equal(r.status, 200, await r.clone().text());
  const after1 = (await get(`/api/events/${e.uid}`)).body;
  assert.deepEqual(after1.participants.map((p: { name: string }) => p.name).sort(), ['Ararat Mirzoyan', 'Vladimir Putin']);
  assert.equal(after1.location, 'Sochi');
  assert.ok(after1.corrected.includes('participants'));
  assert.ok(after1.corrections.some((c: { action: string }) => c.action));

  await db.updateTable('documents').set({ extractor_version: 'older' }).execute();
  const redone = await reextractAll(db);
  assert.ok(redone.length > 10);
  const after2 = (await get(`/api/events/${e.uid}`)).body;
  assert.deepEqual(after2.participants.map((p: { name: string }) => p.name).sort(), ['Ararat Mirzoyan', 'Vladimir Putin']);
  assert.equal(after2.location, 'Sochi');

  const csv = (await get(`/api/export/events?format=csv&actor=ararat-mirzoyan`)).body as string;
  const line = csv.split('\n').find((l) => l.startsWith(`${after2.id},`));
  assert.ok(line && /Sochi/.test(line) && /participants/.test(line), 'the export carries the correction and says what was corrected');
});

test('confirm and reject set the status; rejected events leave the lists', async () => {
  const items = (await get('/api/events?country=RUS,AZE&limit=3')).body.items;
  const c = await write(`/api/events/${items[0].uid}/confirm`);
  assert.equal((await c.json()).status, 'confirmed');
  const rj = await write(`/api/events/${items[1].id}/reject`);
  assert.equal(rj.status, 200);
  const list = (await get('/api/events?country=RUS,AZE&limit=500')).body.items.map((e: { uid: string }) => e.uid);
  assert.ok(!list.includes(items[1].uid));
  const withRejected = (await get('/api/events?country=RUS,AZE&limit=500&includeRejected=true')).body.items.map((e: { uid: string }) => e.uid);
  assert.ok(withRejected.includes(items[1].uid));
});

test('merge and split through the API', async () => {
  const [a, b] = (await get('/api/events?country=RUS,KAZ&limit=2')).body.items;
  const m = await write('/api/events/merge', { body: { keep: a.uid, other: b.uid } });
  assert.equal(m.status, 200, await m.clone().text());
  const merged = await m.json();
  assert.ok(merged.accounts.length >= 2);
  const s = await write(`/api/events/${merged.uid}/split`, { body: { account: merged.accounts[1].uid } });
  assert.equal(s.status, 201, await s.clone().text());
  const split = await s.json();
  assert.notEqual(split.uid, merged.uid);
  assert.ok(split.accounts.some((x: { uid: string }) => x.uid === merged.accounts[1].uid));
});

test('an analyst adds a missing event from a span of a document', async () => {
  const doc = (await get('/api/documents/1')).body;
  const start = doc.text.indexOf('MOSCOW');
  const r = await write('/api/events', { body: { documentId: 1, start, end: start + 40, type: 'meeting', date: '2022-09-12', participants: [{ name: 'Sergey Lavrov', country: 'RUS' }] } });
  assert.equal(r.status, 201, await r.clone().text());
  const e = await r.json();
  assert.equal(e.origin, 'analyst');
  assert.equal(e.date, '2022-09-12');
});

test('static UI: pages of the app get index.html, the libraries are served, headers forbid inline script', async () => {
  for (const p of ['/', '/chronicle', '/events/12', '/documents/3', '/network', '/chart', '/actors/vladimir-putin']) {
    const r = await app.request(p);
    assert.equal(r.status, 200, p);
    assert.match(await r.text(), /<main id="main">/);
    assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  }
  assert.equal((await app.request('/vendor/cytoscape.min.js')).status, 200);
  assert.equal((await app.request('/vendor/chart.umd.min.js')).status, 200);
  assert.equal((await app.request('/static/app.js')).status, 200);
  assert.equal((await app.request('/static/../src/server/app.ts')).status, 404);
  assert.equal((await app.request('/api/nothing')).status, 404);
});

test('served on loopback, the app answers to loopback names only (DNS rebinding)', async () => {
  const guarded = createApp({ db, allowedHosts: ['localhost', '127.0.0.1', '[::1]'], log: () => {} });
  const foreign = await guarded.request('http://rebind.example:8080/api/events');
  assert.equal(foreign.status, 403);
  assert.match((await foreign.json()).error, /rebind\.example/);
  assert.equal((await guarded.request('http://localhost:8080/api/events')).status, 200);
  assert.equal((await guarded.request('http://127.0.0.1:8080/api/openapi.json')).status, 200);
});
