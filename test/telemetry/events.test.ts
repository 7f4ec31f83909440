/**
 * Every event the client emits, checked field by field: fetch (cache hit / miss / stale / inflight;
 * source store / cache / stale / snapshot / fallback), render, refresh, error; the per-type hooks,
 * `client.on` and its unsubscribe; failing listeners; and that no variable value reaches an event
 * unless `telemetry.includeInputs`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { memorySnapshot } from '../../src/client/snapshot.js';
import { PromptInputError, PromptNotFoundError, StoreError } from '../../src/errors.js';
import type { PromptEvent } from '../../src/telemetry/events.js';
import { FakeStore, networkError, recorder, text } from '../client/fakes.js';
import { manualTime } from '../helpers/manual-time.js';
import { HANG_MS } from '../helpers/wait.js';

const TTL = 1_000;
const records = [
  text('support/greeting', '1.0.0', 'Hi {{customer}}'),
  text('support/greeting', '1.1.0', 'Hello {{customer}}'),
];
const SECRET = 'sk-live-SECRET-4242';

afterEach(() => {
  vi.restoreAllMocks();
});

function setup(extra: Parameters<typeof createPromptClient>[0] extends infer O ? Partial<O> : never = {}) {
  const store = new FakeStore(records);
  const clock = manualTime(1_000_000).clock;
  const recorded = recorder();
  const client = createPromptClient({
    store,
    clock,
    cache: { ttlMs: TTL, maxStaleMs: 10 * TTL },
    hooks: { onEvent: recorded.listener },
    ...extra,
  });
  return { store, clock, recorded, client };
}

describe('fetch events', () => {
  it('miss → store, then hit → cache, each with every field', async () => {
    const { recorded, client, clock } = setup();
    const p = await client.getPrompt('support/greeting');
    clock.advance(10);
    await client.getPrompt('support/greeting');
    expect(recorded.of('fetch')).toEqual([
      {
        type: 'fetch',
        name: 'support/greeting',
        selector: 'latest',
        version: '1.1.0',
        hash: p.hash,
        store: 'fake',
        cache: 'miss',
        source: 'store',
        durationMs: 0,
      },
      {
        type: 'fetch',
        name: 'support/greeting',
        selector: 'latest',
        version: '1.1.0',
        hash: p.hash,
        store: 'fake',
        cache: 'hit',
        source: 'cache',
        durationMs: 0,
      },
    ]);
  });

  it('measures durationMs of a store load with the injected clock', async () => {
    const { recorded, client, clock, store } = setup();
    const release = store.hold();
    const pending = client.getPrompt('support/greeting@1.0.0');
    await Promise.resolve();
    clock.advance(25);
    release();
    await pending;
    expect(recorded.of('fetch')[0]?.durationMs).toBe(25);
  });

  it('inflight: concurrent cold calls share one load, the joiners say so', async () => {
    const { recorded, client, store } = setup();
    const release = store.hold();
    const all = Promise.all([client.getPrompt('support/greeting'), client.getPrompt('support/greeting')]);
    release();
    await all;
    expect(recorded.of('fetch').map((e) => `${e.cache}/${e.source}`)).toEqual(['miss/store', 'inflight/store']);
  });

  it('stale: served stale with a refresh event after the background refresh', async () => {
    const { recorded, client, clock, store } = setup();
    await client.getPrompt('support/greeting');
    clock.advance(TTL);
    store.put(text('support/greeting', '1.2.0', 'Hey {{customer}}'));
    const refreshed = recorded.next('refresh');
    await client.getPrompt('support/greeting');
    expect(recorded.of('fetch')[1]).toMatchObject({ cache: 'stale', source: 'stale', version: '1.1.0' });
    expect(await refreshed).toEqual({
      type: 'refresh',
      name: 'support/greeting',
      selector: 'latest',
      ok: true,
      fromVersion: '1.1.0',
      toVersion: '1.2.0',
    });
  });

  it('a failed refresh says ok: false with the error and no toVersion', async () => {
    const { recorded, client, clock, store } = setup();
    await client.getPrompt('support/greeting');
    clock.advance(TTL);
    store.failure = networkError();
    const refreshed = recorded.next('refresh');
    await client.getPrompt('support/greeting');
    const event = await refreshed;
    expect(Object.keys(event).sort()).toEqual(['error', 'fromVersion', 'name', 'ok', 'selector', 'type']);
    expect(event).toMatchObject({ ok: false, fromVersion: '1.1.0' });
    expect(event.error).toBeInstanceOf(StoreError);
  });

  it('snapshot: a cold start with the store down serves the snapshot', async () => {
    const snapshot = memorySnapshot();
    const warm = createPromptClient({ store: new FakeStore(records), snapshot, timers: manualTime().timers });
    await warm.getPrompt('support/greeting');
    await warm.close();
    const { recorded, client, store } = setup({ snapshot });
    store.failure = networkError();
    const p = await client.getPrompt('support/greeting');
    expect(recorded.of('fetch')).toEqual([
      expect.objectContaining({ cache: 'miss', source: 'snapshot', version: '1.1.0', hash: p.hash, store: 'fake' }),
    ]);
  });

  it('fallback: an error event for the failure, then a fetch with source fallback', async () => {
    const { recorded, client, store } = setup();
    store.failure = networkError();
    const p = await client.getPrompt('support/greeting', { fallback: 'Hello {{customer}}!' });
    expect(p.source).toBe('fallback');
    const [error, fetch] = recorded.events;
    expect(error).toMatchObject({ type: 'error', name: 'support/greeting', selector: 'latest', stage: 'fetch' });
    expect((error as Extract<PromptEvent, { type: 'error' }>).error).toBeInstanceOf(StoreError);
    expect(fetch).toEqual({
      type: 'fetch',
      name: 'support/greeting',
      selector: 'latest',
      version: '0.0.0',
      hash: p.hash,
      store: 'fake',
      cache: 'miss',
      source: 'fallback',
      durationMs: 0,
    });
  });
});

describe('render and error events', () => {
  it("error: a failing snapshot write says stage 'snapshot'", async () => {
    const timers = manualTime().timers;
    const recorded = recorder();
    const snapshot = {
      read: async () => undefined,
      write: async () => {
        throw new Error('disk full');
      },
    };
    const client = createPromptClient({
      store: new FakeStore(records),
      snapshot,
      timers,
      hooks: { onError: recorded.listener },
    });
    await client.getPrompt('support/greeting');
    timers.runAll();
    await client.close();
    await vi.waitFor(() => expect(recorded.of('error').length).toBeGreaterThan(0), { timeout: HANG_MS });
    for (const error of recorded.of('error')) {
      expect(error).toMatchObject({ type: 'error', name: '(snapshot)', stage: 'snapshot' });
      expect(error.error.message).toContain('disk full');
    }
  });

  it('render: name, version, hash, durationMs, chars, inputKeys; no values', async () => {
    const { recorded, client } = setup();
    const p = await client.getPrompt('support/greeting');
    p.render({ customer: SECRET });
    expect(recorded.of('render')).toEqual([
      {
        type: 'render',
        name: 'support/greeting',
        version: '1.1.0',
        hash: p.hash,
        durationMs: 0,
        chars: `Hello ${SECRET}`.length,
        inputKeys: ['customer'],
      },
    ]);
  });

  it('error: getPrompt of an unknown name', async () => {
    const { recorded, client } = setup();
    await expect(client.getPrompt('support/greting')).rejects.toBeInstanceOf(PromptNotFoundError);
    const [error] = recorded.of('error');
    expect(Object.keys(error ?? {}).sort()).toEqual(['error', 'name', 'selector', 'stage', 'type']);
    expect(error).toMatchObject({ type: 'error', name: 'support/greting', selector: 'latest', stage: 'fetch' });
    expect(error?.error).toBeInstanceOf(PromptNotFoundError);
  });

  it('error: render with invalid input, rethrown to the caller', async () => {
    const { recorded, client } = setup();
    const p = await client.getPrompt('support/greeting');
    expect(() => p.render({ customer: 42, extra: SECRET })).toThrow(PromptInputError);
    const [error] = recorded.of('error');
    expect(error).toMatchObject({ type: 'error', name: 'support/greeting', selector: 'latest', stage: 'render' });
    expect(error?.error).toBeInstanceOf(PromptInputError);
  });
});

describe('no variable value in any event unless includeInputs', () => {
  async function everything(includeInputs: boolean): Promise<string> {
    const { recorded, client, clock, store } = setup({ telemetry: { includeInputs } });
    const p = await client.getPrompt('support/greeting');
    p.render({ customer: SECRET });
    p.render({ customer: SECRET, unused: SECRET }, { strict: false });
    expect(() => p.render({ other: SECRET })).toThrow(PromptInputError);
    store.put(text('typed', '1.0.0', 'T {{customer}}', { input: { schema: { customer: 'string' } } }));
    const typed = await client.getPrompt('typed');
    expect(() => typed.render({ customer: { token: SECRET } })).toThrow(PromptInputError);
    expect(() => typed.render({ customer: 'Ada', extra: SECRET })).toThrow(PromptInputError);
    clock.advance(TTL);
    store.failure = networkError();
    const refreshed = recorded.next('refresh');
    await client.getPrompt('support/greeting');
    await refreshed;
    await client
      .getPrompt('nope', { fallback: `fallback ${'{{customer}}'}` })
      .then((f) => f.render({ customer: SECRET }));
    return JSON.stringify(recorded.events, (_k, v) =>
      v instanceof Error ? { name: v.name, message: v.message, ...(v as object) } : v,
    );
  }

  it('never by default (serialised events, error messages included, do not contain the secret)', async () => {
    const serialized = await everything(false);
    expect(serialized).toContain('"type":"render"');
    expect(serialized).not.toContain(SECRET);
    expect(serialized).not.toContain('SECRET');
  });

  it('in render events only, with includeInputs', async () => {
    const serialized = await everything(true);
    expect(serialized).toContain(SECRET);
    const events = JSON.parse(serialized) as Array<{ type: string; inputs?: unknown }>;
    expect(events.filter((e) => JSON.stringify(e).includes(SECRET)).every((e) => e.type === 'render')).toBe(true);
    expect(events.find((e) => e.type === 'render')?.inputs).toEqual({ customer: SECRET });
  });
});

describe('hooks and listeners', () => {
  it('calls each per-type hook with its own type only, and onEvent with all', async () => {
    const seen: string[] = [];
    const client = createPromptClient({
      store: new FakeStore(records),
      hooks: {
        onFetch: (e) => {
          seen.push(`fetch:${e.type}`);
        },
        onRender: (e) => {
          seen.push(`render:${e.type}`);
        },
        onError: (e) => {
          seen.push(`error:${e.type}`);
        },
        onRefresh: (e) => {
          seen.push(`refresh:${e.type}`);
        },
        onEvent: (e) => {
          seen.push(`any:${e.type}`);
        },
      },
    });
    const p = await client.getPrompt('support/greeting');
    p.render({ customer: 'Ada' });
    await client.getPrompt('missing').catch(() => undefined);
    expect(seen).toEqual(['fetch:fetch', 'any:fetch', 'render:render', 'any:render', 'error:error', 'any:error']);
  });

  it('client.on(type) is typed per type and returns an unsubscribe', async () => {
    const { client } = setup();
    const chars: number[] = [];
    const off = client.on('render', (e) => {
      chars.push(e.chars); // typed: RenderEvent
    });
    const p = await client.getPrompt('support/greeting');
    p.render({ customer: 'A' });
    off();
    off();
    p.render({ customer: 'B' });
    expect(chars).toEqual(['Hello A'.length]);
  });

  it('a throwing or rejecting listener never breaks the caller; each failure goes to onListenerError', async () => {
    const failures: Array<[string, string]> = [];
    const client = createPromptClient({
      store: new FakeStore(records),
      hooks: {
        onFetch: () => {
          throw new Error('sync bug');
        },
        onRender: async () => {
          throw new Error('async bug');
        },
        onListenerError: (error, event) => {
          failures.push([(error as Error).message, event.type]);
        },
      },
    });
    const p = await client.getPrompt('support/greeting');
    expect(p.render({ customer: 'Ada' })).toBe('Hello Ada');
    await vi.waitFor(() => expect(failures).toHaveLength(2), { timeout: HANG_MS });
    expect(failures).toEqual([
      ['sync bug', 'fetch'],
      ['async bug', 'render'],
    ]);
  });

  it('without onListenerError, warns once per failing listener', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = createPromptClient({
      store: new FakeStore(records),
      hooks: {
        onRender: () => {
          throw new Error('bug');
        },
      },
    });
    const p = await client.getPrompt('support/greeting');
    for (let i = 0; i < 5; i++) expect(p.render({ customer: 'Ada' })).toBe('Hello Ada');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('a "render" event listener failed');
  });
});
