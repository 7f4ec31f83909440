import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileInputSchema, schemaFromVariables } from '../../../src/engine/schema/index.js';
import { inputSchemaToTypeScript } from '../../../src/engine/schema/typescript.js';
import { PromptFormatError } from '../../../src/errors.js';
import { picoschemaArbitrary, valueFor } from './arbitraries.js';

const greeting = compileInputSchema({
  company: 'string',
  customer: "string, the customer's first name",
  'tone?(enum)': ['formal', 'friendly'],
});

function issuesOf(result: ReturnType<typeof greeting.validate>) {
  if (result.ok) throw new Error('expected validation to fail');
  return result.issues;
}

describe('compileInputSchema', () => {
  it('lists properties in declaration order and the required ones', () => {
    expect(greeting.properties).toEqual(['company', 'customer', 'tone']);
    expect(greeting.required).toEqual(['company', 'customer']);
    expect(greeting.jsonSchema).toMatchObject({ type: 'object', additionalProperties: false });
  });

  it('accepts valid input and returns it', () => {
    const input = { company: 'Acme', customer: 'Ada' };
    expect(greeting.validate(input)).toEqual({ ok: true, value: input });
    expect(greeting.validate({ ...input, tone: null }).ok).toBe(true);
    expect(greeting.validate({ ...input, tone: undefined }).ok).toBe(true);
    expect(greeting.validate({ ...input, tone: 'formal' }).ok).toBe(true);
  });

  it('reports every problem at once, in schema order, in plain words', () => {
    const issues = issuesOf(greeting.validate({ company: 42, custmer: 'Ada', tone: 'rude' }));
    expect(issues).toEqual([
      { path: ['company'], code: 'invalid_type', message: 'expected string, got number 42' },
      { path: ['customer'], code: 'missing', message: 'missing required variable "customer" (string)' },
      {
        path: ['tone'],
        code: 'invalid_value',
        message: 'expected one of "formal", "friendly", null, got string "rude"',
      },
      {
        path: ['custmer'],
        code: 'unknown_key',
        message: 'unknown variable "custmer": it is not in the input schema; did you mean "customer"?',
      },
    ]);
  });

  it('an unknown variable without a close match lists the declared ones', () => {
    const issues = issuesOf(greeting.validate({ company: 'a', customer: 'b', zzz: 1 }));
    expect(issues).toEqual([
      {
        path: ['zzz'],
        code: 'unknown_key',
        message: 'unknown variable "zzz": it is not in the input schema (declared: company, customer, tone)',
      },
    ]);
  });

  it('(*) allows extra variables of its type', () => {
    const schema = compileInputSchema({ name: 'string', '(*)': 'number' });
    expect(schema.validate({ name: 'a', extra: 1 }).ok).toBe(true);
    expect(issuesOf(schema.validate({ name: 'a', extra: 'x' }))).toEqual([
      { path: ['extra'], code: 'invalid_type', message: 'expected number, got string "x"' },
    ]);
  });

  it('nested paths, arrays, objects and sizes', () => {
    const schema = compileInputSchema({
      type: 'object',
      properties: {
        items: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            properties: { sku: { type: 'string', pattern: '^[A-Z]+$' }, qty: { type: 'integer', minimum: 1 } },
            required: ['sku'],
            additionalProperties: false,
          },
        },
        note: { type: 'string', maxLength: 3 },
        ratio: { type: 'number', exclusiveMaximum: 1, multipleOf: 0.25 },
      },
      required: ['items'],
    });
    expect(schema.validate({ items: [{ sku: 'AB', qty: 2 }], note: 'abc', ratio: 0.5 }).ok).toBe(true);
    expect(issuesOf(schema.validate({ items: [{ qty: 0.5, x: 1 }, { sku: 'ab' }], note: 'abcd', ratio: 1.1 }))).toEqual(
      [
        { path: ['items', 0, 'sku'], code: 'missing', message: 'missing required field "sku" (string)' },
        { path: ['items', 0, 'qty'], code: 'invalid_type', message: 'expected integer, got number 0.5' },
        {
          path: ['items', 0, 'x'],
          code: 'unknown_key',
          message: 'unknown field "x": it is not in the input schema (declared: sku, qty)',
        },
        {
          path: ['items', 1, 'sku'],
          code: 'invalid_format',
          message: 'must match the pattern /^[A-Z]+$/u, got string "ab"',
        },
        { path: ['note'], code: 'too_big', message: 'must be at most 3 characters long, got 4 characters' },
        { path: ['ratio'], code: 'too_big', message: 'must be < 1, got number 1.1' },
        { path: ['ratio'], code: 'not_multiple_of', message: 'must be a multiple of 0.25, got number 1.1' },
      ],
    );
    expect(issuesOf(schema.validate({ items: [] }))).toEqual([
      { path: ['items'], code: 'too_small', message: 'must have at least 1 items, got 0 items' },
    ]);
  });

  it('integers, unions, oneOf and consts', () => {
    const schema = compileInputSchema({
      type: 'object',
      properties: {
        n: { type: 'integer' },
        id: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
        one: { oneOf: [{ type: 'number' }, { type: 'integer' }] },
        kind: { const: 'order' },
      },
    });
    expect(schema.validate({ n: 1, id: 'x', one: 1.5, kind: 'order' }).ok).toBe(true);
    expect(issuesOf(schema.validate({ n: 1.5, id: true, one: 2, kind: 'x' }))).toEqual([
      { path: ['n'], code: 'invalid_type', message: 'expected integer, got number 1.5' },
      { path: ['id'], code: 'invalid_union', message: 'expected string | integer, got boolean true' },
      {
        path: ['one'],
        code: 'invalid_union',
        message: 'matches more than one of the "oneOf" alternatives, got number 2; it must match exactly one',
      },
      { path: ['kind'], code: 'invalid_value', message: 'expected "order", got string "x"' },
    ]);
  });

  it('a required "any" variable must be present, null counts', () => {
    const schema = compileInputSchema({ data: 'any', 'extra?': 'any' });
    expect(schema.validate({ data: null }).ok).toBe(true);
    expect(schema.validate({ data: { a: 1 }, extra: [1] }).ok).toBe(true);
    expect(issuesOf(schema.validate({}))).toEqual([
      { path: ['data'], code: 'missing', message: 'missing required variable "data"' },
    ]);
    expect(issuesOf(schema.validate({ data: undefined }))).toEqual([
      { path: ['data'], code: 'missing', message: 'missing required variable "data"' },
    ]);
  });

  it('a non-object input', () => {
    expect(issuesOf(greeting.validate(null as unknown as Record<string, unknown>))).toEqual([
      { path: [], code: 'invalid_type', message: 'expected an object of variables, got null' },
    ]);
  });

  it('does not read inherited members', () => {
    const schema = compileInputSchema({ constructor: 'string' });
    expect(issuesOf(schema.validate({}))).toEqual([
      { path: ['constructor'], code: 'missing', message: 'missing required variable "constructor" (string)' },
    ]);
  });

  it('values that are not plain objects still validate through zod', () => {
    class Vars {
      company = 'Acme';
      customer = 'Ada';
    }
    expect(greeting.validate(new Vars() as unknown as Record<string, unknown>).ok).toBe(true);
    expect(greeting.validate(Object.assign(Object.create(null), { company: 'a', customer: 'b' })).ok).toBe(true);
  });

  it('caches by schema object', () => {
    const schema = { a: 'string' };
    expect(compileInputSchema(schema)).toBe(compileInputSchema(schema));
  });

  it('malformed schemas are PromptFormatErrors naming the field path and the fix', () => {
    const at = { file: 'p.prompt.md', promptName: 'p' };
    const cases: Array<[unknown, string, string]> = [
      [{ customer: 'strng' }, 'input.schema.customer', 'unknown type "strng"; did you mean "string"?'],
      ['string', 'input.schema', 'an input schema must declare named variables'],
      [['a'], 'input.schema', 'an input schema must be Picoschema fields'],
      [{ type: 'string' }, 'input.schema.type', 'an input schema must describe an object of variables'],
      [
        { type: 'object', properties: { a: { type: 'strin' } } },
        'input.schema.properties.a.type',
        'did you mean "string"?',
      ],
    ];
    for (const [schema, field, text] of cases) {
      let error: unknown;
      try {
        compileInputSchema(schema, at);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(PromptFormatError);
      expect((error as PromptFormatError).field).toBe(field);
      expect((error as PromptFormatError).file).toBe('p.prompt.md');
      expect((error as PromptFormatError).detail).toContain(text);
    }
  });

  it('property: every value generated to fit a random Picoschema validates ok', () => {
    fc.assert(
      fc.property(
        picoschemaArbitrary().chain((pico) => {
          const schema = compileInputSchema(pico);
          return fc.tuple(fc.constant(schema), valueFor(schema.jsonSchema));
        }),
        ([schema, value]) => {
          const result = schema.validate(value as Record<string, unknown>);
          if (!result.ok) throw new Error(JSON.stringify({ schema: schema.jsonSchema, value, issues: result.issues }));
        },
      ),
      { seed: 20240601, numRuns: 200 },
    );
  });

  it('property: JSON Schema forms with bounds validate generated values', () => {
    const schema = compileInputSchema({
      type: 'object',
      properties: {
        s: { type: 'string', minLength: 2, maxLength: 5 },
        n: { type: 'number', minimum: -3, maximum: 3 },
        i: { type: ['integer', 'null'], minimum: 0, maximum: 10 },
        list: { type: 'array', items: { enum: ['a', 'b', 1] }, minItems: 1, maxItems: 3 },
        nested: { type: 'object', properties: { x: { type: 'boolean' } }, required: ['x'] },
        any: {},
        either: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'number' } }] },
      },
      required: ['s', 'n', 'list'],
    });
    fc.assert(
      fc.property(valueFor(schema.jsonSchema), (value) => schema.validate(value as Record<string, unknown>).ok),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('schemaFromVariables', () => {
  const inferred = schemaFromVariables(['company', 'customer.name'], ['tone', 'company']);

  it('required variables must be present, of any type; optional ones may be', () => {
    expect(inferred.properties).toEqual(['company', 'customer', 'tone']);
    expect(inferred.required).toEqual(['company', 'customer']);
    expect(inferred.validate({ company: 1, customer: { name: 'Ada' } }).ok).toBe(true);
    expect(inferred.validate({ company: null, customer: '', tone: [1] }).ok).toBe(true);
    expect(issuesOf(inferred.validate({ company: 'a', custmer: 'b' }))).toEqual([
      { path: ['customer'], code: 'missing', message: 'missing required variable "customer"' },
      {
        path: ['custmer'],
        code: 'unknown_key',
        message: 'unknown variable "custmer": it is not in the input schema; did you mean "customer"?',
      },
    ]);
  });

  it('TypeScript text', () => {
    expect(inputSchemaToTypeScript(inferred)).toBe(
      '{\n  company: unknown;\n  customer: unknown;\n  tone?: unknown;\n}',
    );
    expect(inputSchemaToTypeScript(schemaFromVariables([], []))).toBe('Record<string, never>');
  });

  it('ignores the implicit iterator', () => {
    expect(schemaFromVariables(['.', 'a'], []).properties).toEqual(['a']);
  });
});
