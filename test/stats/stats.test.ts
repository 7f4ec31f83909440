import { describe, expect, it } from 'vitest';
import { Accumulator, summarize, tCdf, tQuantile, welchTest } from '../../src/stats/index.js';

describe('Student t distribution', () => {
  it('has the quantiles of the tables (scipy.stats.t.ppf(0.975, df))', () => {
    const expected: Array<[number, number]> = [
      [1, 12.70620474],
      [2, 4.30265273],
      [5, 2.57058184],
      [10, 2.22813885],
      [30, 2.04227246],
      [100, 1.98397152],
      [1000, 1.96233908],
    ];
    for (const [df, q] of expected) expect(tQuantile(0.975, df)).toBeCloseTo(q, 6);
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.22813885, 6);
    expect(tQuantile(0.5, 7)).toBe(0);
  });

  it('has the CDF of scipy.stats.t.cdf, fractional degrees of freedom included', () => {
    expect(tCdf(-3, 3)).toBeCloseTo(0.02883444, 7);
    expect(tCdf(0.5, 7.5)).toBeCloseTo(0.68429452, 7);
    expect(tCdf(2.5, 40)).toBeCloseTo(0.99168982, 7);
    expect(tCdf(0, 5)).toBeCloseTo(0.5, 12);
  });
});

describe('summaries and Welch’s test', () => {
  const a = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
  const b = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];

  it('matches scipy.stats.ttest_ind(b, a, equal_var=False)', () => {
    const test = welchTest(summarize(a), summarize(b));
    expect(test).toBeDefined();
    expect(test?.t).toBeCloseTo(2.455356398286006, 9);
    expect(test?.p).toBeCloseTo(0.021378001462866992, 9);
    expect(test?.df).toBeCloseTo(24.988529290231416, 9);
    expect(test?.ci[0]).toBeCloseTo(0.3492370661924069, 8);
    expect(test?.ci[1]).toBeCloseTo(3.984096267140929, 8);
  });

  it('computes mean, sd and a t interval, and merges accumulators exactly', () => {
    const s = summarize([1, 2, 3, 4]);
    expect(s.mean).toBe(2.5);
    expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    const half = tQuantile(0.975, 3) * (s.sd / 2);
    expect(s.ci[0]).toBeCloseTo(2.5 - half, 12);
    const left = new Accumulator();
    const right = new Accumulator();
    for (const v of a) left.add(v);
    for (const v of b) right.add(v);
    const merged = Accumulator.merge([left, right]).summary();
    const all = summarize([...a, ...b]);
    expect(merged.n).toBe(30);
    expect(merged.mean).toBeCloseTo(all.mean, 12);
    expect(merged.sd).toBeCloseTo(all.sd, 12);
  });

  it('needs two values per sample, and treats zero variance exactly', () => {
    expect(summarize([5]).ci.every(Number.isNaN)).toBe(true);
    expect(welchTest(summarize([1]), summarize([1, 2]))).toBeUndefined();
    expect(welchTest(summarize([1, 1]), summarize([1, 1]))?.p).toBe(1);
    expect(welchTest(summarize([1, 1]), summarize([2, 2]))?.p).toBe(0);
  });
});
