import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFastCheck } from '../../../src/engine/schema/fast-path.js';
import { compileInputSchema } from '../../../src/engine/schema/index.js';
import { normalizeJsonSchema } from '../../../src/engine/schema/json-schema.js';
import { picoschemaArbitrary, valueFor } from './arbitraries.js';
import { jsonSchemaToZod } from './zod-oracle.js';

describe('compileFastCheck', () => {
  it('accepts the common shapes', () => {
    const schema = compileInputSchema({
      a: 'string',
      'b?': 'integer',
      'c?(enum)': ['x', 'y'],
      'd(array)': 'string',
    }).jsonSchema;
    const fast = compileFastCheck(schema);
    expect(fast({ a: 'x', d: [] })).toBe(true);
    expect(fast({ a: 'x', b: 1, c: null, d: ['a'] })).toBe(true);
    expect(fast({ a: 'x', b: undefined, d: [] })).toBe(true);
  });

  it('is unsure (false) about anything it cannot prove', () => {
    const fast = compileFastCheck(compileInputSchema({ a: 'string' }).jsonSchema);
    expect(fast({})).toBe(false);
    expect(fast({ a: 1 })).toBe(false);
    expect(fast({ a: 'x', b: 1 })).toBe(false);
    expect(
      fast(
        new (class {
          a = 'x';
        })(),
      ),
    ).toBe(false);
    expect(fast(null)).toBe(false);
    expect(fast(['x'])).toBe(false);
    const oneOf = normalizeJsonSchema({ type: 'object', properties: { a: { oneOf: [{ type: 'string' }] } } });
    expect(compileFastCheck(oneOf)({ a: 'x' })).toBe(false);
  });

  it('the all-required-strings shape never accepts inherited names, extra keys or non-plain objects', () => {
    const schema = compileInputSchema({ toString: 'string', name: 'string' }).jsonSchema;
    const fast = compileFastCheck(schema);
    const zod = jsonSchemaToZod(schema);
    expect(fast({ name: 'a' })).toBe(false); // toString would be read from Object.prototype
    expect(fast({ toString: 'x', name: 'a' })).toBe(true);
    expect(fast(Object.assign(Object.create(null) as object, { toString: 'x', name: 'a' }))).toBe(true);
    expect(fast({ toString: 'x', name: 'a', extra: 1 })).toBe(false);
    expect(fast(Object.assign(Object.create({ name: 'inherited' }) as object, { toString: 'x' }))).toBe(false);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('toString', 'name', 'other', '__proto__'), fc.oneof(fc.string(), fc.integer())),
        (value) => !fast(value) || zod.safeParse(value).success,
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('an inherited name (constructor) is not counted as a key of a strict object', () => {
    const schema = normalizeJsonSchema({ type: 'object', properties: { constructor: {}, a: { type: 'string' } } });
    const fast = compileFastCheck(schema);
    expect(fast({ b: 1 })).toBe(false); // { b } has one key, and constructor reads Object
    expect(fast({ constructor: 1, a: 'x' })).toBe(true);
    expect(compileInputSchema(schema).validate({ b: 1 }).ok).toBe(false);
  });

  // Seeded and CPU-bound (about 20 s on a loaded 2-core machine): a fixed amount of work, so the
  // limit only has to be far above it; the default 20 s made the suite fail under load.
  it('property: whatever the fast path accepts, zod (the check it replaced) accepts', { timeout: 180_000 }, () => {
    const cases = picoschemaArbitrary().chain((pico) => {
      const schema = compileInputSchema(pico).jsonSchema;
      const values = fc.oneof(valueFor(schema), fc.anything(), fc.object(), valueFor(schema).map(mutate));
      return fc.tuple(fc.constant(schema), fc.array(values, { minLength: 1, maxLength: 5 }));
    });
    fc.assert(
      fc.property(cases, ([schema, values]) => {
        const fast = compileFastCheck(schema);
        const zod = jsonSchemaToZod(schema);
        for (const value of values) {
          if (fast(value) && !zod.safeParse(value).success) {
            throw new Error(`fast path accepted what zod rejects: ${JSON.stringify({ schema, value })}`);
          }
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('property: JSON Schema bounds are applied as zod applies them', () => {
    const schema = normalizeJsonSchema({
      type: 'object',
      properties: {
        s: { type: 'string', minLength: 1, maxLength: 3, pattern: '^[a-c]*$' },
        n: { type: 'number', exclusiveMinimum: 0, maximum: 2 },
        i: { type: 'integer', multipleOf: 3 },
        x: { type: 'object', additionalProperties: { type: 'boolean' } },
      },
      additionalProperties: { type: 'string' },
    });
    const fast = compileFastCheck(schema);
    const zod = jsonSchemaToZod(schema);
    const value = fc.record(
      {
        s: fc.string({ maxLength: 4 }),
        n: fc.oneof(fc.double({ min: -1, max: 3 }), fc.constantFrom(0, 2, Number.NaN, Number.POSITIVE_INFINITY)),
        i: fc.oneof(fc.integer({ min: -10, max: 10 }), fc.double()),
        x: fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(fc.boolean(), fc.integer())),
        other: fc.oneof(fc.string(), fc.integer()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(value, (v) => {
        if (fast(v)) expect(zod.safeParse(v).success).toBe(true);
      }),
      { seed: 3, numRuns: 2000 },
    );
  });
});

/** Break a value a little: drop a key, add one, or swap a leaf for another type. */
function mutate(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value === null ? 0 : null;
  if (Array.isArray(value)) return value.length === 0 ? [undefined] : [...value.slice(1), { x: 1 }];
  const entries = Object.entries(value);
  if (entries.length === 0) return { extra: 1 };
  const [first, ...rest] = entries;
  return Object.fromEntries([[first![0], mutate(first![1])], ...rest]);
}
