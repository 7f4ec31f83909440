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
import type { PromptFormatLocation } from '../../errors.js';
import { type FailAt as Fail, type FieldSegment, failAt } from './field-path.js';
import { isPlainRecord } from './picoschema.js';
import { describeValue, didYouMean, guessType } from './suggest.js';
import type { JsonSchema } from './types.js';

/** JSON Schema type names accepted in `type`. */
export const JSON_SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'] as const;

const words = (text: string): string[] => text.split(' ');

/** Keywords that only apply to one type: the type, and the keywords. */
const TYPED_KEYWORDS: ReadonlyArray<[type: string, keywords: string[]]> = [
  ['string', words('minLength maxLength pattern')],
  ['number', words('minimum maximum exclusiveMinimum exclusiveMaximum multipleOf')],
  ['array', words('items minItems maxItems')],
  ['object', words('properties required additionalProperties')],
];

const VALIDATION_KEYWORDS = new Set([
  ...words('type enum const anyOf oneOf allOf nullable'),
  ...TYPED_KEYWORDS.flatMap(([, keywords]) => keywords),
]);

const ANNOTATION_KEYWORDS = new Set(
  words(
    'title description default examples format $schema $id $comment $defs definitions deprecated readOnly writeOnly ' +
      'contentMediaType contentEncoding',
  ),
);

/** Known JSON Schema keywords that input schemas do not support. */
const UNSUPPORTED_KEYWORDS = new Set(
  words(
    '$ref $dynamicRef $anchor not if then else uniqueItems contains minContains maxContains prefixItems ' +
      'additionalItems unevaluatedItems unevaluatedProperties patternProperties propertyNames minProperties ' +
      'maxProperties dependencies dependentRequired dependentSchemas',
  ),
);

const MAX_DEPTH = 32;

type Path = readonly FieldSegment[];

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
  const fail = failAt(location);
  const normalized = normalizeNode(schema, [], fail, 0);
  if (options.top ?? true) {
    if (normalized.type !== 'object') {
      fail(
        'an input schema must describe an object of variables (type: object with properties), got ' +
          `${normalized.type === undefined ? 'no object type' : `type ${JSON.stringify(normalized.type)}`}. ` +
          'Declare each variable as a property',
        ['type'],
      );
    }
    normalized.additionalProperties ??= false;
  }
  return normalized;
}

