import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { StoreError } from '../../src/errors.js';
import { createPromptServer, type PromptServer } from '../../src/server/server.js';
import { fileStore } from '../../src/stores/fs/file-store.js';
import { httpStore } from '../../src/stores/http.js';
import { memoryStore } from '../../src/stores/memory.js';
import type { PromptStore } from '../../src/stores/types.js';
import { verifyStore } from '../../src/testing/verify-store.js';
import { rejectionOf } from '../helpers/errors.js';

const TOKEN = 'server-test-token-0123456789';

const greeting = (version: string, labels?: string[], template = `Hello {{customer}} ${version}`): PromptRecord => ({
  name: 'support/greeting',
  version,
  type: 'text',
  template,
  ...(labels === undefined ? {} : { labels }),
});

function seeded(): PromptStore {
  return memoryStore([greeting('1.0.0', ['staging']), greeting('1.2.0', ['production']), greeting('2.0.0-rc.1')]);
}

const running: PromptServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

async function start(options: Partial<Parameters<typeof createPromptServer>[0]> = {}) {
  const server = createPromptServer({ store: seeded(), onError: () => undefined, ...options });
  running.push(server);
  const { url } = await server.listen({ port: 0, host: '127.0.0.1' });
  return { server, url };
}

const auth = { authorization: `Bearer ${TOKEN}` };

