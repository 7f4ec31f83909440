/**
 * The authoring library without the CLI: which store a run opens, the one lockfile-path rule, and the
 * operations (list, diff, lock, render) called directly.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  diffVersions,
  listStore,
  lockStore,
  openStore,
  renderSpec,
  runLockfilePath,
} from '../../src/authoring/index.js';
import { lockfilePath, readConfigFile } from '../../src/client/config-file.node.js';
import { isPromptOpsError } from '../../src/errors.js';
import { FIXTURES, fixtureCopy } from '../cli/helpers.js';
import { rejectionOf } from '../helpers/errors.js';

describe('openStore', () => {
  it('takes the folder of promptops.config.json, with its pins, and never watches', async () => {
    const opened = await openStore({ cwd: FIXTURES, env: {} });
    try {
      expect(opened.kind).toBe('file');
      expect(opened.location).toBe('prompts');
      expect(opened.config?.pins).toEqual({ 'helpdesk/greeting': '^1.0.0' });
      expect(opened.configFile).toBe(join(FIXTURES, 'promptops.config.json'));
    } finally {
      await opened.close();
    }
  });

  it('a folder wins over the config store; caller mistakes are ConfigErrors', async () => {
    const opened = await openStore({ dir: 'prompts/helpdesk', cwd: FIXTURES, env: {} });
    expect(opened.location).toBe('prompts/helpdesk');
    await opened.close();
    for (const source of [
      { dir: 'prompts', url: 'http://127.0.0.1:9' },
      { tokenEnv: 'TOKEN' },
      { url: 'http://127.0.0.1:9', tokenEnv: 'UNSET' },
      { dir: 'nowhere' },
      { config: 'missing.json' },
    ]) {
      const error = await rejectionOf(openStore({ ...source, cwd: FIXTURES, env: {} }));
      expect(isPromptOpsError(error, 'CONFIG'), String(error)).toBe(true);
    }
  });

  it('a config naming an unset token variable fails with the one config error text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'promptops-config-'));
    await writeFile(
      join(dir, 'promptops.config.json'),
      JSON.stringify({ store: { type: 'http', url: 'http://127.0.0.1:9', tokenEnv: 'PROMPTOPS_TOKEN' } }),
    );
    const error = await rejectionOf(openStore({ cwd: dir, env: {} }));
    expect(isPromptOpsError(error, 'CONFIG')).toBe(true);
    expect((error as Error).message).toContain(
      'option "store.tokenEnv": names the environment variable PROMPTOPS_TOKEN, which is not set',
    );
  });
});

describe('the lockfile path', () => {
  it('is the override, else the config\'s "lockfile", else ./promptops.lock.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'promptops-config-'));
    await writeFile(
      join(dir, 'promptops.config.json'),
      JSON.stringify({ store: { type: 'file', dir: '.' }, lockfile: 'locks/prompts.lock.json' }),
    );
    const found = await readConfigFile({ cwd: dir, env: {} });
    expect(lockfilePath(found, '/work', 'x.json')).toBe('/work/x.json');
    expect(lockfilePath(found, '/work')).toBe(join(dir, 'locks/prompts.lock.json'));
    expect(lockfilePath(undefined, '/work')).toBe('/work/promptops.lock.json');
    const opened = await openStore({ cwd: dir, env: {} });
    expect(runLockfilePath(opened, '/work')).toBe(join(dir, 'locks/prompts.lock.json'));
    await opened.close();
  });
});

describe('operations called as a library', () => {
  it('list, diff, lock and render work on an opened store', async () => {
    const dir = await fixtureCopy();
    const opened = await openStore({ cwd: dir, env: {} });
    try {
      const progress: string[] = [];
      const list = await listStore(opened.store, { onProgress: (m) => progress.push(m) });
      expect(list.prompts.map((p) => p.name)).toContain('helpdesk/greeting');
      expect(progress[0]).toBe('Indexing prompts (file store)…');

      const diff = await diffVersions(opened.store, 'helpdesk/greeting', '1.0.0', '2.0.0');
      expect(diff.changed).toBe(true);
      expect(diff.template).toContain('@@');

      const first = await lockStore(opened, { cwd: dir });
      expect(first).toMatchObject({ file: 'promptops.lock.json', written: true, upToDate: false });
      expect(first.lockfile.prompts['helpdesk/greeting']?.version).toBe('1.1.0');
      const again = await lockStore(opened, { cwd: dir, check: true });
      expect(again).toMatchObject({ written: false, upToDate: true, changes: [] });
      expect(JSON.parse(await readFile(join(dir, 'promptops.lock.json'), 'utf8'))).toEqual(first.lockfile);

      const rendered = await renderSpec(opened, 'helpdesk/greeting', { customer: 'Ada' }, {}, true);
      expect(rendered.version).toBe('1.1.0');
      expect(rendered.text).toContain('Ada');
    } finally {
      await opened.close();
    }
  });
});
