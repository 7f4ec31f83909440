import { describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { createLockfile } from '../../src/client/lockfile.js';
import {
  ConfigError,
  PromptFormatError,
  PromptInputError,
  PromptNotFoundError,
  StoreError,
  VersionNotFoundError,
} from '../../src/errors.js';
import { memoryStore } from '../../src/stores/memory.js';
import { rejectionOf } from '../helpers/errors.js';
import { manualTime } from '../helpers/manual-time.js';
import { FakeStore, recorder, text } from './fakes.js';

const greeting = [
  text('support/greeting', '1.0.0', 'Hi {{customer}}', { labels: ['production'] }),
  text('support/greeting', '1.2.0', 'Hello {{customer}} from {{company}}', {
    labels: ['staging'],
    model: { name: 'gpt-4o-mini' },
    metadata: { owner: 'support' },
  }),
  text('support/greeting', '2.0.0', 'Dear {{customer}}'),
  text('support/greeting', '3.0.0-beta.1', 'Yo {{customer}}'),
];

describe('getPrompt', () => {
  it('loads the latest version of a bare name and exposes the prompt fields', async () => {
    const client = createPromptClient({ store: memoryStore(greeting) });
    const p = await client.getPrompt('support/greeting');
    expect(p.name).toBe('support/greeting');
    expect(p.version).toBe('2.0.0');
    expect(p.hash).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(p.type).toBe('text');
    expect(p.source).toBe('store');
    expect(p.selector).toBe('latest');
    expect(p.variables).toEqual(['customer']);
    expect(p.render({ customer: 'Ada' })).toBe('Dear Ada');
    expect(p.toJSON()).toMatchObject({ name: 'support/greeting', version: '2.0.0', hash: p.hash });
    expect(JSON.parse(JSON.stringify(p))).toMatchObject({ version: '2.0.0', template: 'Dear {{customer}}' });
    const again = await client.getPrompt('support/greeting');
    expect(again.source).toBe('cache');
    await client.close();
  });

  it('resolves explicit selectors: exact, range, label, latest', async () => {
    const client = createPromptClient({ store: memoryStore(greeting) });
    expect((await client.getPrompt('support/greeting@1.0.0')).version).toBe('1.0.0');
    expect((await client.getPrompt('support/greeting@^1.0')).version).toBe('1.2.0');
    expect((await client.getPrompt('support/greeting@staging')).version).toBe('1.2.0');
    const staging = await client.getPrompt('support/greeting@staging');
    expect(staging.labels).toEqual(['staging']);
    expect(staging.model).toEqual({ name: 'gpt-4o-mini' });
    expect(staging.metadata).toEqual({ owner: 'support' });
    expect((await client.getPrompt('support/greeting@latest')).version).toBe('2.0.0');
    expect((await client.getPrompt('support/greeting@3.0.0-beta.1')).version).toBe('3.0.0-beta.1');
  });

  it('resolves a bare name through lockfile, then pins, then defaultSelector', async () => {
    const store = memoryStore([
      ...greeting,
      text('other', '1.0.0', 'o'),
      text('other', '1.1.0', 'o2', { labels: ['production'] }),
    ]);
    const lockfile = await createLockfile(store, {}, ['support/greeting@1.0.0']);
    const client = createPromptClient({
      store,
      lockfile,
      pins: { 'support/greeting': '^1', other: '1.0.0' },
      defaultSelector: 'production',
    });
    expect((await client.getPrompt('support/greeting')).version).toBe('1.0.0'); // lockfile wins over the pin
    expect((await client.getPrompt('other')).version).toBe('1.0.0'); // pin wins over the default selector
    const plain = createPromptClient({ store, defaultSelector: 'production' });
    expect((await plain.getPrompt('other')).version).toBe('1.1.0');
  });

  it('uses store.resolve when present: one round trip', async () => {
    const store = new FakeStore(greeting);
    const client = createPromptClient({ store });
    await client.getPrompt('support/greeting@^1');
    expect(store.calls).toMatchObject({ resolve: 1, listVersions: 0, getVersion: 0 });
  });

  it('falls back to listVersions + getVersion without store.resolve', async () => {
    const store = new FakeStore(greeting, { resolve: false });
    const client = createPromptClient({ store });
    expect((await client.getPrompt('support/greeting@^1')).version).toBe('1.2.0');
    expect(store.calls).toMatchObject({ listVersions: 1, getVersion: 1 });
  });

  it('loads an exact version with one getVersion call', async () => {
    const store = new FakeStore(greeting);
    const client = createPromptClient({ store });
    await client.getPrompt('support/greeting@1.0.0');
    expect(store.calls).toMatchObject({ getVersion: 1, resolve: 0, listVersions: 0 });
  });

  it('an unknown name is a PromptNotFoundError listing close names', async () => {
    const client = createPromptClient({ store: memoryStore(greeting) });
    const error = await rejectionOf(client.getPrompt('support/greting'));
    expect(error).toBeInstanceOf(PromptNotFoundError);
    expect((error as PromptNotFoundError).suggestions).toEqual(['support/greeting']);
    expect((error as Error).message).toContain('Did you mean "support/greeting"');
  });

  it('a selector nothing satisfies is a VersionNotFoundError listing versions and labels', async () => {
    for (const store of [memoryStore(greeting), new FakeStore(greeting, { resolve: false })]) {
      const client = createPromptClient({ store });
      const error = await rejectionOf(client.getPrompt('support/greeting@^5'));
      expect(error).toBeInstanceOf(VersionNotFoundError);
      const v = error as VersionNotFoundError;
      expect(v.versions).toEqual(['3.0.0-beta.1', '2.0.0', '1.2.0', '1.0.0']);
      expect(v.labels).toEqual({ production: '1.0.0', staging: '1.2.0' });
      expect(v.message).toContain('production → 1.0.0');
    }
  });

  it('a bad spec is a ConfigError', async () => {
    const client = createPromptClient({ store: memoryStore(greeting) });
    await expect(client.getPrompt('Support/Greeting')).rejects.toBeInstanceOf(ConfigError);
    await expect(client.getPrompt('support/greeting@')).rejects.toBeInstanceOf(ConfigError);
  });

  it('never reads prototype members for names such as "constructor"', async () => {
    const client = createPromptClient({ store: memoryStore([text('constructor', '1.0.0', 'ok')]) });
    expect((await client.getPrompt('constructor')).render()).toBe('ok');
  });

  it('wraps an adapter that throws a plain error into a StoreError', async () => {
    const store = new FakeStore(greeting);
    store.failure = new TypeError('adapter bug');
    const client = createPromptClient({ store });
    const error = await rejectionOf(client.getPrompt('support/greeting'));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain('adapter bug');
  });

  it('refuses a store answer for another name', async () => {
    const store = new FakeStore(greeting);
    store.resolve = async () => text('other', '1.0.0', 'x');
    const client = createPromptClient({ store });
    await expect(client.getPrompt('support/greeting')).rejects.toThrow(/answered "other@1.0.0"/);
  });

  it('after close(), getPrompt is a ConfigError but returned prompts still render', async () => {
    const client = createPromptClient({ store: memoryStore(greeting) });
    const p = await client.getPrompt('support/greeting');
    await client.close();
    await client.close();
    await expect(client.getPrompt('support/greeting')).rejects.toThrow(/closed/);
    expect(p.render({ customer: 'Ada' })).toBe('Dear Ada');
  });
});

describe('rendering', () => {
  it('validates variables (strict by default) and lists every problem', async () => {
    const client = createPromptClient({ store: memoryStore(greeting) });
    const p = await client.getPrompt('support/greeting@1.2.0');
    const error = (() => {
      try {
        p.render({});
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PromptInputError);
    expect((error as PromptInputError).issues.map((i) => i.path.join('.')).sort()).toEqual(['company', 'customer']);
  });

  it('strict: false (client, getPrompt, render) renders missing variables as empty', async () => {
    const loose = createPromptClient({ store: memoryStore(greeting), strict: false });
    expect((await loose.getPrompt('support/greeting@1.2.0')).render({ customer: 'Ada' })).toBe('Hello Ada from ');
    const client = createPromptClient({ store: memoryStore(greeting) });
    const perCall = await client.getPrompt('support/greeting@1.2.0', { strict: false });
    expect(perCall.render({})).toBe('Hello  from ');
    const strict = await client.getPrompt('support/greeting@1.2.0');
    expect(() => strict.render({})).toThrow(PromptInputError);
    expect(strict.render({}, { strict: false })).toBe('Hello  from ');
  });

  it('renders chat prompts with placeholders', async () => {
    const store = memoryStore([
      {
        name: 'support/triage',
        version: '2.0.0',
        type: 'chat',
        input: { schema: { ticket: 'string' } },
        messages: [
          { role: 'system', content: 'You triage.' },
          { placeholder: 'history' },
          { role: 'user', content: '{{ticket}}' },
        ],
      },
    ]);
    const recorded = recorder();
    const client = createPromptClient({ store, hooks: { onRender: recorded.listener } });
    const p = await client.getPrompt('support/triage');
    expect(p.type).toBe('chat');
    const messages = p.renderMessages({ ticket: 'Help' }, { history: [{ role: 'assistant', content: 'Hi' }] });
    expect(messages).toEqual([
      { role: 'system', content: 'You triage.' },
      { role: 'assistant', content: 'Hi' },
      { role: 'user', content: 'Help' },
    ]);
    expect(recorded.of('render')[0]).toMatchObject({ chars: 'You triage.'.length + 2 + 4, inputKeys: ['ticket'] });
  });

  it('emits render events with durationMs, chars and inputKeys, never values unless includeInputs', async () => {
    const clock = manualTime(1_000_000).clock;
    const recorded = recorder();
    const client = createPromptClient({ store: memoryStore(greeting), clock, hooks: { onEvent: recorded.listener } });
    const p = await client.getPrompt('support/greeting');
    p.render({ customer: 'Ada Secret' });
    const event = recorded.of('render')[0];
    expect(event).toMatchObject({
      type: 'render',
      name: 'support/greeting',
      version: '2.0.0',
      hash: p.hash,
      chars: 'Dear Ada Secret'.length,
      inputKeys: ['customer'],
      durationMs: 0,
    });
    expect(JSON.stringify(recorded.events)).not.toContain('Secret');

    const withInputs = createPromptClient({
      store: memoryStore(greeting),
      telemetry: { includeInputs: true },
      hooks: { onRender: recorded.listener },
    });
    (await withInputs.getPrompt('support/greeting')).render({ customer: 'Ada' });
    expect(recorded.of('render')[1]?.inputs).toEqual({ customer: 'Ada' });
  });

  it('emits an error event when render fails, and rethrows', async () => {
    const recorded = recorder();
    const client = createPromptClient({ store: memoryStore(greeting), hooks: { onError: recorded.listener } });
    const p = await client.getPrompt('support/greeting');
    expect(() => p.render({})).toThrow(PromptInputError);
    expect(recorded.of('error')[0]?.error).toBeInstanceOf(PromptInputError);
  });

  it('a throwing listener never breaks getPrompt or render', async () => {
    const errors: unknown[] = [];
    const client = createPromptClient({
      store: memoryStore(greeting),
      hooks: {
        onEvent: () => {
          throw new Error('listener bug');
        },
        onListenerError: (e) => errors.push(e),
      },
    });
    const p = await client.getPrompt('support/greeting');
    expect(p.render({ customer: 'Ada' })).toBe('Dear Ada');
    expect(errors.length).toBe(2);
  });

  it('on(type) subscribes to one type and returns an unsubscribe', async () => {
    const client = createPromptClient({ store: memoryStore(greeting) });
    const seen: string[] = [];
    const off = client.on('fetch', (e) => {
      seen.push(`${e.cache}:${e.source}:${e.version}`);
    });
    await client.getPrompt('support/greeting');
    await client.getPrompt('support/greeting');
    off();
    await client.getPrompt('support/greeting');
    expect(seen).toEqual(['miss:store:2.0.0', 'hit:cache:2.0.0']);
  });

  it('fetch events carry name, selector, version, hash, store, cache, source, durationMs', async () => {
    const recorded = recorder();
    const client = createPromptClient({ store: new FakeStore(greeting), hooks: { onFetch: recorded.listener } });
    const p = await client.getPrompt('support/greeting@^1');
    expect(recorded.of('fetch')[0]).toEqual({
      type: 'fetch',
      name: 'support/greeting',
      selector: '^1',
      version: '1.2.0',
      hash: p.hash,
      store: 'fake',
      cache: 'miss',
      source: 'store',
      durationMs: expect.any(Number),
    });
  });
});

describe('partials', () => {
  const records = [
    text('partials/signature', '1.0.0', '-- {{agent}}'),
    text('partials/signature', '1.1.0', '— {{agent}}'),
    text('partials/footer', '1.0.0', '{{> partials/signature}} (footer)'),
    text('mail', '1.0.0', 'Hi {{customer}}\n{{> partials/footer}}'),
  ];

  it('preloads partials (latest version, recursively) and renders them', async () => {
    const store = new FakeStore(records);
    const client = createPromptClient({ store });
    const p = await client.getPrompt('mail');
    expect(p.render({ customer: 'Ada', agent: 'Bob' })).toBe('Hi Ada\n— Bob (footer)');
    expect(store.calls.resolve).toBe(3);
    // partials are cached like any other prompt
    await client.getPrompt('partials/footer');
    expect(store.calls.resolve).toBe(3);
  });

  it('uses the pinned or locked version of a partial', async () => {
    const store = memoryStore(records);
    const client = createPromptClient({ store, pins: { 'partials/signature': '1.0.0' } });
    expect((await client.getPrompt('mail')).render({ customer: 'Ada', agent: 'Bob' })).toBe('Hi Ada\n-- Bob (footer)');
  });

  it('a missing partial is a PromptFormatError in strict mode and empty otherwise', async () => {
    const store = memoryStore([text('mail', '1.0.0', 'Hi{{> partials/nope}}!')]);
    await expect(createPromptClient({ store }).getPrompt('mail')).rejects.toBeInstanceOf(PromptFormatError);
    const loose = createPromptClient({ store, strict: false });
    expect((await loose.getPrompt('mail')).render()).toBe('Hi!');
  });

  it('handles prompts that include each other inside sections without deadlocking', async () => {
    const store = memoryStore([
      text('tree', '1.0.0', '{{name}}{{#children}}({{> tree}}){{/children}}'),
      text('a', '1.0.0', 'A{{#more}}{{> b}}{{/more}}'),
      text('b', '1.0.0', 'B{{#more}}{{> a}}{{/more}}'),
    ]);
    const client = createPromptClient({ store, strict: false });
    const tree = await client.getPrompt('tree');
    expect(tree.render({ name: 'r', children: [{ name: 'x', children: [] }] })).toBe('r(x)');
    const [a, b] = await Promise.all([client.getPrompt('a'), client.getPrompt('b')]);
    expect(a.render({ more: false })).toBe('A');
    expect(b.render({ more: false })).toBe('B');
  });

  it('invalidating a partial recompiles the prompts that include it', async () => {
    const store = new FakeStore(records);
    const client = createPromptClient({ store });
    expect((await client.getPrompt('mail')).render({ customer: 'A', agent: 'B' })).toBe('Hi A\n— B (footer)');
    expect((await client.getPrompt('mail')).render({ customer: 'A', agent: 'B' })).toBe('Hi A\n— B (footer)');
    store.put(text('partials/signature', '1.2.0', '~ {{agent}}'));
    client.invalidate('partials/signature');
    expect((await client.getPrompt('mail')).render({ customer: 'A', agent: 'B' })).toBe('Hi A\n~ B (footer)');
    expect((await client.getPrompt('mail')).render({ customer: 'A', agent: 'B' })).toBe('Hi A\n~ B (footer)');
  });
});

describe('prefetch', () => {
  it('warms every spec in one batch and reports failures without rejecting', async () => {
    const store = new FakeStore(greeting);
    const recorded = recorder();
    const client = createPromptClient({ store, hooks: { onError: recorded.listener } });
    const report = await client.prefetch(['support/greeting', 'support/greeting@1.0.0', 'nope']);
    expect(report.loaded).toEqual([
      { spec: 'support/greeting', name: 'support/greeting', version: '2.0.0', source: 'store' },
      { spec: 'support/greeting@1.0.0', name: 'support/greeting', version: '1.0.0', source: 'store' },
    ]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.error).toBeInstanceOf(PromptNotFoundError);
    expect(recorded.of('error')).toHaveLength(1);
    const calls = store.totalCalls;
    await client.getPrompt('support/greeting');
    expect(store.totalCalls).toBe(calls);
  });

  it('reports a failing store.list() instead of rejecting', async () => {
    const store = new FakeStore(greeting);
    store.failure = new Error('down');
    const report = await createPromptClient({ store }).prefetch();
    expect(report.loaded).toEqual([]);
    expect(report.failed[0]?.spec).toBe('(store.list)');
  });

  it('without specs, warms the pinned names, or every name of store.list()', async () => {
    const store = memoryStore([...greeting, text('other', '1.0.0', 'o')]);
    const pinned = createPromptClient({ store, pins: { other: '1.0.0' } });
    expect((await pinned.prefetch()).loaded.map((l) => l.spec)).toEqual(['other']);
    const all = createPromptClient({ store });
    expect((await all.prefetch()).loaded.map((l) => l.spec)).toEqual(['other', 'support/greeting']);
  });
});
