/**
 * The rich check of a {@link PromptRecord}, for where records are written: `promptops validate` and `publish`,
 * the registry server's PUT, the file store, `definePrompt`. It says "did you mean", compiles the
 * input schema and checks the defaults against it, and checks output and tool schemas. The runtime path (the
 * client, its snapshot and fallback, the HTTP and memory stores) runs the lean `parseRecordShape` (`./record-shape.ts`)
 * instead, which keeps this module out of the browser core.
 * @module
 */
import { PromptFormatError, type PromptFormatLocation } from '../errors.js';
import { explainInvalidName, isValidName } from './name.js';
import { CHAT_ROLES, type PromptMetadata, type PromptRecord } from './record.js';
import {
  copyRecord,
  type Fail,
  findNonJson,
  HASH_PATTERN,
  LABEL_PATTERN,
  LABEL_RULE,
  MODEL_FIELDS,
  PLACEHOLDER_PATTERN,
  PRICING_FIELDS,
  protoKeyPath,
  RECORD_FIELDS,
  type RecordLocation,
  TOOL_FIELDS,
  TOOL_NAME_PATTERN,
} from './record-shape.js';
import { compileFastCheck } from './schema/fast-path.js';
import { type FieldSegment, formatFieldPath } from './schema/field-path.js';
import { compileInputSchema, normalizeJsonSchema } from './schema/index.js';
import { isPlainObject, isPlainRecord, picoschemaToJsonSchema } from './schema/picoschema.js';
import { isStandardSchema } from './schema/standard.js';
import { describeValue, didYouMean } from './schema/suggest.js';
import type { JsonSchema } from './schema/types.js';
import { valid } from './semver.js';

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
 *   Standard Schema validator) and the defaults must fit it. `output` has only `schema`; a Picoschema or JSON
 *   Schema output schema must be well-formed (as `parseOutput` compiles it).
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
  const fail = (detail: string, ...path: FieldSegment[]): never => {
    throw new PromptFormatError(detail, { ...where, field: formatFieldPath(path) || undefined, promptName });
  };
  const got = describeValue;
  /** Fail with `"field" must be <what>, got <value>` unless `ok`. */
  const must = (ok: boolean, what: string, value: unknown, ...path: FieldSegment[]): void => {
    if (!ok) fail(`"${formatFieldPath(path)}" must be ${what}, got ${got(value)}`, ...path);
  };

  if (!isPlainRecord(value))
    return fail(`a prompt record must be an object with name, version, type, …, got ${got(value)}`);
  const proto = protoKeyPath(value);
  if (proto !== undefined) {
    fail(
      `the key "__proto__" is not allowed in a prompt record (it would change the object's prototype in ` +
        'JavaScript, not hold data): rename it',
      ...proto,
    );
  }
  // Optional top-level fields set to `null` count as not given (JSON APIs and blank YAML fields say null).
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (value[key] !== null || key === 'name' || key === 'version') data[key] = value[key];
  }
  const { name, version, labels, type, template, messages, input, output, model, tools, metadata, hash } = data;

  if (name === undefined) fail('missing "name": give the prompt a name such as "support/greeting"', 'name');
  const nameProblem = explainInvalidName(name);
  if (nameProblem !== undefined) fail(nameProblem, 'name');

  const semver = '"version" must be a semver';
  if (version === undefined)
    fail('missing "version": every prompt needs a semver version such as `version: 1.0.0`', 'version');
  if (typeof version === 'number') {
    const text = String(version);
    fail(
      `${semver} string such as "1.0.0", got the number ${text} (YAML reads an unquoted 1.0 or 2 as a number): ` +
        `write all three parts (${text}${text.includes('.') ? '.0' : '.0.0'}) or quote it`,
      'version',
    );
  }
  must(typeof version === 'string', 'a semver string such as "1.0.0"', version, 'version');
  if (valid(version as string) !== version) {
    const cleaned = valid(version as string);
    fail(
      `${semver} version MAJOR.MINOR.PATCH[-prerelease], e.g. "1.0.0", got ${JSON.stringify(version)}` +
        (cleaned === null ? '' : `; write "${cleaned}"`),
      'version',
    );
  }

  if (labels !== undefined) {
    must(Array.isArray(labels), 'a list of labels such as [production, staging]', labels, 'labels');
    (labels as unknown[]).forEach((label, i) => {
      must(typeof label === 'string', 'a string', label, 'labels', i);
      if (!LABEL_PATTERN.test(label as string))
        fail(`invalid label ${JSON.stringify(label)}: ${LABEL_RULE}`, 'labels', i);
    });
  }
  if (type !== undefined && type !== 'text' && type !== 'chat') {
    fail(
      `unknown prompt type ${JSON.stringify(type)}: use "text" (with a template) or "chat" (with messages)` +
        (typeof type === 'string' ? didYouMean(type, ['text', 'chat']) || '.' : ''),
      'type',
    );
  }
  if (template !== undefined && typeof template !== 'string') {
    fail(
      `"template" must be a string (a mustache template), got ${got(template)}` +
        (Array.isArray(template) ? '; for a list of messages use "messages" and type: chat' : '; quote it in YAML'),
      'template',
    );
  }
  if (messages !== undefined) {
    must(Array.isArray(messages), LIST_OF_MESSAGES, messages, 'messages');
    for (const [i, message] of (messages as unknown[]).entries()) {
      checkMessage(message, (detail, ...path) => fail(detail, 'messages', i, ...path));
    }
  }
  const fields = (what: string, object: unknown, allowed: readonly string[], ...path: string[]): void => {
    for (const key of Object.keys(object as object)) {
      if (!allowed.includes(key)) {
        fail(
          `unknown field "${key}" in ${what}${didYouMean(key, allowed) || '.'} Allowed fields: ${allowed.join(', ')}.`,
          ...path,
          key,
        );
      }
    }
  };
  for (const [field, object, allowed] of [
    ['input', input, ['schema', 'default']],
    ['output', output, ['schema']],
  ] as const) {
    if (object === undefined) continue;
    must(isPlainRecord(object), 'an object', object, field);
    const defaults = field === 'input' ? (object as { default?: unknown }).default : undefined;
    if (defaults !== undefined) {
      must(isPlainObject(defaults), 'an object of variable names and values', defaults, field, 'default');
    }
    fields(`"${field}"`, object, allowed, field);
  }
  if (model !== undefined) {
    checkJson(model, '"model"', fail, 'model');
    checkModel(model, (detail, ...path) => fail(detail, 'model', ...path));
  }
  if (tools !== undefined) {
    checkJson(tools, '"tools"', fail, 'tools');
    checkTools(tools, where, promptName, (detail, ...path) => fail(detail, 'tools', ...path));
  }
  if (metadata !== undefined) {
    must(isPlainRecord(metadata), 'an object (description, owner, tags, …)', metadata, 'metadata');
    const { description, owner, tags } = metadata as PromptMetadata;
    for (const [key, text] of [
      ['description', description],
      ['owner', owner],
    ] as const) {
      if (text !== undefined) must(typeof text === 'string', 'a string', text, 'metadata', key);
    }
    if (tags !== undefined) {
      must(Array.isArray(tags), 'a list of strings', tags, 'metadata', 'tags');
      for (const [i, tag] of tags.entries()) must(typeof tag === 'string', 'a string', tag, 'metadata', 'tags', i);
    }
  }
  if (hash !== undefined) {
    must(typeof hash === 'string', 'a string', hash, 'hash');
    if (!HASH_PATTERN.test(hash as string)) {
      fail(
        `"hash" must be "sha256-" followed by 64 lowercase hex digits, got ${JSON.stringify(hash)}; remove it to let promptops compute it`,
        'hash',
      );
    }
  }
  fields('a prompt record', data, RECORD_FIELDS);

  // The fields are well-formed; now they must fit together.
  const kind = resolveType(data as Partial<PromptRecord>, fail);
  (labels as string[] | undefined)?.forEach((label, i, all) => {
    if (all.indexOf(label) !== i) fail(`label "${label}" is listed twice: list each label once`, 'labels', i);
  });
  if (metadata !== undefined) checkJson(metadata, '"metadata"', fail, 'metadata');
  const inputField = input as PromptRecord['input'];
  if (inputField !== undefined) checkInput(inputField, where, promptName, fail);
  const outputSchema = (output as PromptRecord['output'])?.schema;
  if (outputSchema !== undefined && outputSchema !== null && !isStandardSchema(outputSchema)) {
    // As `parseOutput` and the provider adapters compile it: a schema they would refuse is refused here, richly.
    const location = { ...where, promptName, field: 'output.schema' };
    normalizeJsonSchema(picoschemaToJsonSchema(outputSchema, location), location, { top: false });
  }

  return copyRecord(data, kind);
}

