import { afterEach, describe, expect, it } from 'vitest';
import type { PromptRecord } from '../../src/engine/record.js';
import { ConfigError } from '../../src/errors.js';
import { createPromptServer, type PromptServer } from '../../src/server/server.js';
import { createAccessControl, type ServerToken, tokensFromFile } from '../../src/server/tokens.js';
import { httpStore } from '../../src/stores/http.js';
import { memoryStore } from '../../src/stores/memory.js';
import { thrownBy } from '../helpers/errors.js';

const record = (name: string, version: string, labels?: string[]): PromptRecord => ({
  name,
  version,
  type: 'text',
  template: `Hello ${name} ${version}`,
  ...(labels === undefined ? {} : { labels }),
});

const TOKENS: ServerToken[] = [
  { name: 'support-ci', token: 'support-secret-1', scopes: ['read', 'publish', 'promote'], prefixes: ['support/'] },
  { name: 'billing-publisher', token: 'billing-secret-2', scopes: ['publish'], prefixes: ['billing/'] },
  { name: 'reader', token: 'reader-secret-3', scopes: ['read'] },
  { name: 'admin', token: 'admin-secret-4', scopes: ['read', 'publish', 'promote'] },
];

const running: PromptServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

async function start(options: { publicRead?: boolean } = {}) {
  const store = memoryStore([
    record('support/greeting', '1.0.0', ['production']),
    record('support/greeting', '1.1.0'),
    record('billing/refund', '1.0.0', ['production']),
  ]);
  const server = createPromptServer({ store, tokens: TOKENS, writable: true, onError: () => undefined, ...options });
  running.push(server);
  const { url } = await server.listen({ port: 0 });
  return { url, store };
}

