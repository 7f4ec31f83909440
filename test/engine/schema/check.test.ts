// The schema check (src/engine/schema/check.ts) against zod/mini, the validator it replaced (issue 14's size cut):
// for random normalized schemas of the whole supported subset and random values (valid, nearly valid, of the
// wrong type, with extra or missing keys, nested, and the awkward ones: undefined, null, NaN, -0, huge numbers,
// strings of astral characters and lone surrogates, inherited and __proto__ keys), the check must accept exactly
// what zod accepts and report the same issues, so that every message a user sees stays what it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckIssue, compileCheck } from '../../../src/engine/schema/check.js';
import { compileFastCheck } from '../../../src/engine/schema/fast-path.js';
import { compileInputSchema } from '../../../src/engine/schema/index.js';
import { zodIssuesToInputIssues } from '../../../src/engine/schema/issues.js';
import { normalizeJsonSchema } from '../../../src/engine/schema/json-schema.js';
import type { JsonSchema } from '../../../src/engine/schema/types.js';
import { jsonSchemaToZod } from './zod-oracle.js';

// ------------------------------------------------------------------ schemas of the whole subset

const KEYS = ['a', 'b', 'ab', 'toString', 'constructor', '1'] as const;
const primitive = fc.oneof(
  fc.constantFrom('x', '', 'é', '😀', 0, -1, 1.5, 2, true, false, null),
  fc.string({ maxLength: 3 }),
  fc.integer({ min: -3, max: 3 }),
);
const length = fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined });
const bound = fc.option(fc.constantFrom(-2.5, -1, 0, 0.5, 1, 2, 3, 1e20), { nil: undefined });
const PATTERNS = ['^[a-c]*$', 'b', '^.{2}$', '^\\p{L}+$', '^\\d+$', '[😀]'];

/** `[keyword, value]` pairs of one type's keywords, each present or not. */
function keywords(type: string): fc.Arbitrary<JsonSchema> {
  switch (type) {
    case 'string':
      return fc.record(
        { minLength: length, maxLength: length, pattern: fc.option(fc.constantFrom(...PATTERNS), { nil: undefined }) },
        { requiredKeys: [] },
      );
    case 'number':
    case 'integer':
      return fc.record(
        {
          minimum: bound,
          maximum: bound,
          exclusiveMinimum: bound,
          exclusiveMaximum: bound,
          multipleOf: fc.option(fc.constantFrom(0.1, 0.5, 1, 3, 0.01, 1e-7), { nil: undefined }),
        },
        { requiredKeys: [] },
      );
    default:
      return fc.constant({});
  }
}

const SCALARS = ['string', 'number', 'integer', 'boolean', 'null'] as const;

/** A JSON Schema of the supported subset, nested up to `depth` levels (normalized by the test before use). */
function schemaArbitrary(depth: number): fc.Arbitrary<JsonSchema> {
  const scalar = fc
    .uniqueArray(fc.constantFrom(...SCALARS), { minLength: 1, maxLength: 3 })
    .chain((types) =>
      fc
        .tuple(...types.map(keywords))
        .map((parts) => defined({ type: types.length === 1 ? types[0] : types, ...Object.assign({}, ...parts) })),
    );
  const leaves: fc.Arbitrary<JsonSchema>[] = [
    scalar,
    scalar,
    fc.constant({}),
    primitive.map((value) => ({ const: value })),
    fc.uniqueArray(primitive, { minLength: 1, maxLength: 4 }).map((values) => ({ enum: values })),
    fc
      .uniqueArray(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 3 })
      .map((values) => ({ type: 'string', enum: values })),
  ];
  if (depth === 0) return fc.oneof(...leaves);
  const inner = schemaArbitrary(depth - 1);
  const object = objectSchema(inner);
  const array = fc
    .record(
      { items: fc.option(inner, { nil: undefined }), minItems: length, maxItems: length, nullable: fc.boolean() },
      { requiredKeys: ['nullable'] },
    )
    .map(({ nullable, ...rest }) => defined({ type: nullable ? ['array', 'null'] : 'array', ...rest }));
  const alternatives = fc.array(inner, { minLength: 1, maxLength: 3 });
  return fc.oneof(
    ...leaves,
    array,
    object,
    object,
    alternatives.map((anyOf) => ({ anyOf })),
    alternatives.map((oneOf) => ({ oneOf })),
  );
}

