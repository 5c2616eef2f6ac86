// How many of the gazetteer's officials the Russian reader finds in all six cases: for every official
// with a Cyrillic name of two words or more, the first name and the surname are declined (petrovich)
// into each case and put in a sentence of this script's own; the official counts when every one of
// the six sentences finds them. Run twice: with the gazetteer as it is, and with every Cyrillic name
// removed, so that each must be found through the official's Latin name (src/reader/ru/latin.ts).
// The sentences use the first and the last word of the name only, so names of three words or more
// (Korean, Vietnamese, Arabic with "аль-", "оглы") are asked in a shape the press does not write;
// most of the misses with the gazetteer as it is are those, and namesakes (two Arayik Harutyunyans).
//
//   node --import tsx scripts/ru-names.ts            the two counts
//   node --import tsx scripts/ru-names.ts --misses   and the officials missed through Latin names
import { findPeople } from '../src/reader/ru/mentions.ts';
import { CASES, inflect, ruGazetteer, type Case } from '../src/reader/ru/gazetteer.ts';
import { defaultGazetteer, Gazetteer } from '../src/gazetteer/index.ts';

const full = defaultGazetteer();
const latinOnly = new Gazetteer({ ...full.data, people: full.data.people.map((p) => ({ ...p, ru: [] })) });
const showMisses = process.argv.includes('--misses');

for (const [label, g] of [['gazetteer as it is', full], ['Cyrillic names removed', latinOnly]] as const) {
  const rg = ruGazetteer(g);
  let people = 0;
  let everyCase = 0;
  let forms = 0;
  let found = 0;
  const missed: string[] = [];
  for (const p of full.data.people) {
    const words = (p.ru[0] ?? '').split(/\s+/);
    if (words.length < 2) continue;
    people++;
    const gender = p.gender === 'f' ? 'female' : 'male';
    let all = true;
    for (const c of ['nominative', ...CASES] as Case[]) {
      const name = `${inflect(gender, 'first', words[0], c)} ${inflect(gender, 'last', words[words.length - 1], c)}`;
      forms++;
      if (findPeople(rg, `Вчера журналисты говорили про ${name} долго.`, 0, null).some((x) => x.person.id === p.id)) found++;
      else all = false;
    }
    if (all) everyCase++;
    else missed.push(`${p.id} (${p.ru[0]})`);
  }
  console.log(`${label.padEnd(24)} officials found in all six cases: ${everyCase}/${people}; case forms found: ${found}/${forms}`);
  if (showMisses && g === latinOnly) console.log(missed.join('\n'));
}
