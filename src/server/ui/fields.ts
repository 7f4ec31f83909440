/**
 * The preview form's fields, generated from a version's compiled input schema (declared, or inferred
 * from its templates), and the way a submitted form becomes render's variables: an empty field is a
 * variable not given; numbers and JSON are parsed when they parse, and passed as typed otherwise, so
 * that `render` reports the problem in its own words.
 * @module
 */
import { type CompiledPrompt, compilePrompt } from '../../engine/prompt.js';
import type { PromptRecord } from '../../engine/record.js';
import type { JsonSchema } from '../../engine/schema/types.js';
import { inlineTypeText } from '../../engine/schema/typescript.js';

/** How a field is edited. */
export type FieldKind = 'string' | 'number' | 'integer' | 'boolean' | 'enum' | 'json' | 'any';

/** One input variable of the form. */
export interface InputField {
  name: string;
  kind: FieldKind;
  /** The type as TypeScript-like text, e.g. `"formal" | "friendly" | null`. */
  typeText: string;
  required: boolean;
  description?: string;
  /** The version's default, when it has one. */
  default?: unknown;
  /** The enum's values (without `null`). */
  options?: unknown[];
}

function typesOf(schema: JsonSchema): string[] {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

function kindOf(schema: JsonSchema): FieldKind {
  if (Array.isArray(schema.enum)) return 'enum';
  const types = typesOf(schema).filter((t) => t !== 'null');
  if (types.length !== 1) return 'any';
  const [type] = types;
  if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean') return type;
  if (type === 'array' || type === 'object') return 'json';
  return 'any';
}

/** The form fields of a compiled version, in declaration order. */
export function inputFields(compiled: CompiledPrompt): InputField[] {
  const jsonSchema = compiled.inputSchema.jsonSchema;
  const properties = (jsonSchema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(compiled.inputSchema.required);
  const defaults = compiled.record.input?.default ?? {};
  return Object.entries(properties).map(([name, schema]): InputField => {
    const field: InputField = {
      name,
      kind: kindOf(schema),
      typeText: inlineTypeText(schema),
      required: required.has(name) && !(Object.hasOwn(defaults, name) && defaults[name] !== undefined),
    };
    if (typeof schema.description === 'string') field.description = schema.description;
    if (Object.hasOwn(defaults, name) && defaults[name] !== undefined) field.default = defaults[name];
    if (Array.isArray(schema.enum)) field.options = schema.enum.filter((value) => value !== null);
    return field;
  });
}

/** The form control name of a variable (prefixed, so no variable can clash with the form's own fields). */
export function fieldControlName(name: string): string {
  return `in.${name}`;
}

/** The form control name of a chat placeholder. */
export function placeholderControlName(name: string): string {
  return `ph.${name}`;
}

/** A number as typed, when it is one. */
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/** What a submitted field holds, as a variable. `undefined`: not given. */
export function fieldValue(field: InputField, raw: string | null): unknown {
  if (raw === null || raw === '') return undefined;
  switch (field.kind) {
    case 'string':
      return raw;
    case 'number':
    case 'integer':
      return NUMBER.test(raw.trim()) ? Number(raw.trim()) : raw;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'enum':
    case 'json':
      return parseJsonOr(raw);
    case 'any': {
      const trimmed = raw.trim();
      return trimmed.startsWith('[') || trimmed.startsWith('{') ? parseJsonOr(raw) : raw;
    }
  }
}

/** The JSON value of `text`, or `text` itself when it is not JSON. */
function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The variables a submitted form gives: every non-empty field. */
export function formVariables(fields: readonly InputField[], form: URLSearchParams): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const field of fields) {
    const value = fieldValue(field, form.get(fieldControlName(field.name)));
    if (value !== undefined) vars[field.name] = value;
  }
  return vars;
}

const EMPTY_PARTIAL: PromptRecord = { name: 'partial', version: '0.0.0', type: 'text', template: '' };

/**
 * A version's input names without loading its partials (they count as empty), for the versions table;
 * `[]` when the version does not compile.
 */
export function inputNames(record: PromptRecord): readonly string[] {
  try {
    return compilePrompt(record, { strict: false, partials: (name) => (name === record.name ? record : EMPTY_PARTIAL) })
      .variables;
  } catch {
    return [];
  }
}
