// ky is loaded by the HTTP-based stores on their first request, not when promptops is imported
// (issue 14, cold start): one shared load for every store, and a failed load is a clear StoreError.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rejectionOf } from '../helpers/errors.js';

const answer = async (): Promise<Response> => Response.json({ prompts: [{ name: 'a' }] });

afterEach(() => {
  vi.doUnmock('ky');
  vi.resetModules();
});

describe('ky, loaded lazily', () => {
  it('is not loaded by importing promptops; the first request loads it once for every store', async () => {
    vi.resetModules();
    let loads = 0;
    vi.doMock('ky', async (importOriginal) => {
      loads++;
      return importOriginal();
    });
    const promptops = await import('../../src/index.js');
    const a = promptops.httpStore({ url: 'https://a.test', fetch: answer });
    const b = promptops.httpStore({ url: 'https://b.test', fetch: answer });
    expect(loads).toBe(0);
    expect(await Promise.all([a.list(), b.list(), a.list()])).toEqual([['a'], ['a'], ['a']]);
    expect(await b.list()).toEqual(['a']);
    expect(loads).toBe(1);
  });

  it('a failed load is a StoreError saying what to fix, nothing is sent, and the next request tries again', async () => {
    vi.resetModules();
    vi.doMock('ky', () => {
      throw new Error('Cannot find package "ky" imported from promptops');
    });
    const { httpStore } = await import('../../src/stores/http.js');
    const { StoreError } = await import('../../src/errors.js');
    let sent = 0;
    const store = httpStore({
      url: 'https://prompts.test',
      token: 'tok_s3cr3t_do_not_leak_12345',
      fetch: async () => {
        sent++;
        return answer();
      },
    });
    const error = await rejectionOf(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ store: 'http', retryable: false });
    expect((error as Error).message).toMatch(
      /^The http store could not load "ky" \(.+\) while listing the prompts at https:\/\/prompts\.test\/v1\/prompts; nothing was sent\. Fix: npm install; with a bundler, ship the chunk holding "ky"\.$/,
    );
    // What the import said is kept as the cause (vitest wraps it once more).
    const causes: string[] = [];
    for (let e: unknown = (error as Error).cause; e instanceof Error; e = e.cause) causes.push(e.message);
    expect(causes.join(' / ')).toContain('Cannot find package "ky"');
    expect(sent).toBe(0);

    vi.doUnmock('ky');
    expect(await store.list()).toEqual(['a']);
    expect(sent).toBe(1);
  });
});
