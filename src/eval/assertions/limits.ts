/**
 * Assertions on what an answer cost: `max-latency-ms` and `max-cost-usd`. A cached answer keeps the
 * latency and cost of the call that produced it.
 * @module
 */

import type { CompiledAssertion } from './types.js';

/** `max-latency-ms: N`: the model call took at most N ms. */
export function maxLatencyAssertion(limit: number): CompiledAssertion {
  return {
    type: 'max-latency-ms',
    check(answer) {
      const ms = answer.latencyMs;
      if (ms === undefined) return { type: 'max-latency-ms', pass: false, score: 0, reason: 'latency unknown' };
      const pass = ms <= limit;
      return pass
        ? { type: 'max-latency-ms', pass, score: 1 }
        : { type: 'max-latency-ms', pass, score: 0, reason: `took ${Math.round(ms)} ms, more than ${limit}` };
    },
  };
}

/** `max-cost-usd: N`: the model call cost at most N USD. An unknown cost fails (give the model `pricing`). */
export function maxCostAssertion(limit: number): CompiledAssertion {
  return {
    type: 'max-cost-usd',
    check(answer) {
      const cost = answer.costUsd;
      if (cost === undefined) {
        return {
          type: 'max-cost-usd',
          pass: false,
          score: 0,
          reason: "cost unknown: the model is not in the price table; give the model (or the record's model) pricing",
        };
      }
      const pass = cost <= limit;
      return pass
        ? { type: 'max-cost-usd', pass, score: 1 }
        : { type: 'max-cost-usd', pass, score: 0, reason: `cost $${cost.toPrecision(3)}, more than $${limit}` };
    },
  };
}