/** An object schema of properties (some required) of the `inner` schemas, open, closed or with a catch-all. */
function objectSchema(inner: fc.Arbitrary<JsonSchema>): fc.Arbitrary<JsonSchema> {
  return fc
    .tuple(
      fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), inner, fc.boolean()), {
        selector: ([key]) => key,
        maxLength: 4,
      }),
      fc.oneof(fc.constant(undefined), fc.constant(false), fc.constant(true), inner),
    )
    .map(([properties, extra]) =>
      defined({
        type: 'object',
        properties: Object.fromEntries(properties.map(([key, schema]) => [key, schema])),
        required: properties.filter(([, , required]) => required).map(([key]) => key),
        additionalProperties: extra,
      }),
    );
}

function defined(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([, value]) => value !== undefined));
}

/** Normalize, or `undefined` when the random schema breaks a rule of the subset (e.g. minimum above maximum is fine, a `const` of the wrong type is not). */
function normalized(schema: JsonSchema): JsonSchema | undefined {
  try {
    return normalizeJsonSchema(schema, {}, { top: false });
  } catch {
    return undefined;
  }
}

// ------------------------------------------------------------------ values

const AWKWARD = [
  undefined,
  null,
  Number.NaN,
  -0,
  0,
  1e308,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  -(Number.MAX_SAFE_INTEGER + 2),
  1e21,
  0.30000000000000004,
  0.3,
  '😀',
  '😀😀',
  'a😀',
  '\ud83d',
  'ab\ud83d',
  'éé',
  '',
  'abc',
  '123',
  [],
  [undefined],
  [null, 1],
  {},
  { length: 2 },
  Object.create(null) as object,
  new Date(0),
  new Map(),
];

function valueArbitrary(): fc.Arbitrary<unknown> {
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...AWKWARD),
      primitive,
      fc.double(),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom(...KEYS, 'x', '__proto__'), tie('value'), { maxKeys: 4 }),
    ),
  }));
  return value;
}

/** A value built to fit `schema` (near-valid: bounds, patterns and oneOf are not respected on purpose). */
function fitting(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives !== undefined) return fc.oneof(...alternatives.map((member) => fitting(member, depth + 1)));
  if (schema.type === undefined) return valueArbitrary();
  const types = ([] as string[]).concat(schema.type as string);
  return fc.oneof(...types.map((type) => typed(type, schema, depth)));
}

function typed(type: string, schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'string':
      return fc.oneof(
        fc.string({ maxLength: 4 }),
        fc.string({ unit: 'grapheme', maxLength: 3 }),
        fc.constantFrom('😀', 'ab', 'b2'),
      );
    case 'integer':
      return fc.oneof(fc.integer({ min: -4, max: 4 }), fc.constantFrom(3, 6, 1e20, -0));
    case 'number':
      return fc.oneof(fc.double({ min: -4, max: 4, noNaN: true }), fc.constantFrom(0.3, 0.5, 1.5, 2, 3, 1e-7));
    case 'array':
      return fc.array(schema.items === undefined ? valueArbitrary() : fitting(schema.items as JsonSchema, depth + 1), {
        maxLength: 4,
      });
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties)) shape[name] = fitting(property, depth + 1);
      const extra = schema.additionalProperties;
      const more = fc.dictionary(
        fc.constantFrom('x', 'abc', '__proto__'),
        typeof extra === 'object' ? fitting(extra as JsonSchema, depth + 1) : valueArbitrary(),
        { maxKeys: 2 },
      );
      return fc
        .tuple(fc.record(shape, { requiredKeys: (schema.required ?? []) as string[] }), fc.option(more))
        .map(([known, extra]) => (extra === null ? known : { ...extra, ...known }));
    }
    default:
      throw new Error(`no values for type ${type}`);
  }
}

