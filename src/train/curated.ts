// Training examples from an analyst's curation in a store (issue 16, point 7). Curation is recorded
// against contacts (store/curation.ts, replayed by contacts/replay.ts); the scorers read the rows a
// reader makes of one document. So each curated contact's machine accounts are found again as rows:
// the account's document is re-read from the store and run through its reader without a scorer, and
// every row the reader could have made an event of (English: kept events and dropped candidates;
// Russian: joined candidates) is named by the uid the store would give its event (documents.ts
// `eventUid`). An account whose uid is not found (a reader changed since it was stored) is counted and
// left out. Labels:
//   - confirmed: 1 for each machine account;
//   - rejected: 0;
//   - corrected: 0 for an account that said another type, date or people than the analyst's (what the
//     reader said was wrong); 1 when only the place, initiator or topics were corrected, or when the
//     account already agreed with the correction (the event is real; the scorers do not decide those);
//   - added: an analyst's event has no candidate of its own; a row of the same document the reader did
//     not make an event of, and that pairs with the added event as the shared scorer pairs with gold
//     (eval/pairing.ts), is labelled 1 — the same label `npm run train` gives a dropped candidate
//     that pairs with a gold event the rules missed. An added event no row pairs with is only counted.
import { createHash } from 'node:crypto';
import type { Store } from '../store/open.ts';
import { eventUid } from '../store/documents.ts';
import { extract } from '../extract/pipeline.ts';
import { maskMarkdown } from '../ingest/clean.ts';
import { toRecord } from '../extract/record.ts';
import { candidateEvent, featuresOf as enFeaturesOf, scoringRows } from '../extract/score.ts';
import { readCandidates, toEvent } from '../reader/ru/read.ts';
import { featuresOf as ruFeaturesOf } from '../reader/ru/score.ts';
import { defaultGazetteer } from '../gazetteer/index.ts';
import { replayCuration } from '../contacts/replay.ts';
import type { ContactFields } from '../contacts/summary.ts';
import type { Features } from '../score/logistic.ts';
import type { Doc, EventRecord, EventType, ExtractedEvent } from '../types.ts';
import { pairing } from '../eval/pairing.ts';

export type Lang = 'en' | 'ru';

/** One training example: a row's features and its label, from one stored document. */
export interface Example {
  lang: Lang;
  /** The stored document's name (cross-validation folds are by document). */
  doc: string;
  features: Features;
  label: 0 | 1;
  source: 'confirmed' | 'rejected' | 'corrected' | 'added';
}

export interface Harvest {
  examples: Example[];
  /** Curated contacts (machine-made) by final status, and analysts' added events. */
  contacts: { confirmed: number; rejected: number; corrected: number; added: number };
  /** Added events a row of their document paired with (each gave one positive example). */
  addedUsed: number;
  /** Curated machine accounts not found again when their document was re-read. */
  unmatched: number;
  /** Accounts in documents of another language than English or Russian. */
  otherLanguage: number;
}

/** A reader's rows of one document, each with the uid its event would be stored under. */
interface DocRows {
  lang: Lang;
  rows: Array<{ uid: string; features: Features; record: EventRecord }>;
}

interface StoredDoc {
  id: number;
  name: string;
  hash: string;
  text: string;
  format: string;
  regions: string;
  published: string | null;
  lang: string | null;
  outlet: string | null;
  url: string | null;
  title: string | null;
}

/** Uids in the order the rows give them, a repeat re-hashed as writeEvents (store/documents.ts) does. */
function uidsOf(hash: string, events: ExtractedEvent[]): string[] {
  const seen = new Set<string>();
  return events.map((e) => {
    let uid = eventUid(hash, e);
    while (seen.has(uid)) uid = createHash('sha1').update(uid).digest('hex').slice(0, 16);
    seen.add(uid);
    return uid;
  });
}

/** The document as ingest gave it to the reader (the same fields re-extraction reads, ingest.ts). */
function docOf(d: StoredDoc): Doc {
  return { id: d.name, text: d.text, view: d.format === 'markdown' ? maskMarkdown(d.text) : undefined, regions: JSON.parse(d.regions), published: d.published, lang: d.lang, outlet: d.outlet, url: d.url, title: d.title };
}

/** Every row a reader makes of a stored document, without a scorer (the scorer is what is refitted). */
function readRows(d: StoredDoc): DocRows | null {
  const doc = docOf(d);
  if (d.lang === 'ru') {
    const g = defaultGazetteer();
    const r = readCandidates(doc, g);
    const events = r.joined.map((c) => toEvent(doc, g, r.ctx, c));
    const uids = uidsOf(d.hash, events);
    return { lang: 'ru', rows: r.joined.map((c, i) => ({ uid: uids[i], features: ruFeaturesOf(c), record: toRecord(events[i]) })) };
  }
  if (d.lang && d.lang !== 'en' && d.lang !== 'und') return null;
  const x = extract(doc, { scorer: null });
  if (x.skipped || !x.candidates || !x.decisions) return null;
  const rows = scoringRows(x.events, x.candidates, x.decisions);
  const all = [...rows.events.map((r) => ({ row: r, event: r.event })), ...rows.dropped.map((r) => ({ row: r, event: candidateEvent(doc, r.candidate) }))];
  // Kept events first, then the candidates the scorer may revive: the order the stored events had.
  const uids = uidsOf(d.hash, all.map((a) => a.event));
  return { lang: 'en', rows: all.map((a, i) => ({ uid: uids[i], features: enFeaturesOf(a.row), record: toRecord(a.event) })) };
}

/** A person as the analyst and the reader may both name them: the actor id, else the folded name. */
const personKey = (p: { actor_id?: string | null; name: string }) => p.actor_id || p.name.trim().toLowerCase();

