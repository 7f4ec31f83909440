/**
 * Picoschema → JSON Schema, as Dotprompt defines it (https://google.github.io/dotprompt/reference/picoschema/).
 *
 * - `name: type` and `name: type, description`; scalar types `string`, `number`, `integer`,
 *   `boolean`, `null`, `any` (`any` becomes `{}`).
 * - `name?: type`: optional, and also nullable (`type: [T, 'null']`; an optional enum gains `null`).
 * - `name(array[, description]): itemType | { nested fields }`.
 * - `name(object[, description]): { nested fields }`; a plain `name: { nested fields }` is an object too.
 * - `name(enum[, description]): [A, B, …]`.
 * - `(*): type`: additional properties of that type (objects are closed otherwise).
 * - A schema with a top-level `type` (a JSON Schema type name) or a `properties` object is JSON Schema
 *   and is returned unchanged (with `type: 'object'` added in the second case).
 *
 * Differences from Dotprompt, all stricter: named schemas (`name: MyType`) are not supported (there
 * is no schema registry) and are reported as unknown types with a suggestion; `(object)` needs nested
 * fields; a field without a type (`name:` with nothing after it) and a field declared twice
 * (`tone` and `tone?`) are errors.
 * @module
 */
import type { PromptFormatLocation } from '../../errors.js';
import { type FailAt as Fail, type FieldSegment, failAt } from './field-path.js';
import { closestMatch, describeValue, guessType } from './suggest.js';
import type { JsonSchema } from './types.js';

/** Scalar type names of Picoschema. */
export const PICOSCHEMA_SCALAR_TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'any'] as const;

/** JSON Schema `type` values that mark a top-level schema as JSON Schema rather than Picoschema. */
const JSON_SCHEMA_MARKER_TYPES = new Set<string>([...PICOSCHEMA_SCALAR_TYPES, 'object', 'array']);

/** How each parenthetical type is written, for messages. */
const FORMS: Readonly<Record<string, string>> = {
  array: '`name(array): string`',
  object: '`name(object): { field: string }`',
  enum: '`name(enum): [a, b]`',
};

const WILDCARD = '(*)';

/** Deepest nesting of Picoschema objects accepted. */
const MAX_DEPTH = 32;

/**
 * Convert a Picoschema (or pass through a JSON Schema) to JSON Schema.
 *
 * `location.field` is the path of the schema in its record (e.g. `'input.schema'`); errors name the
 * offending key below it, e.g. `'input.schema.tone?(enum)'`.
 *
 * @throws {PromptFormatError} for malformed Picoschema: unknown types (with a suggestion), values
 *   that are neither type strings nor nested objects, `(enum)` without a list, unknown parenthetical
 *   types, empty schemas.
 * @example
 * ```ts
 * picoschemaToJsonSchema({ customer: 'string, first name', 'tone?(enum)': ['formal', 'friendly'] });
 * // { type: 'object', additionalProperties: false, required: ['customer'], properties: {
 * //   customer: { type: 'string', description: 'first name' },
 * //   tone: { enum: ['formal', 'friendly', null] } } }
 * ```
 */
export function picoschemaToJsonSchema(schema: unknown, location: PromptFormatLocation = {}): JsonSchema {
  const fail = failAt(location);

  if (schema === null || schema === undefined) {
    return fail('the schema is empty: declare fields such as `customer: string`, or remove the schema', []);
  }
  if (typeof schema === 'string') return parseScalar(schema, [], fail);
  if (!isPlainRecord(schema)) {
    return fail(
      `a schema must be Picoschema fields (an object such as \`customer: string\`) or JSON Schema, got ${describeValue(schema)}`,
      [],
    );
  }
  const type = schema.type;
  if (typeof type === 'string' && JSON_SCHEMA_MARKER_TYPES.has(type)) return { ...schema };
  if (Array.isArray(type) && type.every((t) => typeof t === 'string' && JSON_SCHEMA_MARKER_TYPES.has(t))) {
    return { ...schema };
  }
  if (isPlainRecord(schema.properties)) return { ...schema, type: 'object' };
  return parseObject(schema, [], fail, 0);
}

/** A parsed Picoschema key: `name`, `name?`, `name(type, description)`, `name?(type)`. */
interface ParsedKey {
  name: string;
  optional: boolean;
  /** The parenthetical type (`array`, `object`, `enum`), when present. */
  kind: string | undefined;
  description: string | undefined;
}

function parseKey(key: string, path: readonly FieldSegment[], fail: Fail): ParsedKey {
  const open = key.indexOf('(');
  let head = key;
  let kind: string | undefined;
  let description: string | undefined;
  if (open !== -1) {
    if (!key.endsWith(')')) {
      fail(`field "${key}" has an unclosed "(": write ${Object.values(FORMS).join(', ')}`, path);
    }
    head = key.slice(0, open);
    [kind, description] = splitDescription(key.slice(open + 1, -1));
  }
  const optional = head.endsWith('?');
  const name = optional ? head.slice(0, -1) : head;
  if (name.trim() === '') fail(`field "${key}" has no name: write \`name: type\``, path);
  if (name !== name.trim()) fail(`field name "${name}" has leading or trailing spaces: remove them`, path);
  return { name, optional, kind, description };
}

/** `'string, the name'` → `['string', 'the name']`; `'string'` → `['string', undefined]`. */
function splitDescription(text: string): [string, string | undefined] {
  const comma = text.indexOf(',');
  if (comma === -1) return [text.trim(), undefined];
  const description = text.slice(comma + 1).trim();
  return [text.slice(0, comma).trim(), description === '' ? undefined : description];
}

