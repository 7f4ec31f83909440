/**
 * Defects 7, 8 and 9 of issue 13: every answer of a store is checked against what was asked (name, exact
 * version, range, label, `latest`); a known trusted hash (the snapshot's selector entry) is used when a record
 * comes without one; and a malformed answer is never hidden by a fallback.
 */
import { describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { memorySnapshot } from '../../src/client/snapshot.js';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { PromptFormatError, StoreError } from '../../src/errors.js';
import type { PromptStore } from '../../src/stores/types.js';
import { FakeStore, networkError, text } from '../client/fakes.js';
import { rejectionOf } from '../helpers/errors.js';
import { manualTime } from '../helpers/manual-time.js';

const NAME = 'support/greeting';

/** A store that answers `answer` to every question. */
function liar(answer: unknown): PromptStore {
  return {
    name: 'liar',
    listVersions: async () => [{ version: '1.0.0', labels: ['production'] }],
    getVersion: async () => answer as PromptRecord,
    resolve: async () => answer as PromptRecord,
  };
}

describe('answers are checked against their selector', () => {
  const cases: Array<[string, string, PromptRecord, RegExp]> = [
    ['a range', '^1.0.0', text(NAME, '2.0.0', 'v2'), /2\.0\.0 does not satisfy the range \^1\.0\.0/],
    [
      'a label',
      'production',
      text(NAME, '1.1.0', 'v1.1', { labels: ['staging'] }),
      /does not carry the label "production"/,
    ],
    ['latest', 'latest', text(NAME, '3.0.0-beta.1', 'beta'), /prerelease/],
    ['an exact version', '1.0.0', text(NAME, '1.0.1', 'v1.0.1'), /another version \(1\.0\.1\)/],
    ['a name', '^1.0.0', text('other/prompt', '1.0.0', 'other'), /another prompt \("other\/prompt"\)/],
  ];
  for (const [what, selector, answer, message] of cases) {
    it(`refuses an answer outside ${what}, never serves or snapshots it, and no fallback hides it`, async () => {
      const snapshot = memorySnapshot();
      const client = createPromptClient({ store: liar(answer), snapshot, timers: manualTime().timers });
      const error = (await rejectionOf(client.getPrompt(`${NAME}@${selector}`, { fallback: 'FALLBACK' }))) as Error;
      expect(error).toBeInstanceOf(PromptFormatError);
      expect(error.message).toMatch(message);
      await client.close();
      expect(snapshot.data).toBeUndefined();
    });
  }

  it('a warm client keeps serving its good version when a refresh answers outside the range', async () => {
    const store = new FakeStore([text(NAME, '1.0.0', 'good')]);
    const clock = manualTime(1_000_000).clock;
    const snapshot = memorySnapshot();
    const client = createPromptClient({ store, snapshot, clock, timers: manualTime().timers, cache: { ttlMs: 100 } });
    expect((await client.getPrompt(`${NAME}@^1.0.0`)).render()).toBe('good');
    store.resolve = async () => text(NAME, '2.0.0', 'EVIL');
    clock.advance(200);
    const refreshed = new Promise<boolean>((resolve) => {
      client.on('refresh', (e) => resolve(e.ok));
    });
    expect((await client.getPrompt(`${NAME}@^1.0.0`)).render()).toBe('good');
    expect(await refreshed).toBe(false);
    expect((await client.getPrompt(`${NAME}@^1.0.0`)).render()).toBe('good');
    await client.close();
    expect(Object.keys(snapshot.data?.records ?? {})).toEqual([`${NAME}@1.0.0`]);
  });
});

describe('malformed answers are not hidden by a fallback', () => {
  it('an unknown field, a wrong name or a wrong exact version: the error, not the fallback', async () => {
    const good = text(NAME, '1.0.0', 'Hi');
    for (const answer of [
      { ...good, surprise: true },
      { ...good, name: 'other' },
      { ...good, version: '9.9.9' },
    ]) {
      const client = createPromptClient({ store: liar(answer) });
      const error = (await rejectionOf(client.getPrompt(`${NAME}@1.0.0`, { fallback: 'FALLBACK' }))) as Error;
      expect(error).toBeInstanceOf(PromptFormatError);
      expect(error.message).toMatch(/the liar store answered/);
      await client.close();
    }
  });

  it('the fallback still stands in when the store is down', async () => {
    const store = new FakeStore([]);
    store.failure = networkError();
    const client = createPromptClient({ store });
    const p = await client.getPrompt(NAME, { fallback: 'FALLBACK' });
    expect(p.source).toBe('fallback');
    await client.close();
  });
});

describe('a known hash is used when a record comes without one', () => {
  it('a snapshot record stripped of its hash and tampered with is refused (the selector entry has the hash)', async () => {
    const good = text(NAME, '1.0.0', 'Hello {{customer}}');
    const hash = await computeHash(good);
    const snapshot = memorySnapshot({
      snapshotVersion: 1,
      savedAt: 'then',
      selectors: { [`${NAME}@latest`]: { version: '1.0.0', hash } },
      records: { [`${NAME}@1.0.0`]: { ...good, template: 'PWNED {{customer}}' } }, // no hash
    });
    const store = new FakeStore([]);
    store.failure = networkError();
    const client = createPromptClient({ store, snapshot, timers: manualTime().timers });
    const error = (await rejectionOf(client.getPrompt(NAME))) as Error;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(/the snapshot entry was rejected \(IntegrityError/);
    await client.close();
  });

  it('the same snapshot untampered is served', async () => {
    const good = text(NAME, '1.0.0', 'Hello {{customer}}');
    const hash = await computeHash(good);
    const snapshot = memorySnapshot({
      snapshotVersion: 1,
      savedAt: 'then',
      selectors: { [`${NAME}@latest`]: { version: '1.0.0', hash } },
      records: { [`${NAME}@1.0.0`]: good },
    });
    const store = new FakeStore([]);
    store.failure = networkError();
    const client = createPromptClient({ store, snapshot, timers: manualTime().timers });
    const p = await client.getPrompt(NAME);
    expect(p.source).toBe('snapshot');
    expect(p.render({ customer: 'Ada' })).toBe('Hello Ada');
    await client.close();
  });

  it('a snapshot record with no hash anywhere is not trusted', async () => {
    const good = text(NAME, '1.0.0', 'Hello');
    const snapshot = memorySnapshot({
      snapshotVersion: 1,
      savedAt: 'then',
      selectors: {},
      records: { [`${NAME}@1.0.0`]: good },
    });
    const store = new FakeStore([]);
    store.failure = networkError();
    const client = createPromptClient({ store, snapshot, timers: manualTime().timers });
    const error = (await rejectionOf(client.getPrompt(`${NAME}@^1.0.0`))) as Error;
    expect(error.message).toMatch(/has no hash, so it was not trusted/);
    await client.close();
  });
});
