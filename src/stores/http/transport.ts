/**
 * The HTTP transport shared by `httpStore` and `langfuseStore`: one request on `ky`, with a timeout
 * per attempt (headers and body), retries with capped jittered backoff honouring `Retry-After`, a
 * byte limit on response bodies (counted while streaming, never buffered past the limit), JSON
 * decoding, and error mapping with credentials redacted.
 * @module
 */
import ky from 'ky';
import { type FailureContext, malformedError, networkError, statusError } from './errors.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter, type ResolvedRetryOptions } from './retry.js';

/** Largest error body read to extract the server's message. */
const ERROR_BODY_LIMIT = 64 * 1024;

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
  /** Retry policy. */
  retry: ResolvedRetryOptions;
  /** Largest accepted response body, in bytes. */
  maxBodyBytes: number;
  /** `fetch` implementation; `globalThis.fetch` (looked up at request time) when absent. */
  fetch?: typeof globalThis.fetch;
  /** Removes secrets from text. */
  redact: (text: string) => string;
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

class BodyTooLarge extends Error {}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json(?:\s*;|\s*$)/i;

/** Create the transport of one store. */
export function createTransport(options: TransportOptions): Transport {
  const fetchImpl = (input: Request | URL | string, init?: RequestInit): Promise<Response> =>
    (options.fetch ?? globalThis.fetch)(input, init);

  async function request(req: TransportRequest): Promise<TransportResponse> {
    const url = new URL(`${options.baseUrl}${req.path}`);
    for (const [key, value] of Object.entries(req.searchParams ?? {})) url.searchParams.set(key, value);
    const ctx: FailureContext = {
      store: options.store,
      action: req.action,
      url: displayUrlOf(url),
      authHint: options.authHint,
      redact: options.redact,
    };
    const { retry } = options;
    for (let attempt = 0; ; attempt++) {
      const canRetry = attempt < retry.limit;
      let outcome: AttemptOutcome;
      try {
        outcome = await attemptOnce(url, req, ctx, canRetry, attempt + 1);
      } catch (error) {
        if (!(error instanceof NetworkFailure)) throw error;
        if (!canRetry) {
          throw networkError(ctx, error.original, error.timedOut ? options.timeoutMs : undefined, attempt + 1);
        }
        await retry.sleep(backoffDelay(attempt, retry));
        continue;
      }
      if (outcome.kind === 'done') return outcome.response;
      await retry.sleep(outcome.retryAfterMs ?? backoffDelay(attempt, retry));
    }
  }

  type AttemptOutcome = { kind: 'done'; response: TransportResponse } | { kind: 'retry'; retryAfterMs?: number };

  async function attemptOnce(
    url: URL,
    req: TransportRequest,
    ctx: FailureContext,
    canRetry: boolean,
    attempts: number,
  ): Promise<AttemptOutcome> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`timed out after ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    try {
      let response: Response;
      try {
        response = await ky(url, {
          method: req.method ?? 'GET',
          headers: { accept: 'application/json', ...options.headers, ...req.headers },
          ...(req.json === undefined ? {} : { json: req.json }),
          signal: controller.signal,
          timeout: false,
          retry: 0,
          throwHttpErrors: false,
          fetch: fetchImpl,
        });
      } catch (error) {
        throw new NetworkFailure(error, timedOut);
      }
      const { status, headers } = response;
      if (isRetryableStatus(status) && canRetry) {
        const retryAfterMs = parseRetryAfter(headers.get('retry-after'), options.retry.now());
        if (retryAfterMs === undefined || retryAfterMs <= options.retry.maxRetryAfterMs) {
          discard(response.body);
          return { kind: 'retry', retryAfterMs };
        }
        // The server asks for a longer wait than we accept: fail now, retryable later.
        const error = await readErrorBody(response, controller.signal);
        throw statusError(status, ctx, { ...error, retryAfterMs, attempts });
      }
      const passed = req.passStatuses?.includes(status) === true;
      if (status >= 200 && status < 300) {
        const body = status === 204 ? undefined : await readJson(response, ctx, controller.signal);
        return { kind: 'done', response: { status, headers, body, error: {}, ctx } };
      }
      if (status === 304 && passed) {
        discard(response.body);
        return { kind: 'done', response: { status, headers, body: undefined, error: {}, ctx } };
      }
      const errorBody = await readErrorBody(response, controller.signal);
      if (passed) return { kind: 'done', response: { status, headers, ...errorBody, ctx } };
      const retryAfterMs = parseRetryAfter(headers.get('retry-after'), options.retry.now());
      throw statusError(status, ctx, { ...errorBody.error, retryAfterMs, attempts });
    } catch (error) {
      if (error instanceof NetworkFailure) throw error;
      if (timedOut) throw new NetworkFailure(error, true);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async function readJson(response: Response, ctx: FailureContext, signal: AbortSignal): Promise<unknown> {
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      discard(response.body);
      throw malformedError(
        ctx,
        `expected a JSON body (content-type application/json), got ${type === '' ? 'no content-type' : JSON.stringify(type.slice(0, 100))}`,
        response.status,
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = await readLimited(response, options.maxBodyBytes, signal);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        throw malformedError(
          ctx,
          `the body is larger than the ${formatBytes(options.maxBodyBytes)} limit (maxBodyBytes); it was not read further`,
          response.status,
        );
      }
      throw error;
    }
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw malformedError(ctx, `the body is not valid JSON (${reason.slice(0, 200)})`, response.status);
    }
  }

  async function readErrorBody(
    response: Response,
    signal: AbortSignal,
  ): Promise<{ body: unknown; error: { code?: string; message?: string } }> {
    let body: unknown;
    try {
      const bytes = await readLimited(response, ERROR_BODY_LIMIT, signal);
      const text = new TextDecoder().decode(bytes);
      try {
        body = JSON.parse(text);
      } catch {
        return { body: undefined, error: {} };
      }
    } catch (error) {
      if (error instanceof BodyTooLarge) return { body: undefined, error: {} };
      throw error;
    }
    return { body, error: errorFields(body) };
  }

  return { request };
}

/** Transport-level failure of one attempt (network error or timeout), before it becomes a StoreError. */
class NetworkFailure extends Error {
  constructor(
    readonly original: unknown,
    readonly timedOut: boolean,
  ) {
    super('network failure');
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

/** Read a body up to `limit` bytes; throw {@link BodyTooLarge} (and stop reading) past it. */
async function readLimited(response: Response, limit: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    discard(response.body);
    throw new BodyTooLarge();
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await raceAbort(reader.read(), signal);
      if (done) break;
      total += value.byteLength;
      if (total > limit) throw new BodyTooLarge();
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Settle with `promise`, or reject as soon as `signal` aborts (some bodies ignore the signal). */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function displayUrlOf(url: URL): string {
  return `${url.origin}${url.pathname}${url.search}`;
}

function formatBytes(bytes: number): string {
  const [unit, size] = bytes >= 1048576 ? ['MB', 1048576] : bytes >= 1024 ? ['KB', 1024] : ['bytes', 1];
  return `${Math.round((bytes / size) * 10) / 10} ${unit}`;
}

/**
 * Cancel a body we will not read, without waiting: some streams only settle the cancel promise once
 * their source ends, which may be never.
 */
function discard(body: ReadableStream<Uint8Array> | null): void {
  body?.cancel().catch(() => undefined);
}
