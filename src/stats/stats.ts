// Relations of a pair of countries over time: contacts by type and by level, who initiated the
// calls, and the topics the accounts mention, per month or quarter. Counts events, not reports.
import { isMention } from '../contacts/claims.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import type { EventRow } from '../read-model/types.ts';
import { EVENT_TYPES } from '../types.ts';
import { LEVELS, eventLevel, type Level } from './levels.ts';

export type Bucket = 'month' | 'quarter';

export interface PeriodStats {
  period: string;
  total: number;
  reports: number;
  byType: Record<string, number>;
  byLevel: Record<Level, number>;
  /** Calls by the country that initiated them ('unknown' when no account says). */
  initiators: Record<string, number>;
  topics: Record<string, number>;
}

export function bucketOf(date: string, by: Bucket): string {
  if (by === 'month') return date.slice(0, 7);
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  return `${date.slice(0, 4)}-Q${q}`;
}

function empty(period: string, pair: string[]): PeriodStats {
  return {
    period,
    total: 0,
    reports: 0,
    byType: Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])),
    byLevel: Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>,
    initiators: Object.fromEntries([...pair, 'unknown'].map((c) => [c, 0])),
    topics: {},
  };
}

/** Every period between the first and the last (months or quarters), so gaps show as zeros. */
export function periods(from: string, to: string, by: Bucket): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7)) || 1;
  const end = bucketOf(to.length >= 7 ? to : `${to}-12`, by);
  for (let i = 0; i < 1200; i++) {
    const b = bucketOf(`${y}-${String(m).padStart(2, '0')}`, by);
    if (!out.includes(b)) out.push(b);
    if (b === end) break;
    m++;
    if (m > 12) (m = 1), y++;
  }
  return out;
}

export function pairStats(g: Gazetteer, events: EventRow[], pair: string[], by: Bucket, range: { from?: string; to?: string } = {}): PeriodStats[] {
  const dated = events.filter((e) => e.date && e.date.length >= 7 && pair.every((c) => e.countries.includes(c)));
  if (dated.length === 0 && !(range.from && range.to)) return [];
  const sorted = dated.map((e) => e.date!).sort();
  const rows = new Map(periods(range.from ?? sorted[0], range.to ?? sorted[sorted.length - 1], by).map((p) => [p, empty(p, pair)]));
  for (const e of dated) {
    const row = rows.get(bucketOf(e.date!, by));
    if (!row) continue;
    row.total++;
    row.reports += e.accounts.length;
    row.byType[e.type] = (row.byType[e.type] ?? 0) + 1;
    row.byLevel[eventLevel(g, e)]++;
    if (e.type === 'call') {
      const who = e.initiator && pair.includes(e.initiator) ? e.initiator : 'unknown';
      row.initiators[who]++;
    }
    for (const label of new Set(e.accounts.flatMap((a) => a.claims.filter(isMention).map((c) => c.label)))) row.topics[label] = (row.topics[label] ?? 0) + 1;
  }
  return [...rows.values()];
}

/** Flat rows for a table or CSV. */
export function statsTable(rows: PeriodStats[], pair: string[]): Array<Record<string, unknown>> {
  return rows.map((r) => ({
    period: r.period,
    contacts: r.total,
    reports: r.reports,
    ...r.byType,
    ...Object.fromEntries(LEVELS.map((l) => [l, r.byLevel[l]])),
    ...Object.fromEntries([...pair, 'unknown'].map((c) => [`calls_initiated_${c}`, r.initiators[c]])),
    topics: Object.entries(r.topics).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([t, n]) => `${t} (${n})`),
  }));
}
