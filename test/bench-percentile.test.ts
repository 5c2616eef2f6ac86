// The benchmarks' percentiles: a p95 is what 95% of runs stay within, not simply the slowest run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentile } from '../bench/percentile.ts';

test('nearest-rank percentiles of timings', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => 20 - i); // 20, 19, …, 1: order does not matter
  assert.equal(percentile(twenty, 95), 19, 'of 20 runs, p95 is the slowest but one');
  assert.equal(percentile(twenty, 50), 10);
  assert.equal(percentile(twenty, 100), 20);
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(hundred, 95), 95);
  assert.equal(percentile([7], 95), 7);
  assert.ok(Number.isNaN(percentile([], 50)));
});