function call(url: string, path: string, token?: string, init: { method?: string; body?: unknown } = {}) {
  return fetch(`${url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

describe('tokens, scopes and prefixes', () => {
  it('needs a token for every request, reads included, and lists only the names a token may read', async () => {
    const { url } = await start();
    const anonymous = await call(url, '/v1/prompts');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/Bearer/);
    const listed = (await (await call(url, '/v1/prompts', 'support-secret-1')).json()) as {
      prompts: Array<{ name: string }>;
    };
    expect(listed.prompts.map((p) => p.name)).toEqual(['support/greeting']);
    const all = (await (await call(url, '/v1/prompts', 'reader-secret-3')).json()) as { prompts: unknown[] };
    expect(all.prompts).toHaveLength(2);
  });

  it('answers 403 forbidden saying what the token may do', async () => {
    const { url } = await start();
    const outside = await call(url, '/v1/prompts/billing%2Frefund/labels/production', 'support-secret-1', {
      method: 'PUT',
      body: { version: '1.0.0' },
    });
    expect(outside.status).toBe(403);
    const body = (await outside.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('forbidden');
    expect(body.error.message).toBe(
      'Forbidden: token "support-ci" may read, publish and promote prompts under "support/"; it may not promote "billing/refund". ' +
        'Use a token with the "promote" scope covering that name, or ask the registry\'s owner to extend this one.',
    );
    expect(body.error.message).not.toContain('secret');

    const readerWrites = await call(url, '/v1/prompts/support%2Fgreeting/labels/production', 'reader-secret-3', {
      method: 'PUT',
      body: { version: '1.1.0' },
    });
    expect(readerWrites.status).toBe(403);
    expect(((await readerWrites.json()) as { error: { message: string } }).error.message).toMatch(
      /token "reader" may read any prompt; it may not promote "support\/greeting"/,
    );
  });

  it('publish implies read; publishing labels needs promote too', async () => {
    const { url } = await start();
    expect((await call(url, '/v1/prompts/billing%2Frefund', 'billing-secret-2')).status).toBe(200);
    const plain = await call(url, '/v1/prompts/billing%2Frefund/versions/1.1.0', 'billing-secret-2', {
      method: 'PUT',
      body: record('billing/refund', '1.1.0'),
    });
    expect(plain.status).toBe(200);
    const labelled = await call(url, '/v1/prompts/billing%2Frefund/versions/1.2.0', 'billing-secret-2', {
      method: 'PUT',
      body: record('billing/refund', '1.2.0', ['production']),
    });
    expect(labelled.status).toBe(403);
    expect(((await labelled.json()) as { error: { message: string } }).error.message).toMatch(/may not promote/);
  });

  it('records the token name as the actor, with the reason, in the history route', async () => {
    const { url } = await start();
    const moved = await call(url, '/v1/prompts/support%2Fgreeting/labels/production', 'support-secret-1', {
      method: 'PUT',
      body: { version: '1.1.0', reason: 'better greeting' },
    });
    expect(await moved.json()).toEqual({
      name: 'support/greeting',
      label: 'production',
      version: '1.1.0',
      from: '1.0.0',
      moved: true,
    });
    const again = await call(url, '/v1/prompts/support%2Fgreeting/labels/production', 'support-secret-1', {
      method: 'PUT',
      body: { version: '1.1.0' },
    });
    expect(await again.json()).toMatchObject({ moved: false });
    const history = (await (await call(url, '/v1/prompts/support%2Fgreeting/history', 'reader-secret-3')).json()) as {
      name: string;
      moves: Array<Record<string, unknown>>;
    };
    expect(history.name).toBe('support/greeting');
    expect(history.moves).toEqual([
      {
        label: 'production',
        from: '1.0.0',
        to: '1.1.0',
        actor: 'support-ci',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        reason: 'better greeting',
      },
    ]);
    // The same through httpStore.
    const client = httpStore({ url, token: 'admin-secret-4' });
    expect(await client.labelHistory('support/greeting')).toEqual(history.moves);
    expect(await client.labelHistory('support/unknown')).toEqual([]);
    const unknown = await call(url, '/v1/prompts/support%2Funknown/history', 'admin-secret-4');
    expect(unknown.status).toBe(404);
  });

  it('--public-read: reads are open, writes still need a token', async () => {
    const { url } = await start({ publicRead: true });
    expect((await call(url, '/v1/prompts')).status).toBe(200);
    expect((await call(url, '/v1/prompts/billing%2Frefund/history')).status).toBe(200);
    const write = await call(url, '/v1/prompts/support%2Fgreeting/labels/production', undefined, {
      method: 'PUT',
      body: { version: '1.1.0' },
    });
    expect(write.status).toBe(401);
    expect(((await write.json()) as { error: { message: string } }).error.message).toMatch(
      /reads are open on this server, but to promote "support\/greeting" send/,
    );
    expect((await call(url, '/v1/prompts', 'wrong-token')).status).toBe(401);
  });

  it('mounted routes see who is calling', async () => {
    const store = memoryStore([record('support/greeting', '1.0.0')]);
    const server = createPromptServer({
      store,
      tokens: TOKENS,
      routes: [
        {
          prefix: '/whoami',
          handle(req, res, context) {
            const caller = context.caller(req);
            res.end(JSON.stringify({ name: caller.name, promote: caller.may('promote', 'support/greeting') }));
          },
        },
      ],
    });
    running.push(server);
    const { url } = await server.listen({ port: 0 });
    expect(await (await call(url, '/whoami', 'support-secret-1')).json()).toEqual({
      name: 'support-ci',
      promote: true,
    });
    expect((await call(url, '/whoami')).status).toBe(401);
  });
});

describe('tokensFromFile and createAccessControl', () => {
  it('reads secrets from the environment and names the entry when one is missing, never the secret', () => {
    const json = [{ name: 'ci', tokenEnv: 'CI_TOKEN', scopes: ['read', 'publish'], prefixes: ['support/'] }];
    expect(tokensFromFile(json, { CI_TOKEN: 'abc' }, 'tokens.json')).toEqual([
      { name: 'ci', token: 'abc', scopes: ['read', 'publish'], prefixes: ['support/'] },
    ]);
    const missing = thrownBy(ConfigError, () => tokensFromFile(json, {}, 'tokens.json'));
    expect(missing).toBeInstanceOf(ConfigError);
    expect((missing as Error).message).toMatch(/token "ci" reads its secret from CI_TOKEN, which is not set/);
    const inline = thrownBy(ConfigError, () =>
      tokensFromFile([{ name: 'x', token: 'abc', tokenEnv: 'A', scopes: ['read'] }], { A: 'b' }, 'f'),
    );
    expect((inline as Error).message).toMatch(/unknown field "token".*Secrets go in environment variables/);
    const scope = thrownBy(ConfigError, () =>
      tokensFromFile([{ name: 'x', tokenEnv: 'A', scopes: ['admin'] }], { A: 'b' }, 'f'),
    );
    expect((scope as Error).message).toMatch(/unknown scope "admin" of "x": use read, publish or promote/);
    const twice = thrownBy(ConfigError, () =>
      tokensFromFile(
        [
          { name: 'a', tokenEnv: 'A', scopes: ['read'] },
          { name: 'b', tokenEnv: 'B', scopes: ['read'] },
        ],
        { A: 'same', B: 'same' },
        'f',
      ),
    );
    expect((twice as Error).message).toMatch(/same secret as another token/);
    expect((twice as Error).message).not.toContain('same"');
  });

  it('without tokens every caller may do everything, anonymously', () => {
    const access = createAccessControl();
    const caller = access.identify(undefined);
    expect(caller.name).toBeNull();
    expect(caller.may('promote', 'any/thing')).toBe(true);
    expect(access.readsOpen).toBe(true);
  });
});
