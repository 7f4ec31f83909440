/**
 * Pins and experiments keyed on names the store does not have are reported (issue 14): in prefetch()'s
 * report and as one `error` event per name, once per client, after it first reached the store.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { parseConfigFile } from '../../src/client/config-file.js';
import { loadConfigFile } from '../../src/client/config-file.node.js';
import { ConfigError, isPromptOpsError } from '../../src/errors.js';
import { memoryStore } from '../../src/stores/memory.js';
import type { ErrorEvent } from '../../src/telemetry/events.js';
import { FakeStore, networkError, recorder, text } from './fakes.js';

const records = [
  text('support/greeting', '1.0.0', 'Hi {{customer}}'),
  text('support/greeting', '2.0.0', 'Dear {{customer}}'),
  text('support/triage', '1.0.0', 'Triage {{ticket}}'),
];

const PIN_MESSAGE =
  'option "pins["support/greting"]": pins a prompt that the memory store does not have, so the pin applies to ' +
  'nothing (bare getPrompt() calls of the name you meant get "latest"). It is set in the createPromptClient ' +
  'option "pins". Did you mean "support/greeting"? Rename the key to "support/greeting", or remove the pin.';

const EXPERIMENT_MESSAGE =
  'option "experiments["support/triag"]": is an experiment on a prompt that the memory store does not have, so ' +
  'it never runs (no request is assigned a variant). It is set in the createPromptClient option "experiments". ' +
  'Did you mean "support/triage"? Rename the key to "support/triage", or remove the experiment.';

/** An error listener that does nothing (without one, the messages go to console.warn). */
const quiet = { onError: () => undefined };

const configErrors = (events: ErrorEvent[]) => events.filter((e) => e.stage === 'config');

