// The end-to-end smoke suite of the core entry, run unchanged in every runtime of
// `npm run test:runtimes` (Node, Bun, Deno, workerd, Chromium). Plain JavaScript with its own tiny
// assertion helper: no test framework, no Node built-in, so it bundles for a Worker and a browser page.
//   runSmoke(core, { url, fs?, dir?, log }) → { passed, failed, lines }
// `core` is the module namespace of the core entry (dist/index.js or its bundle), `url` the reference
// server's base URL, `fs`/`dir` (optional) `promptops/fs` and the examples/prompts folder.

const RECORDS = [
  {
    name: 'smoke/greeting',
    version: '1.0.0',
    type: 'text',
    template: 'Hello {{customer}}, from {{company}}.',
    input: { schema: { company: 'string', customer: 'string' } },
  },
  {
    name: 'smoke/greeting',
    version: '1.2.0',
    labels: ['production'],
    type: 'text',
    template: 'Hi {{customer}}! {{company}} here.',
    input: { schema: { company: 'string', customer: 'string' } },
  },
  {
    name: 'smoke/greeting',
    version: '2.0.0',
    labels: ['staging'],
    type: 'text',
    template: 'Hey {{customer}}.',
    input: { schema: { customer: 'string' } },
  },
];

export async function runSmoke(core, options) {
  const { url, fs, dir } = options;
  const lines = [];
  const log = (line) => {
    lines.push(line);
    options.log?.(line);
  };
  let passed = 0;
  let failed = 0;

  function assert(condition, message) {
    if (!condition) throw new Error(`assertion failed: ${message}`);
  }
  function equal(actual, expected, message) {
    if (actual !== expected) {
      throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  }
  async function test(name, fn) {
    try {
      await fn();
      passed++;
      log(`  ok   ${name}`);
    } catch (error) {
      failed++;
      log(`  FAIL ${name}: ${error?.stack ?? error}`);
    }
  }
  function client(store, events) {
    return core.createPromptClient({ store, hooks: { onEvent: (e) => void events.push(e) } });
  }

  await test('exports of the core entry', () => {
    for (const name of ['createPromptClient', 'memoryStore', 'httpStore', 'PromptInputError', 'isPromptOpsError']) {
      assert(core[name] !== undefined, `core exports ${name}`);
    }
  });

  await test('memory store: selectors (exact, range, label) and render', async () => {
    const prompts = client(core.memoryStore(RECORDS), []);
    const exact = await prompts.getPrompt('smoke/greeting@1.0.0');
    equal(exact.version, '1.0.0', 'exact version');
    const range = await prompts.getPrompt('smoke/greeting@^1.0.0');
    equal(range.version, '1.2.0', 'range ^1.0.0');
    const label = await prompts.getPrompt('smoke/greeting@staging');
    equal(label.version, '2.0.0', 'label staging');
    equal(exact.render({ company: 'Acme', customer: 'Ada' }), 'Hello Ada, from Acme.', 'render');
    await prompts.close();
  });

  await test('memory store: cache hit on the second get, with events', async () => {
    const events = [];
    const prompts = client(core.memoryStore(RECORDS), events);
    const first = await prompts.getPrompt('smoke/greeting@production');
    const second = await prompts.getPrompt('smoke/greeting@production');
    equal(second.version, first.version, 'same version twice');
    const fetches = events.filter((e) => e.type === 'fetch');
    equal(fetches.length, 2, 'two fetch events');
    equal(fetches[0].cache, 'miss', 'first get cache');
    equal(fetches[1].cache, 'hit', 'second get cache');
    equal(fetches[1].store, 'memory', 'store name');
    await prompts.close();
  });

  await test('strict render throws PromptInputError', async () => {
    const events = [];
    const prompts = client(core.memoryStore(RECORDS), events);
    const prompt = await prompts.getPrompt('smoke/greeting@1.0.0');
    let caught;
    try {
      prompt.render({ company: 42 });
    } catch (error) {
      caught = error;
    }
    assert(caught instanceof core.PromptInputError, `PromptInputError, got ${caught?.name}`);
    assert(core.isPromptOpsError(caught), 'isPromptOpsError');
    const paths = caught.issues.map((i) => i.path.join('.')).sort();
    assert(paths.includes('company') && paths.includes('customer'), `issues for company and customer: ${paths}`);
    await prompts.close();
  });

  const remoteEvents = [];
  const remote = client(core.httpStore({ url }), remoteEvents);

  await test('httpStore against the reference server: selectors', async () => {
    const exact = await remote.getPrompt('support/greeting@1.0.0');
    equal(exact.version, '1.0.0', 'exact version');
    const range = await remote.getPrompt('support/greeting@^1.0.0');
    equal(range.version, '1.1.0', 'range ^1.0.0');
    const label = await remote.getPrompt('support/greeting@staging');
    equal(label.version, '2.0.0', 'label staging');
    const text = range.render({ company: 'Acme', customer: 'Ada' });
    assert(text.startsWith('You are a support agent for Acme. Greet Ada in a friendly tone'), `render: ${text}`);
    assert(text.includes('Never promise refunds'), 'partial resolved');
  });

  await test('httpStore: cache hit on the second get', async () => {
    await remote.getPrompt('billing/refund-reply@production');
    const again = await remote.getPrompt('billing/refund-reply@production');
    equal(again.source, 'cache', 'source of the second get');
    const fetches = remoteEvents.filter((e) => e.type === 'fetch' && e.name === 'billing/refund-reply');
    equal(fetches.length, 2, 'two fetch events');
    equal(fetches[1].cache, 'hit', 'second get cache');
  });

  await test('httpStore: strict render throws PromptInputError', async () => {
    const staging = await remote.getPrompt('support/greeting@staging');
    let caught;
    try {
      staging.render({ company: 'Acme', tone: 'angry' });
    } catch (error) {
      caught = error;
    }
    assert(caught instanceof core.PromptInputError, `PromptInputError, got ${caught?.name}`);
    assert(caught.issues.length >= 3, `customer, product and tone reported: ${caught.issues.length}`);
  });

  await test('httpStore: chat render with a history placeholder', async () => {
    const triage = await remote.getPrompt('support/triage@production');
    const messages = triage.renderMessages(
      { ticket: 'I was charged twice', queues: ['billing', 'shipping'] },
      { history: [{ role: 'user', content: 'Hi?' }] },
    );
    equal(messages.length, 3, 'system + history + user');
    equal(messages[0].role, 'system', 'first role');
    assert(messages[0].content.includes('billing, shipping, or "other"'), `system: ${messages[0].content}`);
    equal(messages[1].content, 'Hi?', 'history');
    equal(messages[2].content, 'I was charged twice', 'user message');
  });

  await test('events: fetch, render and error events are emitted', async () => {
    const types = new Set(remoteEvents.map((e) => e.type));
    for (const type of ['fetch', 'render', 'error']) assert(types.has(type), `a ${type} event (${[...types]})`);
    const render = remoteEvents.find((e) => e.type === 'render');
    equal(render.name, 'support/greeting', 'render event name');
    assert(Array.isArray(render.inputKeys), 'render event inputKeys');
    const fetch = remoteEvents.find((e) => e.type === 'fetch');
    assert(typeof fetch.hash === 'string' && fetch.hash.startsWith('sha256-'), 'fetch event hash');
  });
  await remote.close();

  if (fs !== undefined) {
    await test('promptops/fs: fileStore over examples/prompts', async () => {
      const events = [];
      const prompts = client(fs.fileStore({ dir }), events);
      const greeting = await prompts.getPrompt('support/greeting@production');
      equal(greeting.version, '1.1.0', 'label production');
      const pinned = await prompts.getPrompt('support/greeting@~2.0.0');
      equal(pinned.version, '2.0.0', 'range ~2.0.0');
      await prompts.getPrompt('support/greeting@production');
      equal(events.filter((e) => e.type === 'fetch')[2].cache, 'hit', 'third get cache');
      await prompts.close();
    });
  }

  log(`${passed} passed, ${failed} failed`);
  return { passed, failed, lines };
}
