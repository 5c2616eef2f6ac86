// Request bodies of the curation endpoints as zod schemas (bounded strings and lists), shared by
// the handlers and the OpenAPI document.
import { z } from 'zod';
import { EVENT_TYPES } from '../types.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
const type = z.enum(EVENT_TYPES as [string, ...string[]]);
const uid = z.string().regex(/^[\w:-]{1,64}$/, 'must be an event uid');

export const ParticipantBody = z.strictObject({
  actor_id: text(200).optional(),
  name: text(200),
  country: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO3 code').nullable().optional(),
  role: text(100).nullable().optional(),
});

export const CorrectBody = z
  .strictObject({
    type: type.optional(),
    date: isoDate.nullable().optional(),
    location: text(200).nullable().optional(),
    initiator: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO3 code').nullable().optional(),
    topics: z.array(text(200)).max(50).optional(),
    participants: z.array(ParticipantBody).min(1).max(50).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'name at least one field to correct');

export const MergeBody = z.strictObject({ keep: uid, other: uid });
export const SplitBody = z.strictObject({ account: uid });

export const AddBody = z
  .strictObject({
    documentId: z.number().int().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    type,
    date: isoDate.nullable(),
    participants: z.array(ParticipantBody).min(1).max(50),
    location: text(200).nullable().optional(),
    initiator: z.string().regex(/^[A-Z]{3}$/).nullable().optional(),
    topics: z.array(text(200)).max(50).optional(),
  })
  .refine((b) => b.end > b.start, { message: 'end must be after start', path: ['end'] });

/** The analyst's text of one section of the review of a period and focus; an empty text removes it. */
export const ReviewNoteBody = z.strictObject({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day YYYY-MM-DD'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day YYYY-MM-DD'),
  focus: z.array(z.string().regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code')).min(1).max(20),
  text: z.string().max(20_000, 'at most 20000 characters'),
});
