import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortNetwork, type NetworkEdge } from './graph.ts';

const edge = (source: string, target: string, weight: number): NetworkEdge => ({ id: `${source}--${target}`, source, target, weight, types: { meeting: weight } });

test('the network lists the heaviest edges first, ties by source then target', () => {
  const net = sortNetwork({
    level: 'person',
    nodes: [
      { id: 'b', label: 'B', country: null, contacts: 2 },
      { id: 'a', label: 'A', country: null, contacts: 2 },
      { id: 'c', label: 'C', country: null, contacts: 5 },
    ],
    edges: [edge('b', 'c', 1), edge('a', 'c', 1), edge('c', 'd', 3), edge('a', 'b', 1), edge('a-z', 'b', 2)],
  });
  assert.deepEqual(net.nodes.map((n) => n.id), ['c', 'a', 'b']);
  assert.deepEqual(net.edges.map((e) => e.id), ['c--d', 'a-z--b', 'a--b', 'a--c', 'b--c']);
});

test('sorting a network leaves the given one as it was', () => {
  const edges = [edge('a', 'b', 1), edge('b', 'c', 2)];
  const before = edges.map((e) => e.id);
  sortNetwork({ level: 'person', nodes: [], edges });
  assert.deepEqual(edges.map((e) => e.id), before);
});
