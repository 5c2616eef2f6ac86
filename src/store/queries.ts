// Reading the record: events with filters, one event with its evidence, actors, chronicle rows.
// Every filter is a bound parameter; nothing from the user is spliced into SQL.
import { sql } from 'kysely';
import type { Store } from './open.ts';

export interface EventFilter {
  actor?: string;
  countries?: string[];
  type?: string;
  from?: string;
  to?: string;
  doc?: string;
  limit?: number;
  offset?: number;
}

export interface EventRow {
  id: number;
  uid: string;
  type: string;
  date: string | null;
  initiator: string | null;
  location: string | null;
  topics: string[];
  document: { id: number; name: string; outlet: string | null; url: string | null };
  participants: Array<{ actor_id: string; name: string; country: string | null; role: string | null }>;
  countries: string[];
  evidence: Array<{ start: number; end: number; sentence: string; rule: string }>;
  status: string;
}

export async function listEvents(db: Store, f: EventFilter = {}): Promise<EventRow[]> {
  let q = db
    .selectFrom('events')
    .innerJoin('documents', 'documents.id', 'events.document_id')
    .select([
      'events.id', 'events.uid', 'events.type', 'events.date', 'events.initiator', 'events.location', 'events.topics', 'events.status',
      'documents.id as document_id', 'documents.name as document_name', 'documents.outlet', 'documents.url',
    ])
    .where('events.status', '!=', 'rejected');
  if (f.type) q = q.where('events.type', '=', f.type);
  // A month-only date ("2022-05") belongs to the period if its month overlaps it.
  if (f.from) {
    const from = f.from;
    q = q.where((eb) => eb.or([eb('events.date', '>=', from), eb.and([eb(sql`length(events.date)`, '<', 10), eb('events.date', '>=', from.slice(0, 7))])]));
  }
  if (f.to) q = q.where('events.date', '<=', `${f.to}~`);
  if (f.doc) q = q.where((eb) => eb.or([eb('documents.name', '=', f.doc!), eb('documents.id', '=', Number(f.doc) || -1)]));
  for (const code of f.countries ?? []) {
    q = q.where((eb) => eb.exists(eb.selectFrom('event_countries').select('event_id').whereRef('event_countries.event_id', '=', 'events.id').where('code', '=', code.toUpperCase())));
  }
  if (f.actor) {
    const like = `%${f.actor.toLowerCase()}%`;
    q = q.where((eb) =>
      eb.exists(
        eb.selectFrom('participants').select('event_id').whereRef('participants.event_id', '=', 'events.id')
          .where((w) => w.or([w(sql`lower(participants.name)`, 'like', like), w('participants.actor_id', '=', f.actor!)])),
      ),
    );
  }
  const rows = await q.orderBy('events.date').orderBy('events.id').limit(f.limit ?? 10000).offset(f.offset ?? 0).execute();
  return hydrate(db, rows);
}

async function hydrate(db: Store, rows: Array<{ id: number; uid: string; type: string; date: string | null; initiator: string | null; location: string | null; topics: string; status: string; document_id: number; document_name: string; outlet: string | null; url: string | null }>): Promise<EventRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [parts, countries, evidence] = await Promise.all([
    db.selectFrom('participants').selectAll().where('event_id', 'in', ids).execute(),
    db.selectFrom('event_countries').selectAll().where('event_id', 'in', ids).execute(),
    db.selectFrom('evidence').selectAll().where('event_id', 'in', ids).orderBy('start').execute(),
  ]);
  return rows.map((r) => ({
    id: r.id,
    uid: r.uid,
    type: r.type,
    date: r.date,
    initiator: r.initiator,
    location: r.location,
    topics: JSON.parse(r.topics) as string[],
    status: r.status,
    document: { id: r.document_id, name: r.document_name, outlet: r.outlet, url: r.url },
    participants: parts.filter((p) => p.event_id === r.id).map(({ actor_id, name, country, role }) => ({ actor_id, name, country, role })),
    countries: countries.filter((c) => c.event_id === r.id).map((c) => c.code),
    evidence: evidence.filter((e) => e.event_id === r.id).map(({ start, end, sentence, rule }) => ({ start, end, sentence, rule })),
  }));
}

export async function getEvent(db: Store, id: number | string): Promise<(EventRow & { rules: string[] }) | null> {
  const row = await db
    .selectFrom('events')
    .innerJoin('documents', 'documents.id', 'events.document_id')
    .select([
      'events.id', 'events.uid', 'events.type', 'events.date', 'events.initiator', 'events.location', 'events.topics', 'events.status', 'events.rules',
      'documents.id as document_id', 'documents.name as document_name', 'documents.outlet', 'documents.url',
    ])
    .where((eb) => (typeof id === 'number' || /^\d+$/.test(String(id)) ? eb('events.id', '=', Number(id)) : eb('events.uid', '=', String(id))))
    .executeTakeFirst();
  if (!row) return null;
  const [e] = await hydrate(db, [row]);
  return { ...e, rules: JSON.parse(row.rules) as string[] };
}

export interface ActorRow {
  id: string;
  name: string;
  country: string | null;
  contacts: number;
  roles: Array<{ role: string; title: string | null; from: string | null; to: string | null }>;
}

export async function listActors(db: Store, countries?: string[]): Promise<ActorRow[]> {
  let q = db
    .selectFrom('actors')
    .leftJoin('participants', 'participants.actor_id', 'actors.id')
    .leftJoin('events', (j) => j.onRef('events.id', '=', 'participants.event_id').on('events.status', '!=', 'rejected'))
    .select(['actors.id', 'actors.name', 'actors.country', (eb) => eb.fn.count<number>('events.id').distinct().as('contacts')])
    .groupBy(['actors.id', 'actors.name', 'actors.country']);
  if (countries?.length) q = q.where('actors.country', 'in', countries.map((c) => c.toUpperCase()));
  const rows = await q.orderBy('contacts', 'desc').orderBy('actors.name').execute();
  if (rows.length === 0) return [];
  const roles = await db.selectFrom('roles').selectAll().where('actor_id', 'in', rows.map((r) => r.id)).orderBy('date_from').execute();
  return rows.map((r) => ({
    ...r,
    contacts: Number(r.contacts),
    roles: roles.filter((x) => x.actor_id === r.id).map((x) => ({ role: x.role, title: x.title, from: x.date_from, to: x.date_to })),
  }));
}

export async function documentText(db: Store, id: number): Promise<{ name: string; text: string } | undefined> {
  return db.selectFrom('documents').select(['name', 'text']).where('id', '=', id).executeTakeFirst();
}
