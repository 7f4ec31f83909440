/**
 * Standard Schema validators (zod, valibot, arktype, … — https://standardschema.dev) as input schemas.
 * @module
 */

import type * as z from 'zod/mini';
import { PromptFormatError, type PromptFormatLocation, type PromptInputIssue } from '../../errors.js';
import { zodIssuesToInputIssues } from './issues.js';
import { isPlainRecord } from './picoschema.js';
import type { InputSchema, InputValidationResult, JsonSchema } from './types.js';

/** The part of the Standard Schema v1 interface that promptops uses. */
export interface StandardSchemaLike {
  readonly '~standard': {
    readonly version: number;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult | PromiseLike<StandardResult>;
    readonly jsonSchema?: { readonly input?: (options: { target: string }) => Record<string, unknown> };
  };
}

type StandardResult =
  | { readonly value: unknown; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardIssue> };

/** True when `value` is a Standard Schema validator (has `'~standard'` with a `validate` function). */
export function isStandardSchema(value: unknown): value is StandardSchemaLike {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  const standard = (value as { '~standard'?: unknown })['~standard'];
  return isPlainRecordOrObject(standard) && typeof (standard as { validate?: unknown }).validate === 'function';
}

function isPlainRecordOrObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/**
 * The JSON Schema of a Standard Schema validator's input, when it can say: through the Standard
 * JSON Schema interface (`'~standard'.jsonSchema.input`, zod 4 classic, arktype…), a
 * `toJSONSchema()` method, or, for zod/mini objects, the keys of their shape (each typed `{}`).
 * `undefined` when none works. Never throws.
 */
export function standardSchemaToJsonSchema(schema: StandardSchemaLike): JsonSchema | undefined {
  const attempts: Array<() => unknown> = [
    () => schema['~standard'].jsonSchema?.input?.({ target: 'draft-2020-12' }),
    () => {
      const method = (schema as { toJSONSchema?: unknown }).toJSONSchema;
      return typeof method === 'function' ? method.call(schema) : undefined;
    },
    () => shapeJsonSchema(schema),
  ];
  for (const attempt of attempts) {
    try {
      const result = attempt();
      if (isPlainRecord(result)) return result;
    } catch {
      // Conversion is optional: try the next way.
    }
  }
  return undefined;
}

/** zod objects expose `.shape`; optional members say so in `_zod.optin`. */
function shapeJsonSchema(schema: StandardSchemaLike): JsonSchema | undefined {
  const shape = (schema as { shape?: unknown }).shape;
  if (!isPlainRecord(shape)) return undefined;
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [key, member] of Object.entries(shape)) {
    properties[key] = {};
    const optin = (member as { _zod?: { optin?: unknown } } | undefined)?._zod?.optin;
    if (optin !== 'optional') required.push(key);
  }
  return { type: 'object', properties, required };
}

/**
 * Wrap a Standard Schema validator as an {@link InputSchema}. Validation must be synchronous
 * (promptops renders synchronously): a validator that answers with a promise is a
 * {@link PromptFormatError}, found when the schema is compiled (one probe with `{}`) or, at the
 * latest, on the first render.
 */
export function compileStandardSchema(schema: StandardSchemaLike, location: PromptFormatLocation = {}): InputSchema {
  const standard = schema['~standard'];
  const asyncError = () =>
    new PromptFormatError(
      `the input schema (${standard.vendor}) validates asynchronously, but prompts render synchronously: ` +
        'remove async refinements or transforms from it',
      { ...location, field: location.field ?? 'input.schema' },
    );
  const probe = standard.validate({});
  if (isThenable(probe)) {
    Promise.resolve(probe).catch(() => undefined);
    throw asyncError();
  }

  const derived = standardSchemaToJsonSchema(schema);
  const jsonSchema: JsonSchema = derived ?? { type: 'object' };
  const propertyMap = isPlainRecord(jsonSchema.properties) ? jsonSchema.properties : {};
  const properties = Object.keys(propertyMap);
  const required = Array.isArray(jsonSchema.required)
    ? jsonSchema.required.filter((name): name is string => typeof name === 'string')
    : [];

  const compiled: InputSchema = {
    jsonSchema,
    properties,
    required,
    validate(value: Record<string, unknown>): InputValidationResult {
      const result = standard.validate(value);
      if (isThenable(result)) {
        Promise.resolve(result).catch(() => undefined);
        throw asyncError();
      }
      if (result.issues === undefined) return { ok: true, value: result.value as Record<string, unknown> };
      return { ok: false, issues: result.issues.flatMap((issue) => toInputIssues(issue, value)) };
    },
  };
  return compiled;

  /** zod/mini carries no message texts ("Invalid input"): word those issues like promptops's own. */
  function toInputIssues(issue: StandardIssue, value: unknown): PromptInputIssue[] {
    if (standard.vendor === 'zod' && issue.message === 'Invalid input' && typeof issue.code === 'string') {
      return zodIssuesToInputIssues([issue as unknown as z.core.$ZodIssue], value, jsonSchema);
    }
    return [toInputIssue(issue)];
  }
}

type StandardIssue = {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
  readonly code?: unknown;
};

function toInputIssue(issue: StandardIssue): PromptInputIssue {
  const path = (issue.path ?? []).map((segment) => {
    const key = typeof segment === 'object' && segment !== null ? segment.key : segment;
    return typeof key === 'number' ? key : String(key);
  });
  return { path, message: issue.message, code: typeof issue.code === 'string' ? issue.code : 'invalid' };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
