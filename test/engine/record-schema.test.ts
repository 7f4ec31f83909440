import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseOutput } from '../../src/engine/output.js';
import { compileStoredPrompt } from '../../src/engine/prompt.js';
import { parseRecord } from '../../src/engine/record-schema.js';
import { parseRecordShape } from '../../src/engine/record-shape.js';
import { PromptFormatError } from '../../src/errors.js';
import { thrownBy } from '../helpers/errors.js';

const text = { name: 'support/greeting', version: '1.0.0', template: 'Hello {{customer}}' };
const chat = {
  name: 'support/triage',
  version: '2.0.0',
  messages: [
    { role: 'system', content: 'You triage.' },
    { placeholder: 'history' },
    { role: 'user', content: '{{ticket}}' },
  ],
};

const formatError = (value: unknown, location?: Parameters<typeof parseRecord>[1]): PromptFormatError =>
  thrownBy(PromptFormatError, () => parseRecord(value, location));

describe('parseRecord: good records', () => {
  it('fills in type from template or messages', () => {
    expect(parseRecord(text)).toEqual({ ...text, type: 'text' });
    expect(parseRecord(chat)).toEqual({ ...chat, type: 'chat' });
  });

  it('returns a clean copy with fields in canonical order', () => {
    const input = {
      hash: `sha256-${'a'.repeat(64)}`,
      metadata: { owner: 'team', tags: ['a'], custom: { x: 1 } },
      model: { name: 'gpt-4o-mini', temperature: 0.2 },
      output: { schema: { answer: 'string' } },
      input: { schema: { customer: 'string' }, default: { customer: 'Ada' } },
      template: 'Hi',
      type: 'text',
      labels: ['production', 'exp.b-2'],
      version: '1.0.0-rc.1',
      name: 'a/b',
    };
    const record = parseRecord(input);
    expect(Object.keys(record)).toEqual([
      'name',
      'version',
      'labels',
      'type',
      'template',
      'input',
      'output',
      'model',
      'metadata',
      'hash',
    ]);
    expect(record).toEqual(input);
    expect(record.labels).not.toBe(input.labels);
    // the schema object is kept as is (compiled schemas are cached by it)
    expect(record.input?.schema).toBe(input.input.schema);
  });

  it('null optional fields count as not given', () => {
    expect(parseRecord({ ...text, labels: null, model: null, metadata: null, hash: null, type: null })).toEqual({
      ...text,
      type: 'text',
    });
  });

  it('accepts a Standard Schema as input schema', () => {
    const schema = z.object({ customer: z.string() });
    expect(parseRecord({ ...text, input: { schema } }).input?.schema).toBe(schema);
  });

  it('takes a location as a string or an object', () => {
    expect(formatError({ ...text, version: 'x' }, 'https://registry/x').file).toBe('https://registry/x');
    const error = formatError({ ...text, version: 'x' }, { file: 'a.json', line: 3 });
    expect([error.file, error.line]).toEqual(['a.json', 3]);
    expect(error.message.startsWith('a.json:3, field "version": ')).toBe(true);
  });
});

