/**
 * The runtime check of a {@link PromptRecord}: what the client, the snapshot, a fallback and the HTTP and
 * memory stores run on every record they receive. It refuses every malformed shape (wrong types, unknown fields, missing
 * content, a bad version, label, hash, role or content part, non-JSON data, a `__proto__` key) with a
 * {@link PromptFormatError} that names the field, so that everything the runtime touches is well-typed. It is
 * lean: no "did you mean", no schema compilation. The rich check that authors see, with suggestions and the
 * schema, default, tool and Picoschema checks, is `parseRecord` (`./record-schema.ts`), run where records are
 * written: `promptops validate`, `publish`, the registry server's PUT, the file store, `definePrompt`. A record that passes `parseRecord` passes this check and comes out the same.
 * @module
 */
import { PromptFormatError } from '../errors.js';
import { explainInvalidName, isValidName } from './name.js';
import { isPlainObject } from './plain.js';
import { CHAT_ROLES, type ChatMessageTemplate, type PromptMetadata, type PromptRecord } from './record.js';
import { type FieldSegment, formatFieldPath } from './schema/field-path.js';
import { describeValue } from './schema/suggest.js';
import { valid } from './semver.js';

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
  'tools',
  'metadata',
  'hash',
] as const;

/** A label: `[a-zA-Z][a-zA-Z0-9._-]*`, e.g. `production`, `staging`, `exp.b-2`. */
export const LABEL_PATTERN = /^[a-zA-Z][a-zA-Z0-9._-]*$/;

/** `sha256-` and 64 lowercase hex digits. */
export const HASH_PATTERN = /^sha256-[0-9a-f]{64}$/;

/** What a label looks like, for messages. */
export const LABEL_RULE = 'a label is a letter followed by letters, digits, ".", "_" or "-" (e.g. "production")';

/** Placeholder names of chat messages: `[A-Za-z_][A-Za-z0-9_.-]*`. */
export const PLACEHOLDER_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Tool (function) names as OpenAI, Anthropic and the AI SDK all accept them. */
export const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

/** The settings of a `model` object. */
export const MODEL_FIELDS = [
  'name',
  'provider',
  'temperature',
  'maxTokens',
  'topP',
  'stop',
  'seed',
  'params',
  'pricing',
] as const;

/** The fields of `model.pricing`. */
export const PRICING_FIELDS = ['inputPerMTok', 'outputPerMTok', 'cachedInputPerMTok'] as const;

/** The fields of a tool. */
export const TOOL_FIELDS = ['name', 'description', 'input'] as const;

/** Deepest nesting accepted in free-form data (`model`, `metadata`, `input.default`, `tools`). */
const MAX_DATA_DEPTH = 64;

/** Where a record comes from: a file path or URL, or a description such as `'memory store record #2'`. */
export type RecordLocation = string | { file?: string; line?: number };

/** Throws a {@link PromptFormatError} about the field at `path`. */
export type Fail = (detail: string, ...path: FieldSegment[]) => never;

/** A non-null, non-array object. */
const isRecordLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Check a record's shape and return a clean copy (fields in canonical order, `type` filled in, optional fields
 * set to `null` left out). The rules are `parseRecord`'s, except those that need a schema compiled (an input
 * schema, its defaults, an output or tool schema): those are checked where the schema is used.
 *
 * @param value The record as received.
 * @param location Its origin, for error messages: a URL or description, or `{ file, line }`.
 * @throws {PromptFormatError} for the first problem found, naming the field (e.g. `messages[1].role`).
 * @example
 * ```ts
 * const record = parseRecordShape(await response.json(), response.url);
 * ```
 */
