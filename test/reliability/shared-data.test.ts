/**
 * Defects 10 and 11 of issue 13: a `__proto__` key is refused at the door, everywhere, with a clear error; and
 * what a prompt hands out (metadata, labels, toJSON()) is read-only, so no caller can change a prompt for others
 * or for the snapshot.
 */
import { describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { memorySnapshot } from '../../src/client/snapshot.js';
import { parsePromptFile } from '../../src/engine/parse.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { parseRecord } from '../../src/engine/record-schema.js';
import { PromptFormatError } from '../../src/errors.js';
import { memoryStore } from '../../src/stores/memory.js';
import type { PromptStore } from '../../src/stores/types.js';

import { rejectionOf, thrown } from '../helpers/errors.js';
import { manualTime } from '../helpers/manual-time.js';

describe('__proto__ keys', () => {
  const base = { name: 'p', version: '1.0.0', type: 'text', template: 'Hi' };
  const cases: Array<[string, unknown, RegExp]> = [
    ['in metadata', JSON.parse('{"metadata": {"__proto__": {"x": 1}}}'), /metadata\.__proto__/],
    ['in model', JSON.parse('{"model": {"name": "m", "__proto__": {"x": 1}}}'), /model\.__proto__/],
    [
      'in input.default',
      JSON.parse('{"input": {"default": {"__proto__": {"who": "x"}}}}'),
      /input\.default\.__proto__/,
    ],
    ['at the top level', JSON.parse('{"__proto__": {"template": "PWNED"}}'), /__proto__/],
  ];
  for (const [where, extra, field] of cases) {
    it(`is refused ${where} with a PromptFormatError naming the field`, () => {
      const error = thrown(() => parseRecord({ ...base, ...(extra as object) }));
      expect(error).toBeInstanceOf(PromptFormatError);
      expect((error as Error).message).toMatch(/the key "__proto__" is not allowed/);
      expect((error as Error).message).toMatch(field);
    });
  }

  it('is refused by putVersion and in prompt files (JSON and YAML), never accepted then broken', async () => {
    const store = memoryStore([]);
    const record = { ...base, ...(JSON.parse('{"metadata": {"__proto__": {"x": 1}}}') as object) } as PromptRecord;
    expect(await rejectionOf(Promise.resolve().then(() => store.putVersion?.(record)))).toBeInstanceOf(
      PromptFormatError,
    );
    const json = '{"name": "p", "version": "1.0.0", "template": "Hi", "metadata": {"__proto__": {"x": 1}}}';
    expect(thrown(() => parsePromptFile(json, { file: 'p.prompt.json', name: 'p' }))).toBeInstanceOf(PromptFormatError);
    const yaml = 'version: 1.0.0\ntemplate: Hi\nmetadata:\n  __proto__:\n    x: 1\n';
    expect(thrown(() => parsePromptFile(yaml, { file: 'p.prompt.yaml', name: 'p' }))).toBeInstanceOf(PromptFormatError);
  });
});

describe('returned data is read-only', () => {
  it('p.metadata, p.labels and toJSON().input.default cannot be changed for other callers or the snapshot', async () => {
    const record: PromptRecord = {
      name: 'p',
      version: '1.0.0',
      type: 'text',
      template: 'Hi {{who}}',
      labels: ['production'],
      metadata: { owner: 'team-a', tags: ['x'] },
      input: { default: { who: 'Ada' } },
    };
    // A custom store that hands out its own mutable object.
    const store: PromptStore = {
      name: 'custom',
      listVersions: async () => [{ version: '1.0.0', labels: ['production'] }],
      getVersion: async () => record,
      resolve: async () => record,
    };
    const snapshot = memorySnapshot();
    const client = createPromptClient({ store, snapshot, timers: manualTime().timers });
    const first = await client.getPrompt('p');
    const attempts = [
      () => {
        (first.metadata as Record<string, unknown>).owner = 'evil';
      },
      () => {
        ((first.metadata as Record<string, unknown>).tags as string[]).push('evil');
      },
      () => {
        (first.labels as string[]).push('evil');
      },
      () => {
        (first.toJSON().input?.default as Record<string, unknown>).who = 'Eve';
      },
    ];
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
    const second = await client.getPrompt('p');
    expect(second.metadata).toEqual({ owner: 'team-a', tags: ['x'] });
    expect(second.labels).toEqual(['production']);
    expect(second.render()).toBe('Hi Ada');
    // The store's own object is not frozen or changed by the client.
    expect(Object.isFrozen(record.metadata)).toBe(false);
    await client.close();
    expect(snapshot.data?.records['p@1.0.0']?.metadata).toEqual({ owner: 'team-a', tags: ['x'] });
  });
});
