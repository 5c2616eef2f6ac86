// Counting contacts over time: by month and type (the per-country-pair chart), and for one actor,
// by counterpart and month (the actor page). Pure functions over event rows.
import type { EventRow } from '../read-model/types.ts';

/** What counting needs of an event: full rows and the chronicle's lighter rows both have it. */
type Counted = Pick<EventRow, 'id' | 'date' | 'type' | 'participants'>;
import { EVENT_TYPES } from '../types.ts';

export interface MonthCount {
  month: string;
  total: number;
  types: Record<string, number>;
}

function monthOf(date: string | null): string | null {
  return date && date.length >= 7 ? date.slice(0, 7) : null;
}

function nextMonth(key: string): string {
  const [y, m] = key.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Contacts per month and type, every month of the span listed (empty months too), oldest first. */
export function monthlyCounts(events: Counted[]): MonthCount[] {
  const counts = new Map<string, MonthCount>();
  for (const e of events) {
    const m = monthOf(e.date);
    if (!m) continue;
    const c = counts.get(m) ?? { month: m, total: 0, types: Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) };
    c.total++;
    c.types[e.type] = (c.types[e.type] ?? 0) + 1;
    counts.set(m, c);
  }
  const months = [...counts.keys()].sort();
  if (months.length === 0) return [];
  const out: MonthCount[] = [];
  const empty = () => Object.fromEntries(EVENT_TYPES.map((t) => [t, 0]));
  for (let key = months[0]; key <= months[months.length - 1]; key = nextMonth(key)) out.push(counts.get(key) ?? { month: key, total: 0, types: empty() });
  return out;
}

export interface Counterpart {
  id: string;
  name: string;
  country: string | null;
  contacts: number;
  months: Record<string, number>;
  /** The most recent contacts with this counterpart (ids, newest first, at most 20). */
  events: number[];
}

/** Everyone `actorId` met, called or visited with, and when. */
export function counterparts(events: Counted[], actorId: string): Counterpart[] {
  const out = new Map<string, Counterpart>();
  const sorted = [...events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  for (const e of sorted) {
    if (!e.participants.some((p) => p.actor_id === actorId)) continue;
    const m = monthOf(e.date) ?? 'undated';
    for (const p of e.participants) {
      if (p.actor_id === actorId) continue;
      const c = out.get(p.actor_id) ?? { id: p.actor_id, name: p.name, country: p.country, contacts: 0, months: {}, events: [] };
      if (c.events.includes(e.id)) continue;
      c.contacts++;
      c.months[m] = (c.months[m] ?? 0) + 1;
      if (c.events.length < 20) c.events.push(e.id);
      out.set(p.actor_id, c);
    }
  }
  return [...out.values()].sort((a, b) => b.contacts - a.contacts || a.name.localeCompare(b.name));
}
