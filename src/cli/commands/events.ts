// `attache events` and `attache show`: query the stored record (events, each with its accounts).
import { Command } from 'commander';
import { dbOption, withStore, countries, checkDate, eventOrComplain } from '../store.ts';
import { render, type Format } from '../output.ts';
import { EVENT_STATUSES } from '../../types.ts';
import { EVENT_SORTS, type EventSort } from '../../read-model/types.ts';

export interface FilterOptions {
  actor?: string;
  country?: string;
  type?: string;
  from?: string;
  to?: string;
  doc?: string;
  includeRejected?: boolean;
  status?: string;
  minConfidence?: string;
}

export function filterOptions(c: Command): Command {
  return c
    .option('--actor <name>', 'a participant (name or part of it, or actor id)')
    .option('--country <codes>', 'ISO3 codes, comma-separated; events involving all of them (RUS,ARM)')
    .option('--type <type>', 'call | meeting | visit | summit')
    .option('--from <date>', 'from this date (YYYY-MM-DD)')
    .option('--to <date>', 'to this date (YYYY-MM-DD)')
    // The same default and the same switches as the API (includeRejected, status): a rejected event
    // is left out of every list and export unless asked for (issue 19).
    .option('--include-rejected', 'also events an analyst rejected (left out by default)')
    .option('--status <statuses>', `only events with these statuses, comma-separated: ${EVENT_STATUSES.join(', ')} (--status rejected lists the rejected ones)`)
    .option('--min-confidence <x>', "only events whose reader's confidence is at least this (0..1); events with none are left out");
}

/** A confidence bound: a number from 0 to 1, as the API's min_confidence. */
function confidenceOf(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const x = Number(s);
  if (s.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new Error(`--min-confidence takes a number from 0 to 1, not '${s}'`);
  return x;
}

/** The order of `attache events`: as the API's sort. */
function sortOf(s: string | undefined): EventSort | undefined {
  if (s === undefined) return undefined;
  if (!(EVENT_SORTS as readonly string[]).includes(s)) throw new Error(`--sort takes ${EVENT_SORTS.join(', ')}, not '${s}'`);
  return s as EventSort;
}

function statuses(s: string | undefined): string[] | undefined {
  if (s === undefined) return undefined;
  const list = [...new Set(s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean))];
  const bad = list.filter((x) => !(EVENT_STATUSES as readonly string[]).includes(x));
  if (list.length === 0 || bad.length) throw new Error(`--status takes ${EVENT_STATUSES.join(', ')} (comma-separated), not '${s}'`);
  return list;
}

export function toFilter(o: FilterOptions) {
  if (o.type && !['call', 'meeting', 'visit', 'summit'].includes(o.type)) throw new Error(`--type must be call, meeting, visit or summit, not '${o.type}'`);
  return { actor: o.actor, countries: countries(o.country), type: o.type, from: checkDate('--from', o.from), to: checkDate('--to', o.to), doc: o.doc, includeRejected: o.includeRejected === true, status: statuses(o.status), minConfidence: confidenceOf(o.minConfidence) };
}

export function eventsCommand(): Command {
  return dbOption(filterOptions(new Command('events').description('list stored events')))
    .option('--doc <id>', 'events of one document (name or id)')
    .option('--sort <order>', `${EVENT_SORTS.join(' | ')}: the chronicle's order (default), or by the reader's confidence, the doubtful first (-confidence: the surest first)`)
    .option('--format <format>', 'table | json | jsonl | csv', process.stdout.isTTY ? 'table' : 'jsonl')
    .action(async (o: FilterOptions & { db?: string; format: Format; sort?: string }) => {
      const { listEvents } = await import('../../read-model/queries.ts');
      const filter = { ...toFilter(o), sort: sortOf(o.sort) };
      const rows = await withStore(o, (db) => listEvents(db, filter));
      const flat = rows.map((e) => ({
        id: e.id,
        date: e.date,
        type: e.type,
        confidence: e.confidence,
        participants: e.participants.map((p) => p.name),
        countries: e.countries,
        initiator: e.initiator,
        location: e.location,
        document: e.document.name,
        accounts: e.accounts.length,
        topics: e.topics,
      }));
      process.stdout.write(o.format === 'table' ? render(flat, 'table', ['id', 'date', 'type', 'confidence', 'participants', 'countries', 'initiator', 'location', 'document', 'accounts']) + `${rows.length} events\n` : render(o.format === 'json' || o.format === 'jsonl' ? (rows as unknown as Array<Record<string, unknown>>) : flat, o.format));
    });
}

export function showCommand(): Command {
  return dbOption(new Command('show').description('one event with every evidence span and the rules that produced it'))
    .argument('<event>', 'event id (or uid)')
    .option('--format <format>', 'text | json', 'text')
    .action(async (id: string, o: { db?: string; format: string }) => {
      const e = await eventOrComplain(o, id);
      if (!e) return;
      if (o.format === 'json') {
        process.stdout.write(JSON.stringify(e, null, 2) + '\n');
        return;
      }
      const out = [
        `event ${e.id} (uid ${e.uid}), ${e.status}`,
        `  type        ${e.type}`,
        `  confidence  ${e.confidence ?? '—'}`,
        `  date        ${e.date ?? '—'}`,
        `  participants`,
        ...e.participants.map((p) => `    - ${p.name}${p.role ? `, ${p.role}` : ''}${p.country ? ` (${p.country})` : ''}  [${p.actor_id}]`),
        `  countries   ${e.countries.join(', ') || '—'}`,
        `  initiator   ${e.initiator ?? '—'}`,
        `  location    ${e.location ?? '—'}`,
        `  topics      ${e.topics.join('; ') || '—'}`,
        `  document    ${e.document.name} (#${e.document.id})${e.document.outlet ? `, ${e.document.outlet}` : ''}`,
        `  rules       ${e.rules.join(' ')}`,
        `  evidence`,
        ...e.evidence.map((v) => `    [${v.start}–${v.end}] (${v.rule}) ${v.sentence}`),
        `  accounts    ${e.accounts.length}${e.corrected.length ? `; corrected by an analyst: ${e.corrected.join(', ')}` : ''}`,
        ...e.accounts.map((a) => `    - ${a.uid} ${a.document.name} (#${a.document.id}) [${a.side ?? 'outlet'}] ${a.attribution?.label ?? ''}: ${a.reason.text}`),
      ];
      process.stdout.write(out.join('\n') + '\n');
    });
}
