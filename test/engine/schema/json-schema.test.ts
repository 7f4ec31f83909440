import { describe, expect, it } from 'vitest';
import { normalizeJsonSchema } from '../../../src/engine/schema/json-schema.js';
import { PromptFormatError } from '../../../src/errors.js';
import { thrownBy } from '../../helpers/errors.js';

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

  it('the top level must be an object', () => {
    const error = formatError(() => normalizeJsonSchema({ type: 'string' }, at));
    expect(error.field).toBe('input.schema.type');
    expect(error.detail).toContain('an input schema must describe an object of variables');
    expect(formatError(() => normalizeJsonSchema({ type: ['object', 'null'] }, at)).detail).toContain(
      'type ["object","null"]',
    );
    expect(normalizeJsonSchema({ type: 'string' }, at, { top: false })).toEqual({ type: 'string' });
  });

  it('unknown types, with suggestions', () => {
    const error = formatError(() => normalizeJsonSchema(object({ a: { type: 'strng' } }), at));
    expect(error.field).toBe('input.schema.properties.a.type');
    expect(error.detail).toBe(
      'unknown type "strng"; did you mean "string"? (types: string, number, integer, boolean, null, object, array)',
    );
    expect(formatError(() => normalizeJsonSchema(object({ a: { type: 'int' } }))).detail).toContain(
      'did you mean "integer"?',
    );
    expect(formatError(() => normalizeJsonSchema(object({ a: { type: 'any' } }))).detail).toContain('leave "type" out');
    expect(formatError(() => normalizeJsonSchema(object({ a: { type: [] } }))).detail).toContain('empty list');
    expect(formatError(() => normalizeJsonSchema(object({ a: { type: ['string', 'string'] } }))).detail).toContain(
      'listed twice',
    );
  });

  it('unsupported keywords are named, with a hint', () => {
    const error = formatError(() => normalizeJsonSchema(object({ a: { $ref: '#/$defs/A' } }), at));
    expect(error.field).toBe('input.schema.properties.a.$ref');
    expect(error.detail).toBe(
      'the JSON Schema keyword "$ref" is not supported in input schemas: inline the referenced schema',
    );
    for (const keyword of ['not', 'if', 'then', 'else', 'uniqueItems', 'patternProperties', 'prefixItems']) {
      expect(formatError(() => normalizeJsonSchema(object({ a: { [keyword]: {} } }))).detail).toContain(
        `"${keyword}" is not supported`,
      );
    }
  });

  it('unknown keywords are typos', () => {
    const error = formatError(() => normalizeJsonSchema({ type: 'object', propertes: {} }, at));
    expect(error.field).toBe('input.schema.propertes');
    expect(error.detail).toBe(
      'unknown JSON Schema keyword "propertes"; did you mean "properties"? (vendor extensions must start with "x-")',
    );
  });

  it('keywords must apply to the type', () => {
    expect(formatError(() => normalizeJsonSchema(object({ a: { type: 'number', minLength: 1 } }))).detail).toBe(
      '"minLength" applies to strings, but the type is "number"',
    );
    expect(formatError(() => normalizeJsonSchema(object({ a: { minimum: 1 } }))).detail).toBe(
      '"minimum" needs "type": "number"',
    );
  });

  it('required names must be declared', () => {
    const error = formatError(() =>
      normalizeJsonSchema(object({ customer: { type: 'string' } }, { required: ['custmer'] }), at),
    );
    expect(error.field).toBe('input.schema.required');
    expect(error.detail).toBe(
      '"required" lists "custmer", which "properties" does not declare; did you mean "customer"?',
    );
    expect(formatError(() => normalizeJsonSchema(object({}, { required: 'a' }))).detail).toContain('must be a list');
  });

  it('bad values of keywords', () => {
    expect(formatError(() => normalizeJsonSchema(object({ a: { type: 'string', minLength: -1 } }))).detail).toContain(
      '"minLength" must be a whole number >= 0',
    );
    expect(formatError(() => normalizeJsonSchema(object({ a: { type: 'string', pattern: '([' } }))).detail).toContain(
      'is not a valid regular expression',
    );
    expect(formatError(() => normalizeJsonSchema(object({ a: { type: 'number', multipleOf: 0 } }))).detail).toContain(
      'greater than 0',
    );
    expect(formatError(() => normalizeJsonSchema(object({ a: { enum: [] } }))).detail).toContain('non-empty list');
    expect(formatError(() => normalizeJsonSchema(object({ a: { enum: [{}] } }))).field).toBe('properties.a.enum[0]');
    expect(formatError(() => normalizeJsonSchema(object({ a: { type: 'string', enum: [1] } }))).detail).toContain(
      'does not fit type "string"',
    );
    expect(formatError(() => normalizeJsonSchema(object({ a: { type: 'array', items: [{}] } }))).detail).toContain(
      'tuple',
    );
    expect(formatError(() => normalizeJsonSchema(object({ a: 'string' }))).detail).toBe(
      'expected a schema object, got string "string"',
    );
    expect(formatError(() => normalizeJsonSchema(object({ a: false }))).detail).toContain('accepts no value');
  });

  it('allOf conflicts and anyOf mixed with validation keywords', () => {
    expect(
      formatError(() => normalizeJsonSchema(object({ a: { allOf: [{ type: 'string' }, { type: 'number' }] } }))).detail,
    ).toContain('at once');
    expect(
      formatError(() =>
        normalizeJsonSchema(
          object({
            a: {
              allOf: [
                { type: 'string', minLength: 1 },
                { type: 'string', minLength: 2 },
              ],
            },
          }),
        ),
      ).detail,
    ).toContain('allOf members give "minLength" different values');
    expect(
      formatError(() =>
        normalizeJsonSchema(object({ a: { type: 'string', anyOf: [{ minLength: 1, type: 'string' }] } })),
      ).detail,
    ).toBe('"anyOf" cannot be combined with "type" here: move "type" into each alternative');
  });
});
