/**
 * The structure check of a {@link PromptRecord}: every record that enters promptops (from a store,
 * a file, a fallback, `definePrompt`) goes through {@link parseRecord}.
 * @module
 */
import valid from 'semver/functions/valid.js';
import * as z from 'zod/mini';
import { PromptFormatError } from '../errors.js';
import { explainInvalidName, isValidName } from './name.js';
import type { ChatMessageTemplate, PromptMetadata, PromptRecord } from './record.js';
import { type FieldSegment, formatFieldPath } from './schema/field-path.js';
import { compileInputSchema } from './schema/index.js';
import { isPlainRecord, picoschemaToJsonSchema } from './schema/picoschema.js';
import { isStandardSchema } from './schema/standard.js';
import { closestMatch, describeValue } from './schema/suggest.js';

/** Top-level fields of a record, in their canonical order. */
export const RECORD_FIELDS = [
  'name',
  'version',
  'labels',
  'type',
  'template',
  'messages',
  'input',
  'output',
  'model',
  'metadata',
  'hash',
] as const;

/** A label: `[a-zA-Z][a-zA-Z0-9._-]*`, e.g. `production`, `staging`, `exp.b-2`. */
export const LABEL_PATTERN = /^[a-zA-Z][a-zA-Z0-9._-]*$/;

/** `sha256-` and 64 lowercase hex digits. */
export const HASH_PATTERN = /^sha256-[0-9a-f]{64}$/;

/** Placeholder names of chat messages: `[A-Za-z_][A-Za-z0-9_.-]*`. */
export const PLACEHOLDER_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Deepest nesting accepted in free-form data (`model`, `metadata`, `input.default`). */
const MAX_DATA_DEPTH = 64;

// ---------------------------------------------------------------------------------------------
// The zod/mini schema. Each field says what is wrong with it in its own words; the first issue wins.

type Issue = z.core.$ZodRawIssue;

const isExactSemver = (value: string): boolean => valid(value) === value;

const nameSchema = z
  .string({
    error: (iss) =>
      iss.input === undefined
        ? 'missing "name": give the prompt a name such as "support/greeting"'
        : explainInvalidName(iss.input),
  })
  .check(z.refine(isValidName, { error: (iss) => explainInvalidName(iss.input) }));

const versionSchema = z
  .string({
    error: (iss) =>
      iss.input === undefined
        ? 'missing "version": every prompt needs a semver version such as `version: 1.0.0`'
        : typeof iss.input === 'number'
          ? `"version" must be a semver string such as "1.0.0", got the number ${String(iss.input)} ` +
            `(YAML reads an unquoted 1.0 or 2 as a number): write all three parts (${versionGuess(iss.input)}) or quote it`
          : `"version" must be a semver string such as "1.0.0", got ${describeValue(iss.input)}`,
  })
  .check(
    z.refine(isExactSemver, {
      error: (iss) => {
        const cleaned = typeof iss.input === 'string' ? valid(iss.input) : null;
        return (
          `"version" must be a semver version MAJOR.MINOR.PATCH[-prerelease], e.g. "1.0.0", got ${JSON.stringify(iss.input)}` +
          (cleaned === null ? '' : `; write "${cleaned}"`)
        );
      },
    }),
  );

function versionGuess(value: number): string {
  const text = String(value);
  return text.includes('.') ? `${text}.0` : `${text}.0.0`;
}

const labelsSchema = z.array(
  z.string({ error: (iss) => `a label must be a string, got ${describeValue(iss.input)}` }).check(
    z.refine((label) => LABEL_PATTERN.test(label), {
      error: (iss) =>
        `invalid label ${JSON.stringify(iss.input)}: a label is a letter followed by letters, digits, ".", "_" or "-" (e.g. "production")`,
    }),
  ),
  {
    error: (iss) => `"labels" must be a list of labels such as [production, staging], got ${describeValue(iss.input)}`,
  },
);

const typeSchema = z.enum(['text', 'chat'], {
  error: (iss) =>
    `unknown prompt type ${JSON.stringify(iss.input)}: use "text" (with a template) or "chat" (with messages)` +
    (typeof iss.input === 'string' ? hint(iss.input, ['text', 'chat']) : ''),
});

const templateSchema = z.string({
  error: (iss) =>
    `"template" must be a string (a mustache template), got ${describeValue(iss.input)}` +
    (Array.isArray(iss.input) ? '; for a list of messages use "messages" and type: chat' : '; quote it in YAML'),
});

