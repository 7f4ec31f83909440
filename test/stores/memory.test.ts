import { describe, expect, it, vi } from 'vitest';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import {
  ConfigError,
  IntegrityError,
  PromptFormatError,
  PromptNotFoundError,
  StoreError,
  VersionNotFoundError,
} from '../../src/errors.js';
import { memoryStore } from '../../src/stores/memory.js';
import { verifyStore } from '../../src/testing/verify-store.js';
import { rejectionOf } from '../helpers/errors.js';

const greeting = (version: string, template = `Hello {{customer}} (${version})`, labels?: string[]): PromptRecord => ({
  name: 'support/greeting',
  version,
  type: 'text',
  template,
  ...(labels === undefined ? {} : { labels }),
});

describe('memoryStore', () => {
  it('serves the initial records with hashes and labels, highest version first', async () => {
    const store = memoryStore([
      greeting('1.0.0', undefined, ['staging']),
      greeting('1.2.0', undefined, ['production']),
    ]);
    expect(store.name).toBe('memory');
    const versions = await store.listVersions('support/greeting');
    expect(versions.map((v) => [v.version, v.labels])).toEqual([
      ['1.2.0', ['production']],
      ['1.0.0', ['staging']],
    ]);
    const record = await store.getVersion('support/greeting', '1.2.0');
    expect(record?.hash).toBe(await computeHash(greeting('1.2.0')));
    expect(versions[0]?.hash).toBe(record?.hash);
    expect(record?.labels).toEqual(['production']);
    expect(await store.list()).toEqual(['support/greeting']);
  });

  it('answers unknown names and versions with [] and undefined', async () => {
    const store = memoryStore([greeting('1.0.0')]);
    expect(await store.listVersions('nope')).toEqual([]);
    expect(await store.getVersion('nope', '1.0.0')).toBeUndefined();
    expect(await store.getVersion('support/greeting', '9.9.9')).toBeUndefined();
    expect(await store.resolve('nope', 'latest')).toBeUndefined();
  });

  it('resolves exact versions, ranges, labels and latest', async () => {
    const store = memoryStore([
      greeting('1.0.0', undefined, ['staging']),
      greeting('1.2.0', undefined, ['production']),
      greeting('2.0.0-beta.1'),
    ]);
    expect((await store.resolve('support/greeting', '1.0.0'))?.version).toBe('1.0.0');
    expect((await store.resolve('support/greeting', '^1.0'))?.version).toBe('1.2.0');
    expect((await store.resolve('support/greeting', 'latest'))?.version).toBe('1.2.0');
    expect((await store.resolve('support/greeting', 'staging'))?.version).toBe('1.0.0');
    expect(await store.resolve('support/greeting', 'canary')).toBeUndefined();
  });

  it('rejects an invalid selector with a ConfigError', async () => {
    const store = memoryStore([greeting('1.0.0')]);
    const error = await rejectionOf(store.resolve('support/greeting', '!!'));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/invalid selector "!!".*use an exact version/);
  });

  it('hands out deep-frozen copies that callers cannot mutate', async () => {
    const input = greeting('1.0.0');
    input.metadata = { tags: ['a'] };
    const store = memoryStore([input]);
    const record = await store.getVersion('support/greeting', '1.0.0');
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.isFrozen(record?.metadata?.tags)).toBe(true);
    expect(() => {
      (record as PromptRecord).template = 'changed';
    }).toThrow(TypeError);
    // The caller's own object is neither frozen nor kept.
    expect(Object.isFrozen(input)).toBe(false);
    input.template = 'mutated after';
    expect((await store.getVersion('support/greeting', '1.0.0'))?.template).toBe('Hello {{customer}} (1.0.0)');
  });

  it('putVersion: same content is a no-op, changed content under the same version is a 409 StoreError', async () => {
    const store = memoryStore();
    const onChange = vi.fn();
    store.watch(onChange);
    await store.putVersion(greeting('1.0.0'));
    await store.putVersion(greeting('1.0.0'));
    expect(onChange).toHaveBeenCalledTimes(1);
    const error = await rejectionOf(store.putVersion(greeting('1.0.0', 'Changed {{customer}}')));
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ status: 409, retryable: false, store: 'memory' });
    expect((error as Error).message).toMatch(
      /Cannot store "support\/greeting@1\.0\.0".*already exists with different content.*Versions are immutable: publish a new version/,
    );
    expect((await store.getVersion('support/greeting', '1.0.0'))?.template).toBe('Hello {{customer}} (1.0.0)');
  });

  it('putVersion verifies a hash the record carries', async () => {
    const store = memoryStore();
    const wrong = { ...greeting('1.0.0'), hash: `sha256-${'0'.repeat(64)}` };
    const error = await rejectionOf(store.putVersion(wrong));
    expect(error).toBeInstanceOf(IntegrityError);
    expect((error as Error).message).toMatch(/Integrity check failed for prompt "support\/greeting@1\.0\.0"/);
    expect(await store.listVersions('support/greeting')).toEqual([]);
  });

  it('putVersion rejects a malformed record with a PromptFormatError', async () => {
    const store = memoryStore();
    const error = await rejectionOf(
      store.putVersion({ name: 'x', version: 'one', type: 'text', template: 'hi' } as PromptRecord),
    );
    expect(error).toBeInstanceOf(PromptFormatError);
    expect((error as PromptFormatError).field).toBe('version');
    expect((error as Error).message).toMatch(/memory store putVersion, field "version"/);
  });

  it('setLabel moves a label so that it sits on one version only, and notifies', async () => {
    const store = memoryStore([greeting('1.0.0', undefined, ['production']), greeting('2.0.0')]);
    const before = await store.getVersion('support/greeting', '1.0.0');
    const onChange = vi.fn();
    const off = store.watch(onChange);
    await store.setLabel('support/greeting', 'production', '2.0.0');
    expect(onChange).toHaveBeenCalledWith('support/greeting');
    expect((await store.listVersions('support/greeting')).map((v) => [v.version, v.labels])).toEqual([
      ['2.0.0', ['production']],
      ['1.0.0', []],
    ]);
    // Records already handed out keep what they said; new reads see the move.
    expect(before?.labels).toEqual(['production']);
    expect((await store.getVersion('support/greeting', '1.0.0'))?.labels).toEqual([]);
    // Setting a label where it already is changes nothing and notifies nobody.
    await store.setLabel('support/greeting', 'production', '2.0.0');
    expect(onChange).toHaveBeenCalledTimes(1);
    off();
    await store.setLabel('support/greeting', 'production', '1.0.0');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('setLabel of an unknown name, version or a bad label says what exists', async () => {
    const store = memoryStore([greeting('1.0.0', undefined, ['production'])]);
    const unknownName = await rejectionOf(store.setLabel('support/greting', 'production', '1.0.0'));
    expect(unknownName).toBeInstanceOf(PromptNotFoundError);
    expect((unknownName as Error).message).toMatch(
      /Prompt "support\/greting" was not found.*Did you mean "support\/greeting"/,
    );
    const unknownVersion = await rejectionOf(store.setLabel('support/greeting', 'production', '3.0.0'));
    expect(unknownVersion).toBeInstanceOf(VersionNotFoundError);
    expect((unknownVersion as Error).message).toMatch(/Versions: 1\.0\.0; labels: production → 1\.0\.0/);
    const reserved = await rejectionOf(store.setLabel('support/greeting', 'latest', '1.0.0'));
    expect(reserved).toBeInstanceOf(ConfigError);
    expect((reserved as Error).message).toMatch(/Invalid label "latest" \("latest" is reserved/);
  });

  it('refuses invalid names before any lookup', async () => {
    const store = memoryStore();
    for (const name of ['../etc/passwd', '%2e%2e/x', '/abs', 'a\0b', '']) {
      const error = await rejectionOf(store.listVersions(name));
      expect(error).toBeInstanceOf(PromptFormatError);
      expect((error as Error).message).toMatch(/prompt name.*asked of the memory store/);
    }
  });

  it('checks the initial records at once: a label on two versions, two contents for one version', () => {
    expect(() =>
      memoryStore([greeting('1.0.0', undefined, ['production']), greeting('2.0.0', undefined, ['production'])]),
    ).toThrow(PromptFormatError);
    expect(() =>
      memoryStore([greeting('1.0.0', undefined, ['production']), greeting('2.0.0', undefined, ['production'])]),
    ).toThrow(/label "production" is on two versions of "support\/greeting" \(1\.0\.0 and 2\.0\.0\)/);
    expect(() => memoryStore([greeting('1.0.0'), greeting('1.0.0', 'other')])).toThrow(StoreError);
    expect(() => memoryStore([greeting('1.0.0'), greeting('1.0.0', 'other')])).toThrow(/Versions are immutable/);
    // The same record twice is fine.
    expect(() => memoryStore([greeting('1.0.0'), greeting('1.0.0')])).not.toThrow();
  });

  it('an initial record with a wrong hash makes every call reject with the IntegrityError', async () => {
    const store = memoryStore([{ ...greeting('1.0.0'), hash: `sha256-${'f'.repeat(64)}` }]);
    for (const call of [() => store.list(), () => store.listVersions('support/greeting')]) {
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(IntegrityError);
      expect((error as Error).message).toMatch(/expected hash|the record says/);
    }
  });

  it('a throwing watch listener does not break a write', async () => {
    const store = memoryStore();
    const good = vi.fn();
    store.watch(() => {
      throw new Error('listener bug');
    });
    store.watch(good);
    await expect(store.putVersion(greeting('1.0.0'))).resolves.toBeUndefined();
    expect(good).toHaveBeenCalledWith('support/greeting');
  });

  it('applies the labels of a put record, moving them', async () => {
    const store = memoryStore([greeting('1.0.0', undefined, ['production'])]);
    await store.putVersion(greeting('1.1.0', undefined, ['production']));
    expect((await store.listVersions('support/greeting')).map((v) => [v.version, v.labels])).toEqual([
      ['1.1.0', ['production']],
      ['1.0.0', []],
    ]);
  });

  it('keeps a label history: each real move, newest first, with actor, reason and the injected clock', async () => {
    let now = Date.UTC(2026, 0, 1);
    const store = memoryStore([greeting('1.0.0', undefined, ['production']), greeting('1.1.0')], {
      now: () => now,
    });
    expect(await store.labelHistory('support/greeting')).toEqual([]); // the seed is the starting state
    await store.setLabel('support/greeting', 'production', '1.1.0', { actor: 'ada', reason: 'new tone' });
    now += 60_000;
    await store.setLabel('support/greeting', 'production', '1.1.0', { actor: 'ada' }); // already there: nothing
    await store.setLabel('support/greeting', 'production', '1.0.0');
    expect(await store.labelHistory('support/greeting')).toEqual([
      { label: 'production', from: '1.1.0', to: '1.0.0', actor: null, at: '2026-01-01T00:01:00.000Z' },
      {
        label: 'production',
        from: '1.0.0',
        to: '1.1.0',
        actor: 'ada',
        at: '2026-01-01T00:00:00.000Z',
        reason: 'new tone',
      },
    ]);
    expect(await store.labelHistory('support/unknown')).toEqual([]);
  });

  it('re-putting an existing version with new labels moves them, with a history entry and a notification', async () => {
    const store = memoryStore([greeting('1.0.0', undefined, ['production']), greeting('1.1.0')]);
    const seen: string[] = [];
    store.watch((name) => seen.push(name));
    await store.putVersion(greeting('1.1.0', undefined, ['production']), { actor: 'ci' });
    expect((await store.resolve('support/greeting', 'production'))?.version).toBe('1.1.0');
    expect(seen).toEqual(['support/greeting']);
    expect((await store.labelHistory('support/greeting')).map((m) => [m.from, m.to, m.actor])).toEqual([
      ['1.0.0', '1.1.0', 'ci'],
    ]);
    await store.putVersion(greeting('1.1.0', undefined, ['production']));
    expect(seen).toHaveLength(1); // nothing moved: no notification, no entry
    expect(await store.labelHistory('support/greeting')).toHaveLength(1);
  });

  it('checks the meta of a move', async () => {
    const store = memoryStore([greeting('1.0.0')]);
    await expect(store.setLabel('support/greeting', 'beta', '1.0.0', { actor: 'a\nb' })).rejects.toThrow(
      /"actor" must be a string of at most 500 characters without control characters/,
    );
  });
});

describe('memoryStore and the store contract', () => {
  it('passes verifyStore, writes and watch included, with nothing skipped', async () => {
    const report = await verifyStore(() =>
      memoryStore([greeting('1.0.0', undefined, ['production']), greeting('1.1.0')]),
    );
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.filter((c) => c.skipped)).toEqual([]);
  });
});
