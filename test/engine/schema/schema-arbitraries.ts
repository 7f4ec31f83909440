/**
 * fast-check arbitraries of schemas as authors write them, well-formed and malformed: JSON Schema built from the
 * supported keywords, misspelt and unsupported ones, with good and bad values; Picoschema with good and bad types,
 * keys and values. For checks that must agree on every schema (the rich and the lean normalizer).
 */
import fc from 'fast-check';
import { picoschemaArbitrary } from './arbitraries.js';

type Json = Record<string, unknown>;

const TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'];
const typeValue = fc.oneof(
  fc.constantFrom(...TYPES),
  fc.constantFrom('strng', 'any', 'int', 5, null),
  fc.uniqueArray(fc.constantFrom(...TYPES), { maxLength: 3 }),
  fc.constant(['string', 'string']),
);
const count = fc.oneof(fc.nat({ max: 5 }), fc.constantFrom(-1, 1.5, '2'));
const bound = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(2.5, '5', true, false));
const primitive = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
  fc.constant(null),
);
const propertyName = fc.constantFrom('a', 'b', 'customer', 'custmer', 'tone');

/** Keywords and the values tried for each. */
function keywordValue(schema: fc.Arbitrary<unknown>): Record<string, fc.Arbitrary<unknown>> {
  const schemas = fc.array(schema, { maxLength: 3 });
  return {
    type: typeValue,
    properties: fc.oneof(
      { weight: 4, arbitrary: fc.dictionary(propertyName, schema, { maxKeys: 3 }) },
      fc.constantFrom([], 'x'),
    ),
    required: fc.oneof(fc.uniqueArray(propertyName, { maxLength: 3 }), fc.constantFrom('a', [1], ['a', 'a'])),
    additionalProperties: fc.oneof(fc.boolean(), schema),
    items: fc.oneof({ weight: 4, arbitrary: schema }, fc.constant([{}])),
    minItems: count,
    maxItems: count,
    minLength: count,
    maxLength: count,
    pattern: fc.constantFrom('^a', '[a-z]+', '([', 5, '\\p{L}'),
    minimum: bound,
    maximum: bound,
    exclusiveMinimum: bound,
    exclusiveMaximum: bound,
    multipleOf: fc.constantFrom(0, 1, 0.5, -2, 'x'),
    enum: fc.oneof(fc.array(primitive, { maxLength: 3 }), fc.constantFrom('x', [{}], [Number.NaN])),
    const: fc.oneof(primitive, fc.constant({})),
    nullable: fc.constantFrom(true, false, 'yes'),
    anyOf: schemas,
    oneOf: schemas,
    allOf: schemas,
    description: fc.string({ maxLength: 5 }),
    title: fc.string({ maxLength: 5 }),
    default: primitive,
    format: fc.constant('email'),
    'x-ui': primitive,
    $ref: fc.constant('#/$defs/A'),
    not: fc.constant({}),
    uniqueItems: fc.boolean(),
    propertes: fc.constant({}),
    minLenght: fc.constant(1),
  };
}

const WEIGHTS: Record<string, number> = { $ref: 1, not: 1, uniqueItems: 1, propertes: 1, minLenght: 1 };

/** A JSON Schema node: an object of keywords (mostly supported ones), or now and then `true`, `false` or a string. */
export function jsonSchemaArbitrary(maxDepth = 3): fc.Arbitrary<unknown> {
  const { node } = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      { weight: 1, arbitrary: fc.constantFrom(true, false, 'string') },
      { weight: 12, arbitrary: keywords(tie('node')) },
    ),
  }));
  return node;
}

function keywords(schema: fc.Arbitrary<unknown>): fc.Arbitrary<Json> {
  const values = keywordValue(schema);
  const names = Object.keys(values);
  // Rare keywords (typos, unsupported ones) less often, so that most schemas get past the keyword check.
  const picked = fc.uniqueArray(
    fc.oneof(
      { weight: 30, arbitrary: fc.constantFrom(...names.filter((n) => WEIGHTS[n] === undefined)) },
      { weight: 1, arbitrary: fc.constantFrom(...Object.keys(WEIGHTS)) },
    ),
    { maxLength: 4 },
  );
  const node = picked.chain((chosen) => fc.record(Object.fromEntries(chosen.map((name) => [name, values[name]!]))));
  // Most of the time, the type that the typed keywords apply to: so that the checks of their values run.
  return fc.tuple(node, fc.nat({ max: 3 })).map(([schema, dice]) => {
    const type = Object.keys(schema)
      .map((key) => TYPE_OF[key])
      .find((t) => t !== undefined);
    return type === undefined || dice === 0 ? schema : { ...schema, type };
  });
}

const TYPE_OF: Record<string, string> = {
  ...Object.fromEntries(['minLength', 'maxLength', 'pattern'].map((k) => [k, 'string'])),
  ...Object.fromEntries(
    ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'].map((k) => [k, 'number']),
  ),
  ...Object.fromEntries(['items', 'minItems', 'maxItems'].map((k) => [k, 'array'])),
  ...Object.fromEntries(['properties', 'required', 'additionalProperties'].map((k) => [k, 'object'])),
};

/** A top-level JSON Schema: an object schema most of the time (so that input schemas get past the top check). */
export function topJsonSchemaArbitrary(): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(jsonSchemaArbitrary(), propertiesOf())
        .map(([node, properties]) => asObject(node, properties)),
    },
    { weight: 1, arbitrary: jsonSchemaArbitrary() },
  );
}

function propertiesOf(): fc.Arbitrary<Json> {
  return fc.dictionary(propertyName, jsonSchemaArbitrary(2), { maxKeys: 3 });
}

function asObject(node: unknown, properties: Json): unknown {
  if (typeof node !== 'object' || node === null) return node;
  return { ...(node as Json), type: 'object', properties };
}

const badPicoValue = fc.constantFrom('strng', 'Foo, a foo', 'array', 'enum', '', ', text', null, 5, ['a'], [], {});
const badPicoKey = fc.constantFrom('a(arary)', 'b(string)', 'c(enum)', 'd(array', '?', ' e', 'f(object)', 'g(array)');

/** A Picoschema object, well-formed or with one field broken (a bad type, key or value), at the top or nested. */
export function picoschemaWithMistakesArbitrary(): fc.Arbitrary<unknown> {
  const broken = fc
    .tuple(picoschemaArbitrary(2), fc.oneof(badPicoKey, propertyName), badPicoValue, fc.boolean())
    .map(([schema, key, value, nest]) => {
      const copy: Json = { ...schema };
      if (nest) copy['inner(object)'] = { ...schema, [key]: value };
      else copy[key] = value;
      return copy;
    });
  return fc.oneof(
    picoschemaArbitrary(2),
    broken,
    fc.constantFrom(null, 'string', ['a'], { tone: 'string', 'tone?': 'number' }),
  );
}

/** Any schema an author may write: Picoschema or JSON Schema, well-formed or not. */
export function authoredSchemaArbitrary(): fc.Arbitrary<unknown> {
  return fc.oneof(topJsonSchemaArbitrary(), picoschemaWithMistakesArbitrary());
}
