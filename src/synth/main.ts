// Writes a SYNTHETIC corpus: `node --import tsx src/synth/main.ts --out DIR --docs N [--seed S]`.
// DIR gets synthetic-NNNNNN.txt articles, synthetic-meta.jsonl (for --meta) and synthetic-gold.jsonl
// (the events each article reports, for ../shared/eval/score.mjs).
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { once } from 'node:events';
import { defaultGazetteer } from '../gazetteer/index.ts';
import { Generator } from './generate.ts';
import { loadTemplates } from './templates.ts';

export async function writeCorpus(dir: string, docs: number, seed = 1): Promise<{ docs: number; events: number }> {
  mkdirSync(dir, { recursive: true });
  const gen = new Generator(defaultGazetteer(), loadTemplates(), seed);
  const meta = createWriteStream(join(dir, 'synthetic-meta.jsonl'));
  const gold = createWriteStream(join(dir, 'synthetic-gold.jsonl'));
  let events = 0;
  for (let i = 1; i <= docs; i++) {
    const d = gen.doc(i);
    writeFileSync(join(dir, d.name), d.text);
    if (!meta.write(JSON.stringify(d.meta) + '\n')) await once(meta, 'drain');
    for (const e of d.expected) if (!gold.write(JSON.stringify(e) + '\n')) await once(gold, 'drain');
    events += d.expected.length;
  }
  meta.end();
  gold.end();
  await Promise.all([once(meta, 'close'), once(gold, 'close')]);
  return { docs, events };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, docs: { type: 'string', default: '100' }, seed: { type: 'string', default: '1' } } });
  if (!values.out) {
    process.stderr.write('usage: node --import tsx src/synth/main.ts --out DIR --docs N [--seed S]\n');
    process.exit(2);
  }
  const r = await writeCorpus(values.out, Number(values.docs), Number(values.seed));
  process.stdout.write(`${r.docs} synthetic documents, ${r.events} expected events in ${values.out}\n`);
}
