/**
 * Public types of compiled input schemas.
 * @module
 */
import type { PromptInputIssue } from '../../errors.js';

/** A JSON Schema document or sub-schema, as a plain object. */
export type JsonSchema = Record<string, unknown>;

/** Result of {@link InputSchema.validate}. */
export type InputValidationResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; issues: PromptInputIssue[] };

/**
 * A prompt's input schema, compiled once per prompt version: Picoschema, JSON Schema, a Standard
 * Schema validator (zod, valibot, arktype…) or one inferred from the template's variables.
 *
 * @example
 * ```ts
 * const schema = compileInputSchema({ customer: 'string', 'tone?(enum)': ['formal', 'friendly'] });
 * schema.validate({ customer: 'Ada' });  // { ok: true, value: { customer: 'Ada' } }
 * schema.validate({ custmer: 'Ada' });   // { ok: false, issues: [missing "customer", unknown "custmer"] }
 * ```
 * Its TypeScript type text comes from `inputSchemaToTypeScript(schema)` (`engine/schema/typescript.ts`,
 * used by `promptops typegen`; kept out of the core bundle).
 */
export interface InputSchema {
  /** Normalized JSON Schema of the input (always `type: 'object'`). */
  readonly jsonSchema: JsonSchema;
  /** Top-level variable names, in declaration order. */
  readonly properties: readonly string[];
  /** Top-level variables that must be present (not `undefined`). */
  readonly required: readonly string[];
  /**
   * Check a set of variables. Every problem is reported at once, in schema order. Runs on every
   * render: values of the common shapes are accepted without allocating anything but the result.
   * On success, `value` is the input itself or an equal copy (never with keys added or removed).
   */
  validate(value: Record<string, unknown>): InputValidationResult;
  /**
   * The precompiled fast check, when the schema has one: `true` only for a plain object (prototype
   * `Object.prototype` or `null`) that {@link InputSchema.validate} certainly accepts unchanged, so the caller may
   * render it as the validated input. `false` means "not sure": call `validate`.
   */
  readonly accepts?: (value: unknown) => boolean;
  /**
   * Present when the schema is a strict object of required, unconstrained strings: its property names. A plain
   * object is valid exactly when it has these keys, all strings, and no other (see `requiredStringKeys`).
   */
  readonly requiredStrings?: readonly string[];
}
