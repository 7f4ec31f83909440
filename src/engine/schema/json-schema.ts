/**
 * `normalizeJsonSchema`: the JSON Schema subset of input and output schemas, checked and normalized with the
 * rich wording, for where schemas are authored: "did you mean" on keywords, types and property names, and the
 * fix. The rules (the supported keywords, the normalization, what is refused and at which field) are
 * `./json-schema-rules.ts`, which the runtime path's lean check (`./normalize-lean.ts`) words plainly.
 * @module
 */
import type { PromptFormatLocation } from '../../errors.js';
import { type FieldSegment, failAt } from './field-path.js';
import {
  ANNOTATION_KEYWORDS,
  applyJsonSchemaRules,
  JSON_SCHEMA_TYPES,
  type JsonSchemaProblem,
  MAX_SCHEMA_DEPTH,
  VALIDATION_KEYWORDS,
} from './json-schema-rules.js';
import { describeValue, didYouMean, guessType } from './suggest.js';
import type { JsonSchema } from './types.js';

export { compilePattern, JSON_SCHEMA_TYPES } from './json-schema-rules.js';

/** Known JSON Schema keywords that input schemas do not support. */
const UNSUPPORTED_KEYWORDS =
  '$ref $dynamicRef $anchor not if then else uniqueItems contains minContains maxContains prefixItems ' +
  'additionalItems unevaluatedItems unevaluatedProperties patternProperties propertyNames minProperties ' +
  'maxProperties dependencies dependentRequired dependentSchemas';

type Wording = (path: readonly FieldSegment[], ...details: unknown[]) => string;
const last = (path: readonly FieldSegment[]): string => String(path[path.length - 1]);
const json = (value: unknown): string => JSON.stringify(value);

