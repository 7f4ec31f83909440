/**
 * Confidence intervals for proportions: Wilson's score interval for one pass rate, and the
 * Agresti–Min interval for the difference of two paired pass rates (the same cases on both sides).
 * @module
 */

import { normalQuantile } from './normal.js';

/** Wilson score interval of `successes / n` (`[NaN, NaN]` when n is 0). */
export function wilsonInterval(successes: number, n: number, level = 0.95): [number, number] {
  if (n === 0) return [Number.NaN, Number.NaN];
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [successes === 0 ? 0 : Math.max(0, centre - half), successes === n ? 1 : Math.min(1, centre + half)];
}

/**
 * Interval for `rate(b) − rate(a)` of paired booleans, by Agresti and Min (2005): a Wald interval after
 * adding one half to each of the four cells, which keeps its coverage near the nominal level for small
 * samples and never collapses to a point. Clamped to [−1, 1]. `[NaN, NaN]` for no pairs.
 */
export function pairedDifferenceInterval(a: readonly boolean[], b: readonly boolean[], level = 0.95): [number, number] {
  if (a.length !== b.length) throw new RangeError('pairedDifferenceInterval: paired samples differ in length');
  if (a.length === 0) return [Number.NaN, Number.NaN];
  let onlyA = 0;
  let onlyB = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] && !b[i]) onlyA++;
    else if (!a[i] && b[i]) onlyB++;
  }
  const n = a.length + 2;
  const b1 = onlyA + 0.5;
  const c1 = onlyB + 0.5;
  const diff = (c1 - b1) / n;
  const variance = (b1 + c1 - (c1 - b1) ** 2 / n) / (n * n);
  const half = normalQuantile(1 - (1 - level) / 2) * Math.sqrt(Math.max(0, variance));
  return [Math.max(-1, diff - half), Math.min(1, diff + half)];
}
