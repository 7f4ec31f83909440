/**
 * The one statistics module of promptops, shared by `promptops report` (independent samples: Welch's
 * t-test) and `promptops eval` (paired comparisons on the same cases: McNemar, the paired bootstrap,
 * Agresti–Min). Pure functions, no dependencies.
 * @module
 */

export { mulberry32, type PairedBootstrapOptions, type PairedBootstrapResult, pairedBootstrap } from './bootstrap.js';
export { tCdf, tQuantile } from './distributions.js';
export { type McNemarResult, mcnemarFromCounts, mcnemarTest } from './mcnemar.js';
export { normalCdf, normalQuantile } from './normal.js';
export { pairedDifferenceInterval, wilsonInterval } from './proportions.js';
export { quantile } from './quantile.js';
export { Accumulator, type Summary, summarize } from './summary.js';
export { type Difference, welchTest } from './welch.js';
