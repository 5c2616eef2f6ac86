// `attache explain FILE`: every candidate the reader made of a document, its features and cues, and
// the rule that kept or dropped it (and the event it was joined to). Russian documents go through the
// candidate reader (src/reader/ru), whose every decision is recorded, and each event's topics are
// shown with the vocabulary pattern that gave them. English documents list every trigger the English
// reader found (src/extract/trace.ts), with the date, people and countries its sentence's frame had
// read, and what became of it: dropped by a named rule (negated, no counterpart, a trip home, …),
// kept as event N, or joined to the event of an earlier candidate (a definite mention, or a mention
// merge.ts folded into another); kept ones show their event's rules and topics. The trained scorer's
// probability (src/extract/score.ts) stands beside each: a candidate it revived (`keep.scorer`) or an
// event it dropped (`drop.scorer`) names its score in the reason too.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../ingest/limits.ts';
import { render, type Format } from '../output.ts';
import { documentOptions } from './extract.ts';
import { missedWithClosest, type CandidateView } from '../../eval/closest.ts';
import type { EventRecord } from '../../types.ts';

export function explainCommand(): Command {
  return documentOptions(
    new Command('explain')
      .description('list the candidates of one document: features, cues, and why each was kept or dropped')
      .argument('<file>', 'a .txt, .html or .md file'),
  )
    .option('--gold <file>', 'gold records (JSON Lines, ../shared/eval/SCHEMA.md): list each gold event of this document the output misses, with the candidate that came closest and why it lost')
    .action(async (file: string, o: { meta?: string; published?: string; format: string; gold?: string }) => {
      const [{ readMeta, metaFor }, { readDocument }, { extract }, { readRussian }, { defaultGazetteer }, { toIso }, { toRecord }] = await Promise.all([import('../../ingest/files.ts'), import('../../ingest/read.ts'), import('../../extract/pipeline.ts'), import('../../reader/ru/read.ts'), import('../../gazetteer/index.ts'), import('../../extract/dates.ts'), import('../../extract/record.ts')]);
      const meta = o.meta ? readMeta(o.meta) : new Map();
      const r = readDocument(file, readFileSync(file), metaFor(file, meta, o.published), { maxBytes: DEFAULT_MAX_BYTES });
      if (!r.ok) {
        process.stderr.write(`${file}: refused: ${r.reason}\n`);
        process.exitCode = 1;
        return;
      }
      const fmt = o.format as Format;
      const decisionOf = (d: { kept: boolean; joinedTo?: unknown }) => (d.kept ? (d.joinedTo ? `joined to ${d.joinedTo}` : 'kept') : 'dropped');
      const sentenceOf = (t: { start: number; end: number }) => r.doc.text.slice(r.doc.text.lastIndexOf('\n', t.start) + 1, t.end + 60).replace(/\s+/g, ' ');
      let rows: Array<Record<string, unknown>>;
      // For --gold: the output's records and every candidate, in one shape for both languages.
      let records: EventRecord[] = [];
      let views: CandidateView[] = [];
      if (r.doc.lang === 'ru') {
        const reading = readRussian(r.doc, defaultGazetteer());
        // An event's topics, each with the vocabulary pattern and the words that gave it (src/topics).
        const topicsOf = (id: number) =>
          reading.eventCandidates
            .flatMap((c, i) => (c === id ? reading.topics[i] : []))
            .map((h) => `${h.label} ← ${h.pattern} «${r.doc.text.slice(h.start, h.end)}»`)
            .join('; ');
        records = reading.events.map(toRecord);
        views = reading.decisions.map((d) => ({ id: d.candidate.id, decision: decisionOf(d), rule: d.rule, reason: d.reason, type: d.candidate.type, date: toIso(d.candidate.date), participants: d.candidate.people.map((p) => p.person.name), countries: [...d.candidate.countries], sentence: sentenceOf(d.candidate.triggers[0]) }));
        rows = reading.decisions.map((d) => {
          const c = d.candidate;
          return {
            candidate: c.id,
            decision: decisionOf(d),
            rule: d.rule,
            reason: d.reason,
            type: c.type,
            date: toIso(c.date),
            participants: c.people.map((p) => p.person.name).join('; '),
            countries: [...c.countries].join(' '),
            cues: [...c.cues].join(' '),
            features: Object.entries(c.features).map(([k, v]) => `${k}=${v}`).join(' '),
            rules: c.rules.join(' '),
            topics: d.kept && !d.joinedTo ? topicsOf(c.id) : '',
            sentence: sentenceOf(c.triggers[0]),
          };
        });
      } else {
        const x = extract(r.doc);
        const candidates = new Map((x.candidates ?? []).map((c) => [c.id, c]));
        records = x.events.map(toRecord);
        views = (x.decisions ?? []).map((d) => {
          const c = candidates.get(d.candidate)!;
          return { id: c.id, decision: decisionOf(d), rule: d.rule, reason: d.reason, type: c.type, date: c.date, participants: c.participants.map((p) => p.name ?? '').filter(Boolean), countries: c.countries, sentence: r.doc.text.slice(c.span.start, c.span.end) };
        });
        rows = (x.decisions ?? []).map((d) => {
          const c = candidates.get(d.candidate)!;
          const e = d.event ? x.events[d.event - 1] : undefined;
          return {
            candidate: c.id,
            decision: decisionOf(d),
            event: d.event ?? '',
            rule: d.rule,
            reason: d.reason,
            // The trained scorer's probability (src/extract/score.ts): of the event when kept, of the candidate as one when dropped.
            score: d.score != null ? d.score.toFixed(2) : '',
            type: c.type,
            date: c.date,
            participants: c.participants.map((p) => p.name).join('; '),
            countries: c.countries.join(' '),
            trigger: `${c.trigger.rule} «${c.trigger.text.trim()}»`,
            rules: e && !d.joinedTo ? e.rules.join(' ') : `${c.trigger.rule} ${c.dateRule}`,
            topics: e && !d.joinedTo ? e.topics.join('; ') : '',
            sentence: r.doc.text.slice(c.span.start, c.span.end).replace(/\s+/g, ' '),
          };
        });
        if (x.skipped) process.stderr.write(`${file}: not extracted: ${x.skipped}\n`);
      }
      const columns = ['candidate', 'decision', ...(r.doc.lang === 'ru' ? [] : ['event', 'score']), 'rule', 'type', 'date', 'participants', 'countries', 'reason', 'topics'];
      if (!o.gold) {
        process.stdout.write(fmt === 'table' ? render(rows, 'table', columns) : render(rows, fmt));
        return;
      }
      {
        const golds = readFileSync(o.gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EventRecord).filter((g) => g.doc === r.doc.id);
        const missed = missedWithClosest(golds, records, views).map((m) => ({
          gold: `${m.gold.date ?? '—'} ${m.gold.type} [${m.gold.participants.join('; ')}]`,
          candidate: m.closest?.id ?? '',
          decision: m.closest ? m.closest.decision : 'no candidate',
          rule: m.closest?.rule ?? '',
          differs: m.closest ? [...(m.sameSentence ? [] : ['another sentence']), ...m.differs].join(', ') : 'no contact word found anywhere in the document',
          found: m.closest ? `${m.closest.date ?? '—'} ${m.closest.type} [${m.closest.participants.join('; ')}]` : '',
          reason: m.closest?.reason ?? '',
        }));
        // A table each on a terminal; one object in JSON; in JSON Lines and CSV the candidates, then the misses.
        if (fmt === 'table') process.stdout.write(`${render(rows, 'table', columns)}\n${missed.length} of ${golds.length} gold events missed; the closest candidate of each:\n${missed.length ? render(missed, 'table', ['gold', 'candidate', 'decision', 'rule', 'differs', 'found', 'reason']) : ''}`);
        else if (fmt === 'json') process.stdout.write(`${JSON.stringify({ candidates: rows, gold: golds.length, missed }, null, 2)}\n`);
        else process.stdout.write(render(rows, fmt) + render(missed.map((m) => ({ missed: true, ...m })), fmt));
      }
    });
}
