/**
 * The HTTP transport shared by `httpStore` and `langfuseStore`: one request on `ky`, which decides the
 * retries (which failures, how many, `Retry-After` too long); each attempt is {@link fetchAttempt}
 * (same-origin redirects only, a byte limit on bodies counted while streaming) under a deadline armed on
 * the injected timers, and each wait before a retry runs on the same timers (see `timers.ts`). ky's own
 * timeout is off and its own retry delay is 0, so no wait of a request reads the global timers.
 * Here too: JSON decoding, and mapping every failure to a `StoreError` with credentials redacted.
 * `ky` is loaded on the first request (a dynamic import, one shared promise), not when promptops is imported.
 * @module
 */
import type { HTTPError, Options as KyOptions } from 'ky';
import { PromptOpsError, StoreError } from '../../errors.js';
import { globalClock, globalTimers, type StoreClock, type StoreTimers } from '../timers.js';
import { AttemptRefusal, fetchAttempt } from './attempt.js';
import {
  type FailureContext,
  malformedError,
  networkError,
  redirectError,
  statusError,
  storeSubject,
} from './errors.js';
import { isRetryableStatus, kyRetryOptions, parseRetryAfter, type ResolvedRetryOptions, retryWait } from './retry.js';
import { AttemptTimeout, sleep, withDeadline } from './timers.js';

/** Default limit of a response body: 10 MB. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Settings of a transport, fixed when a store is created. */
export interface TransportOptions {
  /** Store name for errors. */
  store: string;
  /** Base URL without a trailing slash, e.g. `'https://prompts.example.com'`. */
  baseUrl: string;
  /** Headers sent with every request (authorization included). */
  headers: Record<string, string>;
  /** Values that must never appear in a message (tokens, keys, encoded credentials). */
  secrets: ReadonlyArray<string | undefined>;
  /** How to fix a 401/403. */
  authHint: string;
  /** Timeout of one attempt, from sending the request to the end of the body. */
  timeoutMs: number;
  /** Timers of the attempt deadlines and the retry waits. @default the global timers, looked up at each call */
  timers?: StoreTimers;
  /** Clock an HTTP-date `Retry-After` is measured against. @default `Date.now`, looked up at each call */
  clock?: StoreClock;
  /** Retry policy. */
  retry: ResolvedRetryOptions;
  /** Largest accepted response body, in bytes. */
  maxBodyBytes: number;
  /** `fetch` implementation; `globalThis.fetch` (looked up at request time) when absent. */
  fetch?: typeof globalThis.fetch;
  /** Removes secrets from text. */
  redact: (text: string) => string;
  /** What to check when an answer is malformed. @default the promptops protocol v1 hint */
  malformedHint?: string;
  /** How messages name the store at a sentence start. @default `The <store> store` */
  subject?: string;
}

/** One request. */
export interface TransportRequest {
  /** @default 'GET' */
  method?: 'GET' | 'PUT';
  /** Path after the base URL, already encoded, starting with `/`. */
  path: string;
  /** Query parameters. */
  searchParams?: Record<string, string>;
  /** Extra headers for this request. */
  headers?: Record<string, string>;
  /** JSON body. */
  json?: unknown;
  /** What is being done, for messages: `'listing the versions of "x"'`. */
  action: string;
  /** Non-2xx statuses handed back to the caller instead of thrown (e.g. 404, 304). */
  passStatuses?: readonly number[];
}

/** A decoded answer. */
export interface TransportResponse {
  status: number;
  headers: Headers;
  /** The JSON body of a 2xx answer (`undefined` for 204/304); the decoded error body, if JSON, otherwise. */
  body: unknown;
  /** `error.code` / `error.message` found in an error body (protocol v1 or Langfuse shapes). */
  error: { code?: string; message?: string };
  /** The failure context, to build errors about this answer. */
  ctx: FailureContext;
}

/** A transport bound to its options. */
export interface Transport {
  request(request: TransportRequest): Promise<TransportResponse>;
}

type Ky = typeof import('ky');
let kyModule: Promise<Ky> | undefined;
/**
 * `ky`, loaded once, on the first request of any store (one promise shared by every store). A failed
 * load is forgotten, so that the next request tries again (a chunk that failed to download, say).
 */
function loadKy(): Promise<Ky> {
  kyModule ??= import('ky').catch((error: unknown) => {
    kyModule = undefined;
    throw error;
  });
  return kyModule;
}

/** The `StoreError` of a `ky` that could not be loaded: what, where, and how to fix it. */
function kyLoadError(ctx: FailureContext, error: unknown): StoreError {
  return new StoreError(
    `${storeSubject(ctx)} could not load "ky" (${ctx.redact(String(error))}) while ${ctx.action} at ${ctx.url}; ` +
      'nothing was sent. Fix: npm install; with a bundler, ship the chunk holding "ky".',
    { store: ctx.store },
    { cause: error },
  );
}

function isHttpError(error: unknown): error is HTTPError {
  return error instanceof Error && error.name === 'HTTPError' && 'response' in error;
}

