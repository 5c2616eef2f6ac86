// Content regions of plain text: page furniture (menus, social links, cookie and membership notices,
// caption credits, copyright lines) is left out, article text is kept, and every region is a span of
// the original text. maskMarkdown blanks markup without moving any offset.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { contentRegions, maskMarkdown } from './clean.ts';

const kept = (text: string): string[] => contentRegions(text).map((r) => text.slice(r.start, r.end));

describe('contentRegions: boilerplate lines are dropped', () => {
  const dropped = [
    'Menu',
    'Search',
    'Share',
    'Read more',
    'Twitter',
    'Telegram',
    'Tags: Armenia, Russia',
    'Views: 1,234',
    'We use cookies to improve your experience on this site.',
    'Become a member',
    'Vladimir Putin and Nikol Pashinyan Source: kremlin.ru',
    '© 2023 Example News',
    'Copyright 2023 Example News',
    'All rights reserved.',
    'Follow us on Telegram',
    'Read alsoZelensky meets Macron and Merkel in Paris',
    'See also: Lavrov and Mirzoyan meet in Moscow',
    'Watch more: Mirzoyan on the talks in Tehran - VIDEO',
    'Related: Lavrov and Bayramov meet in Moscow',
    'More on this topic: Aliyev and Erdogan hold talks in Ankara',
    'Latest news | Pashinyan arrives in Paris',
  ];
  for (const line of dropped) {
    test(JSON.stringify(line), () => assert.deepEqual(kept(line), []));
  }

  test('a photo caption that ends with a full stop keeps its "Source:" credit line', () => {
    assert.deepEqual(kept('Vladimir Putin and Nikol Pashinyan in the Kremlin. Source: kremlin.ru'), []);
  });
});

describe('contentRegions: article text is kept', () => {
  const article = [
    'Lavrov and Mirzoyan spoke by phone on Monday.',
    'The talks were held in a warm atmosphere.',
    'Pashinyan arrived in Minsk.',
    'Share prices in Baku rose after the talks, the exchange said.', // "Share" inside a sentence is text
    'Watch more closely how the talks unfold, the analyst said.', // no colon: not a link to a video
    'Related talks between the two deputies were held in Baku on Monday.', // no colon: not a link
  ];
  for (const line of article) {
    test(JSON.stringify(line), () => assert.deepEqual(kept(line), [line]));
  }

  test('"Become a member" glued to the next paragraph keeps the paragraph', () => {
    const text = 'Become a memberOn Thursday, the two ministers met in Moscow to discuss transport links.';
    assert.deepEqual(kept(text), ['On Thursday, the two ministers met in Moscow to discuss transport links.']);
  });

  test('a short glued fragment after a notice is not taken for article text', () => {
    assert.deepEqual(kept('Become a memberShort.'), []);
  });
});

describe('contentRegions: headlines of other stories after the article', () => {
  const body = 'President Rahmon met the President of Turkmenistan on Friday, who is in Dushanbe to take part in the summit.';
  const headlines = [
    'President Rahmon attends International Forum on Peace and Trust in Ashgabat',
    'President Rahmon arrives in Turkmenistan on a working visit',
    'President Rahmon departs for Turkmenistan to attend the forum',
    'President Rahmon attends inauguration of the aluminium plant',
  ];
  test('four headlines in a row after the body are dropped', () => {
    assert.deepEqual(kept([body, ...headlines].join('\n')), [body]);
  });
  test('a headline above the body, or three in a row, are kept', () => {
    assert.deepEqual(kept([headlines[0], body].join('\n')), [headlines[0], body]);
    assert.deepEqual(kept([body, ...headlines.slice(0, 3)].join('\n')), [body, ...headlines.slice(0, 3)]);
  });
});