export function parseRecordShape(value: unknown, location?: RecordLocation): PromptRecord {
  const where = typeof location === 'string' ? { file: location } : { ...location };
  const promptName = isRecordLike(value) && isValidName(value.name) ? value.name : undefined;
  const fail: Fail = (detail, ...path) => {
    throw new PromptFormatError(detail, { ...where, field: formatFieldPath(path) || undefined, promptName });
  };
  const must = (ok: boolean, what: string, item: unknown, ...path: FieldSegment[]): void => {
    if (!ok) fail(`"${formatFieldPath(path)}" must be ${what}, got ${describeValue(item)}`, ...path);
  };
  /** Refuse keys outside `allowed` (and check that `object` is an object). */
  const only = (object: unknown, allowed: readonly string[], ...path: FieldSegment[]): Record<string, unknown> => {
    must(isRecordLike(object), 'an object', object, ...path);
    for (const key of Object.keys(object as object)) {
      if (!allowed.includes(key)) fail(`unknown field "${key}"; the fields are ${allowed.join(', ')}`, ...path, key);
    }
    return object as Record<string, unknown>;
  };
  const strings = (list: unknown, what: string, ...path: FieldSegment[]): void => {
    must(Array.isArray(list), what, list, ...path);
    for (const [i, item] of (list as unknown[]).entries()) must(typeof item === 'string', 'a string', item, ...path, i);
  };

  must(isRecordLike(value), 'a prompt record', value);
  const proto = protoKeyPath(value);
  if (proto !== undefined) fail('the key "__proto__" is not allowed in a prompt record: rename it', ...proto);
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(value as object)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== null || key === 'name' || key === 'version') data[key] = item;
  }
  only(data, RECORD_FIELDS);
  const { name, version, labels, type, template, messages, input, output, model, tools, metadata, hash } = data;

  const nameProblem = explainInvalidName(name);
  if (nameProblem !== undefined) fail(nameProblem, 'name');
  must(
    typeof version === 'string' && valid(version) === version,
    'a semver version such as "1.0.0"',
    version,
    'version',
  );
  if (labels !== undefined) {
    strings(labels, 'a list of labels', 'labels');
    (labels as string[]).forEach((label, i, all) => {
      if (!LABEL_PATTERN.test(label)) fail(`invalid label ${JSON.stringify(label)}: ${LABEL_RULE}`, 'labels', i);
      if (all.indexOf(label) !== i) fail(`label "${label}" is listed twice`, 'labels', i);
    });
  }
  must(type === undefined || type === 'text' || type === 'chat', '"text" or "chat"', type, 'type');
  const kind = type ?? (template !== undefined ? 'text' : 'chat');
  if (kind === 'text') {
    must(typeof template === 'string', 'a string (a mustache template)', template, 'template');
    if (messages !== undefined) fail('a text prompt has no "messages"', 'messages');
  } else {
    if (template !== undefined) fail('a chat prompt has no "template"', 'template');
    must(Array.isArray(messages) && messages.length > 0, 'a non-empty list of messages', messages, 'messages');
    for (const [i, message] of (messages as unknown[]).entries()) checkMessage(message, i);
  }
  if (input !== undefined) {
    const { schema, default: defaults } = only(input, ['schema', 'default'], 'input');
    if (schema !== undefined && schema !== null) {
      must(typeof schema === 'object' || typeof schema === 'function', 'a schema', schema, 'input', 'schema');
    }
    if (defaults !== undefined) {
      must(isPlainObject(defaults), 'an object of variable values', defaults, 'input', 'default');
      checkJson(defaults, 'input', 'default');
    }
  }
  if (output !== undefined) {
    const { schema } = only(output, ['schema'], 'output');
    if (schema !== undefined && schema !== null) {
      must(typeof schema === 'object' || typeof schema === 'function', 'a schema', schema, 'output', 'schema');
    }
  }
  if (model !== undefined) {
    checkJson(model, 'model');
    if (typeof model === 'string') must(model.trim() !== '', 'a model id', model, 'model');
    else checkModel(only(model, MODEL_FIELDS, 'model'));
  }
  if (tools !== undefined) {
    checkJson(tools, 'tools');
    must(Array.isArray(tools), 'a list of tools', tools, 'tools');
    (tools as unknown[]).forEach((tool, i, all) => {
      const { name: toolName, description, input: toolInput } = only(tool, TOOL_FIELDS, 'tools', i);
      const named = typeof toolName === 'string' && TOOL_NAME_PATTERN.test(toolName);
      must(named, '1-64 letters, digits, "_" or "-"', toolName, 'tools', i, 'name');
      if (all.findIndex((other) => (other as { name: unknown }).name === toolName) !== i) {
        fail(`tool "${toolName}" is listed twice`, 'tools', i, 'name');
      }
      if (description !== undefined)
        must(typeof description === 'string', 'a string', description, 'tools', i, 'description');
      must(isRecordLike(toolInput), 'an object schema', toolInput, 'tools', i, 'input');
    });
  }
  if (metadata !== undefined) {
    must(isRecordLike(metadata), 'an object (description, owner, tags, …)', metadata, 'metadata');
    const { description, owner, tags } = metadata as Record<string, unknown>;
    if (description !== undefined)
      must(typeof description === 'string', 'a string', description, 'metadata', 'description');
    if (owner !== undefined) must(typeof owner === 'string', 'a string', owner, 'metadata', 'owner');
    if (tags !== undefined) strings(tags, 'a list of strings', 'metadata', 'tags');
    checkJson(metadata, 'metadata');
  }
  if (hash !== undefined)
    must(typeof hash === 'string' && HASH_PATTERN.test(hash), '"sha256-" and 64 hex digits', hash, 'hash');
  return copyRecord(data, kind as 'text' | 'chat');

  function checkMessage(message: unknown, i: number): void {
    if (isRecordLike(message) && 'placeholder' in message) {
      const { placeholder } = only(message, ['placeholder'], 'messages', i);
      const ok = typeof placeholder === 'string' && PLACEHOLDER_PATTERN.test(placeholder);
      must(ok, 'a placeholder name such as "history"', placeholder, 'messages', i, 'placeholder');
      return;
    }
    const { role, content } = only(message, ['role', 'content'], 'messages', i);
    must(CHAT_ROLES.includes(role as never), `one of ${CHAT_ROLES.join(', ')}`, role, 'messages', i, 'role');
    if (typeof content === 'string') return;
    const parts = role === 'user' && Array.isArray(content) && content.length > 0;
    must(parts, 'a string (or, in a user message, a non-empty list of parts)', content, 'messages', i, 'content');
    (content as unknown[]).forEach((part, j) => {
      const at = ['messages', i, 'content', j] as const;
      const partType = isRecordLike(part) ? part.type : undefined;
      must(isRecordLike(part), 'a part { type: text, text } or { type: image, url }', part, ...at);
      must(partType === 'text' || partType === 'image', '"text" or "image"', partType, ...at, 'type');
      const field = partType === 'text' ? 'text' : 'url';
      must(
        typeof only(part, ['type', field], ...at)[field] === 'string',
        'a string',
        (part as never)[field],
        ...at,
        field,
      );
    });
  }

  function checkModel(config: Record<string, unknown>): void {
    const number = (key: string, ok: (n: number) => boolean, what: string): void => {
      const item = config[key];
      if (item !== undefined) must(typeof item === 'number' && ok(item), what, item, 'model', key);
    };
    const { name: id, provider, stop, params, pricing } = config;
    must(typeof id === 'string' && id.trim() !== '', "the provider's model id", id, 'model', 'name');
    if (provider !== undefined)
      must(typeof provider === 'string' && provider !== '', 'a provider id', provider, 'model', 'provider');
    number('temperature', (n) => n >= 0, 'a number ≥ 0');
    number('maxTokens', (n) => Number.isInteger(n) && n > 0, 'a positive integer');
    number('topP', (n) => n >= 0 && n <= 1, 'a number from 0 to 1');
    number('seed', Number.isInteger, 'an integer');
    if (stop !== undefined) strings(stop, 'a list of strings', 'model', 'stop');
    if (params !== undefined) must(isPlainObject(params), 'an object', params, 'model', 'params');
    if (pricing === undefined) return;
    const prices = only(pricing, PRICING_FIELDS, 'model', 'pricing');
    for (const key of PRICING_FIELDS) {
      const price = prices[key];
      if (price === undefined && key === 'cachedInputPerMTok') continue;
      must(typeof price === 'number' && price >= 0, 'a price ≥ 0 in USD per 1M tokens', price, 'model', 'pricing', key);
    }
  }

  function checkJson(item: unknown, ...path: FieldSegment[]): void {
    const problem = findNonJson(item, path, 0);
    if (problem !== undefined) {
      fail(
        `"${path[0]}" must be plain data (strings, numbers, booleans, null, lists, objects): ${problem.message}`,
        ...problem.path,
      );
    }
  }
}

