/**
 * `parseOutput`: a model's answer checked against the prompt's `output.schema` (Picoschema, JSON
 * Schema or a Standard Schema validator). A string is parsed as JSON first; a fenced ```json block
 * (the way models like to wrap JSON) is accepted. See DESIGN.md section 11.
 * @module
 */
import { PromptFormatError, type PromptFormatLocation, type PromptInputIssue, PromptOutputError } from '../errors.js';
import type { PromptRecord } from './record.js';
import { jsonSchemaValidator } from './schema/index.js';
import { normalizeJsonSchema } from './schema/json-schema.js';
import { normalizeJsonSchemaLean, picoschemaToJsonSchemaLean } from './schema/normalize-lean.js';
import { isPlainRecord, picoschemaToJsonSchema } from './schema/picoschema.js';
import { compileStandardSchema, isStandardSchema, standardSchemaToJsonSchema } from './schema/standard.js';
import type { JsonSchema } from './schema/types.js';

/** A compiled output schema. */
export interface OutputSchema {
  /** The JSON Schema of the output (derived from a Standard Schema validator when it can say). */
  readonly jsonSchema: JsonSchema | undefined;
  /** Check a parsed value. */
  check(value: unknown): { ok: true; value: unknown } | { ok: false; issues: PromptInputIssue[] };
}

const cache = new WeakMap<object, OutputSchema>();

/** Converts and normalizes a Picoschema / JSON Schema output schema (`where.field` is `'output.schema'`). */
type OutputNormalizer = (schema: Record<string, unknown>, where: PromptFormatLocation) => JsonSchema;

/** The rich check (with "did you mean"), for where the schema is authored or turned into a model's response format. */
const richOutput: OutputNormalizer = (schema, where) =>
  normalizeJsonSchema(picoschemaToJsonSchema(schema, where), where, { top: false });

/** The lean check of the runtime path: the same result and refusals, in plain words (`./schema/normalize-lean.ts`). */
const leanOutput: OutputNormalizer = (schema, where) =>
  normalizeJsonSchemaLean(picoschemaToJsonSchemaLean(schema, where), where, { top: false });

/**
 * The JSON Schema of a record's `output.schema` (Picoschema converted; JSON Schema normalized), or
 * `undefined` when it has none or a Standard Schema validator cannot describe itself.
 * @throws {PromptFormatError} when the schema is malformed
 */
export function outputJsonSchema(record: PromptRecord): JsonSchema | undefined {
  const schema = record.output?.schema;
  if (schema === undefined || schema === null) return undefined;
  return compileOutputSchema(schema, { promptName: record.name }, richOutput).jsonSchema;
}

/**
 * Compile an output schema once per schema object.
 * @param normalize The check of a Picoschema / JSON Schema: the lean one (plain messages) unless given.
 * @throws {PromptFormatError} when the schema is malformed
 */
export function compileOutputSchema(
  schema: unknown,
  location: { promptName?: string; file?: string } = {},
  normalize: OutputNormalizer = leanOutput,
): OutputSchema {
  if (typeof schema === 'object' && schema !== null) {
    const cached = cache.get(schema);
    if (cached !== undefined) return cached;
  }
  const where = { ...location, field: 'output.schema' };
  let compiled: OutputSchema;
  if (isStandardSchema(schema)) {
    const standard = compileStandardSchema(schema, where);
    compiled = {
      jsonSchema: standardSchemaToJsonSchema(schema),
      check(value) {
        const result = standard.validate(value as Record<string, unknown>);
        return result.ok ? result : { ok: false, issues: result.issues.map(outputIssue) };
      },
    };
  } else {
    if (!isPlainRecord(schema)) {
      throw new PromptFormatError(
        `an output schema must be Picoschema or a JSON Schema object; fix output.schema`,
        where,
      );
    }
    const jsonSchema = normalize(schema, where);
    const validator = jsonSchemaValidator(jsonSchema);
    compiled = {
      jsonSchema,
      check(value) {
        const result = validator.validate(value);
        return result.ok ? result : { ok: false, issues: result.issues.map(outputIssue) };
      },
    };
  }
  if (typeof schema === 'object' && schema !== null) cache.set(schema, compiled);
  return compiled;
}

/** Input-worded issues ("variable", "input schema") in output words. */
function outputIssue(issue: PromptInputIssue): PromptInputIssue {
  const message = issue.message.replace(/input schema/g, 'output schema').replace(/\bvariable\b/g, 'field');
  return { ...issue, message };
}

const FENCE = /```(?:json|JSON)?[ \t]*\r?\n([\s\S]*?)\r?\n?```/;

/**
 * Parse and check a model's output against a record's `output.schema`.
 *
 * - A string is parsed as JSON; when it is not JSON as a whole, the first fenced code block
 *   (```json … ```) is. Any other value (an object the SDK already parsed) is checked as it is.
 * - Without an output schema, the parsed JSON is returned unchecked.
 *
 * @throws {PromptOutputError} when the text is not JSON or the value does not fit the schema
 * @throws {PromptFormatError} when the output schema is malformed, in plain words (the record comes from a store;
 *   `parseRecord`, where records are written, words it with the fix)
 * @example
 * ```ts
 * parseOutput(record, '```json\n{"category":"billing"}\n```'); // { category: 'billing' }
 * ```
 */
export function parseOutput(record: PromptRecord, output: unknown): unknown {
  const raw = typeof output === 'string' ? output : safeJson(output);
  let value = output;
  if (typeof output === 'string') {
    const parsed = parseJsonText(output);
    if (!parsed.ok) {
      throw new PromptOutputError(
        record.name,
        record.version,
        [{ path: [], code: 'invalid_json', message: `not JSON: ${parsed.error}` }],
        raw,
      );
    }
    value = parsed.value;
  }
  const schema = record.output?.schema;
  if (schema === undefined || schema === null) return value;
  const result = compileOutputSchema(schema, { promptName: record.name }).check(value);
  if (!result.ok) throw new PromptOutputError(record.name, record.version, result.issues, raw);
  return result.value;
}

function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const fenced = FENCE.exec(text);
    if (fenced !== null) {
      try {
        return { ok: true, value: JSON.parse(fenced[1] as string) };
      } catch (inner) {
        return { ok: false, error: (inner as Error).message };
      }
    }
    return { ok: false, error: (error as Error).message };
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