const cases: Array<[string, unknown, string | undefined, string]> = [
  ['not an object', 'x', undefined, 'a prompt record must be an object with name, version, type, …, got string "x"'],
  [
    'missing name',
    { version: '1.0.0', template: 'x' },
    'name',
    'missing "name": give the prompt a name such as "support/greeting"',
  ],
  [
    'invalid name',
    { ...text, name: 'Support/Greeting' },
    'name',
    'invalid prompt name "Support/Greeting": use lowercase segments',
  ],
  [
    'missing version',
    { name: 'a', template: 'x' },
    'version',
    'missing "version": every prompt needs a semver version such as `version: 1.0.0`',
  ],
  [
    'YAML number version',
    { ...text, version: 1.2 },
    'version',
    '"version" must be a semver string such as "1.0.0", got the number 1.2 (YAML reads an unquoted 1.0 or 2 as a number): write all three parts (1.2.0) or quote it',
  ],
  ['v-prefixed version', { ...text, version: 'v1.0.0' }, 'version', 'got "v1.0.0"; write "1.0.0"'],
  [
    'partial version',
    { ...text, version: '1.0' },
    'version',
    '"version" must be a semver version MAJOR.MINOR.PATCH[-prerelease], e.g. "1.0.0", got "1.0"',
  ],
  [
    'unknown type',
    { ...text, type: 'txt' },
    'type',
    'unknown prompt type "txt": use "text" (with a template) or "chat" (with messages); did you mean "text"?',
  ],
  [
    'non-string template',
    { ...text, template: 42 },
    'template',
    '"template" must be a string (a mustache template), got number 42; quote it in YAML',
  ],
  [
    'text without template',
    { name: 'a', version: '1.0.0', type: 'text' },
    'template',
    'a text prompt needs a "template" (a mustache template string)',
  ],
  ['text with messages', { ...chat, type: 'text' }, 'messages', 'a text prompt takes a "template", not "messages"'],
  [
    'chat without messages',
    { name: 'a', version: '1.0.0', type: 'chat' },
    'messages',
    'a chat prompt needs "messages"',
  ],
  ['chat with template', { ...text, type: 'chat' }, 'template', 'a chat prompt takes "messages", not a "template"'],
  ['chat with empty messages', { ...chat, messages: [] }, 'messages', 'a chat prompt needs at least one message'],
  [
    'no content',
    { name: 'a', version: '1.0.0' },
    'template',
    'the prompt has no content: give a "template" (a text prompt) or "messages" (a chat prompt)',
  ],
  ['both template and messages', { ...chat, template: 'x' }, 'type', 'the record has both "template" and "messages"'],
  [
    'messages not a list',
    { ...chat, messages: 'hi' },
    'messages',
    '"messages" must be a list of { role, content } or { placeholder } entries, got string "hi"',
  ],
  ['message without role', { ...chat, messages: [{ content: 'x' }] }, 'messages[0].role', 'the message has no "role"'],
  [
    'message with a number content',
    { ...chat, messages: [{ role: 'user', content: 1 }] },
    'messages[0].content',
    '"content" must be a string',
  ],
  [
    'message with an unknown field',
    { ...chat, messages: [{ role: 'user', content: 'x', nmae: 'y' }] },
    'messages[0].nmae',
    'unknown field "nmae" in a message',
  ],
  [
    'placeholder with extras',
    { ...chat, messages: [{ placeholder: 'h', role: 'user' }] },
    'messages[0].role',
    'a placeholder message has only "placeholder"',
  ],
  [
    'bad placeholder',
    { ...chat, messages: [{ placeholder: 'my history' }] },
    'messages[0].placeholder',
    '"placeholder" must be a name such as "history"',
  ],
  [
    'message not an object',
    { ...chat, messages: ['hi'] },
    'messages[0]',
    'a message is { role, content } or { placeholder }, got string "hi"',
  ],
  [
    'labels not a list',
    { ...text, labels: 'production' },
    'labels',
    '"labels" must be a list of labels such as [production, staging], got string "production"',
  ],
  [
    'bad label',
    { ...text, labels: ['prod', '1x'] },
    'labels[1]',
    'invalid label "1x": a label is a letter followed by letters, digits, ".", "_" or "-"',
  ],
  ['duplicate label', { ...text, labels: ['a', 'a'] }, 'labels[1]', 'label "a" is listed twice'],
  [
    'bad hash',
    { ...text, hash: 'md5-abc' },
    'hash',
    '"hash" must be "sha256-" followed by 64 lowercase hex digits, got "md5-abc"',
  ],
  [
    'unknown top-level field',
    { ...text, templte: 'x' },
    'templte',
    'unknown field "templte" in a prompt record; did you mean "template"? Allowed fields: name, version, labels, type, template, messages, input, output, model, tools, metadata, hash.',
  ],
  [
    'unknown input field',
    { ...text, input: { schema: {}, defaults: {} } },
    'input.defaults',
    'unknown field "defaults" in "input"; did you mean "default"?',
  ],
  [
    'unknown output field',
    { ...text, output: { format: 'json' } },
    'output.format',
    'unknown field "format" in "output". Allowed fields: schema.',
  ],
  [
    'bad input schema',
    { ...text, input: { schema: { customer: 'strng' } } },
    'input.schema.customer',
    'unknown type "strng"; did you mean "string"?',
  ],
  [
    'bad output schema',
    { ...text, output: { schema: { 'a(enum)': 'x' } } },
    'output.schema.a(enum)',
    '(enum) takes a non-empty list',
  ],
  [
    'bad output JSON Schema',
    { ...text, output: { schema: { type: 'object', propertes: {} } } },
    'output.schema.propertes',
    'unknown JSON Schema keyword "propertes"; did you mean "properties"?',
  ],
  [
    'default not an object',
    { ...text, input: { default: [1] } },
    'input.default',
    '"input.default" must be an object of variable names and values, got an array',
  ],
  [
    'default does not fit',
    { ...text, input: { schema: { n: 'integer' }, default: { n: 'x' } } },
    'input.default.n',
    'the default value does not fit the input schema: expected integer, got string "x"',
  ],
  [
    'default of an unknown variable',
    { ...text, input: { schema: { n: 'integer' }, default: { m: 1 } } },
    'input.default.m',
    'unknown variable "m"',
  ],
  [
    'model with a function',
    { ...text, model: { f: () => 1 } },
    'model.f',
    '"model" must be plain data (strings, numbers, booleans, null, lists, objects): found a function',
  ],
  [
    'metadata with a Date',
    { ...text, metadata: { at: new Date(0) } },
    'metadata.at',
    'found a Date object; use plain objects',
  ],
  [
    'metadata tags not strings',
    { ...text, metadata: { tags: [1] } },
    'metadata.tags[0]',
    '"metadata.tags[0]" must be a string, got number 1',
  ],
  [
    'metadata owner not a string',
    { ...text, metadata: { owner: 1 } },
    'metadata.owner',
    '"metadata.owner" must be a string, got number 1',
  ],
];

