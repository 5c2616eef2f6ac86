// The English reader's decision trace (trace.ts): every trigger found is a candidate, and every
// candidate ends in a named decision — a dropped one says by which rule, a kept one which event it
// became, a joined one which candidate's event it was joined to. Texts written for these tests.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type Extraction } from './pipeline.ts';
import { readDocument } from '../ingest/read.ts';
import { metaFor, readMeta } from '../ingest/files.ts';

function run(text: string, published = '2024-04-10'): Extraction {
  const r = readDocument('story.txt', Buffer.from(text), { published });
  if (!r.ok) assert.fail(`refused: ${r.reason}`);
  return extract(r.doc);
}

/** Each candidate's words and the rules of its decisions: "«met» drop.negated". */
function decided(x: Extraction): string[] {
  return x.candidates!.map((c) => `«${c.trigger.text.trim()}» ${x.decisions!.filter((d) => d.candidate === c.id).map((d) => d.rule).join(' ')}`);
}

/**
 * Every event has exactly one kept candidate pointing at it (not joined); every joined decision
 * points at the event of the candidate it names; every candidate has a decision, none unexplained.
 */
function assertAccounted(x: Extraction, where: string): void {
  const decisions = x.decisions!;
  x.events.forEach((_, i) => {
    const makers = decisions.filter((d) => d.kept && !d.joinedTo && d.event === i + 1);
    assert.equal(makers.length, 1, `${where}: event ${i + 1} has ${makers.length} kept candidates`);
  });
  for (const d of decisions) {
    if (d.kept) assert.ok(d.event != null && d.event >= 1 && d.event <= x.events.length, `${where}: candidate ${d.candidate} kept for no event`);
    if (d.joinedTo) assert.ok(decisions.some((k) => k.candidate === d.joinedTo && k.kept && !k.joinedTo && k.event === d.event), `${where}: candidate ${d.candidate} joined to ${d.joinedTo}, which did not make event ${d.event}`);
    assert.ok(d.rule && d.reason, `${where}: candidate ${d.candidate} has no rule or reason`);
    assert.ok(d.rule !== 'drop.unexplained' && d.rule !== 'drop.made-nothing', `${where}: candidate ${d.candidate}: ${d.rule} (${d.reason})`);
  }
  for (const c of x.candidates!) assert.ok(decisions.some((d) => d.candidate === c.id), `${where}: candidate ${c.id} has no decision`);
}

describe('trace: dropped candidates name their rule', () => {
  test('a negated meeting is dropped as drop.negated, with the people its sentence named', () => {
    const x = run('On 4 April, Jeyhun Bayramov did not meet Ararat Mirzoyan in Almaty.');
    assert.deepEqual(x.events, []);
    assert.deepEqual(decided(x), ['«meet» drop.negated']);
    assert.deepEqual(x.candidates![0].participants.map((p) => p.actorId), ['jeyhun-bayramov', 'ararat-mirzoyan']);
    assert.equal(x.candidates![0].type, 'meeting');
  });

  test('a trip within the traveller\'s own country is dropped as drop.domestic', () => {
    const x = run('On 5 April, Sergey Lavrov arrived in Moscow.');
    assert.deepEqual(x.events, []);
    assert.deepEqual(decided(x), ['«arrived in» drop.domestic']);
  });

  test('a meeting with nobody across the table is dropped as drop.no-counterpart', () => {
    const x = run('On 6 April, Nikol Pashinyan held talks in Yerevan.');
    assert.deepEqual(x.events, []);
    assert.deepEqual(decided(x), ['«held talks» drop.no-counterpart']);
    assert.equal(x.candidates![0].date, '2024-04-06');
  });

  test('a habit and a bare possibility are dropped by their own rules', () => {
    const x = run('Ilham Aliyev and Vladimir Putin often talk by phone. Aliyev said he would meet Nikol Pashinyan if the terms were right.');
    // (every form of "talk" belongs to the call's words: verb-forms.yaml)
    assert.deepEqual(decided(x), ['«talk by phone» drop.habitual', '«meet» drop.hypothetical']);
  });

  test('the dropped candidates stand beside the kept ones, in text order', () => {
    const x = run('On 7 April, Sergey Lavrov held talks with Jeyhun Bayramov in Baku. Lavrov did not meet Ilham Aliyev.');
    assert.equal(x.events.length, 1);
    assert.deepEqual(decided(x), ['«held talks» keep.contact', '«meet» drop.negated']);
    assert.equal(x.decisions![0].event, 1);
  });
});

