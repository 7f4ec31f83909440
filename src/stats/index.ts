/**
 * The one statistics module of promptops, shared by `promptops report` (independent samples) and
 * `promptops eval` (paired comparisons on the same cases). Pure functions, no dependencies.
 * @module
 */

export { logGamma, regularizedBeta, tCdf, tQuantile } from './distributions.js';
export { Accumulator, type Summary, summarize } from './summary.js';
export { type Difference, welchTest } from './welch.js';
