// The Chromium that prints reviews as PDF and runs the browser tests: one lookup for the product
// and the tests. Debian's /usr/bin/chromium is the one CI installs (.ci/run); ATTACHE_CHROMIUM names
// another executable (a Chrome, or a Chromium elsewhere). No download, no bundled browser: when none
// is found the error says what to install or set.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM_ENV = 'ATTACHE_CHROMIUM';
/** Looked for in this order when ATTACHE_CHROMIUM is not set. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export class ChromiumMissing extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChromiumMissing';
  }
}

/** The executable to launch, or null when there is none. A set but missing ATTACHE_CHROMIUM is an error, not a fallback. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const asked = env[CHROMIUM_ENV]?.trim();
  if (asked) {
    if (!existsSync(asked)) throw new ChromiumMissing(`${CHROMIUM_ENV}=${asked}: no such file`);
    return asked;
  }
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Why no Chromium could be found, in words a user can act on. */
export function chromiumMissingMessage(): string {
  return `no Chromium found (looked for ${CHROMIUM_CANDIDATES.join(', ')}): install Debian's chromium (apt-get install -y chromium) or set ${CHROMIUM_ENV} to a Chromium or Chrome executable`;
}

/** Headless Chromium through playwright-core; throws ChromiumMissing when there is none. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new ChromiumMissing(chromiumMissingMessage());
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