function resolveType(data: Partial<PromptRecord>, fail: Fail): 'text' | 'chat' {
  const hasTemplate = data.template !== undefined;
  const hasMessages = data.messages !== undefined;
  let type = data.type;
  if (type === undefined) {
    if (hasTemplate && hasMessages) {
      fail(
        'the record has both "template" and "messages": set type: text (template) or type: chat (messages) and remove the other',
        'type',
      );
    }
    if (!hasTemplate && !hasMessages) {
      fail('the prompt has no content: give a "template" (a text prompt) or "messages" (a chat prompt)', 'template');
    }
    type = hasTemplate ? 'text' : 'chat';
  }
  if (type === 'text') {
    if (!hasTemplate) {
      fail(
        hasMessages
          ? 'a text prompt takes a "template", not "messages": set type: chat, or replace messages with a template'
          : 'a text prompt needs a "template" (a mustache template string)',
        hasMessages ? 'messages' : 'template',
      );
    }
    if (hasMessages)
      fail('a text prompt has no "messages": remove them, or set type: chat and remove the template', 'messages');
  } else {
    if (hasTemplate) {
      fail(
        'a chat prompt takes "messages", not a "template": move the text into a message, or set type: text',
        'template',
      );
    }
    if (!hasMessages) fail(`a chat prompt needs "messages": ${LIST_OF_MESSAGES}`, 'messages');
    if (data.messages!.length === 0) fail('a chat prompt needs at least one message', 'messages');
  }
  return type;
}