/** The clean copy of a checked record's fields: canonical order, `type` filled in, nothing shared with the input. */
export function copyRecord(data: Record<string, unknown>, kind: 'text' | 'chat'): PromptRecord {
  const { labels, template, messages, input, output, model, tools, metadata, hash } = data as Partial<PromptRecord>;
  const record = { name: data.name, version: data.version } as PromptRecord;
  if (labels !== undefined) record.labels = [...labels];
  record.type = kind;
  if (kind === 'text') record.template = template as string;
  else record.messages = (messages as ChatMessageTemplate[]).map(copyMessage);
  if (input !== undefined) {
    record.input = { ...input };
    if (input.default !== undefined) record.input.default = { ...input.default };
  }
  if (output !== undefined) record.output = { ...output };
  if (model !== undefined) record.model = copyModel(model);
  if (tools !== undefined) record.tools = tools.map((tool) => ({ ...tool }));
  if (metadata !== undefined) {
    record.metadata = { ...(metadata as PromptMetadata) };
    if (record.metadata.tags !== undefined) record.metadata.tags = [...record.metadata.tags];
  }
  if (hash !== undefined) record.hash = hash;
  return record;
}

function copyMessage(message: ChatMessageTemplate): ChatMessageTemplate {
  if ('content' in message && Array.isArray(message.content)) {
    return { role: 'user', content: message.content.map((part) => ({ ...part })) };
  }
  return { ...message };
}

