// Curation replayed over a contact's summarised fields: the analyst's acts, in order, decide the
// status and override the fields they correct; an act on a field that cannot be corrected changes
// nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replayCuration, type CurationAct } from './replay.ts';
import type { ContactFields } from './summary.ts';

const machine = (): ContactFields => ({
  type: 'meeting', date: '2024-03-12', initiator: null, location: 'Moscow', topics: ['border'],
  participants: [
    { actor_id: 'lavrov', name: 'Sergey Lavrov', country: 'RUS', role: 'foreign minister' },
    { actor_id: 'mirzoyan', name: 'Ararat Mirzoyan', country: 'ARM', role: 'foreign minister' },
  ],
  countries: ['RUS', 'ARM'],
});

const correct = (field: string, value: unknown): CurationAct => ({ action: 'correct', field, value: JSON.stringify(value) });

test('acts in order give the status, the corrected fields and their values', () => {
  const rows: Array<{ acts: CurationAct[]; status: string; corrected: string[]; check?: (f: ContactFields) => void }> = [
    { acts: [], status: 'machine', corrected: [] },
    { acts: [{ action: 'confirm', field: null, value: null }], status: 'confirmed', corrected: [] },
    { acts: [{ action: 'add', field: null, value: null }], status: 'confirmed', corrected: [] },
    { acts: [{ action: 'confirm', field: null, value: null }, { action: 'reject', field: null, value: null }], status: 'rejected', corrected: [] },
    { acts: [correct('type', 'call')], status: 'corrected', corrected: ['type'], check: (f) => assert.equal(f.type, 'call') },
    { acts: [correct('date', '2024-03-13'), correct('date', '2024-03-14')], status: 'corrected', corrected: ['date'], check: (f) => assert.equal(f.date, '2024-03-14') },
    { acts: [{ action: 'correct', field: 'location', value: null }], status: 'corrected', corrected: ['location'], check: (f) => assert.equal(f.location, null) },
    { acts: [correct('topics', ['transport'])], status: 'corrected', corrected: ['topics'], check: (f) => assert.deepEqual(f.topics, ['transport']) },
    // A later confirmation keeps the correction but gives the contact the confirmed status.
    { acts: [correct('type', 'call'), { action: 'confirm', field: null, value: null }], status: 'confirmed', corrected: ['type'], check: (f) => assert.equal(f.type, 'call') },
    // Corrected participants decide the countries.
    {
      acts: [correct('participants', [{ actor_id: 'putin', name: 'Vladimir Putin', country: 'RUS', role: 'president' }, { actor_id: 'aliyev', name: 'Ilham Aliyev', country: 'AZE', role: 'president' }])],
      status: 'corrected', corrected: ['participants'], check: (f) => assert.deepEqual(f.countries, ['RUS', 'AZE']),
    },
    // An emptied list of participants leaves the machine's countries.
    { acts: [correct('participants', [])], status: 'corrected', corrected: ['participants'], check: (f) => assert.deepEqual(f.countries, ['RUS', 'ARM']) },
    // Negatives: a field that is not correctable, an unknown act, a correction without a field.
    { acts: [correct('countries', ['AZE'])], status: 'machine', corrected: [], check: (f) => assert.deepEqual(f.countries, ['RUS', 'ARM']) },
    { acts: [{ action: 'merge', field: null, value: null }], status: 'machine', corrected: [] },
    { acts: [{ action: 'correct', field: null, value: '"call"' }], status: 'machine', corrected: [], check: (f) => assert.equal(f.type, 'meeting') },
  ];
  for (const r of rows) {
    const out = replayCuration(machine(), r.acts);
    const what = JSON.stringify(r.acts);
    assert.equal(out.status, r.status, what);
    assert.deepEqual([...out.corrected].sort(), r.corrected, what);
    r.check?.(out.fields);
  }
});
