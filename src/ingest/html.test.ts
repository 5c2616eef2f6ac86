// HTML → article text and metadata: the article paragraphs, the title, the publication day from
// article:published_time, the outlet from og:site_name, the language; page furniture and scripts
// left out; malformed markup does not stop extraction.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './html.ts';

const P1 =
  'On 12 March, Russian Foreign Minister Sergey Lavrov held talks in Moscow with his Armenian counterpart Ararat Mirzoyan. The two ministers discussed transport links and the work of the border commission.';
const P2 = 'The ministers agreed to continue consultations between their deputies later in the spring, the ministry said in its readout.';

function page(opts: { head?: string; lang?: string; body?: string } = {}): string {
  return `<!doctype html>
<html${opts.lang ? ` lang="${opts.lang}"` : ''}>
<head>
  <title>Lavrov and Mirzoyan hold talks | Example News</title>
  <meta property="og:site_name" content="Example News">
  <meta property="og:title" content="Lavrov and Mirzoyan hold talks">
  <meta property="article:published_time" content="2023-03-12T18:30:00+03:00">
  <link rel="canonical" href="https://news.example.org/2023/03/12/talks">
  ${opts.head ?? ''}
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World section</a></li><li><a href="/sport">Sport section</a></li></ul></nav>
  <header><div class="banner">Example News banner</div></header>
  ${opts.body ?? `<article><h1>Lavrov and Mirzoyan hold talks</h1><p>${P1}</p><p>${P2}</p></article>`}
  <footer><p>About us. Contacts. Advertising on the site.</p></footer>
  <script>window.trackingCode = "UA-000";</script>
  <style>.banner { color: red }</style>
</body>
</html>`;
}

describe('extractHtml: a well-formed article page', () => {
  const h = extractHtml(page({ lang: 'en-GB' }));

  test('the article paragraphs are the text, each its own paragraph', () => {
    assert.ok(h.text.includes(P1));
    assert.ok(h.text.includes(P2));
    assert.ok(h.text.indexOf(P1) < h.text.indexOf(P2));
    assert.ok(h.text.includes(`${P1}\n\n${P2}`), 'paragraphs separated by a blank line');
  });

  test('the title comes first, once', () => {
    assert.equal(h.title, 'Lavrov and Mirzoyan hold talks');
    assert.ok(h.text.startsWith('Lavrov and Mirzoyan hold talks\n\n'));
    assert.equal(h.text.split('Lavrov and Mirzoyan hold talks').length - 1, 1);
  });

  test('metadata: published day, outlet, language, canonical url', () => {
    assert.equal(h.published, '2023-03-12');
    assert.equal(h.outlet, 'Example News');
    assert.equal(h.lang, 'en');
    assert.equal(h.url, 'https://news.example.org/2023/03/12/talks');
  });

  test('navigation, header, footer, scripts and styles are left out', () => {
    for (const junk of ['World section', 'Sport section', 'banner', 'About us', 'trackingCode', 'color: red']) {
      assert.ok(!h.text.includes(junk), junk);
    }
  });
});

describe('extractHtml: metadata variants', () => {
  test('no metadata: nulls, not guesses', () => {
    const h = extractHtml(`<html><body><article><p>${P1}</p><p>${P2}</p></article></body></html>`);
    assert.equal(h.published, null);
    assert.equal(h.outlet, null);
    assert.equal(h.lang, null);
    assert.ok(h.text.includes(P1));
  });

  test('a <time datetime> gives the published day when no meta tag does', () => {
    const h = extractHtml(`<html><body><article><time datetime="2022-10-31T09:00:00Z">31 October</time><p>${P1}</p><p>${P2}</p></article></body></html>`);
    assert.equal(h.published, '2022-10-31');
  });

  test('a datePublished written out in words is read as a day', () => {
    const h = extractHtml(`<html lang="ru"><head><meta name="datePublished" content="March 12, 2023"></head><body><p>Лавров провёл переговоры в Москве.</p></body></html>`);
    assert.equal(h.published, '2023-03-12');
    assert.equal(h.lang, 'ru');
  });
});

describe('extractHtml: malformed HTML', () => {
  test('unclosed <p> and <div> tags: every paragraph survives, in order', () => {
    const h = extractHtml(
      '<html><body><div><p>Pashinyan arrived in Minsk on an official visit on 5 April.<p>He met the Belarusian president the same day.<p>They discussed trade<div>and transit',
    );
    const a = h.text.indexOf('Pashinyan arrived in Minsk');
    const b = h.text.indexOf('He met the Belarusian president');
    const c = h.text.indexOf('They discussed trade');
    assert.ok(a >= 0 && b > a && c > b, h.text);
    assert.ok(!h.text.includes('<'), 'no markup in the text');
  });

  test('stray closing tags do not lose text', () => {
    const h = extractHtml(`<html><body></span></div><p class="lead">${P1}</p></em><p>${P2}</p></b></body>`);
    assert.ok(h.text.includes(P1), h.text);
    assert.ok(h.text.includes(P2), h.text);
  });

  test('an unclosed inline tag glues the next paragraph onto the previous one', () => {
    const h = extractHtml('<html><body><p>Lavrov met <i>Mirzoyan in Moscow on 12 March.<p>The ministers discussed the border.</p></body></html>');
    assert.ok(!h.text.includes('March.The'), h.text);
    assert.ok(h.text.includes('12 March.\n\nThe ministers'), h.text);
  });

  test('an HTML fragment without <html>/<body> gives no text', () => {
    const h = extractHtml(`<p>${P1}</p><p>${P2}</p>`);
    assert.ok(h.text.includes(P1), JSON.stringify(h.text));
  });
});