/** A raw request, so that the path is sent exactly as written (fetch would normalise `..`). */
function raw(
  url: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname, port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('createPromptServer: reading', () => {
  it('listens on 127.0.0.1 with a free port and serves the protocol', async () => {
    const { url } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const list = await fetch(`${url}/v1/prompts`);
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await list.json()) as { prompts: Array<{ name: string; versions: Array<{ version: string }> }> };
    expect(body.prompts.map((p) => [p.name, p.versions.map((v) => v.version)])).toEqual([
      ['support/greeting', ['2.0.0-rc.1', '1.2.0', '1.0.0']],
    ]);
    const versions = await (await fetch(`${url}/v1/prompts/support%2Fgreeting`)).json();
    expect(versions).toMatchObject({ name: 'support/greeting', versions: [{ version: '2.0.0-rc.1' }, {}, {}] });
  });

  it('serves an exact version with ETag, immutable caching, and 304 on If-None-Match', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/v1/prompts/support%2Fgreeting/versions/1.2.0`);
    const hash = await computeHash(greeting('1.2.0'));
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${hash}"`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.json()).toEqual({ ...greeting('1.2.0'), labels: ['production'], hash });
    const again = await fetch(`${url}/v1/prompts/support%2Fgreeting/versions/1.2.0`, {
      headers: { 'if-none-match': `W/"other", "${hash}"` },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(`"${hash}"`);
  });

  it('resolves selectors in one request, and says what exists when nothing matches', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/v1/prompts/support%2Fgreeting/resolve?selector=${encodeURIComponent('^1.0')}`);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(((await res.json()) as PromptRecord).version).toBe('1.2.0');
    const none = await fetch(`${url}/v1/prompts/support%2Fgreeting/resolve?selector=canary`);
    expect(none.status).toBe(404);
    expect(await none.json()).toEqual({
      error: {
        code: 'not_found',
        message:
          'No version of prompt "support/greeting" matches "canary". Versions: 2.0.0-rc.1, 1.2.0, 1.0.0; ' +
          'labels: production → 1.2.0, staging → 1.0.0. Pick one of these, or publish a matching version.',
      },
    });
    const missing = await fetch(`${url}/v1/prompts/support%2Fgreeting/resolve`);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(
      /Missing or invalid \?selector=/,
    );
  });

  it('answers unknown names with 404 not_found and close names', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/v1/prompts/support%2Fgreting`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: {
        code: 'not_found',
        message: 'Prompt "support/greting" was not found in the memory store. Did you mean "support/greeting"?',
      },
    });
    const version = await fetch(`${url}/v1/prompts/support%2Fgreeting/versions/9.9.9`);
    expect(version.status).toBe(404);
    expect(((await version.json()) as { error: { message: string } }).error.message).toMatch(
      /No version of prompt "support\/greeting" matches "9\.9\.9"/,
    );
  });

  it('refuses bad names and path-escape attempts with 400', async () => {
    const { url } = await start();
    const cases: Array<[string, RegExp]> = [
      ['/v1/prompts/..%2F..%2Fetc%2Fpasswd', /invalid prompt name "..\/..\/etc\/passwd"/],
      ['/v1/prompts/%2e%2e', /Path segments "\." and "\.\." and NUL bytes are refused/],
      ['/v1/prompts/../../etc/passwd', /Path segments "\." and "\.\." and NUL bytes are refused/],
      ['/v1/prompts/a%00b', /Path segments "\." and "\.\." and NUL bytes are refused/],
      ['/v1/prompts/%E0%A4%A', /Malformed percent-encoding in the path/],
      ['/v1/prompts/Support', /invalid prompt name "Support"/],
      ['/v1/prompts/support%2Fgreeting/versions/..%2F1.0.0', /Invalid version/],
    ];
    for (const [path, message] of cases) {
      const res = await raw(url, path);
      expect(res.status, path).toBe(400);
      const body = JSON.parse(res.body) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toMatch(message);
    }
  });

  it('HEAD has headers and no body; other methods get 405 with Allow; unknown paths 404', async () => {
    const { url } = await start();
    const head = await raw(url, '/v1/prompts/support%2Fgreeting/versions/1.0.0', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers.etag).toMatch(/^"sha256-[0-9a-f]{64}"$/);
    const del = await raw(url, '/v1/prompts', { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.allow).toBe('GET, HEAD');
    const other = await raw(url, '/v2/whatever');
    expect(other.status).toBe(404);
    expect(JSON.parse(other.body)).toMatchObject({
      error: { code: 'not_found', message: expect.stringMatching(/under \/v1\/prompts/) },
    });
  });

  it('is read-only by default', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/v1/prompts/support%2Fgreeting/versions/3.0.0`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(greeting('3.0.0')),
    });
    expect(res.status).toBe(405);
    expect(await res.json()).toEqual({
      error: {
        code: 'method_not_allowed',
        message: 'This server is read-only: start it with writable: true to accept PUT requests.',
      },
    });
  });

  it('hides unexpected errors behind a generic 500 and reports them to onError', async () => {
    const seen: unknown[] = [];
    const broken: PromptStore = {
      name: 'broken',
      listVersions: () => Promise.reject(new Error('connection string postgres://admin:pw@db leaked?')),
      getVersion: () => Promise.resolve(undefined),
    };
    const { url } = await start({ store: broken, onError: (e) => seen.push(e) });
    const res = await fetch(`${url}/v1/prompts/x`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      error: { code: 'internal', message: 'Internal server error: see the server log.' },
    });
    expect(seen).toHaveLength(1);
  });

  it('a retryable store failure becomes 503 with Retry-After', async () => {
    const flaky: PromptStore = {
      name: 'flaky',
      listVersions: () => Promise.reject(new StoreError('upstream down', { store: 'flaky', retryable: true })),
      getVersion: () => Promise.resolve(undefined),
    };
    const { url } = await start({ store: flaky });
    const res = await fetch(`${url}/v1/prompts/x`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await res.json()).toEqual({ error: { code: 'store_unavailable', message: 'upstream down' } });
  });
});

describe('createPromptServer: bearer auth', () => {
  it('refuses a missing or wrong token with 401 and a JSON body', async () => {
    const { url } = await start({ token: TOKEN });
    const missing = await fetch(`${url}/v1/prompts`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="promptops"');
    expect(await missing.json()).toEqual({
      error: {
        code: 'unauthorized',
        message:
          'Missing bearer token: send "Authorization: Bearer <token>" with the token the server was started with.',
      },
    });
    const wrong = await fetch(`${url}/v1/prompts`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const body = await wrong.text();
    expect(body).toMatch(/Invalid bearer token/);
    expect(body).not.toContain(TOKEN);
    const ok = await fetch(`${url}/v1/prompts`, { headers: auth });
    expect(ok.status).toBe(200);
  });
});

describe('createPromptServer: writable', () => {
  it('PUT a version: 200 with the hash, the same again is a no-op, changed content is 409', async () => {
    const { url } = await start({ writable: true, token: TOKEN });
    const put = (record: unknown, path = '/v1/prompts/support%2Fgreeting/versions/3.0.0') =>
      fetch(`${url}${path}`, {
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(record),
      });
    const first = await put(greeting('3.0.0'));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      name: 'support/greeting',
      version: '3.0.0',
      hash: await computeHash(greeting('3.0.0')),
    });
    expect((await put(greeting('3.0.0'))).status).toBe(200);
    const conflict = await put(greeting('3.0.0', undefined, 'changed'));
    expect(conflict.status).toBe(409);
    const body = (await conflict.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('conflict');
    expect(body.error.message).toMatch(/already exists with different content.*Versions are immutable/);

    const bad = await put({ name: 'support/greeting', version: '3.0.0', type: 'text' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^Invalid record: /);
    const mismatch = await put(greeting('3.1.0'));
    expect(mismatch.status).toBe(400);
    expect(((await mismatch.json()) as { error: { message: string } }).error.message).toMatch(
      /The record is "support\/greeting@3\.1\.0" but the URL says "support\/greeting@3\.0\.0"/,
    );
  });

  it('PUT a label moves it; an unknown version is 404', async () => {
    const { url } = await start({ writable: true });
    const setLabel = (version: string) =>
      fetch(`${url}/v1/prompts/support%2Fgreeting/labels/production`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ version }),
      });
    const ok = await setLabel('1.0.0');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      name: 'support/greeting',
      label: 'production',
      version: '1.0.0',
      from: '1.2.0',
      moved: true,
    });
    const record = (await (
      await fetch(`${url}/v1/prompts/support%2Fgreeting/resolve?selector=production`)
    ).json()) as PromptRecord;
    expect(record.version).toBe('1.0.0');
    const missing = await setLabel('7.0.0');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(
      /No version of prompt "support\/greeting" matches "7\.0\.0"/,
    );
  });

  it('checks the content type and the body size', async () => {
    const { url } = await start({ writable: true, maxBodyBytes: 1024 });
    const text = await fetch(`${url}/v1/prompts/support%2Fgreeting/versions/3.0.0`, {
      method: 'PUT',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(text.status).toBe(415);
    expect((await text.json()) as object).toMatchObject({ error: { code: 'unsupported_media_type' } });
    const big = await raw(url, '/v1/prompts/support%2Fgreeting/versions/3.0.0', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...greeting('3.0.0'), template: 'x'.repeat(5000) }),
    });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toEqual({
      error: {
        code: 'payload_too_large',
        message: 'The request body is larger than the 1024-byte limit of this server.',
      },
    });
  });
});

describe('httpStore against the real reference server', () => {
  it('passes verifyStore read-only (memory-backed, with a token)', async () => {
    const { url } = await start({ token: TOKEN });
    const report = await verifyStore(() => httpStore({ url, token: TOKEN }));
    expect(report.store).toBe('http');
    expect(report.checks.every((c) => c.ok)).toBe(true);
    expect(report.checks.find((c) => c.name.startsWith('putVersion stores'))?.skipped).toBe(true);
  });

  it('passes verifyStore with writes through a writable server', async () => {
    const { url } = await start({ token: TOKEN, writable: true, store: memoryStore() });
    // The server records the token's name ("token" for the single --token-env token) as the actor.
    const report = await verifyStore(() => httpStore({ url, token: TOKEN, writable: true }), {
      writable: true,
      expectedActor: 'token',
    });
    const ran = report.checks.filter((c) => !c.skipped).map((c) => c.name);
    expect(ran).toContain('putVersion of changed content under an existing version rejects');
    expect(ran).toContain('setLabel moves a label from one version to another');
    expect(ran).toContain('labelHistory records each real move, newest first, with actor, reason and an ISO date');
  });

  it('passes verifyStore over a file store', async () => {
    const { url } = await start({ store: fileStore({ dir: 'test/fixtures/stores/good' }) });
    await expect(verifyStore(() => httpStore({ url }))).resolves.toMatchObject({ store: 'http' });
  });

  it('reuses a record on 304 and maps a wrong token to a StoreError without the token', async () => {
    const { url } = await start({ token: TOKEN });
    const store = httpStore({ url, token: TOKEN });
    const first = await store.getVersion('support/greeting', '1.0.0');
    expect(await store.getVersion('support/greeting', '1.0.0')).toBe(first);
    const wrong = httpStore({ url, token: 'wrong-token-value' });
    const error = await rejectionOf(wrong.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ status: 401, retryable: false });
    expect((error as Error).message).toMatch(
      /HTTP 401 unauthorized.*The server said: "Invalid bearer token: send the token the server was started with\."/,
    );
    expect((error as Error).message).not.toContain('wrong-token-value');
  });

  it('a conflicting put through httpStore is a 409 StoreError', async () => {
    const { url } = await start({ writable: true });
    const store = httpStore({ url, writable: true });
    await store.putVersion(greeting('5.0.0'));
    const error = await rejectionOf(store.putVersion(greeting('5.0.0', undefined, 'changed')));
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ status: 409, retryable: false });
    expect((error as Error).message).toMatch(
      /HTTP 409 conflict while publishing "support\/greeting@5\.0\.0".*Versions are immutable/,
    );
  });
});

describe('createPromptServer: lifecycle', () => {
  let server: PromptServer;
  beforeAll(() => {
    server = createPromptServer({ store: seeded() });
  });
  afterAll(() => server.close());

  it('close() ends keep-alive connections and can be called twice; listen twice is refused', async () => {
    const { url } = await server.listen();
    await expect(server.listen()).rejects.toThrow(/the server is already listening: close\(\) it first/);
    expect((await fetch(`${url}/v1/prompts`)).status).toBe(200);
    await server.close();
    await server.close();
    await expect(fetch(`${url}/v1/prompts`)).rejects.toThrow();
  });
});
