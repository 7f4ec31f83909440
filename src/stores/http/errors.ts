/**
 * Turning HTTP failures into {@link StoreError}s: one function maps a status (and the server's error
 * body, if any) to a message that says what failed, where and how to fix it, and never contains a
 * credential.
 * @module
 */
import { StoreError } from '../../errors.js';
import { isRetryableStatus } from './retry.js';

/** What a store says about a failed request. */
export interface FailureContext {
  /** Store name, e.g. `'http'`. */
  store: string;
  /** What was being done, e.g. `'listing the versions of "support/greeting"'`. */
  action: string;
  /** The request URL, without credentials (see {@link displayUrl}). */
  url: string;
  /** How to fix a 401/403, e.g. "pass the right `token` to httpStore". */
  authHint: string;
  /** Removes secrets from any text that goes into a message. */
  redact: (text: string) => string;
  /** What to check when an answer is malformed (default: the promptops protocol v1 hint). */
  malformedHint?: string;
  /** How messages name the store at a sentence start (default: `The <store> store`), e.g. `The Langfuse store`. */
  subject?: string;
}

/** How a message names the store at the start of a sentence. */
export function storeSubject(ctx: FailureContext): string {
  return ctx.subject ?? `The ${ctx.store} store`;
}

/** A server's error message, kept short. */
function shortMessage(text: string | undefined, redact: (text: string) => string): string {
  if (text === undefined || text.trim() === '') return '';
  const clean = redact(text).replace(/\s+/g, ' ').trim();
  return clean.length > 300 ? `${clean.slice(0, 300)}…` : clean;
}

/**
 * Map a non-success HTTP status to a {@link StoreError}. 401/403 are never retryable; 408, 429 and
 * 5xx (but 501) are.
 */
export function statusError(
  status: number,
  ctx: FailureContext,
  details: {
    code?: string;
    message?: string;
    retryAfterMs?: number;
    attempts?: number;
    /** Set when the call ended at once because `Retry-After` was longer than this limit (its description). */
    waitLimit?: string;
  } = {},
): StoreError {
  const server = shortMessage(details.message, ctx.redact);
  const said = server === '' ? '' : ` The server said: "${server}".`;
  const tries = details.attempts !== undefined && details.attempts > 1 ? ` after ${details.attempts} attempts` : '';
  const store = storeSubject(ctx);
  const at = `while ${ctx.action} at ${ctx.url}`;
  let message: string;
  const { retryAfterMs, waitLimit } = details;
  const gaveUp =
    retryAfterMs === undefined || waitLimit === undefined
      ? undefined
      : `: the server asked to retry after ${seconds(retryAfterMs)} s, longer than ${waitLimit}, so the call ended at once instead of waiting`;
  if (status === 401 || status === 403) {
    message =
      `${store} was refused (HTTP ${status} ${status === 401 ? 'unauthorized' : 'forbidden'}) ${at}: ` +
      `the credentials are missing or wrong.${said} Fix: ${ctx.authHint}.`;
  } else if (status === 404) {
    message =
      `${store} got HTTP 404 without a "not found" error body ${at}.${said} ` +
      'Check that the store URL points at the prompt server (the base URL, without the /v1 path).';
  } else if (gaveUp !== undefined && status === 429) {
    message = `${store} was rate limited (HTTP 429) ${at}${gaveUp}.${said} Try again later, or lower the request rate (e.g. a longer cache ttlMs).`;
  } else if (gaveUp !== undefined) {
    message = `${store}'s server failed (HTTP ${status}) ${at}${gaveUp}.${said} This is usually temporary: try again later, and check the server if it persists.`;
  } else if (status === 429) {
    const wait =
      details.retryAfterMs === undefined ? '' : ` (it asked to wait ${Math.ceil(details.retryAfterMs / 1000)} s)`;
    message =
      `${store} was rate limited (HTTP 429)${wait} ${at}${tries}.${said} ` +
      'Try again later, or lower the request rate (e.g. a longer cache ttlMs).';
  } else if (status === 408 || status >= 500) {
    message =
      `${store}'s server failed (HTTP ${status}) ${at}${tries}.${said} ` +
      'This is usually temporary: try again later, and check the server if it persists.';
  } else {
    message =
      `${store} got HTTP ${status}${details.code === undefined ? '' : ` ${details.code}`} ${at}.${said}` +
      (status === 400 ? ' The request was rejected as invalid: check the name, version or selector.' : '') +
      (status === 409 ? ' Versions are immutable: publish a new version instead of changing this one.' : '');
  }
  return new StoreError(message, { store: ctx.store, status, retryable: isRetryableStatus(status) });
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? String(ms / 1000) : (ms / 1000).toFixed(1);
}

