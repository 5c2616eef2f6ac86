/**
 * The p-th percentile of timings by the nearest-rank method: the smallest value with at least p% of
 * the values at or below it (of 20 runs, p95 is the 19th fastest; of 100, the 95th).
 */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = Float64Array.from(xs).sort();
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}
