// CSV cells: article text that a spreadsheet would run as a formula opens as text (issue 19).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, render } from './output.ts';

test('a text cell starting with = + - @ or a tab gets a leading apostrophe', () => {
  assert.equal(csvCell('=HYPERLINK("http://example.invalid","x")'), `"'=HYPERLINK(""http://example.invalid"",""x"")"`);
  for (const s of ['+1+1', '-2+3', '@SUM(A1)', '\tcmd']) assert.ok(csvCell(s).replace(/^"/, '').startsWith("'"), s);
  assert.equal(csvCell('Lavrov met Mirzoyan'), 'Lavrov met Mirzoyan');
  assert.equal(csvCell(-3), '-3', 'a number stays a number');
  assert.equal(csvCell('2024-03-14'), '2024-03-14');
});

test('CSV rows carry the neutralised cell; tables show the text as it is', () => {
  const rows = [{ evidence: '=1+2', n: 2 }];
  assert.equal(render(rows, 'csv'), "evidence,n\n'=1+2,2\n");
  assert.match(render(rows, 'table'), /=1\+2/);
  assert.doesNotMatch(render(rows, 'table'), /'=1\+2/);
});

test('a table written to a pipe has no colour codes', () => {
  const tty = process.stdout.isTTY;
  try {
    Object.defineProperty(process.stdout, 'isTTY', { value: false, configurable: true });
    assert.doesNotMatch(render([{ a: 1, b: 'x' }], 'table'), /\u001b\[/);
  } finally {
    Object.defineProperty(process.stdout, 'isTTY', { value: tty, configurable: true });
  }
});
