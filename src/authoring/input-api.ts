/**
 * What a prompt version takes as input, for comparing versions (`validate`'s semver rule, `diff`).
 * @module
 */
import { compilePrompt } from '../engine/prompt.js';
import type { PromptRecord } from '../engine/record.js';
import type { JsonSchema } from '../engine/schema/types.js';
import { inlineTypeText } from '../engine/schema/typescript.js';

/** One input variable of a version. */
export interface InputVariable {
  name: string;
  /** One-line type text, e.g. `string`, `"formal" | "friendly" | null`. */
  type: string;
  /** The caller must pass it (required by the schema and without a default). */
  required: boolean;
  /** Its default value, when it has one. */
  default?: unknown;
}

/** The input of one version. */
export interface InputApi {
  /** `true` when the record declares `input.schema`; otherwise it is inferred from the templates. */
  declared: boolean;
  /** Variables in declaration order. */
  variables: InputVariable[];
}

const STUB: PromptRecord = { name: 'stub', version: '0.0.0', type: 'text', template: '' };

/**
 * The input of a record: its declared schema, or the one inferred from its templates (partials
 * resolved with `partials`; unknown partials count as empty).
 * @throws {PromptFormatError} when the record does not compile.
 */
export function describeInput(
  record: PromptRecord,
  partials: (name: string) => PromptRecord | undefined = () => undefined,
): InputApi {
  const compiled = compilePrompt(record, {
    strict: false,
    partials: (name) => (name === record.name ? record : (partials(name) ?? STUB)),
  });
  const jsonSchema: JsonSchema = compiled.inputSchema.jsonSchema;
  const properties = (jsonSchema.properties ?? {}) as Record<string, JsonSchema>;
  const defaults = record.input?.default ?? {};
  const required = new Set(compiled.inputSchema.required);
  const variables = Object.entries(properties).map(([name, schema]): InputVariable => {
    const hasDefault = Object.hasOwn(defaults, name) && defaults[name] !== undefined;
    return {
      name,
      type: inlineTypeText(schema),
      required: required.has(name) && !hasDefault,
      ...(hasDefault ? { default: defaults[name] } : {}),
    };
  });
  return { declared: record.input?.schema !== undefined && record.input?.schema !== null, variables };
}

/** How the input changed between two versions. */
export interface InputChanges {
  /** Variables only the newer version has. */
  added: InputVariable[];
  /** Variables only the older version has. */
  removed: InputVariable[];
  /** Variables whose type, requiredness or default changed. */
  changed: Array<{ name: string; from: InputVariable; to: InputVariable }>;
}

/** Compare the inputs of two versions. */
export function compareInputs(from: InputApi, to: InputApi): InputChanges {
  const before = new Map(from.variables.map((v) => [v.name, v]));
  const after = new Map(to.variables.map((v) => [v.name, v]));
  const changes: InputChanges = { added: [], removed: [], changed: [] };
  for (const variable of to.variables) if (!before.has(variable.name)) changes.added.push(variable);
  for (const variable of from.variables) if (!after.has(variable.name)) changes.removed.push(variable);
  for (const variable of to.variables) {
    const old = before.get(variable.name);
    if (old === undefined) continue;
    if (
      old.type !== variable.type ||
      old.required !== variable.required ||
      JSON.stringify(old.default) !== JSON.stringify(variable.default)
    ) {
      changes.changed.push({ name: variable.name, from: old, to: variable });
    }
  }
  return changes;
}
