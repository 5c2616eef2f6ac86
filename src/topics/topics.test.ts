// The topic vocabulary and the topic stage: English and Russian sentences about one subject get one
// label; a subject said not to have been raised gives none; a contact takes no topic from the
// sentences of another contact, nor from a sentence before its own. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadTopicVocabulary, TopicVocabularyError } from './vocabulary.ts';
import { topicsOfSentence } from './assign.ts';
import { extract } from '../extract/pipeline.ts';
import { readDocument } from '../ingest/read.ts';
import { DATA_DIR } from '../gazetteer/load.ts';

const v = loadTopicVocabulary();
const ids = (lang: 'en' | 'ru', s: string) => topicsOfSentence(v, lang, s).map((h) => h.id).sort();

function run(text: string, published = '2024-03-15') {
  const r = readDocument('story.txt', Buffer.from(text), { published });
  if (!r.ok) assert.fail(`refused: ${r.reason}`);
  return extract(r.doc);
}

test('an English and a Russian sentence about the same subjects give the same labels', () => {
  const pairs: Array<[string, string, string[]]> = [
    ['The ministers discussed the delimitation of the border and the unblocking of transport links.', 'Министры обсудили делимитацию границы и разблокирование транспортных коммуникаций.', ['border', 'transport']],
    ['The presidents talked about gas supplies and the construction of a new nuclear power plant.', 'Президенты говорили о поставках газа и строительстве новой атомной электростанции.', ['energy', 'nuclear-energy']],
    ['The sides exchanged views on the situation around Nagorno-Karabakh and the peace treaty.', 'Стороны обменялись мнениями о ситуации вокруг Нагорного Карабаха и мирном договоре.', ['karabakh', 'peace-treaty']],
    ['The leaders discussed cooperation within the EAEU and the CIS, and the sanctions.', 'Лидеры обсудили взаимодействие в рамках ЕАЭС и СНГ, а также санкции.', ['cis', 'eaeu', 'sanctions']],
    ['They also touched upon Iran’s nuclear programme and the 3+3 platform.', 'Также были затронуты иранская ядерная программа и платформа «3+3».', ['iran-nuclear', 'platform-3-3']],
    ['The agenda included labour migration and the teaching of the Russian language in schools.', 'На повестке были трудовая миграция и преподавание русского языка в школах.', ['education-culture', 'migration']],
    ['The prime ministers discussed preparations for the upcoming visit to Minsk.', 'Премьер-министры обсудили подготовку к предстоящему визиту в Минск.', ['schedule']],
  ];
  for (const [en, ru, want] of pairs) {
    assert.deepEqual(ids('en', en), want, en);
    assert.deepEqual(ids('ru', ru), want, ru);
  }
});

test('each label names the words and the pattern that gave it', () => {
  const text = 'Стороны обсудили положение на армяно-азербайджанской границе.';
  const [hit] = topicsOfSentence(v, 'ru', text, 100);
  assert.equal(hit.id, 'border');
  assert.equal(hit.label, 'border delimitation and demarcation');
  assert.match(hit.pattern, /границ~/);
  assert.equal(text.slice(hit.start - 100, hit.end - 100), 'на армяно-азербайджанской границе');
  assert.deepEqual(hit.sentence, { start: 100, end: 100 + text.length, text });
});

test('a subject said not to have been raised gives no topic, in either language', () => {
  for (const s of [
    'The question of Ukraine was not mentioned in the ministry’s statement.',
    'The Armenian readout made no mention of the peacekeepers.',
    'The Kremlin’s account said nothing about the Lachin corridor, which was discussed at length last year.',
  ]) assert.deepEqual(ids('en', s), [], s);
  for (const s of [
    'Украинская тема в ходе разговора не затрагивалась.',
    'Вопрос о российских миротворцах не обсуждался.',
    'О Лачинском коридоре в сообщении пресс-службы не было сказано ни слова.',
    'В армянском сообщении ни слова о санкциях.',
  ]) assert.deepEqual(ids('ru', s), [], s);
});

test('only the clause that denies a subject loses it', () => {
  assert.deepEqual(ids('en', 'Trade was discussed, but the Ukrainian crisis was not mentioned.'), ['trade']);
  assert.deepEqual(ids('ru', 'Обсуждалась торговля, но украинский кризис не упоминался.'), ['trade']);
});

test('a sentence that only names a gathering or a subject raises no topic', () => {
  // The setting of the contact is not what it was about.
  assert.deepEqual(ids('en', 'Putin met Tokayev on the sidelines of the CSTO summit in Astana.'), []);
  assert.deepEqual(ids('en', 'Putin met Tokayev on the sidelines of the CSTO summit and discussed energy.'), ['energy']);
  assert.deepEqual(ids('ru', 'На полях саммита ОДКБ президенты обсудили энергетическое сотрудничество.'), ['energy']);
  // "his Ukrainian counterpart" names a participant's state, not a subject.
  assert.deepEqual(ids('en', 'Tokayev discussed grain exports with his Ukrainian counterpart.'), ['agriculture', 'trade']);
});

