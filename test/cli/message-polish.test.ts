import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, fixtureCopy } from './helpers.js';

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

describe('render: a number, boolean, array or object given with --var key=value', () => {
  it('says to pass it as JSON with --var key:=<json>, naming the flags to write', async () => {
    const dir = await fixtureCopy();
    await writeFile(
      join(dir, 'prompts/helpdesk/digest.prompt.md'),
      '---\nversion: 1.0.0\ninput:\n  schema:\n    count: number\n    vip: boolean\n    tags(array): string\n    note: string\n---\n{{count}} {{vip}} {{#tags}}{{.}}{{/tags}} {{note}}\n',
    );
    const wrong = await cli(
      ['render', 'helpdesk/digest', '--var', 'count=3', '--var', 'vip=true', '--var', 'tags=["a"]'],
      { cwd: dir },
    );
    expect(wrong.code).toBe(1);
    const lines = wrong.stderr.trim().split('\n');
    expect(lines.at(-1)).toBe(
      '--var key=value always gives a string: pass a number, boolean, array or object as JSON with --var key:=<json> (here: --var count:=3 --var vip:=true --var \'tags:=["a"]\'). Pass the other listed variables with the declared types.',
    );
    const right = await cli(
      [
        'render',
        'helpdesk/digest',
        '--var',
        'count:=3',
        '--var',
        'vip:=true',
        '--var',
        'tags:=["a"]',
        '--var',
        'note=hi',
      ],
      { cwd: dir },
    );
    expect(right.stdout).toBe('3 true a hi\n');
    // A string variable given as a string keeps the usual fix.
    const missing = await cli(
      ['render', 'helpdesk/digest', '--var', 'count:=3', '--var', 'vip:=true', '--var', 'tags:=[]'],
      {
        cwd: dir,
      },
    );
    expect(missing.stderr.trim().split('\n').at(-1)).toBe(
      'Pass the listed variables with the declared types, or add defaults to the prompt\'s "input.default".',
    );
  });

  it('documents key:=<json> in --help', async () => {
    const help = await cli(['render', '--help']);
    expect(help.stdout).toContain('key:=<json> (a number, boolean, array or object)');
  });
});

describe('render with a pin on a name the store does not have', () => {
  it('warns, naming the pin and the closest name, and still renders', async () => {
    const dir = await fixtureCopy();
    await writeFile(
      join(dir, 'promptops.config.json'),
      JSON.stringify({ store: { type: 'file', dir: './prompts' }, pins: { 'helpdesk/greting': '^1.0.0' } }),
    );
    const run = await cli(['render', 'helpdesk/greeting', '--var', 'customer=Ada', '--var', 'company=Acme'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `warning ${join(dir, 'promptops.config.json')}, option "pins["helpdesk/greting"]": pins a prompt that the file ` +
        'store does not have, so the pin applies to nothing',
    );
    expect(run.stderr).toContain('Did you mean "helpdesk/greeting"?');
    const json = await cli(
      ['render', 'helpdesk/greeting', '--var', 'customer=Ada', '--var', 'company=Acme', '--json'],
      { cwd: dir },
    );
    expect(json.json<{ version: string; warnings: string[] }>()).toMatchObject({
      version: '2.0.0',
      warnings: [expect.stringContaining('option "pins["helpdesk/greting"]"')],
    });
  });
});

describe('lock --check', () => {
  it('says that the content hash changed when the version did not', async () => {
    const dir = await fixtureCopy();
    expect((await cli(['lock'], { cwd: dir })).code).toBe(0);
    const file = join(dir, 'prompts/helpdesk/greeting/1.1.0.prompt.md');
    await writeFile(file, `${await readFile(file, 'utf8')}Edited after locking.\n`);
    const run = await cli(['lock', '--check'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '  ~ helpdesk/greeting 1.1.0: same version, different content hash (the store now holds other content for it)',
    );
    expect(run.stdout).toContain('is out of date: run "promptops lock" and commit it');
  });
});

describe('serve banner', () => {
  /** Run `serve` in human mode until its banner is printed, then stop it; resolves to stdout. */
  async function banner(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<string> {
    const { runCli } = await import('../../src/cli/program.js');
    let stdout = '';
    let shown!: () => void;
    const printed = new Promise<void>((resolve) => {
      shown = resolve;
    });
    const done = runCli(['serve', ...args, '--port', '0'], {
      stdout: {
        write: (text: string) => {
          stdout += text;
          if (stdout.includes('Ctrl-C')) shown();
          return true;
        },
      },
      stderr: { write: () => true },
      env,
      cwd: cwd ?? FIXTURES,
    });
    await Promise.race([printed, done]);
    process.emit('SIGTERM', 'SIGTERM');
    await done;
    return stdout;
  }

  it("gives a curl example that sends the token where reads need one, and none where they don't", async () => {
    const url = 'http://127\\.0\\.0\\.1:\\d+/v1/prompts';
    expect(await banner(['prompts'])).toMatch(new RegExp(`Try: curl ${url} `));
    expect(await banner(['prompts', '--token-env', 'TOKEN'], { TOKEN: 'secret' })).toMatch(
      new RegExp(`Try: curl -H "Authorization: Bearer \\$TOKEN" ${url} `),
    );
    const dir = await fixtureCopy();
    await writeFile(join(dir, 'tokens.json'), JSON.stringify([{ name: 'ci', tokenEnv: 'CI_TOKEN', scopes: ['read'] }]));
    const named = await banner(['prompts', '--tokens', 'tokens.json'], { CI_TOKEN: 'secret' }, dir);
    expect(named).toMatch(new RegExp(`Try: curl -H "Authorization: Bearer \\$CI_TOKEN" ${url} `));
    expect(named).not.toContain('secret');
    const open = await banner(['prompts', '--tokens', 'tokens.json', '--public-read'], { CI_TOKEN: 'secret' }, dir);
    expect(open).toMatch(new RegExp(`Try: curl ${url} `));
  });
});

describe('an error whose details are in its cause', () => {
  it('prints the cause too (the server refused the token), in text and in --json', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 'UNAUTHORIZED', message: 'the token is not valid here' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const url = `http://127.0.0.1:${port}`;
      const text = await cli(['render', 'support/greeting', '--url', url]);
      expect(text.code).toBe(1);
      const lines = text.stderr.trim().split('\n');
      const error = lines.findIndex((line) => line.startsWith('error '));
      expect(error).toBeGreaterThanOrEqual(0);
      expect(lines.slice(error + 1).some((line) => /^ {2}cause .*401/.test(line))).toBe(true);

      const json = await cli(['render', 'support/greeting', '--url', url, '--json']);
      const body = JSON.parse(json.stdout) as { error: { causes?: Array<{ code?: string; message: string }> } };
      expect(body.error.causes?.[0]).toMatchObject({ code: 'STORE_ERROR', message: expect.stringMatching(/401/) });
    } finally {
      server.close();
    }
  });
});
