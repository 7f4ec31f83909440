/**
 * The lean schema check of the runtime path: Picoschema converted and JSON Schema normalized by the same rules as
 * `picoschemaToJsonSchema` and `normalizeJsonSchema` (`./picoschema-rules.ts`, `./json-schema-rules.ts`), so the
 * result is the same and every schema they refuse is refused here too, at the same field, but in plain words: no
 * "did you mean", no type guessing, no fix per problem. The client compiles the schemas of records from its store
 * with it (a record's schema was checked richly where it was written: `promptops validate`, `publish`, the
 * registry's PUT, `definePrompt`), which keeps the rich wording out of the browser core.
 * @module
 */
import type { PromptFormatLocation } from '../../errors.js';
import { type FieldSegment, failAt } from './field-path.js';
import { applyJsonSchemaRules } from './json-schema-rules.js';
import { applyPicoschemaRules } from './picoschema-rules.js';
import type { JsonSchema } from './types.js';

/** The plain wording: the problem, the field (from `location`), and where the fix is explained. */
function plainFail(location: PromptFormatLocation): (problem: string, path: readonly FieldSegment[]) => never {
  const fail = failAt(location);
  return (problem, path) => fail(`${problem}; parseRecord() or \`promptops validate\` says how to fix it`, path);
}

/**
 * `picoschemaToJsonSchema` in plain words: the same JSON Schema, the same refusals at the same fields.
 * @param location Where the schema sits; `location.field` (e.g. `'input.schema'`) prefixes error fields.
 * @throws {PromptFormatError} naming the field of the first problem, e.g. `input.schema.tone?(enum)`
 */
export function picoschemaToJsonSchemaLean(schema: unknown, location: PromptFormatLocation = {}): JsonSchema {
  return applyPicoschemaRules(schema, plainFail(location));
}

/**
 * `normalizeJsonSchema` in plain words: the same normalized schema, the same refusals at the same fields.
 * @param location Where the schema sits; `location.field` (e.g. `'input.schema'`) prefixes error fields.
 * @param options `top: true` (default) requires an object schema, as input schemas are.
 * @throws {PromptFormatError} naming the field of the first problem, e.g. `input.schema.properties.tone.type`
 */
export function normalizeJsonSchemaLean(
  schema: unknown,
  location: PromptFormatLocation = {},
  options: { top?: boolean } = {},
): JsonSchema {
  return applyJsonSchemaRules(schema, plainFail(location), options.top ?? true);
}