const LIST_OF_MESSAGES = 'a list of { role, content } or { placeholder } entries';

function checkMessage(value: unknown, fail: Fail): void {
  const shape = 'a message is { role, content } or { placeholder }';
  if (!isPlainRecord(value)) fail(`${shape}, got ${describeValue(value)}`);
  const keys = Object.keys(value);
  if ('placeholder' in value) {
    const other = keys.find((key) => key !== 'placeholder');
    if (other !== undefined) {
      fail(
        `a placeholder message has only "placeholder", but this one also has "${other}": split it in two messages`,
        other,
      );
    }
    if (typeof value.placeholder !== 'string' || !PLACEHOLDER_PATTERN.test(value.placeholder)) {
      fail(
        `"placeholder" must be a name such as "history" (letters, digits, "_", ".", "-"), got ${describeValue(value.placeholder)}`,
        'placeholder',
      );
    }
    return;
  }
  for (const key of keys) {
    if (key !== 'role' && key !== 'content') {
      fail(
        `unknown field "${key}" in a message${didYouMean(key, ['role', 'content', 'placeholder']) || '.'} ${shape}.`,
        key,
      );
    }
  }
  const { role, content } = value;
  if (role === undefined) fail(`the message has no "role" (${CHAT_ROLES.join(', ')}): ${shape}`, 'role');
  if (typeof role !== 'string' || !(CHAT_ROLES as readonly string[]).includes(role)) {
    fail(
      `unknown role ${typeof role === 'string' ? JSON.stringify(role) : describeValue(role)}: a message's role is ${CHAT_ROLES.map((r) => `"${r}"`).join(', ')}` +
        (typeof role === 'string' ? didYouMean(role, CHAT_ROLES) || '.' : '.'),
      'role',
    );
  }
  if (content === undefined) fail(`the message has no "content" (its mustache template): ${shape}`, 'content');
  if (Array.isArray(content)) {
    if (role !== 'user') {
      fail(
        `only a user message takes a list of content parts; write the ${String(role)} message's content as one string`,
        'content',
      );
    }
    if (content.length === 0) fail('"content" lists no parts: give at least one { type: text, text } part', 'content');
    for (const [i, part] of content.entries()) {
      checkPart(part, (detail, ...path) => fail(detail, 'content', i, ...path));
    }
    return;
  }
  if (typeof content !== 'string') {
    fail(
      `"content" must be a string (a mustache template) or, in a user message, a list of parts; got ${describeValue(content)}; quote it in YAML`,
      'content',
    );
  }
}

const PART_FIELDS = { text: ['type', 'text'], image: ['type', 'url'] } as const;