function normalizeNode(node: unknown, path: Path, fail: Fail, depth: number): JsonSchema {
  const at = (...keys: FieldSegment[]): Path => [...path, ...keys];
  if (depth > MAX_DEPTH) fail(`the schema nests more than ${MAX_DEPTH} levels deep: flatten it`, path);
  if (node === true) return {};
  if (node === false) return fail('the schema `false` accepts no value: remove the property instead', path);
  if (!isPlainRecord(node)) return fail(`expected a schema object, got ${describeValue(node)}`, path);

  for (const key of Object.keys(node)) {
    if (VALIDATION_KEYWORDS.has(key) || ANNOTATION_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    if (UNSUPPORTED_KEYWORDS.has(key)) {
      fail(
        `the JSON Schema keyword "${key}" is not supported in input schemas: ` +
          (key.startsWith('$')
            ? 'inline the referenced schema'
            : 'express the rule with the supported keywords, or check it in code'),
        at(key),
      );
    }
    fail(
      `unknown JSON Schema keyword "${key}"${didYouMean(key, [...VALIDATION_KEYWORDS, ...ANNOTATION_KEYWORDS])} ` +
        '(vendor extensions must start with "x-")',
      at(key),
    );
  }

  const { allOf, nullable, ...rest } = node;
  let out: JsonSchema = rest;
  if (allOf !== undefined) {
    schemaList(allOf, at('allOf'), fail, depth).forEach((member, i) => {
      out = mergeSchemas(out, member, at('allOf', i), fail);
    });
  }

  // type
  if (out.type === undefined) {
    const implied = words('properties required additionalProperties').some((k) => out[k] !== undefined)
      ? 'object'
      : out.items !== undefined
        ? 'array'
        : undefined;
    // Keep `type` first, as a reader expects.
    if (implied !== undefined) out = { type: implied, ...out };
  } else {
    const types = ([] as unknown[]).concat(out.type);
    if (types.length === 0) fail('"type" is an empty list: name at least one type', at('type'));
    types.forEach((type, i) => {
      if (typeof type !== 'string') fail(`a type must be a string, got ${describeValue(type)}`, at('type'));
      if (!(JSON_SCHEMA_TYPES as readonly string[]).includes(type)) {
        const guess = guessType(type, JSON_SCHEMA_TYPES);
        fail(
          `unknown type "${type}"${guess === undefined ? '' : `; did you mean "${guess}"?`}` +
            `${type === 'any' ? '; for any value, leave "type" out' : ''} (types: ${JSON_SCHEMA_TYPES.join(', ')})`,
          at('type'),
        );
      }
      if (types.indexOf(type) !== i) fail(`type "${type}" is listed twice`, at('type'));
    });
    out.type = types.length === 1 ? types[0] : types;
  }

  if (nullable === true) {
    const types = typeList(out);
    const list = out.enum ?? out.anyOf ?? out.oneOf;
    if (types !== undefined) {
      if (!types.includes('null')) out.type = [...types, 'null'];
    } else if (Array.isArray(list)) {
      const key = out.enum !== undefined ? 'enum' : out.anyOf !== undefined ? 'anyOf' : 'oneOf';
      const none = key === 'enum' ? null : { type: 'null' };
      if (!list.includes(null)) out[key] = [...list, none];
    } else if (out.const !== undefined) {
      fail('"nullable: true" with "const": use "enum": [value, null] instead', at('nullable'));
    }
    // No type and no alternatives: any value, null included.
  } else if (nullable !== undefined && nullable !== false) {
    fail(`"nullable" must be true or false, got ${describeValue(nullable)}`, at('nullable'));
  }

  // Keywords that apply to one type only.
  const types = typeList(out);
  for (const [type, keywords] of TYPED_KEYWORDS) {
    for (const keyword of keywords) {
      if (out[keyword] === undefined) continue;
      if (types === undefined) fail(`"${keyword}" needs "type": "${type}"`, at(keyword));
      else if (!types.some((t) => t === type || (type === 'number' && t === 'integer'))) {
        fail(`"${keyword}" applies to ${type}s, but the type is ${JSON.stringify(out.type)}`, at(keyword));
      }
    }
  }

  // Values of the keywords.
  for (const key of words('minLength maxLength minItems maxItems')) {
    const value = out[key];
    if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0)) {
      fail(`"${key}" must be a whole number >= 0, got ${describeValue(value)}`, at(key));
    }
  }
  if (out.pattern !== undefined) {
    if (typeof out.pattern !== 'string') {
      fail(`"pattern" must be a regular expression string, got ${describeValue(out.pattern)}`, at('pattern'));
    }
    if (compilePattern(out.pattern) === undefined) {
      fail(`"pattern" ${JSON.stringify(out.pattern)} is not a valid regular expression`, at('pattern'));
    }
  }
  for (const [exclusive, inclusive] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    // Draft 4: a boolean that makes minimum/maximum exclusive.
    if (out[exclusive] === true) {
      if (out[inclusive] === undefined) fail(`"${exclusive}: true" needs "${inclusive}"`, at(exclusive));
      out[exclusive] = out[inclusive];
      delete out[inclusive];
    } else if (out[exclusive] === false) delete out[exclusive];
  }
  for (const key of TYPED_KEYWORDS[1]![1]) {
    const value = out[key];
    if (value !== undefined && !Number.isFinite(value))
      fail(`"${key}" must be a number, got ${describeValue(value)}`, at(key));
  }
  if ((out.multipleOf as number) <= 0)
    fail(`"multipleOf" must be greater than 0, got ${out.multipleOf}`, at('multipleOf'));

  if (out.items !== undefined) {
    if (Array.isArray(out.items)) {
      fail(
        'tuple "items" (a list of schemas) is not supported: give one item schema (anyOf for mixed items)',
        at('items'),
      );
    }
    out.items = normalizeNode(out.items, at('items'), fail, depth + 1);
  }
  normalizeObjectKeywords(out, at, fail, depth);

  if (out.enum !== undefined) {
    if (!Array.isArray(out.enum) || out.enum.length === 0) {
      fail(`"enum" must be a non-empty list of values, got ${describeValue(out.enum)}`, at('enum'));
    }
    for (const [i, value] of (out.enum as unknown[]).entries()) {
      checkValue(value, 'enum values must be', 'enum value', out, at('enum', i), fail);
    }
  }
  if (out.const !== undefined) checkValue(out.const, '"const" must be a', 'const', out, at('const'), fail);

  for (const key of ['anyOf', 'oneOf']) {
    if (out[key] === undefined) continue;
    out[key] = schemaList(out[key], at(key), fail, depth);
    const other = Object.keys(out).find((k) => k !== key && VALIDATION_KEYWORDS.has(k));
    if (other !== undefined) {
      fail(`"${key}" cannot be combined with "${other}" here: move "${other}" into each alternative`, at(other));
    }
  }
  return out;
}

