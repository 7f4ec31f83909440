/**
 * The paired bootstrap for the difference of two mean scores over the same cases: resample the pairs
 * with a seeded generator (so a run is reproducible), read the CI from the percentiles of the resampled
 * mean differences, and a two-sided p-value from how often they fall on either side of zero.
 * @module
 */

/** Options of {@link pairedBootstrap}. */
export interface PairedBootstrapOptions {
  /** Number of resamples. @default 2000 */
  resamples?: number;
  /** Seed of the generator: the same seed and data give the same answer. @default 1 */
  seed?: number;
  /** Confidence level of the interval. @default 0.95 */
  level?: number;
}

/** Result of {@link pairedBootstrap}: the difference `mean(b) − mean(a)`. */
export interface PairedBootstrapResult {
  /** Number of pairs. */
  n: number;
  /** Observed `mean(b − a)`. */
  diff: number;
  /** Percentile interval of the difference; `[NaN, NaN]` for no pairs. */
  ci: [number, number];
  /** Two-sided p-value for "no difference"; 1 when every pair is equal. */
  p: number;
}

/**
 * Paired bootstrap of `mean(b) − mean(a)`, where `a[i]` and `b[i]` are the same case on both sides.
 * @example
 * ```ts
 * pairedBootstrap([0.2, 0.4, 0.5], [0.6, 0.9, 0.7], { seed: 7 }).ci; // an interval above 0
 * ```
 */
export function pairedBootstrap(
  a: readonly number[],
  b: readonly number[],
  options: PairedBootstrapOptions = {},
): PairedBootstrapResult {
  if (a.length !== b.length) throw new RangeError('pairedBootstrap: paired samples differ in length');
  const n = a.length;
  if (n === 0) return { n, diff: Number.NaN, ci: [Number.NaN, Number.NaN], p: 1 };
  const d = new Float64Array(n);
  let sum = 0;
  let allEqual = true;
  for (let i = 0; i < n; i++) {
    const v = (b[i] as number) - (a[i] as number);
    d[i] = v;
    sum += v;
    if (v !== d[0]) allEqual = false;
  }
  const diff = sum / n;
  if (allEqual) return { n, diff, ci: [diff, diff], p: diff === 0 ? 1 : 0 };
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  const random = mulberry32(options.seed ?? 1);
  const means = new Float64Array(resamples);
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += d[Math.floor(random() * n)] as number;
    const m = s / n;
    means[r] = m;
    if (m <= 0) atOrBelow++;
    if (m >= 0) atOrAbove++;
  }
  means.sort();
  const alpha = (1 - level) / 2;
  const pick = (q: number): number => means[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))] as number;
  const p = Math.min(1, (2 * (Math.min(atOrBelow, atOrAbove) + 1)) / (resamples + 1));
  return { n, diff, ci: [pick(alpha), pick(1 - alpha)], p };
}

/** A small, fast, seeded generator of uniform numbers in [0, 1) (mulberry32). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
