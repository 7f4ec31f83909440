/**
 * Option checks shared by the HTTP-based stores: each problem is a `ConfigError` naming the option.
 * @module
 */
import { ConfigError } from '../../errors.js';

/** A positive finite number, or `fallback` when `value` is undefined. */
export function positiveNumber(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ConfigError(`must be a positive number, got ${JSON.stringify(value)}`, { option });
  }
  return value;
}

/** Validate a base URL option and return it without a trailing slash. */
export function normalizeBaseUrl(value: unknown, option: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigError('is required: the base URL of the server, e.g. "https://prompts.example.com"', { option });
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`is not a valid URL: ${JSON.stringify(value.slice(0, 200))}`, { option });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`must be an http: or https: URL, got ${url.protocol}`, { option });
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ConfigError('must not have a query string or a fragment', { option });
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