describe('contentRegions: a whole page', () => {
  const lines = [
    'Menu',
    'Search',
    'Lavrov and Mirzoyan spoke by phone on Monday.',
    'We use cookies to improve your experience.',
    'Become a memberOn Thursday, the two ministers met in Moscow to discuss transport links.',
    'Vladimir Putin and Nikol Pashinyan Source: kremlin.ru',
    'Pashinyan arrived in Minsk.',
    '© 2023 Example News',
  ];
  const text = lines.join('\n');

  test('keeps exactly the article lines, in order', () => {
    assert.deepEqual(kept(text), [
      'Lavrov and Mirzoyan spoke by phone on Monday.',
      'On Thursday, the two ministers met in Moscow to discuss transport links.',
      'Pashinyan arrived in Minsk.',
    ]);
  });

  test('regions point into the original text, in order and without overlap', () => {
    const regions = contentRegions(text);
    assert.equal(regions[0].start, text.indexOf('Lavrov and Mirzoyan'));
    assert.equal(regions[1].start, text.indexOf('On Thursday'));
    assert.equal(regions[1].end, text.indexOf('\nVladimir'));
    for (let i = 1; i < regions.length; i++) assert.ok(regions[i].start >= regions[i - 1].end);
    for (const r of regions) assert.ok(r.start >= 0 && r.end <= text.length && r.start < r.end);
  });

  test('Windows line endings do not end up inside a region', () => {
    const crlf = lines.join('\r\n');
    for (const s of kept(crlf)) assert.ok(!/[\r\n]/.test(s), JSON.stringify(s));
    assert.equal(kept(crlf).length, 3);
  });

  test('empty and blank text have no regions', () => {
    assert.deepEqual(contentRegions(''), []);
    assert.deepEqual(contentRegions('\n  \n\t\n'), []);
  });
});

describe('maskMarkdown', () => {
  const md = [
    '# Talks in Moscow',
    '',
    '**Lavrov** met [Mirzoyan](https://example.org/m) on *Monday*.',
    '',
    '![photo](https://example.org/p.jpg)',
    '- The ministers discussed `transport` links.',
    '> Quoted text from the readout.',
  ].join('\n');
  const view = maskMarkdown(md);

  test('keeps the length', () => assert.equal(view.length, md.length));

  test('keeps line breaks where they were', () => {
    assert.deepEqual(
      [...view].flatMap((c, i) => (c === '\n' ? [i] : [])),
      [...md].flatMap((c, i) => (c === '\n' ? [i] : [])),
    );
  });

  test('words stay at their offsets', () => {
    for (const w of ['Talks in Moscow', 'Lavrov', 'Mirzoyan', 'Monday', 'transport', 'Quoted text']) {
      const at = md.indexOf(w);
      assert.equal(view.slice(at, at + w.length), w, w);
    }
  });

  test('markup, link targets and images are blanked', () => {
    for (const junk of ['#', '**', '](', 'https://', '![', '`', '> ']) assert.ok(!view.includes(junk), junk);
    assert.ok(!/^- /m.test(view));
  });

  test('plain text is unchanged', () => {
    const plain = 'On 12 March, Lavrov met Mirzoyan in Moscow.';
    assert.equal(maskMarkdown(plain), plain);
  });
});

