// The level of a contact (heads of state, of government, ministers, deputies, parliaments, others):
// the highest level among its participants, from each person's gazetteer role on the event's date.
import type { Gazetteer } from '../gazetteer/index.ts';
import type { EventRow } from '../store/queries.ts';

export const LEVELS = ['head-of-state', 'head-of-government', 'minister', 'deputy', 'parliament', 'diplomat', 'other'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABEL: Record<Level, string> = {
  'head-of-state': 'heads of state',
  'head-of-government': 'heads of government',
  minister: 'ministers',
  deputy: 'deputies',
  parliament: 'parliaments',
  diplomat: 'diplomats',
  other: 'others',
};

/** A participant's level on a date: the gazetteer's role then, else the role the text gave. */
export function personLevel(g: Gazetteer, p: EventRow['participants'][number], date: string | null): Level {
  const entry = g.people.get(p.actor_id);
  const role = entry ? g.roleAt(entry, date)?.role ?? null : null;
  const level = g.roleLevel(role ?? p.role ?? '');
  return (LEVELS as readonly string[]).includes(level) ? (level as Level) : 'other';
}

export function eventLevel(g: Gazetteer, e: EventRow, country?: string): Level {
  const people = country ? e.participants.filter((p) => p.country === country) : e.participants;
  const levels = (people.length ? people : e.participants).map((p) => personLevel(g, p, e.date));
  return levels.reduce<Level>((best, l) => (LEVELS.indexOf(l) < LEVELS.indexOf(best) ? l : best), 'other');
}
