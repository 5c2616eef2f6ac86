// A contact's contribution to the network summary, as count deltas: what is added and then taken
// away cancels out; a contact that is not live, rejected or undated adds nothing; every pair of its
// members is an edge, in code point order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SummaryDelta, summaryMonth, type Contribution } from './summary-delta.ts';

const meeting: Contribution = { live: 1, status: 'machine', date: '2024-03-12', type: 'meeting', countries: ['RUS', 'ARM'], people: ['mirzoyan', 'lavrov'] };

test('the month a contact is counted under, or none', () => {
  const rows: Array<[Partial<Contribution>, string | null]> = [
    [{}, '2024-03'],
    [{ date: '2024-03' }, '2024-03'],
    [{ status: 'corrected' }, '2024-03'],
    [{ live: 0 }, null],
    [{ status: 'rejected' }, null],
    [{ date: null }, null],
    [{ date: '2024' }, null],
  ];
  for (const [change, month] of rows) assert.equal(summaryMonth({ ...meeting, ...change }), month, JSON.stringify(change));
});

test('nodes and edges of a contribution; adding and taking away cancel', () => {
  const d = new SummaryDelta();
  d.add({ ...meeting, countries: ['RUS', 'ARM', 'RUS'] }, 1);
  const { nodes, edges } = d.take();
  assert.deepEqual(nodes.map((n) => [n.level, n.node, n.n]).sort(), [['country', 'ARM', 1], ['country', 'RUS', 1], ['person', 'lavrov', 1], ['person', 'mirzoyan', 1]]);
  assert.deepEqual(edges.map((e) => [e.level, e.source, e.target, e.month, e.type]), [['country', 'ARM', 'RUS', '2024-03', 'meeting'], ['person', 'lavrov', 'mirzoyan', '2024-03', 'meeting']]);
  assert.deepEqual(d.take(), { nodes: [], edges: [] }, 'taken once');

  d.add(meeting, 1);
  d.add(meeting, -1);
  assert.deepEqual(d.take(), { nodes: [], edges: [] }, 'no change, no rows');

  // A correction of the type moves the contribution: one row down, one up.
  d.add(meeting, -1);
  d.add({ ...meeting, type: 'call' }, 1);
  const moved = d.take();
  assert.deepEqual(moved.nodes.filter((n) => n.node === 'RUS').map((n) => [n.type, n.n]).sort(), [['call', 1], ['meeting', -1]]);

  d.add({ ...meeting, live: 0 }, 1);
  d.add({ ...meeting, status: 'rejected' }, 1);
  assert.deepEqual(d.take(), { nodes: [], edges: [] }, 'not counted, nothing added');
});
