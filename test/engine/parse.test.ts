import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PROMPT_FILE_BYTES, parsePromptFile, promptFileFormat } from '../../src/engine/parse.js';
import { PromptFormatError } from '../../src/errors.js';
import { thrownBy } from '../helpers/errors.js';

const fixtures = fileURLToPath(new URL('../fixtures/parse/', import.meta.url));
const read = (path: string) => readFileSync(`${fixtures}${path}`, 'utf8');

function parseFixture(path: string, name = 'fixture') {
  return parsePromptFile(read(path), { file: path, name });
}

const formatError = (fn: () => unknown): PromptFormatError => thrownBy(PromptFormatError, fn);

describe('parsePromptFile: good files', () => {
  it('.prompt.md: front matter + body, shorthands into metadata', () => {
    expect(parseFixture('good/greeting.prompt.md', 'support/greeting')).toEqual({
      name: 'support/greeting',
      version: '1.2.0',
      labels: ['production'],
      type: 'text',
      template: 'You are a support agent for {{company}}. Greet {{customer}} in a {{tone}} tone.',
      input: {
        schema: {
          company: 'string',
          customer: "string, the customer's first name",
          'tone?(enum)': ['formal', 'friendly'],
        },
        default: { tone: 'friendly' },
      },
      model: { name: 'gpt-4o-mini', temperature: 0.2 },
      metadata: { owner: 'support-team' },
    });
  });

  it('.prompt.yaml and .prompt.json hold every field, chat prompts included; both give the same record', () => {
    const yaml = parseFixture('good/triage.prompt.yaml', 'support/triage');
    expect(yaml).toEqual({
      name: 'support/triage',
      version: '2.0.0',
      type: 'chat',
      messages: [
        { role: 'system', content: 'You triage support tickets.' },
        { placeholder: 'history' },
        { role: 'user', content: '{{ticket}}' },
      ],
      input: { schema: { ticket: 'string', 'history?(array)': 'any' } },
    });
    expect(parseFixture('good/triage.prompt.json', 'support/triage')).toEqual(yaml);
  });

  it('name: in the file wins over the path name; the body keeps inner blank lines', () => {
    expect(parseFixture('good/versioned.prompt.md', 'support/greeting/2.0.0')).toEqual({
      name: 'support/greeting',
      version: '2.0.0-beta.1',
      type: 'text',
      template: 'Hi {{customer}}!\n\nMulti-line body, with a trailing blank line kept.\n',
      metadata: { description: 'A friendlier greeting', tags: ['support', 'greeting'], reviewed: true },
    });
  });

  it('CRLF files give the same template as LF files', () => {
    const record = parseFixture('good/crlf.prompt.md');
    expect(record.template).toBe('Line one\nLine two');
    expect(record.version).toBe('1.0.0');
  });

  it('a byte order mark, an empty body, a blank field', () => {
    expect(parsePromptFile('\uFEFF---\nversion: 1.0.0\nmodel:\n---\n', { file: 'a.prompt.md', name: 'a' })).toEqual({
      name: 'a',
      version: '1.0.0',
      type: 'text',
      template: '',
    });
  });

  it('.prompt.yml is YAML too', () => {
    expect(parsePromptFile('version: 1.0.0\ntemplate: Hi\n', { file: 'a.prompt.yml', name: 'a' }).template).toBe('Hi');
  });

  it('promptFileFormat', () => {
    expect(promptFileFormat('a/b.prompt.md')).toBe('md');
    expect(promptFileFormat('a/b.prompt.yaml')).toBe('yaml');
    expect(promptFileFormat('a/b.prompt.yml')).toBe('yaml');
    expect(promptFileFormat('a/b.prompt.json')).toBe('json');
    expect(promptFileFormat('README.md')).toBeUndefined();
  });
});

