// Analysts' curation of events: confirm, correct, reject, merge, split, and add an event from a
// highlighted span. Every action is recorded in `corrections` (keyed by the event's uid) and applied
// at once; field corrections and statuses are replayed whenever the event is recomputed, and merges
// and splits pin the accounts they move, so re-extraction and re-ingest never undo them.
import { createHash } from 'node:crypto';
import type { Store } from './schema.ts';
import { refreshContact, refreshContacts, freshContactUid } from './contacts.ts';
import { EVENT_TYPES, type EventType } from '../types.ts';
import { defaultGazetteer } from '../gazetteer/index.ts';
import { attribute, attributionOfSentence } from '../contacts/side.ts';
import { claimsOf } from '../contacts/claims.ts';

/** A curation request that cannot be done: 400 for invalid input, 404 for an unknown event. */
export class CurationError extends Error {
  constructor(readonly status: 400 | 404, message: string) {
    super(message);
    this.name = 'CurationError';
  }
}

export interface ParticipantInput {
  actor_id?: string;
  name: string;
  country?: string | null;
  role?: string | null;
}

export interface EventPatch {
  type?: string;
  date?: string | null;
  location?: string | null;
  initiator?: string | null;
  topics?: string[];
  participants?: ParticipantInput[];
}

export interface NewEvent extends EventPatch {
  documentId: number;
  start: number;
  end: number;
  type: string;
  date: string | null;
  participants: ParticipantInput[];
}

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const CODE = /^[A-Z]{3}$/;
const SLUG = /[^\p{L}\p{N}]+/gu;

async function contact(db: Store, uid: string) {
  if (typeof uid !== 'string' || !uid) throw new CurationError(400, 'an event uid is required');
  const row = await db.selectFrom('contacts').selectAll().where('uid', '=', uid).executeTakeFirst();
  if (!row) throw new CurationError(404, `no event ${uid}`);
  return row;
}

async function record(db: Store, uid: string, action: string, field: string | null, value: unknown, author: string | null): Promise<void> {
  await db
    .insertInto('corrections')
    .values({ event_uid: uid, action, field, value: value === undefined ? null : JSON.stringify(value), author: author ?? null, created_at: new Date().toISOString() })
    .execute();
}

function checkType(t: unknown): EventType {
  if (typeof t !== 'string' || !(EVENT_TYPES as readonly string[]).includes(t)) throw new CurationError(400, `type must be one of ${EVENT_TYPES.join(', ')}`);
  return t as EventType;
}

function checkDate(d: unknown): string | null {
  if (d === null) return null;
  if (typeof d !== 'string' || !DATE.test(d)) throw new CurationError(400, 'date must be YYYY, YYYY-MM or YYYY-MM-DD, or null');
  if (d.length === 10 && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) !== d) throw new CurationError(400, `no such day: ${d}`);
  return d;
}

function checkText(name: string, v: unknown, max = 200): string | null {
  if (v === null) return null;
  if (typeof v !== 'string' || !v.trim() || v.length > max) throw new CurationError(400, `${name} must be a non-empty string of at most ${max} characters, or null`);
  return v.trim();
}

function checkParticipants(v: unknown): Array<{ actor_id: string; name: string; country: string | null; role: string | null }> {
  if (!Array.isArray(v)) throw new CurationError(400, 'participants must be a list');
  return v.map((p: ParticipantInput, i) => {
    if (!p || typeof p.name !== 'string' || !p.name.trim()) throw new CurationError(400, `participant ${i + 1} needs a name`);
    const country = p.country == null ? null : String(p.country).toUpperCase();
    if (country && !CODE.test(country)) throw new CurationError(400, `participant ${i + 1}: country must be an ISO3 code`);
    const actorId = p.actor_id ? String(p.actor_id) : `x:${p.name.trim().toLowerCase().replace(SLUG, '-')}`;
    return { actor_id: actorId, name: p.name.trim(), country, role: p.role ? String(p.role) : null };
  });
}

