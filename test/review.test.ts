// The drafted review: on the seeds it holds the contacts of the seed review's "Meetings and
// Conversations" sections with their dates, and every citation is checked mechanically: the cited
// span is in the document, names a participant (or a reference to one) and an event, and the
// extractor run afresh on that document dates an event told in that span to the cited date.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attache, tempDir, ROOT, SHARED } from './helpers.ts';
import { openStore } from '../src/store/open.ts';
import { extract } from '../src/extract/pipeline.ts';
import { findCountries } from '../src/extract/places.ts';
import { maskMarkdown } from '../src/ingest/clean.ts';
import { defaultGazetteer } from '../src/gazetteer/index.ts';
import { loadTopicVocabulary } from '../src/topics/vocabulary.ts';
import { topicsOfSentence, absencesOfSentence } from '../src/topics/assign.ts';
import { attributionOfSentence, officialSide } from '../src/contacts/side.ts';
import type { Review } from '../src/review/build.ts';

const SEEDS = join(SHARED, 'corpus', 'seeds');
const haveSeeds = existsSync(SEEDS);
const MULTI = join(ROOT, 'test', 'fixtures', 'multi');
const EVENT_WORD = /\b(?:talks?|met|meets?|meeting|call(?:ed|s)?|phone|telephone|conversation|spoke|speaks?|visit\w*|host\w*|received|receives|summit|negotiat\w*|consultations?|session|attended|held|discuss\w*)\b/i;
const REFERENCE = /\b(?:president|prime minister|premier|minister|counterpart|colleague|leaders?|sides|parties|ministers|presidents|heads?|ambassador|speaker|chairman|chairwoman|envoy|representative|he|his)\b/i;

/** Every citation of a review supports what it is cited for; returns the number checked. */
async function checkCitations(db: string, r: Review): Promise<number> {
  const store = await openStore(db);
  const docs = new Map((await store.selectFrom('documents').selectAll().execute()).map((d) => [d.id, d]));
  await store.destroy();
  const extractions = new Map<number, ReturnType<typeof extract>>();
  const g = defaultGazetteer();
  for (const c of r.citations) {
    const d = docs.get(c.documentId)!;
    assert.equal(d.text.slice(c.start, c.end), c.sentence, `[${c.n}] is a span of ${d.name}`);
    // One number per sentence: the sentence must support everything it is cited for.
    for (const sup of c.supports) {
      if (sup.kind === 'topic') {
        // The cited sentence raises the topic (and does not say it was left out), in the document's language.
        const raised = topicsOfSentence(loadTopicVocabulary(), d.lang === 'ru' ? 'ru' : 'en', c.sentence).map((h) => h.id);
        assert.ok(raised.includes(sup.topic), `[${c.n}] mentions ${sup.label}: ${c.sentence}`);
        continue;
      }
      if (sup.kind === 'omission') {
        // The cited sentence says the topic was not mentioned (and raises no topic from that clause).
        const absent = absencesOfSentence(loadTopicVocabulary(), d.lang === 'ru' ? 'ru' : 'en', c.sentence).map((h) => h.id);
        assert.ok(absent.includes(sup.topic), `[${c.n}] says ${sup.label} was not mentioned: ${c.sentence}`);
        continue;
      }
      if (sup.kind === 'readout') {
        // The side's own site, or a sentence attributing what it tells to that side.
        const side = sup.official ? officialSide(d.outlet, d.url) : attributionOfSentence(g, { start: c.start, end: c.end, text: c.sentence })?.side;
        assert.equal(side, sup.side, `[${c.n}] is a readout of ${sup.side}: ${c.sentence}`);
        continue;
      }
      const s = sup;
      // The citations of one event together name a participant (or refer to one).
      const together = r.citations.filter((x) => x.supports.some((y) => y.kind === 'event' && y.eventId === s.eventId)).map((x) => x.sentence).join(' ');
      const folded = together.normalize('NFD').replace(/\p{M}/gu, '');
      if (s.people.length) {
        assert.ok(s.people.some((p) => folded.includes(p.normalize('NFD').replace(/\p{M}/gu, ''))) || REFERENCE.test(together), `[${c.n}] names a participant: ${c.sentence}`);
      } else {
        // A meeting of two states' bodies with nobody named: the sentences name both states.
        const named = new Set(findCountries(g, together, 0).map((m) => m.code));
        assert.ok(s.countries.length >= 2 && s.countries.every((code) => named.has(code)), `[${c.n}] names the states ${s.countries.join(', ')}: ${c.sentence}`);
      }
      assert.match(c.sentence, EVENT_WORD, `[${c.n}] tells of an event`);
      if (!extractions.has(d.id)) {
        extractions.set(d.id, extract({ id: d.name, text: d.text, view: d.format === 'markdown' ? maskMarkdown(d.text) : undefined, regions: JSON.parse(d.regions), published: d.published, lang: d.lang, outlet: d.outlet, url: d.url, title: d.title }));
      }
      const told = extractions.get(d.id)!.events.filter((e) => e.evidence.some((v) => v.start < c.end && v.end > c.start));
      assert.ok(told.some((e) => e.date === s.date), `[${c.n}] the date resolves to ${s.date} (found ${told.map((e) => e.date).join(', ') || 'no event'}): ${c.sentence}`);
    }
  }
  return r.citations.length;
}

