// Bytes → a document or a one-line reason. Bad input is refused with a reason, never thrown; odd
// but readable input is processed with a note; the language, format and analysis view are set.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument, guessLang, type ReadResult } from './read.ts';

const EN = 'On 12 March, Sergey Lavrov held a telephone conversation with Ararat Mirzoyan.';

/** The document of an accepted result; fails the test with the reason otherwise. */
function ok(r: ReadResult) {
  if (!r.ok) assert.fail(`refused: ${r.reason}`);
  return r;
}

function refused(r: ReadResult): string {
  if (r.ok) assert.fail('expected a refusal');
  return r.reason;
}

describe('readDocument: refusals', () => {
  test('an empty file is refused', () => {
    assert.match(refused(readDocument('empty.txt', Buffer.alloc(0))), /empty/);
  });

  test('binary content (NUL bytes) is refused', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42]);
    assert.match(refused(readDocument('archive.txt', zip)), /binary/);
  });

  test('text with a NUL byte in the middle is refused as binary', () => {
    const bytes = Buffer.concat([Buffer.from(EN), Buffer.from([0]), Buffer.from(EN)]);
    assert.match(refused(readDocument('a.txt', bytes)), /binary/);
  });

  test('a file over maxBytes is refused, and the reason says it is too large and names a limit', () => {
    const reason = refused(readDocument('big.txt', Buffer.from('a'.repeat(2048)), {}, { maxBytes: 1024 }));
    assert.match(reason, /too large/);
    assert.match(reason, /limit/);
  });

  test('the reason names the limit in megabytes', () => {
    const mb = 1024 * 1024;
    const reason = refused(readDocument('big.txt', Buffer.alloc(mb + mb / 2, 0x61), {}, { maxBytes: mb }));
    assert.match(reason, /1\.5 MB/);
    assert.match(reason, /limit 1\.0 MB/);
  });

  test('a file exactly at maxBytes is accepted', () => {
    const bytes = Buffer.from(EN);
    ok(readDocument('a.txt', bytes, {}, { maxBytes: bytes.length }));
  });

  test('a limit under 0.1 MB is reported as "0.0 MB"', () => {
    const reason = refused(readDocument('big.txt', Buffer.from('a'.repeat(2048)), {}, { maxBytes: 1024 }));
    assert.doesNotMatch(reason, /limit 0\.0 MB/);
  });

  test('an HTML page with no article text is refused', () => {
    assert.match(refused(readDocument('a.html', Buffer.from('<html><body><script>var x = 1;</script></body></html>'))), /no article text/);
  });

  test('whitespace only is refused', () => {
    assert.match(refused(readDocument('a.txt', Buffer.from('   \n\n  \t'))), /no text/);
  });
});

