import { describe, expect, it } from 'vitest';
import { picoschemaToJsonSchema } from '../../../src/engine/schema/picoschema.js';
import { PromptFormatError } from '../../../src/errors.js';
import { thrownBy } from '../../helpers/errors.js';
import { PICOSCHEMA_REFUSED } from './schema-cases.js';

const formatError = (fn: () => unknown): PromptFormatError => thrownBy(PromptFormatError, fn);

// The cases of Dotprompt's spec/picoschema.yaml that do not need a schema registry.
describe('picoschemaToJsonSchema: the Dotprompt spec cases', () => {
  it('simple scalar, no description', () => {
    expect(picoschemaToJsonSchema('string')).toEqual({ type: 'string' });
  });

  it('simple scalar with description, with and without whitespace, with commas', () => {
    expect(picoschemaToJsonSchema('number, the description')).toEqual({
      type: 'number',
      description: 'the description',
    });
    expect(picoschemaToJsonSchema('number,the description')).toEqual({
      type: 'number',
      description: 'the description',
    });
    expect(picoschemaToJsonSchema('number,    the description')).toEqual({
      type: 'number',
      description: 'the description',
    });
    expect(picoschemaToJsonSchema('number,the description, which has, multiple commas')).toEqual({
      type: 'number',
      description: 'the description, which has, multiple commas',
    });
  });

  it('simple object', () => {
    expect(picoschemaToJsonSchema({ field1: 'boolean', field2: 'string' })).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: { field1: { type: 'boolean' }, field2: { type: 'string' } },
      required: ['field1', 'field2'],
    });
  });

  it('required and optional fields: optional is also nullable', () => {
    expect(picoschemaToJsonSchema({ req: 'string, required field', 'nonreq?': 'boolean, optional field' })).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        req: { type: 'string', description: 'required field' },
        nonreq: { type: ['boolean', 'null'], description: 'optional field' },
      },
      required: ['req'],
    });
  });

  it('arrays of scalars, with descriptions on the array and on the items', () => {
    expect(
      picoschemaToJsonSchema({ 'tags(array, list of tags)': 'string, the tag', 'vector(array)': 'number' }),
    ).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        tags: { type: 'array', description: 'list of tags', items: { type: 'string', description: 'the tag' } },
        vector: { type: 'array', items: { type: 'number' } },
      },
      required: ['tags', 'vector'],
    });
  });

  it('nested objects, in an array and out', () => {
    expect(
      picoschemaToJsonSchema({
        'obj?(object, a nested object)': { 'nest1?': 'string' },
        'arr(array, array of objects)': { 'nest2?': 'boolean' },
      }),
    ).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        obj: {
          type: ['object', 'null'],
          description: 'a nested object',
          additionalProperties: false,
          properties: { nest1: { type: ['string', 'null'] } },
        },
        arr: {
          type: 'array',
          description: 'array of objects',
          items: { type: 'object', additionalProperties: false, properties: { nest2: { type: ['boolean', 'null'] } } },
        },
      },
      required: ['arr'],
    });
  });

  it('JSON Schema with a top-level type passes through', () => {
    expect(picoschemaToJsonSchema({ type: 'string' })).toEqual({ type: 'string' });
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    expect(picoschemaToJsonSchema(schema)).toEqual(schema);
    expect(picoschemaToJsonSchema({ type: ['object', 'null'] })).toEqual({ type: ['object', 'null'] });
  });

  it('JSON Schema inferred from a properties object', () => {
    expect(picoschemaToJsonSchema({ properties: { foo: { type: 'string' } } })).toEqual({
      type: 'object',
      properties: { foo: { type: 'string' } },
    });
  });

  it('enum field: an optional enum gains null', () => {
    expect(picoschemaToJsonSchema({ 'color?(enum, the enum)': ['RED', 'BLUE', 'GREEN'] })).toEqual({
      type: 'object',
      properties: { color: { description: 'the enum', enum: ['RED', 'BLUE', 'GREEN', null] } },
      additionalProperties: false,
    });
    // null is not added twice, and required enums stay as written
    expect(picoschemaToJsonSchema({ 'a?(enum)': ['x', null], 'b(enum)': [1, true] }).properties).toEqual({
      a: { enum: ['x', null] },
      b: { enum: [1, true] },
    });
  });

  it('any field: {} and a description', () => {
    expect(picoschemaToJsonSchema({ first: 'any', 'second?': 'any, could be anything' })).toEqual({
      type: 'object',
      properties: { first: {}, second: { description: 'could be anything' } },
      additionalProperties: false,
      required: ['first'],
    });
  });

  it('wildcard fields, with and without other fields', () => {
    expect(picoschemaToJsonSchema({ otherField: 'string, another string', '(*)': 'any, whatever you want' })).toEqual({
      additionalProperties: { description: 'whatever you want' },
      properties: { otherField: { description: 'another string', type: 'string' } },
      required: ['otherField'],
      type: 'object',
    });
    expect(picoschemaToJsonSchema({ '(*)': 'number, lucky number' })).toEqual({
      additionalProperties: { type: 'number', description: 'lucky number' },
      properties: {},
      type: 'object',
    });
  });
});

