/**
 * Every cache transition, with a fake clock (no test sleeps): fresh, stale, refresh ok, refresh
 * failed, 404 on refresh, max stale exceeded, invalidate, watch, in-flight sharing, LRU bound.
 */
import { describe, expect, it } from 'vitest';
import { PromptCache } from '../../src/client/cache.js';
import { createPromptClient, REFRESH_RETRY_MS } from '../../src/client/client.js';
import { PromptNotFoundError, StoreError, VersionNotFoundError } from '../../src/errors.js';
import { rejectionOf } from '../helpers/errors.js';
import { manualTime } from '../helpers/manual-time.js';
import { FakeStore, networkError, recorder, text } from './fakes.js';

const TTL = 60_000;
const MAX_STALE = 3_600_000;

function setup(records = [text('x', '1.0.0', 'x1 {{v}}')], storeOptions = {}) {
  const store = new FakeStore(records, storeOptions);
  const clock = manualTime(1_000_000).clock;
  const recorded = recorder();
  const client = createPromptClient({
    store,
    clock,
    cache: { ttlMs: TTL, maxStaleMs: MAX_STALE },
    hooks: { onEvent: recorded.listener },
  });
  const fetches = () => recorded.of('fetch').map((e) => `${e.cache}/${e.source}/${e.version}`);
  return { store, clock, recorded, client, fetches };
}

describe('fresh', () => {
  it('serves from the cache within ttlMs without asking the store', async () => {
    const { store, clock, client, fetches } = setup();
    await client.getPrompt('x');
    clock.advance(TTL - 1);
    const p = await client.getPrompt('x');
    expect(p.source).toBe('cache');
    expect(store.calls.resolve).toBe(1);
    expect(fetches()).toEqual(['miss/store/1.0.0', 'hit/cache/1.0.0']);
  });

  it('never ages an exact version', async () => {
    const { store, clock, client } = setup();
    await client.getPrompt('x@1.0.0');
    clock.advance(TTL + MAX_STALE + 1);
    store.failure = networkError();
    expect((await client.getPrompt('x@1.0.0')).source).toBe('cache');
    expect(store.calls.getVersion).toBe(1);
  });
});

