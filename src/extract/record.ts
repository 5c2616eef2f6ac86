// Extracted events → the exchange format of shared/eval/SCHEMA.md.
import type { EventRecord, ExtractedEvent } from '../types.ts';

export function toRecord(e: ExtractedEvent): EventRecord {
  return {
    doc: e.doc,
    date: e.date,
    type: e.type,
    participants: e.participants.map((p) => p.name).filter(Boolean),
    countries: e.countries,
    initiator: e.initiator,
    location: e.location,
    topics: e.topics,
    evidence: e.evidence[0]?.sentence ?? '',
    ...(e.confidence != null ? { confidence: Math.round(e.confidence * 1000) / 1000 } : {}),
  };
}
