/**
 * `json-schema: true`: the answer is JSON (a fenced ```json block is accepted) that passes the answering
 * version's `output.schema`; `json-schema: { ...schema }` checks against the schema given instead
 * (Picoschema or JSON Schema, as in prompt files).
 * @module
 */

import { compileInputSchema } from '../../engine/schema/index.js';
import type { CompiledAssertion } from './types.js';

/** A schema check: `undefined` when the value passes, else the problems. */
export type SchemaCheck = (value: unknown) => string[] | undefined;

/** Compile a Picoschema or JSON Schema into a check. @throws {PromptFormatError} for an invalid schema */
export function schemaCheck(schema: unknown): SchemaCheck {
  const compiled = compileInputSchema(schema);
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return [`is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}, not an object`];
    }
    const result = compiled.validate(value as Record<string, unknown>);
    return result.ok
      ? undefined
      : result.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(output)'}: ${i.message}`);
  };
}

/** The JSON of an answer: the whole text, or the first fenced code block. */
export function parseJsonAnswer(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)```/.exec(text);
  const body = (fenced?.[1] ?? text).trim();
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, reason: `is not JSON (${(error as Error).message})` };
  }
}

/** The `json-schema` assertion; `inline` is the schema given in the eval, else the version's output schema is used. */
export function jsonSchemaAssertion(inline: SchemaCheck | undefined): CompiledAssertion {
  return {
    type: 'json-schema',
    check(answer, services) {
      const check = inline ?? services.outputSchema(answer.version);
      const parsed = parseJsonAnswer(answer.output);
      if (!parsed.ok) return { type: 'json-schema', pass: false, score: 0, reason: parsed.reason };
      if (check === undefined) return { type: 'json-schema', pass: true, score: 1 };
      const issues = check(parsed.value);
      return issues === undefined
        ? { type: 'json-schema', pass: true, score: 1 }
        : { type: 'json-schema', pass: false, score: 0, reason: issues.slice(0, 5).join('; ') };
    },
  };
}
