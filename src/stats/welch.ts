/**
 * Welch's t-test for the difference of two independent means (the `report` comparison of versions,
 * whose samples are not paired).
 * @module
 */

import { tCdf, tQuantile } from './distributions.js';
import type { Summary } from './summary.js';

/** Result of {@link welchTest}: the difference `b − a` of two means. */
export interface Difference {
  /** `mean(b) − mean(a)`. */
  diff: number;
  /** Standard error of the difference. */
  se: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  /** The t statistic. */
  t: number;
  /** Two-sided p-value. */
  p: number;
  /** Confidence interval of the difference. */
  ci: [number, number];
}

/**
 * Welch's unequal-variances t-test of `b − a`. Needs n ≥ 2 in both samples; returns `undefined`
 * otherwise. When both samples have zero variance, the difference is exact: p is 0 when the means
 * differ and 1 when they do not.
 */
export function welchTest(a: Summary, b: Summary, level = 0.95): Difference | undefined {
  if (a.n < 2 || b.n < 2) return undefined;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const diff = b.mean - a.mean;
  const se = Math.sqrt(va + vb);
  if (se === 0) {
    return {
      diff,
      se: 0,
      df: a.n + b.n - 2,
      t: diff === 0 ? 0 : Math.sign(diff) * Number.POSITIVE_INFINITY,
      p: diff === 0 ? 1 : 0,
      ci: [diff, diff],
    };
  }
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const t = diff / se;
  const p = Math.min(1, 2 * (1 - tCdf(Math.abs(t), df)));
  const half = tQuantile(1 - (1 - level) / 2, df) * se;
  return { diff, se, df, t, p, ci: [diff - half, diff + half] };
}
