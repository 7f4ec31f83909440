// The client runs the lean record check (engine/record-shape.ts); the checks that need a schema happen where
// the schema is used. Either way a malformed record is a PromptFormatError that a fallback never hides.
import { describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { PromptFormatError, PromptInputError } from '../../src/errors.js';
import { memoryStore } from '../../src/stores/memory.js';
import type { PromptStore } from '../../src/stores/types.js';
import { rejectionOf, thrownBy } from '../helpers/errors.js';

const base = { name: 'greeting', version: '1.0.0', type: 'text' as const, template: 'Hi {{customer}}' };

/** A store that answers `record` as is, whatever it is. */
function answering(record: unknown): PromptStore {
  return {
    name: 'custom',
    listVersions: async () => [{ version: '1.0.0', labels: [] }],
    getVersion: async () => record as never,
  };
}

describe('malformed records reach the client', () => {
  it('a malformed shape is refused when loaded, naming the field, even with a fallback', async () => {
    for (const [record, field] of [
      [{ ...base, templte: 'x' }, 'templte'],
      [{ ...base, model: { name: 'm', temperature: 'hot' } }, 'model.temperature'],
      [{ ...base, tools: [{ name: 'a b', input: {} }] }, 'tools[0].name'],
    ] as const) {
      const client = createPromptClient({ store: answering(record) });
      const error = await rejectionOf(client.getPrompt('greeting@1.0.0', { fallback: 'Hello' }));
      expect(error).toBeInstanceOf(PromptFormatError);
      expect((error as PromptFormatError).message).toContain(`field "${field}"`);
    }
  });

  it('a malformed input schema is refused when the client compiles the prompt, even with a fallback', async () => {
    const client = createPromptClient({ store: memoryStore([{ ...base, input: { schema: { customer: 'strng' } } }]) });
    const error = await rejectionOf(client.getPrompt('greeting', { fallback: 'Hello' }));
    expect(error).toBeInstanceOf(PromptFormatError);
    // The lean schema check: the field, in plain words; the rich check (parseRecord, validate) suggests the fix.
    expect((error as PromptFormatError).field).toBe('input.schema.customer');
    expect((error as PromptFormatError).detail).toBe(
      'unknown type; parseRecord() or `promptops validate` says how to fix it',
    );
  });

  it('defaults that do not fit the schema are refused when a render validates them', async () => {
    const record = { ...base, input: { schema: { customer: 'string' }, default: { customer: 42 } } };
    const p = await createPromptClient({ store: memoryStore([record]) }).getPrompt('greeting');
    const error = thrownBy(PromptInputError, () => p.render());
    expect(error.issues[0]?.path).toEqual(['customer']);
  });

  it('a malformed output schema is refused by parseOutput', async () => {
    const record = { ...base, output: { schema: { 'a(enum)': 'x' } } };
    const p = await createPromptClient({ store: memoryStore([record]) }).getPrompt('greeting');
    const error = thrownBy(PromptFormatError, () => p.parseOutput('{"a":"x"}'));
    expect(error.field).toBe('output.schema.a(enum)');
    expect(error.detail).toContain('(enum) takes a non-empty list of values');
  });
});
