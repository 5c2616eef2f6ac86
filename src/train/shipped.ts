// The annotated sets the shipped models are fitted on, read into training rows: the English reader's
// (kept events and dropped candidates, each labelled by the shared scorer's pairing with the gold) and
// the Russian reader's (joined candidates, labelled likewise). `npm run train` (scripts/train) fits on
// them; `attache train --db` (src/train/store.ts) fits on them plus an analyst's curation.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../ingest/read.ts';
import { readMeta, metaFor } from '../ingest/files.ts';
import { extract } from '../extract/pipeline.ts';
import { toRecord } from '../extract/record.ts';
import { candidateEvent, featuresOf as enFeaturesOf, scoringRows, type Row, type ScoringRows } from '../extract/score.ts';
import { defaultGazetteer } from '../gazetteer/index.ts';
import { readCandidates, toEvent } from '../reader/ru/read.ts';
import { featuresOf as ruFeaturesOf } from '../reader/ru/score.ts';
import type { Candidate } from '../reader/ru/candidates.ts';
import type { Features } from '../score/logistic.ts';
import type { Doc, EventRecord, TriggerDecision } from '../types.ts';
import { pairing } from '../eval/pairing.ts';

export const readJsonl = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const featuresOf = enFeaturesOf;

/** One document as the rules read it, with the labels of its rows. */
export interface Read {
  doc: Doc;
  name: string;
  /** A real document's number is odd (the tuning half) or even. */
  odd: boolean;
  rows: ScoringRows;
  decisions: TriggerDecision[];
  labels: Map<Features, number>;
  /** Each row's features by name. */
  features: Map<Row, Features>;
}

export function readEnglishSet(dir: string, metaPath: string, docDir = dir): { reads: Read[]; gold: EventRecord[] } {
  const meta = readMeta(metaPath);
  const gold: EventRecord[] = readJsonl(join(dir, 'gold.jsonl'));
  const names = readdirSync(docDir).filter((f) => /\.(txt|html|md)$/.test(f) && !/^(README|NOTES)\.md$/.test(f)).sort();
  const reads: Read[] = [];
  for (const name of names) {
    const file = join(docDir, name);
    const r = readDocument(file, readFileSync(file), metaFor(file, meta));
    if (!r.ok) continue;
    const x = extract(r.doc, { scorer: null });
    if (x.skipped || !x.candidates || !x.decisions) continue;
    const rows = scoringRows(x.events, x.candidates, x.decisions);
    const golds = gold.filter((gd) => gd.doc === r.doc.id);
    const kept = pairing(rows.events.map((e) => toRecord(e.event)), golds);
    const revived = pairing(rows.dropped.map((d) => toRecord(candidateEvent(r.doc, d.candidate))), kept.unpaired);
    const labels = new Map<Features, number>();
    const features = new Map<Row, Features>();
    for (const row of [...rows.events, ...rows.dropped]) features.set(row, featuresOf(row));
    rows.events.forEach((e, i) => labels.set(features.get(e)!, kept.labels[i]));
    rows.dropped.forEach((d, i) => labels.set(features.get(d)!, revived.labels[i]));
    const n = /\d+/.exec(name);
    reads.push({ doc: r.doc, name, odd: n ? Number(n[0]) % 2 === 1 : false, rows, decisions: x.decisions, labels, features });
  }
  return { reads, gold };
}


/** One joined candidate of the Russian set: its record, features and label. */
export interface RuRow { doc: string; candidate: Candidate; record: EventRecord; features: Record<string, number>; label: number }

/** The Russian real set (set: its folder, with docs/, gold.jsonl, meta.jsonl) as training rows. */
export function readRussianSet(set: string): { docs: string[]; gold: EventRecord[]; rows: RuRow[] } {
  const meta = new Map<string, { published: string | null; url: string | null }>(readJsonl(join(set, 'meta.jsonl')).map((m) => [m.doc, m]));
  const gold: EventRecord[] = readJsonl(join(set, 'gold.jsonl'));
  const docs = [...meta.keys()].filter((d) => existsSync(join(set, 'docs', d))).sort();
  const g = defaultGazetteer();

  const rows: RuRow[] = [];
  for (const doc of docs) {
    const text = readFileSync(join(set, 'docs', doc), 'utf8');
    const m = meta.get(doc)!;
    const d = { id: doc, text, regions: [{ start: 0, end: text.length }], published: m.published, lang: 'ru', outlet: null, url: m.url, title: null };
    const r = readCandidates(d, g);
    const records = r.joined.map((c) => toRecord(toEvent(d, g, r.ctx, c)));
    const ls = pairing(records, gold.filter((x) => x.doc === doc)).labels;
    r.joined.forEach((c, i) => rows.push({ doc, candidate: c, record: records[i], features: ruFeaturesOf(c), label: ls[i] }));
  }

  return { docs, gold, rows };
}

/**
 * How the shipped models are fitted (`npm run train`, and `attache train --db` when it refits on the
 * annotated sets): the English rate is for the number of rows (the library's step is the sum of the
 * rows' gradients); a feature seen in fewer than `minRows` rows gets no weight (see scripts/train/en.ts).
 */
export const EN_RECIPE = { steps: 1000, rowsRate: 0.2, minRows: 5 } as const;
export const RU_RECIPE = { steps: 3000, learningRate: 5e-3 } as const;
