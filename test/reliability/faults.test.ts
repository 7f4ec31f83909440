/**
 * The fault matrix (docs/reliability.md): each row drives a real `httpStore` through one failure, against
 * the reference server on loopback, a raw `node:net` server, or msw, and checks two things: what the
 * caller sees, and that no cached or snapshotted prompt is lost or replaced by a bad one.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPromptClient, type PromptClient } from '../../src/client/client.js';
import { memorySnapshot } from '../../src/client/snapshot.js';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { IntegrityError, PromptFormatError, StoreError } from '../../src/errors.js';
import { createPromptServer } from '../../src/server/server.js';
import { httpStore } from '../../src/stores/http.js';
import { memoryStore } from '../../src/stores/memory.js';
import type { PromptStore } from '../../src/stores/types.js';
import { recorder } from '../client/fakes.js';
import { rejectionOf } from '../helpers/errors.js';
import { type ManualTime, manualTime } from '../helpers/manual-time.js';

const BASE = 'https://prompts.test';
const NAME = 'support/greeting';
const GOOD: PromptRecord = {
  name: NAME,
  version: '1.0.0',
  type: 'text',
  template: 'Hello {{customer}}',
  labels: ['production'],
};
const BAD: PromptRecord = { name: NAME, version: '1.1.0', type: 'text', template: 'PWNED {{customer}}' };
const TTL = 1_000;

let goodHashed: PromptRecord;

type Fault = (request: Request) => Response | Promise<Response>;
let fault: Fault | undefined;

const msw = setupServer(
  http.get(`${BASE}/*`, ({ request }) => {
    if (fault !== undefined) return fault(request);
    return HttpResponse.json(goodHashed);
  }),
);

beforeAll(async () => {
  goodHashed = { ...GOOD, hash: await computeHash(GOOD) };
  // Loopback requests (the reference server, the reset server, closed ports) pass through.
  msw.listen({ onUnhandledRequest: 'bypass' });
});
afterEach(() => {
  fault = undefined;
});
afterAll(() => msw.close());

interface StoreOptions {
  timeoutMs?: number;
  retry?: false;
  /** The store's clock and timers: its deadlines and waits fire only when the test fires them. */
  time?: ManualTime;
}

/**
 * A store whose retries wait 0 ms (backoffMs: 0), counting the attempts it makes. Its deadline is a
 * minute unless a row says otherwise: only a real hang reaches it, never a loaded machine.
 */
function makeStore(url: string, options: StoreOptions = {}) {
  const attempts = { count: 0 };
  const store = httpStore({
    url,
    timeoutMs: options.timeoutMs ?? 60_000,
    retry: options.retry === false ? false : { backoffMs: 0, random: () => 0.5 },
    ...(options.time === undefined ? {} : { timers: options.time.timers, clock: options.time.clock }),
    fetch: (input, init) => {
      attempts.count++;
      return globalThis.fetch(input, init);
    },
  });
  return { store, attempts };
}

function makeClient(store: PromptStore, snapshot = memorySnapshot()) {
  const clock = manualTime(1_000_000).clock;
  const events = recorder();
  const client = createPromptClient({
    store,
    snapshot,
    clock,
    timers: manualTime().timers,
    cache: { ttlMs: TTL, max: 100 },
    hooks: { onEvent: events.listener },
  });
  return { client, clock, events, snapshot };
}

const rejection = rejectionOf;

/** The good prompt, exactly: same version, same hash, same rendering. */
async function expectGood(client: PromptClient, source: string): Promise<void> {
  const p = await client.getPrompt(NAME);
  expect(p.source).toBe(source);
  expect(p.version).toBe('1.0.0');
  expect(p.hash).toBe(goodHashed.hash);
  expect(p.render({ customer: 'Ada' })).toBe('Hello Ada');
}

/** The snapshot still holds the good record and only it. */
async function expectSnapshotGood(client: PromptClient, snapshot: ReturnType<typeof memorySnapshot>): Promise<void> {
  await client.close();
  const records = Object.values(snapshot.data?.records ?? {});
  expect(records.map((r) => `${r.version}:${r.hash}`)).toEqual([`1.0.0:${goodHashed.hash}`]);
  expect(JSON.stringify(snapshot.data)).not.toContain('PWNED');
}

/**
 * One msw row: warm a client on the good answer, let the entry go stale, switch the fault on, and
 * check that the good copy keeps being served while refreshes fail, and the snapshot keeps it.
 * `duringRefresh` runs while the background refresh is under way (to fire its deadline, say).
 */
