/**
 * Statistics for outcome reports: summaries with Student-t confidence intervals, and Welch's
 * t-test for the difference of two means. Pure functions, no dependencies.
 * @module
 */

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

/** Cumulative distribution function of Student's t with `df` degrees of freedom (df > 0, may be fractional). */
export function tCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (t === Number.POSITIVE_INFINITY) return 1;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  const x = df / (df + t * t);
  const tail = 0.5 * regularizedBeta(x, df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The `p`-quantile of Student's t with `df` degrees of freedom (0 < p < 1). */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return Number.NaN;
  if (p === 0.5) return 0;
  if (p < 0.5) return -tQuantile(1 - p, df);
  // Bracket, then bisect: tCdf is monotonic; 200 halvings are far more than double precision needs.
  let lo = 0;
  let hi = 1;
  while (tCdf(hi, df) < p) {
    lo = hi;
    hi *= 2;
    if (hi > 1e12) return Number.POSITIVE_INFINITY;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Natural log of the gamma function (Lanczos approximation, g = 7, 9 terms). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const z = x - 1;
  let a = c[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The regularised incomplete beta function I_x(a, b), by Lentz's continued fraction. */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
  if (x > (a + 1) / (a + b + 2)) return 1 - (front * betaFraction(1 - x, b, a)) / b;
  return (front * betaFraction(x, a, b)) / a;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 500; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 3e-16) break;
  }
  return h;
}
