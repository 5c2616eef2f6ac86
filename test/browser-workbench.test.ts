// The workbench as an analyst uses it, in Debian's Chromium (playwright-core), over its own copy of
// the sample corpus (issue 19): a late answer to an earlier filter never replaces the newer one;
// long unbroken titles and names never widen a page; curation controls only with an accepted token,
// a confirmation before rejecting, and rejected events found again through the status filter; the
// people network readable at its default size, with a legend, zoom, search and a neighbourhood view,
// sharing its filters with the chronicle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../src/server/start.ts';
import { sampleStore, launchChromium } from './fixtures/web/setup.ts';

const TOKEN = 'workbench-test-token';
let server: RunningServer;
let browser: Browser;

before(async () => {
  server = await startServer({ db: await sampleStore(), port: 0, token: TOKEN, log: () => {} });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(o: { acceptDialogs?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  let accept = o.acceptDialogs ?? false;
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void (accept ? d.accept() : d.dismiss());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, dialogs, errors, acceptDialogs: (v: boolean) => (accept = v), close: () => context.close() };
}

const api = async (path: string, init?: RequestInit) => (await fetch(`${server.url}${path}`, init)).json();
const write = (path: string, body?: unknown, method = 'POST') =>
  api(path, { method, headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

/** Enter a token and wait for the page's verdict on it (not the verdict still shown for the previous one). */
async function setToken(page: Page, token: string, verdict: 'token accepted' | 'wrong token' = token === TOKEN ? 'token accepted' : 'wrong token') {
  await page.fill('#token', token);
  await page.click('#token-form button');
  await page.waitForFunction((want) => document.getElementById('token-state')?.textContent === want, verdict);
}

const loaded = (page: Page) => page.waitForFunction(() => !/Loading/.test(document.getElementById('main')?.textContent ?? 'Loading'));

test('a late answer to an earlier filter never replaces the answer to the newer one', async () => {
  const { page, errors, close } = await openPage();
  try {
    // The answer for RUS,ARM is held back until the one for RUS,AZE has been shown.
    let releaseSlow!: () => void;
    const slowGate = new Promise<void>((r) => (releaseSlow = r));
    let slowAsked = false;
    await page.route(
      (u) => u.pathname === '/api/chronicle' && u.searchParams.get('country') === 'RUS,ARM',
      async (route) => {
        slowAsked = true;
        const response = await route.fetch();
        await slowGate;
        await route.fulfill({ response }).catch(() => {}); // the page may have aborted it
      },
    );
    await page.goto(`${server.url}/chronicle`);
    await page.waitForSelector('#chronicle li.entry');
    await page.fill('#filters input[name=country]', 'RUS,ARM');
    await page.click('#filters button[type=submit]');
    await page.waitForFunction(() => true);
    await page.fill('#filters input[name=country]', 'RUS,AZE');
    await page.click('#filters button[type=submit]');
    const expected = (await api('/api/chronicle?country=RUS,AZE')).entries.map((e: { text: string }) => e.text);
    const other = (await api('/api/chronicle?country=RUS,ARM')).entries.map((e: { text: string }) => e.text);
    assert.notDeepEqual(expected, other, 'the two selections differ');
    await page.waitForFunction(() => /^\d+ contacts/.test(document.getElementById('chronicle-count')?.textContent ?? ''));
    assert.ok(slowAsked, 'the earlier request was made');
    releaseSlow();
    await page.waitForTimeout(700); // time for the late answer to arrive and (wrongly) be shown
    assert.equal(await page.inputValue('#filters input[name=country]'), 'RUS,AZE');
    assert.deepEqual(await page.locator('#chronicle li.entry .entry-link').allTextContents(), expected);
    assert.match((await page.locator('#chronicle-count').textContent()) ?? '', new RegExp(`^${expected.length} contacts`));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('long unbroken titles and names never make a page wider than the window', async () => {
  const long = (c: string, n: number) => c.repeat(n);
  const [doc] = (await api('/api/documents?limit=1')).items as Array<{ id: number }>;
  await server.db.updateTable('documents').set({ title: long('W', 4000), outlet: long('O', 600) }).where('id', '=', doc.id).execute();
  const [e] = (await api(`/api/events?doc=${doc.id}&limit=1`)).items;
  const corrected = await write(`/api/events/${e.uid}`, { participants: [{ name: long('N', 190), country: 'RUS' }, ...e.participants.slice(0, 1)], location: long('L', 200), topics: [long('T', 200)] }, 'PATCH');
  assert.equal(corrected.uid, e.uid);
  const actorId = corrected.participants.find((p: { name: string }) => p.name.startsWith('NNN')).actor_id;
  const { page, errors, close } = await openPage();
  try {
    for (const path of ['/documents', `/documents/${doc.id}`, `/events/${e.uid}`, `/chronicle`, '/actors', `/actors/${encodeURIComponent(actorId)}`, '/network']) {
      await page.goto(`${server.url}${path}`);
      await loaded(page);
      await page.waitForTimeout(100);
      const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      assert.ok(scroll <= inner, `${path}: the page is ${scroll} px wide in a ${inner} px window`);
    }
    // The long title is still there, whole, wrapped.
    await page.goto(`${server.url}/documents`);
    await loaded(page);
    assert.ok(((await page.locator('#main table').textContent()) ?? '').includes(long('W', 4000)));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('curation controls show only with an accepted token; reject asks first; a rejected event is found again', async () => {
  const { page, dialogs, errors, acceptDialogs, close } = await openPage();
  try {
    const [e] = (await api('/api/events?country=RUS,KAZ&limit=1')).items;
    await page.goto(`${server.url}/events/${e.uid}`);
    await page.waitForSelector('#participants');
    assert.equal(await page.locator('#curation').isVisible(), false, 'no controls without a token');
    assert.equal(await page.locator('#reject-btn').isVisible(), false);
    assert.equal(await page.locator('#read-only-note').isVisible(), true, 'the page says why');
    const [doc] = (await api('/api/documents?limit=1')).items;
    await page.goto(`${server.url}/documents/${doc.id}`);
    await page.waitForSelector('#add-form', { state: 'attached' });
    assert.equal(await page.locator('#add-form').isVisible(), false, 'adding an event from a span needs the token too');
    await page.goto(`${server.url}/events/${e.uid}`);
    await page.waitForSelector('#participants');
    await setToken(page, 'not-the-token');
    assert.equal(await page.locator('#token-state').textContent(), 'wrong token');
    assert.equal(await page.locator('#curation').isVisible(), false, 'a wrong token shows no controls either');

    await setToken(page, TOKEN);
    assert.equal(await page.locator('#curation').isVisible(), true);
    assert.equal(await page.locator('#read-only-note').isVisible(), false);
    await page.click('#curation summary');
    // Dismissed: nothing happens.
    await page.click('#reject-btn');
    await page.waitForFunction(() => /Not rejected/.test(document.getElementById('curation-note')?.textContent ?? ''));
    assert.equal(dialogs.length, 1);
    assert.match(dialogs[0], /Reject this/);
    assert.equal((await api(`/api/events/${e.uid}`)).status, e.status);
    // Accepted: rejected.
    acceptDialogs(true);
    await Promise.all([page.waitForEvent('load'), page.click('#reject-btn')]);
    await page.waitForSelector('#event-status');
    assert.match((await page.locator('#event-status').textContent()) ?? '', /rejected/);
    assert.equal((await api(`/api/events/${e.uid}`)).status, 'rejected');

    // Gone from the chronicle, found again with the status filter, and brought back by confirming.
    await page.goto(`${server.url}/chronicle?country=RUS,KAZ`);
    await page.waitForSelector('#chronicle li');
    assert.equal(await page.locator(`#chronicle li.entry[data-uid="${e.uid}"]`).count(), 0);
    await page.selectOption('#filters select[name=status]', 'rejected');
    await page.click('#filters button[type=submit]');
    await page.waitForSelector(`#chronicle li.entry[data-uid="${e.uid}"]`);
    assert.deepEqual(await page.locator('#chronicle li.entry').evaluateAll((els) => els.map((x) => (x as HTMLElement).dataset.uid)), [e.uid]);
    assert.match(page.url(), /status=rejected/);
    assert.match((await page.locator(`#chronicle li.entry[data-uid="${e.uid}"] .badge.status`).textContent()) ?? '', /rejected/);
    await Promise.all([page.waitForEvent('load'), page.locator(`#chronicle li.entry[data-uid="${e.uid}"] .entry-link`).click()]);
    await page.waitForSelector('#curation');
    assert.equal(await page.locator('#reject-btn').count(), 0, 'a rejected event offers no second reject');
    await page.click('#curation summary');
    await Promise.all([page.waitForEvent('load'), page.click('#confirm-btn')]);
    await page.waitForSelector('#event-status');
    assert.equal((await api(`/api/events/${e.uid}`)).status, 'confirmed');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

type Cy = {
  zoom(): number;
  width(): number;
  height(): number;
  nodes(sel?: string): Array<{ id(): string; data(k: string): unknown; style(k: string): string; renderedPosition(): { x: number; y: number }; hasClass(c: string): boolean }> & { length: number };
  getElementById(id: string): { closedNeighborhood(): { nodes(): { map<T>(f: (n: { id(): string }) => T): T[] } } };
};
type Box = { x1: number; x2: number; y1: number; y2: number };
type CyLabels = { nodes(): Array<{ id(): string; hasClass(c: string): boolean; renderedBoundingBox(o: object): Box }> };

/** The labels shown on screen (not hidden to make room, not faded), their boxes, and every pair of them that overlaps. */
async function visibleLabels(page: Page): Promise<{ shown: string[]; overlaps: string[]; total: number }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { attacheNetwork: CyLabels }).attacheNetwork;
    const shown = cy.nodes().filter((n) => !n.hasClass('quiet') && !n.hasClass('faded'));
    const boxes = shown.map((n) => ({ id: n.id(), b: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }) }));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i].b, boxes[j].b];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(`${boxes[i].id} × ${boxes[j].id}`);
      }
    }
    return { shown: boxes.map((x) => x.id), overlaps, total: cy.nodes().length };
  });
}

test('the people network reads at its default size: labels, legend, zoom, search, neighbourhood', async () => {
  const { page, errors, close } = await openPage();
  try {
    await page.goto(`${server.url}/network`);
    await page.waitForFunction(() => (window as unknown as { attacheNetwork?: unknown }).attacheNetwork !== undefined);
    const net = await api('/api/network?level=person');
    assert.ok(net.nodes.length > 10);
    // Every label is at least 10 px on screen at the default view.
    const view = await page.evaluate(() => {
      const cy = (window as unknown as { attacheNetwork: Cy }).attacheNetwork;
      const sizes = cy.nodes().map((n) => parseFloat(n.style('font-size')) * cy.zoom());
      return { zoom: cy.zoom(), smallest: Math.min(...sizes) };
    });
    assert.ok(view.smallest >= 10, `labels are ${view.smallest.toFixed(1)} px on screen at zoom ${view.zoom.toFixed(2)}`);
    // No two labels on screen overlap at the default view, and the busiest people are among them; a
    // busier person's label is larger.
    const busiest = [...net.nodes].sort((a: { contacts: number }, b: { contacts: number }) => b.contacts - a.contacts) as Array<{ id: string; contacts: number }>;
    const first = await visibleLabels(page);
    assert.deepEqual(first.overlaps, [], `overlapping labels at the default view (${first.shown.length} of ${first.total} shown)`);
    assert.ok(first.shown.includes(busiest[0].id), 'the busiest person is labelled');
    assert.ok(first.shown.length >= Math.min(8, first.total), `only ${first.shown.length} of ${first.total} labels shown`);
    const px = await page.evaluate((ids) => {
      const cy = (window as unknown as { attacheNetwork: Cy }).attacheNetwork;
      return ids.map((id) => parseFloat(cy.nodes().find((n) => n.id() === id)!.style('font-size')));
    }, [busiest[0].id, busiest[busiest.length - 1].id]);
    assert.ok(px[0] > px[1], `the busiest label (${px[0]}) is larger than the least busy (${px[1]})`);
    // A legend names the colours and sizes.
    const legend = (await page.locator('#network-legend').textContent()) ?? '';
    assert.match(legend, /RUS/);
    assert.match(legend, /circle size/);
    // Zoom buttons zoom; labels keep their size on screen when zoomed out, and grow when zoomed in.
    await page.click('#zoom-out');
    const out = await page.evaluate(() => {
      const cy = (window as unknown as { attacheNetwork: Cy }).attacheNetwork;
      return { zoom: cy.zoom(), px: parseFloat(cy.nodes()[0].style('font-size')) * cy.zoom() };
    });
    assert.ok(out.zoom < view.zoom);
    assert.ok(out.px >= 10, `zoomed out, labels are ${out.px.toFixed(1)} px`);
    for (let i = 0; i < 6; i++) await page.click('#zoom-in');
    const zin = await page.evaluate(() => {
      const cy = (window as unknown as { attacheNetwork: Cy }).attacheNetwork;
      return { zoom: cy.zoom(), px: parseFloat(cy.nodes()[0].style('font-size')) * cy.zoom() };
    });
    assert.ok(zin.zoom > view.zoom);
    assert.ok(zin.px > out.px, 'zoomed in, labels grow');
    // Zoomed in, labels hidden for room come back, still without overlap.
    const closer = await visibleLabels(page);
    assert.deepEqual(closer.overlaps, []);
    assert.ok(closer.shown.length > first.shown.length || first.shown.length === first.total, `zoomed in: ${closer.shown.length} labels, at the default view ${first.shown.length}`);
    await page.click('#zoom-fit');

    // Search finds a person by part of the name and centres them.
    const target = [...net.nodes].sort((a: { contacts: number }, b: { contacts: number }) => a.contacts - b.contacts)[0] as { id: string; label: string };
    await page.fill('#network-search', target.label.split(' ').pop()!.toLowerCase());
    await page.click('#network-search-form button[type=submit]');
    await page.waitForFunction(() => document.getElementById('focus-name') !== null);
    const centred = await page.evaluate((id) => {
      const cy = (window as unknown as { attacheNetwork: Cy }).attacheNetwork;
      const n = cy.nodes().find((x) => x.id() === id)!;
      return { p: n.renderedPosition(), w: cy.width(), h: cy.height(), focus: n.hasClass('focus'), found: cy.nodes('.focus').map((x) => x.id()) };
    }, target.id);
    assert.ok(centred.found.length === 1, 'one node is found');
    const foundId = centred.found[0];
    const foundNode = net.nodes.find((n: { id: string }) => n.id === foundId);
    assert.ok(foundNode.label.toLowerCase().includes(target.label.split(' ').pop()!.toLowerCase()));
    const pos = await page.evaluate((id) => {
      const cy = (window as unknown as { attacheNetwork: Cy }).attacheNetwork;
      return cy.nodes().find((x) => x.id() === id)!.renderedPosition();
    }, foundId);
    assert.ok(Math.abs(pos.x - centred.w / 2) < 2 && Math.abs(pos.y - centred.h / 2) < 2, `centred: ${JSON.stringify(pos)} in ${centred.w}×${centred.h}`);
    assert.equal(await page.locator('#focus-name').textContent(), foundNode.label);
    const missing = await page.fill('#network-search', 'nobody-of-that-name').then(() => page.click('#network-search-form button[type=submit]'));
    void missing;
    assert.match((await page.locator('#network-found').textContent()) ?? '', /No one called/);

    // A real click on a person shows their neighbourhood and stays on the graph.
    await page.click('#zoom-fit');
    const hub = [...net.nodes].sort((a: { contacts: number }, b: { contacts: number }) => b.contacts - a.contacts)[0] as { id: string; label: string };
    const at = await page.evaluate((id) => {
      const cy = (window as unknown as { attacheNetwork: Cy }).attacheNetwork;
      return cy.nodes().find((x) => x.id() === id)!.renderedPosition();
    }, hub.id);
    const box = (await page.locator('#network').boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction((label) => document.getElementById('focus-name')?.textContent === label, hub.label);
    assert.equal(new URL(page.url()).pathname, '/network', 'the click stays on the graph');
    const hood = await page.evaluate((id) => {
      const cy = (window as unknown as { attacheNetwork: Cy }).attacheNetwork;
      const near = new Set(cy.getElementById(id).closedNeighborhood().nodes().map((n) => n.id()));
      const nodes = cy.nodes();
      return { near: near.size, faded: nodes.filter((n) => n.hasClass('faded')).map((n) => n.id()), all: nodes.length, wrong: nodes.filter((n) => n.hasClass('faded') === near.has(n.id())).length };
    }, hub.id);
    assert.equal(hood.wrong, 0, 'exactly the nodes outside the neighbourhood are faded');
    const hoodLabels = await visibleLabels(page);
    assert.deepEqual(hoodLabels.overlaps, [], 'no overlap in the neighbourhood view either');
    assert.ok(hoodLabels.shown.includes(hub.id), 'the selected person is labelled');
    assert.equal(hood.faded.length, hood.all - hood.near);
    assert.equal(await page.locator('#neighbours li').count(), hood.near - 1, 'the panel lists every neighbour');
    assert.equal(await page.locator('#focus-page').getAttribute('href'), `/actors/${encodeURIComponent(hub.id)}`, "a link to the person's page remains");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the network and the chronicle share their period and countries', async () => {
  const { page, errors, close } = await openPage();
  try {
    await page.goto(`${server.url}/network?from=2021-01-01&to=2023-12-31&country=RUS&level=person`);
    await page.waitForSelector('#chronicle-link');
    const link = new URL((await page.locator('#chronicle-link').getAttribute('href'))!, server.url);
    assert.equal(link.pathname, '/chronicle');
    assert.deepEqual(Object.fromEntries(link.searchParams), { from: '2021-01-01', to: '2023-12-31', country: 'RUS' });
    const nav = new URL((await page.locator('header nav a[data-shares-filters="/chronicle"]').getAttribute('href'))!, server.url);
    assert.deepEqual(Object.fromEntries(nav.searchParams), { from: '2021-01-01', to: '2023-12-31', country: 'RUS' });
    await Promise.all([page.waitForEvent('load'), page.click('#chronicle-link')]);
    await page.waitForSelector('#chronicle li');
    assert.equal(await page.inputValue('#filters input[name=from]'), '2021-01-01');
    assert.equal(await page.inputValue('#filters input[name=country]'), 'RUS');
    // Changing the chronicle's filters carries over to the network link.
    await page.fill('#filters input[name=country]', 'RUS,ARM');
    await page.click('#filters button[type=submit]');
    await page.waitForFunction(() => /country=RUS%2CARM/.test(document.getElementById('network-link')?.getAttribute('href') ?? ''));
    const back = new URL((await page.locator('header nav a[data-shares-filters="/network"]').getAttribute('href'))!, server.url);
    assert.equal(back.searchParams.get('country'), 'RUS,ARM');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

type JoinedAccount = { uid: string; document: { name: string }; reason: { kind: string; shared?: string[] } };
type JoinedEvent = { uid: string; participants: Array<{ actor_id: string; name: string }>; accounts: JoinedAccount[] };

/** An event of the sample that the machine joined from two or more documents. */
async function joinedEvent(): Promise<JoinedEvent> {
  const { items } = await api('/api/events?limit=500');
  for (const e of items as JoinedEvent[]) {
    if ((e.accounts?.length ?? 0) < 2) continue;
    const full: JoinedEvent = await api(`/api/events/${e.uid}`);
    if (full.accounts.some((a) => a.reason.kind === 'match' && a.reason.shared?.length)) return full;
  }
  throw new Error('the sample has no event joined from two documents by shared people');
}

test('the event page says why each account was joined, and splits one off in one click only with the token', async () => {
  const { page, dialogs, errors, acceptDialogs, close } = await openPage();
  try {
    const e = await joinedEvent();
    const moved = e.accounts.find((a) => a.reason.kind === 'match' && a.reason.shared?.length)!;
    await page.goto(`${server.url}/events/${e.uid}`);
    await page.waitForSelector('section.account p.reason');
    // Every account says why it is here, in words: the joined one names the people both reports share.
    const reasons = await page.locator('section.account').evaluateAll((els) => els.map((s) => ({ uid: (s as HTMLElement).dataset.uid, text: s.querySelector('p.reason')?.textContent ?? '' })));
    assert.deepEqual(reasons.map((r) => r.uid), e.accounts.map((a) => a.uid), 'one reason per account');
    for (const r of reasons) assert.match(r.text, /^Why it is here: \S/);
    const joined = reasons.find((r) => r.uid === moved.uid)!.text;
    assert.match(joined, /Joined by the machine: it tells of the same /);
    const sharedNames = moved.reason.shared!.map((id) => e.participants.find((p) => p.actor_id === id)?.name).filter(Boolean) as string[];
    assert.ok(sharedNames.length && sharedNames.every((n) => joined.includes(n)), `the shared people by name: ${joined}`);
    assert.doesNotMatch(joined, /[a-z]+-[a-z]+-?[a-z]*(?:,|;| and)/, 'no actor ids in the words');

    // No token, or a wrong one: no split button.
    const button = page.locator(`section.account[data-uid="${moved.uid}"] button.split`);
    assert.equal(await button.isVisible(), false, 'no split without a token');
    await setToken(page, 'not-the-token');
    assert.equal(await button.isVisible(), false, 'nor with a wrong one');

    // A token that stops being accepted after the page showed the button: the server refuses, the page says so.
    await setToken(page, TOKEN);
    assert.equal(await button.isVisible(), true);
    await page.evaluate(() => localStorage.setItem('attache-token', 'a-revoked-token'));
    acceptDialogs(true);
    await button.click();
    const note = page.locator(`section.account[data-uid="${moved.uid}"] .split-note`);
    await page.waitForFunction((uid) => /Not split/.test(document.querySelector(`section.account[data-uid="${uid}"] .split-note`)?.textContent ?? ''), moved.uid);
    assert.match((await note.textContent()) ?? '', /Not split: .*token/i);
    assert.equal((await api(`/api/events/${e.uid}`)).accounts.length, e.accounts.length, 'refused: nothing moved');
    await setToken(page, TOKEN);

    // Asked first: dismissed, nothing happens.
    acceptDialogs(false);
    const asked = dialogs.length;
    await button.click();
    await page.waitForFunction((uid) => document.querySelector(`section.account[data-uid="${uid}"] .split-note`)?.textContent === 'Not split.', moved.uid);
    assert.equal(dialogs.length, asked + 1);
    assert.match(dialogs[asked], /Split the report .* off this contact\?/);
    assert.equal((await api(`/api/events/${e.uid}`)).accounts.length, e.accounts.length);

    // Accepted: one click splits it; the page shows the contact without it and links the new contact.
    acceptDialogs(true);
    await Promise.all([page.waitForEvent('load'), button.click()]);
    await page.waitForSelector('#split-off a');
    const shown = await page.locator('section.account').evaluateAll((els) => els.map((s) => (s as HTMLElement).dataset.uid));
    assert.deepEqual(shown, e.accounts.filter((a) => a.uid !== moved.uid).map((a) => a.uid), 'the contact without the account');
    const after = await api(`/api/events/${e.uid}`);
    const into = after.corrections.find((c: { action: string }) => c.action === 'split').value.into as string;
    assert.equal(await page.locator('#split-off a').getAttribute('href'), `/events/${into}`);
    await Promise.all([page.waitForEvent('load'), page.locator('#split-off a').click()]);
    await page.waitForSelector('section.account p.reason');
    assert.deepEqual(await page.locator('section.account').evaluateAll((els) => els.map((s) => (s as HTMLElement).dataset.uid)), [moved.uid]);
    assert.match((await page.locator('section.account p.reason').textContent()) ?? '', new RegExp(`Split off by .* from event ${e.uid}`));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