function checkPart(value: unknown, fail: Fail): void {
  const shape = 'a content part is { type: text, text } or { type: image, url }';
  if (!isPlainRecord(value)) fail(`${shape}, got ${describeValue(value)}`);
  const type = value.type;
  if (type !== 'text' && type !== 'image') {
    fail(
      `unknown part type ${describeValue(type)}: ${shape}` +
        (typeof type === 'string' ? didYouMean(type, Object.keys(PART_FIELDS)) || '.' : '.'),
      'type',
    );
  }
  const allowed: readonly string[] = PART_FIELDS[type];
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`unknown field "${key}" in a ${type} part${didYouMean(key, allowed) || '.'}`, key);
  }
  const field = type === 'text' ? 'text' : 'url';
  if (typeof value[field] !== 'string') {
    fail(
      `"${field}" must be a string (a mustache template${type === 'image' ? ' that renders to an https: or data: URL' : ''}), got ${describeValue(value[field])}`,
      field,
    );
  }
}

/** `model`: a model id, or `{ name, provider?, temperature?, maxTokens?, topP?, stop?, seed?, params?, pricing? }`. */
function checkModel(model: unknown, fail: Fail): void {
  if (typeof model === 'string') {
    if (model.trim() === '') fail('"model" must name a model, e.g. "gpt-4o-mini", got an empty string');
    return;
  }
  if (!isPlainRecord(model)) {
    fail(`"model" must be a model name such as "gpt-4o-mini" or { name, temperature, … }, got ${describeValue(model)}`);
  }
  for (const key of Object.keys(model)) {
    if (!(MODEL_FIELDS as readonly string[]).includes(key)) {
      fail(
        `unknown model setting "${key}"${didYouMean(key, MODEL_FIELDS) || '.'} Settings: ${MODEL_FIELDS.join(', ')}; ` +
          'put provider-specific settings under "params" (passed through verbatim)',
        key,
      );
    }
  }
  const number = (key: string, ok: (n: number) => boolean, what: string): void => {
    const value = model[key];
    if (value !== undefined && (typeof value !== 'number' || !ok(value))) {
      fail(`"model.${key}" must be ${what}, got ${describeValue(value)}`, key);
    }
  };
  if (typeof model.name !== 'string' || model.name.trim() === '') {
    fail(`"model.name" must be the provider's model id, e.g. "gpt-4o-mini", got ${describeValue(model.name)}`, 'name');
  }
  if (model.provider !== undefined && (typeof model.provider !== 'string' || model.provider === '')) {
    fail(`"model.provider" must be a provider id such as "openai", got ${describeValue(model.provider)}`, 'provider');
  }
  number('temperature', (n) => n >= 0, 'a number ≥ 0');
  number('maxTokens', (n) => Number.isInteger(n) && n > 0, 'a positive integer');
  number('topP', (n) => n >= 0 && n <= 1, 'a number from 0 to 1');
  number('seed', Number.isInteger, 'an integer');
  const stop = model.stop;
  if (stop !== undefined && (!Array.isArray(stop) || stop.some((s) => typeof s !== 'string'))) {
    fail(`"model.stop" must be a list of strings, got ${describeValue(stop)}`, 'stop');
  }
  if (model.params !== undefined && !isPlainObject(model.params)) {
    fail(`"model.params" must be an object of provider settings, got ${describeValue(model.params)}`, 'params');
  }
  const pricing = model.pricing;
  if (pricing === undefined) return;
  if (!isPlainRecord(pricing)) {
    fail(
      `"model.pricing" must be { inputPerMTok, outputPerMTok, cachedInputPerMTok? }, got ${describeValue(pricing)}`,
      'pricing',
    );
  }
  for (const key of Object.keys(pricing)) {
    if (!(PRICING_FIELDS as readonly string[]).includes(key)) {
      fail(
        `unknown pricing field "${key}"${didYouMean(key, PRICING_FIELDS) || '.'} Fields: ${PRICING_FIELDS.join(', ')} (USD per 1M tokens)`,
        'pricing',
        key,
      );
    }
  }
  for (const key of PRICING_FIELDS) {
    const value = pricing[key];
    const optional = key === 'cachedInputPerMTok';
    if ((value === undefined && !optional) || (value !== undefined && (typeof value !== 'number' || value < 0))) {
      fail(
        `"model.pricing.${key}" must be a price ≥ 0 in USD per 1M tokens, got ${describeValue(value)}`,
        'pricing',
        key,
      );
    }
  }
}

