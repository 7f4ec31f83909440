import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateFolder } from '../../src/authoring/validate.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'promptops-near-miss-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('validate: files that look like prompts but are skipped', () => {
  it('warns about greeting.md, x.prompt.txt and x.promt.md with the rename; README.md and data files are left alone', async () => {
    await mkdir(join(dir, 'support'), { recursive: true });
    const prompt = '---\nversion: 1.0.0\n---\nHello {{customer}}\n';
    await writeFile(join(dir, 'support/greeting.md'), prompt);
    await writeFile(join(dir, 'x.prompt.txt'), prompt);
    await writeFile(join(dir, 'y.promt.md'), prompt);
    await writeFile(join(dir, 'README.md'), '# Our prompts\n\nversion: see the files\n');
    await writeFile(join(dir, 'data.json'), '{"rows": []}');
    await writeFile(join(dir, 'ok.prompt.md'), prompt);
    const report = await validateFolder(dir, 'prompts');
    const warnings = report.findings.filter((f) => f.severity === 'warning' && f.rule === 'file');
    expect(warnings.map((f) => [f.file, f.fix])).toEqual([
      ['prompts/support/greeting.md', 'Rename it to support/greeting.prompt.md'],
      ['prompts/x.prompt.txt', 'Rename it to x.prompt.md'],
      ['prompts/y.promt.md', 'Rename it to y.prompt.md'],
    ]);
    expect(warnings[0]?.message).toMatch(/looks like a prompt file but is skipped/);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('flags a bare .prompt file, and names the extension that fits what the file holds', async () => {
    const yaml = 'version: 1.0.0\ntemplate: Hello {{customer}}\n';
    await writeFile(join(dir, 'c.prompt'), '---\nversion: 1.0.0\n---\nHi\n');
    await writeFile(join(dir, 'x.prompt.txt'), yaml);
    await writeFile(join(dir, 'y.txt'), yaml);
    await writeFile(join(dir, 'z.prompt'), '{ "version": "1.0.0", "template": "Hi" }');
    await writeFile(join(dir, 'notes.txt'), 'version: of our process\n');
    const report = await validateFolder(dir, 'prompts');
    const warnings = report.findings.filter((f) => f.severity === 'warning' && f.rule === 'file');
    expect(warnings.map((f) => [f.file, f.fix])).toEqual([
      ['prompts/c.prompt', 'Rename it to c.prompt.md'],
      ['prompts/x.prompt.txt', 'Rename it to x.prompt.yaml'],
      ['prompts/y.txt', 'Rename it to y.prompt.yaml'],
      ['prompts/z.prompt', 'Rename it to z.prompt.json'],
    ]);
  });
});
