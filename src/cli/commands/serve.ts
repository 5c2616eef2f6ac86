// `attache serve`: the JSON API and the web UI over one store. `--demo` serves the bundled sample
// corpus from a fresh temporary database, so a new machine has something to look at.
import { Command } from 'commander';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dbOption } from '../store.ts';
import { ROOT } from '../../paths.ts';

const SAMPLE = `${join(ROOT, 'corpus', 'sample')}/`;

/** Fills a temporary store with the sample corpus; returns its path and a clean-up. */
export async function demoStore(): Promise<{ path: string; remove: () => void }> {
  const [{ openStore }, { expandInputs, readMeta, metaFor }, { ingestFile }] = await Promise.all([import('../../store/open.ts'), import('../../ingest/files.ts'), import('../../ingest/ingest.ts')]);
  const dir = mkdtempSync(join(tmpdir(), 'attache-demo-'));
  const path = join(dir, 'demo.db');
  const db = await openStore(path);
  try {
    const meta = readMeta(join(SAMPLE, 'meta.jsonl'));
    for (const f of expandInputs([SAMPLE]).files) await ingestFile(db, f, metaFor(f, meta, undefined));
  } finally {
    await db.destroy();
  }
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function serveCommand(): Command {
  return dbOption(new Command('serve').description('serve the JSON API and the web UI (writes need $ATTACHE_TOKEN)'))
    .option('--port <n>', 'port (0: any free port)', '8080')
    .option('--host <address>', 'address to listen on; other than loopback needs $ATTACHE_TOKEN', '127.0.0.1')
    .option('--demo', 'serve the bundled sample corpus from a temporary database')
    .action(async (o: { db?: string; port: string; host: string; demo?: boolean }) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not '${o.port}'`);
      const [{ dbPath }, { startServer }] = await Promise.all([import('../../store/open.ts'), import('../../server/start.ts')]);
      const demo = o.demo ? await demoStore() : null;
      const server = await startServer({ db: demo?.path ?? dbPath(o.db), host: o.host, port, token: process.env.ATTACHE_TOKEN });
      process.stdout.write(`attaché is serving ${demo ? 'the sample corpus' : dbPath(o.db)} at ${server.url}/\n`);
      process.stdout.write(process.env.ATTACHE_TOKEN ? 'writes: need the token in $ATTACHE_TOKEN\n' : 'writes: off (set ATTACHE_TOKEN to allow corrections)\n');
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      demo?.remove();
    });
}