/** Break a value a little: a key dropped or set to undefined, a leaf of another type, an item more. */
function nearly(value: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(value)) {
    return fc.oneof(
      fc.constant([...value, 'extra']),
      fc.constant(value.slice(1)),
      fc.constant(value.map((item, i) => (i === 0 ? { x: item } : item))),
    );
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    if (keys.length === 0) return fc.constant({ a: 1 });
    return fc.constantFrom(...keys).chain((key) =>
      fc.oneof(
        fc.constant(Object.fromEntries(Object.entries(value).filter(([k]) => k !== key))),
        fc.constant({ ...value, [key]: undefined }),
        nearly((value as Record<string, unknown>)[key]).map((inner) => ({ ...value, [key]: inner })),
        fc.constant({ ...value, [`${key}x`]: 1 }),
      ),
    );
  }
  return fc.constantFrom(null, undefined, 0, 'x', [value], { v: value });
}

// ------------------------------------------------------------------ the comparison

/** What a user sees of an issue, and the issue's own fields (both must be the same as zod's). */
function seen(issues: readonly CheckIssue[], value: unknown, schema: JsonSchema) {
  return {
    issues: zodIssuesToInputIssues(issues, value, schema),
    raw: issues.map((issue) => ({
      code: issue.code,
      path: issue.path,
      expected: issue.expected,
      values: issue.values,
      minimum: issue.minimum,
      maximum: issue.maximum,
      inclusive: issue.inclusive,
      origin: issue.origin,
      pattern: issue.pattern,
      divisor: issue.divisor,
      keys: issue.keys,
      alternatives: issue.errors?.length,
    })),
  };
}

function compare(schema: JsonSchema, value: unknown): void {
  const zod = jsonSchemaToZod(schema).safeParse(value);
  const issues = compileCheck(schema)(value);
  const context = () => `schema ${JSON.stringify(schema)}, value ${show(value)}`;
  expect(issues.length === 0, context()).toBe(zod.success);
  if (!zod.success) expect(seen(issues, value, schema), context()).toEqual(seen(zod.error.issues, value, schema));
  if (compileFastCheck(schema)(value)) expect(issues, `fast path accepted: ${context()}`).toEqual([]);
}

function show(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v === undefined ? '<undefined>' : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
  );
}

// Any schema, or (so that many issues are found deep inside values) an object of nested schemas.
const cases = fc
  .oneof(schemaArbitrary(3), objectSchema(schemaArbitrary(2)))
  .map(normalized)
  .filter((schema): schema is JsonSchema => schema !== undefined)
  .chain((schema) =>
    fc.tuple(
      fc.constant(schema),
      fc.array(fc.oneof(fitting(schema), fitting(schema).chain(nearly), valueArbitrary()), {
        minLength: 1,
        maxLength: 8,
      }),
    ),
  );

// A fixed amount of seeded work (a few seconds, far more under load): the limit only has to be far above it.
// CHECK_FUZZ_RUNS=100000 runs the random comparison longer (runs per seed).
const SLOW = { timeout: 180_000 };
const RUNS = Number(process.env.CHECK_FUZZ_RUNS ?? 1000);

describe.each([1, 2, 3])('compileCheck agrees with zod/mini (seed %i)', (seed) => {
  it('on random schemas of the whole subset and random values: verdict, issues and messages', {
    timeout: Math.max(180_000, RUNS * 100),
  }, () => {
    fc.assert(
      fc.property(cases, ([schema, values]) => {
        for (const value of values) compare(schema, value);
      }),
      { seed, numRuns: RUNS },
    );
  });
});

