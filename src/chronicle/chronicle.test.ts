// The chronicle's sentence for one entry, by type: who, what, where, on whose initiative. A summit's
// record is said as attendance, so that it does not read as a second meeting of the same people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultGazetteer } from '../gazetteer/index.ts';
import { entryText } from './chronicle.ts';

const g = defaultGazetteer();
const who = (actor_id: string, name: string, country: string) => ({ actor_id, name, country, role: null });
const PUTIN = who('vladimir-putin', 'Vladimir Putin', 'RUS');
const PASHINYAN = who('nikol-pashinyan', 'Nikol Pashinyan', 'ARM');
const ALIYEV = who('ilham-aliyev', 'Ilham Aliyev', 'AZE');

test('each type of entry has its own sentence', () => {
  const cases: Array<[string, Parameters<typeof entryText>[1], RegExp]> = [
    ['a call', { type: 'call', date: '2023-05-25', participants: [PUTIN, PASHINYAN], countries: ['RUS', 'ARM'], location: null, initiator: 'ARM' }, /^Telephone conversation of Vladimir Putin \(.+\) and Nikol Pashinyan \(.+\), on the initiative of the Armenian side\.$/],
    ['a meeting', { type: 'meeting', date: '2023-05-25', participants: [PUTIN, PASHINYAN, ALIYEV], countries: ['RUS', 'ARM', 'AZE'], location: 'Moscow', initiator: null }, /^Meeting of Vladimir Putin .+, Nikol Pashinyan .+ and Ilham Aliyev .+ in Moscow\.$/],
    ['a summit: attendance, not a meeting', { type: 'summit', date: '2023-05-25', participants: [PUTIN, PASHINYAN, ALIYEV], countries: ['RUS', 'ARM', 'AZE'], location: 'Moscow', initiator: null }, /^Summit in Moscow, attended by Vladimir Putin .+, Nikol Pashinyan .+ and Ilham Aliyev .+\.$/],
    ['a summit with nobody named', { type: 'summit', date: '2023-05-25', participants: [], countries: ['RUS', 'ARM'], location: null, initiator: null }, /^Summit, attended by representatives of Russia and Armenia\.$/],
    ['a visit', { type: 'visit', date: '2023-05-25', participants: [PASHINYAN], countries: ['ARM', 'RUS'], location: 'Moscow', initiator: null }, /^Nikol Pashinyan .+: visit to Moscow\.$/],
  ];
  for (const [what, e, expected] of cases) assert.match(entryText(g, e), expected, what);
});
