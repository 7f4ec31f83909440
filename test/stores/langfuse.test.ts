import { inspect } from 'node:util';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { computeHash } from '../../src/engine/hash.js';
import { ConfigError, StoreError, VersionNotFoundError } from '../../src/errors.js';
import { type LangfuseStoreOptions, langfuseStore } from '../../src/stores/langfuse.js';
import { verifyStore } from '../../src/testing/verify-store.js';
import { rejectionOf } from '../helpers/errors.js';
import { type FakeLangfusePrompt, fakeLangfuse, LANGFUSE_PROJECT } from '../helpers/langfuse-fake.js';
import { manualTime } from '../helpers/manual-time.js';

const BASE = 'https://langfuse.test';
const PUBLIC_KEY = 'pk-lf-public-1234';
const SECRET_KEY = 'sk-lf-very-secret-5678';

const seen: URL[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

function langfuseApi(prompts: readonly FakeLangfusePrompt[] = LANGFUSE_PROJECT) {
  server.use(fakeLangfuse(BASE, { prompts: () => prompts, keys: `${PUBLIC_KEY}:${SECRET_KEY}`, seen }));
}

function makeStore(options: Partial<LangfuseStoreOptions> = {}) {
  const store = langfuseStore({
    baseUrl: BASE,
    publicKey: PUBLIC_KEY,
    secretKey: SECRET_KEY,
    retry: { random: () => 0 },
    ...options,
  });
  return { store };
}

describe('langfuseStore', () => {
  it('passes verifyStore (read-only)', async () => {
    langfuseApi();
    const report = await verifyStore(() => makeStore().store);
    expect(report.store).toBe('langfuse');
    expect(report.checks.find((c) => c.name.startsWith('resolve agrees'))).toEqual({
      name: 'resolve agrees with local resolution (exact, latest, range, labels)',
      ok: true,
    });
  });

  it('maps a text prompt: N → N.0.0, config → model, tags and commit message → metadata, hash computed', async () => {
    langfuseApi();
    const { store } = makeStore();
    const record = await store.getVersion('support/greeting', '2.0.0');
    const expected = {
      name: 'support/greeting',
      version: '2.0.0',
      type: 'text' as const,
      template: 'Hello {{customer}} from {{company}}',
      model: { name: 'gpt-4o-mini', temperature: 0.2 },
      metadata: { tags: ['support'], commitMessage: 'friendlier' },
    };
    expect(record).toEqual({ ...expected, labels: ['production'], hash: await computeHash(expected) });
    expect(Object.isFrozen(record)).toBe(true);
    expect(seen.map((u) => `${u.pathname}${u.search}`)).toEqual([
      '/api/public/v2/prompts/support%2Fgreeting?version=2',
    ]);
  });

  it('maps a chat prompt with a placeholder, and leaves out the automatic latest label', async () => {
    langfuseApi();
    const { store } = makeStore();
    const record = await store.resolve('support/triage', 'production');
    expect(record).toMatchObject({
      version: '1.0.0',
      type: 'chat',
      labels: ['production'],
      model: { name: 'gpt-4o' },
      messages: [
        { role: 'system', content: 'You triage tickets.' },
        { placeholder: 'history' },
        { role: 'user', content: '{{ticket}}' },
      ],
    });
    expect(record?.metadata).toBeUndefined();
    expect(seen).toHaveLength(1);
  });

  it('lists versions with the version each label points to', async () => {
    langfuseApi();
    const { store } = makeStore();
    expect(await store.listVersions('support/greeting')).toEqual([
      { version: '3.0.0', labels: [] },
      { version: '2.0.0', labels: ['production'] },
      { version: '1.0.0', labels: ['staging'] },
    ]);
    expect(await store.listVersions('support/unknown')).toEqual([]);
  });

  it('resolves latest with ?label=latest and a range through the list', async () => {
    langfuseApi();
    const { store } = makeStore();
    expect((await store.resolve('support/greeting', 'latest'))?.version).toBe('3.0.0');
    expect(seen.map((u) => u.search)).toEqual(['?label=latest']);
    expect((await store.resolve('support/greeting', '^2'))?.version).toBe('2.0.0');
  });

  it('pages through the prompt list and skips names promptops cannot select', async () => {
    langfuseApi();
    const { store } = makeStore({ pageSize: 1 });
    expect(await store.list()).toEqual(['support/greeting', 'support/triage']);
    expect(seen.map((u) => u.searchParams.get('page'))).toEqual(['1', '2', '3']);
  });

  it('answers versions Langfuse cannot have without a request, and 404 with undefined', async () => {
    langfuseApi();
    const { store } = makeStore();
    expect(await store.getVersion('support/greeting', '2.1.0')).toBeUndefined();
    expect(seen).toHaveLength(0);
    expect(await store.getVersion('support/greeting', '9.0.0')).toBeUndefined();
    expect(await store.resolve('support/greeting', 'canary')).toBeUndefined();
  });

  it('401: a StoreError naming the keys to check, never their values', async () => {
    langfuseApi();
    const { store } = makeStore({ secretKey: 'sk-lf-wrong-secret-0000' });
    const error = await rejectionOf(store.getVersion('support/greeting', '1.0.0'));
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ status: 401, retryable: false, store: 'langfuse' });
    expect((error as Error).message).toMatch(
      /^The Langfuse store was refused \(HTTP 401 unauthorized\) while loading version 1 of "support\/greeting".*The server said: "Invalid credentials\. Confirm that you have configured the correct host\."\. Fix: check the "publicKey" and "secretKey" of langfuseStore/,
    );
    const text = `${String(error)} ${JSON.stringify(error)} ${inspect(error, { depth: 10, showHidden: true })}`;
    expect(text).not.toContain('sk-lf-wrong-secret-0000');
    expect(text).not.toContain(btoa(`${PUBLIC_KEY}:sk-lf-wrong-secret-0000`));
  });

  it('a 404 without a JSON body, or on the prompt list, means a wrong baseUrl: the Langfuse hint, not promptops protocol', async () => {
    server.use(
      http.get(
        `${BASE}/*`,
        () => new HttpResponse('<html>404</html>', { status: 404, headers: { 'content-type': 'text/html' } }),
      ),
    );
    const { store } = makeStore();
    const error = await rejectionOf(store.getVersion('support/greeting', '1.0.0'));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(
      /HTTP 404 without Langfuse's JSON error body while loading version 1 of "support\/greeting" at https:\/\/langfuse\.test\/api\/public\/v2\/prompts\/support%2Fgreeting\?version=1: that address is not Langfuse's prompt API\. Fix: set "baseUrl" of langfuseStore to the Langfuse host, without \/api \(e\.g\. https:\/\/cloud\.langfuse\.com/,
    );
    // A base URL with a path (http://host/foo): Langfuse never answers its prompt list with a 404, JSON or not.
    server.use(
      http.get(`${BASE}/foo/*`, () => HttpResponse.json({ message: 'Not Found', statusCode: 404 }, { status: 404 })),
    );
    const list = (await rejectionOf(makeStore({ baseUrl: `${BASE}/foo` }).store.list())) as StoreError;
    expect(list).toBeInstanceOf(StoreError);
    expect(list).toMatchObject({ status: 404, retryable: false, store: 'langfuse' });
    expect(list.message).toMatch(
      /^The Langfuse store got HTTP 404 while listing the prompts \(page 1\) at https:\/\/langfuse\.test\/foo\/api\/public\/v2\/prompts\?page=1&limit=100: that address is not Langfuse's prompt API\. Fix: set "baseUrl" of langfuseStore to the Langfuse host, without \/api/,
    );
    expect(list.message).not.toMatch(/\/v1|prompt server/);
  });

  it('a prompt of an unexpected shape is a StoreError', async () => {
    server.use(http.get(`${BASE}/*`, () => HttpResponse.json({ name: 'support/greeting', version: 'two', prompt: 3 })));
    const { store } = makeStore();
    const error = await rejectionOf(store.getVersion('support/greeting', '2.0.0'));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(
      /malformed response while loading version 2 of "support\/greeting".*unexpected prompt shape/,
    );
  });

  it('retries a 503 with the shared retry policy, waiting Retry-After on the injected timers', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/*`, () => {
        calls++;
        return calls === 1
          ? new HttpResponse(null, { status: 503, headers: { 'retry-after': '2' } })
          : HttpResponse.json({ data: [], meta: { page: 1, limit: 100, totalItems: 0, totalPages: 0 } });
      }),
    );
    const time = manualTime();
    const { store } = makeStore({ timeoutMs: 5_000, timers: time.timers, clock: time.clock });
    // Each attempt arms its 5 s deadline; only the 2 s Retry-After wait is fired.
    const names = await time.settle(store.list(), (ms) => ms === 2_000);
    expect(names).toEqual([]);
    expect(calls).toBe(2);
    expect(time.fired).toEqual([2_000]);
    expect(time.pending()).toEqual([]);
  });

  it('times an attempt out on the injected timers and retries it', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/*`, async () => {
        calls++;
        if (calls === 1) await new Promise(() => undefined); // the first attempt never answers
        return HttpResponse.json({ data: [], meta: { page: 1, limit: 100, totalItems: 0, totalPages: 0 } });
      }),
    );
    const time = manualTime();
    const { store } = makeStore({ timeoutMs: 5_000, timers: time.timers, clock: time.clock });
    const names = store.list();
    expect(await time.fire((ms) => ms === 5_000)).toBe(5_000);
    expect(await time.settle(names, (ms) => ms === 0)).toEqual([]);
    expect(calls).toBe(2);
  });

  it('refuses timers and clock of the wrong shape, naming the option', () => {
    expect(() => makeStore({ timers: {} as never })).toThrow(ConfigError);
    expect(() => makeStore({ clock: { now: 1 } as never })).toThrow(/option "clock"/);
  });

  it('keeps Langfuse labels promptops cannot spell usable, as lf-<label> or renamed', async () => {
    const [first] = LANGFUSE_PROJECT as [FakeLangfusePrompt];
    const quarterly: FakeLangfusePrompt[] = [
      ...LANGFUSE_PROJECT,
      { ...first, name: 'sales/pitch', version: 1, labels: ['2024-q1'] },
      { ...first, name: 'sales/pitch', version: 2, labels: ['production', 'latest'] },
    ];
    langfuseApi(quarterly);
    const { store } = makeStore();
    expect(await store.listVersions('sales/pitch')).toEqual([
      { version: '2.0.0', labels: ['production'] },
      { version: '1.0.0', labels: ['lf-2024-q1'] },
    ]);
    seen.length = 0;
    expect((await store.resolve('sales/pitch', 'lf-2024-q1'))?.version).toBe('1.0.0');
    // lf-2024-q1 could be Langfuse's 2024-q1 or a real lf-2024-q1 label: both are asked for (a collision if both exist).
    expect(seen.map((u) => u.searchParams.get('label')).sort()).toEqual(['2024-q1', 'lf-2024-q1']);
    expect((await store.getVersion('sales/pitch', '1.0.0'))?.labels).toEqual(['lf-2024-q1']);
    expect(store.labelFor('2024-q1')).toBe('lf-2024-q1');
    expect(store.labelFor('latest')).toBeUndefined();

    const renamed = makeStore({ labels: { '2024-q1': 'q1-2024' } }).store;
    expect((await renamed.resolve('sales/pitch', 'q1-2024'))?.labels).toEqual(['q1-2024']);
    expect(() => makeStore({ labels: { '2024-q1': '2024-q2' } })).toThrow(
      /option "labels": maps "2024-q1" to "2024-q2", which is not a promptops label/,
    );
  });

  it('a renamed label asked for by its old or escaped name is a ConfigError naming the name to ask for', async () => {
    const [first] = LANGFUSE_PROJECT as [FakeLangfusePrompt];
    langfuseApi([
      { ...first, name: 'sales/pitch', version: 1, labels: ['2024-q1'] },
      { ...first, name: 'sales/pitch', version: 2, labels: ['production', 'latest'] },
    ]);
    const { store } = makeStore({ labels: { '2024-q1': 'q1-2024' } });
    const client = createPromptClient({ store, cache: false });
    // Never a record that does not carry the label asked for (it was: a PromptFormatError blaming the store).
    const escaped = await rejectionOf(client.getPrompt('sales/pitch@lf-2024-q1'));
    expect(escaped).toBeInstanceOf(ConfigError);
    expect((escaped as Error).message).toBe(
      '"sales/pitch@lf-2024-q1" asks for a label this store does not have: Langfuse label "2024-q1" is named "q1-2024" here ' +
        '(the labels option of langfuseStore); ask for "sales/pitch@q1-2024"',
    );
    // A real Langfuse label lf-2024-q1 would have been served: the store asked Langfuse for it first.
    expect(seen.map((u) => u.searchParams.get('label'))).toEqual(['lf-2024-q1']);
    expect((await client.getPrompt('sales/pitch@q1-2024')).labels).toEqual(['q1-2024']);
    await client.close();

    const prod = makeStore({ labels: { production: 'prod' }, defaultSelector: 'prod' }).store;
    const old = await rejectionOf(prod.resolve('sales/pitch', 'production'));
    expect(old).toBeInstanceOf(ConfigError);
    expect((old as Error).message).toMatch(
      /Langfuse label "production" is named "prod" here .*ask for "sales\/pitch@prod"/,
    );
    expect((await prod.resolve('sales/pitch', 'prod'))?.version).toBe('2.0.0');
    expect(() => makeStore({ labels: { production: 'prod' } })).toThrow(
      /option "defaultSelector": is "production", but the labels option names that Langfuse label "prod" here: set defaultSelector: "prod"/,
    );
  });

  it('refuses an answer that does not carry the label asked for (a StoreError naming both, never the record)', async () => {
    const wrong = { ...(LANGFUSE_PROJECT[0] as FakeLangfusePrompt), labels: ['staging'] };
    server.use(http.get(`${BASE}/api/public/v2/prompts/*`, () => HttpResponse.json(wrong)));
    const { store } = makeStore({ name: 'eu', retry: false });
    const error = (await rejectionOf(store.resolve('support/greeting', 'production'))) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ store: 'eu', retryable: false });
    expect(error.message).toMatch(
      /^The Langfuse store "eu" got a malformed response while loading Langfuse label "production" of "support\/greeting" at .*: asked for label "production", got version 1, which does not carry it \(labels: \["staging"\]\)/,
    );
  });

  it('refuses two Langfuse labels that would have one name here, naming both and the rename', async () => {
    const [first] = LANGFUSE_PROJECT as [FakeLangfusePrompt];
    const colliding: FakeLangfusePrompt[] = [
      { ...first, name: 'sales/pitch', version: 1, labels: ['2024-q1'] },
      { ...first, name: 'sales/pitch', version: 2, labels: ['lf-2024-q1', 'staging'] },
      { ...first, name: 'sales/pitch', version: 3, labels: ['production', 'latest'] },
    ];
    langfuseApi(colliding);
    const { store } = makeStore();
    const fix =
      'Langfuse prompt "sales/pitch" has the labels "2024-q1" and "lf-2024-q1", which would both be "lf-2024-q1" here ' +
      '("2024-q1" does not start with a letter, so promptops spells it lf-2024-q1), and one label cannot point at two versions. ' +
      "Fix: give \"2024-q1\" another name with labels: { '2024-q1': '<another name>' } (the labels option of langfuseStore)";
    const listed = await rejectionOf(store.listVersions('sales/pitch'));
    expect(listed).toBeInstanceOf(ConfigError);
    expect((listed as Error).message).toBe(fix);
    const resolved = await rejectionOf(store.resolve('sales/pitch', 'lf-2024-q1'));
    expect(resolved).toBeInstanceOf(ConfigError);
    expect((resolved as Error).message).toBe(fix);
    expect(store.labelCollisions(['2024-q1', 'lf-2024-q1', 'staging'])).toEqual([
      { promptops: 'lf-2024-q1', langfuse: ['2024-q1', 'lf-2024-q1'] },
    ]);
    // Labels that do not collide still resolve, and the rename the message names ends the collision.
    expect((await store.resolve('sales/pitch', 'staging'))?.version).toBe('2.0.0');
    const renamed = makeStore({ labels: { '2024-q1': 'q1-2024' } }).store;
    expect(await renamed.listVersions('sales/pitch')).toEqual([
      { version: '3.0.0', labels: ['production'] },
      { version: '2.0.0', labels: ['lf-2024-q1', 'staging'] },
      { version: '1.0.0', labels: ['q1-2024'] },
    ]);
    expect((await renamed.resolve('sales/pitch', 'lf-2024-q1'))?.version).toBe('2.0.0');

    // A rename onto a label Langfuse has, and both labels on one version.
    const onto = makeStore({ labels: { '2024-q1': 'staging' } }).store;
    const ontoError = await rejectionOf(onto.resolve('sales/pitch', 'staging'));
    expect((ontoError as Error).message).toMatch(
      /has the labels "2024-q1" and "staging", which would both be "staging" here \("2024-q1" is renamed to it\).*give "2024-q1" another name/,
    );
    langfuseApi([{ ...first, name: 'sales/pitch', version: 1, labels: ['2024-q1', 'lf-2024-q1'] }]);
    expect(await rejectionOf(store.getVersion('sales/pitch', '1.0.0'))).toBeInstanceOf(ConfigError);
  });

  it('a bare name without a production label says that bare names ask for production, and how to ask for another', async () => {
    langfuseApi([
      { ...(LANGFUSE_PROJECT[0] as FakeLangfusePrompt), name: 'draft/only', labels: ['staging', 'latest'] },
    ]);
    const client = createPromptClient({ store: makeStore().store });
    const error = await rejectionOf(client.getPrompt('draft/only'));
    expect(error).toBeInstanceOf(VersionNotFoundError);
    expect((error as Error).message).toBe(
      'Langfuse has no "production" label on "draft/only", and a bare name asks for "production" on the Langfuse store, ' +
        'as in Langfuse\'s SDK. Set the label on a version in Langfuse, ask for "draft/only@latest" (the newest version) or ' +
        'another label, or set defaultSelector (of langfuseStore or createPromptClient) to serve another selector for bare names: ' +
        'No version of prompt "draft/only" matches "production". Versions: 1.0.0; labels: staging → 1.0.0. Pick one of these, ' +
        'or publish a matching version.',
    );
    expect((await client.getPrompt('draft/only@latest')).version).toBe('1.0.0');
    await client.close();
    // Another label missing is the usual not-found; an unknown name too.
    const store = makeStore().store;
    expect(await store.resolve('draft/only', 'qa')).toBeUndefined();
    expect(await store.resolve('draft/nothing', 'production')).toBeUndefined();
  });

  it("serves Langfuse's production label for a bare name, as Langfuse's SDK does", async () => {
    langfuseApi();
    const { store } = makeStore();
    expect(store.defaultSelector).toBe('production');
    const client = createPromptClient({ store });
    const p = await client.getPrompt('support/greeting');
    expect(p.version).toBe('2.0.0');
    expect((await client.getPrompt('support/greeting@latest')).version).toBe('3.0.0');
    await client.close();
    const newest = createPromptClient({ store, defaultSelector: 'latest' });
    expect((await newest.getPrompt('support/greeting')).version).toBe('3.0.0');
    await newest.close();
    const storeLatest = createPromptClient({ store: makeStore({ defaultSelector: 'latest' }).store });
    expect((await storeLatest.getPrompt('support/greeting')).version).toBe('3.0.0');
    await storeLatest.close();
  });

  it('an empty chat prompt is reported in Langfuse terms, with the fix', async () => {
    langfuseApi([{ ...(LANGFUSE_PROJECT[3] as FakeLangfusePrompt), prompt: [] }]);
    const { store } = makeStore();
    const error = (await rejectionOf(store.resolve('support/triage', 'production'))) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(
      /cannot use Langfuse prompt "support\/triage" version 1 \(loaded from https:\/\/langfuse\.test\/api\/public\/v2\/prompts\/support%2Ftriage\?label=production\): it is a chat prompt without any message, so there is nothing to render\. Fix: open "support\/triage" in Langfuse, add at least one message/,
    );
    expect(error.message).not.toMatch(/protocol v1|snapshot/);
  });

  it('a malformed answer points at baseUrl, not at the promptops protocol', async () => {
    server.use(http.get(`${BASE}/*`, () => new HttpResponse('<html>', { headers: { 'content-type': 'text/html' } })));
    const { store } = makeStore({ retry: false });
    const error = (await rejectionOf(store.list())) as StoreError;
    expect(error.message).toMatch(/Fix: set "baseUrl" of langfuseStore to the Langfuse host, without \/api/);
    expect(error.message).not.toMatch(/protocol v1/);
  });

  it('checks its options', () => {
    expect(() => langfuseStore({ publicKey: PUBLIC_KEY } as LangfuseStoreOptions)).toThrow(ConfigError);
    expect(() => langfuseStore({ publicKey: PUBLIC_KEY } as LangfuseStoreOptions)).toThrow(
      /option "secretKey": is required: the secret API key of the Langfuse project/,
    );
    expect(() => langfuseStore({ publicKey: PUBLIC_KEY, secretKey: SECRET_KEY, baseUrl: 'nope' })).toThrow(
      /option "baseUrl": is not a valid URL/,
    );
    expect(() => langfuseStore({ publicKey: 'pk-ключ', secretKey: SECRET_KEY })).toThrow(/API keys must be ASCII text/);
  });
});
