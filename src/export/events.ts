// Events as CSV and JSON Lines: one row per event, its participants joined into one cell, with the
// analyst's part shown (status, origin, corrected fields) so corrections travel with the data.
// CSV and JSON Lines carry the same columns. Rows are read page by page, so a large store is exported in bounded memory.
import type { Store } from '../store/open.ts';
import { listEvents } from '../read-model/queries.ts';
import type { EventFilter, EventRow } from '../read-model/types.ts';
import { csvCell } from './csv.ts';

export type EventExportFormat = 'csv' | 'jsonl';

/** Fields the curation layer adds to an event row; optional so that older rows export too. */
type Curated = EventRow & {
  origin?: string;
  corrected?: string[];
  accounts?: Array<{ uid: string; document: { id: number; name: string; url: string | null } }>;
};

export const CSV_COLUMNS = ['id', 'uid', 'date', 'type', 'participants', 'countries', 'initiator', 'location', 'topics', 'status', 'origin', 'corrected', 'documents', 'evidence'] as const;

export type FlatEvent = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

function participant(p: EventRow['participants'][number]): string {
  const extra = [p.role?.replace(/-/g, ' '), p.country].filter(Boolean).join(', ');
  return extra ? `${p.name} (${extra})` : p.name;
}

/** One event as one flat row; lists are joined with "; ". */
export function flatten(row: EventRow): FlatEvent {
  const e = row as Curated;
  const docs = e.accounts?.length ? e.accounts.map((a) => a.document.name) : [e.document.name];
  return {
    id: e.id,
    uid: e.uid,
    date: e.date,
    type: e.type,
    participants: e.participants.map(participant).join('; '),
    countries: e.countries.join('; '),
    initiator: e.initiator,
    location: e.location,
    topics: e.topics.join('; '),
    status: e.status,
    origin: e.origin ?? 'machine',
    corrected: (e.corrected ?? []).join('; '),
    documents: [...new Set(docs)].join('; '),
    evidence: e.evidence[0]?.sentence.replace(/\s+/g, ' ').trim() ?? null,
  };
}

/** Every event matching the filter, a page at a time. */
export async function* eventPages(db: Store, filter: EventFilter, pageSize = 1000): AsyncGenerator<EventRow[]> {
  for (let offset = 0; ; offset += pageSize) {
    const rows = await listEvents(db, { ...filter, limit: pageSize, offset });
    if (rows.length) yield rows;
    if (rows.length < pageSize) return;
  }
}

/**
 * The export as text chunks: the CSV header comes with the first page of rows, so the first chunk
 * is only produced once the store has answered. A caller that awaits it before sending anything can
 * still answer a failing query with an error status instead of a header and nothing else (issue 19).
 */
export async function* eventExportChunks(db: Store, filter: EventFilter, format: EventExportFormat): AsyncGenerator<{ text: string; rows: number }> {
  const header = format === 'csv' ? CSV_COLUMNS.join(',') + '\n' : '';
  let first = true;
  for await (const rows of eventPages(db, filter)) {
    const lines = rows.map((r) => (format === 'csv' ? CSV_COLUMNS.map((c) => csvCell(flatten(r)[c])).join(',') : JSON.stringify(flatten(r))));
    yield { text: (first ? header : '') + lines.join('\n') + '\n', rows: rows.length };
    first = false;
  }
  if (first && header) yield { text: header, rows: 0 };
}

/** Writes the export chunk by chunk through `write` (a stream, a response, an array); errors are thrown, never swallowed. */
export async function exportEvents(db: Store, filter: EventFilter, format: EventExportFormat, write: (chunk: string) => void | Promise<void>): Promise<number> {
  let n = 0;
  for await (const chunk of eventExportChunks(db, filter, format)) {
    await write(chunk.text);
    n += chunk.rows;
  }
  return n;
}