describe('parseRecord: errors say what, where and how to fix', () => {
  for (const [title, value, field, message] of cases) {
    it(title, () => {
      const error = formatError(value, { file: 'prompts/x.json' });
      expect(error.field).toBe(field);
      expect(error.file).toBe('prompts/x.json');
      expect(error.detail).toContain(message);
    });
  }

  it('names the prompt when its name is valid', () => {
    expect(formatError({ ...text, version: '1' }).promptName).toBe('support/greeting');
    expect(formatError({ ...text, version: '1' }).message).toContain('prompt "support/greeting", field "version"');
  });
});

/** Checked where the schema is compiled (the client's compile, `parseOutput`), not by the runtime shape check. */
const SCHEMA_CASES = new Set([
  'bad input schema',
  'bad output schema',
  'bad output JSON Schema',
  'default does not fit',
  'default of an unknown variable',
]);

/** Malformed model, tool and content-part shapes (each also refused by `parseRecord`). */
const moreCases: Array<[string, unknown]> = [
  ['unknown model setting', { ...text, model: { name: 'm', max_tokens: 5 } }],
  ['model without a name', { ...text, model: { temperature: 1 } }],
  ['empty model id', { ...text, model: ' ' }],
  ['model temperature not a number', { ...text, model: { name: 'm', temperature: 'hot' } }],
  ['negative temperature', { ...text, model: { name: 'm', temperature: -1 } }],
  ['maxTokens not whole', { ...text, model: { name: 'm', maxTokens: 1.5 } }],
  ['topP above 1', { ...text, model: { name: 'm', topP: 2 } }],
  ['seed not whole', { ...text, model: { name: 'm', seed: 0.5 } }],
  ['stop not strings', { ...text, model: { name: 'm', stop: [1] } }],
  ['params not an object', { ...text, model: { name: 'm', params: [1] } }],
  ['pricing missing a price', { ...text, model: { name: 'm', pricing: { inputPerMTok: 1 } } }],
  ['unknown pricing field', { ...text, model: { name: 'm', pricing: { inputPerMTok: 1, outputPerMTok: 1, x: 1 } } }],
  ['negative price', { ...text, model: { name: 'm', pricing: { inputPerMTok: -1, outputPerMTok: 1 } } }],
  ['tools not a list', { ...text, tools: { name: 'a' } }],
  ['tool not an object', { ...text, tools: ['a'] }],
  ['tool with a bad name', { ...text, tools: [{ name: 'a b', input: {} }] }],
  [
    'tool listed twice',
    {
      ...text,
      tools: [
        { name: 'a', input: {} },
        { name: 'a', input: {} },
      ],
    },
  ],
  ['tool with an unknown field', { ...text, tools: [{ name: 'a', input: {}, parameters: {} }] }],
  ['tool description not a string', { ...text, tools: [{ name: 'a', description: 1, input: {} }] }],
  ['tool without input', { ...text, tools: [{ name: 'a' }] }],
  ['unknown role', { ...chat, messages: [{ role: 'bot', content: 'x' }] }],
  ['parts in a system message', { ...chat, messages: [{ role: 'system', content: [{ type: 'text', text: 'x' }] }] }],
  ['no parts', { ...chat, messages: [{ role: 'user', content: [] }] }],
  ['unknown part type', { ...chat, messages: [{ role: 'user', content: [{ type: 'audio', url: 'x' }] }] }],
  [
    'part with an unknown field',
    { ...chat, messages: [{ role: 'user', content: [{ type: 'text', text: 'x', url: 'y' }] }] },
  ],
  ['image part without url', { ...chat, messages: [{ role: 'user', content: [{ type: 'image' }] }] }],
  ['__proto__ in metadata', { ...text, metadata: JSON.parse('{"__proto__": {"x": 1}}') }],
  ['NaN in model params', { ...text, model: { name: 'm', params: { x: Number.NaN } } }],
  ['input not an object', { ...text, input: 'x' }],
  ['input schema not a schema', { ...text, input: { schema: 'string' } }],
  ['metadata not an object', { ...text, metadata: 'x' }],
  ['version not a string', { ...text, version: 1 }],
  ['label not a string', { ...text, labels: [1] }],
];

