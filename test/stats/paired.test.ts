import { describe, expect, it } from 'vitest';
import {
  mcnemarFromCounts,
  mcnemarTest,
  mulberry32,
  normalCdf,
  normalQuantile,
  pairedBootstrap,
  pairedDifferenceInterval,
  quantile,
  wilsonInterval,
} from '../../src/stats/index.js';

describe('normal distribution', () => {
  it('matches reference values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 14);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 12);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 10);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326347874040841, 10);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 7);
  });
});

describe('McNemar', () => {
  it('is exact below 25 discordant pairs (two-sided binomial)', () => {
    expect(mcnemarFromCounts(0, 6)).toMatchObject({ onlyA: 0, onlyB: 6, method: 'exact' });
    expect(mcnemarFromCounts(0, 6).p).toBeCloseTo(2 * 0.5 ** 6, 14);
    // R: binom.test(3, 13)$p.value = 0.09228516
    expect(mcnemarFromCounts(3, 10).p).toBeCloseTo(0.09228516, 7);
    expect(mcnemarFromCounts(5, 5).p).toBe(1);
    expect(mcnemarFromCounts(0, 0).p).toBe(1);
  });
  it('uses the continuity-corrected chi-square above', () => {
    // R: mcnemar.test(matrix(c(0,10,40,0),2))$p.value = 4.109788e-05
    const r = mcnemarFromCounts(10, 40);
    expect(r.method).toBe('chi-square');
    expect(r.p).toBeCloseTo(4.109788e-5, 9);
  });
  it('counts discordant pairs from paired booleans', () => {
    expect(mcnemarTest([true, false, false, true], [true, true, true, false])).toMatchObject({ onlyA: 1, onlyB: 2 });
    expect(() => mcnemarTest([true], [])).toThrow(RangeError);
  });
});

describe('intervals', () => {
  it('Wilson interval of a pass rate', () => {
    // R: prop.test(7, 10, correct = FALSE)$conf.int = 0.3967781 0.8922087
    const [lo, hi] = wilsonInterval(7, 10);
    expect(lo).toBeCloseTo(0.3967781, 6);
    expect(hi).toBeCloseTo(0.8922087, 6);
    expect(wilsonInterval(0, 5)[0]).toBe(0);
    expect(wilsonInterval(0, 0)).toEqual([Number.NaN, Number.NaN]);
  });
  it('Agresti–Min interval of a paired difference never collapses to a point', () => {
    const a = Array(10).fill(false);
    const b = Array(10).fill(true);
    const [lo, hi] = pairedDifferenceInterval(a, b);
    expect(lo).toBeCloseTo(0.5666, 3);
    expect(hi).toBe(1);
    const [l2, h2] = pairedDifferenceInterval([true, true], [true, true]);
    expect(l2).toBeLessThan(0);
    expect(h2).toBeGreaterThan(0);
  });
  it('quantile by linear interpolation (type 7)', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBeCloseTo(9.55, 12);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('paired bootstrap', () => {
  it('is reproducible for a seed, and finds a clear difference', () => {
    const a = [0.2, 0.4, 0.5, 0.3, 0.1, 0.35, 0.2, 0.3];
    const b = [0.6, 0.9, 0.7, 0.5, 0.6, 0.8, 0.7, 0.65];
    const one = pairedBootstrap(a, b, { seed: 7 });
    expect(pairedBootstrap(a, b, { seed: 7 })).toEqual(one);
    expect(one.diff).toBeCloseTo(0.3875, 12);
    expect(one.ci[0]).toBeGreaterThan(0);
    expect(one.p).toBeLessThan(0.01);
  });
  it('gives p = 1 and a point interval when every pair is equal', () => {
    expect(pairedBootstrap([0.5, 0.5], [0.5, 0.5])).toEqual({ n: 2, diff: 0, ci: [0, 0], p: 1 });
    expect(pairedBootstrap([], []).p).toBe(1);
  });
  it('has no detectable bias in its generator', () => {
    const random = mulberry32(42);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += random();
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});
