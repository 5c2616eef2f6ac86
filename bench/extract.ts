// Extraction throughput, one process: MB/s, documents/s, sentences/s and peak memory over at least
// 20 MB of text. The corpus is the project's own sample and dev articles, repeated (each copy a
// separate document) until the size is reached.   npm run bench [-- --mb 20]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../src/ingest/read.ts';
import { extract } from '../src/extract/pipeline.ts';
import { defaultGazetteer } from '../src/gazetteer/index.ts';
import { defaultLexicon } from '../src/extract/lexicon.ts';

const root = new URL('..', import.meta.url).pathname;
const mbArg = process.argv.indexOf('--mb');
const targetMb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 20;

const sources = ['corpus/sample', 'corpus/dev'].flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => /\.(txt|html|md)$/.test(f) && f !== 'README.md')
    .map((f) => ({ name: f, bytes: readFileSync(join(root, d, f)) })),
);
const docs = [];
let total = 0;
for (let i = 0; total < targetMb * 1024 * 1024; i++) {
  const s = sources[i % sources.length];
  const r = readDocument(`${i}-${s.name}`, s.bytes, { published: '2023-06-30' });
  if (!r.ok) continue;
  docs.push(r.doc);
  total += Buffer.byteLength(r.doc.text);
}
defaultGazetteer();
defaultLexicon();
let peak = process.memoryUsage().rss;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let sentences = 0;
let events = 0;
for (const d of docs) {
  const x = extract(d);
  sentences += x.sentences;
  events += x.events.length;
  if (sentences % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
peak = Math.max(peak, process.memoryUsage().rss);
const mb = total / 1024 / 1024;
const rows = [
  ['corpus', `${docs.length} documents, ${mb.toFixed(1)} MB of text (corpus/sample + corpus/dev, repeated)`],
  ['time', `${secs.toFixed(1)} s`],
  ['throughput', `${(mb / secs).toFixed(2)} MB/s wall clock; ${(mb / cpuSecs).toFixed(2)} MB per CPU second (${cpuSecs.toFixed(1)} s of CPU, GC threads included)`],
  ['documents', `${(docs.length / secs).toFixed(0)} documents/s`],
  ['sentences', `${(sentences / secs).toFixed(0)} sentences/s (${sentences} sentences)`],
  ['events', `${events} events`],
  ['peak memory', `${(peak / 1024 / 1024).toFixed(0)} MB RSS`],
];
for (const [k, v] of rows) console.log(`${k.padEnd(12)} ${v}`);
