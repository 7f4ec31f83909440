/**
 * Secrets: the http store's token and header values never appear in an error (message, stack, cause
 * chain, JSON, util.inspect), an event, a console line or a prompt's toJSON(), even when a hostile or
 * buggy server echoes them back. Every emitted string is collected and grepped.
 */
import { inspect } from 'node:util';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { memorySnapshot } from '../../src/client/snapshot.js';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { httpStore } from '../../src/stores/http.js';
import type { PromptEvent } from '../../src/telemetry/events.js';
import { manualTime } from '../helpers/manual-time.js';

const BASE = 'https://prompts.secret.test';
const TOKEN = 'sk-test-SECRET-123';
const HEADER_SECRET = 'hdr-SECRET-456';
const SECRETS = [TOKEN, HEADER_SECRET, 'SECRET'];

const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterEach(() => msw.resetHandlers());
afterAll(() => msw.close());

/** Every string promptops lets out: errors, events, console calls, prompt JSON. */
const emitted: string[] = [];

/** Everything that can be read off an error, down its cause chain. */
function collectError(error: unknown, depth = 0): void {
  if (depth > 10 || error === undefined || error === null) return;
  emitted.push(String(error));
  emitted.push(inspect(error, { depth: 10, showHidden: true }));
  try {
    emitted.push(JSON.stringify(error) ?? '');
  } catch (cycle) {
    emitted.push(String(cycle));
  }
  if (error instanceof Error) {
    emitted.push(error.message, error.stack ?? '');
    for (const key of Reflect.ownKeys(error)) {
      emitted.push(inspect((error as unknown as Record<PropertyKey, unknown>)[key], { depth: 10, showHidden: true }));
    }
    collectError(error.cause, depth + 1);
    if (error instanceof AggregateError) for (const inner of error.errors) collectError(inner, depth + 1);
  }
}

function collectEvent(event: PromptEvent): void {
  emitted.push(JSON.stringify(event), inspect(event, { depth: 10, showHidden: true }));
  if ('error' in event) collectError(event.error);
}

function serve(handler: (request: Request) => Response | Promise<Response>): void {
  msw.use(http.all(`${BASE}/*`, ({ request }) => handler(request)));
}

/** A server that echoes the credentials it received, the way some proxies and frameworks do. */
const echo = (request: Request) =>
  `got Authorization=${request.headers.get('authorization')} X-Api-Key=${request.headers.get('x-api-key')} token ${TOKEN}`;

const record: PromptRecord = { name: 'support/greeting', version: '1.0.0', type: 'text', template: 'Hi {{who}}' };

function makeStore(timeoutMs = 2_000) {
  return httpStore({
    url: BASE,
    token: TOKEN,
    headers: { 'X-Api-Key': HEADER_SECRET },
    timeoutMs,
    retry: { backoffMs: 0, random: () => 0.5 },
  });
}

function makeClient(timeoutMs?: number) {
  const client = createPromptClient({
    store: makeStore(timeoutMs),
    clock: manualTime(1_000_000).clock,
    timers: manualTime().timers,
    snapshot: memorySnapshot(),
    hooks: { onEvent: collectEvent },
  });
  for (const type of ['fetch', 'render', 'refresh', 'error'] as const) client.on(type, collectEvent);
  return client;
}

async function drive(handler: (request: Request) => Response | Promise<Response>, timeoutMs?: number): Promise<void> {
  serve(handler);
  const store = makeStore(timeoutMs);
  for (const call of [
    () => store.resolve('support/greeting', 'latest'),
    () => store.listVersions('support/greeting'),
    () => store.getVersion('support/greeting', '1.0.0'),
    () => store.list(),
  ]) {
    await call().then(
      (value) => emitted.push(JSON.stringify(value) ?? ''),
      (error: unknown) => collectError(error),
    );
  }
  const client = makeClient(timeoutMs);
  await client.getPrompt('support/greeting').then(
    (p) => emitted.push(JSON.stringify(p.toJSON()), inspect(p, { depth: 10 })),
    (error: unknown) => collectError(error),
  );
  await client.getPrompt('support/greeting', { fallback: 'Hello {{who}}' }).then(
    (p) => emitted.push(JSON.stringify(p.toJSON()), inspect(p, { depth: 10 }), p.render({ who: 'x' })),
    (error: unknown) => collectError(error),
  );
  await client.close();
  emitted.push(inspect(store, { depth: 10, showHidden: true }), JSON.stringify(store) ?? '');
}