describe('pins and experiments on names the store does not have', () => {
  it('emits one error event per unknown name the first time the client reaches the store, for any prompt', async () => {
    const rec = recorder();
    const client = createPromptClient({
      store: memoryStore(records),
      pins: { 'support/greting': '^1', 'support/triage': '1.0.0' },
      experiments: { 'support/triag': { variants: { control: '1.0.0', candidate: '2.0.0' } } },
      hooks: { onEvent: rec.listener },
    });
    const first = rec.next('error');
    // Neither unknown name is asked for: the pin would silently not apply, the experiment never run.
    const p = await client.getPrompt('support/greeting');
    expect(p.version).toBe('2.0.0');
    await first;
    const report = await client.prefetch(['support/greeting']);
    const errors = configErrors(rec.of('error'));
    expect(errors.map((e) => e.name)).toEqual(['support/greting', 'support/triag']);
    expect(errors.map((e) => e.error.message)).toEqual([PIN_MESSAGE, EXPERIMENT_MESSAGE]);
    const [pin] = errors;
    expect(pin?.error).toBeInstanceOf(ConfigError);
    expect(isPromptOpsError(pin?.error, 'CONFIG') && pin.error.option).toBe('pins["support/greting"]');
    expect(pin?.stage).toBe('config');

    expect(
      report.unknownNames.map(({ option, name, source, suggestions }) => ({ option, name, source, suggestions })),
    ).toEqual([
      { option: 'pins', name: 'support/greting', source: 'option', suggestions: ['support/greeting'] },
      { option: 'experiments', name: 'support/triag', source: 'option', suggestions: ['support/triage'] },
    ]);
    expect(report.unknownNames.map((u) => u.error.message)).toEqual([PIN_MESSAGE, EXPERIMENT_MESSAGE]);

    // Once per client: more loads (and refreshes) emit nothing more.
    await client.getPrompt('support/triage@1.0.0');
    await client.prefetch();
    expect(configErrors(rec.of('error'))).toHaveLength(2);
  });

  it("lists them in prefetch()'s report, and reports nothing when every name is known", async () => {
    const unknown = createPromptClient({
      store: memoryStore(records),
      pins: { 'support/greting': '^1' },
      hooks: quiet,
    });
    const report = await unknown.prefetch();
    expect(report.unknownNames.map((u) => u.error.message)).toEqual([PIN_MESSAGE]);
    // The default prefetch warms the pinned names, so the pinned name itself also fails to load.
    expect(report.failed.map((f) => f.spec)).toEqual(['support/greting']);

    const rec = recorder();
    const known = createPromptClient({
      store: memoryStore(records),
      pins: { 'support/greeting': '^1' },
      hooks: { onEvent: rec.listener },
    });
    expect((await known.prefetch()).unknownNames).toEqual([]);
    expect(rec.of('error')).toEqual([]);
  });

  it('writes the message with console.warn when no error listener is registered (the config-file default client)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const client = createPromptClient({ store: memoryStore(records), pins: { 'support/greting': '^1' } });
      await client.getPrompt('support/greeting');
      await client.prefetch([]);
      await client.getPrompt('support/triage');
      expect(warn.mock.calls).toEqual([[`promptops: ${PIN_MESSAGE}`]]);
    } finally {
      warn.mockRestore();
    }
  });

  it('says when no name is close, and names the default selector the meant name gets', async () => {
    const client = createPromptClient({
      store: memoryStore(records),
      pins: { 'billing/invoice': 'production' },
      defaultSelector: 'production',
      hooks: quiet,
    });
    await client.getPrompt('support/greeting@1.0.0');
    const [unknown] = (await client.prefetch([])).unknownNames;
    expect(unknown?.suggestions).toEqual([]);
    expect(unknown?.error.message).toBe(
      'option "pins["billing/invoice"]": pins a prompt that the memory store does not have, so the pin applies to ' +
        'nothing (bare getPrompt() calls of the name you meant get "production"). It is set in the createPromptClient ' +
        'option "pins". Check the name (`promptops list` prints the names there), or remove the pin.',
    );
  });

  it('checks only once the store answered: a failed contact does not count, the next success does', async () => {
    const store = new FakeStore(records);
    const rec = recorder();
    const client = createPromptClient({
      store,
      pins: { 'support/greting': '^1' },
      hooks: { onEvent: rec.listener },
    });
    store.failure = networkError();
    await expect(client.getPrompt('support/greeting')).rejects.toThrow(/ECONNREFUSED/);
    expect(store.calls.list).toBe(0);
    expect((await client.prefetch([])).unknownNames).toEqual([]);
    store.failure = undefined;
    const reported = rec.next('error');
    await client.getPrompt('support/greeting');
    expect((await reported).error.message).toMatch(/^option "pins\["support\/greting"\]": pins a prompt that the fake/);
    expect(store.calls.list).toBe(1);
  });

  it('counts a "no such prompt" answer as reaching the store', async () => {
    const rec = recorder();
    const client = createPromptClient({
      store: memoryStore(records),
      experiments: { 'support/triag': { variants: { control: '1.0.0' } } },
      hooks: { onEvent: rec.listener },
    });
    await expect(client.getPrompt('nope')).rejects.toThrow(/not found/);
    expect((await client.prefetch([])).unknownNames.map((u) => u.name)).toEqual(['support/triag']);
  });

  it('asks listVersions for each configured name when the store cannot list, suggesting names it loaded', async () => {
    const store = new FakeStore(records, { list: false });
    const client = createPromptClient({
      store,
      pins: { 'support/greting': '^1', 'support/triage': '1.0.0' },
      hooks: quiet,
    });
    await client.getPrompt('support/greeting');
    const report = await client.prefetch([]);
    expect(report.unknownNames.map((u) => [u.name, u.suggestions])).toEqual([
      ['support/greting', ['support/greeting']],
    ]);
    expect(store.calls.listVersions).toBe(2);
  });

  it('names promptops.config.json when the pins and experiments came from it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'promptops-unknown-'));
    try {
      await writeFile(
        join(dir, 'promptops.config.json'),
        JSON.stringify({
          store: { type: 'file', dir: './prompts' },
          pins: { 'support/greting': '^1' },
          experiments: { 'support/triag': { variants: { control: '1.0.0', candidate: '2.0.0' } } },
        }),
      );
      const loaded = await loadConfigFile({ cwd: dir, env: {} });
      if (loaded === undefined) throw new Error('no config');
      await loaded.dispose?.();
      const client = createPromptClient({ ...loaded.options, store: memoryStore(records), hooks: quiet });
      await client.getPrompt('support/greeting');
      const [pin, experiment] = (await client.prefetch([])).unknownNames;
      const file = join(dir, 'promptops.config.json');
      expect(pin?.source).toBe(file);
      expect(pin?.error.message).toBe(
        `${file}, option "pins["support/greting"]": pins a prompt that the memory store does not have, so the pin ` +
          'applies to nothing (bare getPrompt() calls of the name you meant get "latest"). It is set in "pins" of ' +
          'promptops.config.json. Did you mean "support/greeting"? Rename the key to "support/greeting", or remove the pin.',
      );
      expect(experiment?.error.message).toContain('It is set in "experiments" of promptops.config.json.');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the docs quote the real messages', () => {
  it('docs/experiments.md and docs/versions-and-pins.md', async () => {
    const docs = resolve(import.meta.dirname, '../../docs');
    const experiments = await readFile(join(docs, 'experiments.md'), 'utf8');
    expect(experiments).toContain(`\n${EXPERIMENT_MESSAGE}\n`);
    expect(experiments).not.toMatch(/is not a `ConfigError`: check the names/);
    const pins = await readFile(join(docs, 'versions-and-pins.md'), 'utf8');
    expect(pins).toContain(`\n${PIN_MESSAGE}\n`);
  });
});

describe('experiments in promptops.config.json', () => {
  it('are checked like the client option, naming the file', () => {
    expect(() =>
      parseConfigFile(
        {
          store: { type: 'file', dir: 'p' },
          experiments: { 'support/triage': { variants: { a: '1.0.0' }, weights: {} } },
        },
        'promptops.config.json',
      ),
    ).toThrow(
      'promptops.config.json, option "experiments["support/triage"].weights": has no weight for "a"; give every variant one',
    );
  });
});
