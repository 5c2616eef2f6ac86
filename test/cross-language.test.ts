// One contact told in Russian and in English: the Russian reader's account and the English
// pipeline's join as one event with two accounts, and the accounts can be compared side by side.
// Both texts are written for the project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tempDir } from './helpers.ts';
import { openStore } from '../src/store/open.ts';
import { ingestBytes } from '../src/ingest/ingest.ts';
import { listEvents, documentText } from '../src/read-model/queries.ts';

const RU = 'МОСКВА, 14 марта. Министр иностранных дел России Сергей Лавров провёл телефонный разговор с министром иностранных дел Армении Араратом Мирзояном. Стороны обсудили подготовку мирного договора.\n';
const EN = 'On 14 March, Russian Foreign Minister Sergey Lavrov held a telephone conversation with his Armenian counterpart Ararat Mirzoyan. They discussed the preparation of a peace treaty.\n';

test('a Russian and an English account of one call are one event with two accounts', async () => {
  const db = await openStore(join(tempDir(), 'x.db'));
  try {
    const ru = await ingestBytes(db, 'ru-call.txt', Buffer.from(RU), { published: '2024-03-14' });
    const en = await ingestBytes(db, 'en-call.txt', Buffer.from(EN), { published: '2024-03-15' });
    assert.equal(ru.status, 'ingested', ru.reason ?? '');
    assert.equal(en.status, 'ingested', en.reason ?? '');
    const calls = await listEvents(db, { actor: 'sergey-lavrov', type: 'call' });
    assert.equal(calls.length, 1, 'counted once');
    const [e] = calls;
    assert.equal(e.date, '2024-03-14');
    assert.deepEqual(e.accounts.map((a) => a.document.name).sort(), ['en-call.txt', 'ru-call.txt']);
    const ruAccount = e.accounts.find((a) => a.document.name === 'ru-call.txt')!;
    assert.match(ruAccount.evidence[0].sentence, /Сергей Лавров провёл телефонный разговор/);
    // The workbench highlights evidence by its offsets into the stored text: for Cyrillic text they
    // must cut out the very sentence (UTF-16 offsets, not bytes).
    const stored = await documentText(db, ruAccount.document.id);
    const ev = ruAccount.evidence[0];
    assert.equal(stored?.text.slice(ev.start, ev.end), ev.sentence);
  } finally {
    await db.destroy();
  }
});

test('the Russian and the English account raise the same topic label, and the chronicle and the comparison show it', async () => {
  const { compareAccounts } = await import('../src/contacts/compare.ts');
  const { chronicleEvents } = await import('../src/chronicle/query.ts');
  const { buildChronicle } = await import('../src/chronicle/chronicle.ts');
  const { defaultGazetteer } = await import('../src/gazetteer/index.ts');
  const db = await openStore(join(tempDir(), 'topics.db'));
  try {
    await ingestBytes(db, 'ru-call.txt', Buffer.from(RU), { published: '2024-03-14' });
    await ingestBytes(db, 'en-call.txt', Buffer.from(EN), { published: '2024-03-15' });
    const [e] = await listEvents(db, { actor: 'sergey-lavrov', type: 'call' });
    assert.deepEqual(e.topics, ['peace treaty between Armenia and Azerbaijan']);
    for (const a of e.accounts) assert.deepEqual(a.topics, ['peace treaty between Armenia and Azerbaijan'], a.document.name);
    const c = compareAccounts(e);
    assert.deepEqual(c.shared.map((t) => t.topic), ['peace-treaty']);
    assert.deepEqual(c.onlyOne, []);
    const chronicle = buildChronicle(defaultGazetteer(), await chronicleEvents(db, {}));
    assert.match(chronicle.entries[0].text, /Topics: peace treaty between Armenia and Azerbaijan\.$/);
  } finally {
    await db.destroy();
  }
});