const messageSchema = z.unknown().check(
  z.superRefine((value, ctx) => {
    const problem = explainMessageProblem(value);
    if (problem !== undefined)
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path, input: value });
  }),
);

const messagesSchema = z.array(messageSchema, {
  error: (iss) =>
    `"messages" must be a list of { role, content } or { placeholder } entries, got ${describeValue(iss.input)}`,
});

const jsonData = (what: string) =>
  z.unknown().check(
    z.superRefine((value, ctx) => {
      const problem = findNonJson(value, [], 0);
      if (problem !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `${what} must be plain data (strings, numbers, booleans, null, lists, objects): ${problem.message}`,
          path: problem.path,
          input: value,
        });
      }
    }),
  );

const defaultsSchema = z.record(z.string(), z.unknown(), {
  error: (iss) => `"input.default" must map variable names to values, got ${describeValue(iss.input)}`,
});

const inputSchema = z.strictObject(
  { schema: z.optional(z.unknown()), default: z.optional(defaultsSchema) },
  { error: (iss) => objectError(iss, '"input"', ['schema', 'default']) },
);

const outputSchema = z.strictObject(
  { schema: z.optional(z.unknown()) },
  { error: (iss) => objectError(iss, '"output"', ['schema']) },
);

const optionalString = (field: string) =>
  z.optional(z.string({ error: (iss) => `"${field}" must be a string, got ${describeValue(iss.input)}` }));

const metadataSchema = z.looseObject(
  {
    description: optionalString('metadata.description'),
    owner: optionalString('metadata.owner'),
    tags: z.optional(
      z.array(z.string({ error: (iss) => `a tag must be a string, got ${describeValue(iss.input)}` }), {
        error: (iss) => `"metadata.tags" must be a list of strings, got ${describeValue(iss.input)}`,
      }),
    ),
  },
  { error: (iss) => `"metadata" must be an object (description, owner, tags, …), got ${describeValue(iss.input)}` },
);

const hashSchema = z.string({ error: (iss) => `"hash" must be a string, got ${describeValue(iss.input)}` }).check(
  z.refine((hash) => HASH_PATTERN.test(hash), {
    error: (iss) =>
      `"hash" must be "sha256-" followed by 64 lowercase hex digits, got ${JSON.stringify(iss.input)}; ` +
      'remove it to let promptops compute it',
  }),
);

const recordSchema = z.strictObject(
  {
    name: nameSchema,
    version: versionSchema,
    labels: z.optional(labelsSchema),
    type: z.optional(typeSchema),
    template: z.optional(templateSchema),
    messages: z.optional(messagesSchema),
    input: z.optional(inputSchema),
    output: z.optional(outputSchema),
    model: z.optional(jsonData('"model"')),
    metadata: z.optional(metadataSchema),
    hash: z.optional(hashSchema),
  },
  { error: (iss) => objectError(iss, 'a prompt record', RECORD_FIELDS) },
);

function objectError(iss: Issue, what: string, allowed: readonly string[]): string {
  if (iss.code === 'unrecognized_keys') {
    const key = (iss as { keys: string[] }).keys[0] ?? '';
    return `unknown field "${key}" in ${what}${hint(key, allowed)} Allowed fields: ${allowed.join(', ')}.`;
  }
  return `${what} must be an object, got ${describeValue(iss.input)}`;
}

function hint(input: string, candidates: readonly string[]): string {
  const guess = closestMatch(input, candidates);
  return guess === undefined ? '.' : `; did you mean "${guess}"?`;
}

// ---------------------------------------------------------------------------------------------

/** Where a record comes from: a file path or URL, or a description such as `'memory store record #2'`. */
export type RecordLocation = string | { file?: string; line?: number };