function schemaList(value: unknown, path: Path, fail: Fail, depth: number): JsonSchema[] {
  if (!Array.isArray(value) || value.length === 0) {
    return fail(`expected a non-empty list of schemas, got ${describeValue(value)}`, path);
  }
  return value.map((member, index) => normalizeNode(member, [...path, index], fail, depth + 1));
}

function typeList(schema: JsonSchema): string[] | undefined {
  return schema.type === undefined ? undefined : ([] as string[]).concat(schema.type as string);
}

/** Compile a JSON Schema `pattern` (ECMA-262, Unicode mode when the pattern allows it). */
export function compilePattern(pattern: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags);
    } catch {
      // Try without Unicode mode, then give up.
    }
  }
  return undefined;
}

function normalizeObjectKeywords(
  out: JsonSchema,
  at: (...keys: FieldSegment[]) => Path,
  fail: Fail,
  depth: number,
): void {
  const { properties, required, additionalProperties } = out;
  if (properties !== undefined) {
    if (!isPlainRecord(properties)) {
      fail(`"properties" must map names to schemas, got ${describeValue(properties)}`, at('properties'));
    }
    const normalized: Record<string, JsonSchema> = {};
    for (const [name, property] of Object.entries(properties)) {
      normalized[name] = normalizeNode(property, at('properties', name), fail, depth + 1);
    }
    out.properties = normalized;
  }
  if (required !== undefined) {
    if (!Array.isArray(required)) {
      fail(`"required" must be a list of property names, got ${describeValue(required)}`, at('required'));
    }
    const declared = Object.keys(out.properties ?? {});
    (required as unknown[]).forEach((name, i, all) => {
      if (typeof name !== 'string')
        fail(`"required" must list property names, got ${describeValue(name)}`, at('required'));
      if (all.indexOf(name) !== i) fail(`"${name}" is listed twice in "required"`, at('required'));
      if (!declared.includes(name)) {
        fail(
          `"required" lists "${name}", which "properties" does not declare${didYouMean(name, declared) || '; add it to "properties"'}`,
          at('required'),
        );
      }
    });
    out.required = [...required];
  }
  if (additionalProperties !== undefined && typeof additionalProperties !== 'boolean') {
    out.additionalProperties = normalizeNode(additionalProperties, at('additionalProperties'), fail, depth + 1);
  }
}

/** An `enum` value or a `const`: a primitive that fits the schema's type. */
function checkValue(value: unknown, must: string, what: string, out: JsonSchema, path: Path, fail: Fail): void {
  if (!(value === null || typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value))) {
    fail(
      `${must} ${must.endsWith('a') ? 'string, number, boolean or null' : 'strings, numbers, booleans or null'}, got ${describeValue(value)}`,
      path,
    );
  }
  const types = typeList(out);
  const fits = types?.some((type) =>
    type === 'null'
      ? value === null
      : type === 'integer'
        ? Number.isInteger(value)
        : value !== null && typeof value === type,
  );
  if (fits === false) fail(`${what} ${JSON.stringify(value)} does not fit type ${JSON.stringify(out.type)}`, path);
}

/** Merge one (normalized) `allOf` member into `target`. Conflicting keywords are an error. */
function mergeSchemas(target: JsonSchema, member: JsonSchema, path: Path, fail: Fail): JsonSchema {
  const out: JsonSchema = { ...target };
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  for (const [key, value] of Object.entries(member)) {
    const current = out[key];
    if (current === undefined) {
      out[key] = value;
    } else if (key === 'properties' && isPlainRecord(current) && isPlainRecord(value)) {
      const merged: Record<string, unknown> = { ...current };
      for (const [name, property] of Object.entries(value)) {
        if (merged[name] !== undefined && !same(merged[name], property)) {
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
      const theirs = ([] as unknown[]).concat(value);
      const both = new Set<unknown>();
      for (const type of ([] as unknown[]).concat(current)) {
        if (theirs.includes(type)) both.add(type);
        else if (type === 'integer' ? theirs.includes('number') : type === 'number' && theirs.includes('integer')) {
          both.add('integer');
        }
      }
      if (both.size === 0) {
        fail(`allOf members require types ${JSON.stringify(current)} and ${JSON.stringify(value)} at once`, path);
      }
      out.type = both.size === 1 ? [...both][0] : [...both];
    } else if (!ANNOTATION_KEYWORDS.has(key) && !key.startsWith('x-') && !same(current, value)) {
      // The first annotation wins; validation keywords must agree.
      fail(`allOf members give "${key}" different values: merge them into one schema`, [...path, key]);
    }
  }
  return out;
}
