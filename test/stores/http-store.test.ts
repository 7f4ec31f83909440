import { inspect } from 'node:util';
import { HttpResponse, http, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { ConfigError, IntegrityError, PromptFormatError, StoreError } from '../../src/errors.js';
import { createPromptServer } from '../../src/server/server.js';
import { type HttpStoreOptions, httpStore } from '../../src/stores/http.js';
import { memoryStore } from '../../src/stores/memory.js';
import { verifyStore } from '../../src/testing/verify-store.js';
import { rejectionOf } from '../helpers/errors.js';
import { type ManualTime, manualTime } from '../helpers/manual-time.js';

const BASE = 'https://prompts.test';
const TOKEN = 'tok_s3cr3t_do_not_leak_12345';

type Handler = (request: Request, url: URL) => Response | Promise<Response>;

const server = setupServer();
const seen: Request[] = [];
/** Manual-clock time at which each request arrived: the gaps between them are the retry waits. */
const arrivals: number[] = [];
/**
 * The store's injected clock and timers: retry waits and attempt timeouts fire only when the test fires
 * them, so nothing here waits for real time or reads the wall clock.
 */
let time: ManualTime;
/** The `timeoutMs` of the store under test: `settle` never fires that timer by itself. */
let attemptTimeoutMs = 5000;
/** Release the handlers that stall (a server that never answers, a body that never ends). */
let releaseStalls: () => void = () => undefined;
let stalls: Promise<void>;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  time = manualTime(Date.parse('2030-01-01T00:00:00Z'));
  attemptTimeoutMs = 5000;
  stalls = new Promise((resolve) => {
    releaseStalls = resolve;
  });
});
afterEach(() => {
  releaseStalls();
  server.resetHandlers();
  seen.length = 0;
  arrivals.length = 0;
});
afterAll(() => server.close());

/** The waits between consecutive requests, on the manual clock. */
function waits(): number[] {
  return arrivals.slice(1).map((at, i) => at - (arrivals[i] as number));
}

/**
 * Settle `promise`, firing each retry wait as soon as it is armed. The attempt timeout is left pending
 * (a test that wants it fires it with `time.fire`), so an answer that is on its way is never cut short.
 */
function settle<T>(promise: Promise<T>): Promise<T> {
  return time.settle(promise, (ms) => ms !== attemptTimeoutMs);
}

/** Route every request to `handler`, recording it. */
function serve(handler: Handler): void {
  server.use(
    http.all(`${BASE}/*`, ({ request }) => {
      seen.push(request.clone());
      arrivals.push(time.clock.now());
      return handler(request, new URL(request.url));
    }),
  );
}

function makeStore(options: Partial<HttpStoreOptions> = {}) {
  const store = httpStore({
    url: BASE,
    token: TOKEN,
    retry: { random: () => 0.5 },
    timers: time.timers,
    clock: time.clock,
    ...options,
  });
  attemptTimeoutMs = options.timeoutMs ?? 5000;
  return { store };
}

async function withHash(record: PromptRecord): Promise<PromptRecord> {
  return { ...record, hash: await computeHash(record) };
}

const greeting = (version = '1.0.0'): PromptRecord => ({
  name: 'support/greeting',
  version,
  type: 'text',
  template: 'Hello {{customer}}',
});

const notFound = () =>
  HttpResponse.json({ error: { code: 'not_found', message: 'Prompt was not found' } }, { status: 404 });

/** Errors must never carry the token: not in the message, the properties, the cause chain or JSON. */
function expectNoToken(error: unknown): void {
  expect(String(error)).not.toContain(TOKEN);
  expect(JSON.stringify(error)).not.toContain(TOKEN);
  expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(TOKEN);
}

/** The error `promise` rejects with, checked to hold no token; `settle` fires the retry waits. */
async function failure(promise: Promise<unknown>, drive = settle): Promise<StoreError> {
  const error = await rejectionOf(drive(promise));
  expectNoToken(error);
  return error as StoreError;
}

