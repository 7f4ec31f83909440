/**
 * Input schemas: Picoschema, JSON Schema, Standard Schema validators, or inferred from a template's
 * variables, compiled once into an {@link InputSchema} (a precompiled fast path, and the full check of
 * `./check.ts`, built on the first value the fast path is unsure of). The TypeScript text of a schema is `inputSchemaToTypeScript` in `./typescript.ts` (CLI only).
 *
 * Decisions:
 * - Unknown top-level variables are rejected (`unknown_key`, with a "did you mean"), unless the
 *   schema opts in with Picoschema `(*)` or JSON Schema `additionalProperties`: a misspelt variable
 *   is a typo guard, and the caller can always pass `strict: false`. This also holds for schemas
 *   inferred from templates.
 * - As in Dotprompt, an optional Picoschema field is also nullable; JSON Schema is taken as written.
 * - A required variable must not be `undefined`; `null` is a value (allowed where the type says so).
 * @module
 */
import { PromptFormatError, type PromptFormatLocation, type PromptInputIssue } from '../../errors.js';
import { compileCheck, type SchemaCheck } from './check.js';
import { compileFastCheck, type FastCheck, requiredStringKeys } from './fast-path.js';
import { zodIssuesToInputIssues } from './issues.js';
import { normalizeJsonSchema } from './json-schema.js';
import { normalizeJsonSchemaLean, picoschemaToJsonSchemaLean } from './normalize-lean.js';
import { isPlainRecord, picoschemaToJsonSchema } from './picoschema.js';
import { compileStandardSchema, isStandardSchema } from './standard.js';
import { describeValue } from './suggest.js';
import type { InputSchema, JsonSchema } from './types.js';

export { normalizeJsonSchema } from './json-schema.js';
export { picoschemaToJsonSchema } from './picoschema.js';
export { isStandardSchema, type StandardSchemaLike, standardSchemaToJsonSchema } from './standard.js';
export type { InputSchema, InputValidationResult, JsonSchema } from './types.js';

/** Compiled schemas by source object: a record's schema is compiled once however often it is checked. */
const cache = new WeakMap<object, InputSchema>();

/**
 * Compile a prompt's declared input schema.
 *
 * - A Standard Schema validator (an object with `'~standard'.validate`, e.g. a zod object) is
 *   wrapped: its `validate` must be synchronous.
 * - An object with a top-level `type` (or `properties`) is JSON Schema; any other object is
 *   Picoschema. Either way the result must describe an object of variables.
 *
 * Successful compilations are cached per schema object (schemas are treated as immutable).
 *
 * @param schema The `input.schema` of a record.
 * @param location Where the schema comes from; `location.field` defaults to `'input.schema'`.
 * @throws {PromptFormatError} when the schema is malformed, naming the field path and the fix (with "did you
 *   mean" for misspelt types and keywords).
 * @example
 * ```ts
 * const schema = compileInputSchema({ company: 'string', 'customer': "string, the customer's first name" });
 * schema.validate({ company: 'Acme' }).ok; // false: missing required variable "customer" (string)
 * ```
 */
export function compileInputSchema(schema: unknown, location: PromptFormatLocation = {}): InputSchema {
  return compileWith(schema, location, (fields, where) =>
    normalizeJsonSchema(picoschemaToJsonSchema(fields, where), where, { top: true }),
  );
}

/**
 * {@link compileInputSchema} with the lean check (`./normalize-lean.ts`): the same compiled schema, and the same
 * refusals at the same fields in plain words. For the runtime path (records from a store). Internal.
 */
export function compileInputSchemaLean(schema: unknown, location: PromptFormatLocation = {}): InputSchema {
  return compileWith(schema, location, (fields, where) =>
    normalizeJsonSchemaLean(picoschemaToJsonSchemaLean(fields, where), where, { top: true }),
  );
}

