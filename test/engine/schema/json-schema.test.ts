import { describe, expect, it } from 'vitest';
import { normalizeJsonSchema } from '../../../src/engine/schema/json-schema.js';
import { PromptFormatError } from '../../../src/errors.js';
import { thrownBy } from '../../helpers/errors.js';
import { JSON_SCHEMA_REFUSED } from './schema-cases.js';

const formatError = (fn: () => unknown): PromptFormatError => thrownBy(PromptFormatError, fn);

const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});

describe('normalizeJsonSchema', () => {
  it('closes the top level unless additionalProperties is given', () => {
    expect(normalizeJsonSchema(object({ a: { type: 'string' } }))).toEqual({
      type: 'object',
      properties: { a: { type: 'string' } },
      additionalProperties: false,
    });
    expect(normalizeJsonSchema(object({}, { additionalProperties: true })).additionalProperties).toBe(true);
    expect(normalizeJsonSchema(object({}, { additionalProperties: { type: 'number' } })).additionalProperties).toEqual({
      type: 'number',
    });
  });

  it('leaves nested objects open, as JSON Schema does', () => {
    const schema = normalizeJsonSchema(object({ a: object({ b: { type: 'string' } }) }));
    expect((schema.properties as Record<string, Record<string, unknown>>).a!.additionalProperties).toBeUndefined();
  });

  it('infers type object from properties and array from items, type first', () => {
    const schema = normalizeJsonSchema({ properties: { list: { items: { type: 'string' } } } });
    expect(Object.keys(schema)[0]).toBe('type');
    expect(schema.type).toBe('object');
    expect((schema.properties as Record<string, unknown>).list).toEqual({ type: 'array', items: { type: 'string' } });
  });

  it('turns nullable: true into a null type (and into enums and alternatives)', () => {
    const schema = normalizeJsonSchema(
      object({
        a: { type: 'string', nullable: true },
        b: { enum: ['x'], nullable: true },
        c: { anyOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
        d: { type: ['string', 'null'], nullable: true },
        e: { type: 'string', nullable: false },
      }),
    );
    expect(schema.properties).toEqual({
      a: { type: ['string', 'null'] },
      b: { enum: ['x', null] },
      c: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }] },
      d: { type: ['string', 'null'] },
      e: { type: 'string' },
    });
  });

  it('turns draft-4 boolean exclusive bounds into numbers', () => {
    const schema = normalizeJsonSchema(
      object({ n: { type: 'number', minimum: 1, exclusiveMinimum: true, maximum: 5, exclusiveMaximum: false } }),
    );
    expect((schema.properties as Record<string, unknown>).n).toEqual({
      type: 'number',
      exclusiveMinimum: 1,
      maximum: 5,
    });
  });

  it('merges simple allOf members', () => {
    const schema = normalizeJsonSchema({
      allOf: [
        object({ a: { type: 'string' } }, { required: ['a'] }),
        object({ b: { type: 'integer' } }, { required: ['b'] }),
      ],
      description: 'both',
    });
    expect(schema).toEqual({
      type: 'object',
      description: 'both',
      properties: { a: { type: 'string' }, b: { type: 'integer' } },
      required: ['a', 'b'],
      additionalProperties: false,
    });
    const strings = normalizeJsonSchema(
      object({
        s: { allOf: [{ type: 'string' }, { type: 'string', minLength: 2 }, { maxLength: 5, type: 'string' }] },
      }),
    );
    expect((strings.properties as Record<string, unknown>).s).toEqual({ type: 'string', minLength: 2, maxLength: 5 });
    const numbers = normalizeJsonSchema(object({ n: { allOf: [{ type: 'number' }, { type: ['integer', 'null'] }] } }));
    expect((numbers.properties as Record<string, unknown>).n).toEqual({ type: 'integer' });
  });

  it('keeps annotations and x- extensions', () => {
    const property = {
      type: 'string',
      title: 'T',
      description: 'D',
      default: 'x',
      examples: ['y'],
      format: 'email',
      'x-ui': 1,
    };
    expect(normalizeJsonSchema(object({ a: property })).properties).toEqual({ a: property });
  });
});

describe('normalizeJsonSchema: errors name the keyword path and the fix', () => {
  const at = { file: 'p.prompt.yaml', field: 'input.schema' };

  for (const { title, schema, top, field, detail, exact } of JSON_SCHEMA_REFUSED) {
    it(title, () => {
      const error = formatError(() => normalizeJsonSchema(schema, at, { top: top ?? true }));
      expect(error.file).toBe('p.prompt.yaml');
      expect(error.field).toBe(field);
      if (exact) expect(error.detail).toBe(detail);
      else expect(error.detail).toContain(detail);
    });
  }

  it('a schema without location names the path from the schema', () => {
    expect(formatError(() => normalizeJsonSchema(object({ a: { enum: [{}] } }))).field).toBe('properties.a.enum[0]');
  });

  it('below the top level, any type is fine', () => {
    expect(normalizeJsonSchema({ type: 'string' }, at, { top: false })).toEqual({ type: 'string' });
  });
});
