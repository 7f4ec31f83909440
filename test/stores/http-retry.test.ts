import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import {
  backoffDelay,
  isRetryableStatus,
  kyRetryOptions,
  parseRetryAfter,
  resolveRetryOptions,
  retryWait,
} from '../../src/stores/http/retry.js';

describe('retry policy', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 31 Dec 2029 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('retries 408, 429 and 5xx except 501', () => {
    expect([408, 429, 500, 502, 503, 504, 599].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 501].some(isRetryableStatus)).toBe(false);
  });

  it('backs off exponentially with full jitter, capped', () => {
    const options = resolveRetryOptions({ backoffMs: 100, maxBackoffMs: 1000, random: () => 0.999 });
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, options))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(3, resolveRetryOptions({ random: () => 0 }))).toBe(0);
  });

  it("waits Retry-After (capped at the store's ceiling) when the server sent one, else the jittered backoff", () => {
    const options = resolveRetryOptions({ backoffMs: 100, maxBackoffMs: 1000, random: () => 0.999 });
    // retries count from 1, as ky counts them
    expect([1, 2, 3, 4, 5, 6].map((n) => retryWait(n, undefined, options, 5000))).toEqual(
      [0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, options)),
    );
    expect(retryWait(1, 7000, options, 10_000)).toBe(7000);
    expect(retryWait(1, 0, options, 10_000)).toBe(0);
    expect(retryWait(3, 12_000, options, 10_000)).toBe(10_000);
  });

  it('gives ky the policy (which failures, how often) and a wait of 0: the store waits on its own timers', () => {
    const options = resolveRetryOptions({ backoffMs: 100, maxBackoffMs: 1000, random: () => 0.999 });
    const ky = kyRetryOptions(options, () => undefined);
    expect([1, 2, 3].map((n) => ky.delay?.(n))).toEqual([0, 0, 0]);
    expect(ky).toMatchObject({ limit: 2, maxRetryAfter: 0, retryOnTimeout: true, methods: ['get', 'put'] });
    expect(ky.jitter).toBeUndefined();
    expect(ky.statusCodes).toContain(503);
    expect(ky.statusCodes).not.toContain(501);
    expect(ky.afterStatusCodes).toEqual(ky.statusCodes);
  });

  it('fills in defaults and names a bad option', () => {
    expect(resolveRetryOptions(undefined)).toMatchObject({
      limit: 2,
      backoffMs: 250,
      maxBackoffMs: 5000,
      maxRetryAfterMs: 30_000,
    });
    expect(resolveRetryOptions(false).limit).toBe(0);
    expect(resolveRetryOptions(5).limit).toBe(5);
    expect(() => resolveRetryOptions({ limit: -1 })).toThrow(ConfigError);
    expect(() => resolveRetryOptions({ limit: -1 })).toThrow(
      /option "retry.limit": must be a finite number >= 0, got -1/,
    );
    expect(() => resolveRetryOptions({ random: 5 as unknown as () => number })).toThrow(
      /option "retry.random": must be a function/,
    );
    expect(() => resolveRetryOptions({ sleep: async () => {} } as never)).toThrow(
      /option "retry.sleep": is not a retry option: waits run on the store's "timers" option and Retry-After dates on its "clock" option/,
    );
  });
});
