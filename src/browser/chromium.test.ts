// The Chromium lookup shared by the PDF review and the browser tests: ATTACHE_CHROMIUM wins, a set
// but missing path is an error naming it (not a silent fall-back to another browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumPath, chromiumMissingMessage, ChromiumMissing } from './chromium.ts';

test('ATTACHE_CHROMIUM names the executable; a missing one is a ChromiumMissing error that names it', () => {
  assert.equal(chromiumPath({ ATTACHE_CHROMIUM: process.execPath }), process.execPath);
  assert.throws(() => chromiumPath({ ATTACHE_CHROMIUM: '/no/such/chromium' }), (e: Error) => e instanceof ChromiumMissing && /ATTACHE_CHROMIUM=\/no\/such\/chromium: no such file/.test(e.message));
});

test('the message for no Chromium at all says what to install or set', () => {
  assert.match(chromiumMissingMessage(), /apt-get install -y chromium.*ATTACHE_CHROMIUM/);
});