describe('stale', () => {
  it('serves stale after ttlMs while one background refresh runs, then the refreshed version', async () => {
    const { store, clock, client, recorded, fetches } = setup();
    await client.getPrompt('x');
    store.put(text('x', '1.1.0', 'x2 {{v}}'));
    clock.advance(TTL);
    const release = store.hold();
    const refreshed = recorded.next('refresh');
    const stale = await Promise.all(Array.from({ length: 10 }, () => client.getPrompt('x')));
    expect(stale.map((p) => `${p.source}:${p.version}`)).toEqual(Array(10).fill('stale:1.0.0'));
    expect(store.calls.resolve).toBe(2); // one refresh for ten stale reads
    release();
    expect(await refreshed).toMatchObject({
      type: 'refresh',
      name: 'x',
      selector: 'latest',
      ok: true,
      fromVersion: '1.0.0',
      toVersion: '1.1.0',
    });
    const fresh = await client.getPrompt('x');
    expect(`${fresh.source}:${fresh.version}`).toBe('cache:1.1.0');
    expect(fresh.render({ v: 1 })).toBe('x2 1');
    expect(fetches().at(-1)).toBe('hit/cache/1.1.0');
    expect(store.calls.resolve).toBe(2);
  });

  it('refresh ok with the same version keeps the compiled prompt and restarts the ttl', async () => {
    const { store, clock, client, recorded } = setup();
    const first = await client.getPrompt('x');
    clock.advance(TTL);
    const refreshed = recorded.next('refresh');
    await client.getPrompt('x');
    expect(await refreshed).toMatchObject({ ok: true, fromVersion: '1.0.0', toVersion: '1.0.0' });
    clock.advance(TTL - 1);
    const again = await client.getPrompt('x');
    expect(again.source).toBe('cache');
    expect(again.variables).toBe(first.variables); // same compiled object
    expect(store.calls.resolve).toBe(2);
  });

  it('refresh failed: keeps serving stale, emits refresh ok:false, retries no sooner than the retry delay', async () => {
    const { store, clock, client, recorded } = setup();
    await client.getPrompt('x');
    clock.advance(TTL);
    store.failure = networkError();
    const failed = recorded.next('refresh');
    expect((await client.getPrompt('x')).source).toBe('stale');
    const event = await failed;
    expect(event).toMatchObject({ ok: false, fromVersion: '1.0.0' });
    expect(event.error).toBeInstanceOf(StoreError);
    expect(store.calls.resolve).toBe(2);

    clock.advance(REFRESH_RETRY_MS - 1);
    expect((await client.getPrompt('x')).source).toBe('stale');
    expect(store.calls.resolve).toBe(2); // too soon to retry
    clock.advance(1);
    const second = recorded.next('refresh');
    expect((await client.getPrompt('x')).source).toBe('stale');
    await second;
    expect(store.calls.resolve).toBe(3);

    store.failure = undefined;
    clock.advance(REFRESH_RETRY_MS);
    const ok = recorded.next('refresh');
    await client.getPrompt('x');
    expect((await ok).ok).toBe(true);
    expect((await client.getPrompt('x')).source).toBe('cache');
  });

  it('refresh finds the name gone (404): drops the entry at once; the next get fails properly', async () => {
    const { store, clock, client, recorded } = setup();
    await client.getPrompt('x');
    clock.advance(TTL);
    store.remove('x');
    const refreshed = recorded.next('refresh');
    expect((await client.getPrompt('x')).source).toBe('stale');
    const event = await refreshed;
    expect(event.ok).toBe(false);
    expect(event.error).toBeInstanceOf(PromptNotFoundError);
    await expect(client.getPrompt('x')).rejects.toBeInstanceOf(PromptNotFoundError);
  });

  it('refresh finds the label gone (listVersions path): drops the entry', async () => {
    const { store, clock, client, recorded } = setup([text('x', '1.0.0', 'x', { labels: ['production'] })], {
      resolve: false,
    });
    await client.getPrompt('x@production');
    clock.advance(TTL);
    store.put(text('x', '1.0.0', 'x'));
    const refreshed = recorded.next('refresh');
    await client.getPrompt('x@production');
    expect((await refreshed).error).toBeInstanceOf(VersionNotFoundError);
    await expect(client.getPrompt('x@production')).rejects.toBeInstanceOf(VersionNotFoundError);
  });

  it('a refresh that finds a tampered record keeps serving the good stale version', async () => {
    const { store, clock, client, recorded } = setup();
    const good = await client.getPrompt('x');
    clock.advance(TTL);
    store.put({ ...text('x', '1.0.0', 'tampered {{v}}'), hash: good.hash });
    const refreshed = recorded.next('refresh');
    await client.getPrompt('x');
    expect((await refreshed).error?.name).toBe('IntegrityError');
    expect((await client.getPrompt('x')).render({ v: 1 })).toBe('x1 1');
  });

  it('max stale exceeded: the entry is not served; a dead store then fails saying so', async () => {
    const { store, clock, client } = setup();
    await client.getPrompt('x');
    store.failure = networkError();
    clock.advance(TTL + MAX_STALE - 1);
    expect((await client.getPrompt('x')).source).toBe('stale');
    clock.advance(1);
    const error = await rejectionOf(client.getPrompt('x'));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain('the fake store failed (StoreError: connect ECONNREFUSED');
    expect((error as Error).message).toContain('older than cache.maxStaleMs');
    expect((error as Error).message).toContain('no snapshot configured');
    expect((error as Error).message).toContain('no fallback given');
  });

  it('max stale exceeded with a live store: loads in the foreground', async () => {
    const { store, clock, client, fetches } = setup();
    await client.getPrompt('x');
    clock.advance(TTL + MAX_STALE);
    expect((await client.getPrompt('x')).source).toBe('store');
    expect(store.calls.resolve).toBe(2);
    expect(fetches()).toEqual(['miss/store/1.0.0', 'miss/store/1.0.0']);
  });
});

describe('invalidate', () => {
  it('drops exactly that name: every selector and version, never "ab" or "a/b"', async () => {
    const { store, client } = setup([text('a', '1.0.0', 'a'), text('ab', '1.0.0', 'ab'), text('a/b', '1.0.0', 'a/b')]);
    for (const spec of ['a', 'a@1.0.0', 'a@^1', 'ab', 'a/b']) await client.getPrompt(spec);
    const before = { ...store.calls };
    client.invalidate('a');
    for (const spec of ['a', 'a@1.0.0', 'a@^1', 'ab', 'a/b']) await client.getPrompt(spec);
    expect(store.calls.resolve - before.resolve).toBe(2); // 'a' and 'a@^1'
    expect(store.calls.getVersion - before.getVersion).toBe(1); // 'a@1.0.0'
  });

  it('without a name, drops everything', async () => {
    const { store, client } = setup([text('a', '1.0.0', 'a'), text('b', '1.0.0', 'b')]);
    await client.getPrompt('a');
    await client.getPrompt('b');
    client.invalidate();
    await client.getPrompt('a');
    await client.getPrompt('b');
    expect(store.calls.resolve).toBe(4);
  });

  it('a load under way when its name is invalidated is returned but not cached', async () => {
    const { store, client } = setup();
    const release = store.hold();
    const pending = client.getPrompt('x');
    await Promise.resolve();
    client.invalidate('x');
    release();
    expect((await pending).version).toBe('1.0.0');
    await client.getPrompt('x');
    expect(store.calls.resolve).toBe(2);
  });

  it('a store with watch() invalidates the changed name; close() unsubscribes', async () => {
    const { store, client } = setup([text('a', '1.0.0', 'a'), text('b', '1.0.0', 'b')], { watch: true });
    expect(store.listeners.size).toBe(1);
    await client.getPrompt('a');
    await client.getPrompt('b');
    store.put(text('a', '1.1.0', 'a2'));
    store.changed('a');
    expect((await client.getPrompt('a')).version).toBe('1.1.0');
    expect((await client.getPrompt('b')).source).toBe('cache');
    expect(store.calls.resolve).toBe(3);
    await client.close();
    expect(store.listeners.size).toBe(0);
  });
});

