/**
 * Defect 5 of issue 13: a transiently bad file of a watched store (a duplicate copy, a truncated or briefly
 * missing file, invalid YAML for a moment) never takes away the versions that load; each problem is reported.
 */
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import {
  type FileStore,
  type FileStoreOptions,
  type FileStoreProblem,
  fileStore,
  MISSING_GRACE_MS,
} from '../../src/stores/fs/file-store.js';
import { manualTime } from '../helpers/manual-time.js';
import { HANG_MS } from '../helpers/wait.js';

const dirs: string[] = [];
const stores: FileStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const md = (version: string, body: string, labels = '[production]'): string =>
  `---\nversion: ${version}\nlabels: ${labels}\n---\n${body}\n`;

const DEBOUNCE_MS = 10;
/** Wait for a state: bounded only against a hang, never by how fast the machine delivers file events. */
const eventually = (check: () => unknown) => vi.waitFor(check, { timeout: HANG_MS, interval: 10 });

async function setup(time: Pick<FileStoreOptions, 'timers' | 'clock'> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'promptops-transient-'));
  dirs.push(dir);
  const file = join(dir, 'greeting.prompt.md');
  await writeFile(file, md('1.0.0', 'Hello {{who}}'));
  const problems: FileStoreProblem[] = [];
  const store = fileStore({ dir, watch: true, debounceMs: DEBOUNCE_MS, onProblem: (p) => problems.push(p), ...time });
  stores.push(store);
  const changes: string[] = [];
  store.watch?.((name) => changes.push(name));
  const client = createPromptClient({ store });
  const render = async (spec: string) => (await client.getPrompt(spec)).render({ who: 'Ada' });
  expect(await render('greeting@1.0.0')).toBe('Hello Ada');
  expect(await render('greeting@production')).toBe('Hello Ada');
  return { dir, file, store, client, render, problems, changes };
}

describe('a watched file store with a transiently bad file', () => {
  it('an identical copy of a version file changes nothing; a different copy is reported, the first serves', {
    timeout: 2 * HANG_MS,
  }, async () => {
    const { dir, store, render, problems, client } = await setup();
    await writeFile(
      join(dir, 'greeting-copy.prompt.md'),
      `---\nname: greeting\nversion: 1.0.0\nlabels: [production]\n---\nHello {{who}}\n`,
    );
    // An identical copy may change nothing at all, so there is no notification to wait for: read the tree.
    await store.refresh();
    expect(await render('greeting@1.0.0')).toBe('Hello Ada');
    expect(problems).toEqual([]);
    await writeFile(join(dir, 'greeting-copy.prompt.md'), `---\nname: greeting\nversion: 1.0.0\n---\nEVIL {{who}}\n`);
    await eventually(() => expect(problems.some((p) => /defined twice/.test(p.error.message))).toBe(true));
    expect(await render('greeting@1.0.0')).toBe('Hello Ada');
    expect(await render('greeting@production')).toBe('Hello Ada');
    await client.close();
  });

  it('a truncated file and invalid YAML keep serving the last good version, then the fixed one', {
    timeout: 2 * HANG_MS,
  }, async () => {
    const { file, render, problems, client } = await setup();
    // Each bad state is waited for by its report (a save may be re-read half-written first on a loaded
    // machine: that is one more report of the same file, never a lost version).
    await writeFile(file, '---\nversion: 1.0'); // truncated mid-write
    await eventually(() => expect(problems.length).toBeGreaterThanOrEqual(1));
    expect(await render('greeting@1.0.0')).toBe('Hello Ada');
    expect(await render('greeting@production')).toBe('Hello Ada');
    const reported = problems.length;
    await writeFile(file, '---\nversion: [1.0.0\n---\nHello {{who}}\n'); // invalid YAML
    await eventually(() => expect(problems.length).toBeGreaterThan(reported));
    expect(await render('greeting@production')).toBe('Hello Ada');
    expect(problems.every((p) => p.file === file)).toBe(true);
    await writeFile(file, md('1.1.0', 'Hi {{who}}'));
    await eventually(async () => expect(await render('greeting@production')).toBe('Hi Ada'));
    await client.close();
  });

  // The debounce and the grace run on manual timers: the grace ends when the test says so, not when a
  // loaded machine gets round to it. The file events are real, so a re-read is fired as often as needed
  // until the state the step is about shows (a late event of an earlier save may take the first one).
  async function graceSetup() {
    const time = manualTime();
    const setupResult = await setup({ timers: time.timers, clock: time.clock });
    const reReadUntil = (check: () => unknown) =>
      eventually(async () => {
        time.fireNow((ms) => ms <= DEBOUNCE_MS); // the debounce (0 ms once a burst reached its cap)
        await check();
      });
    const versions = async () => (await setupResult.store.listVersions('greeting')).map((v) => v.version);
    return { time, reReadUntil, versions, ...setupResult };
  }

  it('a file missing for a moment keeps serving, and still after the grace once it is back', {
    timeout: 2 * HANG_MS,
  }, async () => {
    const { time, reReadUntil, versions, file, store, client } = await graceSetup();
    await unlink(file);
    await reReadUntil(() => expect(time.pending()).toContain(MISSING_GRACE_MS)); // seen missing: the grace runs
    expect(await versions()).toEqual(['1.0.0']);
    await writeFile(file, md('1.0.0', 'Hello again {{who}}'));
    await reReadUntil(async () =>
      expect((await store.getVersion('greeting', '1.0.0'))?.template).toBe('Hello again {{who}}'),
    );
    await time.fire((ms) => ms === MISSING_GRACE_MS); // the grace is over: its re-check finds the file
    await reReadUntil(() => expect(time.pending()).not.toContain(MISSING_GRACE_MS));
    expect(await versions()).toEqual(['1.0.0']);
    await client.close();
  });

  it('a file still missing when the grace is over is removed, and served until then', {
    timeout: 2 * HANG_MS,
  }, async () => {
    const { time, reReadUntil, versions, file, render, client } = await graceSetup();
    await unlink(file);
    await reReadUntil(() => expect(time.pending()).toContain(MISSING_GRACE_MS)); // seen missing: the grace runs
    expect(await versions()).toEqual(['1.0.0']);
    expect(await render('greeting@1.0.0')).toBe('Hello Ada');
    await time.fire((ms) => ms === MISSING_GRACE_MS); // the clock passes the grace
    await reReadUntil(async () => expect(await versions()).toEqual([]));
    await client.close();
  });
});
