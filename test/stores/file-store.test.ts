import { cp, mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { computeHash } from '../../src/engine/hash.js';
import { ConfigError, PromptFormatError, PromptNotFoundError, VersionNotFoundError } from '../../src/errors.js';
import { type FileStore, fileStore } from '../../src/stores/fs/file-store.js';
import { verifyStore } from '../../src/testing/verify-store.js';
import { rejectionOf } from '../helpers/errors.js';
import { manualTime } from '../helpers/manual-time.js';
import { HANG_MS } from '../helpers/wait.js';

const GOOD = 'test/fixtures/stores/good';
const BROKEN = 'test/fixtures/stores/broken';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'promptops-fs-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

function track(store: FileStore): FileStore {
  cleanups.push(() => store.close());
  return store;
}

const md = (front: string, body: string) => `---\n${front}\n---\n${body}\n`;

const rejection = async (promise: Promise<unknown>): Promise<Error> => (await rejectionOf(promise)) as Error;

describe('fileStore: reading a tree', () => {
  it('indexes names from paths or name:, several versions per name, skipping other files', async () => {
    const store = fileStore({ dir: GOOD });
    expect(store.name).toBe('file');
    expect(await store.list()).toEqual(['partials/signature', 'sales/intro', 'support/greeting', 'support/triage']);
    const versions = await store.listVersions('support/greeting');
    expect(versions.map((v) => [v.version, v.labels])).toEqual([
      ['2.1.0-beta.1', []],
      ['2.0.0', ['production']],
      ['1.0.0', ['staging']],
    ]);
    const record = await store.getVersion('support/greeting', '1.0.0');
    expect(record).toMatchObject({ name: 'support/greeting', version: '1.0.0', template: 'Hello {{customer}}!' });
    expect(record?.metadata?.owner).toBe('support-team');
    expect(record?.hash).toBe(versions[2]?.hash);
    const { hash: _hash, labels: _labels, ...content } = record!;
    expect(record?.hash).toBe(await computeHash(content));
    expect(Object.isFrozen(record)).toBe(true);
    expect((await store.getVersion('support/triage', '2.0.0'))?.messages?.[1]).toEqual({ placeholder: 'history' });
    expect((await store.getVersion('sales/intro', '0.1.0'))?.metadata?.tags).toEqual(['sales']);
    expect(await store.problems()).toEqual([]);
  });

  it('resolves selectors locally and answers unknowns with [] / undefined', async () => {
    const store = fileStore({ dir: GOOD });
    expect((await store.resolve('support/greeting', 'latest'))?.version).toBe('2.0.0');
    expect((await store.resolve('support/greeting', 'staging'))?.version).toBe('1.0.0');
    expect((await store.resolve('support/greeting', '^2.1.0-beta.0'))?.version).toBe('2.1.0-beta.1');
    expect(await store.resolve('support/greeting', 'canary')).toBeUndefined();
    expect(await store.listVersions('support/nothing')).toEqual([]);
    expect(await store.getVersion('support/greeting', '9.0.0')).toBeUndefined();
  });

  it('a bad file takes no version that loads away; a name fails only when nothing of it loads; problems() has them all', async () => {
    const store = fileStore({ dir: BROKEN });
    // A duplicate version or a doubled label is reported, but the versions that load keep loading.
    expect(await store.list()).toEqual(['dup/same', 'labels/x', 'named/target', 'ok/hello']);

    const yaml = await rejection(store.getVersion('bad/yaml', '1.0.0'));
    expect(yaml).toBeInstanceOf(PromptFormatError);
    expect((yaml as PromptFormatError).file).toBe(`${BROKEN}/bad/yaml.prompt.md`);
    expect(yaml.message).toMatch(new RegExp(`^${BROKEN}/bad/yaml\\.prompt\\.md:\\d+`));

    const noVersion = await rejection(store.listVersions('bad/no-version'));
    expect(noVersion).toBeInstanceOf(PromptFormatError);
    expect(noVersion.message).toMatch(/bad\/no-version\.prompt\.md/);

    // The first file (in path order) serves the version; the other is a problem.
    expect((await store.getVersion('dup/same', '1.0.0'))?.template).toBe('One');
    // The label stays on the first version that claims it (in path order).
    expect((await store.resolve('labels/x', 'production'))?.version).toBe('1.0.0');

    // A broken file that says `name:` is filed under that name, not under its path; the name's good file serves.
    expect((await store.listVersions('named/target')).map((v) => v.version)).toEqual(['1.0.0']);

    expect((await store.listVersions('ok/hello')).map((v) => v.version)).toEqual(['1.0.0']);
    const problems = await store.problems();
    expect(problems.map((p) => [p.name, p.file.replace(`${BROKEN}/`, '')])).toEqual([
      ['bad/no-version', 'bad/no-version.prompt.md'],
      ['bad/yaml', 'bad/yaml.prompt.md'],
      ['dup/same', 'dup/two.prompt.md'],
      ['labels/x', 'labels/b.prompt.md'],
      ['named/target', 'named/file.prompt.md'],
    ]);
    for (const problem of problems) expect(problem.error).toBeInstanceOf(PromptFormatError);
  });

  it('a missing directory is a ConfigError on first use, and a later call retries', async () => {
    const dir = join(await tempDir(), 'later');
    const store = fileStore({ dir });
    const error = await rejection(store.list());
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(
      /option "dir": the prompt directory ".*later" \(.*\) cannot be read: create it or fix the path/,
    );
    await mkdir(dir);
    await writeFile(join(dir, 'a.prompt.md'), md('version: 1.0.0', 'A'));
    expect(await store.list()).toEqual(['a']);
  });

  it('checks its options', () => {
    expect(() => fileStore({ dir: '' })).toThrow(ConfigError);
    expect(() => fileStore({ dir: '' })).toThrow(/fileStore needs the prompt directory/);
    expect(() => fileStore({ dir: 'x', debounceMs: -5 })).toThrow(/option "debounceMs": must be a finite number >= 0/);
    expect(() => fileStore({ dir: 'x', timers: { setTimeout: () => 1 } as never })).toThrow(
      /option "timers": must be \{ setTimeout\(callback, ms\), clearTimeout\(handle\) \}/,
    );
    expect(() => fileStore({ dir: 'x', clock: 5 as never })).toThrow(/option "clock": must be \{ now\(\) \}/);
  });

  it('skips hidden entries and node_modules', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, '.git'));
    await mkdir(join(dir, 'node_modules', 'pkg'), { recursive: true });
    await writeFile(join(dir, '.git', 'x.prompt.md'), md('version: 1.0.0', 'hidden'));
    await writeFile(join(dir, 'node_modules', 'pkg', 'y.prompt.md'), md('version: 1.0.0', 'vendored'));
    await writeFile(join(dir, 'real.prompt.md'), md('version: 1.0.0', 'real'));
    expect(await fileStore({ dir }).list()).toEqual(['real']);
  });

  it('refresh() re-reads the tree without watching', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.prompt.md'), md('version: 1.0.0', 'A'));
    const store = fileStore({ dir });
    expect(await store.list()).toEqual(['a']);
    await writeFile(join(dir, 'b.prompt.md'), md('version: 1.0.0', 'B'));
    expect(await store.list()).toEqual(['a']);
    expect(await store.refresh()).toEqual(['b']);
    expect(await store.list()).toEqual(['a', 'b']);
    expect(store.watch).toBeUndefined();
  });
});

