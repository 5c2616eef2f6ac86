// API latency on a large store: generates 100,000 events (a synthetic set: 2,000 documents of 50
// reports each, Russia with one or two partners, 2015–2025) with raw better-sqlite3 inserts in one
// transaction, starts the server on it, and times the chronicle of one month and one country pair
// over a few hundred HTTP requests (p50/p95).   node --import tsx bench/api.ts [--events 100000] [--requests 300]
import SQLite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../src/store/open.ts';
import { rebuildNetworkSummary } from '../src/store/network-summary.ts';
import { fillContactCards } from '../src/store/contacts-refresh.ts';
import { startServer } from '../src/server/start.ts';
import { EXTRACTOR_VERSION } from '../src/extract/pipeline.ts';
import { percentile } from './percentile.ts';

const arg = (name: string, dflt: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : dflt);
const EVENTS = arg('--events', 100_000);
const REQUESTS = arg('--requests', 300);
const PER_DOC = 50;

const PEOPLE: Record<string, Array<[string, string, string]>> = {
  RUS: [['vladimir-putin', 'Vladimir Putin', 'president'], ['sergey-lavrov', 'Sergey Lavrov', 'foreign-minister'], ['mikhail-mishustin', 'Mikhail Mishustin', 'prime-minister']],
  ARM: [['nikol-pashinyan', 'Nikol Pashinyan', 'prime-minister'], ['ararat-mirzoyan', 'Ararat Mirzoyan', 'foreign-minister']],
  AZE: [['ilham-aliyev', 'Ilham Aliyev', 'president'], ['jeyhun-bayramov', 'Jeyhun Bayramov', 'foreign-minister']],
  KAZ: [['kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', 'president']],
  BLR: [['alexander-lukashenko', 'Alexander Lukashenko', 'president']],
  GEO: [['irakli-kobakhidze', 'Irakli Kobakhidze', 'prime-minister']],
  KGZ: [['sadyr-japarov', 'Sadyr Japarov', 'president']],
  TJK: [['emomali-rahmon', 'Emomali Rahmon', 'president']],
  UZB: [['shavkat-mirziyoyev', 'Shavkat Mirziyoyev', 'president']],
};
const PARTNERS = Object.keys(PEOPLE).filter((c) => c !== 'RUS');
const TYPES = ['call', 'meeting', 'visit', 'summit'];

/** A small deterministic generator, so every run measures the same store. */
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];

/** An INSERT for `table` that also fills NOT NULL columns this script does not know with an empty value. */
function inserter(sqlite: SQLite.Database, table: string, values: string[]) {
  const cols = sqlite.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string; type: string; notnull: number; dflt_value: unknown; pk: number }>;
  const extra = cols.filter((c) => c.notnull && !c.pk && c.dflt_value === null && !values.includes(c.name));
  const names = [...values, ...extra.map((c) => c.name)];
  const fill = extra.map((c) => (/int|real/i.test(c.type) ? 0 : /s$|claims|reason/.test(c.name) ? '[]' : ''));
  const stmt = sqlite.prepare(`INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(',')}) VALUES (${names.map(() => '?').join(',')})`);
  return (...v: unknown[]) => stmt.run(...v, ...fill);
}

