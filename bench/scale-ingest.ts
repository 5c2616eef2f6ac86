// Scale benchmark, part 1 (SYNTHETIC data): ingest generated articles through the real queue with 1
// and with 2 `attache worker` processes; throughput, speed-up and peak memory of a worker, and the
// accounts (events) stored, which must be the same for 1 and 2 workers. Times are wall clock from the
// workers' start to the last one's exit (start-up of about 3 s included).
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createDatabase } from '../test/pg.ts';
import { openStore } from '../src/store/open.ts';
import { defaultGazetteer } from '../src/gazetteer/index.ts';
import { openBoss, ensureQueues } from '../src/queue/boss.ts';
import { enqueue } from '../src/queue/enqueue.ts';
import { Generator } from '../src/synth/generate.ts';
import { loadTemplates } from '../src/synth/templates.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const say = (s: string) => process.stdout.write(`${s}\n`);

/** Runs `n` workers until the queue is empty; returns seconds and each worker's summary. */
async function runWorkers(db: string, n: number): Promise<{ seconds: number; peakMb: number[] }> {
  const t = performance.now();
  const peaks = await Promise.all(
    Array.from({ length: n }, (_, i) => new Promise<number>((resolve, reject) => {
      const c = spawn(process.execPath, [join(ROOT, 'bin', 'attache.js'), 'worker', '--db', db, '--until-empty', '--quiet', '--id', `w${i}`], { stdio: ['ignore', 'pipe', 'inherit'] });
      let peak = 0;
      createInterface({ input: c.stdout! }).on('line', (l) => {
        const m = /peak memory (\d+) MB/.exec(l);
        if (m) peak = Number(m[1]);
      });
      c.on('exit', (code) => (code === 0 ? resolve(peak) : reject(new Error(`worker exited ${code}`))));
    })),
  );
  return { seconds: (performance.now() - t) / 1000, peakMb: peaks };
}

export async function ingestBench(serverUrl: string, docs: number): Promise<void> {
  const gen = new Generator(defaultGazetteer(), loadTemplates(), 11);
  const items = Array.from({ length: docs }, (_, i) => {
    const d = gen.doc(i + 1);
    return { file: d.name, meta: d.meta, bytes: Buffer.from(d.text) };
  });
  const results: Array<{ workers: number; seconds: number; rate: number; peakMb: number[]; events: number }> = [];
  say(`${docs} synthetic documents; workers take --batch 100 jobs at a time`);
  for (const workers of [1, 2]) {
    const db = await createDatabase(serverUrl, `scale_ingest_${workers}`);
    (await openStore(db)).destroy();
    const boss = await openBoss(db, { supervise: false });
    await ensureQueues(boss);
    const t = performance.now();
    await enqueue(boss, items, 16 << 20);
    say(`enqueued ${docs} synthetic documents in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await boss.stop({ graceful: false, close: true, wait: true });
    const r = await runWorkers(db, workers);
    const store = await openStore(db);
    const count = async (t: 'events' | 'contacts') => Number((await store.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const [events, contacts] = [await count('events'), await count('contacts')];
    await store.destroy();
    results.push({ workers, seconds: r.seconds, rate: docs / r.seconds, peakMb: r.peakMb, events });
    say(`${workers} worker(s): ${docs} docs in ${r.seconds.toFixed(1)} s = ${(docs / r.seconds).toFixed(1)} docs/s; ${events} events (accounts) stored, ${contacts} contacts; peak memory per worker ${r.peakMb.join(', ')} MB`);
  }
  if (results[0].events !== results[1].events) say(`MISMATCH: ${results[0].events} events stored with 1 worker, ${results[1].events} with 2`);
  else say(`events stored: ${results[0].events} with 1 worker and with 2 (the same)`);
  say(`speed-up with 2 workers: ×${(results[1].rate / results[0].rate).toFixed(2)} (machine: ${cpus().length} cores, shared)`);
}

