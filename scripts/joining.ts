// Measures the joining of accounts into contacts (src/contacts/joining.ts): ingests the sample, dev and
// heldout corpora together into a throwaway store (several documents report the same contact), then
// counts duplicate contacts and wrongly joined ones against the corpora's gold.
//   node --import tsx scripts/joining.ts [--db PATH] [--show]
//     --db PATH   measure an existing store instead of ingesting afresh
//     --show      list each duplicate and wrong join
// Run by `npm run eval` (after the seeds' score) and by `npm run eval -- joining`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openStore } from '../src/store/open.ts';
import { listEvents } from '../src/read-model/queries.ts';
import { measureJoining, type GoldRecord } from '../src/contacts/joining.ts';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const dbArg = args.indexOf('--db');
const CORPORA = ['sample', 'dev', 'heldout'];

let db = dbArg >= 0 ? args[dbArg + 1] : null;
if (dbArg >= 0 && !db) {
  console.error('--db needs a path');
  process.exit(2);
}
if (!db) {
  db = join(mkdtempSync(join(tmpdir(), 'attache-joining-')), 'joining.db');
  for (const c of CORPORA) {
    const dir = join(root, 'corpus', c);
    const run = spawnSync(process.execPath, [join(root, 'bin', 'attache.js'), 'ingest', '--db', db, '--meta', join(dir, 'meta.jsonl'), dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) {
      console.error(`ingesting corpus/${c} failed:\n${run.stderr}`);
      process.exit(1);
    }
  }
} else if (!existsSync(db)) {
  console.error(`no store at ${db}`);
  process.exit(2);
}
const gold: GoldRecord[] = CORPORA.flatMap((c) =>
  readFileSync(join(root, 'corpus', c, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRecord),
);
const store = await openStore(db);
const events = await listEvents(store, { limit: 1_000_000 });
await store.destroy();
const contacts = events.map((e) => ({
  id: e.id,
  accounts: e.accounts.map((a) => ({ doc: a.document.name, date: a.date, type: a.type, participants: a.participants.map((p) => p.name), countries: [...new Set(a.participants.map((p) => p.country).filter((c): c is string => !!c))].length >= 2 ? [...new Set(a.participants.map((p) => p.country).filter((c): c is string => !!c))] : e.countries })),
}));
const r = measureJoining(gold, contacts);
console.log(`joining (sample + dev + heldout in one store): ${events.length} contacts from ${contacts.reduce((n, c) => n + c.accounts.length, 0)} accounts`);
console.log(`  real events told by more than one document: ${r.multiDocument}, of them in one contact: ${r.joined}`);
console.log(`  duplicate contacts ${r.duplicates}  wrongly joined contacts ${r.wrongJoins}`);
if (args.includes('--show')) {
  for (const d of r.duplicateExamples) console.log(`  duplicate: ${d.event} in contacts ${d.contacts.join(', ')}`);
  for (const w of r.wrongJoinExamples) console.log(`  wrong join: contact ${w.contact} holds ${w.events.join(' | ')}`);
}