/**
 * Check a record's structure and return a clean copy: fields in canonical order, `type` filled in,
 * unknown fields rejected.
 *
 * Rules:
 * - `name` (see `name.ts`) and `version` (exact semver, `MAJOR.MINOR.PATCH[-pre]`; `v1.0.0` and
 *   `1.0` are rejected with the fix) are required.
 * - `type` may be left out: it is `'text'` when the record has a `template` and `'chat'` when it has
 *   `messages`. A text prompt must have a `template` and no `messages`; a chat prompt must have a
 *   non-empty `messages` list and no `template`.
 * - A message is `{ role, content }` (strings, role non-empty) or `{ placeholder }` (a name of
 *   `[A-Za-z_][A-Za-z0-9_.-]*`), nothing else.
 * - `labels`: unique labels of `[a-zA-Z][a-zA-Z0-9._-]*`. `hash`: `sha256-` + 64 lowercase hex.
 * - `input` has only `schema` and `default`; the schema must compile (Picoschema, JSON Schema or a
 *   Standard Schema validator) and the defaults must fit it. `output` has only `schema`; a Picoschema
 *   output schema must be well-formed, a JSON Schema one is taken as is.
 * - An optional field set to `null` counts as not given.
 * - `model`, `metadata` (and `input.default`) must be plain JSON data; `metadata.description` and
 *   `metadata.owner` are strings, `metadata.tags` a list of strings.
 *
 * @param value The record as received (parsed JSON, YAML, an object literal).
 * @param location The origin, for error messages: a path or URL, or `{ file, line }`.
 * @throws {PromptFormatError} for the first problem found, naming the file, the field (e.g.
 *   `messages[1].role`) and the fix.
 * @example
 * ```ts
 * const record = parseRecord(await response.json(), { file: url });
 * ```
 */
export function parseRecord(value: unknown, location?: RecordLocation): PromptRecord {
  const where = typeof location === 'string' ? { file: location } : { ...location };
  const promptName = isPlainRecord(value) && isValidName(value.name) ? value.name : undefined;
  const fail = (detail: string, path: readonly FieldSegment[]): never => {
    const field = formatFieldPath(path);
    throw new PromptFormatError(detail, { ...where, field: field === '' ? undefined : field, promptName });
  };

  if (!isPlainRecord(value)) {
    return fail(`a prompt record must be an object with name, version, type, …, got ${describeValue(value)}`, []);
  }
  const result = recordSchema.safeParse(withoutNulls(value));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    if (issue.code === 'unrecognized_keys') path.push(issue.keys[0] ?? '');
    return fail(issue.message, path);
  }
  const data = result.data;
  const type = resolveType(data, fail);

  const labels = data.labels;
  if (labels !== undefined) {
    const seen = new Set<string>();
    for (const [index, label] of labels.entries()) {
      if (seen.has(label)) fail(`label "${label}" is listed twice: list each label once`, ['labels', index]);
      seen.add(label);
    }
  }
  if (data.metadata !== undefined) {
    const problem = findNonJson(data.metadata, [], 0);
    if (problem !== undefined) {
      fail(`"metadata" must be plain data (strings, numbers, booleans, null, lists, objects): ${problem.message}`, [
        'metadata',
        ...problem.path,
      ]);
    }
  }
  checkInput(data.input, where, promptName, fail);
  checkOutput(data.output, where, promptName);

  const record: PromptRecord = { name: data.name, version: data.version } as PromptRecord;
  if (labels !== undefined) record.labels = [...labels];
  record.type = type;
  if (type === 'text') record.template = data.template!;
  else record.messages = (data.messages as ChatMessageTemplate[]).map((message) => ({ ...message }));
  if (data.input !== undefined) record.input = { ...data.input } as PromptRecord['input'];
  if (data.output !== undefined) record.output = { ...data.output };
  if (data.model !== undefined) record.model = data.model;
  if (data.metadata !== undefined) record.metadata = { ...data.metadata } as PromptMetadata;
  if (data.hash !== undefined) record.hash = data.hash;
  return record;
}

type Fail = (detail: string, path: readonly FieldSegment[]) => never;

/** Optional top-level fields set to `null` count as not given (JSON APIs and blank YAML fields say null). */
function withoutNulls(value: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    if (item !== null || key === 'name' || key === 'version') continue;
    out ??= { ...value };
    delete out[key];
  }
  return out ?? value;
}

function resolveType(data: z.infer<typeof recordSchema>, fail: Fail): 'text' | 'chat' {
  const hasTemplate = data.template !== undefined;
  const hasMessages = data.messages !== undefined;
  let type = data.type;
  if (type === undefined) {
    if (hasTemplate && hasMessages) {
      fail(
        'the record has both "template" and "messages": set type: text (template) or type: chat (messages) and remove the other',
        ['type'],
      );
    }
    if (!hasTemplate && !hasMessages) {
      fail('the prompt has no content: give a "template" (a text prompt) or "messages" (a chat prompt)', ['template']);
    }
    type = hasTemplate ? 'text' : 'chat';
  }
  if (type === 'text') {
    if (!hasTemplate) {
      fail(
        hasMessages
          ? 'a text prompt takes a "template", not "messages": set type: chat, or replace messages with a template'
          : 'a text prompt needs a "template" (a mustache template string)',
        [hasMessages ? 'messages' : 'template'],
      );
    }
    if (hasMessages)
      fail('a text prompt has no "messages": remove them, or set type: chat and remove the template', ['messages']);
  } else {
    if (hasTemplate) {
      fail('a chat prompt takes "messages", not a "template": move the text into a message, or set type: text', [
        'template',
      ]);
    }
    if (!hasMessages) {
      fail('a chat prompt needs "messages": a list of { role, content } or { placeholder } entries', ['messages']);
    }
    if (data.messages!.length === 0) fail('a chat prompt needs at least one message', ['messages']);
  }
  return type;
}

