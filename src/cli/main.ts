// The `attache` command line: parses arguments, calls the core, formats the output.
import { Command, CommanderError } from 'commander';
import { extractCommand } from './commands/extract.ts';
import { ingestCommand } from './commands/ingest.ts';
import { eventsCommand, showCommand } from './commands/events.ts';
import { chronicleCommand, actorsCommand } from './commands/chronicle.ts';
import { reextractCommand } from './commands/reextract.ts';
import { watchCommand } from './commands/watch.ts';
import { sourcesCommand } from './commands/sources.ts';
import { serveCommand } from './commands/serve.ts';
import { exportCommand } from './commands/export.ts';
import { compareCommand } from './commands/compare.ts';
import { statsCommand } from './commands/stats.ts';
import { reviewCommand } from './commands/review.ts';
import { workerCommand } from './commands/worker.ts';
import { jobsCommand } from './commands/jobs.ts';
import { explainCommand } from './commands/explain.ts';
import { trainCommand } from './commands/train.ts';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('attache')
    .description('attaché — a record of diplomatic contacts extracted from news and readouts')
    .version('0.1.0')
    .exitOverride();
  for (const c of [extractCommand(), ingestCommand(), eventsCommand(), showCommand(), chronicleCommand(), actorsCommand(), reextractCommand(), serveCommand(), exportCommand(), workerCommand(), jobsCommand()]) {
    program.addCommand(c.exitOverride());
  }
  for (const c of [compareCommand(), statsCommand(), reviewCommand()]) program.addCommand(c.exitOverride()); // issue 4: merging, stats, review
  program.addCommand(explainCommand().exitOverride()); // issues 16, 17: why each candidate was kept or dropped
  program.addCommand(trainCommand().exitOverride()); // issue 16: learning from analysts
  for (const c of [watchCommand(), sourcesCommand()]) program.addCommand(c.exitOverride()); // issue 5: monitoring
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    process.stderr.write(`attache: ${(e as Error).message}\n`);
    return 2;
  }
}
