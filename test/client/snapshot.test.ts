import { describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { createLockfile } from '../../src/client/lockfile.js';
import { memorySnapshot, type SnapshotData } from '../../src/client/snapshot.js';
import { IntegrityError, PromptNotFoundError, StoreError } from '../../src/errors.js';
import { rejectionOf } from '../helpers/errors.js';
import { manualTime } from '../helpers/manual-time.js';
import { FakeStore, networkError, recorder, text } from './fakes.js';

const records = [
  text('support/greeting', '1.0.0', 'Hi {{customer}}', { labels: ['production'] }),
  text('support/greeting', '1.1.0', 'Hello {{customer}}'),
  text('partials/sig', '1.0.0', '-- me'),
  text('mail', '1.0.0', 'Mail {{> partials/sig}}'),
];

/** Run a client against a live store to fill a snapshot, then return the snapshot. */
async function warmSnapshot(specs: string[]) {
  const snapshot = memorySnapshot();
  const timers = manualTime().timers;
  const client = createPromptClient({ store: new FakeStore(records), snapshot, timers });
  for (const spec of specs) await client.getPrompt(spec);
  await client.close();
  return { snapshot, timers };
}

describe('snapshot writes', () => {
  it('batches writes: one timer for many loads, written when it fires', async () => {
    const snapshot = memorySnapshot();
    const timers = manualTime().timers;
    const client = createPromptClient({ store: new FakeStore(records), snapshot, timers });
    await client.getPrompt('support/greeting');
    await client.getPrompt('support/greeting@production');
    await client.getPrompt('mail');
    expect(timers.count()).toBe(1);
    expect(snapshot.writes).toBe(0);
    timers.runAll();
    await client.close();
    expect(snapshot.writes).toBe(1);
    expect(Object.keys(snapshot.data?.selectors ?? {}).sort()).toEqual([
      'mail@latest',
      'partials/sig@latest',
      'support/greeting@latest',
      'support/greeting@production',
    ]);
    expect(Object.keys(snapshot.data?.records ?? {}).sort()).toEqual([
      'mail@1.0.0',
      'partials/sig@1.0.0',
      'support/greeting@1.0.0',
      'support/greeting@1.1.0',
    ]);
  });

  it('close() flushes pending writes and merges with what was saved before', async () => {
    const { snapshot } = await warmSnapshot(['support/greeting']);
    expect(snapshot.writes).toBe(1);
    const client = createPromptClient({ store: new FakeStore(records), snapshot, timers: manualTime().timers });
    await client.getPrompt('mail');
    await client.close();
    expect(snapshot.writes).toBe(2);
    expect(Object.keys(snapshot.data?.selectors ?? {}).sort()).toEqual([
      'mail@latest',
      'partials/sig@latest',
      'support/greeting@latest',
    ]);
  });

  it('keeps at most cache.max entries, dropping the least recently loaded', async () => {
    const many = Array.from({ length: 5 }, (_, i) => text(`p${i}`, '1.0.0', `p${i}`));
    const snapshot = memorySnapshot();
    const client = createPromptClient({
      store: new FakeStore(many),
      snapshot,
      timers: manualTime().timers,
      cache: { max: 3 },
    });
    for (let i = 0; i < 4; i++) await client.getPrompt(`p${i}`);
    await client.close();
    expect(Object.keys(snapshot.data?.selectors ?? {})).toEqual(['p1@latest', 'p2@latest', 'p3@latest']);
    const next = createPromptClient({
      store: new FakeStore(many),
      snapshot,
      timers: manualTime().timers,
      cache: { max: 3 },
    });
    await next.getPrompt('p4');
    await next.getPrompt('p2');
    await next.close();
    expect(Object.keys(snapshot.data?.selectors ?? {})).toEqual(['p3@latest', 'p4@latest', 'p2@latest']);
    expect(Object.keys(snapshot.data?.records ?? {}).sort()).toEqual(['p2@1.0.0', 'p3@1.0.0', 'p4@1.0.0']);
  });

  it('reports a failing write as an error event and keeps the data for the next write', async () => {
    const snapshot = memorySnapshot();
    const write = snapshot.write;
    delete snapshot.update; // writes go through write()
    let fail = true;
    snapshot.write = async (data) => {
      if (fail) throw new Error('disk full');
      await write(data);
    };
    const recorded = recorder();
    const client = createPromptClient({
      store: new FakeStore(records),
      snapshot,
      timers: manualTime().timers,
      hooks: { onError: recorded.listener },
    });
    await client.getPrompt('support/greeting');
    await client.close();
    expect(recorded.of('error')[0]).toMatchObject({ name: '(snapshot)' });
    expect(recorded.of('error')[0]?.error.message).toBe('disk full');
    fail = false;
  });
});

describe('cold start with a dead store', () => {
  it('serves from the snapshot, with source "snapshot", and tries the store again in the background', async () => {
    const { snapshot } = await warmSnapshot(['support/greeting', 'mail']);
    const store = new FakeStore(records);
    store.failure = networkError();
    const clock = manualTime(1_000_000).clock;
    const recorded = recorder();
    const client = createPromptClient({
      store,
      snapshot,
      clock,
      timers: manualTime().timers,
      hooks: { onEvent: recorded.listener },
    });
    const p = await client.getPrompt('support/greeting');
    expect(p.source).toBe('snapshot');
    expect(p.version).toBe('1.1.0');
    expect(p.render({ customer: 'Ada' })).toBe('Hello Ada');
    expect((await client.getPrompt('mail')).render()).toBe('Mail -- me');
    expect(recorded.of('fetch').map((e) => `${e.cache}/${e.source}`)).toEqual(['miss/snapshot', 'miss/snapshot']);

    // The next call is served from the snapshot entry while a refresh tries the store.
    const refreshed = recorded.next('refresh');
    expect((await client.getPrompt('support/greeting')).source).toBe('snapshot');
    expect((await refreshed).ok).toBe(false);
    store.failure = undefined;
    clock.advance(10_000);
    const ok = recorded.next('refresh');
    await client.getPrompt('support/greeting');
    expect((await ok).ok).toBe(true);
    expect((await client.getPrompt('support/greeting')).source).toBe('cache');
  });

  it('resolves a selector it has not seen among the snapshot records', async () => {
    const { snapshot } = await warmSnapshot(['support/greeting@1.0.0', 'support/greeting@1.1.0']);
    const store = new FakeStore(records);
    store.failure = networkError();
    const client = createPromptClient({ store, snapshot, timers: manualTime().timers });
    expect((await client.getPrompt('support/greeting@production')).version).toBe('1.0.0');
    expect((await client.getPrompt('support/greeting@^1')).version).toBe('1.1.0');
  });

  it('is not used when the store says the name does not exist', async () => {
    const { snapshot } = await warmSnapshot(['support/greeting']);
    const client = createPromptClient({ store: new FakeStore([]), snapshot, timers: manualTime().timers });
    await expect(client.getPrompt('support/greeting')).rejects.toBeInstanceOf(PromptNotFoundError);
  });

  it('says what was tried when the snapshot has no entry', async () => {
    const { snapshot } = await warmSnapshot(['support/greeting']);
    const store = new FakeStore(records);
    store.failure = networkError();
    const client = createPromptClient({ store, snapshot, timers: manualTime().timers });
    const error = (await rejectionOf(client.getPrompt('mail@2.0.0'))) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.retryable).toBe(true);
    expect(error.message).toBe(
      'Could not load prompt "mail@2.0.0": the fake store failed (StoreError: connect ECONNREFUSED 127.0.0.1:9; the full error is the cause); ' +
        'no stale copy; the snapshot has no entry for "mail@2.0.0"; no fallback given. ' +
        'Pass getPrompt(spec, { fallback }) or configure a snapshot to serve prompts while the store is down.',
    );
  });

  it('checks snapshot records: a tampered entry is refused', async () => {
    const { snapshot } = await warmSnapshot(['support/greeting']);
    const data = snapshot.data as SnapshotData;
    const record = data.records['support/greeting@1.1.0'];
    if (record) record.template = 'tampered';
    const store = new FakeStore(records);
    store.failure = networkError();
    const client = createPromptClient({ store, snapshot, timers: manualTime().timers });
    await expect(client.getPrompt('support/greeting')).rejects.toThrow(/snapshot entry was rejected \(IntegrityError/);
  });

  it('applies the lockfile to snapshot records', async () => {
    const { snapshot } = await warmSnapshot(['support/greeting@1.0.0']);
    const lock = await createLockfile(new FakeStore(records), { 'support/greeting': '1.0.0' }, ['support/greeting']);
    const entry = lock.prompts['support/greeting'];
    if (entry) entry.hash = `sha256-${'1'.repeat(64)}`;
    const store = new FakeStore(records);
    store.failure = networkError();
    const client = createPromptClient({ store, snapshot, lockfile: lock, timers: manualTime().timers });
    const error = await rejectionOf(client.getPrompt('support/greeting'));
    expect((error as Error).message).toContain('snapshot entry was rejected (IntegrityError');
    expect(error).not.toBeInstanceOf(IntegrityError); // the store failure is what the caller gets
  });

  it('an unreadable snapshot is reported and treated as empty', async () => {
    const recorded = recorder();
    const store = new FakeStore(records);
    store.failure = networkError();
    const client = createPromptClient({
      store,
      snapshot: {
        read: async () => {
          throw new Error('corrupt');
        },
        write: async () => undefined,
      },
      hooks: { onError: recorded.listener },
    });
    const error = await rejectionOf(client.getPrompt('support/greeting'));
    expect((error as Error).message).toContain('the snapshot could not be read (Error: corrupt)');
    expect(recorded.of('error').map((e) => e.name)).toEqual(['(snapshot)', 'support/greeting']);
  });
});

describe('fallback', () => {
  it('is used only when nothing else can be had: source "fallback"', async () => {
    const store = new FakeStore(records);
    store.failure = networkError();
    const recorded = recorder();
    const client = createPromptClient({ store, hooks: { onEvent: recorded.listener } });
    const p = await client.getPrompt('support/greeting', { fallback: 'Hello {{customer}} (offline)' });
    expect(p.source).toBe('fallback');
    expect(p.version).toBe('0.0.0');
    expect(p.render({ customer: 'Ada' })).toBe('Hello Ada (offline)');
    expect(recorded.of('fetch')[0]).toMatchObject({ cache: 'miss', source: 'fallback' });
    expect(recorded.of('error')[0]?.error).toBeInstanceOf(StoreError);
  });

  it('is not used when the store or cache can serve', async () => {
    const store = new FakeStore(records);
    const client = createPromptClient({ store });
    expect((await client.getPrompt('support/greeting', { fallback: 'x' })).source).toBe('store');
    store.failure = networkError();
    expect((await client.getPrompt('support/greeting', { fallback: 'x' })).source).toBe('cache');
  });

  it('comes after the snapshot', async () => {
    const { snapshot } = await warmSnapshot(['support/greeting']);
    const store = new FakeStore(records);
    store.failure = networkError();
    const client = createPromptClient({ store, snapshot, timers: manualTime().timers });
    expect((await client.getPrompt('support/greeting', { fallback: 'x' })).source).toBe('snapshot');
    expect((await client.getPrompt('mail', { fallback: 'x' })).source).toBe('fallback');
  });

  it('stands in for an unknown name, and may be a whole record (chat)', async () => {
    const client = createPromptClient({ store: new FakeStore([]) });
    const p = await client.getPrompt('support/triage', {
      fallback: {
        name: 'support/triage',
        version: '1.0.0',
        type: 'chat',
        messages: [{ role: 'user', content: '{{ticket}}' }],
      },
    });
    expect(p.source).toBe('fallback');
    expect(p.renderMessages({ ticket: 'Help' })).toEqual([{ role: 'user', content: 'Help' }]);
  });

  it('a fallback record of another name is a ConfigError', async () => {
    const client = createPromptClient({ store: new FakeStore([]) });
    await expect(client.getPrompt('a', { fallback: text('b', '1.0.0', 'x') })).rejects.toThrow(
      /option "fallback": is a record of "b"/,
    );
  });
});