/** Whether a machine account told what the analyst's correction says, on the fields the scorers decide. */
function agrees(account: { type: string; date: string | null; people: string[] }, fields: ContactFields, corrected: Set<string>): boolean {
  if (corrected.has('type') && account.type !== fields.type) return false;
  if (corrected.has('date') && account.date !== fields.date) return false;
  if (corrected.has('participants')) {
    const want = new Set(fields.participants.map(personKey));
    if (want.size !== account.people.length || !account.people.every((p) => want.has(p))) return false;
  }
  return true;
}

/** The examples an analyst's curation in this store gives. */
export async function curatedExamples(db: Store): Promise<Harvest> {
  const harvest: Harvest = { examples: [], contacts: { confirmed: 0, rejected: 0, corrected: 0, added: 0 }, addedUsed: 0, unmatched: 0, otherLanguage: 0 };
  const curated = await db.selectFrom('contacts').select(['id', 'uid', 'status', 'origin']).where('status', 'in', ['confirmed', 'rejected', 'corrected']).orderBy('id').execute();
  if (curated.length === 0) return harvest;
  const acts = await db.selectFrom('corrections').select(['event_uid', 'action', 'field', 'value']).where('event_uid', 'in', curated.map((c) => c.uid)).orderBy('id').execute();
  const accounts = await db
    .selectFrom('contact_accounts')
    .innerJoin('events', 'events.uid', 'contact_accounts.event_uid')
    .select(['contact_accounts.contact_id', 'events.id', 'events.uid', 'events.document_id', 'events.origin', 'events.type', 'events.date'])
    .where('contact_accounts.contact_id', 'in', curated.map((c) => c.id))
    .where('contact_accounts.live', '=', 1)
    .orderBy('events.id')
    .execute();
  const people = accounts.length ? await db.selectFrom('participants').select(['event_id', 'actor_id', 'name', 'country']).where('event_id', 'in', accounts.map((a) => a.id)).execute() : [];
  const countries = accounts.length ? await db.selectFrom('event_countries').select(['event_id', 'code']).where('event_id', 'in', accounts.map((a) => a.id)).execute() : [];
  const docIds = [...new Set(accounts.map((a) => a.document_id))].sort((a, b) => a - b);
  const docs = docIds.length ? await db.selectFrom('documents').select(['id', 'name', 'hash', 'text', 'format', 'regions', 'published', 'lang', 'outlet', 'url', 'title']).where('id', 'in', docIds).execute() : [];
  const docById = new Map(docs.map((d) => [d.id, d]));
  // The uids of the machine's events of these documents: rows already made events (an added event
  // pairs only with a row the reader did not make one of).
  const stored = new Set((docIds.length ? await db.selectFrom('events').select('uid').where('document_id', 'in', docIds).where('origin', '=', 'machine').execute() : []).map((r) => r.uid));
  const read = new Map<number, DocRows | null>();
  const rowsOf = (id: number) => {
    if (!read.has(id)) read.set(id, docById.has(id) ? readRows(docById.get(id)!) : null);
    return read.get(id)!;
  };

  for (const c of curated) {
    const mine = accounts.filter((a) => a.contact_id === c.id);
    // The analyst's values of the fields they corrected (only those are read), and the final status.
    const blank = { type: 'meeting', date: null, initiator: null, location: null, topics: [], participants: [], countries: [] } as unknown as ContactFields;
    const { fields, status, corrected } = replayCuration(blank, acts.filter((a) => a.event_uid === c.uid));
    if (c.origin === 'analyst' || acts.some((a) => a.event_uid === c.uid && a.action === 'add')) {
      harvest.contacts.added++;
      if (status === 'rejected') continue;
      // The analyst's event as the shared scorer reads gold: its own account's type, date, people and states.
      const own = mine.find((a) => a.origin === 'analyst');
      if (!own) continue;
      const rows = rowsOf(own.document_id);
      if (!rows) continue;
      const gold: EventRecord = {
        doc: docById.get(own.document_id)!.name, type: (corrected.has('type') ? fields.type : own.type) as EventType, date: corrected.has('date') ? fields.date : own.date,
        participants: people.filter((p) => p.event_id === own.id).map((p) => p.name), countries: countries.filter((x) => x.event_id === own.id).map((x) => x.code),
        initiator: null, location: null, topics: [], evidence: '',
      };
      const open = rows.rows.filter((r) => !stored.has(r.uid));
      const { labels } = pairing(open.map((r) => r.record), [gold]);
      const i = labels.indexOf(1);
      if (i >= 0) {
        harvest.addedUsed++;
        harvest.examples.push({ lang: rows.lang, doc: gold.doc, features: open[i].features, label: 1, source: 'added' });
      }
      continue;
    }
    harvest.contacts[status as 'confirmed' | 'rejected' | 'corrected']++;
    for (const a of mine.filter((x) => x.origin === 'machine')) {
      const rows = rowsOf(a.document_id);
      if (!rows) {
        harvest.otherLanguage++;
        continue;
      }
      const row = rows.rows.find((r) => r.uid === a.uid);
      if (!row) {
        harvest.unmatched++;
        continue;
      }
      const said = { type: a.type, date: a.date, people: people.filter((p) => p.event_id === a.id).map((p) => personKey(p)) };
      const label = status === 'rejected' ? 0 : status === 'corrected' && !agrees(said, fields, corrected) ? 0 : 1;
      harvest.examples.push({ lang: rows.lang, doc: docById.get(a.document_id)!.name, features: row.features, label, source: status as Example['source'] });
    }
  }
  return harvest;
}
