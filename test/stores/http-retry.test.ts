import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import {
  backoffDelay,
  isRetryableStatus,
  kyRetryOptions,
  parseRetryAfter,
  resolveRetryOptions,
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

  it('gives ky the same delays: ky counts retries from 1 and applies jitter to delay', () => {
    const options = resolveRetryOptions({ backoffMs: 100, maxBackoffMs: 1000, random: () => 0.999 });
    const ky = kyRetryOptions(options, 5000, () => undefined);
    const delays = [1, 2, 3, 4, 5, 6].map((n) =>
      Math.min(ky.backoffLimit ?? Number.POSITIVE_INFINITY, (ky.jitter as (d: number) => number)(ky.delay?.(n) ?? 0)),
    );
    expect(delays).toEqual([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, options)));
    expect(ky).toMatchObject({ limit: 2, maxRetryAfter: 5000, retryOnTimeout: true, methods: ['get', 'put'] });
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
      /option "retry.sleep": is not a retry option: waits use the global timers and clock; in tests, use fake timers/,
    );
  });
});