/** The rich wording of each problem of `./json-schema-rules.ts` (details as its call sites document). */
const RICH: Readonly<Record<JsonSchemaProblem, Wording>> = {
  'an input schema must be an object schema (type: object with properties)': (_, type) =>
    'an input schema must describe an object of variables (type: object with properties), got ' +
    `${type === undefined ? 'no object type' : `type ${json(type)}`}. Declare each variable as a property`,
  'the schema nests too deeply': () => `the schema nests more than ${MAX_SCHEMA_DEPTH} levels deep: flatten it`,
  'the schema `false` accepts no value': () => 'the schema `false` accepts no value: remove the property instead',
  'expected a schema object': (_, node) => `expected a schema object, got ${describeValue(node)}`,
  'unknown or unsupported JSON Schema keyword': (path) => {
    const key = last(path);
    if (UNSUPPORTED_KEYWORDS.split(' ').includes(key)) {
      return (
        `the JSON Schema keyword "${key}" is not supported in input schemas: ` +
        (key.startsWith('$')
          ? 'inline the referenced schema'
          : 'express the rule with the supported keywords, or check it in code')
      );
    }
    return (
      `unknown JSON Schema keyword "${key}"${didYouMean(key, [...VALIDATION_KEYWORDS, ...ANNOTATION_KEYWORDS])} ` +
      '(vendor extensions must start with "x-")'
    );
  },
  '"type" is an empty list': () => '"type" is an empty list: name at least one type',
  'unknown type': (_, type) => {
    if (typeof type !== 'string') return `a type must be a string, got ${describeValue(type)}`;
    const guess = guessType(type, JSON_SCHEMA_TYPES);
    return (
      `unknown type "${type}"${guess === undefined ? '' : `; did you mean "${guess}"?`}` +
      `${type === 'any' ? '; for any value, leave "type" out' : ''} (types: ${JSON_SCHEMA_TYPES.join(', ')})`
    );
  },
  'a type is listed twice': (_, type) => `type "${type}" is listed twice`,
  '"nullable: true" cannot be combined with "const"': () =>
    '"nullable: true" with "const": use "enum": [value, null] instead',
  '"nullable" must be true or false': (_, value) => `"nullable" must be true or false, got ${describeValue(value)}`,
  'the keyword does not apply to the type': (path, type, actual) =>
    actual === undefined
      ? `"${last(path)}" needs "type": "${type}"`
      : `"${last(path)}" applies to ${type}s, but the type is ${json(actual)}`,
  'must be a whole number >= 0': (path, value) =>
    `"${last(path)}" must be a whole number >= 0, got ${describeValue(value)}`,
  'must be a valid regular expression': (_, pattern) =>
    typeof pattern === 'string'
      ? `"pattern" ${json(pattern)} is not a valid regular expression`
      : `"pattern" must be a regular expression string, got ${describeValue(pattern)}`,
  'an exclusive bound of `true` needs "minimum" or "maximum"': (path) =>
    `"${last(path)}: true" needs "${last(path) === 'exclusiveMinimum' ? 'minimum' : 'maximum'}"`,
  'must be a number': (path, value) => `"${last(path)}" must be a number, got ${describeValue(value)}`,
  'must be greater than 0': (_, value) => `"multipleOf" must be greater than 0, got ${value}`,
  'tuple "items" are not supported': () =>
    'tuple "items" (a list of schemas) is not supported: give one item schema (anyOf for mixed items)',
  'must be a non-empty list of values': (_, value) =>
    `"enum" must be a non-empty list of values, got ${describeValue(value)}`,
  'must be a string, number, boolean or null': (path, value) =>
    last(path) === 'const'
      ? `"const" must be a string, number, boolean or null, got ${describeValue(value)}`
      : `enum values must be strings, numbers, booleans or null, got ${describeValue(value)}`,
  'does not fit the type': (path, value, type) =>
    `${last(path) === 'const' ? 'const' : 'enum value'} ${json(value)} does not fit type ${json(type)}`,
  'cannot be combined with "anyOf" or "oneOf"': (path, key) =>
    `"${key}" cannot be combined with "${last(path)}" here: move "${last(path)}" into each alternative`,
  'must be a non-empty list of schemas': (_, value) =>
    `expected a non-empty list of schemas, got ${describeValue(value)}`,
  '"properties" must map names to schemas': (_, value) =>
    `"properties" must map names to schemas, got ${describeValue(value)}`,
  '"required" must be a list of property names': (_, value) =>
    `"required" must be a list of property names, got ${describeValue(value)}`,
  '"required" must list property names (strings)': (_, name) =>
    `"required" must list property names, got ${describeValue(name)}`,
  '"required" lists a name twice': (_, name) => `"${name}" is listed twice in "required"`,
  '"required" lists a property that "properties" does not declare': (_, name, declared) =>
    `"required" lists "${name}", which "properties" does not declare` +
    (didYouMean(name as string, declared as string[]) || '; add it to "properties"'),
  'allOf members define a property differently': (path) =>
    `property "${last(path)}" is defined differently in two allOf members: define it once`,
  'allOf members have no type in common': (_, current, value) =>
    `allOf members require types ${json(current)} and ${json(value)} at once`,
  'allOf members give a keyword different values': (path) =>
    `allOf members give "${last(path)}" different values: merge them into one schema`,
};

/**
 * Check a JSON Schema against the supported subset (listed in `./json-schema-rules.ts`) and return a normalized
 * copy: `allOf` merged, `nullable: true` turned into a `'null'` type, draft-4 boolean
 * `exclusiveMinimum`/`exclusiveMaximum` turned into numbers, `type: 'object'`/`'array'` added where
 * `properties`/`items` imply it, and (for `top`) `additionalProperties: false` added when absent.
 *
 * @param schema The JSON Schema.
 * @param location Where the schema sits; `location.field` (e.g. `'input.schema'`) prefixes error fields.
 * @param options `top: true` (default) requires an object schema, as input schemas are.
 * @throws {PromptFormatError} naming the keyword path, e.g. `input.schema.properties.tone.type`, and the fix
 *   (with "did you mean" for misspelt keywords, types and property names).
 */
export function normalizeJsonSchema(
  schema: unknown,
  location: PromptFormatLocation = {},
  options: { top?: boolean } = {},
): JsonSchema {
  const fail = failAt(location);
  return applyJsonSchemaRules(
    schema,
    (problem, path, ...details) => fail(RICH[problem](path, ...details), path),
    options.top ?? true,
  );
}