test('English events carry vocabulary labels, never sentence fragments', () => {
  const x = run(
    'Sergey Lavrov held talks with Armenian Foreign Minister Ararat Mirzoyan in Moscow on March 12.\n\nThe ministers discussed the main topics of the bilateral agenda, mainly the situation on the border.',
  );
  assert.equal(x.events.length, 1, JSON.stringify(x.events));
  assert.deepEqual(x.events[0].topics, ['border delimitation and demarcation', 'bilateral relations and strategic partnership']);
  const labels = new Set(v.topics.map((t) => t.label));
  for (const t of x.events[0].topics) assert.ok(labels.has(t), t);
});

test('a Russian event gets the labels of the sentences that speak of it', () => {
  const x = run(
    '12 марта министр иностранных дел России Сергей Лавров провёл телефонный разговор с министром иностранных дел Армении Араратом Мирзояном.\n\nСтороны обсудили ситуацию на армяно-азербайджанской границе и вопросы разблокирования транспортных коммуникаций.',
  );
  assert.equal(x.events.length, 1, JSON.stringify(x.events));
  assert.deepEqual(x.events[0].topics, ['border delimitation and demarcation', 'transport corridors and unblocking of communications']);
});

test('a contact takes no topic from a neighbouring contact, nor from the lines before it', () => {
  const en = run(
    [
      'Relations in the region were strained by the dispute over gas prices.',
      'On March 12 Vladimir Putin had a telephone conversation with Kassym-Jomart Tokayev. The presidents discussed trade.',
      'On March 13 Sergey Lavrov met Ararat Mirzoyan in Moscow. The ministers discussed the peace treaty with Azerbaijan.',
    ].join('\n\n'),
  );
  const byPerson = (who: string) => en.events.find((e) => e.participants.some((p) => p.actorId === who));
  assert.deepEqual(byPerson('kassym-jomart-tokayev')?.topics, ['trade and economic cooperation']);
  assert.deepEqual(byPerson('ararat-mirzoyan')?.topics, ['peace treaty between Armenia and Azerbaijan']);
  const ru = run(
    [
      'Отношения в регионе осложнил спор о ценах на газ.',
      '12 марта Владимир Путин провёл телефонный разговор с Касым-Жомартом Токаевым. Президенты обсудили торговлю.',
      '13 марта Сергей Лавров встретился в Москве с Араратом Мирзояном. Министры обсудили мирный договор с Азербайджаном.',
    ].join('\n\n'),
  );
  const byPersonRu = (who: string) => ru.events.find((e) => e.participants.some((p) => p.actorId === who));
  assert.deepEqual(byPersonRu('kassym-jomart-tokayev')?.topics, ['trade and economic cooperation']);
  assert.deepEqual(byPersonRu('ararat-mirzoyan')?.topics, ['peace treaty between Armenia and Azerbaijan']);
});

test('a sentence of the next paragraph carries topics only when it goes on about the contact', () => {
  const x = run('On March 12 Vladimir Putin had a telephone conversation with Kassym-Jomart Tokayev.\n\nKazakhstan discussed new gas contracts with China this month.');
  assert.deepEqual(x.events[0]?.topics, []);
});

test('a broken vocabulary file is refused with the place of the fault', () => {
  const dir = mkdtempSync(join(tmpdir(), 'topics-'));
  const good = readFileSync(join(DATA_DIR, 'lexicon', 'topics.yaml'), 'utf8');
  const twice = join(dir, 'twice.yaml');
  writeFileSync(twice, good.replace('- id: lachin', '- id: karabakh'));
  assert.throws(() => loadTopicVocabulary(twice), (e: Error) => e instanceof TopicVocabularyError && /topic id 'karabakh' is given twice/.test(e.message));
  const noRussian = join(dir, 'no-ru.yaml');
  writeFileSync(noRussian, good.replace('    ru: ["лачин~"]\n', ''));
  assert.throws(() => loadTopicVocabulary(noRussian), (e: Error) => e instanceof TopicVocabularyError && /topics\.\d+\.ru/.test(e.message));
  const badPattern = join(dir, 'bad.yaml');
  writeFileSync(badPattern, good.replace('en: ["lachin"]', 'en: ["lachin(("]'));
  assert.throws(() => loadTopicVocabulary(badPattern), (e: Error) => e instanceof TopicVocabularyError && /topics\.lachin\.en\.0: not a valid pattern/.test(e.message));
});
