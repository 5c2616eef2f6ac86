// Exports from the CLI: CSV and JSON Lines of events (one row per event, participants joined) and
// the contact network as GEXF and GraphML, which parse and keep hostile names intact.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { attache, tempDir } from './helpers.ts';
import { sampleStore } from './fixtures/web/setup.ts';
import { buildNetwork } from '../src/network/graph.ts';
import { toGexf, toGraphml } from '../src/export/graph.ts';
import { CSV_COLUMNS } from '../src/export/events.ts';
import type { EventRow } from '../src/read-model/types.ts';

let db: string;
let events: Array<{ id: number; uid: string; participants: Array<{ name: string }> }>;

before(async () => {
  db = await sampleStore();
  events = JSON.parse(attache(['events', '--db', db, '--format', 'json', '--country', 'RUS,ARM']).stdout);
  assert.ok(events.length > 5);
});

test('CSV: a header and one row per event, participants joined in one cell', () => {
  const r = attache(['export', '--db', db, '--format', 'csv', '--country', 'RUS,ARM']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines[0], CSV_COLUMNS.join(','));
  assert.equal(lines.length, events.length + 1);
  for (const e of events) {
    const line = lines.find((l) => l.startsWith(`${e.id},${e.uid},`));
    assert.ok(line, `event ${e.id}`);
    for (const p of e.participants) assert.ok(line!.includes(p.name), p.name);
  }
});

test('JSON Lines to a file: the same rows as the CSV', () => {
  const out = join(tempDir(), 'events.jsonl');
  const r = attache(['export', '--db', db, '--format', 'jsonl', '--country', 'RUS,ARM', '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  const rows = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((x) => x.uid), events.map((e) => e.uid));
  assert.deepEqual(Object.keys(rows[0]), [...CSV_COLUMNS]);
  assert.equal(typeof rows[0].participants, 'string');
});

test('GEXF and GraphML of the network are valid XML with every node and edge', () => {
  for (const format of ['gexf', 'graphml']) {
    const r = attache(['export', '--db', db, '--format', format, '--level', 'country']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(XMLValidator.validate(r.stdout), true, format);
    assert.match(r.stdout, /RUS/);
  }
  const bad = attache(['export', '--db', db, '--format', 'pdf']);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /--format must be one of/);
});

test('names with markup and quotes are escaped and read back intact', () => {
  const hostile = `Dr. "Evil" <script>alert('x')</script> & Sons`;
  const row = (id: number, names: string[]): EventRow =>
    ({ id, uid: `u${id}`, type: 'call', date: '2024-01-01', initiator: null, location: null, topics: [], document: { id: 1, name: 'd', outlet: null, url: null }, status: 'machine', countries: ['RUS', 'ARM'], evidence: [], participants: names.map((n, i) => ({ actor_id: `a${i}-${n}`, name: n, country: null, role: null })) }) as unknown as EventRow;
  const net = buildNetwork([row(1, [hostile, 'Plain Name']), row(2, [hostile, 'Plain Name'])], 'person');
  assert.equal(net.edges[0].weight, 2);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  const gexf = parser.parse(toGexf(net)).gexf.graph;
  assert.ok([gexf.nodes.node].flat().some((n: { label: string }) => n.label === hostile));
  const gml = toGraphml(net);
  assert.ok(!gml.includes('<script>'));
  const nodes = [parser.parse(gml).graphml.graph.node].flat();
  assert.ok(nodes.some((n: { data: Array<{ '#text': string }> }) => n.data.some((d) => d['#text'] === hostile)));
});

test('a control character in a name leaves GEXF and GraphML well-formed XML', () => {
  const bad = 'Name\u0001With\u0008Controls\uFFFF';
  const row = (id: number): EventRow =>
    ({ id, uid: `u${id}`, type: 'call', date: '2024-01-01', initiator: null, location: null, topics: [], document: { id: 1, name: 'd', outlet: null, url: null }, status: 'machine', countries: ['RUS', 'ARM'], evidence: [], participants: [bad, 'Plain Name'].map((n, i) => ({ actor_id: `a${i}`, name: n, country: null, role: null })) }) as unknown as EventRow;
  const net = buildNetwork([row(1)], 'person');
  for (const xml of [toGexf(net), toGraphml(net)]) {
    assert.equal(XMLValidator.validate(xml), true);
    assert.ok(xml.includes('NameWithControls'), 'the name is kept without its control characters');
  }
});
