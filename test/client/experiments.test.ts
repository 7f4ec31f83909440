import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import {
  assignVariant,
  checkOutcomeMetrics,
  compileExperiments,
  type Experiment,
  hash32,
} from '../../src/client/experiments.js';
import type { PromptClientOptions } from '../../src/client/options.js';
import { ConfigError, PromptInputError } from '../../src/errors.js';
import { FakeStore, networkError, recorder, text } from './fakes.js';

/** Reference: FNV-1a over TextEncoder's UTF-8 bytes, then murmur3 fmix32. */
function reference(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const experiment = (config: unknown, name = 'support/greeting'): Experiment => {
  const compiled = compileExperiments({ [name]: config })?.get(name);
  if (compiled === undefined) throw new Error('no experiment');
  return compiled;
};

describe('hash32', () => {
  it('is FNV-1a over UTF-8 with the murmur3 finaliser, for any string (surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(hash32(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
    for (const s of ['', 'a', 'é', '€', '😀', '\ud800', 'x\udc00y', 'support/greeting:user-1']) {
      expect(hash32(s)).toBe(reference(s));
    }
  });

  it('never changes: pinned values (changing them reassigns every user of every experiment)', () => {
    // Computed independently (Python: FNV-1a over s.encode('utf-8'), then fmix32), so that another
    // language can reproduce the assignment.
    expect(
      ['support/greeting:user-1', 'support/greeting:user-2', 'checkout:42', 'ünïcødé:😀'].map((s) => hash32(s)),
    ).toEqual([1274070160, 4184615424, 1461031184, 148665132]);
  });
});

describe('assignment', () => {
  const greeting = experiment({
    variants: { control: '1.2.0', candidate: '2.0.0' },
    weights: { control: 90, candidate: 10 },
  });

  it('splits 100,000 keys within 1 percentage point of the weights', () => {
    const cases: Array<[Experiment, number[]]> = [
      [greeting, [0.9, 0.1]],
      [experiment({ variants: { a: '1.0.0', b: '2.0.0' } }), [0.5, 0.5]],
      [
        experiment({ variants: { a: '1.0.0', b: '2.0.0', c: 'latest' }, weights: { a: 1, b: 1, c: 1 } }),
        [1 / 3, 1 / 3, 1 / 3],
      ],
      [
        experiment({ variants: { a: '1.0.0', b: '2.0.0', c: '3.0.0' }, weights: { a: 0.5, b: 0, c: 99.5 } }),
        [0.005, 0, 0.995],
      ],
    ];
    for (const [exp, expected] of cases) {
      const counts = new Array<number>(exp.variants.length).fill(0);
      const n = 100_000;
      for (let i = 0; i < n; i++) {
        const v = assignVariant(exp, `user-${i}`);
        counts[v] = (counts[v] ?? 0) + 1;
      }
      counts.forEach((count, i) => {
        expect(Math.abs(count / n - (expected[i] ?? 0))).toBeLessThan(0.01);
      });
    }
  });

  it('also splits UUID-like and numeric keys evenly', () => {
    const exp = experiment({ variants: { a: '1.0.0', b: '2.0.0' } });
    let b = 0;
    for (let i = 0; i < 100_000; i++) b += assignVariant(exp, String(1_000_000 + i * 7));
    expect(Math.abs(b / 100_000 - 0.5)).toBeLessThan(0.01);
  });

  it('is sticky: the same key gets the same variant every time, in every process (pinned)', () => {
    const keys = Array.from({ length: 12 }, (_, i) => `user-${i}`);
    const first = keys.map((k) => greeting.variants[assignVariant(greeting, k)]);
    const again = experiment({
      variants: { control: '1.2.0', candidate: '2.0.0' },
      weights: { control: 90, candidate: 10 },
    });
    expect(keys.map((k) => again.variants[assignVariant(again, k)])).toEqual(first);
    // Pinned (also computed in Python), so that a change of algorithm cannot pass unnoticed.
    expect(first).toEqual([
      'control',
      'control',
      'candidate',
      'control',
      'control',
      'control',
      'control',
      'control',
      'candidate',
      'control',
      'control',
      'control',
    ]);
  });

  it('moves few keys when the weights change, and reshuffles when the experiment is renamed', () => {
    const at = (weights: Record<string, number>, name?: string) =>
      experiment({ variants: { control: '1.0.0', candidate: '2.0.0' }, weights, ...(name ? { name } : {}) });
    const before = at({ control: 90, candidate: 10 });
    const after = at({ control: 80, candidate: 20 });
    const renamed = at({ control: 90, candidate: 10 }, 'greeting-v2');
    let stayed = 0;
    let moved = 0;
    let same = 0;
    for (let i = 0; i < 10_000; i++) {
      const key = `u${i}`;
      const a = assignVariant(before, key);
      const b = assignVariant(after, key);
      if (a === 1) stayed += b === 1 ? 1 : 0; // every candidate stays a candidate when it grows
      if (a !== b) moved++;
      if (assignVariant(renamed, key) === a) same++;
    }
    expect(stayed).toBe([...Array(10_000).keys()].filter((i) => assignVariant(before, `u${i}`) === 1).length);
    expect(moved / 10_000).toBeLessThan(0.12);
    expect(same / 10_000).toBeLessThan(0.9); // independent: about 0.9² + 0.1² = 0.82
  });

  it('never assigns a variant of weight 0', () => {
    const exp = experiment({ variants: { off: '1.0.0', on: '2.0.0' }, weights: { off: 0, on: 1 } });
    for (let i = 0; i < 10_000; i++) expect(assignVariant(exp, `k${i}`)).toBe(1);
  });
});

