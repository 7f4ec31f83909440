import { describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { DEFAULT_CACHE, resolveClientOptions } from '../../src/client/options.js';
import { ConfigError } from '../../src/errors.js';
import { thrownBy } from '../helpers/errors.js';
import { FakeStore } from './fakes.js';

const store = new FakeStore();

const configError = (options: unknown): ConfigError =>
  thrownBy(ConfigError, () => createPromptClient(options as never));

describe('createPromptClient options', () => {
  it('applies the documented defaults', () => {
    const resolved = resolveClientOptions({ store });
    expect(resolved.defaultSelector).toBe('latest');
    expect(resolved.cache).toEqual({ max: 1000, ttlMs: 60_000, maxStaleMs: 86_400_000 });
    expect(DEFAULT_CACHE).toEqual(resolved.cache);
    expect(resolved.strict).toBe(true);
    expect(resolved.includeInputs).toBe(false);
    expect(resolved.pins).toEqual({});
    expect(resolved.lockfile).toBeUndefined();
    expect(resolved.snapshot).toBeUndefined();
    expect(resolveClientOptions({ store, cache: { ttlMs: 5 } }).cache).toEqual({ ...DEFAULT_CACHE, ttlMs: 5 });
    expect(resolveClientOptions({ store, cache: false }).cache).toBe(false);
  });

  it.each([
    [undefined, '(options)', 'needs an options object'],
    [{}, 'store', 'must be a prompt store'],
    [{ store: { name: 'x' } }, 'store', "fileStore({ dir }) from 'promptops/fs'"],
    [{ store, cache: { ttlMs: -1 } }, 'cache.ttlMs', 'must be at least 0: a whole number of milliseconds'],
    [{ store, cache: { max: 0 } }, 'cache.max', 'must be greater than 0'],
    [{ store, cache: { maxStaleMs: 1.5 } }, 'cache.maxStaleMs', 'must be an integer'],
    [{ store, cache: { tll: 1 } }, 'cache.tll', 'unknown option "tll"'],
    [{ store, cache: 'yes' }, 'cache', 'pass false, or { max, ttlMs, maxStaleMs }'],
    [{ store, cahce: {} }, 'cahce', 'did you mean "cache"?'],
    [{ store, pins: { 'Bad Name': '1.0.0' } }, 'pins["Bad Name"]', 'not a prompt name'],
    [{ store, pins: { a: '!!' } }, 'pins.a', 'is not a selector'],
    [{ store, defaultSelector: '' }, 'defaultSelector', 'is not a selector'],
    [{ store, strict: 'yes' }, 'strict', 'must be a boolean, got string: pass true or false'],
    [{ store, hooks: { onEvent: 1 } }, 'hooks.onEvent', 'must be a function'],
    [{ store, hooks: { onFetched: () => 1 } }, 'hooks.onFetched', 'did you mean "onFetch"?'],
    [{ store, telemetry: { includeInputs: 1 } }, 'telemetry.includeInputs', 'must be a boolean'],
    [{ store, snapshot: { read: () => 1 } }, 'snapshot.write', 'must be a function'],
    [{ store, snapshot: { path: 'x.json' } }, 'snapshot', 'only the Node entry provides'],
    [{ store, lockfile: './promptops.lock.json' }, 'lockfile', 'only the Node entry reads'],
    [{ store, lockfile: { lockfileVersion: 1, prompts: { a: {} } } }, 'lockfile.prompts.a.selector', 'is required'],
    [{ store, clock: { now: 1 } }, 'clock.now', 'must be a function'],
  ])('%j → ConfigError naming %s', (options, option, fragment) => {
    const error = configError(options);
    expect(error.option).toBe(option);
    expect(error.message).toContain(`option "${option}"`);
    expect(error.message).toContain(fragment);
  });

  it('lists every problem at once', () => {
    const error = configError({ store, cache: { ttlMs: -1, max: 0 } });
    expect(error.message).toContain('cache.ttlMs');
    expect(error.message).toContain('cache.max');
  });
});
