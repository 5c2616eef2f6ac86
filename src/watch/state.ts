// The watcher's state in the store: per source (validators, health, schedule) and per listed item
// (what was done with it). Everything a restarted watcher needs to carry on is here.
import type { Selectable } from 'kysely';
import type { Store } from '../store/open.ts';
import type { SourcesTable, SeenItemsTable } from '../store/schema.ts';

export type SourceState = Selectable<SourcesTable>;
export type SeenItem = Selectable<SeenItemsTable>;

export async function sourceState(db: Store, id: string): Promise<SourceState | undefined> {
  return db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function allSourceStates(db: Store): Promise<SourceState[]> {
  return db.selectFrom('sources').selectAll().orderBy('id').execute();
}

export interface PollOutcome {
  ok: boolean;
  status: string;
  error: string | null;
  etag?: string | null;
  lastModified?: string | null;
  /** The source's poll interval and the cap on backoff, in ms. */
  interval: number;
  maxBackoff: number;
}

/** Records a poll: validators on success; on failure one more consecutive failure and a longer wait. */
export async function recordPoll(db: Store, id: string, url: string, kind: string, o: PollOutcome, now = new Date()): Promise<SourceState> {
  const prev = await sourceState(db, id);
  const failures = o.ok ? 0 : (prev?.failures ?? 0) + 1;
  const wait = o.ok ? o.interval : Math.min(o.interval * 2 ** (failures - 1), Math.max(o.maxBackoff, o.interval));
  const row = {
    url,
    kind,
    // A source whose URL changed in the file starts without validators.
    etag: o.ok ? (o.etag ?? null) : prev?.url === url ? (prev?.etag ?? null) : null,
    last_modified: o.ok ? (o.lastModified ?? null) : prev?.url === url ? (prev?.last_modified ?? null) : null,
    last_poll_at: now.toISOString(),
    last_ok_at: o.ok ? now.toISOString() : (prev?.last_ok_at ?? null),
    last_status: o.status,
    last_error: o.error,
    failures,
    next_poll_at: new Date(now.getTime() + wait).toISOString(),
    polls: (prev?.polls ?? 0) + 1,
  };
  if (prev) await db.updateTable('sources').set(row).where('id', '=', id).execute();
  else await db.insertInto('sources').values({ id, ...row }).execute();
  return (await sourceState(db, id))!;
}

/** An item by its listed URL or by the canonical URL a fetched page gave. */
export async function seenItem(db: Store, url: string): Promise<SeenItem | undefined> {
  return db.selectFrom('seen_items').selectAll().where((eb) => eb.or([eb('url', '=', url), eb('canonical_url', '=', url)])).orderBy('fetched_at', 'desc').executeTakeFirst();
}

export async function pendingItems(db: Store, sourceId: string, maxAttempts: number): Promise<SeenItem[]> {
  return db.selectFrom('seen_items').selectAll().where('source_id', '=', sourceId).where('status', '=', 'error').where('attempts', '<', maxAttempts).execute();
}

/** Records the feed-text hash of an item seen before hashes were kept, without fetching it. */
export async function noteItemHash(db: Store, url: string, hash: string): Promise<void> {
  await db.updateTable('seen_items').set({ item_hash: hash }).where('url', '=', url).execute();
}

export type SeenUpdate = Omit<SeenItem, 'first_seen_at' | 'attempts'> & { attempted: boolean };

export async function recordItem(db: Store, u: SeenUpdate, now = new Date()): Promise<void> {
  const { attempted, ...row } = u;
  const prev = await db.selectFrom('seen_items').select(['attempts']).where('url', '=', u.url).executeTakeFirst();
  if (prev) {
    await db
      .updateTable('seen_items')
      .set({ ...row, attempts: row.status === 'error' ? prev.attempts + (attempted ? 1 : 0) : 0 })
      .where('url', '=', u.url)
      .execute();
  } else {
    await db.insertInto('seen_items').values({ ...row, attempts: row.status === 'error' && attempted ? 1 : 0, first_seen_at: now.toISOString() }).execute();
  }
}

export async function itemCounts(db: Store): Promise<Map<string, { items: number; stored: number; errors: number }>> {
  const rows = await db
    .selectFrom('seen_items')
    .select((eb) => ['source_id', 'status', eb.fn.countAll<number>().as('n')])
    .groupBy(['source_id', 'status'])
    .execute();
  const out = new Map<string, { items: number; stored: number; errors: number }>();
  for (const r of rows) {
    const c = out.get(r.source_id) ?? { items: 0, stored: 0, errors: 0 };
    c.items += Number(r.n);
    if (r.status === 'stored' || r.status === 'updated' || r.status === 'unchanged') c.stored += Number(r.n);
    if (r.status === 'error' || r.status === 'gone' || r.status === 'refused') c.errors += Number(r.n);
    out.set(r.source_id, c);
  }
  return out;
}
