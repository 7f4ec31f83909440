/**
 * Checking and normalizing the JSON Schema subset that input schemas may use.
 *
 * Supported keywords (they are enforced at run time):
 * `type` (a name or a list; `null` in the list makes a value nullable), `properties`, `required`,
 * `additionalProperties` (boolean or schema), `items` (one schema), `minItems`, `maxItems`, `enum`,
 * `const`, `anyOf`, `oneOf` (exactly one alternative must match), `allOf` (merged into one schema),
 * `nullable` (OpenAPI 3.0), `minLength`, `maxLength`, `pattern`, `minimum`, `maximum`,
 * `exclusiveMinimum`, `exclusiveMaximum` (number, or the draft-4 boolean form), `multipleOf`.
 *
 * Annotations are kept and not enforced: `title`, `description`, `default`, `examples`, `format`,
 * `$schema`, `$id`, `$comment`, `$defs`, `definitions`, `deprecated`, `readOnly`, `writeOnly`,
 * `contentMediaType`, `contentEncoding`, and any `x-…` extension.
 *
 * Every other keyword is an error naming it: a validation keyword that promptops would skip
 * (`$ref`, `not`, `if`, `uniqueItems`, `patternProperties`, …) would let bad input through
 * silently, and an unknown word is usually a typo (`propertes`). Keywords that only apply to one
 * type (`minLength` on a number) are errors too.
 *
 * The top level must be an object schema. Unlike plain JSON Schema, a top level without
 * `additionalProperties` is closed (`additionalProperties: false` is written into the normalized
 * schema): an unknown variable is almost always a typo. Nested objects follow JSON Schema (open
 * unless they say `additionalProperties: false`). `default` is an annotation: defaults that apply
 * at render time belong in the record's `input.default`.
 * @module
 */
import { PromptFormatError, type PromptFormatLocation } from '../../errors.js';
import { type FieldSegment, formatFieldPath } from './field-path.js';
import { isPlainRecord } from './picoschema.js';
import { closestMatch, describeValue, guessType } from './suggest.js';
import type { JsonSchema } from './types.js';

/** JSON Schema type names accepted in `type`. */
export const JSON_SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'] as const;

const STRING_KEYWORDS = ['minLength', 'maxLength', 'pattern'] as const;
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'] as const;
const ARRAY_KEYWORDS = ['items', 'minItems', 'maxItems'] as const;
const OBJECT_KEYWORDS = ['properties', 'required', 'additionalProperties'] as const;

const VALIDATION_KEYWORDS = new Set<string>([
  'type',
  'enum',
  'const',
  'anyOf',
  'oneOf',
  'allOf',
  'nullable',
  ...STRING_KEYWORDS,
  ...NUMBER_KEYWORDS,
  ...ARRAY_KEYWORDS,
  ...OBJECT_KEYWORDS,
]);

const ANNOTATION_KEYWORDS = new Set<string>([
  'title',
  'description',
  'default',
  'examples',
  'format',
  '$schema',
  '$id',
  '$comment',
  '$defs',
  'definitions',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentMediaType',
  'contentEncoding',
]);

/** Known JSON Schema keywords that input schemas do not support. */
const UNSUPPORTED_KEYWORDS = new Set([
  '$ref',
  '$dynamicRef',
  '$anchor',
  'not',
  'if',
  'then',
  'else',
  'uniqueItems',
  'contains',
  'minContains',
  'maxContains',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'unevaluatedProperties',
  'patternProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'dependencies',
  'dependentRequired',
  'dependentSchemas',
]);

const MAX_DEPTH = 32;

/**
 * Check a JSON Schema against the supported subset and return a normalized copy: `allOf` merged,
 * `nullable: true` turned into a `'null'` type, draft-4 boolean `exclusiveMinimum`/`exclusiveMaximum`
 * turned into numbers, `type: 'object'`/`'array'` added where `properties`/`items` imply it, and (for
 * `top`) `additionalProperties: false` added when absent.
 *
 * @param schema The JSON Schema.
 * @param location Where the schema sits; `location.field` (e.g. `'input.schema'`) prefixes error fields.
 * @param options `top: true` (default) requires an object schema, as input schemas are.
 * @throws {PromptFormatError} naming the keyword path, e.g. `input.schema.properties.tone.type`.
 */