function generate(path: string): void {
  const sqlite = new SQLite(path);
  const now = new Date().toISOString();
  const doc = inserter(sqlite, 'documents', ['name', 'hash', 'title', 'outlet', 'url', 'published', 'lang', 'format', 'raw', 'text', 'regions', 'doc_date', 'status', 'note', 'extractor_version', 'ingested_at']);
  const ev = inserter(sqlite, 'events', ['uid', 'document_id', 'type', 'date', 'initiator', 'location', 'topics', 'rules', 'origin', 'status', 'extractor_version', 'created_at']);
  const part = inserter(sqlite, 'participants', ['event_id', 'actor_id', 'name', 'country', 'role']);
  const ctry = inserter(sqlite, 'event_countries', ['event_id', 'code']);
  const evid = inserter(sqlite, 'evidence', ['event_id', 'document_id', 'start', 'end', 'sentence', 'rule']);
  const contact = inserter(sqlite, 'contacts', ['uid', 'type', 'date', 'initiator', 'location', 'topics', 'origin', 'status', 'corrected', 'live', 'created_at', 'updated_at']);
  const account = inserter(sqlite, 'contact_accounts', ['contact_id', 'event_uid', 'document_id', 'reason', 'pinned', 'live', 'claims']);
  const cpart = inserter(sqlite, 'contact_participants', ['contact_id', 'actor_id', 'name', 'country', 'role', 'date', 'live']);
  const cctry = inserter(sqlite, 'contact_countries', ['contact_id', 'code', 'date', 'live']);
  const actor = inserter(sqlite, 'actors', ['id', 'name', 'country', 'source']);
  sqlite.transaction(() => {
    for (const [code, people] of Object.entries(PEOPLE)) for (const [id, name] of people) actor(id, name, code, 'gazetteer');
    let n = 0;
    for (let d = 0; n < EVENTS; d++) {
      const sentence = 'The two leaders spoke by telephone and discussed bilateral relations.';
      const text = `Generated report ${d}.\n\n${sentence}\n`;
      const docId = Number(doc(`gen-${d}.txt`, `hash-${d}`, `Report ${d}`, 'Bench Wire', null, '2020-01-01', 'en', 'text', text, text, '[]', null, 'extracted', null, EXTRACTOR_VERSION, now).lastInsertRowid);
      for (let i = 0; i < PER_DOC && n < EVENTS; i++, n++) {
        const partners = rnd() < 0.15 ? [pick(PARTNERS), pick(PARTNERS)] : [pick(PARTNERS)];
        const countries = [...new Set(['RUS', ...partners])];
        const people = countries.map((c) => pick(PEOPLE[c]).concat(c));
        const date = `${2015 + Math.floor(rnd() * 11)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
        const type = pick(TYPES);
        const uid = `g${n.toString(16).padStart(15, '0')}`;
        const eventId = Number(ev(uid, docId, type, date, null, null, '[]', '["bench"]', 'machine', 'machine', EXTRACTOR_VERSION, now).lastInsertRowid);
        const contactId = Number(contact(`c${uid.slice(1)}`, type, date, null, null, '[]', 'machine', 'machine', '[]', 1, now, now).lastInsertRowid);
        account(contactId, uid, docId, JSON.stringify({ kind: 'machine', text: 'generated' }), 0, 1, '[]');
        for (const [id, name, role, c] of people) {
          part(eventId, id, name, c, role);
          cpart(contactId, id, name, c, role, date, 1);
        }
        for (const c of countries) {
          ctry(eventId, c);
          cctry(contactId, c, date, 1);
        }
        const start = text.indexOf(sentence);
        evid(eventId, docId, start, start + sentence.length, sentence, 'bench');
      }
    }
  })();
  sqlite.pragma('optimize');
  sqlite.close();
}

const dir = mkdtempSync(join(tmpdir(), 'attache-bench-'));
const path = join(dir, 'bench.db');
try {
  (await openStore(path)).destroy(); // the schema, by the real migrations
  let t = performance.now();
  generate(path);
  // The raw inserts bypass refreshContacts: what it keeps for the reads is derived here, as it would have written it.
  const store = await openStore(path);
  await rebuildNetworkSummary(store);
  await fillContactCards(store);
  await store.destroy();
  const genSeconds = (performance.now() - t) / 1000;
  const server = await startServer({ db: path, port: 0, log: () => {} });
  const months = Array.from({ length: 120 }, (_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const url = (kind: string) => {
    const m = pick(months);
    return `${server.url}/api/${kind}?country=RUS,${pick(PARTNERS)}&from=${m}-01&to=${m}-31${kind === 'events' ? '&limit=100' : ''}`;
  };
  const rows: string[][] = [];
  for (const kind of ['chronicle', 'events']) {
    for (let i = 0; i < 20; i++) await (await fetch(url(kind))).arrayBuffer(); // warm-up
    const times: number[] = [];
    let entries = 0;
    for (let i = 0; i < REQUESTS; i++) {
      t = performance.now();
      const r = await fetch(url(kind));
      const body = (await r.json()) as { entries?: unknown[]; items?: unknown[] };
      times.push(performance.now() - t);
      if (r.status !== 200) throw new Error(`${kind}: HTTP ${r.status}`);
      entries += (body.entries ?? body.items ?? []).length;
    }
    rows.push([`/api/${kind} (1 month, RUS + 1 partner)`, String(REQUESTS), (entries / REQUESTS).toFixed(0), percentile(times, 50).toFixed(1), percentile(times, 95).toFixed(1), Math.max(...times).toFixed(1)]);
  }
  await server.close();
  console.log(`store        ${EVENTS} events in ${Math.ceil(EVENTS / PER_DOC)} documents, generated in ${genSeconds.toFixed(1)} s`);
  const head = ['endpoint', 'requests', 'rows/answer', 'p50 ms', 'p95 ms', 'max ms'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [head, ...rows]) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
} finally {
  if (process.argv.includes("--keep")) console.log(`kept ${path}`);
  else rmSync(dir, { recursive: true, force: true });
}
