/**
 * One sample's mean, spread and Student-t confidence interval, accumulated in one pass.
 * @module
 */

import { tQuantile } from './distributions.js';

/** Mean, spread and 95% (or other) confidence interval of one sample. */
export interface Summary {
  /** Sample size. */
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1 denominator); 0 when n < 2. */
  sd: number;
  /** Standard error of the mean; `NaN` when n < 2. */
  se: number;
  /** Confidence interval of the mean: `[low, high]`; `[NaN, NaN]` when n < 2. */
  ci: [number, number];
}

/** Running mean and variance (Welford), so that huge event files need no array of values. */
export class Accumulator {
  n = 0;
  mean = 0;
  #m2 = 0;

  /** Add one value. */
  add(x: number): void {
    this.n++;
    const delta = x - this.mean;
    this.mean += delta / this.n;
    this.#m2 += delta * (x - this.mean);
  }

  /** One accumulator holding every value of `parts` (Chan et al.'s parallel combination). */
  static merge(parts: Iterable<Accumulator>): Accumulator {
    const out = new Accumulator();
    for (const part of parts) {
      if (part.n === 0) continue;
      const n = out.n + part.n;
      const delta = part.mean - out.mean;
      out.#m2 += part.#m2 + (delta * delta * out.n * part.n) / n;
      out.mean += (delta * part.n) / n;
      out.n = n;
    }
    return out;
  }

  /** Sample variance (n − 1 denominator); 0 when n < 2. */
  get variance(): number {
    return this.n < 2 ? 0 : this.#m2 / (this.n - 1);
  }

  /** Summary with a `level` confidence interval (two-sided, Student t). */
  summary(level = 0.95): Summary {
    const sd = Math.sqrt(this.variance);
    if (this.n < 2)
      return {
        n: this.n,
        mean: this.n === 0 ? Number.NaN : this.mean,
        sd: 0,
        se: Number.NaN,
        ci: [Number.NaN, Number.NaN],
      };
    const se = sd / Math.sqrt(this.n);
    const half = tQuantile(1 - (1 - level) / 2, this.n - 1) * se;
    return { n: this.n, mean: this.mean, sd, se, ci: [this.mean - half, this.mean + half] };
  }
}

/** Summarise a list of numbers (see {@link Accumulator}). */
export function summarize(values: Iterable<number>, level = 0.95): Summary {
  const acc = new Accumulator();
  for (const v of values) acc.add(v);
  return acc.summary(level);
}