function parseObject(
  obj: Record<string, unknown>,
  path: readonly FieldSegment[],
  fail: Fail,
  depth: number,
): JsonSchema {
  if (depth > MAX_DEPTH) fail(`the schema nests objects more than ${MAX_DEPTH} levels deep: flatten it`, path);
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  let additionalProperties: boolean | JsonSchema = false;
  const declaredBy = new Map<string, string>();

  for (const [key, value] of Object.entries(obj)) {
    const at = [...path, key];
    if (key === WILDCARD) {
      additionalProperties = parseValue(value, undefined, at, fail, depth);
      continue;
    }
    const parsed = parseKey(key, at, fail);
    const previous = declaredBy.get(parsed.name);
    if (previous !== undefined)
      fail(`field "${parsed.name}" is declared twice ("${previous}" and "${key}"): keep one`, at);
    declaredBy.set(parsed.name, key);
    if (!parsed.optional) required.push(parsed.name);
    const property = parseValue(value, parsed.kind, at, fail, depth);
    if (parsed.optional) makeNullable(property);
    if (parsed.description !== undefined) property.description = parsed.description;
    properties[parsed.name] = property;
  }

  const out: JsonSchema = { type: 'object', properties };
  if (required.length > 0) out.required = required;
  out.additionalProperties = additionalProperties;
  return out;
}

function parseValue(
  value: unknown,
  kind: string | undefined,
  path: readonly FieldSegment[],
  fail: Fail,
  depth: number,
): JsonSchema {
  switch (kind) {
    case undefined:
      if (typeof value === 'string') return parseScalar(value, path, fail);
      if (isPlainRecord(value)) return parseObject(value, path, fail, depth + 1);
      if (Array.isArray(value)) return fail(`a list of values needs the (enum) type: write ${FORMS.enum}`, path);
      if (value === null || value === undefined) {
        return fail('the field has no type: write `name: string` (or number, integer, boolean, null, any)', path);
      }
      return fail(
        `expected a type name such as "string" or nested fields, got ${describeValue(value)}; quote it if it is a description`,
        path,
      );
    case 'array': {
      if (typeof value === 'string') return { type: 'array', items: parseScalar(value, path, fail) };
      if (isPlainRecord(value)) return { type: 'array', items: parseObject(value, path, fail, depth + 1) };
      return fail(
        Array.isArray(value)
          ? `Picoschema has no array-of-enum form: use JSON Schema (\`{ type: array, items: { enum: [a, b] } }\`) or ${FORMS.enum}`
          : `(array) takes the item type, e.g. ${FORMS.array}, got ${describeValue(value)}`,
        path,
      );
    }
    case 'object':
      if (isPlainRecord(value)) return parseObject(value, path, fail, depth + 1);
      return fail(`(object) takes nested fields, e.g. ${FORMS.object}, got ${describeValue(value)}`, path);
    case 'enum': {
      if (!Array.isArray(value) || value.length === 0) {
        return fail(`(enum) takes a non-empty list of values, e.g. ${FORMS.enum}, got ${describeValue(value)}`, path);
      }
      for (const [index, item] of value.entries()) {
        if (item !== null && !['string', 'number', 'boolean'].includes(typeof item)) {
          fail(`enum values must be strings, numbers, booleans or null, got ${describeValue(item)}`, [...path, index]);
        }
      }
      return { enum: [...value] };
    }
    default: {
      const guess = closestMatch(kind, Object.keys(FORMS));
      return fail(
        `unknown type "(${kind})": parenthetical types are (array), (object) and (enum)` +
          (guess === undefined ? '' : `; did you mean "(${guess})"?`) +
          (isScalarType(kind) ? `; for a ${kind}, write \`name: ${kind}\`` : ''),
        path,
      );
    }
  }
}

function parseScalar(text: string, path: readonly FieldSegment[], fail: Fail): JsonSchema {
  const [type, description] = splitDescription(text);
  if (!isScalarType(type)) return fail(explainUnknownType(type), path);
  const out: JsonSchema = type === 'any' ? {} : { type };
  if (description !== undefined) out.description = description;
  return out;
}

function explainUnknownType(type: string): string {
  const list = PICOSCHEMA_SCALAR_TYPES.join(', ');
  if (type === '') return `the field has no type: write \`name: string\` (types: ${list})`;
  const guess = guessType(type, PICOSCHEMA_SCALAR_TYPES);
  if (Object.hasOwn(FORMS, type)) return `"${type}" goes in parentheses after the field name: write ${FORMS[type]}`;
  return (
    `unknown type "${type}"${guess === undefined ? '' : `; did you mean "${guess}"?`} ` +
    `Picoschema types are ${list}, plus name(array), name(object) and name(enum). ` +
    'Named schemas are not supported: describe the fields inline'
  );
}

function isScalarType(type: string): type is (typeof PICOSCHEMA_SCALAR_TYPES)[number] {
  return (PICOSCHEMA_SCALAR_TYPES as readonly string[]).includes(type);
}

/** Dotprompt: an optional field is also nullable. */
function makeNullable(property: JsonSchema): void {
  if (Array.isArray(property.enum)) {
    if (!property.enum.includes(null)) property.enum = [...property.enum, null];
    return;
  }
  if (typeof property.type === 'string' && property.type !== 'null') property.type = [property.type, 'null'];
}

/** A non-null, non-array object. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export { isPlainObject } from '../plain.js';