/**
 * A redirect the store does not follow: to another origin (`crossOrigin`, `detail` is that origin:
 * credentials, custom headers and request bodies never leave the store's origin), or one it cannot
 * follow (`detail` says why). Never retryable.
 */
export function redirectError(ctx: FailureContext, status: number, crossOrigin: boolean, detail: string): StoreError {
  const origin = new URL(ctx.url).origin;
  const what = status === 0 ? 'a redirect' : `a redirect (HTTP ${status})`;
  const message = crossOrigin
    ? `${storeSubject(ctx)} was sent ${what} to another origin, ${ctx.redact(detail)}, while ${ctx.action} at ${ctx.url}, ` +
      `and did not follow it: it follows redirects within ${origin} only, so that credentials, headers and request bodies never leave it. ` +
      "Fix: set the store's URL to the server's own address."
    : `${storeSubject(ctx)} got ${what} it cannot follow while ${ctx.action} at ${ctx.url}: ${detail}. ` +
      "Fix: set the store's URL to the server's own address.";
  return new StoreError(message, { store: ctx.store, ...(status === 0 ? {} : { status }), retryable: false });
}

/** A network failure (DNS, refused connection, reset) or a timeout: always retryable. */
export function networkError(
  ctx: FailureContext,
  cause: unknown,
  timeoutMs: number | undefined,
  attempts: number,
): StoreError {
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  const message =
    timeoutMs !== undefined
      ? `${storeSubject(ctx)} timed out after ${timeoutMs} ms while ${ctx.action} at ${ctx.url}${tries}. ` +
        'Check that the server is reachable, or raise the store\'s "timeoutMs".'
      : `${storeSubject(ctx)} could not reach ${ctx.url} while ${ctx.action}${tries}: ` +
        `${ctx.redact(describeCause(cause))}. Check the URL and the network.`;
  return new StoreError(message, { store: ctx.store, retryable: true }, { cause: sanitizeCause(cause, ctx.redact) });
}

/** A response that is not what the protocol promises (bad JSON, wrong content type, too big, wrong shape). */
export function malformedError(ctx: FailureContext, problem: string, status?: number): StoreError {
  return new StoreError(
    `${storeSubject(ctx)} got a malformed response while ${ctx.action} at ${ctx.url}: ${ctx.redact(problem)}. ` +
      (ctx.malformedHint ?? 'Check that the URL points at a promptops-compatible server (protocol v1).'),
    { store: ctx.store, status, retryable: false },
  );
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? ` (${cause.cause.message})` : '';
    return `${cause.message}${inner}`;
  }
  return String(cause);
}

/**
 * A plain Error copy of a transport failure, keeping only its name and redacted message (and the
 * same of its own cause): the original may hold the request, and so its headers.
 */
function sanitizeCause(cause: unknown, redact: (text: string) => string): Error | undefined {
  if (!(cause instanceof Error)) return undefined;
  const inner = cause.cause instanceof Error ? new Error(redact(cause.cause.message)) : undefined;
  const copy = new Error(redact(cause.message), inner === undefined ? undefined : { cause: inner });
  copy.name = cause.name;
  return copy;
}

/** `url` without user info (`user:pass@`), for messages. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}${u.search}`;
  } catch {
    return '(invalid URL)';
  }
}

/**
 * A function that replaces every occurrence of the given secrets with `[redacted]`, in one pass with the
 * longest secret first: a short secret that is part of a longer one (a header value `1` inside an API key
 * `KEY-1-SECRET`) can never split the longer one and leave the rest of it readable.
 */
export function redactor(secrets: ReadonlyArray<string | undefined>): (text: string) => string {
  const list = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (list.length === 0) return (text) => text;
  const pattern = new RegExp(list.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => text.replace(pattern, '[redacted]');
}