export function normalizeJsonSchema(
  schema: unknown,
  location: PromptFormatLocation = {},
  options: { top?: boolean } = {},
): JsonSchema {
  const base: FieldSegment[] = location.field === undefined ? [] : [location.field];
  const fail = (detail: string, path: readonly FieldSegment[]): never => {
    const field = formatFieldPath([...base, ...path]);
    throw new PromptFormatError(detail, { ...location, field: field === '' ? undefined : field });
  };
  const normalized = normalizeNode(schema, [], fail, 0);
  if (options.top ?? true) {
    if (normalized.type !== 'object') {
      const got = normalized.type === undefined ? 'no object type' : `type ${JSON.stringify(normalized.type)}`;
      fail(
        `an input schema must describe an object of variables (type: object with properties), got ${got}. ` +
          'Declare each variable as a property',
        ['type'],
      );
    }
    if (normalized.additionalProperties === undefined) normalized.additionalProperties = false;
  }
  return normalized;
}

type Fail = (detail: string, path: readonly FieldSegment[]) => never;

function normalizeNode(node: unknown, path: readonly FieldSegment[], fail: Fail, depth: number): JsonSchema {
  if (depth > MAX_DEPTH) fail(`the schema nests more than ${MAX_DEPTH} levels deep: flatten it`, path);
  if (node === true) return {};
  if (node === false) return fail('the schema `false` accepts no value: remove the property instead', path);
  if (!isPlainRecord(node)) return fail(`expected a schema object, got ${describeValue(node)}`, path);

  for (const key of Object.keys(node)) checkKeyword(key, path, fail);

  let out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'allOf' || key === 'nullable') continue;
    out[key] = value;
  }

  if (node.allOf !== undefined) {
    const members = schemaList(node.allOf, [...path, 'allOf'], fail, depth);
    for (const [index, member] of members.entries()) out = mergeSchemas(out, member, [...path, 'allOf', index], fail);
  }

  normalizeType(out, path, fail);
  if (node.nullable === true) addNull(out, path, fail);
  else if (node.nullable !== undefined && node.nullable !== false) {
    fail(`"nullable" must be true or false, got ${describeValue(node.nullable)}`, [...path, 'nullable']);
  }

  checkApplicability(out, path, fail);
  normalizeStringKeywords(out, path, fail);
  normalizeNumberKeywords(out, path, fail);
  normalizeArrayKeywords(out, path, fail, depth);
  normalizeObjectKeywords(out, path, fail, depth);
  normalizeValueKeywords(out, path, fail);
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (out[key] === undefined) continue;
    out[key] = schemaList(out[key], [...path, key], fail, depth);
    const other = Object.keys(out).find((k) => k !== key && VALIDATION_KEYWORDS.has(k));
    if (other !== undefined) {
      fail(`"${key}" cannot be combined with "${other}" here: move "${other}" into each alternative`, [...path, other]);
    }
  }
  return out;
}

function checkKeyword(key: string, path: readonly FieldSegment[], fail: Fail): void {
  if (VALIDATION_KEYWORDS.has(key) || ANNOTATION_KEYWORDS.has(key) || key.startsWith('x-')) return;
  if (UNSUPPORTED_KEYWORDS.has(key)) {
    const hint = key.startsWith('$')
      ? 'inline the referenced schema'
      : 'express the rule with the supported keywords, or check it in code';
    fail(`the JSON Schema keyword "${key}" is not supported in input schemas: ${hint}`, [...path, key]);
  }
  const guess = closestMatch(key, [...VALIDATION_KEYWORDS, ...ANNOTATION_KEYWORDS]);
  fail(
    `unknown JSON Schema keyword "${key}"${guess === undefined ? '' : `; did you mean "${guess}"?`} ` +
      '(vendor extensions must start with "x-")',
    [...path, key],
  );
}

