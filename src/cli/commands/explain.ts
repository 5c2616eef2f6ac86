// `attache explain FILE`: every candidate the reader made of a document, its features and cues, and
// the rule that kept or dropped it (and the event it was joined to). Russian documents go through the
// candidate reader (src/reader/ru), whose every decision is recorded, and each event's topics are
// shown with the vocabulary pattern that gave them; for English documents the events are listed with
// the rules that made them and their topics.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../ingest/limits.ts';
import { render, type Format } from '../output.ts';
import { documentOptions } from './extract.ts';

export function explainCommand(): Command {
  return documentOptions(
    new Command('explain')
      .description('list the candidates of one document: features, cues, and why each was kept or dropped')
      .argument('<file>', 'a .txt, .html or .md file'),
  ).action(async (file: string, o: { meta?: string; published?: string; format: string }) => {
      const [{ readMeta, metaFor }, { readDocument }, { extract }, { readRussian }, { defaultGazetteer }, { toIso }] = await Promise.all([import('../../ingest/files.ts'), import('../../ingest/read.ts'), import('../../extract/pipeline.ts'), import('../../reader/ru/read.ts'), import('../../gazetteer/index.ts'), import('../../extract/dates.ts')]);
      const meta = o.meta ? readMeta(o.meta) : new Map();
      const r = readDocument(file, readFileSync(file), metaFor(file, meta, o.published), { maxBytes: DEFAULT_MAX_BYTES });
      if (!r.ok) {
        process.stderr.write(`${file}: refused: ${r.reason}\n`);
        process.exitCode = 1;
        return;
      }
      const fmt = o.format as Format;
      let rows: Array<Record<string, unknown>>;
      if (r.doc.lang === 'ru') {
        const reading = readRussian(r.doc, defaultGazetteer());
        // An event's topics, each with the vocabulary pattern and the words that gave it (src/topics).
        const topicsOf = (id: number) =>
          reading.eventCandidates
            .flatMap((c, i) => (c === id ? reading.topics[i] : []))
            .map((h) => `${h.label} ← ${h.pattern} «${r.doc.text.slice(h.start, h.end)}»`)
            .join('; ');
        rows = reading.decisions.map((d) => {
          const c = d.candidate;
          return {
            candidate: c.id,
            decision: d.kept ? (d.joinedTo ? `joined to ${d.joinedTo}` : 'kept') : 'dropped',
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
            sentence: r.doc.text.slice(r.doc.text.lastIndexOf('\n', c.triggers[0].start) + 1, c.triggers[0].end + 60).replace(/\s+/g, ' '),
          };
        });
      } else {
        rows = extract(r.doc).events.map((e, i) => ({ candidate: i + 1, decision: 'kept', rule: e.rules[0], reason: 'the English pipeline keeps no dropped candidates', type: e.type, date: e.date, participants: e.participants.map((p) => p.name).join('; '), countries: e.countries.join(' '), rules: e.rules.join(' '), topics: e.topics.join('; '), sentence: e.evidence[0]?.sentence ?? '' }));
      }
      process.stdout.write(fmt === 'table' ? render(rows, 'table', ['candidate', 'decision', 'rule', 'type', 'date', 'participants', 'countries', 'reason', 'topics']) : render(rows, fmt));
    });
}
