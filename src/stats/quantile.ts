/**
 * Sample quantiles (latency percentiles).
 * @module
 */

/**
 * The `q`-quantile of `values` by linear interpolation between order statistics (type 7, the default of
 * R and NumPy). `NaN` for no values. Does not modify `values`.
 * @example
 * ```ts
 * quantile([1, 2, 3, 4], 0.5); // 2.5
 * ```
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}
