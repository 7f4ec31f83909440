import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TypegenResult } from '../../src/authoring/typegen.js';
import { entriesOf, typegenChanges } from '../../src/authoring/typegen.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { generateRegistry } from '../../src/typegen/generate.js';
import { cli, fixtureCopy } from '../cli/helpers.js';

/** The committed output for `test/fixtures/cli/prompts`, used by `test/types/registry.test-d.ts`. */
const GENERATED = resolve(import.meta.dirname, '../types/fixtures/prompts.gen.ts');
const GENERATED_ARGS = ['typegen', 'prompts', '-o', GENERATED, '--module', '../../../src/index.js'];

const greeting = (
  version: string,
  schema: Record<string, unknown>,
  extra: Partial<PromptRecord> = {},
): PromptRecord => ({
  name: 'support/greeting',
  version,
  type: 'text',
  template: Object.keys(schema)
    .map((key) => `{{${key.replace(/[?(].*$/, '')}}}`)
    .join(' '),
  input: { schema },
  ...extra,
});

describe('promptops typegen', () => {
  it('still produces exactly the committed fixture (--check)', async () => {
    const run = await cli([...GENERATED_ARGS, '--check', '--json']);
    const result = run.json<TypegenResult>();
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ upToDate: true, written: false });
    expect(result.names).toEqual([
      'helpdesk/farewell',
      'helpdesk/greeting',
      'helpdesk/partials/signature',
      'helpdesk/triage',
    ]);
    expect(run.code).toBe(0);
  });

  it('writes the file, then --check passes; a changed prompt makes --check exit 1 with a summary', async () => {
    const dir = await fixtureCopy();
    const first = await cli(['typegen', '-o', 'src/prompts.gen.ts'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('wrote src/prompts.gen.ts (4 prompts)');
    const text = await readFile(join(dir, 'src/prompts.gen.ts'), 'utf8');
    expect(text).toContain('declare module "promptops" {');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no timestamps
    expect((await cli(['typegen', '--check', '-o', 'src/prompts.gen.ts'], { cwd: dir })).code).toBe(0);

    const file = join(dir, 'prompts/helpdesk/farewell.prompt.json');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('Goodbye {{customer}}.', 'Goodbye {{customer}} from {{company}}.'),
    );
    const check = await cli(['typegen', '--check', '-o', 'src/prompts.gen.ts'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/src\/prompts\.gen\.ts is out of date \(\+\d+ −\d+ lines\)/);
    expect(check.stdout).toContain('  ~ helpdesk/farewell');
    const json = (
      await cli(['typegen', '--check', '-o', 'src/prompts.gen.ts', '--json'], { cwd: dir })
    ).json<TypegenResult>();
    expect(json.changes).toMatchObject({ namesChanged: ['helpdesk/farewell'], namesAdded: [], namesRemoved: [] });
    expect(await readFile(join(dir, 'src/prompts.gen.ts'), 'utf8')).toBe(text); // --check never writes
  });

  it('fails --check when the file is missing', async () => {
    const dir = await fixtureCopy();
    const run = await cli(['typegen', '--check', '-o', 'none.gen.ts', '--json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.json<TypegenResult>().changes.namesAdded).toHaveLength(4);
  });

  it('writes the strict option with --strict', async () => {
    const dir = await fixtureCopy();
    await cli(['typegen', '--strict', '-o', 'strict.gen.ts'], { cwd: dir });
    expect(await readFile(join(dir, 'strict.gen.ts'), 'utf8')).toContain(
      '  interface PromptRegistryOptions {\n    strict: true;\n  }\n',
    );
  });

  it('types what it can of a broken folder and exits 1 with the problems', async () => {
    const dir = await fixtureCopy();
    const run = await cli(['typegen', 'broken', '-o', 'broken.gen.ts', '--json'], { cwd: dir });
    expect(run.code).toBe(1);
    const result = run.json<TypegenResult>();
    expect(result.names).toContain('no-owner');
    expect(result.problems.length).toBeGreaterThan(3);
  });
});

describe('generateRegistry', () => {
  const records: PromptRecord[] = [
    greeting('1.0.0', { customer: 'string' }, { labels: ['production'] }),
    greeting('1.2.0', { customer: 'string', 'tone?': 'string' }),
    greeting(
      '2.0.0',
      { company: 'string', customer: 'string', 'tone(enum)': ['formal', 'friendly'] },
      {
        input: {
          schema: { company: 'string', customer: 'string', 'tone(enum)': ['formal', 'friendly'] },
          default: { tone: 'friendly' },
        },
        template: '{{company}} {{customer}} {{tone}}',
      },
    ),
    greeting('3.0.0-beta.1', { other: 'string' }),
    {
      name: 'a/chat',
      version: '1.0.0',
      type: 'chat',
      messages: [{ placeholder: 'b' }, { role: 'user', content: '{{q}}' }, { placeholder: 'a' }],
    },
  ];

  it('is deterministic: input order does not matter', () => {
    const one = generateRegistry(records).text;
    const two = generateRegistry([...records].reverse()).text;
    expect(two).toBe(one);
    expect(generateRegistry(records).names).toEqual(['a/chat', 'support/greeting']);
  });

  it('types the latest non-prerelease, each major, releases and labels; defaults are optional', () => {
    const { text } = generateRegistry(records);
    const entry = entriesOf(text).get('support/greeting') ?? '';
    expect(entry).toContain(
      '      input: {\n        company: string;\n        customer: string;\n        tone?: "formal" | "friendly";\n      };',
    );
    expect(entry).toContain(
      '        /** 1.2.0 */\n        "1": {\n          type: "text";\n          input: {\n            customer: string;\n            tone?: string | null;\n          };',
    );
    expect(entry).toContain('        /** 3.0.0-beta.1 */\n        "3": {');
    expect(entry).toContain('      releases: "1.0.0" | "1.2.0" | "2.0.0" | "3.0.0-beta.1";');
    expect(entry).toContain('      labels: { production: "1" };');
    const chat = entriesOf(text).get('a/chat') ?? '';
    expect(chat).toContain('      placeholders: "a" | "b";');
    expect(chat).toContain('        q: unknown;');
  });

  it('leaves out versions that do not compile, naming them', () => {
    const broken: PromptRecord = { name: 'x/y', version: '1.0.0', type: 'text', template: '{{#open}}' };
    const result = generateRegistry([...records, broken]);
    expect(result.names).not.toContain('x/y');
    expect(result.problems).toEqual([expect.objectContaining({ name: 'x/y', version: '1.0.0' })]);
  });

  it('summarizes changes between two generated files', () => {
    const before = generateRegistry(records.slice(0, 2)).text;
    const after = generateRegistry(records).text;
    expect(typegenChanges(before, after)).toMatchObject({
      namesAdded: ['a/chat'],
      namesChanged: ['support/greeting'],
      namesRemoved: [],
    });
    expect(typegenChanges(after, after)).toMatchObject({ linesAdded: 0, linesRemoved: 0 });
  });
});

/** The committed output for {@link OUTPUT_RECORDS}, used by `test/types/output.test-d.ts`. */
const OUTPUTS = resolve(import.meta.dirname, '../types/fixtures/outputs.gen.ts');

/** Prompts with output schemas (Picoschema and JSON Schema), model configs, text and chat versions. */
const OUTPUT_RECORDS: PromptRecord[] = [
  {
    name: 'typed/extract',
    version: '1.0.0',
    type: 'text',
    template: 'Extract the person from: {{text}}',
    input: { schema: { text: 'string' } },
    output: { schema: { name: 'string', 'age?': 'integer' } },
    model: 'gpt-4o-mini',
  },
  {
    name: 'typed/extract',
    version: '2.0.0',
    type: 'chat',
    messages: [
      { role: 'system', content: 'Extract every person.' },
      { placeholder: 'history' },
      { role: 'user', content: '{{text}}' },
    ],
    input: { schema: { text: 'string' } },
    output: {
      schema: {
        'people(array)': { name: 'string', 'email?': 'string' },
        'status(enum)': ['complete', 'partial'],
      },
    },
    model: { name: 'claude-sonnet-4-5', provider: 'anthropic', maxTokens: 1024, stop: ['END'], params: { top_k: 5 } },
  },
  {
    name: 'typed/summary',
    version: '1.0.0',
    type: 'text',
    template: 'Summarize: {{doc}}',
    output: {
      schema: {
        type: 'object',
        properties: { summary: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
        required: ['summary'],
      },
    },
  },
];

describe('generateRegistry: kind, output and model', () => {
  it('writes the kind, the parseOutput() type and the model type of every version (committed fixture)', async () => {
    const { text, problems } = generateRegistry(OUTPUT_RECORDS, { module: '../../../src/index.js' });
    expect(problems).toEqual([]);
    // `UPDATE_TYPEGEN_FIXTURES=1 npx vitest run test/typegen` rewrites the fixture after a deliberate change.
    if (process.env.UPDATE_TYPEGEN_FIXTURES === '1') await writeFile(OUTPUTS, text);
    expect(text).toBe(await readFile(OUTPUTS, 'utf8'));
    expect(generateRegistry([...OUTPUT_RECORDS].reverse(), { module: '../../../src/index.js' }).text).toBe(text);
    const extract = entriesOf(text).get('typed/extract') ?? '';
    expect(extract).toContain('      type: "chat";\n');
    expect(extract).toContain(
      '      model: { name: "claude-sonnet-4-5"; provider: "anthropic"; maxTokens: number; stop: string[]; params: { top_k: number } };',
    );
    expect(extract).toContain('          type: "text";\n');
    expect(extract).toContain('          model: "gpt-4o-mini";');
    const summary = entriesOf(text).get('typed/summary') ?? '';
    expect(summary).toContain('      model: undefined;');
    expect(summary).toMatch(/output: \{\n\s+summary: string;\n\s+tags\?: Array<string>;\n\s+\};/);
  });

  it('writes output: unknown without an output schema, and a changed output schema fails --check', () => {
    const before = generateRegistry(records());
    expect(before.text).toContain('output: unknown;');
    const changed = OUTPUT_RECORDS.map((r) =>
      r.name === 'typed/summary' ? { ...r, output: { schema: { summary: 'string', words: 'integer' } } } : r,
    );
    const after = generateRegistry(changed).text;
    expect(typegenChanges(generateRegistry(OUTPUT_RECORDS).text, after).namesChanged).toEqual(['typed/summary']);
  });
});

function records(): PromptRecord[] {
  return [greeting('1.0.0', { customer: 'string' })];
}