describe('parsePromptFile: broken files name the file, line, field and fix', () => {
  const cases: Array<{ file: string; line: number; column?: number; field?: string; message: string }> = [
    {
      file: 'broken/bad-yaml.prompt.md',
      line: 4,
      column: 1,
      message:
        'invalid front matter: Flow map in block collection must be sufficiently indented and end with a }; fix the YAML syntax',
    },
    {
      file: 'broken/no-front-matter.prompt.md',
      line: 1,
      field: 'version',
      message:
        'missing front matter: a .prompt.md file must start with a line "---", then YAML fields (at least `version: 1.0.0`), then a line "---", then the template',
    },
    {
      file: 'broken/unterminated.prompt.md',
      line: 1,
      message:
        'the front matter opened on line 1 is never closed: add a line "---" after the YAML fields, before the template',
    },
    {
      file: 'broken/missing-version.prompt.md',
      line: 1,
      field: 'version',
      message: 'missing "version": every prompt needs a semver version such as `version: 1.0.0`',
    },
    {
      file: 'broken/bad-version.prompt.yaml',
      line: 2,
      column: 1,
      field: 'version',
      message:
        '"version" must be a semver string such as "1.0.0", got the number 1 (YAML reads an unquoted 1.0 or 2 as a number): write all three parts (1.0.0) or quote it',
    },
    {
      file: 'broken/unknown-type.prompt.yaml',
      line: 2,
      field: 'type',
      message: 'unknown prompt type "completion": use "text" (with a template) or "chat" (with messages).',
    },
    {
      file: 'broken/chat-without-messages.prompt.yaml',
      line: 1,
      field: 'messages',
      message: 'a chat prompt needs "messages": a list of { role, content } or { placeholder } entries',
    },
    {
      file: 'broken/invalid-name.prompt.md',
      line: 3,
      field: 'name',
      message: 'invalid prompt name "Support/Greeting": use lowercase segments of [a-z0-9][a-z0-9._-]* joined by "/"',
    },
    {
      file: 'broken/non-string-template.prompt.yaml',
      line: 2,
      field: 'template',
      message:
        '"template" must be a string (a mustache template), got an array; for a list of messages use "messages" and type: chat',
    },
    {
      file: 'broken/duplicate-key.prompt.yaml',
      line: 6,
      column: 5,
      field: 'input.schema.name',
      message: 'the key "input.schema.name" appears twice in the YAML: keep one',
    },
    {
      file: 'broken/duplicate-key.prompt.json',
      line: 4,
      column: 3,
      field: 'version',
      message: 'the key "version" appears twice: keep one',
    },
    { file: 'broken/bad-json.prompt.json', line: 4, column: 1, message: 'invalid JSON: remove the comma before "}"' },
    {
      file: 'broken/bad-schema.prompt.md',
      line: 6,
      column: 5,
      field: 'input.schema.customer',
      message: 'unknown type "strng"; did you mean "string"?',
    },
    {
      file: 'broken/unknown-field.prompt.md',
      line: 3,
      field: 'lables',
      message:
        'unknown field "lables"; did you mean "labels"? Allowed fields: version, name, labels, type, input, output, model, tools, metadata, hash, owner, description, tags.',
    },
    {
      file: 'broken/md-messages.prompt.md',
      line: 3,
      field: 'messages',
      message:
        '"messages" is not allowed here: a .prompt.md file holds a text prompt (its body is the template); write a chat prompt as .prompt.yaml or .prompt.json',
    },
    {
      file: 'broken/alias-bomb.prompt.yaml',
      line: 1,
      message: 'the YAML expands aliases (*name) more than 100 times: write the values out instead',
    },
    {
      file: 'broken/bad-message.prompt.yaml',
      line: 5,
      field: 'messages[1].role',
      message:
        'the message has no "role" (system, developer, user, assistant): a message is { role, content } or { placeholder }',
    },
    {
      file: 'broken/not-a-mapping.prompt.yaml',
      line: 1,
      message: "the file must hold the record's fields (`version: 1.0.0`, …), got an array",
    },
    {
      file: 'broken/unknown-tag.prompt.yaml',
      line: 2,
      column: 11,
      message: 'unknown YAML tag in the YAML (Unresolved tag: !include): remove the tag, or quote the value',
    },
    {
      file: 'broken/bad-default.prompt.md',
      line: 7,
      field: 'input.default.tone',
      message:
        'the default value does not fit the input schema: expected one of "formal", "friendly", null, got string "rude"',
    },
    {
      file: 'broken/owner-twice.prompt.md',
      line: 3,
      field: 'owner',
      message: '"owner" is given both at the top level and in metadata: keep one',
    },
  ];

  for (const { file, line, column, field, message } of cases) {
    it(file, () => {
      const error = formatError(() => parseFixture(file));
      expect(error.file).toBe(file);
      expect(error.line).toBe(line);
      if (column !== undefined) expect(error.column).toBe(column);
      expect(error.field).toBe(field);
      expect(error.detail).toContain(message);
      expect(error.message.startsWith(`${file}:${line}`)).toBe(true);
    });
  }

  it('YAML errors show the offending lines', () => {
    expect(formatError(() => parseFixture('broken/bad-yaml.prompt.md')).detail).toContain(
      'model: { name: gpt-4o, temperature: 0.2\nlabels: [production]\n^',
    );
  });

  it('a blank line before the front matter is pointed out', () => {
    const error = formatError(() =>
      parsePromptFile('\n---\nversion: 1.0.0\n---\nHi', { file: 'a.prompt.md', name: 'a' }),
    );
    expect(error.detail).toContain('(found it on line 2: remove the blank lines before it)');
  });

  it('template or type: chat in md front matter', () => {
    const template = formatError(() =>
      parsePromptFile('---\nversion: 1.0.0\ntemplate: x\n---\n', { file: 'a.prompt.md', name: 'a' }),
    );
    expect([template.line, template.field]).toEqual([3, 'template']);
    expect(template.detail).toBe(
      'the template of a .prompt.md file is its body, after the front matter: remove "template"',
    );
    const chat = formatError(() =>
      parsePromptFile('---\nversion: 1.0.0\ntype: chat\n---\n', { file: 'a.prompt.md', name: 'a' }),
    );
    expect(chat.detail).toContain('type: chat is not allowed here');
  });

  it('a name derived from the path that is invalid says so', () => {
    const error = formatError(() =>
      parsePromptFile('---\nversion: 1.0.0\n---\nHi', { file: 'Bad Name.prompt.md', name: 'Bad Name' }),
    );
    expect(error.field).toBe('name');
    expect(error.detail).toContain('The name comes from the file path: rename the file, or set `name:` in the file');
    const none = formatError(() => parsePromptFile('version: 1.0.0\ntemplate: x', { file: 'a.prompt.yaml' }));
    expect(none.detail).toContain('the prompt has no name');
  });

  it('shorthand errors point at the shorthand line', () => {
    const error = formatError(() =>
      parsePromptFile('---\nversion: 1.0.0\n\ntags: [1, 2]\n---\nHi', { file: 'a.prompt.md', name: 'a' }),
    );
    expect([error.line, error.field]).toEqual([4, 'metadata.tags[0]']);
  });

  it('not a prompt file, upper-case extension', () => {
    expect(formatError(() => parsePromptFile('x', { file: 'a.md' })).detail).toContain('not a prompt file');
    expect(formatError(() => parsePromptFile('x', { file: 'a.PROMPT.MD' })).detail).toContain('lowercase');
  });

  it('files over 1 MiB are rejected before parsing', () => {
    const big = `---\nversion: 1.0.0\n---\n${'x'.repeat(MAX_PROMPT_FILE_BYTES)}`;
    expect(formatError(() => parsePromptFile(big, { file: 'a.prompt.md', name: 'a' })).detail).toContain(
      'larger than 1 MiB',
    );
    // multi-byte characters count as bytes
    const wide = `---\nversion: 1.0.0\n---\n${'é'.repeat(MAX_PROMPT_FILE_BYTES / 2 + 10)}`;
    expect(formatError(() => parsePromptFile(wide, { file: 'a.prompt.md', name: 'a' })).detail).toContain(
      'larger than 1 MiB',
    );
  });

  it('deep nesting is an error, not a crash', () => {
    const deep = `version: 1.0.0\ntemplate: x\nmodel: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect(formatError(() => parsePromptFile(deep, { file: 'a.prompt.yaml', name: 'a' })).detail).toMatch(
      /too deeply|more than/,
    );
    const json = `{"version":"1.0.0","template":"x","model":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(formatError(() => parsePromptFile(json, { file: 'a.prompt.json', name: 'a' })).detail).toContain(
      'the JSON nests more than 200 levels deep',
    );
  });

  it('JSON syntax errors at their line and column', () => {
    const cases: Array<[string, number, number, string]> = [
      ['', 1, 1, 'the file is empty'],
      ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'invalid JSON: expected "," or "}", found character "\\""'],
      ["{\n  'a': 1\n}", 2, 3, 'strings take double quotes'],
      ['{"a": "b\nc"}', 1, 9, 'a line break or control character inside a string'],
      ['{"a": tru}', 1, 7, 'expected a value'],
      ['{"a": 1} x', 1, 10, 'unexpected character "x" after the end of the JSON value'],
      ['{"a": "\\x"}', 1, 8, 'unknown escape "\\x"'],
      ['{"a": "abc', 1, 7, 'this string is never closed'],
      ['[1, ]', 1, 5, 'remove the comma before "]"'],
    ];
    for (const [text, line, column, message] of cases) {
      const error = formatError(() => parsePromptFile(text, { file: 'a.prompt.json', name: 'a' }));
      expect([error.line, error.column]).toEqual([line, column]);
      expect(error.detail).toContain(message);
    }
  });

  it('JSON field errors point at the key', () => {
    const text =
      '{\n  "version": "1.0.0",\n  "messages": [\n    { "role": "user", "content": "a" },\n    { "role": 1, "content": "b" }\n  ]\n}';
    const error = formatError(() => parsePromptFile(text, { file: 'a.prompt.json', name: 'a' }));
    expect([error.line, error.column, error.field]).toEqual([5, 7, 'messages[1].role']);
  });
});

