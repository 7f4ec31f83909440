import { describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { createLockfile, type Lockfile, lockedHash, parseLockfile } from '../../src/client/lockfile.js';
import { computeHash } from '../../src/engine/hash.js';
import { ConfigError, IntegrityError, PromptFormatError, PromptNotFoundError } from '../../src/errors.js';
import { memoryStore } from '../../src/stores/memory.js';
import { rejectionOf } from '../helpers/errors.js';
import { FakeStore, recorder, text } from './fakes.js';

const records = [
  text('support/greeting', '1.0.0', 'Hi {{customer}}', { labels: ['production'] }),
  text('support/greeting', '1.2.3', 'Hello {{customer}}'),
  text('support/greeting', '2.0.0', 'Dear {{customer}}'),
  text('partials/sig', '1.0.0', '-- me'),
  text('mail', '1.0.0', 'Mail {{> partials/sig}}'),
];

describe('createLockfile', () => {
  it('locks every listed name (pins or latest) with version and hash, sorted, partials included', async () => {
    const store = memoryStore(records);
    const lock = await createLockfile(store, { 'support/greeting': '^1.2.0' });
    expect(lock.lockfileVersion).toBe(1);
    expect(Object.keys(lock.prompts)).toEqual(['mail', 'partials/sig', 'support/greeting']);
    expect(lock.prompts['support/greeting']).toEqual({
      selector: '^1.2.0',
      version: '1.2.3',
      hash: await computeHash(records[1]!),
    });
    expect(lock.prompts.mail?.selector).toBe('latest');
    expect(parseLockfile(JSON.parse(JSON.stringify(lock)))).toEqual(lock);
  });

  it('locks the given names or specs only, with their partials', async () => {
    const lock = await createLockfile(memoryStore(records), {}, ['mail', 'support/greeting@production']);
    expect(Object.keys(lock.prompts)).toEqual(['mail', 'partials/sig', 'support/greeting']);
    expect(lock.prompts['support/greeting']).toMatchObject({ selector: 'production', version: '1.0.0' });
    const noPartials = await createLockfile(memoryStore(records), {}, ['mail'], { includePartials: false });
    expect(Object.keys(noPartials.prompts)).toEqual(['mail']);
  });

  it('uses defaultSelector for unpinned names', async () => {
    const lock = await createLockfile(memoryStore(records), {}, ['support/greeting'], {
      defaultSelector: 'production',
    });
    expect(lock.prompts['support/greeting']?.version).toBe('1.0.0');
  });

  it('fails on an unknown name, and when there is nothing to lock', async () => {
    await expect(createLockfile(memoryStore(records), {}, ['nope'])).rejects.toBeInstanceOf(PromptNotFoundError);
    await expect(createLockfile(new FakeStore([], { list: false }))).rejects.toThrow(ConfigError);
  });

  it('says a pin names a prompt the store lacks, with did-you-mean', async () => {
    const error = await rejectionOf(createLockfile(memoryStore(records), { 'support/greting': '^1' }));
    expect(error).toBeInstanceOf(PromptNotFoundError);
    expect((error as PromptNotFoundError).message).toBe(
      'pins["support/greting"] pins a prompt that the memory store does not have, so there is nothing to lock. ' +
        'Did you mean "support/greeting"? Rename the key to "support/greeting", or remove the pin.',
    );
    const far = await rejectionOf(createLockfile(memoryStore(records), { 'billing/refund': '^1' }));
    expect((far as Error).message).toContain(
      'Check the name (`promptops list` prints the names there), or remove the pin.',
    );
  });

  it('refuses a record whose hash does not match its content', async () => {
    const store = new FakeStore([{ ...text('a', '1.0.0', 'x'), hash: `sha256-${'0'.repeat(64)}` }]);
    await expect(createLockfile(store)).rejects.toBeInstanceOf(IntegrityError);
  });
});

describe('parseLockfile', () => {
  it('names the file and field of a problem', () => {
    const bad = { lockfileVersion: 1, prompts: { a: { selector: 'latest', version: '1.0', hash: 'x' } } };
    const error = (() => {
      try {
        parseLockfile(bad, '/app/promptops.lock.json');
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.file).toBe('/app/promptops.lock.json');
    expect(error?.option).toBe('prompts.a.version');
    expect(error?.message).toContain('must be an exact semver version');
    expect(error?.message).toContain('prompts.a.hash');
    expect(() => parseLockfile({ lockfileVersion: 2, prompts: {} })).toThrow(/lockfileVersion.*must be 1/);
    expect(() => parseLockfile({ lockfileVersion: 1, prompts: {}, extra: 1 })).toThrow(/unknown option "extra"/);
  });

  it('lockedHash reads own entries only', () => {
    const lock: Lockfile = { lockfileVersion: 1, prompts: { a: { selector: 'latest', version: '1.0.0', hash: 'h' } } };
    expect(lockedHash(lock, 'a', '1.0.0')).toBe('h');
    expect(lockedHash(lock, 'a', '2.0.0')).toBeUndefined();
    expect(lockedHash(lock, 'constructor', '1.0.0')).toBeUndefined();
  });
});

describe('a client with a lockfile', () => {
  async function lockedClient() {
    const store = new FakeStore(records);
    const lock = await createLockfile(store, { 'support/greeting': '^1.2.0' });
    const recorded = recorder();
    const client = createPromptClient({ store, lockfile: lock, hooks: { onEvent: recorded.listener } });
    return { store, lock, client, recorded };
  }

  it('loads exactly the locked version of a bare name', async () => {
    const { client, store } = await lockedClient();
    store.put(text('support/greeting', '1.2.4', 'newer'));
    const p = await client.getPrompt('support/greeting');
    expect(p.version).toBe('1.2.3');
    expect(p.selector).toBe('1.2.3');
  });

  it('refuses a tampered record: IntegrityError, never rendered or cached', async () => {
    const { client, store, recorded } = await lockedClient();
    store.put(text('support/greeting', '1.2.3', 'Send your password, {{customer}}'));
    const error = await rejectionOf(client.getPrompt('support/greeting'));
    expect(error).toBeInstanceOf(IntegrityError);
    expect((error as IntegrityError).message).toContain('the lockfile pins hash');
    expect(recorded.of('error')[0]?.error).toBeInstanceOf(IntegrityError);
    // not cached: the next call asks the store again, and fails again
    await expect(client.getPrompt('support/greeting')).rejects.toBeInstanceOf(IntegrityError);
    expect(store.calls.getVersion).toBe(2);
    // a fallback never stands in for a tampered record
    await expect(client.getPrompt('support/greeting', { fallback: 'safe' })).rejects.toBeInstanceOf(IntegrityError);
  });

  it('refuses a tampered partial of a locked prompt', async () => {
    const { client, store } = await lockedClient();
    store.put(text('partials/sig', '1.0.0', '-- evil'));
    await expect(client.getPrompt('mail')).rejects.toBeInstanceOf(IntegrityError);
  });

  it('an explicit selector wins; the hash is still checked when it picks the locked version', async () => {
    const { client, store } = await lockedClient();
    expect((await client.getPrompt('support/greeting@2.0.0')).version).toBe('2.0.0');
    expect((await client.getPrompt('support/greeting@1.2.3')).version).toBe('1.2.3');
    store.put(text('support/greeting', '1.2.3', 'tampered {{customer}}'));
    client.invalidate('support/greeting');
    await expect(client.getPrompt('support/greeting@^1.2')).rejects.toBeInstanceOf(IntegrityError);
    expect((await client.getPrompt('support/greeting@2.0.0')).version).toBe('2.0.0');
  });
});

describe('createLockfile: partial errors name the including prompt', () => {
  it('a missing partial is a PromptNotFoundError naming name@version of the prompt that includes it', async () => {
    const store = memoryStore([
      text('mail', '2.1.0', 'Mail {{> partials/sgi}}'),
      text('partials/sig', '1.0.0', '-- me'),
    ]);
    const error = await rejectionOf(createLockfile(store, {}, ['mail']));
    expect(error).toBeInstanceOf(PromptNotFoundError);
    expect((error as Error).message).toBe(
      'Partial "partials/sgi" (included by mail@2.1.0) was not found in the memory store. Did you mean ' +
        '"partials/sig"? Create it or fix the name in "{{> partials/sgi}}".',
    );
  });

  it('a tag whose name is not a prompt name ({{> Header}}) is a PromptFormatError naming the includer', async () => {
    const store = memoryStore([text('mail', '2.1.0', 'Mail\n{{> Header}}')]);
    const error = await rejectionOf(createLockfile(store, {}, ['mail']));
    expect(error).toBeInstanceOf(PromptFormatError);
    expect((error as Error).message).toMatch(
      /^prompt "mail": partial "Header" \(included by mail@2\.1\.0\) can include nothing: invalid prompt name "Header"/,
    );
  });
});
