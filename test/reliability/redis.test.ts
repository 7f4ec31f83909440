/**
 * Defects 8, 16 and 17 of issue 13 against a real `redis-server` on loopback: the version index's hash checks a
 * record stripped of its own; `watch()` started while Redis is down subscribes once Redis is up; and the store
 * warns at start when Redis keeps no data on disk.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { IntegrityError } from '../../src/errors.js';
import { redisStore } from '../../src/stores/redis.js';
import { rejectionOf } from '../helpers/errors.js';
import { freePort } from '../helpers/server-process.js';
import { HANG_MS } from '../helpers/wait.js';
import { type RedisServer, startRedisServer } from '../stores/redis-helpers.js';

const greeting: PromptRecord = { name: 'support/greeting', version: '1.0.0', type: 'text', template: 'Hello {{x}}' };

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

/**
 * Resolves with the value the first time `start` reports one, failing after `ms` (a bound for hangs,
 * {@link HANG_MS}: never a time budget a loaded machine could miss).
 */
function within<T>(ms: number, what: string, start: (done: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
    start((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

describe('redis store: the version index hash is trusted', () => {
  it('a record stripped of its hash and changed in Redis is an IntegrityError', async () => {
    const prefix = `t-${randomUUID()}:`;
    const store = redisStore({ url: server.url, prefix, checkPersistence: false });
    try {
      await store.putVersion(greeting);
      const key = `${prefix}prompt:support/greeting:version:1.0.0`;
      const stored = JSON.parse((await admin.get(key)) as string) as Record<string, unknown>;
      delete stored.hash;
      stored.template = 'PWNED {{x}}';
      await admin.set(key, JSON.stringify(stored));
      const error = await rejectionOf(store.getVersion('support/greeting', '1.0.0'));
      expect(error).toBeInstanceOf(IntegrityError);
      // Another hash in the record than in the index is refused too.
      await admin.set(key, JSON.stringify({ ...stored, hash: await computeHash(stored as unknown as PromptRecord) }));
      expect(await rejectionOf(store.getVersion('support/greeting', '1.0.0'))).toBeInstanceOf(IntegrityError);
    } finally {
      await store.close();
    }
  });
});

describe('redis store: watch() started while Redis is down', () => {
  it('subscribes once Redis is up and hears changes', { timeout: 3 * HANG_MS }, async () => {
    const port = await freePort();
    const client = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 0, lazyConnect: false });
    client.on('error', () => undefined);
    let subscriber: Redis | undefined;
    const duplicate = client.duplicate.bind(client);
    client.duplicate = (...args: Parameters<Redis['duplicate']>) => {
      subscriber = duplicate(...args);
      return subscriber;
    };
    const store = redisStore({ client, prefix: 'p:', checkPersistence: false });
    const heard: string[] = [];
    let onHeard: (name: string) => void = () => undefined;
    store.watch((name) => {
      heard.push(name);
      onHeard(name);
    });
    // Let the first SUBSCRIBE fail: with maxRetriesPerRequest 0 it is rejected at the first lost connection.
    await within(HANG_MS, 'a failed connection of the subscriber', (done) => subscriber?.once('reconnecting', done));
    const up = await startRedisServer({ port });
    const writer = redisStore({ url: up.url, prefix: 'p:', checkPersistence: false });
    try {
      const received = within<string>(HANG_MS, 'a change notification', (done) => {
        onHeard = done;
      });
      // Publish until the subscriber (reconnecting on its own schedule) hears one; each write is a new version.
      let version = 0;
      let stop = false;
      const publishing = (async () => {
        while (!stop) {
          version++;
          await writer.putVersion({ ...greeting, version: `1.0.${version}` }).catch(() => undefined);
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      expect(await received).toBe('support/greeting');
      stop = true;
      await publishing;
    } finally {
      await writer.close();
      await store.close();
      client.disconnect();
      await up.stop();
    }
  });
});

describe('redis store: persistence', () => {
  it('warns at start when Redis keeps no data on disk, without the URL', { timeout: 2 * HANG_MS }, async () => {
    const bare = await startRedisServer({ persistence: false });
    const warnings: string[] = [];
    const store = redisStore({ url: bare.url, onWarning: (m) => warnings.push(m) });
    try {
      await store.list();
      await store.list();
      await store.list();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/keeps no data on disk .*appendonly/);
      expect(warnings[0]).toContain(`127.0.0.1:${bare.port}`);
      expect(warnings[0]).not.toContain('redis://');
    } finally {
      await store.close();
      await bare.stop();
    }
  });

  it('says nothing when Redis persists (AOF on)', async () => {
    const client = new Redis(server.url);
    await client.ping();
    const warnings: string[] = [];
    const store = redisStore({ client, onWarning: (m) => warnings.push(m) });
    try {
      await store.list(); // sent after the first CONFIG GET
      await store.list(); // sent after the second
      expect(warnings).toEqual([]);
    } finally {
      await store.close();
      await client.quit();
    }
  });
});