/** Create the transport of one store. */
export function createTransport(options: TransportOptions): Transport {
  const timers = options.timers ?? globalTimers;
  const clock = options.clock ?? globalClock;
  const fetchImpl = (input: Request, init?: RequestInit): Promise<Response> =>
    (options.fetch ?? globalThis.fetch)(input, init);
  const attemptOptions = { fetch: fetchImpl, maxBodyBytes: options.maxBodyBytes };
  // The longest Retry-After worth waiting for: never longer than one attempt may take.
  const maxWaitMs = Math.min(options.retry.maxRetryAfterMs, options.timeoutMs);
  const waitLimit =
    maxWaitMs === options.timeoutMs
      ? `the store's timeoutMs (${options.timeoutMs} ms)`
      : `retry.maxRetryAfterMs (${maxWaitMs} ms)`;
  const retryAfterOf = (response: Response): number | undefined =>
    parseRetryAfter(response.headers.get('retry-after'), clock.now());
  const retry = kyRetryOptions(options.retry, ({ error }) => {
    if (error instanceof AttemptRefusal) return false;
    if (isHttpError(error) && (retryAfterOf(error.response) ?? 0) > maxWaitMs) return false;
    return undefined;
  });
  // The wait before each retry, on the injected timers (ky's own wait is 0).
  const hooks: KyOptions['hooks'] = {
    beforeRetry: [
      async ({ error, retryCount, request }) => {
        // (ky throws an HTTPError for a retryable status only: see throwHttpErrors.)
        const retryAfterMs = isHttpError(error) ? retryAfterOf(error.response) : undefined;
        await sleep(retryWait(retryCount, retryAfterMs, options.retry, maxWaitMs), timers, request.signal);
      },
    ],
  };

  async function request(req: TransportRequest): Promise<TransportResponse> {
    const url = new URL(`${options.baseUrl}${req.path}`);
    for (const [key, value] of Object.entries(req.searchParams ?? {})) url.searchParams.set(key, value);
    const ctx: FailureContext = {
      store: options.store,
      action: req.action,
      url: `${url.origin}${url.pathname}${url.search}`,
      authHint: options.authHint,
      redact: options.redact,
      ...(options.malformedHint === undefined ? {} : { malformedHint: options.malformedHint }),
      ...(options.subject === undefined ? {} : { subject: options.subject }),
    };
    let attempts = 0;
    let response: Response;
    let ky: Ky['default'];
    try {
      ky = (await loadKy()).default;
    } catch (error) {
      throw kyLoadError(ctx, error);
    }
    try {
      response = await ky(url, {
        method: req.method ?? 'GET',
        headers: { accept: 'application/json', ...options.headers, ...req.headers },
        ...(req.json === undefined ? {} : { json: req.json }),
        timeout: false,
        retry,
        hooks,
        throwHttpErrors: isRetryableStatus,
        // ky calls this once per attempt: the attempt, body included, runs under its own deadline.
        fetch: (input, init) => {
          attempts++;
          const request = input instanceof Request ? input : new Request(input, init);
          return withDeadline(options.timeoutMs, timers, request.signal, (signal) =>
            fetchAttempt(request, signal, init, attemptOptions),
          );
        },
      });
    } catch (error) {
      throw await failure(error, ctx, attempts);
    }
    const { status, headers } = response;
    if (status >= 200 && status < 300) {
      const body = response.body === null ? undefined : await decodeJson(response, ctx);
      if (body === undefined && status !== 204) {
        throw malformedError(
          ctx,
          `expected a JSON body (content-type application/json), got ${describeType(headers.get('content-type'))}`,
          status,
        );
      }
      return { status, headers, body, error: {}, ctx };
    }
    const passed = req.passStatuses?.includes(status) === true;
    if (status === 304 && passed) return { status, headers, body: undefined, error: {}, ctx };
    const errorBody = await decodeErrorBody(response);
    if (passed) return { status, headers, ...errorBody, ctx };
    throw statusError(status, ctx, { ...errorBody.error, attempts });
  }

  async function failure(error: unknown, ctx: FailureContext, attempts: number): Promise<Error> {
    if (error instanceof PromptOpsError) return error;
    if (error instanceof AttemptRefusal) {
      if (error.kind === 'body-too-large') {
        return malformedError(
          ctx,
          `the body is larger than the ${formatBytes(options.maxBodyBytes)} limit (maxBodyBytes); it was not read further`,
          error.status,
        );
      }
      return redirectError(ctx, error.status, error.kind === 'cross-origin-redirect', error.detail);
    }
    if (isHttpError(error)) {
      const { response } = error;
      const retryAfterMs = retryAfterOf(response);
      const tooLong = retryAfterMs !== undefined && retryAfterMs > maxWaitMs && attempts <= options.retry.limit;
      return statusError(response.status, ctx, {
        ...(await decodeErrorBody(response)).error,
        retryAfterMs,
        attempts,
        ...(tooLong ? { waitLimit } : {}),
      });
    }
    if (error instanceof AttemptTimeout) return networkError(ctx, error, options.timeoutMs, attempts);
    return networkError(ctx, error, undefined, attempts);
  }

  return { request };
}

async function decodeJson(response: Response, ctx: FailureContext): Promise<unknown> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw malformedError(ctx, `the body is not valid JSON (${reason.slice(0, 200)})`, response.status);
  }
}

async function decodeErrorBody(
  response: Response,
): Promise<{ body: unknown; error: { code?: string; message?: string } }> {
  try {
    const body: unknown = JSON.parse(await response.text());
    return { body, error: errorFields(body) };
  } catch {
    return { body: undefined, error: {} };
  }
}

/** `error.code` / `error.message` of protocol v1 (`{error:{code,message}}`) or Langfuse (`{message, error}`). */
function errorFields(body: unknown): { code?: string; message?: string } {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const nested = record.error;
  const { code, message } = (
    typeof nested === 'object' && nested !== null ? nested : { code: nested, message: record.message }
  ) as Record<string, unknown>;
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
  };
}

function describeType(type: string | null): string {
  return type === null || type === '' ? 'no content-type' : JSON.stringify(type.slice(0, 100));
}

function formatBytes(bytes: number): string {
  const [unit, size] = bytes >= 1048576 ? ['MB', 1048576] : bytes >= 1024 ? ['KB', 1024] : ['bytes', 1];
  return `${Math.round((bytes / size) * 10) / 10} ${unit}`;
}
