/**
 * The dual-build bug: a process can hold both builds of promptops (an ESM app, a custom store compiled
 * against the CommonJS build). The CJS `StoreError` is another class than the ESM one, so a client that
 * classified errors with `instanceof` took "store unavailable" for an unexpected failure and skipped
 * the stale copy and the snapshot. The core entry is built here as CommonJS (esbuild, as tsup does),
 * loaded with `require`, and its errors are thrown into the ESM client and server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { memorySnapshot } from '../../src/client/snapshot.js';
import { isPromptOpsError, StoreError } from '../../src/errors.js';
import { createPromptServer } from '../../src/server/server.js';
import type { PromptStore } from '../../src/stores/types.js';
import { FakeStore, text } from '../client/fakes.js';
import { rejectionOf } from '../helpers/errors.js';
import { manualTime } from '../helpers/manual-time.js';

type CjsBuild = typeof import('../../src/index.js');

let dir: string;
let cjs: CjsBuild;

beforeAll(async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../src/index.ts', import.meta.url))],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  dir = mkdtempSync(join(tmpdir(), 'promptops-cjs-'));
  const file = join(dir, 'index.cjs');
  writeFileSync(file, result.outputFiles[0]?.text ?? '');
  cjs = createRequire(import.meta.url)(file) as CjsBuild;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const records = [text('support/greeting', '1.0.0', 'Hi {{customer}}', { labels: ['production'] })];

describe('errors from the other build (CJS into ESM)', () => {
  it('are other classes, yet narrow by brand and code', () => {
    const foreign = new cjs.StoreError('down', { store: 'bucket', retryable: true });
    expect(foreign).not.toBeInstanceOf(StoreError);
    expect(isPromptOpsError(foreign)).toBe(true);
    expect(isPromptOpsError(foreign, 'STORE_ERROR')).toBe(true);
    expect(isPromptOpsError(foreign, 'CONFIG')).toBe(false);
    expect(cjs.isPromptOpsError(new StoreError('down', { store: 'bucket' }), 'STORE_ERROR')).toBe(true);
  });

  it('a CJS StoreError from a custom store is served from the snapshot', async () => {
    const snapshot = memorySnapshot();
    const warm = createPromptClient({ store: new FakeStore(records), snapshot, timers: manualTime().timers });
    await warm.getPrompt('support/greeting@production');
    await warm.close();

    const store = new FakeStore(records, { name: 'bucket' });
    store.failure = new cjs.StoreError('bucket read failed', { store: 'bucket', retryable: true });
    const client = createPromptClient({ store, snapshot, timers: manualTime().timers });
    const prompt = await client.getPrompt('support/greeting@production');
    expect(prompt.source).toBe('snapshot');
    expect(prompt.render({ customer: 'Ada' })).toBe('Hi Ada');
    await client.close();
  });

  it('a CJS StoreError with no snapshot fails as a StoreError saying what was tried', async () => {
    const store = new FakeStore(records, { name: 'bucket' });
    store.failure = new cjs.StoreError('bucket read failed', { store: 'bucket', retryable: true, status: 503 });
    const client = createPromptClient({ store, timers: manualTime().timers });
    const error = await rejectionOf(client.getPrompt('support/greeting'));
    expect(isPromptOpsError(error, 'STORE_ERROR')).toBe(true);
    expect(error).toMatchObject({ status: 503, retryable: true });
    expect((error as Error).message).toMatch(/no snapshot configured/);
    await client.close();
  });

  it('the server answers a CJS store error by its code (404, 503), not as an internal error', async () => {
    const store: PromptStore = {
      name: 'bucket',
      async listVersions(name) {
        if (name === 'down/prompt') throw new cjs.StoreError('bucket down', { store: 'bucket', retryable: true });
        throw new cjs.PromptNotFoundError(name, { store: 'bucket' });
      },
      async getVersion() {
        return undefined;
      },
    };
    const server = createPromptServer({ store, onError: () => undefined });
    const { url } = await server.listen({ port: 0, host: '127.0.0.1' });
    try {
      const missing = await fetch(`${url}/v1/prompts/${encodeURIComponent('no/prompt')}`);
      expect(missing.status).toBe(404);
      const down = await fetch(`${url}/v1/prompts/${encodeURIComponent('down/prompt')}`);
      expect(down.status).toBe(503);
    } finally {
      await server.close();
    }
  });
});
