/** The Node-only pieces: config file loading, file snapshot, lockfile paths, the Node default client. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.node.js';
import { parseConfigFile } from '../../src/client/config-file.js';
import { loadConfigFile } from '../../src/client/config-file.node.js';
import { configure, getPrompt, resetDefaultClient } from '../../src/client/default-client.node.js';
import { createLockfile } from '../../src/client/lockfile.js';
import { readLockfile } from '../../src/client/lockfile.node.js';
import { fileSnapshot } from '../../src/client/snapshot.node.js';
import { ConfigError, IntegrityError } from '../../src/errors.js';
import { rejectionOf } from '../helpers/errors.js';
import { manualTime } from '../helpers/manual-time.js';
import { FakeStore, networkError, text } from './fakes.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'promptops-client-'));
});
afterEach(async () => {
  await resetDefaultClient();
  await rm(dir, { recursive: true, force: true });
});

const records = [text('a', '1.0.0', 'A {{x}}'), text('a', '1.1.0', 'A2 {{x}}')];

describe('parseConfigFile', () => {
  it('accepts the documented shape', () => {
    const config = {
      $schema: 'x',
      store: { type: 'http', url: 'https://prompts.example.com', tokenEnv: 'PROMPTOPS_TOKEN' },
      pins: { a: '^1' },
      defaultSelector: 'production',
      cache: false,
      strict: false,
      lockfile: './promptops.lock.json',
      snapshot: '.promptops/snapshot.json',
    };
    expect(parseConfigFile(config, 'promptops.config.json')).toEqual(config);
  });

  it.each([
    [{ store: { type: 'ftp' } }, 'store.type', 'use "file" or "http"'],
    [{ store: { type: 'file' } }, 'store.dir', 'is required'],
    [{ store: { type: 'http', url: 'ftp://x' } }, 'store.url', 'must be an http(s) URL'],
    [
      { store: { type: 'http', url: 'https://x', tokenEnv: 'not a var' } },
      'store.tokenEnv',
      'environment variable name',
    ],
    [{ store: { type: 'file', dir: 'p' }, pins: { a: '' } }, 'pins.a', 'is not a selector'],
    [{ store: { type: 'file', dir: 'p' }, lockfiel: 'x' }, 'lockfiel', 'did you mean "lockfile"?'],
    [{ store: { type: 'file', dir: 'p' }, cache: { ttlMs: 'long' } }, 'cache.ttlMs', 'must be a number, got string'],
  ])('%j → ConfigError naming the file and %s', (config, option, fragment) => {
    try {
      parseConfigFile(config, '/app/promptops.config.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).file).toBe('/app/promptops.config.json');
      expect((error as ConfigError).option).toBe(option);
      expect((error as Error).message).toContain(fragment);
    }
  });
});

describe('loadConfigFile', () => {
  it('returns undefined when the working directory has no config file', async () => {
    expect(await loadConfigFile({ cwd: dir, env: {} })).toBeUndefined();
  });

  it('fails, naming the file, when PROMPTOPS_CONFIG points at a missing file', async () => {
    await expect(loadConfigFile({ cwd: dir, env: { PROMPTOPS_CONFIG: 'nope.json' } })).rejects.toThrow(
      /nope\.json: the config file cannot be read \(named by PROMPTOPS_CONFIG\)/,
    );
  });

  it('reports invalid JSON with the file', async () => {
    await writeFile(join(dir, 'promptops.config.json'), '{ nope');
    await expect(loadConfigFile({ cwd: dir, env: {} })).rejects.toThrow(/promptops\.config\.json: is not valid JSON/);
  });

  it('builds an http store with the token from tokenEnv, and resolves paths against the file', async () => {
    const lock = await createLockfile(new FakeStore(records), {}, ['a']);
    await writeFile(join(dir, 'promptops.lock.json'), JSON.stringify(lock));
    await writeFile(
      join(dir, 'custom.json'),
      JSON.stringify({
        store: { type: 'http', url: 'http://127.0.0.1:9', tokenEnv: 'MY_TOKEN' },
        pins: { a: '^1' },
        cache: { ttlMs: 5 },
        lockfile: './promptops.lock.json',
        snapshot: 'snap/snapshot.json',
      }),
    );
    const loaded = await loadConfigFile({
      cwd: '/',
      env: { PROMPTOPS_CONFIG: join(dir, 'custom.json'), MY_TOKEN: 't' },
    });
    expect(loaded?.source).toBe(join(dir, 'custom.json'));
    expect(loaded?.options.store.name).toBe('http');
    expect(loaded?.options.lockfile).toEqual(lock);
    expect(loaded?.options.pins).toEqual({ a: '^1' });
    expect(loaded?.options.cache).toEqual({ ttlMs: 5 });
    expect(typeof loaded?.options.snapshot?.read).toBe('function');
    await loaded?.dispose?.();
  });

  it('builds a file store from a folder relative to the config file', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'config/prompts/support'), { recursive: true });
    await writeFile(
      join(dir, 'config/prompts/support/greeting.prompt.md'),
      '---\nversion: 1.0.0\n---\nHi {{customer}}\n',
    );
    await writeFile(
      join(dir, 'config/promptops.config.json'),
      JSON.stringify({ store: { type: 'file', dir: 'prompts' } }),
    );
    const loaded = await loadConfigFile({ cwd: dir, env: { PROMPTOPS_CONFIG: 'config/promptops.config.json' } });
    expect(loaded?.options.store.name).toBe('file');
    const client = createPromptClient(loaded?.options ?? { store: new FakeStore() });
    expect((await client.getPrompt('support/greeting')).render({ customer: 'Ada' })).toMatch(/^Hi Ada/);
    await client.close();
    await loaded?.dispose?.();
  });

  it('an unset tokenEnv variable is a ConfigError naming the field', async () => {
    await writeFile(
      join(dir, 'promptops.config.json'),
      JSON.stringify({ store: { type: 'http', url: 'http://127.0.0.1:9', tokenEnv: 'MISSING_TOKEN' } }),
    );
    const error = await rejectionOf(loadConfigFile({ cwd: dir, env: {} }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).option).toBe('store.tokenEnv');
    expect((error as Error).message).toContain('MISSING_TOKEN, which is not set');
  });

  it('a missing lockfile is a ConfigError naming it', async () => {
    await writeFile(
      join(dir, 'promptops.config.json'),
      JSON.stringify({ store: { type: 'http', url: 'http://127.0.0.1:9' }, lockfile: 'missing.lock.json' }),
    );
    await expect(loadConfigFile({ cwd: dir, env: {} })).rejects.toThrow(
      /missing\.lock\.json: the lockfile does not exist/,
    );
  });
});

describe('fileSnapshot', () => {
  it('reads nothing before the first write, then round-trips, creating the folder', async () => {
    const snapshot = fileSnapshot({ path: join(dir, 'deep/snap.json') });
    expect(await snapshot.read()).toBeUndefined();
    const data = { snapshotVersion: 1 as const, savedAt: 'now', selectors: {}, records: {} };
    await snapshot.write(data);
    expect(await snapshot.read()).toEqual(data);
  });

  it('an unreadable file is a ConfigError naming it', async () => {
    await writeFile(join(dir, 'snap.json'), 'garbage');
    await expect(fileSnapshot({ path: join(dir, 'snap.json') }).read()).rejects.toThrow(
      /snap\.json: the snapshot file is not valid JSON/,
    );
  });

  it('serves a cold start with a dead store from the file', async () => {
    const path = join(dir, 'snap.json');
    const warm = createPromptClient({ store: new FakeStore(records), snapshot: { path }, timers: manualTime().timers });
    await warm.getPrompt('a');
    await warm.close();
    expect(JSON.parse(await readFile(path, 'utf8')).selectors['a@latest'].version).toBe('1.1.0');

    const dead = new FakeStore(records);
    dead.failure = networkError();
    const cold = createPromptClient({ store: dead, snapshot: { path } });
    const p = await cold.getPrompt('a');
    expect(p.source).toBe('snapshot');
    expect(p.render({ x: 1 })).toBe('A2 1');
    await cold.close();
  });
});

describe('lockfile paths (Node entry)', () => {
  it('createPromptClient reads a lockfile path and enforces it', async () => {
    const store = new FakeStore(records);
    const lock = await createLockfile(store, { a: '1.0.0' });
    const path = join(dir, 'promptops.lock.json');
    await writeFile(path, JSON.stringify(lock));
    expect(await readLockfile(path)).toEqual(lock);
    const client = createPromptClient({ store, lockfile: path });
    expect((await client.getPrompt('a')).version).toBe('1.0.0');
    store.put(text('a', '1.0.0', 'evil'));
    client.invalidate();
    await expect(client.getPrompt('a')).rejects.toBeInstanceOf(IntegrityError);
  });

  it('a bad lockfile path fails at construction, naming the file', () => {
    expect(() => createPromptClient({ store: new FakeStore(), lockfile: join(dir, 'nope.json') })).toThrow(
      /nope\.json: the lockfile does not exist; run "promptops lock"/,
    );
  });
});

describe('the Node default client', () => {
  it('configure() takes the Node option forms', async () => {
    configure({ store: new FakeStore(records), snapshot: { path: join(dir, 's.json') } });
    expect((await getPrompt('a')).version).toBe('1.1.0');
  });

  it('without configure() and without a config file, says how to configure', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await expect(getPrompt('a')).rejects.toThrow(/add promptops\.config\.json to the working directory/);
    } finally {
      process.chdir(cwd);
    }
  });
});