/** Both compilers share the cache: they compile a schema alike. */
function compileWith(
  schema: unknown,
  location: PromptFormatLocation,
  normalize: (fields: Record<string, unknown>, where: PromptFormatLocation) => JsonSchema,
): InputSchema {
  const where: PromptFormatLocation = { ...location, field: location.field ?? 'input.schema' };
  if (typeof schema === 'object' && schema !== null) {
    const cached = cache.get(schema);
    if (cached !== undefined) return cached;
  }
  let compiled: InputSchema;
  if (isStandardSchema(schema)) {
    compiled = compileStandardSchema(schema, where);
  } else {
    if (typeof schema === 'string') {
      throw new PromptFormatError(
        `an input schema must declare named variables (e.g. \`customer: string\`), got the single type ${JSON.stringify(schema)}`,
        where,
      );
    }
    if (!isPlainRecord(schema)) {
      throw new PromptFormatError(
        `an input schema must be Picoschema fields (e.g. \`customer: string\`) or a JSON Schema object, got ${describeValue(schema)}`,
        where,
      );
    }
    compiled = fromNormalized(normalize(schema, where));
  }
  if (typeof schema === 'object' && schema !== null) cache.set(schema, compiled);
  return compiled;
}

/**
 * The schema of a prompt without a declared one, inferred from its template: every `required`
 * variable must be present (not `undefined`), of any type; `optional` ones may be given; nothing
 * else may (typo guard). Dotted names count by their first segment (`customer.name` → `customer`).
 *
 * @example
 * ```ts
 * const schema = schemaFromVariables(['company', 'customer'], ['tone']);
 * schema.required; // ['company', 'customer']
 * ```
 */
export function schemaFromVariables(required: readonly string[], optional: readonly string[]): InputSchema {
  const properties: Record<string, JsonSchema> = {};
  const requiredNames = new Set<string>();
  for (const name of required) {
    const root = rootName(name);
    if (root === undefined) continue;
    properties[root] = {};
    requiredNames.add(root);
  }
  for (const name of optional) {
    const root = rootName(name);
    if (root !== undefined && properties[root] === undefined) properties[root] = {};
  }
  const jsonSchema: JsonSchema = { type: 'object', properties };
  if (requiredNames.size > 0) jsonSchema.required = [...requiredNames];
  jsonSchema.additionalProperties = false;
  return fromNormalized(jsonSchema);
}

function rootName(name: string): string | undefined {
  if (name === '.' || name === '') return undefined;
  return name.split('.')[0] || undefined;
}

/**
 * The check of a value against a normalized schema, shared by input and output schemas: the precompiled fast
 * check first; when it is unsure, the full check of `./check.ts` (built on the first such value), its issues
 * worded for people. A valid value is returned as it is.
 */
export function jsonSchemaValidator(jsonSchema: JsonSchema): {
  fast: FastCheck;
  validate<T>(value: T): { ok: true; value: T } | { ok: false; issues: PromptInputIssue[] };
} {
  const fast: FastCheck = compileFastCheck(jsonSchema);
  let check: SchemaCheck | undefined;
  return {
    fast,
    validate(value) {
      if (fast(value)) return { ok: true, value };
      check ??= compileCheck(jsonSchema);
      const issues = check(value);
      if (issues.length === 0) return { ok: true, value };
      return { ok: false, issues: zodIssuesToInputIssues(issues, value, jsonSchema) };
    },
  };
}

/** Build the compiled schema from a normalized top-level object schema. */
function fromNormalized(jsonSchema: JsonSchema): InputSchema {
  const { fast, validate } = jsonSchemaValidator(jsonSchema);
  const properties = Object.keys((jsonSchema.properties ?? {}) as object);
  const required = ((jsonSchema.required ?? []) as string[]).slice();
  const requiredStrings = requiredStringKeys(jsonSchema);
  return {
    jsonSchema,
    properties,
    required,
    accepts: fast,
    ...(requiredStrings === undefined ? {} : { requiredStrings }),
    validate,
  };
}