// Hard-wrapped text: the lines of a paragraph broken at a fixed width are joined into one region,
// lines of real structure are not. The texts are invented; each wrapped one is set at about 60
// characters, as a wire copy or a plain-text export would be.
describe('contentRegions: hard-wrapped paragraphs are joined', () => {
  const WIRE = [
    'Ministers meet on river transit',
    '',
    'ASTANA, March 4. The foreign ministers of Kazakhstan and',
    'Uzbekistan met in the capital on Tuesday and discussed the',
    'shared use of the rivers that cross the border of the two',
    'countries, the ministry said.',
    'President Anna Berg and President Omar',
    'Lind will sign the water accord at the',
    'summit planned for the autumn in Tashkent.',
    '',
    'The delegations agreed to set up a joint commission on the',
    'canals. Its first sitting is due next month in Tashkent, where',
    'officials of both sides will review the quotas.',
    '',
    'Both ministers said that the talks had been useful and that the',
    'commission would report to the heads of state before the end of',
    'the year, when the two presidents are due to meet again in the',
    'south of the country for the opening of a new dam on the river.',
  ].join('\n');

  test('the lines of each paragraph become one region, headline and blank lines stay breaks', () => {
    assert.deepEqual(kept(WIRE).map((r) => r.replace(/\n/g, ' ')), [
      'Ministers meet on river transit',
      'ASTANA, March 4. The foreign ministers of Kazakhstan and Uzbekistan met in the capital on Tuesday and discussed the shared use of the rivers that cross the border of the two countries, the ministry said.',
      // short lines were not broken by the wrapper: "Omar" and "the" would have fitted after them
      'President Anna Berg and President Omar',
      'Lind will sign the water accord at the',
      'summit planned for the autumn in Tashkent.',
      'The delegations agreed to set up a joint commission on the canals. Its first sitting is due next month in Tashkent, where officials of both sides will review the quotas.',
      'Both ministers said that the talks had been useful and that the commission would report to the heads of state before the end of the year, when the two presidents are due to meet again in the south of the country for the opening of a new dam on the river.',
    ]);
  });

  test('a name broken across two lines is joined ("the⏎Prime Minister")', () => {
    const text = [
      'The talks on the new rail corridor were opened on Friday by the',
      'Prime Minister of Georgia and his Armenian counterpart, who came',
      'with a large delegation of officials from the transport and',
      'energy ministries and from the customs services of both countries',
      'to the border town on the river, officials told reporters.',
    ].join('\n');
    assert.equal(kept(text).length, 1);
  });

  // Structure inside a wrapped document: each of these lines opens a region of its own, though the
  // line before it is full and ends mid-sentence; a wrapped item or turn takes its own next line.
  const structure: [string, string][] = [
    ['a list item', '- a joint statement on the rail corridor between the two'],
    ['a numbered item', '2. a memorandum on customs checks at the border posts of'],
    ['a speaker label', 'Ivan Petrov: Thank you, colleagues, for coming here today to'],
  ];
  const around = (line: string) =>
    [
      'The foreign ministers of both countries met in the capital',
      'on Friday and discussed the rail corridor and the customs posts',
      'at the border, where trucks now wait for days, the ministry said',
      'in a statement issued after the talks ended late in the evening and',
      line,
      'the neighbouring states, both delegations said on Friday night.',
    ].join('\n');
  for (const [what, line] of structure) {
    test(`${what} is not joined to the line before`, () => {
      const regions = kept(around(line));
      assert.equal(regions.length, 2, JSON.stringify(regions));
      assert.ok(regions[1].startsWith(line + '\n'), JSON.stringify(regions));
    });
  }

  test('a line set in further than the one before opens a block of its own', () => {
    const regions = kept(around('    the quoted words of the minister, set in as a block, go on here'));
    assert.equal(regions.length, 2, JSON.stringify(regions));
    assert.ok(regions[1].startsWith('    the quoted words'), JSON.stringify(regions));
  });

  test('a wrapped list item takes its indented second line', () => {
    const text = around('- a joint statement on the rail corridor between the two').replace('\nthe neighbouring', '\n  the neighbouring');
    const regions = kept(text);
    assert.equal(regions.length, 2, JSON.stringify(regions));
    assert.ok(regions[1].startsWith('- a joint statement') && regions[1].includes('\n  the neighbouring'), JSON.stringify(regions));
  });

  test('the line after a lead-in that ends with a colon stays apart', () => {
    const regions = kept(around('The ministers signed the following documents on this Friday:'));
    assert.equal(regions.length, 2, JSON.stringify(regions));
    assert.ok(regions[1].startsWith('the neighbouring states'), JSON.stringify(regions));
  });

  // Documents that are not hard-wrapped: every line stays its own region.
  const notWrapped: [string, string][] = [
    [
      'paragraphs of any length, one a line',
      [
        'Armenia and Azerbaijan foreign ministers meet in Almaty',
        'The foreign ministers of Armenia and Azerbaijan met in Almaty on Friday for talks on a peace treaty, the ministry said in a statement.',
        'They discussed the border commissions and',
        'the opening of transport links, officials said after the meeting that lasted about three hours.',
      ].join('\n'),
    ],
    [
      'a menu of short lines',
      ['Home', 'News', 'Politics', 'World', 'Opinion', 'Video', 'Lavrov meets Mirzoyan in Moscow', 'Lavrov and Mirzoyan met on Monday.'].join('\n'),
    ],
    [
      'verse set on its own lines',
      [
        'The minister closed his speech with lines of his own:',
        'over the river and over the hills',
        'the road goes on to the other side',
        'and the old bridge stands where it stood',
        'for those who cross it in the morning',
        'and for those who come back at night.',
      ].join('\n'),
    ],
    [
      'a transcript of short turns',
      [
        'Anna Berg: Good afternoon, colleagues, and thank you for coming.',
        'Omar Lind: Thank you for hosting us here in the capital today.',
        'Anna Berg: We last met in the spring, at the forum in the south.',
        'Omar Lind: and since then our trade has grown by a quarter, yes.',
      ].join('\n'),
    ],
  ];
  for (const [what, text] of notWrapped) {
    test(`not wrapped: ${what}`, () => assert.ok(kept(text).every((r) => !r.includes('\n')), JSON.stringify(kept(text))));
  }
});