describe('no secret in anything emitted', () => {
  const consoleCalls: string[] = [];
  beforeAll(() => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleCalls.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 10 }))).join(' '));
      });
    }
  });
  afterAll(() => vi.restoreAllMocks());

  it('401 and 403 answers that echo the credentials', async () => {
    await drive((request) =>
      HttpResponse.json({ error: { code: 'unauthorized', message: echo(request) } }, { status: 401 }),
    );
    await drive((request) =>
      HttpResponse.json({ error: { code: 'forbidden', message: echo(request) } }, { status: 403 }),
    );
    await drive(
      (request) => new HttpResponse(echo(request), { status: 401, headers: { 'WWW-Authenticate': `Bearer ${TOKEN}` } }),
    );
  });

  it('500 bursts, with the credentials in the body and in a header', async () => {
    await drive(
      (request) =>
        new HttpResponse(`<pre>${echo(request)}</pre>`, { status: 500, headers: { 'X-Debug': `Bearer ${TOKEN}` } }),
    );
    await drive((request) =>
      HttpResponse.json({ error: { code: 'internal', message: echo(request) } }, { status: 503 }),
    );
  });

  it('network errors and timeouts', async () => {
    await drive(() => HttpResponse.error());
    await drive(async () => {
      await delay(1_000);
      return HttpResponse.json({});
    }, 30);
  });

  it('malformed answers that quote the credentials, and a good answer', async () => {
    await drive(
      (request) =>
        new HttpResponse(`{"name": "${echo(request)}"`, {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    await drive((request) => HttpResponse.json({ ...record, template: 1, note: echo(request) }));
    const hashed = { ...record, hash: await computeHash(record) };
    await drive(() => HttpResponse.json(hashed));
  });

  it('the scan: not one emitted string holds a secret', () => {
    const all = [...emitted, ...consoleCalls];
    // The scan saw a real volume of output, including the echoed texts around the redactions.
    expect(all.length).toBeGreaterThan(200);
    expect(all.some((s) => s.includes('X-Api-Key='))).toBe(true);
    const leaks = all.filter((s) => SECRETS.some((secret) => s.includes(secret)));
    expect(leaks.map((s) => s.slice(0, 300))).toEqual([]);
    process.stdout.write(`secrets: scanned ${all.length} strings (${all.join('').length} characters), 0 leaks\n`);
  });
});

describe('redaction with short header values beside long secrets', () => {
  it('a one-character header value neither splits a longer secret nor garbles the message', async () => {
    const apiKey = 'KEY-LONG-SECRET-123';
    serve((request) => HttpResponse.json({ error: { code: 'internal', message: echo(request) } }, { status: 500 }));
    const store = httpStore({
      url: BASE,
      token: TOKEN,
      headers: { 'X-Tenant': '1', 'X-Api-Key': apiKey },
      retry: false,
    });
    const error = await store.listVersions('support/greeting').then(
      () => {
        throw new Error('expected a refusal');
      },
      (e: unknown) => e,
    );
    const text = `${String(error)}\n${inspect(error, { depth: 10 })}`;
    // Before: '1' was replaced first, leaving 'KEY-LONG-SECRET-[redacted]23' (the secret, minus one char).
    expect(text).not.toContain('LONG-SECRET');
    expect(text).not.toContain('SECRET-123');
    expect(text).not.toContain(TOKEN);
    // A short value of a non-credential header is data: the message stays readable.
    expect(text).toContain('X-Api-Key=[redacted]');
    expect(text).not.toMatch(/\[redacted\]\d|\d\[redacted\]/);
  });

  it('a short value of a credential-named header is still redacted', async () => {
    serve(() => HttpResponse.json({ error: { code: 'internal', message: 'your key k9 is wrong' } }, { status: 500 }));
    const store = httpStore({ url: BASE, headers: { 'X-Api-Key': 'k9' }, retry: false });
    const error = await store.listVersions('support/greeting').then(
      () => {
        throw new Error('expected a refusal');
      },
      (e: unknown) => e,
    );
    expect(String(error)).not.toContain('k9');
    expect(String(error)).toContain('[redacted]');
  });
});
