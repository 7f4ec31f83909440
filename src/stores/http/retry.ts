/**
 * Retry policy of the HTTP-based stores: which failures are retried, capped exponential backoff
 * with full jitter, and `Retry-After` (seconds or an HTTP date). Time is injectable (`sleep`, `now`,
 * `random`) so that tests never wait.
 * @module
 */
import { ConfigError } from '../../errors.js';

/** Retry options of `httpStore` and `langfuseStore`. */
export interface RetryOptions {
  /**
   * Retries after the first attempt (so `limit + 1` attempts at most). `0` disables retries.
   * @default 2
   */
  limit?: number;
  /**
   * Base of the exponential backoff: attempt `n` (from 0) waits a random time in
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
   * Longest `Retry-After` the store will honour. When a server asks for a longer wait, the request
   * fails at once with a retryable `StoreError` instead of hanging.
   * @default 30000
   */
  maxRetryAfterMs?: number;
  /**
   * Waits `ms` milliseconds. Inject it in tests to record the delays instead of waiting.
   * @default setTimeout-based sleep
   */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Random number in `[0, 1)` used for jitter.
   * @default Math.random
   */
  random?: () => number;
  /**
   * Current time in milliseconds since the epoch, used to turn a `Retry-After` HTTP date into a delay.
   * @default Date.now
   */
  now?: () => number;
}

/** {@link RetryOptions} with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function checkNumber(value: unknown, option: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new ConfigError(`must be a finite number >= ${min}, got ${JSON.stringify(value)}`, { option });
  }
  return value;
}

function checkFunction<T>(value: T | undefined, option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'function') throw new ConfigError(`must be a function, got ${typeof value}`, { option });
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
  const limit = checkNumber(options.limit, 'retry.limit', 0, 2);
  if (!Number.isInteger(limit)) throw new ConfigError(`must be an integer, got ${limit}`, { option: 'retry.limit' });
  return {
    limit,
    backoffMs: checkNumber(options.backoffMs, 'retry.backoffMs', 0, 250),
    maxBackoffMs: checkNumber(options.maxBackoffMs, 'retry.maxBackoffMs', 0, 5000),
    maxRetryAfterMs: checkNumber(options.maxRetryAfterMs, 'retry.maxRetryAfterMs', 0, 30_000),
    sleep: checkFunction(options.sleep, 'retry.sleep', defaultSleep),
    random: checkFunction(options.random, 'retry.random', Math.random),
    now: checkFunction(options.now, 'retry.now', Date.now),
  };
}

/** True for the HTTP statuses worth retrying: 408, 429 and 5xx except 501 (Not Implemented). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

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
  const ceiling = Math.min(options.maxBackoffMs, options.backoffMs * 2 ** attempt);
  return Math.floor(options.random() * ceiling);
}
