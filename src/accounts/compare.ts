// Accounts of one event side by side: the topics every account mentions, those only one account
// mentions, and where the accounts disagree on date, type, participants or place. Pure.
import type { EventRow, AccountRow } from '../store/queries.ts';

export interface TopicPresence {
  topic: string;
  label: string;
  /** Uids of the accounts that mention it, with the span each mention is in. */
  accounts: Array<{ uid: string; side: string | null; document: string; start: number; end: number; sentence: string }>;
}

export interface Difference {
  field: 'date' | 'type' | 'location' | 'participants';
  /** Each account's value (participants: the people the account leaves out of the merged list). */
  values: Array<{ uid: string; side: string | null; document: string; value: string | null }>;
}

export interface Comparison {
  event: { id: number; uid: string; type: string; date: string | null };
  accounts: Array<{ uid: string; side: string | null; source: string; document: string; date: string | null; type: string; location: string | null; participants: string[]; topics: string[] }>;
  shared: TopicPresence[];
  onlyOne: TopicPresence[];
  some: TopicPresence[];
  differences: Difference[];
}

function presence(accounts: AccountRow[]): TopicPresence[] {
  const by = new Map<string, TopicPresence>();
  for (const a of accounts) {
    for (const c of a.claims) {
      const p = by.get(c.topic) ?? { topic: c.topic, label: c.label, accounts: [] };
      p.accounts.push({ uid: a.uid, side: a.side, document: a.document.name, start: c.start, end: c.end, sentence: c.sentence });
      by.set(c.topic, p);
    }
  }
  return [...by.values()];
}

function differ(field: Difference['field'], accounts: AccountRow[], value: (a: AccountRow) => string | null): Difference | null {
  const values = accounts.map((a) => ({ uid: a.uid, side: a.side, document: a.document.name, value: value(a) }));
  return new Set(values.map((v) => v.value)).size > 1 ? { field, values } : null;
}

export function compareAccounts(e: EventRow): Comparison {
  const n = e.accounts.length;
  const topics = presence(e.accounts);
  const everyone = new Set(e.accounts.flatMap((a) => a.participants.map((p) => p.actor_id)));
  const names = new Map(e.accounts.flatMap((a) => a.participants.map((p) => [p.actor_id, p.name] as const)));
  const missing = (a: AccountRow) => {
    const left = [...everyone].filter((id) => !a.participants.some((p) => p.actor_id === id)).map((id) => names.get(id) ?? id);
    return left.length ? `does not name ${left.join(', ')}` : null;
  };
  const differences = [
    differ('date', e.accounts, (a) => a.date),
    differ('type', e.accounts, (a) => a.type),
    differ('location', e.accounts, (a) => a.location),
    differ('participants', e.accounts, missing),
  ].filter((d): d is Difference => d !== null);
  return {
    event: { id: e.id, uid: e.uid, type: e.type, date: e.date },
    accounts: e.accounts.map((a) => ({
      uid: a.uid,
      side: a.side,
      source: a.attribution?.label ?? a.document.outlet ?? a.document.name,
      document: a.document.name,
      date: a.date,
      type: a.type,
      location: a.location,
      participants: a.participants.map((p) => p.name),
      topics: a.claims.map((c) => c.label),
    })),
    shared: n > 1 ? topics.filter((t) => t.accounts.length === n) : [],
    onlyOne: n > 1 ? topics.filter((t) => t.accounts.length === 1) : [],
    some: topics.filter((t) => t.accounts.length > 1 && t.accounts.length < n),
    differences,
  };
}
