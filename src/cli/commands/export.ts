// `attache export`: events as CSV or JSON Lines (one row per event, participants joined), or the
// contact network as GEXF (Gephi) or GraphML, to stdout or a file.
import { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { NetworkLevel } from '../../network/graph.ts';
import { dbOption, withStore } from '../store.ts';
import { filterOptions, toFilter, type FilterOptions } from './events.ts';

const FORMATS = ['csv', 'jsonl', 'gexf', 'graphml'];

async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

export function exportCommand(): Command {
  return dbOption(filterOptions(new Command('export').description('events as CSV or JSON Lines; the contact network as GEXF or GraphML')))
    .option('--format <format>', 'csv | jsonl (events) | gexf | graphml (network)', 'csv')
    .option('--level <level>', 'network nodes: person | country', 'person')
    .option('--doc <id>', 'events of one document (name or id)')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (o: FilterOptions & { db?: string; format: string; level: string; output?: string }) => {
      if (!FORMATS.includes(o.format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}, not '${o.format}'`);
      if (o.level !== 'person' && o.level !== 'country') throw new Error(`--level must be person or country, not '${o.level}'`);
      const filter = toFilter(o);
      const [{ listEvents }, { exportEvents }, { buildNetwork }, { actorsById }, { toGexf, toGraphml }, { defaultGazetteer }] = await Promise.all([import('../../read-model/queries.ts'), import('../../export/events.ts'), import('../../network/graph.ts'), import('../../network/aggregate.ts'), import('../../export/graph.ts'), import('../../gazetteer/index.ts')]);
      // A file is written under a temporary name and renamed once whole: a failing export leaves no
      // file that looks complete (issue 19); the error reaches main, which prints it and exits non-zero.
      const partial = o.output ? `${o.output}.partial-${process.pid}` : undefined;
      const out: Writable = partial ? createWriteStream(partial) : process.stdout;
      const n = await withStore(o, async (db) => {
        if (o.format === 'csv' || o.format === 'jsonl') return exportEvents(db, filter, o.format, (chunk) => put(out, chunk));
        const g = defaultGazetteer();
        const events = await listEvents(db, { ...filter, limit: 1_000_000 });
        // People are labelled with the actors' names, as /api/network labels them.
        const actorOf = await actorsById(db, [...new Set(events.flatMap((e) => e.participants.map((p) => p.actor_id)))]);
        const net = buildNetwork(events, o.level as NetworkLevel, (c) => g.countries.get(c)?.name ?? c, actorOf);
        await put(out, o.format === 'gexf' ? toGexf(net) : toGraphml(net));
        return net.nodes.length;
      }).catch(async (e: Error) => {
        if (partial) {
          out.destroy();
          await rm(partial, { force: true });
        }
        throw new Error(`export failed: ${e.message}`);
      });
      if (o.output && partial) {
        out.end();
        await once(out, 'finish');
        await rename(partial, o.output);
        process.stderr.write(`${o.output}: ${n} ${o.format === 'csv' || o.format === 'jsonl' ? 'events' : 'nodes'}\n`);
      }
    });
}