function schemaList(value: unknown, path: readonly FieldSegment[], fail: Fail, depth: number): JsonSchema[] {
  if (!Array.isArray(value) || value.length === 0) {
    return fail(`expected a non-empty list of schemas, got ${describeValue(value)}`, path);
  }
  return value.map((member, index) => normalizeNode(member, [...path, index], fail, depth + 1));
}

function typeList(schema: JsonSchema): string[] | undefined {
  const type = schema.type;
  if (type === undefined) return undefined;
  return Array.isArray(type) ? (type as string[]) : [type as string];
}

function normalizeType(out: JsonSchema, path: readonly FieldSegment[], fail: Fail): void {
  const at = [...path, 'type'];
  if (out.type === undefined) {
    if (OBJECT_KEYWORDS.some((k) => out[k] !== undefined)) out.type = 'object';
    else if (out.items !== undefined) out.type = 'array';
    if (out.type !== undefined) {
      // Keep `type` first, as a reader expects.
      const { type, ...rest } = out;
      for (const key of Object.keys(out)) delete out[key];
      Object.assign(out, { type }, rest);
    }
    return;
  }
  const types = Array.isArray(out.type) ? out.type : [out.type];
  if (types.length === 0) fail('"type" is an empty list: name at least one type', at);
  const seen = new Set<string>();
  for (const type of types) {
    if (typeof type !== 'string') fail(`a type must be a string, got ${describeValue(type)}`, at);
    if (!(JSON_SCHEMA_TYPES as readonly string[]).includes(type)) {
      const guess = guessType(type, JSON_SCHEMA_TYPES);
      const anyHint = type === 'any' ? '; for any value, leave "type" out' : '';
      fail(
        `unknown type "${type}"${guess === undefined ? '' : `; did you mean "${guess}"?`}${anyHint} ` +
          `(types: ${JSON_SCHEMA_TYPES.join(', ')})`,
        at,
      );
    }
    if (seen.has(type)) fail(`type "${type}" is listed twice`, at);
    seen.add(type);
  }
  out.type = types.length === 1 ? types[0] : [...types];
}

function addNull(out: JsonSchema, path: readonly FieldSegment[], fail: Fail): void {
  const types = typeList(out);
  if (types !== undefined) {
    if (!types.includes('null')) out.type = [...types, 'null'];
  } else if (Array.isArray(out.enum)) {
    if (!out.enum.includes(null)) out.enum = [...out.enum, null];
  } else if (Array.isArray(out.anyOf)) {
    out.anyOf = [...out.anyOf, { type: 'null' }];
  } else if (Array.isArray(out.oneOf)) {
    out.oneOf = [...out.oneOf, { type: 'null' }];
  } else if (out.const !== undefined) {
    fail('"nullable: true" with "const": use "enum": [value, null] instead', [...path, 'nullable']);
  }
  // No type and no alternatives: any value, null included.
}

function checkApplicability(out: JsonSchema, path: readonly FieldSegment[], fail: Fail): void {
  const types = typeList(out);
  const groups: Array<[readonly string[], readonly string[], string]> = [
    [STRING_KEYWORDS, ['string'], 'string'],
    [NUMBER_KEYWORDS, ['number', 'integer'], 'number'],
    [ARRAY_KEYWORDS, ['array'], 'array'],
    [OBJECT_KEYWORDS, ['object'], 'object'],
  ];
  for (const [keywords, applies, name] of groups) {
    for (const keyword of keywords) {
      if (out[keyword] === undefined) continue;
      if (types === undefined) fail(`"${keyword}" needs "type": "${name}"`, [...path, keyword]);
      else if (!types.some((t) => applies.includes(t))) {
        fail(`"${keyword}" applies to ${name}s, but the type is ${JSON.stringify(out.type)}`, [...path, keyword]);
      }
    }
  }
}

function nonNegativeInteger(out: JsonSchema, key: string, path: readonly FieldSegment[], fail: Fail): void {
  const value = out[key];
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(`"${key}" must be a whole number >= 0, got ${describeValue(value)}`, [...path, key]);
  }
}

