import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { compileInputSchema } from '../../../src/engine/schema/index.js';
import { isStandardSchema, standardSchemaToJsonSchema } from '../../../src/engine/schema/standard.js';
import { inputSchemaToTypeScript } from '../../../src/engine/schema/typescript.js';
import { PromptFormatError } from '../../../src/errors.js';

describe('Standard Schema validators as input schemas', () => {
  it('a zod object: properties, required, validation with zod messages', () => {
    const schema = compileInputSchema(z.object({ customer: z.string(), tone: z.enum(['a', 'b']).optional() }));
    expect(schema.properties).toEqual(['customer', 'tone']);
    expect(schema.required).toEqual(['customer']);
    expect(schema.validate({ customer: 'Ada' })).toEqual({ ok: true, value: { customer: 'Ada' } });
    const result = schema.validate({ tone: 'c' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.path, i.code])).toEqual([
        [['customer'], 'invalid_type'],
        [['tone'], 'invalid_value'],
      ]);
      expect(result.issues[0]!.message).toMatch(/string/);
    }
  });

  it('a zod/mini object: properties from its shape', () => {
    const schema = compileInputSchema(zm.object({ customer: zm.string(), note: zm.optional(zm.string()) }));
    expect(schema.properties).toEqual(['customer', 'note']);
    expect(schema.required).toEqual(['customer']);
    const result = schema.validate({ note: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual([['customer'], ['note']]);
  });

  it("zod issues without a message text (zod/mini, no locale loaded) are worded like promptops's own", () => {
    const bare = {
      '~standard': {
        version: 1,
        vendor: 'zod',
        validate: () => ({
          issues: [
            { code: 'invalid_type', expected: 'string', path: ['customer'], message: 'Invalid input' },
            { code: 'invalid_type', expected: 'string', path: ['note'], message: 'Invalid input' },
            { code: 'custom', path: ['x'], message: 'Invalid input' },
          ],
        }),
      },
    };
    expect(compileInputSchema(bare).validate({ note: 1 })).toEqual({
      ok: false,
      issues: [
        { path: ['customer'], code: 'missing', message: 'missing required variable "customer"' },
        { path: ['note'], code: 'invalid_type', message: 'expected string, got number 1' },
        { path: ['x'], code: 'invalid', message: 'Invalid input' },
      ],
    });
  });

  it('any Standard Schema: issue paths with { key } segments', () => {
    const custom = {
      '~standard': {
        version: 1,
        vendor: 'custom',
        validate: (value: unknown) =>
          (value as { ok?: boolean }).ok === true
            ? { value }
            : { issues: [{ message: 'not ok', path: [{ key: 'ok' }, 0] }, { message: 'root' }] },
      },
    };
    expect(isStandardSchema(custom)).toBe(true);
    const schema = compileInputSchema(custom);
    expect(schema.properties).toEqual([]);
    expect(schema.jsonSchema).toEqual({ type: 'object' });
    expect(inputSchemaToTypeScript(schema)).toBe('Record<string, unknown>');
    expect(schema.validate({ ok: true }).ok).toBe(true);
    expect(schema.validate({})).toEqual({
      ok: false,
      issues: [
        { path: ['ok', 0], message: 'not ok', code: 'invalid' },
        { path: [], message: 'root', code: 'invalid' },
      ],
    });
  });

  it('an asynchronous validator is a PromptFormatError: at compile time when the probe shows it', () => {
    const asyncAlways = () => z.object({ a: z.optional(z.string()) }).refine(async () => true);
    expect(() => compileInputSchema(asyncAlways(), { file: 'x.ts' })).toThrow(PromptFormatError);
    expect(() => compileInputSchema(asyncAlways())).toThrow(/validates asynchronously/);
  });

  it('an asynchronous validator is a PromptFormatError: at the latest when it validates', () => {
    const asyncRefine = z.object({ a: z.string() }).refine(async () => true);
    const schema = compileInputSchema(asyncRefine);
    expect(() => schema.validate({ a: 'x' })).toThrow(/validates asynchronously/);
  });

  it('a validator that turns asynchronous later fails at validate time', () => {
    let calls = 0;
    const sneaky = {
      '~standard': {
        version: 1,
        vendor: 'sneaky',
        validate: (value: unknown) => (calls++ === 0 ? { value } : Promise.resolve({ value })),
      },
    };
    const schema = compileInputSchema(sneaky);
    expect(() => schema.validate({})).toThrow(PromptFormatError);
  });

  it('standardSchemaToJsonSchema never throws', () => {
    const throwing = {
      '~standard': {
        version: 1,
        vendor: 'x',
        validate: (value: unknown) => ({ value }),
        jsonSchema: {
          input: () => {
            throw new Error('no');
          },
        },
      },
    };
    expect(standardSchemaToJsonSchema(throwing)).toBeUndefined();
  });
});
