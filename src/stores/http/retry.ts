/**
 * Retry policy of the HTTP-based stores. `ky` decides whether to retry (network errors, timeouts, 408,
 * 429, 5xx but 501; at most `limit` times; never a refusal of the transport's own); the wait before a
 * retry is {@link retryWait}: the server's `Retry-After` (seconds or an HTTP date) up to a ceiling, else
 * capped exponential backoff with full jitter. The transport waits it on the store's injected timers
 * (ky's own delay is 0), so tests drive every wait through the `timers` option, not the global timers.
 * @module
 */
import type { RetryOptions as KyRetryOptions } from 'ky';
import { ConfigError } from '../../errors.js';

/** Retry options of `httpStore` and `langfuseStore`. */
export interface RetryOptions {
  /**
   * Retries after the first attempt (so `limit + 1` attempts at most). `0` disables retries.
   * @default 2
   */
  limit?: number;
  /**
   * Base of the exponential backoff: retry `n` (from 0) waits a random time in
   * `[0, min(maxBackoffMs, backoffMs * 2^n))` ("full jitter").
   * @default 250
   */
  backoffMs?: number;
  /**
   * Cap of one backoff delay computed from `backoffMs`.
   * @default 5000
   */
  maxBackoffMs?: number;
  /**
   * Longest `Retry-After` the store will honour. It is further capped by the store's `timeoutMs`:
   * when a server asks for a longer wait than both allow, the request fails at once with a retryable
   * `StoreError` saying how long the server asked to wait, instead of holding the caller.
   * @default 30000
   */
  maxRetryAfterMs?: number;
  /**
   * Random number in `[0, 1)` used for jitter.
   * @default Math.random
   */
  random?: () => number;
}

/** {@link RetryOptions} with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

const KNOWN = new Set(['limit', 'backoffMs', 'maxBackoffMs', 'maxRetryAfterMs', 'random']);

function checkNumber(value: unknown, option: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new ConfigError(`must be a finite number >= ${min}, got ${JSON.stringify(value)}`, { option });
  }
  return value;
}

/**
 * Fill in the defaults of `retry`, checking each option (a {@link ConfigError} names the bad one).
 * `retry: false` or `0` disables retries.
 */
export function resolveRetryOptions(retry: RetryOptions | number | false | undefined): ResolvedRetryOptions {
  const options: RetryOptions =
    retry === false ? { limit: 0 } : typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  if (typeof options !== 'object' || options === null) {
    throw new ConfigError(`must be an object, a number or false, got ${typeof options}`, { option: 'retry' });
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) {
      const hint =
        key === 'sleep' || key === 'now'
          ? ': waits run on the store\'s "timers" option and Retry-After dates on its "clock" option; pass fakes there in tests'
          : `: the retry options are ${[...KNOWN].join(', ')}`;
      throw new ConfigError(`is not a retry option${hint}`, { option: `retry.${key}` });
    }
  }
  const limit = checkNumber(options.limit, 'retry.limit', 0, 2);
  if (!Number.isInteger(limit)) throw new ConfigError(`must be an integer, got ${limit}`, { option: 'retry.limit' });
  const random = options.random ?? Math.random;
  if (typeof random !== 'function') {
    throw new ConfigError(`must be a function, got ${typeof random}`, { option: 'retry.random' });
  }
  return {
    limit,
    backoffMs: checkNumber(options.backoffMs, 'retry.backoffMs', 0, 250),
    maxBackoffMs: checkNumber(options.maxBackoffMs, 'retry.maxBackoffMs', 0, 5000),
    maxRetryAfterMs: checkNumber(options.maxRetryAfterMs, 'retry.maxRetryAfterMs', 0, 30_000),
    random,
  };
}

/** True for the HTTP statuses worth retrying: 408, 429 and 5xx except 501 (Not Implemented). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

const RETRYABLE_STATUSES = Array.from({ length: 600 }, (_, status) => status).filter(isRetryableStatus);

/**
 * Delay asked for by a `Retry-After` header, in milliseconds: delta-seconds (`"120"`, `"1.5"`) or an
 * HTTP date. `undefined` when the header is missing or unreadable; a date in the past gives `0`.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP date names its day or month ("Tue, 01 Jan 2030 00:00:30 GMT"); refuse bare numbers like "-5".
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Full-jitter backoff for retry number `attempt` (0 for the first retry). */
export function backoffDelay(attempt: number, options: ResolvedRetryOptions): number {
  return Math.floor(options.random() * Math.min(options.maxBackoffMs, options.backoffMs * 2 ** attempt));
}

/**
 * How long to wait before retry number `retryCount` (from 1) after `retryAfterMs` (the server's
 * `Retry-After`, when it sent one): that, capped at `maxWaitMs`; otherwise the jittered backoff.
 */
export function retryWait(
  retryCount: number,
  retryAfterMs: number | undefined,
  options: ResolvedRetryOptions,
  maxWaitMs: number,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, maxWaitMs);
  return backoffDelay(retryCount - 1, options);
}

/**
 * The policy as `ky` retry options: which failures ky retries, and how often. ky's own wait is 0
 * (`delay` and `maxRetryAfter`): the transport waits {@link retryWait} on the injected timers in a
 * `beforeRetry` hook instead. `shouldRetry` lets the transport stop on failures of its own (a body
 * over the limit, a redirect to another origin) and on a `Retry-After` longer than it waits.
 */
export function kyRetryOptions(
  options: ResolvedRetryOptions,
  shouldRetry: NonNullable<KyRetryOptions['shouldRetry']>,
): KyRetryOptions {
  return {
    limit: options.limit,
    methods: ['get', 'put'],
    statusCodes: RETRYABLE_STATUSES,
    afterStatusCodes: RETRYABLE_STATUSES,
    delay: () => 0,
    maxRetryAfter: 0,
    retryOnTimeout: true,
    shouldRetry,
  };
}
