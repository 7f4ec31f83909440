import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { StoreError } from '../../src/errors.js';
import { httpStore } from '../../src/stores/http.js';
import { rejectionOf } from '../helpers/errors.js';

// Two real servers on 127.0.0.1 with different ports: two origins, as a browser or fetch sees them.

const TOKEN = 'tok_redirect_s3cr3t_12345';
const API_KEY = 'key_redirect_s3cr3t_67890';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function start(
  handler: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<{ origin: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const record: PromptRecord = { name: 'support/greeting', version: '1.0.0', type: 'text', template: 'Hi {{who}}' };

describe('httpStore: redirects', () => {
  it('follows a redirect within its origin, credentials included', async () => {
    const a = await start((req, res) => {
      if (req.url === '/v1/prompts') {
        res.writeHead(301, { location: '/moved/v1/prompts' });
        res.end();
        return;
      }
      json(res, 200, { prompts: [{ name: 'support/greeting' }] });
    });
    const store = httpStore({ url: a.origin, token: TOKEN, headers: { 'x-api-key': API_KEY }, retry: false });
    expect(await store.list()).toEqual(['support/greeting']);
    expect(a.seen.map((s) => s.url)).toEqual(['/v1/prompts', '/moved/v1/prompts']);
    expect(a.seen[1]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(a.seen[1]?.headers['x-api-key']).toBe(API_KEY);
  });

  it('refuses a redirect to another origin: nothing is sent there, the error names it', async () => {
    const b = await start((_req, res) => json(res, 200, { prompts: [{ name: 'evil' }] }));
    const a = await start((req, res) => {
      res.writeHead(302, { location: `${b.origin}${req.url}` });
      res.end();
    });
    const store = httpStore({ url: a.origin, token: TOKEN, headers: { 'x-api-key': API_KEY } });
    const error = await rejectionOf(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ status: 302, retryable: false, store: 'http' });
    expect((error as Error).message).toContain(`was sent a redirect (HTTP 302) to another origin, ${b.origin},`);
    expect((error as Error).message).toContain(`follows redirects within ${a.origin} only`);
    expect(String(error)).not.toContain(TOKEN);
    expect(String(error)).not.toContain(API_KEY);
    expect(b.seen).toEqual([]);
    expect(a.seen).toHaveLength(1); // not retried either
  });

  it('never re-sends a PUT body or its headers to another origin (307/308)', async () => {
    const b = await start((_req, res) => json(res, 200, {}));
    const a = await start((req, res) => {
      res.writeHead(req.url?.includes('/labels/') ? 308 : 307, { location: `${b.origin}${req.url}` });
      res.end();
    });
    const store = httpStore({ url: a.origin, token: TOKEN, headers: { 'x-api-key': API_KEY }, writable: true });
    const hashed = { ...record, hash: await computeHash(record) };
    const put = await rejectionOf(store.putVersion?.(hashed) ?? Promise.resolve());
    expect(put).toBeInstanceOf(StoreError);
    expect((put as Error).message).toContain(`(HTTP 307) to another origin, ${b.origin}`);
    const label = await rejectionOf(store.setLabel?.('support/greeting', 'production', '1.0.0') ?? Promise.resolve());
    expect(label).toBeInstanceOf(StoreError);
    expect((label as Error).message).toContain(`(HTTP 308) to another origin, ${b.origin}`);
    expect(b.seen).toEqual([]);
    expect(a.seen.map((s) => s.method)).toEqual(['PUT', 'PUT']);
    expect(a.seen[0]?.body).toContain('"support/greeting"');
  });

  it("re-sends a PUT body on a same-origin 307, and never the other origin's record on a GET", async () => {
    const hashed = { ...record, hash: await computeHash(record) };
    const a = await start((req, res, body) => {
      if (req.url?.startsWith('/old/')) {
        res.writeHead(307, { location: req.url.replace('/old/', '/new/') });
        res.end();
        return;
      }
      expect(JSON.parse(body)).toMatchObject({ name: 'support/greeting', version: '1.0.0' });
      res.writeHead(204);
      res.end();
    });
    const store = httpStore({ url: `${a.origin}/old`, token: TOKEN, writable: true, retry: false });
    await store.putVersion?.(hashed);
    expect(a.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'PUT /old/v1/prompts/support%2Fgreeting/versions/1.0.0',
      'PUT /new/v1/prompts/support%2Fgreeting/versions/1.0.0',
    ]);
    expect(a.seen[1]?.body).toBe(a.seen[0]?.body);
  });

  it('stops after 5 same-origin redirects in a row', async () => {
    const a = await start((req, res) => {
      res.writeHead(302, { location: `${req.url}x` });
      res.end();
    });
    const store = httpStore({ url: a.origin, retry: false });
    const error = await rejectionOf(store.list());
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(
      /got a redirect \(HTTP 302\) it cannot follow .*: more than 5 redirects in a row/,
    );
    expect(a.seen).toHaveLength(6);
  });
});

describe('the client on a refusing store', () => {
  it('a 401 names the refusal once and does not advise a fallback "while the store is down"', async () => {
    const { createPromptClient } = await import('../../src/client/client.js');
    const a = await start((_req, res) => json(res, 401, { error: { code: 'unauthorized', message: 'bad token' } }));
    const client = createPromptClient({ store: httpStore({ url: a.origin, token: TOKEN }) });
    const error = (await rejectionOf(client.getPrompt('support/greeting'))) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(
      /^Could not load prompt "support\/greeting@latest": the http store failed \(StoreError: The http store was refused \(HTTP 401 unauthorized\) while .*: the credentials are missing or wrong; the full error is the cause\); no stale copy; no snapshot configured; no fallback given\.$/,
    );
    expect(error.message).not.toMatch(/while the store is down|Fix:.*Fix:/);
    expect((error.cause as Error).message).toMatch(/Fix: the token that was sent was refused/);
    await client.close();
  });
});
