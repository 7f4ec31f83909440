/**
 * Picoschema → JSON Schema with the rich wording, for where schemas are authored: "did you mean" on types, the
 * forms to write, the fix. The rules (what converts, what is refused and at which field) are
 * `./picoschema-rules.ts`, which the runtime path's lean check (`./normalize-lean.ts`) words plainly.
 * @module
 */
import type { PromptFormatLocation } from '../../errors.js';
import { type FieldSegment, failAt } from './field-path.js';
import {
  applyPicoschemaRules,
  isScalarType,
  PICOSCHEMA_SCALAR_TYPES,
  type PicoschemaProblem,
} from './picoschema-rules.js';
import { closestMatch, describeValue, guessType } from './suggest.js';
import type { JsonSchema } from './types.js';

export { isPlainObject } from '../plain.js';
export { isPlainRecord, PICOSCHEMA_SCALAR_TYPES } from './picoschema-rules.js';

/** How each parenthetical type is written, for messages. */
const FORMS: Readonly<Record<string, string>> = {
  array: '`name(array): string`',
  object: '`name(object): { field: string }`',
  enum: '`name(enum): [a, b]`',
};

type Wording = (path: readonly FieldSegment[], ...details: unknown[]) => string;
const last = (path: readonly FieldSegment[]): string => String(path[path.length - 1]);

/** The rich wording of each problem of `./picoschema-rules.ts` (details as its call sites document). */
const RICH: Readonly<Record<PicoschemaProblem, Wording>> = {
  'the schema is empty': () => 'the schema is empty: declare fields such as `customer: string`, or remove the schema',
  'a schema must be Picoschema fields or JSON Schema': (_, schema) =>
    `a schema must be Picoschema fields (an object such as \`customer: string\`) or JSON Schema, got ${describeValue(schema)}`,
  'unclosed "(" in a field': (path) =>
    `field "${last(path)}" has an unclosed "(": write ${Object.values(FORMS).join(', ')}`,
  'the field has no name': (path) => `field "${last(path)}" has no name: write \`name: type\``,
  'the field name has leading or trailing spaces': (_, name) =>
    `field name "${name}" has leading or trailing spaces: remove them`,
  'the schema nests objects too deeply': () => 'the schema nests objects more than 32 levels deep: flatten it',
  'the field is declared twice': (path, name, previous) =>
    `field "${name}" is declared twice ("${previous}" and "${last(path)}"): keep one`,
  'a list of values needs the (enum) type': () => `a list of values needs the (enum) type: write ${FORMS.enum}`,
  'the field has no type': () => 'the field has no type: write `name: string` (or number, integer, boolean, null, any)',
  'expected a type name or nested fields': (_, value) =>
    `expected a type name such as "string" or nested fields, got ${describeValue(value)}; quote it if it is a description`,
  '(array) takes an item type or nested fields': (_, value) =>
    Array.isArray(value)
      ? `Picoschema has no array-of-enum form: use JSON Schema (\`{ type: array, items: { enum: [a, b] } }\`) or ${FORMS.enum}`
      : `(array) takes the item type, e.g. ${FORMS.array}, got ${describeValue(value)}`,
  '(object) takes nested fields': (_, value) =>
    `(object) takes nested fields, e.g. ${FORMS.object}, got ${describeValue(value)}`,
  '(enum) takes a non-empty list of values': (_, value) =>
    `(enum) takes a non-empty list of values, e.g. ${FORMS.enum}, got ${describeValue(value)}`,
  'enum values must be strings, numbers, booleans or null': (_, item) =>
    `enum values must be strings, numbers, booleans or null, got ${describeValue(item)}`,
  'unknown parenthetical type': (_, kind) => {
    const guess = closestMatch(kind as string, Object.keys(FORMS));
    return (
      `unknown type "(${kind})": parenthetical types are (array), (object) and (enum)` +
      (guess === undefined ? '' : `; did you mean "(${guess})"?`) +
      (isScalarType(kind as string) ? `; for a ${kind}, write \`name: ${kind}\`` : '')
    );
  },
  'unknown type': (_, type) => explainUnknownType(type as string),
};

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

/**
 * Convert a Picoschema (or pass through a JSON Schema) to JSON Schema. The forms are those of Dotprompt
 * (https://google.github.io/dotprompt/reference/picoschema/), listed in `./picoschema-rules.ts`.
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
  return applyPicoschemaRules(schema, (problem, path, ...details) => fail(RICH[problem](path, ...details), path));
}