describe('fileStore: a version file that lost its name:', () => {
  const noName = '---\nversion: 1.2.0\n---\nSummarize {{ticket}}\n';

  it('asking for the name it was meant for says why, names the file and the fix, and says to run validate', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'support/summarize'), { recursive: true });
    await writeFile(join(dir, 'support/summarize/1.2.0.prompt.md'), noName);
    const store = track(fileStore({ dir }));
    for (const read of [
      () => store.listVersions('support/summarize'),
      () => store.getVersion('support/summarize', '1.2.0'),
      () => store.resolve('support/summarize', 'latest'),
    ]) {
      const error = await rejection(read());
      expect(error).toBeInstanceOf(PromptNotFoundError);
      expect(error.message).toBe(
        `Prompt "support/summarize" was not found in the file store, but ${dir}/support/summarize/1.2.0.prompt.md ` +
          'looks like one of its versions: it has no `name:`, so it is prompt "support/summarize/1.2.0", which does ' +
          'not load. Add `name: support/summarize` to it. Run "promptops validate ' +
          `${dir}" to see every problem of the folder.`,
      );
      expect((error as PromptNotFoundError).promptName).toBe('support/summarize');
    }
    // Through a client, getPrompt rejects with that error.
    const client = createPromptClient({ store, cache: false });
    const viaClient = await rejection(client.getPrompt('support/summarize'));
    expect(viaClient.message).toMatch(/support\/summarize\/1\.2\.0\.prompt\.md looks like one of its versions/);
    await client.close();
    // The misfiled name itself keeps rejecting with the file's own error.
    expect(await rejection(store.listVersions('support/summarize/1.2.0'))).toBeInstanceOf(PromptFormatError);
  });

  it('when other versions of the name load, they are served and the file stays a problem; unrelated names are untouched', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'support/summarize'), { recursive: true });
    await writeFile(join(dir, 'support/summarize/1.2.0.prompt.md'), noName);
    await writeFile(
      join(dir, 'support/summarize/1.0.0.prompt.md'),
      md('name: support/summarize\nversion: 1.0.0', 'Old {{ticket}}'),
    );
    await writeFile(join(dir, 'support/other.prompt.md'), md('version: 1.0.0', 'Other'));
    const store = track(fileStore({ dir }));
    expect((await store.listVersions('support/summarize')).map((v) => v.version)).toEqual(['1.0.0']);
    expect(await store.listVersions('support/nothing')).toEqual([]);
    expect(await store.listVersions('support')).toEqual([]);
    expect((await store.problems()).map((p) => p.file)).toEqual([`${dir}/support/summarize/1.2.0.prompt.md`]);
    // Asking for exactly the version the file was meant to hold says why it is not there.
    for (const read of [
      () => store.getVersion('support/summarize', '1.2.0'),
      () => store.resolve('support/summarize', '1.2.0'),
    ]) {
      const error = await rejection(read());
      expect(error).toBeInstanceOf(VersionNotFoundError);
      expect(error.message).toBe(
        `${dir}/support/summarize/1.2.0.prompt.md looks like version 1.2.0 of "support/summarize" but does not ` +
          'load: it has no `name:`, so it is prompt "support/summarize/1.2.0", which does not load. Add ' +
          `\`name: support/summarize\` to it. Run "promptops validate ${dir}" to see every problem of the folder: ` +
          'No version of prompt "support/summarize" matches "1.2.0". Versions: 1.0.0; labels: (none). Pick one of ' +
          'these, or publish a matching version.',
      );
    }
    expect(await store.getVersion('support/summarize', '9.9.9')).toBeUndefined();
  });
});

