// End to end in Debian's Chromium (playwright-core, nothing downloaded): the server on a loopback
// port over the sample corpus plus a malicious article; an analyst opens the chronicle, filters it,
// opens an event, sees the evidence highlighted, corrects a participant with the token, the store is
// re-ingested by a new extractor version and the correction is still there; the malicious article
// renders as inert text; a write without the token fails and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../src/server/start.ts';
import { expandInputs, readMeta, metaFor } from '../src/ingest/files.ts';
import { ingestFile } from '../src/ingest/ingest.ts';
import { sampleStore, SAMPLE, launchChromium } from './fixtures/web/setup.ts';
import { join } from 'node:path';

const TOKEN = 'browser-test-token';
let server: RunningServer;
let browser: Browser;

before(async () => {
  server = await startServer({ db: await sampleStore({ malicious: true }), port: 0, token: TOKEN, log: () => {} });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page (own storage, so no token) that records dialogs and script errors. */
async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, dialogs, errors, close: () => context.close() };
}

const api = async (path: string) => (await fetch(`${server.url}${path}`)).json();

async function setToken(page: Page, token: string) {
  await page.fill('#token', token);
  await page.click('#token-form button');
  await page.waitForFunction(() => document.getElementById('token-state')?.textContent === 'token accepted');
}