describe('compileCheck, cases zod decides in its own way', () => {
  const at = (schema: JsonSchema) => normalizeJsonSchema(schema, {}, { top: false });
  it.each<[string, JsonSchema, unknown[]]>([
    [
      'lengths in code points',
      { type: 'string', minLength: 2, maxLength: 2 },
      ['😀', '😀😀', 'a😀', '\ud83d\ude00x', 'ab\ud83d'],
    ],
    [
      'a length check on a value of another type',
      { type: 'string', minLength: 3 },
      [[1], { length: 1 }, { length: 'x' }, 5],
    ],
    ['minItems on a string', { type: 'array', minItems: 3, maxItems: 4 }, ['ab', 'abcdefg', [1, 2], [1, 2, 3, 4, 5]]],
    [
      'too many items: the items are not checked',
      { type: 'array', items: { type: 'string' }, maxItems: 1 },
      [[1, 2], [1]],
    ],
    [
      'a non-integer item stops minItems',
      { type: 'array', items: { type: 'integer' }, minItems: 3 },
      [[1.5], [1, 'x']],
    ],
    ['unsafe integers', { type: 'integer', maximum: 10 }, [2 ** 60, -(2 ** 60), 1e21, 1.5, Number.NaN]],
    ['float multiples', { type: 'number', multipleOf: 0.1 }, [0.3, 0.30000000000000004, 0.35, 1e21, -0]],
    [
      'anyOf: the one alternative whose type fits',
      { anyOf: [{ type: 'string', minLength: 3 }, { type: 'number' }] },
      ['ab', 5, true, null],
    ],
    [
      'anyOf: an object alternative that only has unknown keys',
      {
        anyOf: [
          { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
          { type: 'string' },
        ],
      },
      [{ a: 'x', b: 1 }, { a: 1 }],
    ],
    ['oneOf: none, one, several', { oneOf: [{ type: 'string' }, { type: 'string', maxLength: 1 }] }, ['a', 'ab', 1]],
    [
      'inherited and __proto__ keys',
      {
        type: 'object',
        properties: { toString: { type: 'string' }, constructor: {}, a: { type: 'string' } },
        required: ['toString', 'constructor'],
        additionalProperties: { type: 'number' },
      },
      [{}, JSON.parse('{"__proto__": "x", "toString": "y"}'), Object.create({ a: 1 }), { toString: 'x', z: 'y' }],
    ],
    [
      'undefined: required, optional, catch-all',
      {
        type: 'object',
        properties: { a: {}, b: { type: 'string' } },
        required: ['a'],
        additionalProperties: { type: 'string' },
      },
      [{ a: undefined }, { a: 1, b: undefined }, { a: 1, c: undefined }, { a: null }],
    ],
    [
      'non-plain objects',
      { type: 'object', properties: { a: { type: 'number' } }, additionalProperties: false },
      [new Date(0), new Map([['a', 1]]), Object.assign(Object.create(null) as object, { a: 1, b: 2 }), [1]],
    ],
    ['nullable unions', { type: ['string', 'integer', 'null'], minLength: 2, minimum: 3 }, ['a', 1, null, 1.5, []]],
  ])('%s', (_name, schema, values) => {
    for (const value of values) compare(at(schema), value);
  });
});

describe('validate() through the fast path and the full check', () => {
  it('returns the input itself when it is valid, the same issues as zod when not', SLOW, () => {
    const inputs = schemaArbitrary(2)
      .map((schema) => normalized({ type: 'object', properties: { v: schema, w: schema }, required: ['v'] }))
      .filter((schema): schema is JsonSchema => schema !== undefined)
      .chain((top) => {
        const compiled = compileInputSchema(top);
        return fc.tuple(
          fc.constant(compiled),
          fc.oneof(fitting(compiled.jsonSchema), fitting(compiled.jsonSchema).chain(nearly)),
        );
      });
    fc.assert(
      fc.property(inputs, ([compiled, value]) => {
        const result = compiled.validate(value as Record<string, unknown>);
        const zod = jsonSchemaToZod(compiled.jsonSchema).safeParse(value);
        expect(result.ok).toBe(zod.success);
        if (result.ok) expect(result.value).toBe(value);
        else if (!zod.success) {
          expect(result.issues).toEqual(zodIssuesToInputIssues(zod.error.issues, value, compiled.jsonSchema));
        }
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
