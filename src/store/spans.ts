// The stored form of a document's sentence boundaries (migration 0013): a JSON array of
// [start, end, paragraph, heading] tuples (offsets into the document's text, heading 1 for a line of
// its own without closing punctuation), compact because every document carries one. Ingest writes it
// (ingest/sentences.ts); linking accounts to contacts reads it back as sentences.
import type { Sentence } from '../types.ts';

type SpanTuple = [start: number, end: number, paragraph: number, heading: 0 | 1];

/** The spans of these sentences, as stored. */
export function encodeSpans(sentences: Array<Pick<Sentence, 'start' | 'end' | 'paragraph' | 'heading'>>): string {
  return JSON.stringify(sentences.map((s): SpanTuple => [s.start, s.end, s.paragraph, s.heading ? 1 : 0]));
}

/** The stored spans as sentences of `text` (the document's text, which the spans index). */
export function decodeSpans(stored: string, text: string): Sentence[] {
  return (JSON.parse(stored) as SpanTuple[]).map(([start, end, paragraph, heading], index) => ({ index, start, end, paragraph, text: text.slice(start, end), heading: heading === 1 }));
}