test('chronicle → filter → event with highlighted evidence → correct a participant → re-ingest → still corrected', async () => {
  const { page, errors, close } = await openPage();
  try {
    await page.goto(`${server.url}/chronicle`);
    await page.waitForSelector('#chronicle li.entry');
    const all = await page.locator('#chronicle li.entry').count();
    assert.ok(all > 20);

    await page.fill('#filters input[name=country]', 'RUS,AZE');
    await page.selectOption('#filters select[name=type]', 'call');
    await page.click('#filters button[type=submit]');
    await page.waitForFunction((n) => document.querySelectorAll('#chronicle li.entry').length !== n, all);
    const types = await page.locator('#chronicle li.entry').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type));
    assert.ok(types.length > 0 && types.every((t) => t === 'call'), types.join());
    assert.match(page.url(), /country=RUS%2CAZE/);
    const expected = (await api('/api/chronicle?country=RUS,AZE&type=call')).entries.map((e: { text: string }) => e.text);
    assert.deepEqual(await page.locator('#chronicle li.entry .entry-link').allTextContents(), expected);

    await page.locator('#chronicle li.entry .entry-link').first().click();
    await page.waitForSelector('section.account mark.focus');
    const id = page.url().split('/events/')[1];
    const event = await api(`/api/events/${id}`);
    const marked = await page.locator('section.account').first().locator('mark.focus').allTextContents();
    assert.deepEqual(marked, event.accounts[0].evidence.map((s: { sentence: string }) => s.sentence), 'the source sentence is highlighted in the document text');
    const docText = await page.locator('section.account .doc-text').first().textContent();
    const doc = await api(`/api/documents/${event.accounts[0].document.id}`);
    assert.equal(docText, doc.text, 'the whole document text is shown around the highlight');

    await setToken(page, TOKEN);
    await page.click('#curation summary');
    const lines = (await page.inputValue('#correct-form textarea[name=participants]')).split('\n');
    lines[lines.length - 1] = 'Mikhail Galuzin; RUS; deputy-foreign-minister';
    await page.fill('#correct-form textarea[name=participants]', lines.join('\n'));
    await Promise.all([page.waitForEvent('load'), page.click('#correct-form button[type=submit]')]);
    await page.waitForSelector('#participants.corrected');
    assert.match((await page.locator('#participants').textContent()) ?? '', /Mikhail Galuzin/);
    assert.match((await page.locator('#corrections').textContent()) ?? '', /analyst/);

    // A new extractor version re-ingests the whole corpus.
    await server.db.updateTable('documents').set({ extractor_version: '0-older' }).execute();
    const meta = readMeta(join(SAMPLE, 'meta.jsonl'));
    const results = await Promise.all(expandInputs([SAMPLE]).files.map((f) => ingestFile(server.db, f, metaFor(f, meta, undefined))));
    assert.ok(results.every((r) => r.status === 'reextracted'), results.map((r) => r.status).join());
    await page.reload();
    await page.waitForSelector('#participants');
    assert.match((await page.locator('#participants').textContent()) ?? '', /Mikhail Galuzin/);
    assert.equal(await page.locator('#participants.corrected').count(), 1);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('without the token the UI offers no write, and a write without it fails and changes nothing', async () => {
  const { page, close } = await openPage();
  try {
    const [e] = (await api('/api/events?country=RUS,ARM&limit=1')).items;
    await page.goto(`${server.url}/events/${e.uid}`);
    await page.waitForSelector('#participants');
    // The controls need the token to do anything, so they are not offered without it (issue 19).
    assert.equal(await page.locator('#reject-btn').isVisible(), false);
    assert.match((await page.locator('#read-only-note').textContent()) ?? '', /token/);
    const status = await page.evaluate(async (uid) => (await fetch(`/api/events/${uid}/reject`, { method: 'POST' })).status, e.uid);
    assert.equal(status, 401);
    assert.equal((await api(`/api/events/${e.uid}`)).status, e.status);
  } finally {
    await close();
  }
});

test('the malicious article renders as inert text on the document, event and chronicle pages', async () => {
  const { page, dialogs, errors, close } = await openPage();
  try {
    const docs = (await api('/api/documents?limit=100')).items as Array<{ id: number; name: string }>;
    const doc = docs.find((d) => d.name === 'malicious-article.txt')!;
    const events = (await api(`/api/events?doc=${doc.id}`)).items;
    assert.ok(events.length > 0, 'the article reports a contact');
    for (const path of [`/documents/${doc.id}`, `/events/${events[0].uid}`, `/chronicle?from=2024-03-01&to=2024-03-31`, `/documents`]) {
      await page.goto(`${server.url}${path}`);
      await page.waitForFunction(() => !/Loading/.test(document.getElementById('main')?.textContent ?? 'Loading'));
      await page.waitForTimeout(200);
      const main = page.locator('#main');
      assert.equal(await main.locator('script, img, svg, iframe, [onerror], [onload], [onmouseover]').count(), 0, path);
      assert.equal(await page.locator('a[href^="javascript:" i], iframe').count(), 0, path);
      if (path.startsWith('/documents/') || path.startsWith('/events/')) {
        const text = (await main.textContent()) ?? '';
        assert.ok(text.includes(`<script>window.__attachePwned = 'script'`), `${path}: the markup shows as text`);
        assert.ok(text.includes('<a href="javascript:'), path);
        await main.getByText('Read the full readout').first().click();
        await main.getByText('Related: more from the diplomacy desk').first().hover();
      }
      assert.equal(await page.evaluate(() => (window as unknown as { __attachePwned?: string }).__attachePwned), undefined, `${path}: no script ran`);
      assert.ok(page.url().startsWith(server.url), 'no javascript: navigation');
    }
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the network and the chart draw with their libraries', async () => {
  const { page, errors, close } = await openPage();
  try {
    await page.goto(`${server.url}/network?level=country`);
    await page.waitForFunction(() => (window as unknown as { attacheNetwork?: unknown }).attacheNetwork !== undefined);
    const n = await page.evaluate(() => (window as unknown as { attacheNetwork: { nodes(): { length: number } } }).attacheNetwork.nodes().length);
    assert.equal(n, (await api('/api/network?level=country')).nodes.length);
    // An edge lists its contacts when clicked, fetched with the filter that selects exactly them.
    for (const level of ['country', 'person']) {
      await page.goto(`${server.url}/network?level=${level}`);
      await page.waitForFunction(() => (window as unknown as { attacheNetwork?: unknown }).attacheNetwork !== undefined);
      const id = await page.evaluate(() => {
        const e = (window as unknown as { attacheNetwork: { edges(): Array<{ id(): string; emit(ev: string): void }> } }).attacheNetwork.edges()[0];
        e.emit('tap');
        return e.id();
      });
      const edge = (await api(`/api/network?level=${level}`)).edges.find((e: { id: string }) => e.id === id);
      await page.waitForSelector('.edge-events li a');
      assert.equal(await page.locator('.edge-events li a').count(), Math.min(edge.weight, 100), `${level}: every contact of the edge is listed`);
    }
    await page.goto(`${server.url}/chart?country=RUS,ARM`);
    await page.waitForSelector('canvas#chart');
    assert.ok(await page.evaluate(() => (window as unknown as { Chart: { getChart(id: string): unknown } }).Chart.getChart('chart') !== undefined));
    await page.goto(`${server.url}/actors/vladimir-putin`);
    await page.waitForSelector('#counterparts tbody tr');
    assert.ok((await page.locator('#roles tr').count()) > 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
