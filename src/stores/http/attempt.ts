/**
 * One attempt of an HTTP-store request, as the `fetch` that `ky` calls: what `ky` and `fetch` do not
 * do for us. Redirects are followed only within the store's origin (credentials, custom headers and
 * PUT bodies never go to another origin), and the body is read here, counted while streaming and
 * never buffered past its limit, so that the per-attempt deadline (see `timers.ts`) covers the whole
 * answer.
 * @module
 */
import { raceAbort } from './timers.js';

/** Largest error body read to extract the server's message. */
export const ERROR_BODY_LIMIT = 64 * 1024;

/** Redirect hops followed within one attempt. */
export const MAX_REDIRECTS = 5;

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json(?:\s*;|\s*$)/i;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A failure of an attempt that must not be retried: the transport turns it into a `StoreError`.
 * `kind` says which; `detail` is the other origin, the limit in bytes, or the redirect status.
 */
export class AttemptRefusal extends Error {
  constructor(
    readonly kind: 'body-too-large' | 'cross-origin-redirect' | 'redirect',
    readonly detail: string,
    readonly status: number,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'AttemptRefusal';
  }
}

/** Settings of {@link fetchAttempt}. */
export interface AttemptOptions {
  /** The real `fetch`. */
  fetch: (input: Request, init?: RequestInit) => Promise<Response>;
  /** Largest accepted 2xx body, in bytes. */
  maxBodyBytes: number;
}

/**
 * Send `input` with `redirect: 'manual'`, follow same-origin redirects (at most {@link MAX_REDIRECTS}),
 * and answer a `Response` whose body is already in memory: a 2xx JSON body up to `maxBodyBytes`
 * (past it, an {@link AttemptRefusal}), an error body up to 64 KB (past it, an empty body), no body
 * for any other 2xx content type. `signal` (the attempt's deadline and the caller's cancel) aborts
 * the request and the reading of its body.
 */
export async function fetchAttempt(
  input: Request,
  signal: AbortSignal,
  init: RequestInit | undefined,
  options: AttemptOptions,
): Promise<Response> {
  const origin = new URL(input.url).origin;
  const payload = input.body === null ? undefined : await input.arrayBuffer();
  let url = input.url;
  let method = input.method;
  let body = payload;
  for (let hop = 0; ; hop++) {
    const request = new Request(url, { method, headers: input.headers, body, signal, redirect: 'manual' });
    const response = await options.fetch(request, init);
    if (response.type === 'opaqueredirect') {
      throw new AttemptRefusal('redirect', 'this runtime hides where it points', 0);
    }
    if (!REDIRECTS.has(response.status)) return buffered(response, options.maxBodyBytes, signal);
    discard(response.body);
    const location = response.headers.get('location');
    if (location === null) throw new AttemptRefusal('redirect', 'it has no Location header', response.status);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new AttemptRefusal('redirect', 'its Location is not a URL', response.status);
    }
    if (next.origin !== origin) throw new AttemptRefusal('cross-origin-redirect', next.origin, response.status);
    if (hop >= MAX_REDIRECTS) {
      throw new AttemptRefusal('redirect', `more than ${MAX_REDIRECTS} redirects in a row`, response.status);
    }
    if (response.status === 303) {
      method = 'GET';
      body = undefined;
    }
    url = next.href;
  }
}

async function buffered(response: Response, maxBodyBytes: number, signal: AbortSignal): Promise<Response> {
  const { status, statusText, headers } = response;
  const init = { status, statusText, headers };
  const ok = status >= 200 && status < 300;
  if (
    status === 204 ||
    status === 205 ||
    status === 304 ||
    (ok && !JSON_TYPE.test(headers.get('content-type') ?? ''))
  ) {
    discard(response.body);
    return new Response(null, init);
  }
  const limit = ok ? maxBodyBytes : ERROR_BODY_LIMIT;
  const bytes = await readLimited(response, limit, signal);
  if (bytes === undefined) {
    if (ok) throw new AttemptRefusal('body-too-large', String(maxBodyBytes), status);
    return new Response(null, init);
  }
  return new Response(bytes, init);
}

/** Read a body up to `limit` bytes; `undefined` (and reading stops) past it. */
async function readLimited(
  response: Response,
  limit: number,
  signal: AbortSignal,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    discard(response.body);
    return undefined;
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
      if (total > limit) {
        reader.cancel().catch(() => undefined);
        return undefined;
      }
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

/**
 * Cancel a body we will not read, without waiting: some streams only settle the cancel promise once
 * their source ends, which may be never.
 */
export function discard(body: ReadableStream<Uint8Array> | null): void {
  body?.cancel().catch(() => undefined);
}