function finiteNumber(out: JsonSchema, key: string, path: readonly FieldSegment[], fail: Fail): void {
  const value = out[key];
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(`"${key}" must be a number, got ${describeValue(value)}`, [...path, key]);
  }
}

function normalizeStringKeywords(out: JsonSchema, path: readonly FieldSegment[], fail: Fail): void {
  nonNegativeInteger(out, 'minLength', path, fail);
  nonNegativeInteger(out, 'maxLength', path, fail);
  if (out.pattern !== undefined) {
    if (typeof out.pattern !== 'string') {
      fail(`"pattern" must be a regular expression string, got ${describeValue(out.pattern)}`, [...path, 'pattern']);
    }
    if (compilePattern(out.pattern) === undefined) {
      fail(`"pattern" ${JSON.stringify(out.pattern)} is not a valid regular expression`, [...path, 'pattern']);
    }
  }
}

/** Compile a JSON Schema `pattern` (ECMA-262, Unicode mode when the pattern allows it). */
export function compilePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    try {
      return new RegExp(pattern);
    } catch {
      return undefined;
    }
  }
}

function normalizeNumberKeywords(out: JsonSchema, path: readonly FieldSegment[], fail: Fail): void {
  for (const [exclusive, inclusive] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    // Draft 4: a boolean that makes minimum/maximum exclusive.
    if (typeof out[exclusive] === 'boolean') {
      if (out[exclusive] === true) {
        if (out[inclusive] === undefined) fail(`"${exclusive}: true" needs "${inclusive}"`, [...path, exclusive]);
        out[exclusive] = out[inclusive];
        delete out[inclusive];
      } else {
        delete out[exclusive];
      }
    }
  }
  for (const key of NUMBER_KEYWORDS) finiteNumber(out, key, path, fail);
  if (typeof out.multipleOf === 'number' && out.multipleOf <= 0) {
    fail(`"multipleOf" must be greater than 0, got ${out.multipleOf}`, [...path, 'multipleOf']);
  }
}

function normalizeArrayKeywords(out: JsonSchema, path: readonly FieldSegment[], fail: Fail, depth: number): void {
  nonNegativeInteger(out, 'minItems', path, fail);
  nonNegativeInteger(out, 'maxItems', path, fail);
  if (out.items === undefined) return;
  if (Array.isArray(out.items)) {
    fail('tuple "items" (a list of schemas) is not supported: give one item schema (anyOf for mixed items)', [
      ...path,
      'items',
    ]);
  }
  out.items = normalizeNode(out.items, [...path, 'items'], fail, depth + 1);
}

function normalizeObjectKeywords(out: JsonSchema, path: readonly FieldSegment[], fail: Fail, depth: number): void {
  if (out.properties !== undefined) {
    if (!isPlainRecord(out.properties)) {
      fail(`"properties" must map names to schemas, got ${describeValue(out.properties)}`, [...path, 'properties']);
    }
    const properties: Record<string, JsonSchema> = {};
    for (const [name, property] of Object.entries(out.properties)) {
      properties[name] = normalizeNode(property, [...path, 'properties', name], fail, depth + 1);
    }
    out.properties = properties;
  }
  if (out.required !== undefined) {
    const at = [...path, 'required'];
    if (!Array.isArray(out.required))
      fail(`"required" must be a list of property names, got ${describeValue(out.required)}`, at);
    const declared = isPlainRecord(out.properties) ? Object.keys(out.properties) : [];
    const seen = new Set<string>();
    for (const name of out.required as unknown[]) {
      if (typeof name !== 'string') fail(`"required" must list property names, got ${describeValue(name)}`, at);
      if (seen.has(name)) fail(`"${name}" is listed twice in "required"`, at);
      seen.add(name);
      if (!declared.includes(name)) {
        const guess = closestMatch(name, declared);
        fail(
          `"required" lists "${name}", which "properties" does not declare` +
            (guess === undefined ? '; add it to "properties"' : `; did you mean "${guess}"?`),
          at,
        );
      }
    }
    out.required = [...seen];
  }
  const extra = out.additionalProperties;
  if (extra !== undefined && typeof extra !== 'boolean') {
    out.additionalProperties = normalizeNode(extra, [...path, 'additionalProperties'], fail, depth + 1);
  }
}

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value);
}