function explainMessageProblem(value: unknown): { message: string; path: FieldSegment[] } | undefined {
  const shape = 'a message is { role, content } or { placeholder }';
  if (!isPlainRecord(value)) return { message: `${shape}, got ${describeValue(value)}`, path: [] };
  if ('placeholder' in value) {
    const other = Object.keys(value).find((key) => key !== 'placeholder');
    if (other !== undefined) {
      return {
        message: `a placeholder message has only "placeholder", but this one also has "${other}": split it in two messages`,
        path: [other],
      };
    }
    if (typeof value.placeholder !== 'string' || !PLACEHOLDER_PATTERN.test(value.placeholder)) {
      return {
        message: `"placeholder" must be a name such as "history" (letters, digits, "_", ".", "-"), got ${describeValue(value.placeholder)}`,
        path: ['placeholder'],
      };
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (key !== 'role' && key !== 'content') {
      return {
        message: `unknown field "${key}" in a message${hint(key, ['role', 'content', 'placeholder'])} ${shape}.`,
        path: [key],
      };
    }
  }
  if (value.role === undefined)
    return { message: `the message has no "role" (system, user, assistant, …): ${shape}`, path: ['role'] };
  if (typeof value.role !== 'string' || value.role.trim() === '') {
    return {
      message: `"role" must be a non-empty string such as "user", got ${describeValue(value.role)}`,
      path: ['role'],
    };
  }
  if (value.content === undefined)
    return { message: `the message has no "content" (its mustache template): ${shape}`, path: ['content'] };
  if (typeof value.content !== 'string') {
    return {
      message: `"content" must be a string (a mustache template), got ${describeValue(value.content)}; quote it in YAML`,
      path: ['content'],
    };
  }
  return undefined;
}

function checkInput(
  input: { schema?: unknown; default?: Record<string, unknown> } | undefined,
  where: { file?: string; line?: number },
  promptName: string | undefined,
  fail: Fail,
): void {
  if (input === undefined) return;
  if (input.default !== undefined) {
    const problem = findNonJson(input.default, [], 0);
    if (problem !== undefined) {
      fail(`"input.default" must be plain data: ${problem.message}`, ['input', 'default', ...problem.path]);
    }
  }
  if (input.schema === undefined || input.schema === null) return;
  const schema = compileInputSchema(input.schema, { ...where, promptName, field: 'input.schema' });
  if (input.default === undefined) return;
  const result = schema.validate(input.default);
  if (result.ok) return;
  const issue = result.issues.find((i) => i.code !== 'missing');
  if (issue === undefined) return;
  fail(`the default value does not fit the input schema: ${issue.message}`, ['input', 'default', ...issue.path]);
}

function checkOutput(
  output: { schema?: unknown } | undefined,
  where: { file?: string; line?: number },
  promptName: string | undefined,
): void {
  const schema = output?.schema;
  if (schema === undefined || schema === null || isStandardSchema(schema)) return;
  picoschemaToJsonSchema(schema, { ...where, promptName, field: 'output.schema' });
}

/** The first value that JSON cannot carry (functions, `undefined` in lists, NaN, class instances…). */
function findNonJson(
  value: unknown,
  path: FieldSegment[],
  depth: number,
): { message: string; path: FieldSegment[] } | undefined {
  if (depth > MAX_DATA_DEPTH) return { message: `nested more than ${MAX_DATA_DEPTH} levels deep`, path };
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : { message: `${String(value)} is not a JSON number`, path };
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const problem = findNonJson(value[index], [...path, index], depth + 1);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      return {
        message: `found a ${(value as object).constructor?.name ?? 'non-plain'} object; use plain objects`,
        path,
      };
    }
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const problem = findNonJson(item, [...path, key], depth + 1);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  return { message: `found ${describeValue(value)}`, path };
}