function copyModel(model: NonNullable<PromptRecord['model']>): NonNullable<PromptRecord['model']> {
  if (typeof model === 'string') return model;
  const copy = { ...model };
  if (copy.stop !== undefined) copy.stop = [...copy.stop];
  if (copy.params !== undefined) copy.params = { ...copy.params };
  if (copy.pricing !== undefined) copy.pricing = { ...copy.pricing };
  return copy;
}

/** The first value that JSON cannot carry (functions, `undefined` in lists, NaN, class instances…), and where. */
export function findNonJson(
  value: unknown,
  path: FieldSegment[],
  depth: number,
): { message: string; path: FieldSegment[] } | undefined {
  if (depth > MAX_DATA_DEPTH) return { message: `nested more than ${MAX_DATA_DEPTH} levels deep`, path };
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : { message: `${String(value)} is not a JSON number`, path };
  }
  if (Array.isArray(value) || isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined && !Array.isArray(value)) continue;
      const problem = findNonJson(item, [...path, Array.isArray(value) ? Number(key) : key], depth + 1);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  return {
    message:
      typeof value === 'object'
        ? `found a ${value.constructor?.name ?? 'non-plain'} object; use plain objects`
        : `found ${describeValue(value)}`,
    path,
  };
}

/**
 * The path of the first own `__proto__` key anywhere in plain data (objects and arrays), or `undefined`.
 * Iterative and bounded by what it visits once each, so hostile nesting cannot overflow the stack.
 */
export function protoKeyPath(root: unknown): FieldSegment[] | undefined {
  interface Visit {
    readonly value: unknown;
    readonly key: FieldSegment | undefined;
    readonly parent: Visit | undefined;
  }
  const stack: Visit[] = [{ value: root, key: undefined, parent: undefined }];
  const seen = new Set<object>();
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value } = visit;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], key: i, parent: visit });
      continue;
    }
    if (!isPlainObject(value)) continue;
    for (const key of Object.keys(value)) {
      if (key === '__proto__') {
        const path: FieldSegment[] = [key];
        for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.unshift(at.key);
        return path;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: visit });
    }
  }
  return undefined;
}