/** The patch, validated and normalised; throws CurationError(400) on the first bad field. */
export function checkPatch(patch: EventPatch): Record<string, unknown> {
  if (!patch || typeof patch !== 'object') throw new CurationError(400, 'a patch object is required');
  const out: Record<string, unknown> = {};
  if ('type' in patch) out.type = checkType(patch.type);
  if ('date' in patch) out.date = checkDate(patch.date);
  if ('location' in patch) out.location = checkText('location', patch.location);
  if ('initiator' in patch) {
    const i = patch.initiator == null ? null : String(patch.initiator).toUpperCase();
    if (i && !CODE.test(i)) throw new CurationError(400, 'initiator must be an ISO3 country code, or null');
    out.initiator = i;
  }
  if ('topics' in patch) {
    if (!Array.isArray(patch.topics) || patch.topics.some((t) => typeof t !== 'string' || !t.trim())) throw new CurationError(400, 'topics must be a list of non-empty strings');
    out.topics = [...new Set(patch.topics.map((t) => t.trim()))];
  }
  if ('participants' in patch) out.participants = checkParticipants(patch.participants);
  if (Object.keys(out).length === 0) throw new CurationError(400, 'nothing to correct: give type, date, location, initiator, topics or participants');
  return out;
}

async function ensureActors(db: Store, people: Array<{ actor_id: string; name: string; country: string | null; role: string | null }>): Promise<void> {
  for (const p of people) {
    if (await db.selectFrom('actors').select('id').where('id', '=', p.actor_id).executeTakeFirst()) continue;
    await db.insertInto('actors').values({ id: p.actor_id, name: p.name, country: p.country, source: 'analyst' }).execute();
  }
}

export async function confirmEvent(db: Store, uid: string, author: string | null): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const c = await contact(tx, uid);
    await record(tx, uid, 'confirm', null, null, author);
    await refreshContact(tx, c.id);
  });
}

export async function rejectEvent(db: Store, uid: string, author: string | null): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const c = await contact(tx, uid);
    await record(tx, uid, 'reject', null, null, author);
    await refreshContact(tx, c.id);
  });
}

export async function correctEvent(db: Store, uid: string, patch: EventPatch, author: string | null): Promise<void> {
  const fields = checkPatch(patch);
  await db.transaction().execute(async (tx) => {
    const c = await contact(tx, uid);
    if (fields.participants) await ensureActors(tx, fields.participants as Parameters<typeof ensureActors>[1]);
    for (const [field, value] of Object.entries(fields)) await record(tx, uid, 'correct', field, value, author);
    await refreshContact(tx, c.id);
  });
}

/** Moves every account of `otherUid` into `keepUid`; returns the uid of the merged event. */
export async function mergeEvents(db: Store, keepUid: string, otherUid: string, author: string | null): Promise<string> {
  if (keepUid === otherUid) throw new CurationError(400, 'an event cannot be merged with itself');
  return db.transaction().execute(async (tx) => {
    const keep = await contact(tx, keepUid);
    const other = await contact(tx, otherUid);
    const reason = JSON.stringify({ kind: 'analyst-merge', from: otherUid, author, text: `merged from event ${otherUid} by ${author ?? 'an analyst'}` });
    await tx.updateTable('contact_accounts').set({ contact_id: keep.id, pinned: 1, reason }).where('contact_id', '=', other.id).execute();
    await record(tx, keepUid, 'merge', null, { other: otherUid }, author);
    await record(tx, otherUid, 'merged-into', null, { into: keepUid }, author);
    // `other` has no account left: the refresh deletes it and takes it out of the network summary.
    await refreshContacts(tx, [keep.id, other.id]);
    return keepUid;
  });
}

