// Developer aid: prints what each stage found in each sentence of one document.
//   node --import tsx scripts/explain.ts FILE [--published YYYY-MM-DD] [--grep WORD]
import { readFileSync } from 'node:fs';
import { readDocument } from '../src/ingest/read.ts';
import { extract } from '../src/extract/pipeline.ts';
import { toRecord } from '../src/extract/record.ts';

const [file, ...rest] = process.argv.slice(2);
const published = rest.includes('--published') ? rest[rest.indexOf('--published') + 1] : null;
const grep = rest.includes('--grep') ? rest[rest.indexOf('--grep') + 1] : null;
const r = readDocument(file, readFileSync(file), { published });
if (!r.ok) throw new Error(r.reason);
const x = extract(r.doc);
console.log('document date', x.docDate);
for (const e of x.events) {
  const rec = toRecord(e);
  if (grep && !JSON.stringify(rec).includes(grep)) continue;
  console.log(`${rec.date} ${rec.type} [${rec.participants.join(', ')}] ${rec.countries.join(',')} ${rec.location ?? ''} init=${rec.initiator ?? ''}`);
  console.log(`   rules: ${e.rules.join(' ')}`);
  for (const ev of e.evidence) console.log(`   > ${ev.sentence.slice(0, 160)}`);
}