describe('in-flight sharing', () => {
  it('1,000 concurrent cold getPrompt("x") make exactly one store call', async () => {
    const { store, client, fetches } = setup();
    const prompts = await Promise.all(Array.from({ length: 1000 }, () => client.getPrompt('x')));
    expect(store.totalCalls).toBe(1);
    expect(new Set(prompts.map((p) => p.version))).toEqual(new Set(['1.0.0']));
    const counts = fetches().reduce<Record<string, number>>((acc, f) => {
      acc[f] = (acc[f] ?? 0) + 1;
      return acc;
    }, {});
    expect(counts).toEqual({ 'miss/store/1.0.0': 1, 'inflight/store/1.0.0': 999 });
  });

  it('without store.resolve: one listVersions and one getVersion', async () => {
    const { store, client } = setup(undefined, { resolve: false });
    await Promise.all(Array.from({ length: 1000 }, () => client.getPrompt('x')));
    expect(store.calls).toMatchObject({ listVersions: 1, getVersion: 1 });
  });

  it('tier 1: selectors resolving to one version share one compiled prompt', async () => {
    const { store, client } = setup([text('x', '1.0.0', 'x {{v}}'), text('x', '0.9.0', 'old')]);
    const release = store.hold();
    const pending = Promise.all([client.getPrompt('x'), client.getPrompt('x@^1'), client.getPrompt('x@1.0.0')]);
    release();
    const [a, b, c] = await pending;
    expect(a.variables).toBe(b.variables);
    expect(b.variables).toBe(c.variables);
  });

  it('concurrent loads of one failing key share the failure', async () => {
    const { store, client } = setup();
    store.failure = networkError();
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => client.getPrompt('x')));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(store.totalCalls).toBe(1);
  });

  it('PromptCache.shareCompile runs start once per key and forgets the key when done', async () => {
    const cache = new PromptCache({ max: 10, ttlMs: 1, maxStaleMs: 1 }, () => 0);
    let started = 0;
    const start = async () => {
      started++;
      return 42;
    };
    const first = cache.shareCompile('k', 'n', start as never);
    const second = cache.shareCompile('k', 'n', start as never);
    expect(first.joined).toBe(false);
    expect(second.joined).toBe(true);
    expect(cache.size.inFlight).toBe(1);
    expect(await first.promise).toBe(42);
    expect(started).toBe(1);
    expect(cache.size.inFlight).toBe(0);
  });
});

describe('bounds and cache: false', () => {
  it('LRU: keeps at most `max` versions; the least recently used is loaded again', async () => {
    const records = ['1.0.0', '1.1.0', '1.2.0'].map((v) => text('x', v, `x ${v}`));
    const store = new FakeStore(records);
    const client = createPromptClient({ store, cache: { max: 2 } });
    const first = await client.getPrompt('x@1.0.0');
    await client.getPrompt('x@1.1.0');
    await client.getPrompt('x@1.2.0');
    expect(store.calls.getVersion).toBe(3);
    await client.getPrompt('x@1.2.0');
    await client.getPrompt('x@1.1.0');
    expect(store.calls.getVersion).toBe(3);
    const again = await client.getPrompt('x@1.0.0');
    expect(store.calls.getVersion).toBe(4);
    expect(again.variables).not.toBe(first.variables); // compiled again
  });

  it('cache: false asks the store every time, still sharing concurrent loads', async () => {
    const store = new FakeStore([text('x', '1.0.0', 'x')]);
    const client = createPromptClient({ store, cache: false });
    await client.getPrompt('x');
    await client.getPrompt('x');
    expect(store.calls.resolve).toBe(2);
    await Promise.all(Array.from({ length: 100 }, () => client.getPrompt('x')));
    expect(store.calls.resolve).toBe(3);
  });
});