/** Takes one account out of an event into a new event of its own; returns the new event's uid. */
export async function splitEvent(db: Store, uid: string, accountUid: string, author: string | null): Promise<string> {
  return db.transaction().execute(async (tx) => {
    const c = await contact(tx, uid);
    const links = await tx.selectFrom('contact_accounts').select(['event_uid']).where('contact_id', '=', c.id).execute();
    if (!links.some((l) => l.event_uid === accountUid)) throw new CurationError(404, `event ${uid} has no account ${accountUid}`);
    if (links.length < 2) throw new CurationError(400, `account ${accountUid} is the only account of event ${uid}; nothing to split`);
    const now = new Date().toISOString();
    const newUid = await freshContactUid(tx, `split:${accountUid}`);
    const { id } = await tx
      .insertInto('contacts')
      .values({ uid: newUid, type: c.type, date: c.date, initiator: null, location: null, topics: '[]', origin: c.origin, status: 'machine', corrected: '[]', live: 1, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const reason = JSON.stringify({ kind: 'analyst-split', from: uid, author, text: `split from event ${uid} by ${author ?? 'an analyst'}` });
    await tx.updateTable('contact_accounts').set({ contact_id: id, pinned: 1, reason }).where('event_uid', '=', accountUid).execute();
    await record(tx, uid, 'split', null, { account: accountUid, into: newUid }, author);
    await record(tx, newUid, 'split-from', null, { from: uid, account: accountUid }, author);
    await refreshContact(tx, c.id);
    await refreshContact(tx, id);
    return newUid;
  });
}

/** An analyst's own event, from a highlighted span of a stored document; returns its uid. */
export async function addEvent(db: Store, input: NewEvent, author: string | null): Promise<string> {
  if (!input || typeof input !== 'object') throw new CurationError(400, 'an event is required');
  const type = checkType(input.type);
  const date = checkDate(input.date ?? null);
  const rest = checkPatch({ participants: input.participants ?? [], location: input.location ?? null, initiator: input.initiator ?? null, topics: input.topics ?? [] });
  const people = rest.participants as ReturnType<typeof checkParticipants>;
  if (!Number.isInteger(input.documentId)) throw new CurationError(400, 'documentId must be an integer');
  return db.transaction().execute(async (tx) => {
    const doc = await tx.selectFrom('documents').select(['id', 'text', 'outlet', 'url', 'lang']).where('id', '=', input.documentId).executeTakeFirst();
    if (!doc) throw new CurationError(404, `no document ${input.documentId}`);
    const { start, end } = input;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > doc.text.length) {
      throw new CurationError(400, `start and end must be offsets with 0 <= start < end <= ${doc.text.length}`);
    }
    const now = new Date().toISOString();
    const eventUid = `a${createHash('sha1').update([doc.id, start, end, type, date, now, author].join('\n')).digest('hex').slice(0, 15)}`;
    const { id: eventId } = await tx
      .insertInto('events')
      .values({ uid: eventUid, document_id: doc.id, type, date, initiator: rest.initiator as string | null, location: rest.location as string | null, topics: JSON.stringify(rest.topics), rules: JSON.stringify(['analyst']), origin: 'analyst', status: 'confirmed', extractor_version: 'analyst', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ensureActors(tx, people);
    if (people.length) await tx.insertInto('participants').values(people.map((p) => ({ event_id: eventId, ...p }))).execute();
    const countries = [...new Set(people.map((p) => p.country).filter((c): c is string => !!c))];
    if (countries.length) await tx.insertInto('event_countries').values(countries.map((code) => ({ event_id: eventId, code }))).execute();
    const sentence = doc.text.slice(start, end);
    await tx.insertInto('evidence').values({ event_id: eventId, document_id: doc.id, start, end, sentence, rule: 'analyst' }).execute();
    const uid = await freshContactUid(tx, `analyst:${eventUid}`);
    const { id } = await tx
      .insertInto('contacts')
      .values({ uid, type, date, initiator: null, location: null, topics: '[]', origin: 'analyst', status: 'confirmed', corrected: '[]', live: 1, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const scope = [{ start, end, text: sentence }];
    const g = defaultGazetteer();
    const who = attribute(g, doc, scope, date);
    await tx
      .insertInto('contact_accounts')
      .values({ contact_id: id, event_uid: eventUid, document_id: doc.id, reason: JSON.stringify({ kind: 'analyst-add', author, text: `added by ${author ?? 'an analyst'}` }), pinned: 1, live: 1, side: who.side, attribution: JSON.stringify(who), claims: JSON.stringify(claimsOf(scope, doc.lang, (s) => attributionOfSentence(g, s, date), who.kind === 'official' ? who.side : null)) })
      .execute();
    await record(tx, uid, 'add', null, { account: eventUid, documentId: doc.id, start, end }, author);
    await refreshContact(tx, id);
    return uid;
  });
}