describe('parsePromptFile: fuzzing', () => {
  const files = ['a.prompt.md', 'a.prompt.yaml', 'a.prompt.json'];

  const yamlish = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'version: 1.0.0',
          'version: 1.0',
          'name: a/b',
          'type: chat',
          'type: text',
          'template: Hello {{x}}',
          'messages:',
          '  - role: user',
          '    content: hi',
          '  - placeholder: h',
          'input:',
          '  schema:',
          '    a: string',
          '    b?(enum): [x, y]',
          '    c(array): { d: integer }',
          '  default: { a: x }',
          'labels: [production]',
          'metadata: &m { a: 1 }',
          'model: *m',
          '---',
          '- x',
          '{',
          '"version": "1.0.0",',
          '}',
          '  ',
          '\t',
        ),
        fc.string({ maxLength: 20 }),
      ),
      { maxLength: 14 },
    )
    .map((lines) => lines.join('\n'));

  it('throws nothing but PromptFormatError on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.oneof(
          fc.string(),
          yamlish,
          yamlish.map((y) => `---\n${y}\n---\nbody`),
        ),
        (file, text) => {
          try {
            parsePromptFile(text, { file, name: 'fuzz' });
          } catch (error) {
            if (!(error instanceof PromptFormatError)) throw error;
            expect(error.file).toBe(file);
          }
        },
      ),
      { seed: 1234, numRuns: 3000 },
    );
  });

  it('throws nothing but PromptFormatError on arbitrary JSON records', () => {
    const record = fc.record(
      {
        version: fc.oneof(fc.constant('1.0.0'), fc.jsonValue()),
        name: fc.oneof(fc.constant('a'), fc.jsonValue()),
        type: fc.oneof(fc.constantFrom('text', 'chat'), fc.jsonValue()),
        template: fc.oneof(fc.string(), fc.jsonValue()),
        messages: fc.oneof(fc.array(fc.record({ role: fc.jsonValue(), content: fc.jsonValue() })), fc.jsonValue()),
        input: fc.oneof(fc.record({ schema: fc.jsonValue(), default: fc.jsonValue() }), fc.jsonValue()),
        output: fc.record({ schema: fc.jsonValue() }),
        labels: fc.jsonValue(),
        metadata: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(record, (value) => {
        try {
          parsePromptFile(JSON.stringify(value), { file: 'a.prompt.json', name: 'fuzz' });
        } catch (error) {
          if (!(error instanceof PromptFormatError)) throw error;
        }
      }),
      { seed: 99, numRuns: 2000 },
    );
  });
});
