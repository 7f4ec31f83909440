/** `validate` on a partial tag whose name is not a prompt name (`{{> Header}}`): no "create it" advice. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateFolder } from '../../src/authoring/validate.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

async function folder(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'promptops-partial-names-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const prompt = (body: string): string => `---\nversion: 1.0.0\n---\n${body}\n`;

describe('validate: partial names', () => {
  it('reports {{> Header}} as a name no prompt can have, with "did you mean" and no "create it"', async () => {
    const root = await folder({
      'main.prompt.md': prompt('Intro.\n{{> Header}}\nBye.'),
      'header.prompt.md': prompt('H'),
    });
    const report = await validateFolder(root, 'prompts');
    const partial = report.findings.filter((f) => f.rule === 'partial');
    expect(partial).toEqual([
      expect.objectContaining({
        name: 'main',
        version: '1.0.0',
        severity: 'error',
        line: 5,
        message: 'partial "Header" (included by main@1.0.0) can include nothing: invalid prompt name "Header"',
        fix:
          'Use lowercase segments of [a-z0-9][a-z0-9._-]* joined by "/" (e.g. "support/greeting"); no leading "/", ' +
          'no empty, "." or ".." segments; did you mean "{{> header}}"? fix the name in "{{> Header}}"',
      }),
    ]);
  });

  it('without a close name, says to fix or remove the tag', async () => {
    const root = await folder({ 'main.prompt.md': prompt('{{> Some Thing}}') });
    const [finding] = (await validateFolder(root, 'prompts')).findings.filter((f) => f.rule === 'partial');
    expect(finding?.fix).toMatch(/segments; fix the name in "\{\{> Some Thing\}\}"$/);
    expect(finding?.fix).not.toMatch(/create/i);
  });

  it('inside a partial ({{> Header}} in a partial the prompt includes): the same words, no "create it"', async () => {
    const root = await folder({
      'main.prompt.md': prompt('Intro.\n{{> part}}'),
      'part.prompt.md': prompt('Part {{> Header}}'),
      'header.prompt.md': prompt('H'),
    });
    const findings = (await validateFolder(root, 'prompts')).findings.filter((f) => f.rule === 'partial');
    const direct = findings.find((f) => f.name === 'part');
    const nested = findings.find((f) => f.name === 'main');
    expect(direct?.message).toBe(
      'partial "Header" (included by part@1.0.0) can include nothing: invalid prompt name "Header"',
    );
    expect(nested).toMatchObject({
      severity: 'error',
      message:
        'partial "Header" (included by partial "part" of main@1.0.0) can include nothing: invalid prompt name "Header"',
      fix:
        'Use lowercase segments of [a-z0-9][a-z0-9._-]* joined by "/" (e.g. "support/greeting"); no leading "/", ' +
        'no empty, "." or ".." segments; fix the name in "{{> Header}}"',
    });
    expect(nested?.fix).not.toMatch(/create|\.prompt\.md/i);
  });
});
