/**
 * McNemar's test for paired pass/fail outcomes: only the discordant pairs carry information. Exact
 * (a two-sided binomial test of the discordant pairs) for small counts, the continuity-corrected
 * chi-square above that.
 * @module
 */

import { logGamma } from './distributions.js';
import { normalCdf } from './normal.js';

/** Result of {@link mcnemarTest}. */
export interface McNemarResult {
  /** Pairs where only the first side passed. */
  onlyA: number;
  /** Pairs where only the second side passed. */
  onlyB: number;
  /** Two-sided p-value; 1 when there is no discordant pair. */
  p: number;
  /** `'exact'` (binomial) or `'chi-square'` (with continuity correction). */
  method: 'exact' | 'chi-square';
}

/** Below this many discordant pairs the exact binomial test is used. @default 25 */
export const MCNEMAR_EXACT_BELOW = 25;

/**
 * McNemar's test of paired booleans (`a[i]` and `b[i]` are one pair: the same case on both sides).
 * @example
 * ```ts
 * mcnemarTest([false, false, true], [true, true, true]).p; // 0.5 (two discordant pairs, exact)
 * ```
 */
export function mcnemarTest(a: readonly boolean[], b: readonly boolean[]): McNemarResult {
  if (a.length !== b.length)
    throw new RangeError(`mcnemarTest: paired samples differ in length (${a.length} vs ${b.length})`);
  let onlyA = 0;
  let onlyB = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] && !b[i]) onlyA++;
    else if (!a[i] && b[i]) onlyB++;
  }
  return mcnemarFromCounts(onlyA, onlyB);
}

/** McNemar's test from the two discordant counts. */
export function mcnemarFromCounts(onlyA: number, onlyB: number): McNemarResult {
  const n = onlyA + onlyB;
  if (n === 0) return { onlyA, onlyB, p: 1, method: 'exact' };
  if (n < MCNEMAR_EXACT_BELOW) {
    const k = Math.min(onlyA, onlyB);
    let tail = 0;
    for (let i = 0; i <= k; i++) tail += Math.exp(logChoose(n, i) - n * Math.LN2);
    return { onlyA, onlyB, p: Math.min(1, 2 * tail), method: 'exact' };
  }
  const chi = (Math.abs(onlyA - onlyB) - 1) ** 2 / n;
  // Chi-square with one degree of freedom: P(X > chi) = 2 (1 − Φ(√chi)).
  return { onlyA, onlyB, p: Math.min(1, 2 * (1 - normalCdf(Math.sqrt(chi)))), method: 'chi-square' };
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}
