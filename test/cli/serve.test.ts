import { describe, expect, it } from 'vitest';
import type { ServeResult } from '../../src/cli/commands/serve.js';
import { parsePort } from '../../src/cli/commands/serve.js';
import { httpStore } from '../../src/stores/http.js';
import { until } from '../helpers/wait.js';
import { cli, fixtureCopy } from './helpers.js';

/** Start `serve` in-process; resolves with the printed JSON once it listens, and a way to stop it. */
async function startServe(args: string[], env: Record<string, string> = {}, cwd?: string) {
  let stdout = '';
  const { runCli } = await import('../../src/cli/program.js');
  const { FIXTURES } = await import('./helpers.js');
  const done = runCli(['serve', ...args, '--json'], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => true },
    env,
    cwd: cwd ?? FIXTURES,
  });
  await until(() => stdout !== '', '`promptops serve` printing where it listens');
  const info = JSON.parse(stdout) as ServeResult;
  return {
    info,
    stop: async () => {
      process.emit('SIGTERM', 'SIGTERM');
      return done;
    },
  };
}

describe('promptops serve', () => {
  it('serves a folder over HTTP until SIGTERM', async () => {
    const { info, stop } = await startServe(['prompts', '--port', '0']);
    expect(info).toMatchObject({ host: '127.0.0.1', dir: 'prompts', writable: false, auth: false });
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const store = httpStore({ url: info.url });
    expect(await store.list?.()).toContain('helpdesk/greeting');
    expect((await store.getVersion('helpdesk/greeting', '1.0.0'))?.template).toContain('Hello {{customer}}!');
    expect(await stop()).toBe(0);
  });

  it('requires the token named by --token-env, and accepts writes with --writable', async () => {
    const copy = await fixtureCopy();
    const { info, stop } = await startServe(
      ['--dir', 'prompts', '-p', '0', '--token-env', 'TOKEN', '--writable'],
      { TOKEN: 't0ken' },
      copy,
    );
    expect(info).toMatchObject({ auth: true, writable: true });
    const anonymous = await fetch(`${info.url}/v1/prompts`);
    expect(anonymous.status).toBe(401);
    const store = httpStore({ url: info.url, token: 't0ken', writable: true });
    await store.putVersion?.({ name: 'helpdesk/new', version: '1.0.0', type: 'text', template: 'New' });
    expect(await store.list?.()).toContain('helpdesk/new');
    expect(await stop()).toBe(0);
  });

  it('exits 2 on a bad port or an unset token variable', async () => {
    expect(() => parsePort('http')).toThrow(/--port/);
    expect(parsePort('0')).toBe(0);
    expect((await cli(['serve', 'prompts', '--port', '99999'])).code).toBe(2);
    expect((await cli(['serve', 'prompts', '--token-env', 'NOPE'])).code).toBe(2);
    expect((await cli(['serve', 'missing-dir'])).code).toBe(2);
    const open = await cli(['serve', 'prompts', '--writable', '--host', '0.0.0.0']);
    expect(open.code).toBe(2);
    expect(open.stderr).toMatch(/--writable on a host other machines can reach needs --token-env or --tokens/);
  });
});
