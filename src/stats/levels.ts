// The level of a contact (heads of state, of government, ministers, deputies, parliaments, others):
// the highest level among its participants, from each person's gazetteer role on the event's date.
import type { Gazetteer } from '../gazetteer/index.ts';
import type { EventRow } from '../read-model/types.ts';

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

/**
 * The level of a contact for one pair of sides, from each side's own people (not the contact's
 * highest participant): `head-head` when each side's leader (president or prime minister, by
 * constitution: countries.yaml `leader`) took part; `pm-pm` when each side's head of government did;
 * `fm-fm` when each side's foreign minister did; otherwise `other` (a sports minister received by a
 * prime minister is neither). Roles are the gazetteer's on the contact's date.
 */
export const PAIR_LEVELS = ['head-head', 'pm-pm', 'fm-fm', 'other'] as const;
export type PairLevel = (typeof PAIR_LEVELS)[number];
export const PAIR_LEVEL_LABEL: Record<PairLevel, string> = {
  'head-head': 'leaders (head–head)',
  'pm-pm': 'heads of government (PM–PM)',
  'fm-fm': 'foreign ministers (FM–FM)',
  other: 'other levels',
};

/** The gazetteer role id a participant held on the date (else the role the text gave). */
function roleOn(g: Gazetteer, p: EventRow['participants'][number], date: string | null): string | null {
  const entry = g.people.get(p.actor_id);
  return (entry ? g.roleAt(entry, date)?.role : null) ?? p.role ?? null;
}

export function pairLevel(g: Gazetteer, e: EventRow, a: string, b: string): PairLevel {
  const roles = (c: string) => e.participants.filter((p) => p.country === c).map((p) => {
    const entry = g.people.get(p.actor_id);
    const leader = g.leaderRole(c);
    return { role: roleOn(g, p, e.date), leader: !!(entry && e.date ? g.held(entry, leader, e.date) : roleOn(g, p, e.date) === leader) };
  });
  const ra = roles(a);
  const rb = roles(b);
  if (ra.some((r) => r.leader) && rb.some((r) => r.leader)) return 'head-head';
  const both = (f: (r: { role: string | null }) => boolean) => ra.some(f) && rb.some(f);
  if (both((r) => !!r.role && g.roleLevel(r.role) === 'head-of-government')) return 'pm-pm';
  if (both((r) => r.role === 'foreign-minister')) return 'fm-fm';
  return 'other';
}
