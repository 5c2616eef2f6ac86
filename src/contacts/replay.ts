// Replaying an analyst's curation over a contact's summarised fields: the machine recomputes a
// contact from its accounts (summary.ts) on every change, then the corrections recorded against the
// contact's uid are applied again, in the order they were made, so an analyst's word outlasts any
// re-extraction, merge or split. Pure: the store reads the corrections and writes the result
// (store/contacts-refresh.ts).
import type { ContactFields } from './summary.ts';

/** Fields the analyst may correct, in `contacts` and the exchange format. */
export const CORRECTABLE = ['type', 'date', 'location', 'initiator', 'topics', 'participants'] as const;

/** One recorded curation act, as `corrections` stores it (the value as JSON text). */
export interface CurationAct {
  action: string;
  field: string | null;
  value: string | null;
}

/**
 * The fields after the acts (in order), the contact's status (machine, confirmed, corrected or
 * rejected: the last act that sets one wins) and the fields an analyst corrected. The fields given are
 * changed in place and returned.
 */
export function replayCuration(fields: ContactFields, acts: CurationAct[]): { fields: ContactFields; status: string; corrected: Set<string> } {
  let status = 'machine';
  const corrected = new Set<string>();
  for (const c of acts) {
    if (c.action === 'confirm' || c.action === 'add') status = 'confirmed';
    else if (c.action === 'reject') status = 'rejected';
    else if (c.action === 'correct' && c.field && (CORRECTABLE as readonly string[]).includes(c.field)) {
      (fields as unknown as Record<string, unknown>)[c.field] = c.value == null ? null : JSON.parse(c.value);
      corrected.add(c.field);
      status = 'corrected';
    }
  }
  // Corrected participants decide the countries: theirs, or the machine's when the list was emptied.
  if (corrected.has('participants')) {
    fields.countries = [...new Set([...fields.participants.map((p) => p.country).filter((x): x is string => !!x), ...(fields.participants.length ? [] : fields.countries)])];
  }
  return { fields, status, corrected };
}