let seedsDb: string;
before(() => {
  if (!haveSeeds) return;
  seedsDb = join(tempDir(), 'seeds.db');
  const r = attache(['ingest', '--db', seedsDb, '--meta', join(SHARED, 'eval', 'meta.jsonl'), SEEDS]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('seeds: the review holds the seed review’s contacts with Russia, with their dates', { skip: !haveSeeds && 'no ../shared' }, () => {
  const r: Review = JSON.parse(attache(['review', '--db', seedsDb, '--from', '2022-02-24', '--to', '2022-05-31', '--focus', 'ARM,AZE', '--format', 'json']).stdout);
  const g = defaultGazetteer();
  const gold = readFileSync(join(SHARED, 'eval', 'gold', 'seeds.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    .filter((e) => e.doc.startsWith('000_') && e.date >= '2022-02-24' && e.date <= '2022-05-31' && e.countries.includes('RUS') && (e.countries.includes('ARM') || e.countries.includes('AZE')));
  const entries = r.sections.flatMap((s) => s.groups ?? []).flatMap((grp) => grp.entries);
  const surname = (n: string) => (g.byFullName(n)[0]?.name ?? n).split(/\s+/).pop()!;
  // Dates agree as the scorer has them agree: at the gold's precision (a month-only gold date takes any day of that month).
  const missed = gold.filter((e) => !entries.some((x) => !!x.date?.startsWith(e.date) && e.participants.filter((p: string) => x.text.includes(surname(p))).length >= Math.min(2, e.participants.length)));
  const found = gold.length - missed.length;
  process.stderr.write(`seed review contacts with Russia in the review: ${found}/${gold.length}\n${missed.map((e) => `  missed ${e.date} ${e.type} ${e.participants.join(', ')}\n`).join('')}`);
  assert.ok(gold.length >= 30);
  assert.ok(found / gold.length >= 0.9, `${found}/${gold.length}`);
  for (const x of entries) assert.ok(x.citations.length > 0, `every entry cites: ${x.text}`);
});

test('seeds: every citation of the review resolves to a sentence that supports it', { skip: !haveSeeds && 'no ../shared' }, async () => {
  const r: Review = JSON.parse(attache(['review', '--db', seedsDb, '--from', '2022-02-24', '--to', '2022-05-31', '--focus', 'ARM,AZE', '--format', 'json']).stdout);
  const n = await checkCitations(seedsDb, r);
  assert.ok(n > 50, `${n} citations checked`);
});

test('seeds: the readouts are compared, topics are never cited from a sentence that negates them, labels are the vocabulary’s', { skip: !haveSeeds && 'no ../shared' }, () => {
  const r: Review = JSON.parse(attache(['review', '--db', seedsDb, '--from', '2022-02-24', '--to', '2022-05-31', '--focus', 'ARM,AZE', '--format', 'json']).stdout);
  // Readout observations: what one side's readout mentions, what a source says it did not mention, and
  // what one side's readout mentions and the other's omits. The seed review makes 16 such observations.
  const observations = r.readouts.flatMap((x) => x.points).filter((p) => p.kind === 'mentions' || p.kind === 'not-mentioned' || p.kind === 'gap');
  process.stderr.write(`readout observations on the seed period: ${observations.length} (${r.readouts.length} contacts)\n`);
  assert.ok(observations.length >= 10, `${observations.length} readout observations`);
  for (const p of observations) assert.ok(p.citations.length > 0, `cited: ${p.text}`);
  // Both sides' readouts of one contact retold by one document are told apart (the review's own text names
  // several such contacts), and one source's word that a readout left a subject out is an omission, not a topic.
  assert.ok(r.readouts.some((x) => x.points.some((p) => p.kind === 'published' && p.citations.length >= 2)), 'a contact with two sides’ readouts');
  const omission = r.readouts.flatMap((x) => x.points).find((p) => p.kind === 'not-mentioned');
  assert.ok(omission, 'an explicit omission');
  const v = loadTopicVocabulary();
  const labels = new Set(v.topics.map((t) => t.label));
  const entries = r.sections.flatMap((s) => s.groups ?? []).flatMap((grp) => grp.entries);
  for (const e of entries) {
    for (const t of e.topics) {
      assert.ok(labels.has(t.label), `a vocabulary label, not a fragment: ${t.label}`);
      const c = r.citations[t.citation - 1];
      assert.ok(c.supports.some((x) => x.kind === 'topic' && x.label === t.label), `[${c.n}] is cited for ${t.label}`);
      // The clause that names the topic does not say it was left out.
      const raised = topicsOfSentence(v, 'en', c.sentence).find((h) => h.label === t.label);
      assert.ok(raised, `[${c.n}] raises ${t.label}: ${c.sentence}`);
      const negated = absencesOfSentence(v, 'en', c.sentence).filter((h) => h.label === t.label);
      assert.ok(negated.every((h) => raised.start < h.clause.start || raised.start >= h.clause.end), `[${c.n}] cites ${t.label} from a clause that negates it`);
    }
  }
  // The analyst's example: a report saying a subject was not mentioned never yields that subject as a topic of the contact.
  for (const c of r.citations) {
    for (const o of c.supports) {
      if (o.kind !== 'omission') continue;
      assert.ok(!r.citations.some((x) => x.supports.some((y) => y.kind === 'topic' && y.topic === o.topic) && x.start === c.start && x.documentId === c.documentId), `[${c.n}] is an omission and a topic`);
    }
  }
});

test('seeds: the HTML review embeds charts, links citations to its own source list and leaves the analyst’s sections empty', { skip: !haveSeeds && 'no ../shared' }, () => {
  const html = attache(['review', '--db', seedsDb, '--from', '2022-02-24', '--to', '2022-05-31', '--focus', 'ARM,AZE', '--format', 'html']).stdout;
  assert.equal((html.match(/<figure class="chart"><svg/g) ?? []).length, 2);
  const cited = new Set([...html.matchAll(/href="#cite-(\d+)"/g)].map((m) => m[1]));
  for (const n of cited) assert.match(html, new RegExp(`<li id="cite-${n}" value="${n}">`));
  assert.doesNotMatch(html, /href="\/(?!\/)/, 'standalone: no link needs the server');
  assert.ok((html.match(/class="analyst"/g) ?? []).length >= 4);
  assert.match(html, /Meetings and Conversations of the Prime Minister[\s\S]*19 April 2022\.<\/strong> Meeting of Vladimir Putin/);
  assert.match(html, /Meetings and Conversations of the President[\s\S]*31 May 2022/);
  // The seeds hold no document published in the previous period: a plain warning, no percentages.
  assert.match(html, /<td>Contacts between Russia and Armenia \(all formats\)<\/td><td>\d+<\/td><td>—<\/td><td>—<\/td>/);
  assert.match(html, /class="warning"><strong>Note.<\/strong> No comparison with the previous period/);
  assert.doesNotMatch(html, /\d%<\/td>/);
});

test('multi-source fixture: the review shows where accounts differ, and counts events once', async () => {
  const db = join(tempDir(), 'multi.db');
  assert.equal(attache(['ingest', '--db', db, '--meta', join(MULTI, 'meta.jsonl'), MULTI]).status, 0);
  const r: Review = JSON.parse(attache(['review', '--db', db, '--from', '2022-04-01', '--to', '2022-04-30', '--focus', 'ARM', '--format', 'json']).stdout);
  const talk = r.differences.find((d) => /19 April 2022: Meeting of Vladimir Putin/.test(d.heading));
  assert.ok(talk, JSON.stringify(r.differences));
  const only = talk.points.find((p) => /Only the Armenian account mentions humanitarian issues/.test(p.text));
  assert.ok(only && only.citations.length === 1);
  assert.match(r.citations[only.citations[0] - 1].sentence, /prisoners of war/);
  const meetings = r.sections.flatMap((s) => s.groups ?? []).flatMap((grp) => grp.entries).filter((e) => e.date === '2022-04-19' && /^Meeting of Vladimir Putin/.test(e.text));
  assert.equal(meetings.length, 1, 'three reports, one contact');
  assert.equal(meetings[0].citations.length, 3, 'a citation per account');
  assert.equal(r.figures.find((f) => f.label === 'Reports (accounts) of these contacts')!.current > r.figures[0].current, true);
  await checkCitations(db, r);
  const md = attache(['review', '--db', db, '--from', '2022-04-01', '--to', '2022-04-30', '--focus', 'ARM']).stdout;
  assert.match(md, /## Where the Accounts Differ\n\n- \*\*19 April 2022/);
  assert.notEqual(attache(['review', '--db', db, '--from', '2022-04-31', '--to', '2022-04-30']).status, 0);
});