describe('trace: kept and joined candidates point at their event', () => {
  test('a definite mention is joined to the event of the candidate that made it', () => {
    const x = run('On 8 April, Ararat Mirzoyan met Jeyhun Bayramov in Almaty. The meeting lasted two hours.');
    assert.equal(x.events.length, 1);
    const [made, again] = x.decisions!;
    assert.deepEqual([made.kept, made.joinedTo, made.event, made.rule], [true, undefined, 1, 'keep.contact']);
    assert.deepEqual([again.kept, again.joinedTo, again.event, again.rule], [true, made.candidate, 1, 'join.definite']);
    assertAccounted(x, 'definite');
  });

  test('a headline folded into the body\'s event by merge.ts is joined, with the merge rule', () => {
    const x = run('Lavrov holds talks with Bayramov\n\nOn 9 April, Sergey Lavrov held talks with Jeyhun Bayramov in Moscow.');
    assert.equal(x.events.length, 1);
    const joined = x.decisions!.filter((d) => d.joinedTo);
    assert.equal(joined.length, 1, JSON.stringify(x.decisions));
    assert.match(joined[0].rule, /^merge\./);
    assert.equal(joined[0].event, 1);
    assertAccounted(x, 'headline');
  });

  test('one meeting with each person met: one kept decision for each event', () => {
    const x = run('On 10 April, Vladimir Putin met Ilham Aliyev and then Nikol Pashinyan in Sochi.');
    assert.equal(x.events.length, 2);
    assert.deepEqual(x.decisions!.map((d) => [d.candidate, d.rule, d.event]), [[1, 'keep.each-person', 1], [1, 'keep.each-person', 2]]);
    assertAccounted(x, 'split');
  });

  test('every event of the project\'s own corpus has a kept candidate, no candidate is unexplained, and the events are those made without a trace', () => {
    const root = new URL('../../corpus/', import.meta.url).pathname;
    let events = 0;
    for (const set of ['sample', 'dev', 'heldout']) {
      const dir = join(root, set);
      const meta = readMeta(join(dir, 'meta.jsonl'));
      for (const f of readdirSync(dir).filter((n) => /\.(?:txt|html|md)$/.test(n) && n !== 'README.md')) {
        const file = join(dir, f);
        const r = readDocument(file, readFileSync(file), metaFor(file, meta, undefined));
        if (!r.ok || r.doc.lang === 'ru') continue;
        const x = extract(r.doc);
        assertAccounted(x, `${set}/${f}`);
        // The trace only watches: without it, the same events.
        assert.deepEqual(extract(r.doc, { trace: false }).events, x.events, `${set}/${f}: the trace changed the events`);
        events += x.events.length;
      }
    }
    assert.ok(events > 50, `only ${events} events read`);
  });
});

describe('trace: no silent exit in the event frame', () => {
  // A source check, not a run: a new `return;` in a frame function drops its trigger on wording no
  // test sentence may reach, so only reading the source catches every one. The runtime net
  // (`drop.unexplained`, tested above on the corpus) catches what falls off a function's end.
  const source = readFileSync(new URL('./events.ts', import.meta.url), 'utf8').split('\n');
  const FRAME = ['processSentence', 'tellTrigger', 'tellVisit', 'tellContact', 'moveStory'];
  /** A call that records a decision: trace.ts's helpers, or a frame function that records its own. */
  const TRACED = /\b(?:drop|joined|made|tellVisit|tellContact)\(/;
  const bodyOf = (name: string): Array<{ line: number; text: string }> => {
    const from = source.findIndex((l) => new RegExp(`^(?:export )?function ${name}\\(`).test(l));
    assert.ok(from >= 0, `events.ts has no function ${name}`);
    const to = source.findIndex((l, i) => i > from && l === '}');
    return source.slice(from, to + 1).map((text, i) => ({ line: from + i + 1, text }));
  };

  for (const name of FRAME) {
    test(`every \`return;\` of ${name} is preceded by a trace call`, () => {
      const body = bodyOf(name);
      const silent: string[] = [];
      body.forEach(({ line, text }, i) => {
        const at = text.indexOf('return;');
        if (at < 0) return;
        const before = text.slice(0, at);
        let prev = i - 1;
        while (prev >= 0 && body[prev].text.trim() === '') prev--;
        if (!TRACED.test(before) && !(prev >= 0 && TRACED.test(body[prev].text))) silent.push(`events.ts:${line}: ${text.trim()}`);
      });
      assert.deepEqual(silent, []);
    });
  }

  test('a frame function that makes events ends on a made() call', () => {
    for (const name of ['tellVisit', 'tellContact']) {
      const body = bodyOf(name);
      assert.match(body[body.length - 2].text, /\bmade\(/, `${name} ends without recording what it made`);
    }
  });

  test('the check finds a silent exit when there is one', () => {
    const TRACE_CALL = TRACED;
    assert.ok(!TRACE_CALL.test('  if (!visitor) return;'));
    assert.ok(TRACE_CALL.test("  if (!visitor) { drop(st, tr, 'drop.no-visitor', 'nobody'); return; }"));
  });
});