async function staleSurvives(url: string, options: StoreOptions = {}, duringRefresh?: () => Promise<unknown>) {
  const { store } = makeStore(url, options);
  const { client, clock, events, snapshot } = makeClient(store);
  const saved = fault;
  fault = undefined;
  await expectGood(client, 'store');
  fault = saved;
  clock.advance(TTL + 1);
  const refreshed = events.next('refresh');
  await expectGood(client, 'stale');
  await duringRefresh?.();
  const refresh = await refreshed;
  expect(refresh.ok).toBe(false);
  await expectGood(client, 'stale');
  await expectSnapshotGood(client, snapshot);
  return refresh.error;
}

/** A port with nothing listening. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('fault matrix', () => {
  describe('server down at start (reference server on loopback)', () => {
    it('cold start with a snapshot: the snapshot is served, then the store again once it is back', async () => {
      const server = createPromptServer({ store: memoryStore([GOOD]) });
      const { url, port } = await server.listen({ port: 0, host: '127.0.0.1' });
      const snapshot = memorySnapshot();
      const first = makeClient(makeStore(url).store, snapshot);
      await expectGood(first.client, 'store');
      await first.client.close();
      await server.close();

      const { client } = makeClient(makeStore(`http://127.0.0.1:${port}`).store, snapshot);
      await expectGood(client, 'snapshot');
      await expectSnapshotGood(client, snapshot);
    });

    it('cold start with a fallback and no snapshot: the fallback is served and an error event says why', async () => {
      const { store } = makeStore(`http://127.0.0.1:${await closedPort()}`);
      const { client, events } = makeClient(store);
      const p = await client.getPrompt(NAME, { fallback: 'Hi {{customer}}' });
      expect(p.source).toBe('fallback');
      expect(p.render({ customer: 'Ada' })).toBe('Hi Ada');
      expect(events.of('error')[0]?.error).toBeInstanceOf(StoreError);
      await client.close();
    });

    it('cold start with nothing else: a clear, retryable StoreError saying what was tried', async () => {
      const { store, attempts } = makeStore(`http://127.0.0.1:${await closedPort()}`);
      const { client } = makeClient(store);
      const error = await rejection(client.getPrompt(NAME));
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).retryable).toBe(true);
      expect((error as Error).message).toMatch(/could not reach/i);
      expect((error as Error).message).toMatch(/fallback/);
      expect(attempts.count).toBe(3); // two retries first
      await client.close();
    });
  });

  it('server down mid-run: the stale copy is served, the snapshot keeps the good record', async () => {
    const server = createPromptServer({ store: memoryStore([GOOD]) });
    const { url } = await server.listen({ port: 0, host: '127.0.0.1' });
    const { client, clock, events, snapshot } = makeClient(makeStore(url).store);
    await expectGood(client, 'store');
    await server.close();
    clock.advance(TTL + 1);
    const refreshed = events.next('refresh');
    await expectGood(client, 'stale');
    const refresh = await refreshed;
    expect(refresh.ok).toBe(false);
    expect(refresh.error).toBeInstanceOf(StoreError);
    await expectGood(client, 'stale');
    await expectSnapshotGood(client, snapshot);
  });

  it('5xx burst: retried, then the answer after the burst is used', async () => {
    let failures = 0;
    fault = () => {
      if (failures < 2) {
        failures++;
        return HttpResponse.json({ error: { code: 'unavailable', message: 'busy' } }, { status: 503 });
      }
      return HttpResponse.json(goodHashed);
    };
    const { store, attempts } = makeStore(BASE);
    const { client, snapshot } = makeClient(store);
    await expectGood(client, 'store');
    expect(failures).toBe(2);
    expect(attempts.count).toBe(3);
    await expectSnapshotGood(client, snapshot);
  });

  it('5xx burst longer than the retries: a retryable StoreError; stale served meanwhile', async () => {
    fault = () => new HttpResponse('oops', { status: 502 });
    const { store } = makeStore(BASE);
    const error = await rejection(store.resolve(NAME, 'latest'));
    expect(error).toMatchObject({ name: 'StoreError', status: 502, retryable: true });
    expect(await staleSurvives(BASE)).toBeInstanceOf(StoreError);
  });

  it('429 with Retry-After: the store waits that long (on its timers), then the answer is used', async () => {
    let limited = false;
    fault = () => {
      if (!limited) {
        limited = true;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3' } });
      }
      return HttpResponse.json(goodHashed);
    };
    const time = manualTime();
    const { store } = makeStore(BASE, { timeoutMs: 5_000, time });
    // Fire the retry wait when it is armed; the 5 s deadlines stay pending (they never cut an answer short).
    const answer = await time.settle(store.resolve(NAME, 'latest'), (ms) => ms !== 5_000);
    expect(answer?.hash).toBe(goodHashed.hash);
    expect(time.fired).toEqual([3_000]);
  });

  it('slow responses past the timeout: a retryable StoreError per attempt; stale served meanwhile', async () => {
    fault = async () => {
      await delay('infinite');
      return HttpResponse.json(goodHashed);
    };
    // On the store's own timers: the call ends when the test fires its 50 ms deadline, whatever the load.
    const time = manualTime();
    const { store } = makeStore(BASE, { timeoutMs: 50, retry: false, time });
    const pending = rejection(store.resolve(NAME, 'latest'));
    expect(await time.fire((ms) => ms === 50)).toBe(50);
    const error = await pending;
    expect(error).toMatchObject({ name: 'StoreError', retryable: true });
    expect((error as Error).message).toMatch(/timed out|timeout/i);
    const later = manualTime();
    const survived = await staleSurvives(BASE, { timeoutMs: 50, retry: false, time: later }, () =>
      later.fire((ms) => ms === 50),
    );
    expect(survived).toBeInstanceOf(StoreError);
  });

  describe('connection reset (a node:net server that destroys every socket)', () => {
    let reset: Server;
    let resetUrl: string;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      reset = createServer((socket) => {
        sockets.add(socket);
        socket.once('data', () => socket.resetAndDestroy());
      });
      await new Promise<void>((resolve) => reset.listen(0, '127.0.0.1', resolve));
      resetUrl = `http://127.0.0.1:${(reset.address() as { port: number }).port}`;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => reset.close(() => resolve()));
    });

    it('is a retryable StoreError after the retries; a cold client with a snapshot serves the snapshot', async () => {
      const { store, attempts } = makeStore(resetUrl);
      const error = await rejection(store.resolve(NAME, 'latest'));
      expect(error).toMatchObject({ name: 'StoreError', retryable: true });
      expect(attempts.count).toBe(3);

      // Warm a snapshot through msw, then cold-start against the resetting server.
      const snapshot = memorySnapshot();
      const warm = makeClient(makeStore(BASE).store, snapshot);
      await expectGood(warm.client, 'store');
      await warm.client.close();
      const { client } = makeClient(makeStore(resetUrl).store, snapshot);
      await expectGood(client, 'snapshot');
      await expectSnapshotGood(client, snapshot);
    });
  });

  it('truncated JSON: a StoreError; stale served meanwhile', async () => {
    const body = JSON.stringify(goodHashed);
    fault = () =>
      new HttpResponse(body.slice(0, body.length / 2), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    const error = await rejection(makeStore(BASE).store.resolve(NAME, 'latest'));
    expect(error).toBeInstanceOf(StoreError);
    expect(await staleSurvives(BASE)).toBeInstanceOf(StoreError);
  });

  it('malformed JSON (valid JSON of the wrong shape: PromptFormatError; not JSON at all: StoreError); stale served meanwhile', async () => {
    fault = () => HttpResponse.json({ name: NAME, version: 42, template: ['x'] });
    expect(await rejection(makeStore(BASE).store.resolve(NAME, 'latest'))).toBeInstanceOf(PromptFormatError);
    fault = () => new HttpResponse('{"name": nope}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    expect(await rejection(makeStore(BASE).store.resolve(NAME, 'latest'))).toBeInstanceOf(StoreError);
    expect(await staleSurvives(BASE)).toBeInstanceOf(StoreError);
  });

  it('wrong content type (an HTML error page with status 200): a StoreError; stale served meanwhile', async () => {
    fault = () => HttpResponse.html('<html><body>Login required</body></html>');
    const error = await rejection(makeStore(BASE).store.resolve(NAME, 'latest'));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/content.type|json/i);
    expect(await staleSurvives(BASE)).toBeInstanceOf(StoreError);
  });

  it('a 50 MB body: refused while streaming, without reading it all; stale served meanwhile', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const fiftyMegabytes = () =>
      new HttpResponse(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (pulled >= 50 * 1024 * 1024) return controller.close();
            pulled += chunk.length;
            controller.enqueue(chunk);
          },
        }),
        { status: 200, headers: { 'Content-Type': 'application/json' } },
      );
    fault = fiftyMegabytes;
    const error = await rejection(makeStore(BASE).store.resolve(NAME, 'latest'));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/large|size|bytes|MB/i);
    expect(pulled).toBeLessThan(20 * 1024 * 1024);
    // Also with an honest Content-Length: refused before the body is read.
    fault = () =>
      new HttpResponse('x', {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'Content-Length': '52428800' },
      });
    expect(await rejection(makeStore(BASE).store.resolve(NAME, 'latest'))).toBeInstanceOf(StoreError);
    pulled = 0;
    fault = fiftyMegabytes;
    expect(await staleSurvives(BASE)).toBeInstanceOf(StoreError);
  });

  it('a record whose hash does not match: an IntegrityError; never served, cached or snapshotted', async () => {
    fault = () => HttpResponse.json({ ...BAD, version: '1.0.0', labels: ['production'], hash: goodHashed.hash });
    const error = await rejection(makeStore(BASE).store.resolve(NAME, 'latest'));
    expect(error).toBeInstanceOf(IntegrityError);
    // A cold client: the tampered record is refused even with a fallback at hand.
    const cold = makeClient(makeStore(BASE).store);
    expect(await rejection(cold.client.getPrompt(NAME, { fallback: 'x' }))).toBeInstanceOf(IntegrityError);
    await cold.client.close();
    expect(cold.snapshot.data).toBeUndefined();
    // A warm client keeps the good copy.
    expect(await staleSurvives(BASE)).toBeInstanceOf(IntegrityError);
  });
});

describe('soak', () => {
  it('10,000 getPrompt + render calls over 5 s of fake time, the store flapping every 500 ms', async () => {
    const NAMES = Array.from({ length: 20 }, (_, i) => `soak/p${i}`);
    const records = NAMES.map((name) => ({
      name,
      version: '1.0.0',
      type: 'text' as const,
      template: `${name} says hi to {{who}}`,
    }));
    const inner = memoryStore(records);
    const clock = manualTime(0).clock;
    let storeCalls = 0;
    let refused = 0;
    const down = () => Math.floor(clock.now() / 500) % 2 === 1;
    const gate = async () => {
      storeCalls++;
      if (down()) {
        refused++;
        throw new StoreError('flapping: down in this window', { store: 'flappy', retryable: true });
      }
    };
    const flappy: PromptStore = {
      name: 'flappy',
      async listVersions(name) {
        await gate();
        return inner.listVersions(name);
      },
      async getVersion(name, version) {
        await gate();
        return inner.getVersion(name, version);
      },
      async resolve(name, selector) {
        await gate();
        return inner.resolve?.(name, selector);
      },
    };
    const events = recorder();
    const MAX = 32;
    const snapshot = memorySnapshot();
    const client = createPromptClient({
      store: flappy,
      clock,
      snapshot,
      timers: manualTime().timers,
      cache: { ttlMs: 100, max: MAX },
      hooks: { onEvent: events.listener },
    });
    // Warm while the store is up.
    for (const name of NAMES) await client.getPrompt(name);

    const sources: Record<string, number> = {};
    let failed = 0;
    const CALLS = 10_000;
    for (let i = 0; i < CALLS; i++) {
      clock.advance(0.5); // 10,000 × 0.5 ms = 5 s of fake time
      // Let background work (hashing runs on the thread pool) land between calls, as real I/O would.
      if (i % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
      const name = NAMES[i % NAMES.length] as string;
      try {
        const p = await client.getPrompt(name);
        sources[p.source] = (sources[p.source] ?? 0) + 1;
        if (p.render({ who: 'Ada' }) !== `${name} says hi to Ada`) failed++;
      } catch {
        failed++;
      }
    }
    expect(failed).toBe(0);
    expect(clock.now()).toBe(5_000);
    expect(refused).toBeGreaterThan(0); // the store really was down half of the time
    expect(sources.stale).toBeGreaterThan(0);
    expect((sources.cache ?? 0) + (sources.stale ?? 0)).toBe(CALLS);
    // Background refreshes are bounded: one store call per name to warm, then at most one per name
    // per ttl (after a success) or per retry window (min(ttl, 5 s) after a failure), whatever the load.
    expect(storeCalls).toBeLessThanOrEqual(NAMES.length * (1 + 5_000 / 100));
    const soakStoreCalls = storeCalls;
    const soakRefused = refused;
    expect(events.of('refresh').filter((e) => !e.ok).length).toBeGreaterThan(0);

    // Bounded memory, by counting entries: load 3 × max one-off names, then check the LRU really
    // dropped the oldest (a hot name needs the store again) and the snapshot keeps at most `max`.
    const extra = Array.from({ length: MAX * 3 }, (_, i) => `soak/extra${i}`);
    for (const name of extra) await inner.putVersion({ name, version: '1.0.0', type: 'text', template: 'x' });
    clock.advance(1_000 - (clock.now() % 1_000)); // an "up" window
    for (const name of extra) await client.getPrompt(name);
    const before = storeCalls;
    const p = await client.getPrompt('soak/p0');
    expect(p.source).toBe('store');
    expect(storeCalls).toBe(before + 1);
    await client.close();
    expect(Object.keys(snapshot.data?.selectors ?? {}).length).toBeLessThanOrEqual(MAX);
    expect(Object.keys(snapshot.data?.records ?? {}).length).toBeLessThanOrEqual(MAX);
    console.info(
      `soak: ${CALLS} calls, ${failed} failed, sources ${JSON.stringify(sources)}, ${soakStoreCalls} store calls (${soakRefused} refused by the flapping store), ${events.of('refresh').length} refreshes`,
    );
  });
});
