import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffResult } from '../../src/authoring/diff.js';
import type { ListResult } from '../../src/authoring/list.js';
import type { LockResult } from '../../src/authoring/lock.js';
import type { RenderResult } from '../../src/authoring/render.js';
import type { ValidateReport } from '../../src/authoring/validate.js';
import { parseVarFlags } from '../../src/cli/commands/render.js';
import { createPromptServer, type PromptServer } from '../../src/server/server.js';
import { fileStore } from '../../src/stores/fs/file-store.js';
import { cli, FIXTURES, fixtureCopy } from './helpers.js';

describe('promptops --help', () => {
  it('lists every command, and each command has an example', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const name of ['validate', 'render', 'list', 'diff', 'lock', 'typegen', 'serve']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
      const help = await cli([name, '--help']);
      expect(help.code, name).toBe(0);
      expect(help.stdout, name).toContain('Examples:');
      expect(help.stdout, name).toContain(`$ promptops ${name}`);
      expect(help.stdout, name).toContain('Exit codes:');
      expect(help.stdout, name).toContain('--json');
    }
  });

  it('exits 2 on an unknown command or a missing argument', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['render'])).code).toBe(2);
    expect((await cli(['diff', 'helpdesk/greeting', '1.0.0'])).code).toBe(2);
  });
});

