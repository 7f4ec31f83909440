import { describe, expect, it } from 'vitest';
import { cli, fixtureCopy } from './helpers.js';

describe('CLI messages name things once and give the command that fixes them', () => {
  it('list prints each problem file once', async () => {
    const run = await cli(['list', 'broken']);
    const line = run.stderr.split('\n').find((l) => l.includes('unknown-field.prompt.md'));
    expect(line).toBeDefined();
    expect(line?.split('unknown-field.prompt.md')).toHaveLength(2);
  });

  it('typegen --check --strict says to run typegen with --strict', async () => {
    const dir = await fixtureCopy();
    const run = await cli(['typegen', 'prompts', '--check', '--strict', '-o', 'missing.gen.ts'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/run "promptops typegen prompts -o missing\.gen\.ts --strict" and commit it/);
  });
});

describe('lock changes', () => {
  it('a same-version change says whether the hash or the selector changed', async () => {
    const { lockChanges } = await import('../../src/authoring/lock.js');
    const entry = (hash: string, selector = '^1') => ({ version: '1.1.0', hash, selector });
    const before = { lockfileVersion: 1 as const, prompts: { a: entry('sha256-1'), b: entry('sha256-2') } };
    const after = { lockfileVersion: 1 as const, prompts: { a: entry('sha256-9'), b: entry('sha256-2', '~1.1') } };
    expect(lockChanges(before, after)).toEqual([
      { name: 'a', from: '1.1.0', to: '1.1.0', same: 'hash' },
      { name: 'b', from: '1.1.0', to: '1.1.0', same: 'selector' },
    ]);
  });
});