describe('compileExperiments', () => {
  it('returns undefined for no experiments, and keeps the configured order (control first)', () => {
    expect(compileExperiments(undefined)).toBeUndefined();
    expect(compileExperiments({})).toBeUndefined();
    const exp = experiment({ variants: { control: '^1.2', candidate: 'staging' } });
    expect(exp).toEqual({
      name: 'support/greeting',
      prompt: 'support/greeting',
      variants: ['control', 'candidate'],
      selectors: ['^1.2', 'staging'],
      cumulative: [1, 2],
      total: 2,
    });
  });

  const bad: Array<[unknown, string | RegExp]> = [
    ['nope', /^option "experiments": must be an object, got string$/],
    [
      { 'Bad Name': { variants: { a: '1.0.0' } } },
      /option "experiments\["Bad Name"\]": has a key that is not a prompt name/,
    ],
    [{ a: { variants: {} } }, /option "experiments\.a\.variants": must name at least one variant/],
    [{ a: {} }, /option "experiments\.a\.variants": must be an object, got undefined/],
    [
      { a: { variants: { control: 'not a selector!' } } },
      /option "experiments\.a\.variants\.control": is not a selector; use an exact version/,
    ],
    [{ a: { variants: { control: 1 } } }, /option "experiments\.a\.variants\.control": is not a selector/],
    [
      { 'support/greeting': { variants: { control: '1.0.0', candidate: '2.0.0' }, weights: { control: 1 } } },
      /^option "experiments\["support\/greeting"\]\.weights": has no weight for "candidate"; give every variant one$/,
    ],
    [
      { a: { variants: { control: '1.0.0' }, weights: { control: 1, candidat: 1 } } },
      /option "experiments\.a\.weights": has a weight for "candidat", which is not a variant \(control\)/,
    ],
    [
      { a: { variants: { control: '1.0.0' }, weights: { control: -1 } } },
      /option "experiments\.a\.weights\.control": must be a finite number of at least 0, got -1/,
    ],
    [{ a: { variants: { control: '1.0.0' }, weights: { control: Number.NaN } } }, /got NaN/],
    [
      { a: { variants: { control: '1.0.0' }, weights: { control: '50' } } },
      /weights\.control": must be a finite number of at least 0, got string/,
    ],
    [
      { a: { variants: { control: '1.0.0', b: '2.0.0' }, weights: { control: 0, b: 0 } } },
      /option "experiments\.a\.weights": must have a positive, finite sum/,
    ],
    [
      { a: { variants: { control: '1.0.0', b: '2.0.0' }, weights: { control: 1e308, b: 1e308 } } },
      /must have a positive, finite sum/,
    ],
    [
      { a: { variants: { control: '1.0.0' }, weight: { control: 1 } } },
      /option "experiments\.a\.weight": unknown option "weight" \(did you mean "weights"\?\)/,
    ],
    [{ a: { variants: { control: '1.0.0' }, name: '' } }, /option "experiments\.a\.name": must be a non-empty string/],
  ];
  it.each(bad)('rejects %j', (raw, message) => {
    let error: unknown;
    try {
      compileExperiments(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('checkOutcomeMetrics', () => {
  it('accepts finite numbers and copies them', () => {
    const metrics = { score: 1, costUsd: 0.002, latencyMs: -0 };
    const out = checkOutcomeMetrics(metrics);
    expect(out).toEqual(metrics);
    expect(out).not.toBe(metrics);
  });

  it.each([
    [null, /option "metrics": must be an object, got null/],
    [[1], /option "metrics": must be an object, got an array/],
    [{}, /option "metrics": is empty; pass at least one metric/],
    [{ score: Number.NaN }, /option "metrics\.score": must be a finite number, got NaN/],
    [{ score: Number.POSITIVE_INFINITY }, /got Infinity/],
    [{ score: '1' }, /option "metrics\.score": must be a finite number, got string/],
    [{ score: true }, /got boolean/],
  ])('rejects %j with a ConfigError', (metrics, message) => {
    expect(() => checkOutcomeMetrics(metrics)).toThrow(ConfigError);
    expect(() => checkOutcomeMetrics(metrics)).toThrow(message);
  });
});

describe('experiments in the client', () => {
  const records = [
    text('support/greeting', '1.2.0', 'Hello {{customer}}'),
    text('support/greeting', '2.0.0', 'Dear {{customer}}'),
    text('support/greeting', '2.1.0', 'Dearest {{customer}}'),
  ];
  const experiments = {
    'support/greeting': {
      variants: { control: '1.2.0', candidate: '2.0.0' },
      weights: { control: 50, candidate: 50 },
    },
  };
  const setup = (extra: Partial<PromptClientOptions> = {}) => {
    const recorded = recorder();
    const store = new FakeStore(records);
    const client = createPromptClient({ store, experiments, hooks: { onEvent: recorded.listener }, ...extra });
    return { client, recorded, store };
  };
  const reference = compileExperiments(experiments)?.get('support/greeting') as Experiment;
  const expectedVariant = (key: string) => reference.variants[assignVariant(reference, key)];

  it('assigns a variant per key: p.variant, the variant’s version, an assignment event', async () => {
    const { client, recorded } = setup();
    const keys = ['user-1', 'user-2', 'user-3', 'user-4', 'user-5', 'user-6'];
    for (const key of keys) {
      const p = await client.getPrompt('support/greeting', { assignmentKey: key });
      const variant = expectedVariant(key);
      expect(p.variant).toBe(variant);
      expect(p.version).toBe(variant === 'control' ? '1.2.0' : '2.0.0');
      expect(p.selector).toBe(variant === 'control' ? '1.2.0' : '2.0.0');
    }
    expect(new Set(keys.map(expectedVariant))).toEqual(new Set(['control', 'candidate']));
    expect(recorded.of('assignment')).toEqual(
      keys.map((key) => ({
        type: 'assignment',
        name: 'support/greeting',
        experiment: 'support/greeting',
        variant: expectedVariant(key),
        selector: expectedVariant(key) === 'control' ? '1.2.0' : '2.0.0',
      })),
    );
  });

  it('is sticky: the same key gets the same variant from another client (another process)', async () => {
    const a = setup().client;
    const b = setup().client;
    for (let i = 0; i < 200; i++) {
      const key = `sticky-${i}`;
      const [pa, pb, again] = await Promise.all([
        a.getPrompt('support/greeting', { assignmentKey: key }),
        b.getPrompt('support/greeting', { assignmentKey: key }),
        a.getPrompt('support/greeting', { assignmentKey: key }),
      ]);
      expect(pb.variant).toBe(pa.variant);
      expect(again.variant).toBe(pa.variant);
    }
  });

  it('splits real getPrompt traffic by the weights', async () => {
    const { client } = setup({
      experiments: {
        'support/greeting': {
          variants: { control: '1.2.0', candidate: '2.0.0' },
          weights: { control: 90, candidate: 10 },
        },
      },
    });
    let candidates = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const p = await client.getPrompt('support/greeting', { assignmentKey: `user-${i}` });
      if (p.variant === 'candidate') candidates++;
    }
    expect(Math.abs(candidates / n - 0.1)).toBeLessThan(0.01);
  });

  it('puts the variant on every event of the prompt: fetch, render, render errors, outcome', async () => {
    const { client, recorded } = setup();
    const key = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].find((k) => expectedVariant(k) === 'candidate') as string;
    await client.getPrompt('support/greeting', { assignmentKey: key }); // miss
    const p = await client.getPrompt('support/greeting', { assignmentKey: key }); // hit (hot path)
    p.render({ customer: 'Ada' });
    expect(() => p.render({})).toThrow(PromptInputError);
    client.recordOutcome(p, { score: 1, costUsd: 0.002 });
    const types = recorded.events.map((e) => e.type);
    expect(types).toEqual(['assignment', 'fetch', 'assignment', 'fetch', 'render', 'error', 'outcome']);
    for (const event of recorded.events) expect((event as { variant?: string }).variant).toBe('candidate');
    expect(recorded.of('fetch').map((e) => [e.cache, e.version, e.selector])).toEqual([
      ['miss', '2.0.0', '2.0.0'],
      ['hit', '2.0.0', '2.0.0'],
    ]);
    expect(recorded.of('error')[0]).toMatchObject({ stage: 'render', variant: 'candidate' });
    expect(recorded.of('outcome')).toEqual([
      {
        type: 'outcome',
        name: 'support/greeting',
        version: '2.0.0',
        variant: 'candidate',
        metrics: { score: 1, costUsd: 0.002 },
      },
    ]);
  });

  it('without an assignmentKey serves the control, with no variant and no assignment event', async () => {
    const { client, recorded } = setup();
    for (const options of [undefined, {}, { assignmentKey: '' }]) {
      const p = await client.getPrompt('support/greeting', options);
      expect(p.version).toBe('1.2.0');
      expect(p.variant).toBeUndefined();
      p.render({ customer: 'Ada' });
    }
    expect(recorded.of('assignment')).toEqual([]);
    expect(recorded.events.every((e) => !('variant' in e))).toBe(true);
  });

  it('a fallback served instead of a variant carries no variant (it is neither arm)', async () => {
    const { client, recorded, store } = setup();
    store.failure = networkError();
    const p = await client.getPrompt('support/greeting', { assignmentKey: 'user-1', fallback: 'Hi {{customer}}' });
    expect(p.source).toBe('fallback');
    expect(p.variant).toBeUndefined();
    expect(recorded.of('error')[0]).toMatchObject({ stage: 'fetch', variant: expectedVariant('user-1') });
    expect(recorded.of('fetch')[0]).not.toHaveProperty('variant');
  });

  it('an explicit selector bypasses the experiment', async () => {
    const { client, recorded } = setup();
    const p = await client.getPrompt('support/greeting@2.1.0', { assignmentKey: 'user-1' });
    expect(p.version).toBe('2.1.0');
    expect(p.variant).toBeUndefined();
    expect(recorded.of('assignment')).toEqual([]);
  });

  it('takes precedence over pins for assigned and unassigned calls; other names keep their pins', async () => {
    const { client } = setup({
      pins: { 'support/greeting': '2.1.0', other: '1.0.0' },
      store: new FakeStore([...records, text('other', '1.0.0', 'o'), text('other', '2.0.0', 'o2')]),
    });
    expect((await client.getPrompt('support/greeting')).version).toBe('1.2.0');
    expect((await client.getPrompt('other')).version).toBe('1.0.0');
  });

  it('accepts a number as the key (String(key))', async () => {
    const { client } = setup();
    const p = await client.getPrompt('support/greeting', { assignmentKey: 42 });
    expect(p.variant).toBe(expectedVariant('42'));
  });

  it('assigns the same way with or without listeners', async () => {
    const quiet = createPromptClient({ store: new FakeStore(records), experiments });
    for (let i = 0; i < 50; i++) {
      expect((await quiet.getPrompt('support/greeting', { assignmentKey: `q${i}` })).variant).toBe(
        expectedVariant(`q${i}`),
      );
    }
  });

  it('prefetch() warms every variant', async () => {
    const { client, store } = setup();
    const report = await client.prefetch();
    expect(report.failed).toEqual([]);
    expect([...new Set(report.loaded.map((l) => l.version))].sort()).toEqual(['1.2.0', '2.0.0']);
    const calls = store.totalCalls;
    await client.getPrompt('support/greeting', { assignmentKey: 'a' });
    await client.getPrompt('support/greeting', { assignmentKey: 'b' });
    await client.getPrompt('support/greeting');
    expect(store.totalCalls).toBe(calls);
  });

  it('rejects a bad experiments option with a ConfigError naming it', () => {
    expect(() =>
      createPromptClient({
        store: new FakeStore(records),
        experiments: {
          'support/greeting': { variants: { control: '1.2.0', candidate: '2.0.0' }, weights: { control: 1 } },
        },
      }),
    ).toThrow(/option "experiments\["support\/greeting"\]\.weights": has no weight for "candidate"/);
  });
});

describe('recordOutcome', () => {
  const records = [text('a', '1.0.0', 'A')];

  it('emits an outcome event without a variant for a prompt outside experiments', async () => {
    const recorded = recorder();
    const client = createPromptClient({ store: new FakeStore(records), hooks: { onOutcome: recorded.listener } });
    const p = await client.getPrompt('a');
    client.recordOutcome(p, { score: 0.5 });
    client.recordOutcome({ name: 'a', version: '1.0.0', variant: 'b' }, { score: 1 });
    expect(recorded.events).toEqual([
      { type: 'outcome', name: 'a', version: '1.0.0', metrics: { score: 0.5 } },
      { type: 'outcome', name: 'a', version: '1.0.0', variant: 'b', metrics: { score: 1 } },
    ]);
  });

  it('validates the metrics even with no listener: finite numbers only', async () => {
    const client = createPromptClient({ store: new FakeStore(records) });
    const p = await client.getPrompt('a');
    expect(() => client.recordOutcome(p, { score: Number.NaN })).toThrow(ConfigError);
    expect(() => client.recordOutcome(p, { score: Number.NaN })).toThrow(
      /option "metrics\.score": must be a finite number, got NaN/,
    );
    expect(() => client.recordOutcome(p, { score: '1' } as unknown as Record<string, number>)).toThrow(ConfigError);
    expect(() => client.recordOutcome(p, {})).toThrow(/pass at least one metric/);
    expect(() => client.recordOutcome({ name: '', version: '1.0.0' }, { score: 1 })).toThrow(ConfigError);
  });
});