/** For tests that fire every timer themselves. */
const byHand = <T>(promise: Promise<T>): Promise<T> => promise;

describe('httpStore: protocol v1', () => {
  it('lists versions of an encoded name, sending the bearer token and extra headers', async () => {
    serve((request, url) => {
      expect(url.pathname).toBe('/v1/prompts/support%2Fgreeting');
      expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
      expect(request.headers.get('x-team')).toBe('support');
      return HttpResponse.json({
        name: 'support/greeting',
        versions: [
          { version: '1.0.0', labels: ['staging'], hash: 'sha256-a' },
          { version: '1.2.0', labels: ['production'] },
        ],
      });
    });
    const { store } = makeStore({ headers: { 'x-team': 'support' } });
    expect(await store.listVersions('support/greeting')).toEqual([
      { version: '1.2.0', labels: ['production'] },
      { version: '1.0.0', labels: ['staging'], hash: 'sha256-a' },
    ]);
  });

  it('maps 404 not_found to [] and undefined', async () => {
    serve(() => notFound());
    const { store } = makeStore();
    expect(await store.listVersions('nope')).toEqual([]);
    expect(await store.getVersion('nope', '1.0.0')).toBeUndefined();
    expect(await store.resolve('nope', 'latest')).toBeUndefined();
  });

  it('treats a 404 without a not_found body as a wrong URL', async () => {
    serve(() => new HttpResponse('<h1>Not Found</h1>', { status: 404, headers: { 'content-type': 'text/html' } }));
    const { store } = makeStore();
    const error = await failure(store.listVersions('support/greeting'));
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ status: 404, retryable: false });
    expect(error.message).toMatch(
      /HTTP 404 without a "not found" error body while listing the versions of "support\/greeting" at https:\/\/prompts\.test\/v1\/prompts\/support%2Fgreeting.*Check that the store URL points at the prompt server/,
    );
  });

  it('getVersion sends If-None-Match and reuses the record on 304', async () => {
    const record = await withHash(greeting());
    serve((request, url) => {
      expect(url.pathname).toBe('/v1/prompts/support%2Fgreeting/versions/1.0.0');
      if (request.headers.get('if-none-match') === `"${record.hash}"`) return new HttpResponse(null, { status: 304 });
      return HttpResponse.json(record, { headers: { etag: `"${record.hash}"` } });
    });
    const { store } = makeStore();
    const first = await store.getVersion('support/greeting', '1.0.0');
    const second = await store.getVersion('support/greeting', '1.0.0');
    expect(first).toEqual({ ...record, labels: [] });
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(seen.map((r) => r.headers.get('if-none-match'))).toEqual([null, `"${record.hash}"`]);
  });

  it('getVersion of a non-semver version resolves to undefined without a request', async () => {
    const { store } = makeStore();
    expect(await store.getVersion('support/greeting', '../../admin')).toBeUndefined();
    expect(seen).toHaveLength(0);
  });

  it('resolve is one round trip with ?selector=', async () => {
    const record = await withHash({ ...greeting('1.2.0'), labels: ['production'] });
    serve((_request, url) => {
      expect(url.pathname).toBe('/v1/prompts/support%2Fgreeting/resolve');
      expect(url.searchParams.get('selector')).toBe('^1.0');
      return HttpResponse.json(record);
    });
    const { store } = makeStore();
    expect((await store.resolve('support/greeting', '^1.0'))?.version).toBe('1.2.0');
    expect(seen).toHaveLength(1);
  });

  it('list reads GET /v1/prompts', async () => {
    serve((_request, url) => {
      expect(url.pathname).toBe('/v1/prompts');
      return HttpResponse.json({ prompts: [{ name: 'b', versions: [] }, { name: 'a/x' }] });
    });
    const { store } = makeStore();
    expect(await store.list()).toEqual(['a/x', 'b']);
  });

  it('keeps a base path prefix', async () => {
    server.use(http.get('https://prompts.test/api/promptops/v1/prompts', () => HttpResponse.json({ prompts: [] })));
    const { store } = makeStore({ url: 'https://prompts.test/api/promptops/' });
    expect(await store.list()).toEqual([]);
  });

  it('refuses invalid names before any request', async () => {
    const { store } = makeStore();
    for (const name of ['../admin', '%2e%2e', '/etc/passwd', 'a\0b']) {
      const error = await rejectionOf(store.listVersions(name));
      expect(error).toBeInstanceOf(PromptFormatError);
      expect((error as Error).message).toMatch(/invalid prompt name.*\(asked of the http store\); nothing was read/);
    }
    expect(seen).toHaveLength(0);
  });
});