describe('readDocument: encodings and languages', () => {
  test('non-UTF-8 bytes are decoded as windows-1252, with a note', () => {
    const bytes = Buffer.concat([Buffer.from([0x43, 0x61, 0x66, 0xe9]), Buffer.from(' talks in Paris ended late on Monday.')]);
    const r = ok(readDocument('cafe.txt', bytes));
    assert.ok(r.doc.text.startsWith('Café talks'), r.doc.text);
    assert.equal(r.notes.length, 1);
    assert.match(r.notes[0], /UTF-8/);
  });

  test('windows-1252 curly quotes (0x93/0x94) are decoded as “ ”', () => {
    const bytes = Buffer.concat([Buffer.from('Lavrov called the talks '), Buffer.from([0x93]), Buffer.from('useful'), Buffer.from([0x94]), Buffer.from('.')]);
    const r = ok(readDocument('q.txt', bytes));
    assert.equal(r.doc.text, 'Lavrov called the talks “useful”.');
  });

  test('valid UTF-8 has no note, and a byte-order mark is dropped', () => {
    const r = ok(readDocument('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EN)])));
    assert.deepEqual(r.notes, []);
    assert.equal(r.doc.text, EN);
  });

  test('Russian Cyrillic text is lang ru', () => {
    const r = ok(readDocument('ru.txt', Buffer.from('Сергей Лавров провёл телефонный разговор с Араратом Мирзояном.')));
    assert.equal(r.doc.lang, 'ru');
  });

  test('English text is lang en', () => {
    assert.equal(ok(readDocument('en.txt', Buffer.from(EN))).doc.lang, 'en');
  });

  test('Cyrillic text wins over a caller saying "en"', () => {
    const r = ok(readDocument('ru.txt', Buffer.from('Лавров и Мирзоян провели переговоры в Москве.'), { lang: 'en' }));
    assert.equal(r.doc.lang, 'ru');
  });

  const langs: Array<[string, string]> = [
    ['Lavrov met Mirzoyan.', 'en'],
    ['Лавров встретился с Мирзояном.', 'ru'],
    ['12345 67890', 'und'],
    ['Lavrov (Лавров) met Mirzoyan in Moscow on Monday.', 'en'],
  ];
  for (const [text, lang] of langs) {
    test(`guessLang(${JSON.stringify(text)}) = ${lang}`, () => assert.equal(guessLang(text), lang));
  }
});

describe('readDocument: formats', () => {
  test('plain text: the document is the text, with content regions and no separate view', () => {
    const text = `Menu\n${EN}\n© 2023 Example News`;
    const r = ok(readDocument('note.txt', Buffer.from(text), { published: '2023-03-15' }));
    assert.equal(r.format, 'text');
    assert.equal(r.doc.text, text);
    assert.equal(r.doc.view, undefined);
    assert.equal(r.doc.published, '2023-03-15');
    assert.deepEqual(
      r.doc.regions.map((g) => text.slice(g.start, g.end)),
      [EN],
    );
  });

  test('markdown gets a view of the same length, and the stored text is the markdown as given', () => {
    const md = `# Lavrov and Mirzoyan talk\n\n**On 12 March**, Sergey Lavrov spoke with [Ararat Mirzoyan](https://example.org/m).\n`;
    const r = ok(readDocument('story.md', Buffer.from(md)));
    assert.equal(r.format, 'markdown');
    assert.equal(r.doc.text, md);
    assert.ok(r.doc.view, 'a view is set');
    assert.equal(r.doc.view!.length, md.length);
    const at = md.indexOf('Ararat Mirzoyan');
    assert.equal(r.doc.view!.slice(at, at + 15), 'Ararat Mirzoyan');
    assert.ok(!r.doc.view!.includes('https://'));
  });

  test('HTML: article text and the page metadata', () => {
    const html = `<!doctype html><html lang="en"><head><title>Talks</title><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2023-03-12T10:00:00Z"></head><body><article><p>${EN} The ministers discussed transport links and the border commission in detail.</p></article></body></html>`;
    const r = ok(readDocument('page.html', Buffer.from(html)));
    assert.equal(r.format, 'html');
    assert.ok(r.doc.text.includes(EN));
    assert.ok(!r.doc.text.includes('<'));
    assert.equal(r.doc.published, '2023-03-12');
    assert.equal(r.doc.outlet, 'Example News');
    assert.equal(r.doc.lang, 'en');
    assert.equal(r.raw, html, 'the raw page is kept');
  });

  test('HTML is recognised by its content without an .html name', () => {
    const html = `<!doctype html><html><body><article><p>${EN}</p></article></body></html>`;
    assert.equal(ok(readDocument('download', Buffer.from(html))).format, 'html');
  });

  test('metadata given by the caller wins over the page', () => {
    const html = `<html><head><meta property="article:published_time" content="2023-03-12"><meta property="og:site_name" content="Page Name"></head><body><article><p>${EN}</p></article></body></html>`;
    const r = ok(readDocument('page.html', Buffer.from(html), { published: '2023-03-20', outlet: 'Caller Name' }));
    assert.equal(r.doc.published, '2023-03-20');
    assert.equal(r.doc.outlet, 'Caller Name');
  });
});

describe('readDocument: identity', () => {
  test('the id is the file name, or the one the caller gives', () => {
    assert.equal(ok(readDocument('/some/dir/story.txt', Buffer.from(EN))).doc.id, 'story.txt');
    assert.equal(ok(readDocument('story.txt', Buffer.from(EN), { doc: 'doc-42' })).doc.id, 'doc-42');
  });

  test('the hash is a sha-256 of the bytes: same bytes, same hash; other bytes, other hash', () => {
    const a = ok(readDocument('a.txt', Buffer.from(EN))).hash;
    assert.match(a, /^[0-9a-f]{64}$/);
    assert.equal(ok(readDocument('b.txt', Buffer.from(EN))).hash, a);
    assert.notEqual(ok(readDocument('a.txt', Buffer.from(EN + ' '))).hash, a);
  });

  test('the title defaults to the first content line', () => {
    const r = ok(readDocument('a.txt', Buffer.from(`Menu\nLavrov and Mirzoyan talk by phone\n${EN}`)));
    assert.equal(r.doc.title, 'Lavrov and Mirzoyan talk by phone');
  });

  test('a hard-wrapped first paragraph makes a title of one line', () => {
    const wire = [
      'MOSCOW, May 3. The foreign ministers of Russia and Armenia met',
      'in Moscow on Friday and discussed the border, the ministry said.',
      'They spoke of transport links and agreed to meet again in the',
      'summer, when the intergovernmental commission sits in Yerevan',
      'and the two sides sign the plan of consultations for next year.',
    ].join('\n');
    const r = ok(readDocument('wire.txt', Buffer.from(wire)));
    assert.ok(r.doc.regions.some((x) => x.wrapped), JSON.stringify(r.doc.regions));
    assert.equal(r.doc.title, 'MOSCOW, May 3. The foreign ministers of Russia and Armenia met in Moscow on Friday and discussed the border, the ministry said.');
  });
});

test('a windows-1251 page that declares its charset only in <meta> is read as Russian', () => {
  const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>Сергей Лавров провёл переговоры в Москве.</p></body></html>';
  const cp1251 = encode1251(html);
  const r = readDocument('page.html', cp1251, {});
  if (!r.ok) assert.fail(r.reason);
  assert.match(r.doc.text, /Сергей Лавров провёл переговоры в Москве/);
  assert.equal(r.doc.lang, 'ru');
  assert.ok(r.notes.some((n) => /windows-1251, as the page declares/.test(n)), r.notes.join('; '));
});

test('undeclared windows-1251 Russian text is read as Russian; Western text stays windows-1252', () => {
  const r = readDocument('note.txt', encode1251('Министр иностранных дел России Сергей Лавров прибыл в Баку.\n'), {});
  if (!r.ok) assert.fail(r.reason);
  assert.match(r.doc.text, /Сергей Лавров прибыл в Баку/);
  const w = readDocument('w.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' talks in Paris.\n')]), {});
  if (!w.ok) assert.fail(w.reason);
  assert.match(w.doc.text, /Café talks/);
});

/** windows-1251 bytes of a text in ASCII and Russian letters (А–я, Ёё). */
function encode1251(s: string): Buffer {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x451) out.push(0xb8);
    else out.push(0x3f);
  }
  return Buffer.from(out);
}

test('a PDF is refused with its reason, even one that opens with printable lines', () => {
  const r = readDocument('paper.txt', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'), {});
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.reason, /PDF/);
});