function fitsTypes(value: string | number | boolean | null, types: readonly string[]): boolean {
  return types.some((type) => {
    switch (type) {
      case 'null':
        return value === null;
      case 'integer':
        return Number.isInteger(value);
      case 'number':
      case 'string':
      case 'boolean':
        return typeof value === type;
      default:
        return false;
    }
  });
}

function normalizeValueKeywords(out: JsonSchema, path: readonly FieldSegment[], fail: Fail): void {
  const types = typeList(out);
  if (out.enum !== undefined) {
    const at = [...path, 'enum'];
    if (!Array.isArray(out.enum) || out.enum.length === 0) {
      fail(`"enum" must be a non-empty list of values, got ${describeValue(out.enum)}`, at);
    }
    for (const [index, value] of (out.enum as unknown[]).entries()) {
      if (!isPrimitive(value)) {
        fail(`enum values must be strings, numbers, booleans or null, got ${describeValue(value)}`, [...at, index]);
      }
      if (types !== undefined && !fitsTypes(value, types)) {
        fail(`enum value ${JSON.stringify(value)} does not fit type ${JSON.stringify(out.type)}`, [...at, index]);
      }
    }
  }
  if (out.const !== undefined) {
    const at = [...path, 'const'];
    if (!isPrimitive(out.const))
      fail(`"const" must be a string, number, boolean or null, got ${describeValue(out.const)}`, at);
    if (types !== undefined && !fitsTypes(out.const, types)) {
      fail(`const ${JSON.stringify(out.const)} does not fit type ${JSON.stringify(out.type)}`, at);
    }
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Merge one (normalized) `allOf` member into `target`. Conflicting keywords are an error. */
function mergeSchemas(target: JsonSchema, member: JsonSchema, path: readonly FieldSegment[], fail: Fail): JsonSchema {
  const out: JsonSchema = { ...target };
  for (const [key, value] of Object.entries(member)) {
    const current = out[key];
    if (current === undefined) {
      out[key] = value;
      continue;
    }
    if (key === 'properties' && isPlainRecord(current) && isPlainRecord(value)) {
      const merged: Record<string, unknown> = { ...current };
      for (const [name, property] of Object.entries(value)) {
        if (merged[name] !== undefined && !sameJson(merged[name], property)) {
          fail(`property "${name}" is defined differently in two allOf members: define it once`, [
            ...path,
            'properties',
            name,
          ]);
        }
        merged[name] = property;
      }
      out.properties = merged;
    } else if (key === 'required' && Array.isArray(current) && Array.isArray(value)) {
      out.required = [...new Set([...current, ...value])];
    } else if (key === 'type') {
      const both = intersectTypes(Array.isArray(current) ? current : [current], Array.isArray(value) ? value : [value]);
      if (both.length === 0) {
        fail(`allOf members require types ${JSON.stringify(current)} and ${JSON.stringify(value)} at once`, path);
      }
      out.type = both.length === 1 ? both[0] : both;
    } else if (ANNOTATION_KEYWORDS.has(key) || key.startsWith('x-')) {
      // The first annotation wins.
    } else if (!sameJson(current, value)) {
      fail(`allOf members give "${key}" different values: merge them into one schema`, [...path, key]);
    }
  }
  return out;
}

/** Types allowed by both lists; `integer` is the common part of `number` and `integer`. */
function intersectTypes(mine: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  const both = new Set<unknown>();
  for (const type of mine) {
    if (theirs.includes(type)) both.add(type);
    else if ((type === 'integer' && theirs.includes('number')) || (type === 'number' && theirs.includes('integer'))) {
      both.add('integer');
    }
  }
  return [...both];
}
