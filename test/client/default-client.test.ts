import { afterEach, describe, expect, it } from 'vitest';
import {
  configure,
  createDefaultClient,
  getDefaultClient,
  getPrompt,
  resetDefaultClient,
} from '../../src/client/default-client.js';
import { ConfigError } from '../../src/errors.js';
import { rejectionOf } from '../helpers/errors.js';
import { FakeStore, text } from './fakes.js';

afterEach(async () => {
  await resetDefaultClient();
});

describe('the core default client', () => {
  it('without configure(), getPrompt is a ConfigError saying to call configure() first', async () => {
    const error = await rejectionOf(getPrompt('a'));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('call configure({ store }) first');
  });

  it('configure() sets the client getPrompt uses; a second configure() replaces and closes the first', async () => {
    const first = new FakeStore([text('a', '1.0.0', 'one')], { watch: true });
    const client = configure({ store: first });
    expect(await getDefaultClient()).toBe(client);
    expect((await getPrompt('a')).render()).toBe('one');
    configure({ store: new FakeStore([text('a', '1.0.0', 'two')]) });
    expect((await getPrompt('a')).render()).toBe('two');
    await new Promise((r) => setTimeout(r, 0));
    expect(first.listeners.size).toBe(0); // the first client was closed
  });

  it('configure() validates its options', () => {
    expect(() => configure({ store: {} as never })).toThrow(ConfigError);
  });
});

describe('createDefaultClient with a loader', () => {
  it('loads the options once, on first use, and disposes them on reset', async () => {
    let loads = 0;
    let disposed = 0;
    const api = createDefaultClient(async () => {
      loads++;
      return {
        options: { store: new FakeStore([text('a', '1.0.0', 'loaded')]) },
        dispose: async () => {
          disposed++;
        },
      };
    });
    const [a, b] = await Promise.all([api.getPrompt('a'), api.getPrompt('a')]);
    expect(a.render()).toBe('loaded');
    expect(b.render()).toBe('loaded');
    expect(loads).toBe(1);
    await api.resetDefaultClient();
    expect(disposed).toBe(1);
  });

  it('a loader that finds nothing gives the hint', async () => {
    const api = createDefaultClient(async () => undefined, 'add promptops.config.json');
    await expect(api.getPrompt('a')).rejects.toThrow(
      'No default prompt client is configured: add promptops.config.json.',
    );
  });

  it('configure() during a load wins', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const api = createDefaultClient(async () => {
      await gate;
      return { options: { store: new FakeStore([text('a', '1.0.0', 'loaded')]) } };
    });
    const pending = api.getDefaultClient();
    const configured = api.configure({ store: new FakeStore([text('a', '1.0.0', 'configured')]) });
    release();
    expect(await pending).toBe(configured);
    expect((await api.getPrompt('a')).render()).toBe('configured');
  });
});