describe('httpStore: failures', () => {
  it('401: not retryable, says the token is wrong, never shows it', async () => {
    serve(() =>
      HttpResponse.json({ error: { code: 'unauthorized', message: 'Invalid bearer token' } }, { status: 401 }),
    );
    const { store } = makeStore();
    const error = await failure(store.listVersions('support/greeting'));
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ status: 401, retryable: false, store: 'http' });
    expect(error.message).toMatch(
      /was refused \(HTTP 401 unauthorized\).*the credentials are missing or wrong\. The server said: "Invalid bearer token"\. Fix: the token that was sent was refused/,
    );
    expect(seen).toHaveLength(1);
  });

  it('401 without a token: says to pass one', async () => {
    serve(() =>
      HttpResponse.json({ error: { code: 'unauthorized', message: 'Missing bearer token' } }, { status: 401 }),
    );
    const store = httpStore({ url: BASE, timers: time.timers });
    const error = await failure(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(/no token was sent: pass the server's token as the "token" option/);
  });

  it('403 is not retried either', async () => {
    serve(() => new HttpResponse('forbidden', { status: 403 }));
    const { store } = makeStore();
    const error = await failure(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ status: 403, retryable: false });
    expect(error.message).toMatch(/HTTP 403 forbidden/);
    expect(seen).toHaveLength(1);
  });

  it('a server echoing the token gets it redacted', async () => {
    serve(() => HttpResponse.json({ error: { code: 'unauthorized', message: `bad token ${TOKEN}` } }, { status: 401 }));
    const { store } = makeStore();
    const error = await failure(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(/bad token \[redacted\]/);
  });

  it('retries a burst of 5xx with jittered backoff, then succeeds', async () => {
    let calls = 0;
    serve(() => {
      calls++;
      if (calls === 1) return new HttpResponse('busy', { status: 503 });
      if (calls === 2) return new HttpResponse('oops', { status: 500 });
      return HttpResponse.json({ prompts: [{ name: 'a' }] });
    });
    const { store } = makeStore();
    expect(await settle(store.list())).toEqual(['a']);
    // full jitter with random() = 0.5: 0.5 * 250, then 0.5 * 500
    expect(waits()).toEqual([125, 250]);
  });

  it('gives up after retry.limit with a retryable StoreError', async () => {
    serve(() => HttpResponse.json({ error: { code: 'internal', message: 'database down' } }, { status: 502 }));
    const { store } = makeStore({ retry: { limit: 3, backoffMs: 100, maxBackoffMs: 300, random: () => 0.999 } });
    const error = await failure(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ status: 502, retryable: true });
    expect(error.message).toMatch(
      /server failed \(HTTP 502\) while listing the prompts at https:\/\/prompts\.test\/v1\/prompts after 4 attempts\. The server said: "database down"/,
    );
    expect(seen).toHaveLength(4);
    // capped: 99, 199, 299 (min(300, 100 * 2^n) * 0.999)
    expect(waits()).toEqual([99, 199, 299]);
  });

  it('honours Retry-After in seconds on 429', async () => {
    let calls = 0;
    serve(() => {
      calls++;
      if (calls === 1) return new HttpResponse(null, { status: 429, headers: { 'retry-after': '7' } });
      return HttpResponse.json({ prompts: [] });
    });
    const { store } = makeStore({ timeoutMs: 10_000 });
    expect(await settle(store.list())).toEqual([]);
    expect(waits()).toEqual([7000]);
  });

  it('honours Retry-After as an HTTP date, measured with the clock', async () => {
    let calls = 0;
    serve(() => {
      calls++;
      if (calls === 1) {
        return new HttpResponse(null, { status: 503, headers: { 'retry-after': 'Tue, 01 Jan 2030 00:00:12 GMT' } });
      }
      return HttpResponse.json({ prompts: [] });
    });
    const { store } = makeStore({ timeoutMs: 15_000 });
    expect(await settle(store.list())).toEqual([]);
    expect(waits()).toEqual([12_000]);
  });

  it('fails at once when Retry-After is longer than maxRetryAfterMs', async () => {
    serve(() => new HttpResponse(null, { status: 429, headers: { 'retry-after': '3600' } }));
    const { store } = makeStore({ timeoutMs: 60 * 60_000 });
    const error = await failure(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ status: 429, retryable: true });
    expect(error.message).toMatch(
      /rate limited \(HTTP 429\).*: the server asked to retry after 3600 s, longer than retry\.maxRetryAfterMs \(30000 ms\), so the call ended at once instead of waiting\..*Try again later/,
    );
    expect(seen).toHaveLength(1);
  });

  it('a Retry-After longer than timeoutMs ends a cold call at once, saying how long the server asked for', async () => {
    serve(() => new HttpResponse('down for maintenance', { status: 503, headers: { 'retry-after': '10' } }));
    const { store } = makeStore({ timeoutMs: 1000 });
    const error = await failure(store.list());
    expect(time.fired).toEqual([]); // no wait at all: no timer ever fired
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ status: 503, retryable: true });
    expect(error.message).toMatch(
      /server failed \(HTTP 503\) while listing the prompts at https:\/\/prompts\.test\/v1\/prompts: the server asked to retry after 10 s, longer than the store's timeoutMs \(1000 ms\), so the call ended at once/,
    );
    expect(seen).toHaveLength(1);
  });

  it('a Retry-After within timeoutMs is waited for', async () => {
    let calls = 0;
    serve(() => {
      calls++;
      if (calls === 1) return new HttpResponse(null, { status: 503, headers: { 'retry-after': '1' } });
      return HttpResponse.json({ prompts: [] });
    });
    const { store } = makeStore({ timeoutMs: 1500 });
    expect(await settle(store.list())).toEqual([]);
    expect(waits()).toEqual([1000]);
    expect(time.fired).toEqual([1000]);
  });

  it("times out a slow answer (headers) on the store's timers, retries, then reports the timeout", async () => {
    serve(async () => {
      await stalls; // never answers while the test runs
      return HttpResponse.json({ prompts: [] });
    });
    const { store } = makeStore({ timeoutMs: 50, retry: { limit: 1, random: () => 0.5 } });
    const pending = failure(store.list(), byHand);
    // The server never answers: fire the first attempt's deadline, the wait, then the second deadline.
    expect(await time.fire((ms) => ms === 50)).toBe(50);
    expect(await time.fire((ms) => ms !== 50)).toBe(125); // jittered: 0.5 * 250
    expect(await time.fire((ms) => ms === 50)).toBe(50);
    const error = await pending;
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ retryable: true, status: undefined });
    expect(error.message).toMatch(
      /timed out after 50 ms while listing the prompts at https:\/\/prompts\.test\/v1\/prompts \(2 attempts\).*raise the store's "timeoutMs"/,
    );
    // each attempt gave up after 50 ms; one jittered wait (0.5 * 250) between them
    expect(waits()).toEqual([50 + 125]);
    expect(time.pending()).toEqual([]);
  });

  it('times out a body that stalls after the headers', async () => {
    let reading: () => void = () => undefined;
    const bodyRead = new Promise<void>((resolve) => {
      reading = resolve;
    });
    serve(
      () =>
        new HttpResponse(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"prompts":'));
            },
            pull() {
              reading(); // the store has the headers and reads the body, which never ends
              return stalls;
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
    );
    const { store } = makeStore({ timeoutMs: 50, retry: false });
    const pending = failure(store.list(), byHand);
    await bodyRead;
    expect(await time.fire((ms) => ms === 50)).toBe(50);
    const error = await pending;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(/timed out after 50 ms/);
  });

  it('a deadline that fires once the answer is in changes nothing: the timer was cleared', async () => {
    serve(() => HttpResponse.json({ prompts: [{ name: 'a' }] }));
    const { store } = makeStore({ timeoutMs: 50 });
    expect(await store.list()).toEqual(['a']);
    expect(time.pending()).toEqual([]);
  });

  it('a network error is retryable', async () => {
    serve(() => HttpResponse.error());
    const { store } = makeStore();
    const error = await failure(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ retryable: true, status: undefined });
    expect(error.message).toMatch(
      /could not reach https:\/\/prompts\.test\/v1\/prompts while listing the prompts \(3 attempts\)/,
    );
    expect(waits()).toEqual([125, 250]);
  });

  it('malformed JSON is a StoreError, not a crash', async () => {
    serve(() => new HttpResponse('{"prompts": [', { headers: { 'content-type': 'application/json' } }));
    const { store } = makeStore();
    const error = await failure(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ retryable: false, status: 200 });
    expect(error.message).toMatch(/malformed response while listing the prompts.*the body is not valid JSON/);
  });

  it('a wrong content type is a StoreError', async () => {
    serve(() => new HttpResponse('<html>login</html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const { store } = makeStore();
    const error = await failure(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(
      /expected a JSON body \(content-type application\/json\), got "text\/html; charset=utf-8"/,
    );
  });

  it('a body of the wrong shape is a StoreError', async () => {
    serve(() => HttpResponse.json({ name: 'support/greeting', versions: [{ version: 'one', labels: [] }] }));
    const { store } = makeStore();
    const error = await failure(store.listVersions('support/greeting'));
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(/version "one" is not a semver version/);
    serve(() => HttpResponse.json({ versions: 3 }));
    const shape = await failure(store.listVersions('support/greeting'));
    expect(shape).toBeInstanceOf(StoreError);
    expect(shape.message).toMatch(/unexpected version list \(name: .*\)/);
  });

  it('refuses a 50 MB body while streaming, without buffering it', async () => {
    let produced = 0;
    const chunk = new Uint8Array(64 * 1024).fill(32);
    serve(
      () =>
        new HttpResponse(
          new ReadableStream({
            pull(controller) {
              if (produced >= 50 * 1024 * 1024) {
                controller.close();
                return;
              }
              produced += chunk.byteLength;
              controller.enqueue(chunk);
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
    );
    const { store } = makeStore();
    const error = await failure(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ retryable: false });
    expect(error.message).toMatch(/the body is larger than the 10 MB limit \(maxBodyBytes\); it was not read further/);
    expect(produced).toBeLessThan(12 * 1024 * 1024);
  });

  it('refuses a body whose Content-Length is over the limit before reading it', async () => {
    let pulled = 0;
    serve(
      () =>
        new HttpResponse(
          new ReadableStream({
            pull(controller) {
              pulled++;
              controller.enqueue(new Uint8Array(1024));
            },
          }),
          { headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } },
        ),
    );
    const { store } = makeStore({ maxBodyBytes: 1024 * 1024 });
    const error = await failure(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(/larger than the 1 MB limit/);
    expect(pulled).toBeLessThan(3);
  });

  it('never returns a record whose hash does not match its content', async () => {
    const record = { ...greeting(), hash: await computeHash({ ...greeting(), template: 'something else' }) };
    serve(() => HttpResponse.json(record));
    const { store } = makeStore();
    const error = await rejectionOf(store.getVersion('support/greeting', '1.0.0'));
    expect(error).toBeInstanceOf(IntegrityError);
    expect((error as Error).message).toMatch(/Integrity check failed for prompt "support\/greeting@1\.0\.0"/);
  });

  it('refuses a record that is not the one asked for, or not a record (a PromptFormatError: no fallback hides it)', async () => {
    serve(() => HttpResponse.json({ ...greeting('2.0.0') }));
    const { store } = makeStore();
    const wrongVersion = await failure(store.getVersion('support/greeting', '1.0.0'));
    expect(wrongVersion).toBeInstanceOf(PromptFormatError);
    expect(wrongVersion.message).toMatch(/asked for version 1\.0\.0, got 2\.0\.0/);
    serve(() => HttpResponse.json({ ...greeting(), name: 'other' }));
    const wrongName = await failure(store.resolve('support/greeting', 'latest'));
    expect(wrongName).toBeInstanceOf(PromptFormatError);
    expect(wrongName.message).toMatch(/asked for prompt "support\/greeting", got a record named "other"/);
    serve(() => HttpResponse.json({ name: 'support/greeting', version: '1.0.0' }));
    const invalid = await failure(store.getVersion('support/greeting', '1.0.0'));
    expect(invalid).toBeInstanceOf(PromptFormatError);
    expect(invalid.message).toMatch(/the record is invalid/);
  });

  it('a 304 to a request without If-None-Match is a protocol error', async () => {
    serve(() => new HttpResponse(null, { status: 304 }));
    const { store } = makeStore();
    const error = await failure(store.getVersion('support/greeting', '1.0.0'));
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(/got 304 Not Modified to a request without If-None-Match/);
  });
});

describe('httpStore: options', () => {
  it('checks its options up front, naming the option', () => {
    const cases: Array<[Partial<HttpStoreOptions>, RegExp]> = [
      [{ url: 'not a url' }, /option "url": is not a valid URL/],
      [{ url: 'ftp://x' }, /option "url": must be an http: or https: URL/],
      [
        { url: `${BASE}/v1` },
        /option "url": should be the server's base URL without the protocol path: use "https:\/\/prompts\.test"/,
      ],
      [{ url: BASE, timeoutMs: -1 }, /option "timeoutMs": must be a positive number/],
      [{ url: BASE, retry: { limit: 1.5 } }, /option "retry.limit": must be an integer/],
      [{ url: BASE, token: 'a\nb' }, /option "token": must be a non-empty string without line breaks/],
      [
        { url: BASE, timers: { setTimeout: () => 1 } as never },
        /option "timers": must be \{ setTimeout\(callback, ms\), clearTimeout\(handle\) \}/,
      ],
      [{ url: BASE, clock: Date.now as never }, /option "clock": must be \{ now\(\) \} \(ms since the epoch\)/],
    ];
    for (const [options, message] of cases) {
      expect(() => httpStore(options as HttpStoreOptions)).toThrow(ConfigError);
      expect(() => httpStore(options as HttpStoreOptions)).toThrow(message);
    }
  });

  it('is read-only unless writable: true', () => {
    expect(httpStore({ url: BASE }).putVersion).toBeUndefined();
    expect(typeof httpStore({ url: BASE, writable: true }).putVersion).toBe('function');
  });
});

describe('httpStore and the store contract', () => {
  it('passes verifyStore, writes included, against the reference server on 127.0.0.1', async () => {
    server.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()));
    const registry = createPromptServer({
      store: memoryStore([
        {
          name: 'support/greeting',
          version: '1.0.0',
          type: 'text',
          template: 'Hi {{customer}}',
          labels: ['production'],
        },
      ]),
      writable: true,
      onError: () => undefined,
    });
    const { url } = await registry.listen({ port: 0, host: '127.0.0.1' });
    try {
      const report = await verifyStore(() => httpStore({ url, writable: true }), {
        writable: true,
        expectedActor: null,
      });
      expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    } finally {
      await registry.close();
    }
  });
});