describe('promptops render', () => {
  it('renders a text prompt through pins of the config file', async () => {
    const run = await cli(['render', 'helpdesk/greeting', '--var', 'customer=Ada']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Hello Ada! (tone: friendly)\n-- the support team\n');
    expect(run.stderr).toContain('helpdesk/greeting@1.1.0 (^1.0.0)');
  });

  it('renders a versioned spec with --vars and --json', async () => {
    const dir = await fixtureCopy();
    await writeFile(join(dir, 'vars.json'), JSON.stringify({ company: 'Acme', customer: 'Ada', tone: 'formal' }));
    const run = await cli(['render', 'helpdesk/greeting@^2', '--vars', 'vars.json', '--var', 'customer=Bo', '--json'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(run.json<RenderResult>()).toMatchObject({
      name: 'helpdesk/greeting',
      version: '2.0.0',
      selector: '^2',
      type: 'text',
      text: 'You are a support agent for Acme. Greet Bo in a formal tone.\n-- the support team',
    });
    expect(run.json<RenderResult>().hash).toMatch(/^sha256-/);
  });

  it('renders chat messages, with placeholders from a file or empty', async () => {
    const run = await cli([
      'render',
      'helpdesk/triage',
      '--var',
      'ticket=Refund?',
      '--var',
      'queues:=["billing"]',
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(run.json<RenderResult>().messages).toEqual([
      { role: 'system', content: 'You triage tickets into one of: billing, or other.' },
      { role: 'user', content: 'Refund?' },
    ]);
    const dir = await fixtureCopy();
    await writeFile(join(dir, 'history.json'), JSON.stringify({ history: [{ role: 'user', content: 'Hi' }] }));
    const human = await cli(
      ['render', 'helpdesk/triage', '--var', 'ticket=Refund?', '--var', 'queues:=[]', '--placeholders', 'history.json'],
      { cwd: dir },
    );
    expect(human.stdout).toBe('[system]\nYou triage tickets into one of: or other.\n\n[user]\nHi\n\n[user]\nRefund?\n');
  });

  it('fails with exit 1 on invalid variables, listing them', async () => {
    const run = await cli(['render', 'helpdesk/greeting@2.0.0', '--var', 'customer=Ada', '--json']);
    expect(run.code).toBe(1);
    expect(run.json()).toMatchObject({ ok: false, error: { code: 'PROMPT_INPUT' } });
    expect(JSON.stringify(run.json())).toContain('company');
    const loose = await cli(['render', 'helpdesk/greeting@2.0.0', '--var', 'customer=Ada', '--no-strict']);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toContain('support agent for . Greet Ada');
  });

  it('fails with exit 1 on an unknown prompt, with close names', async () => {
    const run = await cli(['render', 'helpdesk/greting']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('helpdesk/greeting');
  });

  it('parses --var flags, and exits 2 on a malformed one', async () => {
    expect(parseVarFlags(['a=1', 'b=x=y', 'c:=[1,2]', 'd:={"e":true}', 'f='])).toEqual({
      a: '1',
      b: 'x=y',
      c: [1, 2],
      d: { e: true },
      f: '',
    });
    expect((await cli(['render', 'helpdesk/greeting', '--var', 'nokey'])).code).toBe(2);
    expect((await cli(['render', 'helpdesk/greeting', '--var', 'a:=nope'])).code).toBe(2);
    expect((await cli(['render', 'helpdesk/greeting', '--vars', 'missing.json'])).code).toBe(2);
  });
});

describe('promptops list', () => {
  it('lists name, latest version, labels and owner', async () => {
    const run = await cli(['list', 'prompts']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+LATEST\s+LABELS\s+OWNER$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^helpdesk\/greeting\s+2\.0\.0\s+production→1\.1\.0, staging\s+support-team$/),
    );
  });

  it('prints JSON', async () => {
    const run = await cli(['list', '--json']);
    const result = run.json<ListResult>();
    expect(result.problems).toEqual([]);
    expect(result.prompts.map((p) => p.name)).toEqual([
      'helpdesk/farewell',
      'helpdesk/greeting',
      'helpdesk/partials/signature',
      'helpdesk/triage',
    ]);
    expect(result.prompts[1]).toEqual({
      name: 'helpdesk/greeting',
      latest: '2.0.0',
      versions: ['2.0.0', '1.1.0', '1.0.0'],
      labels: { production: '1.1.0', staging: '2.0.0' },
      owner: 'support-team',
      description: 'Greet a customer on behalf of a company.',
      type: 'text',
    });
  });

  it('shows progress on stderr only on a TTY, never with --json', async () => {
    expect((await cli(['list', 'prompts'], { tty: true })).stderr).toContain('Indexing prompts');
    expect((await cli(['list', 'prompts'])).stderr).toBe('');
    expect((await cli(['list', 'prompts', '--json'], { tty: true })).stderr).toBe('');
  });

  it('lists the good prompts of a broken folder and exits 1 with the problems', async () => {
    const run = await cli(['list', 'broken', '--json']);
    expect(run.code).toBe(1);
    const result = run.json<ListResult>();
    expect(result.prompts.map((p) => p.name)).toContain('no-owner');
    expect(result.problems.length).toBeGreaterThan(3);
  });
});

describe('promptops diff', () => {
  it('shows the template as a unified diff and the input changes', async () => {
    const run = await cli(['diff', 'helpdesk/greeting', '1.1.0', '2.0.0']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--- helpdesk/greeting@1.1.0\n+++ helpdesk/greeting@2.0.0\n@@ -1,2 +1,2 @@\n');
    expect(run.stdout).toContain('-Hello {{customer}}! (tone: {{tone}})\n+You are a support agent for {{company}}.');
    expect(run.stdout).toContain('+ company: string (required)');
    expect(run.stdout).toContain('Model: null → {"name":"gpt-4o-mini","temperature":0.2}');
  });

  it('prints JSON, resolving selectors', async () => {
    const run = await cli(['diff', 'helpdesk/greeting', 'production', 'latest', '--json']);
    const result = run.json<DiffResult>();
    expect(result.from.version).toBe('1.1.0');
    expect(result.to.version).toBe('2.0.0');
    expect(result.changed).toBe(true);
    expect(result.input.added).toEqual([{ name: 'company', type: 'string', required: true }]);
    expect(result.input.removed).toEqual([]);
    expect(result.template).toMatch(/^--- helpdesk\/greeting@1\.1\.0\n/);
    expect(result.fields).toEqual(['metadata']);
  });

  it('says when nothing changed; --exit-code exits 1 on a difference', async () => {
    const same = await cli(['diff', 'helpdesk/greeting', '1.1.0', '1.1.0', '--exit-code']);
    expect(same.stdout).toContain('no changes');
    expect(same.code).toBe(0);
    expect((await cli(['diff', 'helpdesk/greeting', '1.0.0', '1.1.0', '--exit-code'])).code).toBe(1);
    const input = (await cli(['diff', 'helpdesk/greeting', '1.0.0', '1.1.0', '--json'])).json<DiffResult>().input;
    expect(input.added).toEqual([
      { name: 'tone', type: '"formal" | "friendly" | null', required: false, default: 'friendly' },
    ]);
  });

  it('exits 1 for a version that does not exist', async () => {
    const run = await cli(['diff', 'helpdesk/greeting', '1.0.0', '9.9.9']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('2.0.0, 1.1.0, 1.0.0');
  });
});

describe('promptops lock', () => {
  it('writes promptops.lock.json with config pins, and --check verifies it', async () => {
    const dir = await fixtureCopy();
    expect((await cli(['lock', '--check'], { cwd: dir })).code).toBe(1);
    const run = await cli(['lock', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const result = run.json<LockResult>();
    expect(result).toMatchObject({ file: 'promptops.lock.json', written: true, upToDate: false });
    expect(result.lockfile.prompts['helpdesk/greeting']).toMatchObject({ selector: '^1.0.0', version: '1.1.0' });
    expect(result.lockfile.prompts['helpdesk/partials/signature']).toMatchObject({ version: '1.0.0' });
    expect(result.changes).toContainEqual({ name: 'helpdesk/greeting', from: null, to: '1.1.0' });
    const written = JSON.parse(await readFile(join(dir, 'promptops.lock.json'), 'utf8'));
    expect(written).toEqual(result.lockfile);
    const check = await cli(['lock', '--check'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('up to date');
  });

  it('locks the names given', async () => {
    const dir = await fixtureCopy();
    const ok = await cli(['lock', 'helpdesk/triage', '--dir', 'prompts', '-o', 'locks/custom.json', '--json'], {
      cwd: dir,
    });
    expect(ok.code).toBe(0);
    expect(ok.json<LockResult>().file).toBe('locks/custom.json');
    expect(Object.keys(ok.json<LockResult>().lockfile.prompts)).toEqual(['helpdesk/triage']);
    expect(JSON.parse(await readFile(join(dir, 'locks/custom.json'), 'utf8')).lockfileVersion).toBe(1);
  });
});

describe('store selection', () => {
  let server: PromptServer;
  let url: string;
  beforeAll(async () => {
    server = createPromptServer({ store: fileStore({ dir: join(FIXTURES, 'prompts') }), token: 'secret' });
    url = (await server.listen()).url;
  });
  afterAll(() => server.close());

  it('reads a server with --url and --token-env', async () => {
    const env = { PROMPTS_TOKEN: 'secret' };
    const list = await cli(['list', '--url', url, '--token-env', 'PROMPTS_TOKEN', '--json'], { env });
    expect(list.code).toBe(0);
    expect(list.json<ListResult>().prompts).toHaveLength(4);
    const validate = await cli(['validate', '--url', url, '--token-env', 'PROMPTS_TOKEN', '--json'], { env });
    expect(validate.json<ValidateReport>()).toMatchObject({ ok: true, prompts: 4, versions: 6 });
    const render = await cli(
      ['render', 'helpdesk/greeting@1.0.0', '--var', 'customer=Ada', '--url', url, '--token-env', 'PROMPTS_TOKEN'],
      { env },
    );
    expect(render.stdout).toBe('Hello Ada!\n-- the support team\n');
  });

  it('exits 2 when the token variable is not set, and 1 when the server refuses', async () => {
    const unset = await cli(['list', '--url', url, '--token-env', 'PROMPTS_TOKEN']);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('PROMPTS_TOKEN');
    const refused = await cli(['list', '--url', url, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).not.toContain('secret');
  });

  it('defaults to ./prompts without a config file, and says what to do when there is none', async () => {
    const run = await cli(['list', '--json'], {
      cwd: FIXTURES,
      env: { PROMPTOPS_CONFIG: join(FIXTURES, 'missing.json') },
    });
    expect(run.code).toBe(2);
    const none = await cli(['list'], { cwd: join(FIXTURES, 'prompts', 'helpdesk') });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('pass a folder');
    const dir = await fixtureCopy();
    await rm(join(dir, 'promptops.config.json'));
    const fallback = await cli(['list', '--json'], { cwd: dir });
    expect(fallback.code).toBe(0);
    expect(fallback.json<ListResult>().prompts).toHaveLength(4);
  });
});
