// Screenshots for the README: ingests corpus/sample into a temporary store, starts the server on a
// free loopback port, and saves the chronicle and the network as PNG files in docs/img/ (Chromium
// through playwright-core).   node --import tsx scripts/screenshots.ts
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchChromium } from '../src/browser/chromium.ts';
import { demoStore } from '../src/cli/commands/serve.ts';
import { startServer } from '../src/server/start.ts';

const OUT = join(new URL('..', import.meta.url).pathname, 'docs', 'img');
const SHOTS = [
  { file: 'chronicle.png', path: '/chronicle?country=RUS,AZE', ready: '#chronicle li.entry' },
  { file: 'network.png', path: '/network?level=person', ready: '#network canvas' },
  { file: 'event.png', path: '/events/1', ready: 'section.account mark.focus' },
];

const store = await demoStore();
const server = await startServer({ db: store.path, port: 0, log: () => {} });
// The same Chromium lookup as the PDF review and the browser tests ($CHROMIUM, the old name, still works).
if (process.env.CHROMIUM && !process.env.ATTACHE_CHROMIUM) process.env.ATTACHE_CHROMIUM = process.env.CHROMIUM;
const browser = await launchChromium();
try {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  for (const s of SHOTS) {
    await page.goto(`${server.url}${s.path}`);
    await page.waitForSelector(s.ready);
    await page.waitForTimeout(500); // the graph layout settles
    const file = join(OUT, s.file);
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
  store.remove();
  rmSync(join(OUT, '.tmp'), { recursive: true, force: true });
}
