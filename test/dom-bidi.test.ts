// The web UI's element builder (web/dom.js) on a DOM of linkedom's: text goes in as text, and a text
// with bidirectional controls is isolated so that it cannot mirror the words around it (issue 19).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';

const { document, Node } = parseHTML('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { document, Node });
// The browser module has no types: imported by a path the type checker does not follow.
const domModule = '../web/dom.js';
const { h } = (await import(domModule)) as { h: (tag: string, attrs: object, ...children: unknown[]) => Element };

test('a name with a right-to-left override is isolated in <bdi>; plain text is not', () => {
  const el = h('li', {}, 'Sergey\u202ELavrov', ' (RUS)');
  assert.equal(el.querySelectorAll('bdi').length, 1);
  assert.equal(el.querySelector('bdi')?.textContent, 'Sergey\u202ELavrov');
  assert.equal(el.textContent, 'Sergey\u202ELavrov (RUS)');
  assert.equal(h('li', {}, 'Sergey Lavrov', ' (RUS)').querySelectorAll('bdi').length, 0);
});

test('markup in text stays text', () => {
  const el = h('p', {}, '<script>alert(1)</script>');
  assert.equal(el.querySelectorAll('script').length, 0);
  assert.equal(el.textContent, '<script>alert(1)</script>');
});