describe('fileStore: nothing outside the root', () => {
  it('refuses names that would escape: ../, %2e%2e, absolute paths, NUL bytes', async () => {
    const store = fileStore({ dir: GOOD });
    for (const name of ['../secret', 'support/../../secret', '%2e%2e/secret', '/etc/passwd', 'support\0x', '..']) {
      for (const call of [() => store.listVersions(name), () => store.getVersion(name, '1.0.0')]) {
        const error = await rejection(call());
        expect(error).toBeInstanceOf(PromptFormatError);
        expect(error.message).toMatch(/invalid prompt name .*\(asked of the file store\); nothing was read/);
      }
    }
  });

  it('refuses a symlink to a file outside, without reading it; links inside are followed', async () => {
    const base = await tempDir();
    const root = join(base, 'prompts');
    const outside = join(base, 'outside');
    await mkdir(root);
    await mkdir(outside);
    await writeFile(join(outside, 'secret.prompt.md'), md('version: 1.0.0', 'SECRET'));
    await writeFile(join(root, 'real.prompt.md'), md('version: 1.0.0', 'real'));
    await symlink(join(outside, 'secret.prompt.md'), join(root, 'evil.prompt.md'));
    await symlink(join(root, 'real.prompt.md'), join(root, 'alias.prompt.md'));
    const store = fileStore({ dir: root });
    expect(await store.list()).toEqual(['alias', 'real']);
    const error = await rejection(store.getVersion('evil', '1.0.0'));
    expect(error).toBeInstanceOf(PromptFormatError);
    expect(error.message).toMatch(
      /evil\.prompt\.md: the file is a symbolic link that resolves outside the prompt directory; it was refused and not read\. Move the target into the prompt directory, or replace the link with a copy/,
    );
    expect(error.message).not.toContain('SECRET');
  });

  it('refuses a symlinked directory leading outside, and survives link cycles', async () => {
    const base = await tempDir();
    const root = join(base, 'prompts');
    const outside = join(base, 'outside');
    await mkdir(join(root, 'inner'), { recursive: true });
    await mkdir(outside);
    await writeFile(join(outside, 'stolen.prompt.md'), md('version: 1.0.0', 'stolen'));
    await writeFile(join(root, 'inner', 'x.prompt.md'), md('version: 1.0.0', 'x'));
    await symlink(outside, join(root, 'linked'), 'dir');
    await symlink(root, join(root, 'inner', 'loop'), 'dir');
    const store = fileStore({ dir: root });
    expect(await store.list()).toEqual(['inner/x']);
    expect(await store.listVersions('linked/stolen')).toEqual([]);
    const problems = await store.problems();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.name).toBeUndefined();
    expect(problems[0]?.error).toBeInstanceOf(PromptFormatError);
    expect(problems[0]?.error.message).toMatch(
      /linked: the directory is a symbolic link that resolves outside the prompt directory/,
    );
  });

  it('a root that is itself a symlink is fine', async () => {
    const base = await tempDir();
    await mkdir(join(base, 'real'));
    await writeFile(join(base, 'real', 'a.prompt.md'), md('version: 1.0.0', 'A'));
    await symlink(join(base, 'real'), join(base, 'link'), 'dir');
    expect(await fileStore({ dir: join(base, 'link') }).list()).toEqual(['a']);
  });
});