describe('parseRecordShape: the runtime check refuses every malformed shape that parseRecord refuses', () => {
  for (const [title, value, field] of cases) {
    if (SCHEMA_CASES.has(title)) continue;
    it(title, () => {
      const error = thrownBy(PromptFormatError, () => parseRecordShape(value, { file: 'prompts/x.json' }));
      expect(error.file).toBe('prompts/x.json');
      // The same field, or (for a record-level problem) the field the lean check looks at first.
      if (!['no content', 'both template and messages', 'text with messages'].includes(title)) {
        expect(error.field).toBe(field);
      }
    });
  }
  for (const [title, value, field] of cases) {
    if (!SCHEMA_CASES.has(title) || title.startsWith('default')) continue;
    it(`${title}: refused at the same field where the client compiles the schema, in plain words`, () => {
      const record = parseRecordShape(value);
      const error = thrownBy(PromptFormatError, () => {
        compileStoredPrompt(record, { strict: false });
        parseOutput(record, '{}');
      });
      expect(error.field).toBe(field);
      expect(error.detail).not.toContain('did you mean');
    });
  }
  for (const [title, value] of moreCases) {
    it(title, () => {
      const rich = thrownBy(PromptFormatError, () => parseRecord(value));
      const lean = thrownBy(PromptFormatError, () => parseRecordShape(value));
      // The same field, or one inside it (`model.stop[0]` for `model.stop`).
      expect(lean.field?.startsWith(rich.field ?? '')).toBe(true);
    });
  }

  it('returns the same clean copy as parseRecord for good records', () => {
    const full = {
      hash: `sha256-${'a'.repeat(64)}`,
      metadata: { owner: 'team', tags: ['a'], custom: { x: 1 } },
      tools: [{ name: 'lookup', description: 'Find', input: { id: 'string' } }],
      model: {
        name: 'gpt-4o-mini',
        temperature: 0.2,
        stop: ['x'],
        params: { a: 1 },
        pricing: { inputPerMTok: 1, outputPerMTok: 2 },
      },
      output: { schema: { answer: 'string' } },
      input: { schema: { customer: 'string' }, default: { customer: 'Ada' } },
      template: 'Hi',
      labels: ['production', 'exp.b-2'],
      version: '1.0.0-rc.1',
      name: 'a/b',
      type: null,
    };
    const parts = {
      ...chat,
      messages: [
        ...chat.messages,
        {
          role: 'user',
          content: [
            { type: 'text', text: 'a' },
            { type: 'image', url: '{{u}}' },
          ],
        },
      ],
    };
    for (const record of [text, chat, full, parts, { ...text, model: 'gpt-4o' }]) {
      const lean = parseRecordShape(record);
      expect(lean).toEqual(parseRecord(record));
      expect(Object.keys(lean)).toEqual(Object.keys(parseRecord(record)));
    }
  });

  it('leaves schema checks to where the schema is used: compile, render, parseOutput', () => {
    for (const title of SCHEMA_CASES) {
      const value = cases.find(([name]) => name === title)?.[1];
      expect(() => parseRecordShape(value)).not.toThrow();
    }
  });
});