function checkTools(
  tools: unknown,
  where: { file?: string; line?: number },
  promptName: string | undefined,
  fail: Fail,
): void {
  if (!Array.isArray(tools))
    fail(`"tools" must be a list of { name, description?, input }, got ${describeValue(tools)}`);
  const seen = new Set<string>();
  for (const [i, tool] of (tools as unknown[]).entries()) {
    if (!isPlainRecord(tool)) fail(`a tool is { name, description?, input }, got ${describeValue(tool)}`, i);
    for (const key of Object.keys(tool)) {
      if (!(TOOL_FIELDS as readonly string[]).includes(key)) {
        fail(
          `unknown field "${key}" in a tool${didYouMean(key, TOOL_FIELDS) || '.'} A tool is { name, description?, input }`,
          i,
          key,
        );
      }
    }
    if (typeof tool.name !== 'string' || !TOOL_NAME_PATTERN.test(tool.name)) {
      fail(`a tool's "name" must be 1-64 letters, digits, "_" or "-", got ${describeValue(tool.name)}`, i, 'name');
    }
    if (seen.has(tool.name)) fail(`tool "${tool.name}" is listed twice: give each tool its own name`, i, 'name');
    seen.add(tool.name);
    if (tool.description !== undefined && typeof tool.description !== 'string') {
      fail(`a tool's "description" must be a string, got ${describeValue(tool.description)}`, i, 'description');
    }
    if (tool.input === undefined) {
      fail('a tool needs "input": the schema of its arguments (Picoschema or JSON Schema; {} for none)', i, 'input');
    }
    if (!isPlainRecord(tool.input)) {
      fail(
        `a tool's "input" must be an object schema (Picoschema or JSON Schema), got ${describeValue(tool.input)}`,
        i,
        'input',
      );
    }
    if (Object.keys(tool.input).length > 0) {
      toolInputSchema(tool.input, { ...where, promptName, field: `tools[${i}].input` });
    }
  }
}

/** The JSON Schema of a tool's `input` (Picoschema or JSON Schema; `{}` is an object without arguments). */
export function toolInputSchema(input: unknown, location: PromptFormatLocation = {}): JsonSchema {
  if (isPlainRecord(input) && Object.keys(input).length === 0) return { type: 'object', properties: {} };
  return normalizeJsonSchema(picoschemaToJsonSchema(input, location), location, { top: true });
}

function checkInput(
  input: NonNullable<PromptRecord['input']>,
  where: { file?: string; line?: number },
  promptName: string | undefined,
  fail: Fail,
): void {
  if (input.default !== undefined) checkJson(input.default, '"input.default"', fail, 'input', 'default');
  if (input.schema === undefined || input.schema === null) return;
  const schema = compileInputSchema(input.schema, { ...where, promptName, field: 'input.schema' });
  if (input.default === undefined) return;
  const defaults = input.default;
  // Defaults that the fast check accepts as a partial input need no full check.
  if (!isStandardSchema(input.schema) && compileFastCheck({ ...schema.jsonSchema, required: [] })(defaults)) return;
  const result = schema.validate(defaults);
  // Defaults are partial: a variable they leave out is the caller's to pass (zod reports a missing key
  // of a Standard Schema as invalid_type, not missing, so absence is checked on the defaults themselves).
  const absent = (path: readonly (string | number)[]): boolean =>
    path.length === 1 && typeof path[0] === 'string' && !Object.hasOwn(defaults, path[0]);
  const issue = result.ok ? undefined : result.issues.find((i) => i.code !== 'missing' && !absent(i.path));
  if (issue !== undefined) {
    fail(`the default value does not fit the input schema: ${issue.message}`, 'input', 'default', ...issue.path);
  }
}

/** Fail unless `value` is plain JSON data. */
function checkJson(value: unknown, what: string, fail: Fail, ...path: FieldSegment[]): void {
  const problem = findNonJson(value, path, 0);
  if (problem !== undefined) {
    fail(
      `${what} must be plain data (strings, numbers, booleans, null, lists, objects): ${problem.message}`,
      ...problem.path,
    );
  }
}