describe('fileStore: watch', () => {
  async function watchedCopy() {
    const dir = await tempDir();
    await cp(GOOD, dir, { recursive: true });
    const store = track(fileStore({ dir, watch: true, debounceMs: 20 }));
    const changes: string[] = [];
    store.watch?.((name) => changes.push(name));
    await store.list();
    return { dir, store, changes };
  }

  // Each step waits for the state it expects, then for the notification: a save can arrive as several
  // events (truncate, then write), and on a loaded machine they may be re-read separately, so the first
  // notification can be of a half-written file. Nothing here bounds how long the machine takes.
  const eventually = (check: () => unknown) => vi.waitFor(check, { timeout: HANG_MS, interval: 10 });
  const versionsOf = async (store: FileStore, name: string) =>
    (await store.listVersions(name).catch(() => [])).map((v) => v.version);

  it('pushes a new file and a change, and a deletion once the missing-file grace (1 s) is over', async () => {
    const { dir, store, changes } = await watchedCopy();

    await writeFile(join(dir, 'support', 'new.prompt.md'), md('version: 1.0.0', 'New {{x}}'));
    await eventually(async () => expect(await versionsOf(store, 'support/new')).toEqual(['1.0.0']));
    await eventually(() => expect(changes).toContain('support/new'));

    changes.length = 0;
    await writeFile(
      join(dir, 'support', 'greeting.prompt.md'),
      md('version: 1.0.1\nlabels: [staging]', 'Hey {{customer}}'),
    );
    await eventually(async () =>
      expect(await versionsOf(store, 'support/greeting')).toEqual(['2.1.0-beta.1', '2.0.0', '1.0.1']),
    );
    await eventually(() => expect(changes).toContain('support/greeting'));
    expect((await store.getVersion('support/greeting', '1.0.1'))?.template).toBe('Hey {{customer}}');

    changes.length = 0;
    await unlink(join(dir, 'sales', 'intro.prompt.json'));
    await eventually(async () => expect(await store.list()).not.toContain('sales/intro'));
    await eventually(() => expect(changes).toContain('sales/intro'));
    expect(await store.listVersions('sales/intro')).toEqual([]);
  });

  it('a file that breaks keeps serving its last good version, is reported, and recovers when fixed', async () => {
    const { dir, store, changes } = await watchedCopy();
    const file = join(dir, 'partials', 'signature.prompt.md');
    const before = (await store.listVersions('partials/signature')).map((v) => v.version);
    await writeFile(file, '---\nversion: [oops\n---\nbroken\n');
    const problemOf = async () => (await store.problems()).find((p) => p.name === 'partials/signature');
    await eventually(async () =>
      expect((await problemOf())?.error.message).toMatch(/partials\/signature\.prompt\.md:\d+/),
    );
    await eventually(() => expect(changes).toContain('partials/signature'));
    expect((await problemOf())?.error).toBeInstanceOf(PromptFormatError);
    expect((await store.listVersions('partials/signature')).map((v) => v.version)).toEqual(before);
    expect(await store.list()).toEqual(['partials/signature', 'sales/intro', 'support/greeting', 'support/triage']);

    changes.length = 0;
    await writeFile(file, md('version: 1.0.1', '-- fixed'));
    await eventually(async () => expect(await versionsOf(store, 'partials/signature')).toEqual(['1.0.1']));
    await eventually(() => expect(changes).toContain('partials/signature'));
    expect(await problemOf()).toBeUndefined();
  });

  it('picks up a new directory', async () => {
    const { dir, store, changes } = await watchedCopy();
    await mkdir(join(dir, 'fresh', 'deep'), { recursive: true });
    await writeFile(join(dir, 'fresh', 'deep', 'one.prompt.md'), md('version: 1.0.0', 'one'));
    await eventually(async () => expect(await versionsOf(store, 'fresh/deep/one')).toEqual(['1.0.0']));
    await eventually(() => expect(changes).toContain('fresh/deep/one'));
  });

  it("a burst of writes re-arms one debounce timer: one re-read, one notification (on the store's timers)", async () => {
    // The fs events are real; the debounce runs on manual timers, so nothing is re-read until the test
    // fires it, however slowly the machine delivers the events of the ten writes.
    const time = manualTime();
    const dir = await tempDir();
    await cp(GOOD, dir, { recursive: true });
    const store = track(fileStore({ dir, watch: true, debounceMs: 20, timers: time.timers, clock: time.clock }));
    const changes: string[] = [];
    store.watch?.((name) => changes.push(name));
    await store.list();
    const file = join(dir, 'partials', 'signature.prompt.md');
    for (let i = 1; i <= 10; i++) await writeFile(file, md(`version: 1.0.${i}`, `-- ${i}`));
    expect(time.pending().length).toBeLessThanOrEqual(1); // each event replaced the pending timer
    expect(await time.fire()).toBe(20);
    await vi.waitFor(() => expect(changes).toEqual(['partials/signature']), { timeout: HANG_MS, interval: 10 });
    expect((await store.listVersions('partials/signature')).map((v) => v.version)).toEqual(['1.0.10']);
    expect(time.pending().length).toBeLessThanOrEqual(1); // late events of the burst: at most one more re-read
  });

  it('close() stops the watcher', async () => {
    const { dir, store, changes } = await watchedCopy();
    await store.close();
    await writeFile(join(dir, 'after-close.prompt.md'), md('version: 1.0.0', 'late'));
    // Prove the file is there and readable, yet the closed store neither noticed nor notified.
    const fresh = fileStore({ dir });
    expect(await fresh.list()).toContain('after-close');
    expect(await store.list()).not.toContain('after-close');
    expect(changes).toEqual([]);
  });
});

describe('fileStore and the store contract', () => {
  it('passes verifyStore over the good fixture tree (read-only: a file store has no writes)', async () => {
    const report = await verifyStore(() => fileStore({ dir: GOOD }));
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.find((c) => c.name.startsWith('every listed version'))?.skipped).toBeUndefined();
  });
});
