// The review page of the workbench in Chromium (playwright-core), over the multi-source fixture: the
// analyst writes a section's text, saves it with the token, the record changes (an event rejected),
// the draft is regenerated: the generated part follows the record and the text is still there,
// also after a reload and in the published file. Without the token the page offers no Save.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../src/server/start.ts';
import { openStore } from '../src/store/open.ts';
import { ingestFile } from '../src/ingest/ingest.ts';
import { readMeta, metaFor, expandInputs } from '../src/ingest/files.ts';
import { launchChromium } from './fixtures/web/setup.ts';
import { tempDir, ROOT } from './helpers.ts';

const MULTI = join(ROOT, 'test', 'fixtures', 'multi');
const TOKEN = 'review-browser-token';
const REVIEW = '/review?from=2022-04-01&to=2022-04-30&focus=ARM,AZE';
const TEXT = 'Our reading of April: the talks in Moscow\nset the agenda for the summer.';
let server: RunningServer;
let browser: Browser;

before(async () => {
  const path = join(tempDir(), 'review-browser.db');
  const db = await openStore(path);
  const meta = readMeta(join(MULTI, 'meta.jsonl'));
  for (const f of expandInputs([MULTI]).files) await ingestFile(db, f, metaFor(f, meta, undefined));
  await db.destroy();
  server = await startServer({ db: path, port: 0, token: TOKEN, log: () => {} });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const drafted = (page: Page) => page.waitForFunction(() => /^Drafted/.test(document.getElementById('review-state')?.textContent ?? ''));
const entries = (page: Page) => page.locator('#section-country-arm ul.review-entries li').allTextContents();

test('edit a section, save, regenerate after the record changed: the draft follows the record, the text is kept', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${server.url}${REVIEW}`);
    await drafted(page);
    assert.equal(await page.locator('#section-country-arm form.analyst-note button[type=submit]').isVisible(), false, 'no Save without a token');
    await page.fill('#token', TOKEN);
    await page.click('#token-form button');
    await page.waitForFunction(() => document.body.classList.contains('can-write'));

    // Every citation jumps to a source at the foot of the page.
    const refs = await page.locator('#review-draft a.cite').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(refs.length > 0);
    for (const r of new Set(refs)) assert.equal(await page.locator(`ol.sources li${r}`).count(), 1, `${r} is a source`);

    const before = await entries(page);
    assert.ok(before.some((t) => /^19 April 2022\. Meeting of Vladimir Putin/.test(t)), before.join('\n'));
    await page.fill('#note-country-arm', TEXT);
    await page.click('#section-country-arm form.analyst-note button[type=submit]');
    await page.waitForFunction(() => /^saved/.test(document.getElementById('note-state-country-arm')?.textContent ?? ''));

    // The record changes: the meeting is rejected by another analyst (through the API).
    const ev = await (await fetch(`${server.url}/api/events?country=RUS,ARM&type=meeting&from=2022-04-19&to=2022-04-19`)).json();
    assert.equal(ev.items.length, 1);
    const res = await fetch(`${server.url}/api/events/${ev.items[0].uid}/reject`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } });
    assert.equal(res.status, 200);

    await page.click('#regenerate');
    await page.waitForFunction(() => !/Meeting of Vladimir Putin/.test(document.querySelector('#section-country-arm ul.review-entries')?.textContent ?? 'Meeting of Vladimir Putin'));
    await drafted(page);
    const after = await entries(page);
    assert.ok(!after.some((t) => /Meeting of Vladimir Putin/.test(t)), 'the regenerated draft follows the record');
    assert.equal(await page.inputValue('#note-country-arm'), TEXT, 'the analyst’s text is kept');
    assert.match((await page.locator('#note-state-country-arm').textContent()) ?? '', /^saved/);
    assert.equal(await page.inputValue('#note-country-aze'), '', 'other sections stay empty');

    await page.reload();
    await drafted(page);
    assert.equal(await page.inputValue('#note-country-arm'), TEXT, 'kept after a reload');
    const md = await (await fetch(`${server.url}/api/review?from=2022-04-01&to=2022-04-30&focus=ARM,AZE&format=md`)).text();
    assert.ok(md.includes('Our reading of April: the talks in Moscow  \nset the agenda for the summer.'), 'and in the published review');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('text typed but not saved is carried over a regeneration and marked unsaved', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}${REVIEW}`);
    await drafted(page);
    await page.fill('#note-country-aze', 'A first thought, not saved.');
    await page.click('#regenerate');
    await page.waitForFunction(() => document.getElementById('note-state-country-aze')?.textContent === 'not saved yet');
    assert.equal(await page.inputValue('#note-country-aze'), 'A first thought, not saved.');
    const stored = await (await fetch(`${server.url}/api/review?from=2022-04-01&to=2022-04-30&focus=ARM,AZE`)).json();
    assert.equal(stored.sections.find((s: { key: string }) => s.key === 'country-aze').note, null, 'nothing was stored');
  } finally {
    await context.close();
  }
});