describe('picoschemaToJsonSchema: every form', () => {
  it('all scalar types', () => {
    const schema = picoschemaToJsonSchema({
      s: 'string',
      n: 'number',
      i: 'integer',
      b: 'boolean',
      z: 'null',
      a: 'any',
    });
    expect(schema.properties).toEqual({
      s: { type: 'string' },
      n: { type: 'number' },
      i: { type: 'integer' },
      b: { type: 'boolean' },
      z: { type: 'null' },
      a: {},
    });
  });

  it('optional null stays null; optional any stays {}', () => {
    expect(picoschemaToJsonSchema({ 'z?': 'null', 'a?': 'any' }).properties).toEqual({ z: { type: 'null' }, a: {} });
  });

  it('a plain nested object (no parentheses); optional ones are nullable', () => {
    expect(picoschemaToJsonSchema({ address: { street: 'string' }, 'extra?': { note: 'string' } }).properties).toEqual({
      address: {
        type: 'object',
        properties: { street: { type: 'string' } },
        required: ['street'],
        additionalProperties: false,
      },
      extra: {
        type: ['object', 'null'],
        properties: { note: { type: 'string' } },
        required: ['note'],
        additionalProperties: false,
      },
    });
  });

  it('optional arrays are nullable', () => {
    expect(picoschemaToJsonSchema({ 'history?(array)': 'any' }).properties).toEqual({
      history: { type: ['array', 'null'], items: {} },
    });
  });

  it('a wildcard with a nested object, and nested wildcards', () => {
    expect(picoschemaToJsonSchema({ '(*)': { id: 'string' } }).additionalProperties).toEqual({
      type: 'object',
      properties: { id: { type: 'string' } },
      required: ['id'],
      additionalProperties: false,
    });
    expect(picoschemaToJsonSchema({ 'attributes(object, custom)': { '(*)': 'any, anything' } }).properties).toEqual({
      attributes: {
        type: 'object',
        properties: {},
        additionalProperties: { description: 'anything' },
        description: 'custom',
      },
    });
  });

  it('descriptions may contain parentheses and commas', () => {
    expect(picoschemaToJsonSchema({ 'a(array, list (of things), sorted)': 'string' }).properties).toEqual({
      a: { type: 'array', items: { type: 'string' }, description: 'list (of things), sorted' },
    });
  });

  it('the full example of the Dotprompt docs', () => {
    const schema = picoschemaToJsonSchema({
      product: {
        id: 'string, Unique identifier for the product',
        'description?': 'string, Optional detailed description of the product',
        price: 'number, Current price of the product',
        inStock: 'integer, Number of items in stock',
        isActive: 'boolean, Whether the product is currently available',
        'category(enum, Main category of the product)': ['ELECTRONICS', 'CLOTHING', 'BOOKS', 'HOME'],
        'tags(array, List of tags associated with the product)': 'string',
        primaryImage: {
          url: 'string, URL of the primary product image',
          altText: 'string, Alternative text for the image',
        },
        'attributes(object, Custom attributes of the product)': {
          '(*)': 'any, Allow any attribute name with any value',
        },
        'variants?(array, List of product variant objects)': {
          id: 'string, Unique identifier for the variant',
          name: 'string, Name of the variant',
          price: 'number, Price of the variant',
        },
      },
    });
    const product = (schema.properties as Record<string, Record<string, unknown>>).product!;
    expect(product.required).toEqual([
      'id',
      'price',
      'inStock',
      'isActive',
      'category',
      'tags',
      'primaryImage',
      'attributes',
    ]);
    expect((product.properties as Record<string, unknown>).variants).toMatchObject({ type: ['array', 'null'] });
  });
});

describe('picoschemaToJsonSchema: errors name the field and the fix', () => {
  for (const { title, schema, field, detail, exact } of PICOSCHEMA_REFUSED) {
    it(title, () => {
      const error = formatError(() => picoschemaToJsonSchema(schema, { file: 'a.prompt.md', field: 'input.schema' }));
      expect(error.file).toBe('a.prompt.md');
      expect(error.field).toBe(field);
      if (exact) expect(error.detail).toBe(detail);
      else expect(error.detail).toContain(detail);
    });
  }

  it('a schema without location names the path from the schema', () => {
    expect(formatError(() => picoschemaToJsonSchema({ 'tags(arary)': 'string' })).field).toBe('tags(arary)');
  });
});
