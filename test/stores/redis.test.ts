import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import type { PromptRecord } from '../../src/engine/record.js';
import {
  ConfigError,
  PromptFormatError,
  PromptNotFoundError,
  StoreError,
  VersionNotFoundError,
} from '../../src/errors.js';
import { redisStore as redisStoreFromEntry } from '../../src/redis.js';
import { redisStore } from '../../src/stores/redis.js';
import { verifyStore } from '../../src/testing/verify-store.js';
import { rejectionOf } from '../helpers/errors.js';
import { HANG_MS, until } from '../helpers/wait.js';
import { type RedisServer, startRedisServer } from './redis-helpers.js';

let server: RedisServer;
let admin: Redis;

beforeAll(async () => {
  server = await startRedisServer();
  admin = new Redis(server.url);
}, HANG_MS);

afterAll(async () => {
  await admin?.quit();
  await server?.stop();
});

const unique = (): string => `test-${randomUUID()}:`;

const record = (version: string, template = `Hello ${version} {{x}}`, labels?: string[]): PromptRecord => ({
  name: 'support/greeting',
  version,
  type: 'text',
  template,
  ...(labels === undefined ? {} : { labels }),
});

describe('redisStore', () => {
  it('is exported by the promptops/redis entry', () => {
    expect(redisStoreFromEntry).toBe(redisStore);
  });

  it('passes verifyStore, writes and watch included', async () => {
    const report = await verifyStore(() => redisStore({ url: server.url, prefix: unique() }));
    expect(report.store).toBe('redis');
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.filter((c) => c.skipped)).toEqual([]);
  });

  it('passes verifyStore with a client it does not own, and leaves that client open', async () => {
    const client = new Redis(server.url);
    try {
      await verifyStore(() => redisStore({ client, prefix: unique(), name: 'shared' }));
      expect(client.status).toBe('ready');
      expect(await client.ping()).toBe('PONG');
    } finally {
      await client.quit();
    }
  });

  it('keeps versions immutable: same content is a no-op, different content a 409', async () => {
    const prefix = unique();
    const store = redisStore({ url: server.url, prefix });
    try {
      await store.putVersion(record('1.0.0'));
      await store.putVersion(record('1.0.0'));
      const error = await rejectionOf(store.putVersion(record('1.0.0', 'Changed {{x}}')));
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).status).toBe(409);
      const got = await store.getVersion('support/greeting', '1.0.0');
      expect(got?.template).toBe('Hello 1.0.0 {{x}}');
      expect(Object.isFrozen(got)).toBe(true);
      expect(await store.listVersions('support/greeting')).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('lays data out as documented', async () => {
    const prefix = unique();
    const store = redisStore({ url: server.url, prefix });
    try {
      await store.putVersion(record('1.0.0', undefined, ['production']));
      expect(await admin.smembers(`${prefix}names`)).toEqual(['support/greeting']);
      const versions = await admin.hgetall(`${prefix}prompt:support/greeting:versions`);
      expect(Object.keys(versions)).toEqual(['1.0.0']);
      expect(versions['1.0.0']).toMatch(/^sha256-[0-9a-f]{64}$/);
      const json = JSON.parse((await admin.get(`${prefix}prompt:support/greeting:version:1.0.0`)) ?? 'null');
      expect(json).toMatchObject({ name: 'support/greeting', version: '1.0.0', hash: versions['1.0.0'] });
      expect(json.labels).toBeUndefined();
      expect(await admin.hgetall(`${prefix}prompt:support/greeting:labels`)).toEqual({ production: '1.0.0' });
    } finally {
      await store.close();
    }
  });

  it('moves labels: one version per label', async () => {
    const store = redisStore({ url: server.url, prefix: unique() });
    try {
      await store.putVersion(record('1.0.0', undefined, ['production']));
      await store.putVersion(record('1.1.0'));
      await store.setLabel('support/greeting', 'production', '1.1.0');
      const versions = await store.listVersions('support/greeting');
      expect(versions.map((v) => [v.version, v.labels])).toEqual([
        ['1.1.0', ['production']],
        ['1.0.0', []],
      ]);
      expect((await store.resolve('support/greeting', 'production'))?.version).toBe('1.1.0');
      expect((await store.getVersion('support/greeting', '1.0.0'))?.labels).toEqual([]);
      await expect(store.setLabel('support/greeting', 'production', '9.9.9')).rejects.toBeInstanceOf(
        VersionNotFoundError,
      );
      await expect(store.setLabel('nope/nothing', 'production', '1.0.0')).rejects.toBeInstanceOf(PromptNotFoundError);
      await expect(store.setLabel('support/greeting', 'latest', '1.0.0')).rejects.toBeInstanceOf(ConfigError);
    } finally {
      await store.close();
    }
  });

  it('rejects bad names before any Redis call', async () => {
    const client = new Redis(server.url, { lazyConnect: true });
    const store = redisStore({ client, prefix: unique() });
    for (const bad of ['../x', '/abs', 'a\0b', '%2e%2e/x', '']) {
      await expect(store.listVersions(bad)).rejects.toBeInstanceOf(PromptFormatError);
      await expect(store.getVersion(bad, '1.0.0')).rejects.toBeInstanceOf(PromptFormatError);
      await expect(store.resolve(bad, 'latest')).rejects.toBeInstanceOf(PromptFormatError);
      await expect(store.setLabel(bad, 'production', '1.0.0')).rejects.toBeInstanceOf(PromptFormatError);
    }
    expect(client.status).toBe('wait'); // never connected: no command was sent
    await store.close();
    client.disconnect();
  });

  it('rejects a tampered record with an IntegrityError', async () => {
    const prefix = unique();
    const store = redisStore({ url: server.url, prefix });
    try {
      await store.putVersion(record('1.0.0'));
      const key = `${prefix}prompt:support/greeting:version:1.0.0`;
      const json = JSON.parse((await admin.get(key)) ?? '{}');
      await admin.set(key, JSON.stringify({ ...json, template: 'Tampered {{x}}' }));
      await expect(store.getVersion('support/greeting', '1.0.0')).rejects.toMatchObject({ name: 'IntegrityError' });
    } finally {
      await store.close();
    }
  });

  it(
    'reports an unreachable server as a retryable StoreError',
    async () => {
      const store = redisStore({ url: 'redis://127.0.0.1:1', prefix: unique() });
      try {
        const error = await rejectionOf(store.list());
        expect(error).toBeInstanceOf(StoreError);
        expect((error as StoreError).retryable).toBe(true);
      } finally {
        await store.close();
      }
    },
    HANG_MS,
  );

  it('watch: the unsubscribe closes the subscriber connection', async () => {
    const store = redisStore({ url: server.url, prefix: unique() });
    try {
      await store.list(); // the store's own connection is up before counting
      const clientsBefore = Number((await admin.info('clients')).match(/connected_clients:(\d+)/)?.[1]);
      const seen: string[] = [];
      const off = store.watch((name) => seen.push(name));
      await store.putVersion(record('1.0.0')); // resolves once the subscription is up
      await until(() => seen.length > 0, 'the watch notification of the write');
      expect(seen).toEqual(['support/greeting']);
      off();
      off();
      const clients = async (): Promise<number> =>
        Number((await admin.info('clients')).match(/connected_clients:(\d+)/)?.[1]);
      await until(async () => (await clients()) <= clientsBefore, 'the subscriber connection closing');
    } finally {
      await store.close();
    }
  });

  it(
    'two processes: a label moved by another process invalidates this client through pub/sub, not its TTL',
    async () => {
      const prefix = unique();
      const store = redisStore({ url: server.url, prefix });
      // The client's clock never moves: its cached 1.0.0 never expires, so only the watch invalidation
      // (pub/sub from the other process) can make it serve 1.1.0. No time bound is needed to prove it.
      const prompts = createPromptClient({ store, cache: { ttlMs: 60_000 }, clock: { now: () => 0 } });
      try {
        await store.putVersion(record('1.0.0', undefined, ['production']));
        await store.putVersion(record('1.1.0'));
        expect((await prompts.getPrompt('support/greeting@production')).version).toBe('1.0.0');
        let receivedAt = 0;
        const off = store.watch(() => {
          receivedAt ||= Date.now();
        });
        // Poll the client from before the child starts: it serves 1.0.0 from its cache until the watch
        // invalidation lands, then loads 1.1.0.
        let version = '';
        let servedAt = 0;
        const polling = until(
          async () => {
            version = (await prompts.getPrompt('support/greeting@production')).version;
            if (version === '1.1.0') servedAt = Date.now();
            return version === '1.1.0';
          },
          'the client serving the version the other process labelled',
          { intervalMs: 1 },
        );
        const child = spawn(
          join(process.cwd(), 'node_modules/.bin/tsx'),
          [join(import.meta.dirname, 'redis-child.ts'), server.url, prefix, 'support/greeting', 'production', '1.1.0'],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let out = '';
        let err = '';
        child.stdout.on('data', (c) => {
          out += String(c);
        });
        child.stderr.on('data', (c) => {
          err += String(c);
        });
        const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
        await polling;
        expect(err).toBe('');
        expect(code).toBe(0);
        const { before, after } = JSON.parse(out.trim()) as { before: number; after: number };
        off();
        expect(version).toBe('1.1.0');
        expect(receivedAt).toBeGreaterThan(0);
        // The latency is measured and printed (4-15 ms on an idle machine: docs' "within 100 ms"), not
        // asserted: a loaded machine must not fail the test, and the frozen clock already proves pub/sub.
        console.log(
          `redis cross-process invalidation: watch notified ${receivedAt - before} ms, new version served ` +
            `${servedAt - before} ms after the child's setLabel call (its own round trip: ${after - before} ms)`,
        );
      } finally {
        await prompts.close();
        await store.close();
      }
    },
    2 * HANG_MS,
  );
});
