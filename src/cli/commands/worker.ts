// `attache worker`: take extraction jobs from the queue and store the results, until stopped
// (Ctrl-C finishes the job in hand first) or, with --until-empty, until nothing is left to do.
import { Command, Option } from 'commander';
import { DEFAULT_BATCH } from '../../queue/batch.ts';
import { dbOption } from '../store.ts';

export function workerCommand(): Command {
  return dbOption(new Command('worker').description('take documents from the job queue (PostgreSQL), extract and store them'))
    .option('--queue <url>', 'the queue\'s database (default: the --db database)')
    .option('--until-empty', 'stop when no job is waiting, retrying or held by another worker')
    .option('--batch <n>', 'jobs taken and stored together', String(DEFAULT_BATCH))
    .option('--poll <seconds>', 'seconds between looks at an empty queue', '1')
    .option('--supervise <seconds>', 'seconds between looks for jobs held too long by workers that died', '60')
    .option('--id <name>', 'this worker\'s name in job records (default host:pid)')
    .option('--quiet', 'no line per job')
    .addOption(new Option('--hold-ms <ms>', 'hold each job this long before working on it (failure tests)').hideHelp())
    .action(async (o: { db?: string; queue?: string; untilEmpty?: boolean; poll: string; batch: string; supervise: string; id?: string; quiet?: boolean; holdMs?: string }) => {
      const [{ runWorker }, { dbPath }] = await Promise.all([import('../../queue/worker.ts'), import('../../store/open.ts')]);
      const store = dbPath(o.db);
      const stop = new AbortController();
      for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => stop.abort());
      const s = await runWorker({
        store,
        queue: o.queue ?? store,
        id: o.id,
        untilEmpty: o.untilEmpty,
        pollSeconds: Number(o.poll),
        batchSize: Math.max(1, Number(o.batch) || DEFAULT_BATCH),
        superviseSeconds: Number(o.supervise),
        holdMs: o.holdMs ? Number(o.holdMs) : undefined,
        log: o.quiet ? undefined : (line) => process.stdout.write(`${line}\n`),
        signal: stop.signal,
      });
      process.stdout.write(`worker ${s.id}: ${s.done} done, ${s.failed} failed, ${s.events} events in ${s.seconds.toFixed(1)} s; peak memory ${s.peakRssMb} MB\n`);
    });
}
