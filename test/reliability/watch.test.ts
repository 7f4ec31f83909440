/**
 * Defect 4 of issue 13: the watched file store follows files saved by rename (an editor's atomic save) for good,
 * and watches directories, not files: one inotify watch per directory.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FileStore, fileStore } from '../../src/stores/fs/file-store.js';
import { HANG_MS } from '../helpers/wait.js';

const dirs: string[] = [];
const stores: FileStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'promptops-watch-'));
  dirs.push(dir);
  return dir;
}

const md = (version: string, body: string): string => `---\nversion: ${version}\n---\n${body}\n`;

/** Save like an editor: write a temporary file beside the target, then rename it over the target. */
async function atomicSave(path: string, text: string): Promise<void> {
  const temporary = `${path}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** Number of inotify watches this process holds (Linux: the `inotify wd:` lines of every inotify fd). */
function inotifyWatches(): number {
  let count = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    let target = '';
    try {
      target = readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      continue;
    }
    if (!target.includes('inotify')) continue;
    try {
      count += readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('inotify wd:')).length;
    } catch {
      // closed meanwhile
    }
  }
  return count;
}

describe('fileStore({ watch: true }) and atomic saves', () => {
  it('keeps following a file replaced by rename, edit after edit', { timeout: 4 * HANG_MS }, async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'support'));
    const file = join(dir, 'support', 'greeting.prompt.md');
    await writeFile(file, md('1.0.0', 'v0'));
    const store = fileStore({ dir, watch: true, debounceMs: 10 });
    stores.push(store);
    const changes: string[] = [];
    store.watch?.((name) => changes.push(name));
    expect(await store.list()).toEqual(['support/greeting']);
    const template = async () => (await store.resolve('support/greeting', 'latest'))?.template;
    for (let i = 1; i <= 4; i++) {
      changes.length = 0;
      if (i === 3)
        await writeFile(file, md(`1.0.${i}`, `v${i}`)); // an in-place save between atomic ones
      else await atomicSave(file, md(`1.0.${i}`, `v${i}`));
      // The state first (a late event of the last save may notify before this one is read), then the push.
      await vi.waitFor(async () => expect(await template()).toBe(`v${i}`), { timeout: HANG_MS, interval: 10 });
      await vi.waitFor(() => expect(changes).toContain('support/greeting'), { timeout: HANG_MS, interval: 10 });
    }
  });

  it.runIf(process.platform === 'linux')(
    'uses one inotify watch per directory, not per file',
    { timeout: 4 * HANG_MS },
    async () => {
      const dir = await tempDir();
      for (const folder of ['a', 'b', 'c/d']) {
        await mkdir(join(dir, folder), { recursive: true });
        for (let i = 0; i < 100; i++)
          await writeFile(join(dir, folder, `p${i}.prompt.md`), md('1.0.0', `${folder} ${i}`));
      }
      const before = inotifyWatches();
      const store = fileStore({ dir, watch: true, debounceMs: 10 });
      stores.push(store);
      store.watch?.(() => undefined);
      expect((await store.list()).length).toBe(300);
      const used = inotifyWatches() - before;
      // root, a, b, c, c/d: 5 directories for 300 files.
      expect(used).toBeLessThanOrEqual(5);
      expect(used).toBeGreaterThan(0);
      // A directory removed and created again is watched again.
      await rm(join(dir, 'c'), { recursive: true });
      await vi.waitFor(async () => expect((await store.list()).length).toBe(200), { timeout: HANG_MS, interval: 10 });
      await mkdir(join(dir, 'c'));
      await writeFile(join(dir, 'c', 'late.prompt.md'), md('1.0.0', 'late'));
      await vi.waitFor(async () => expect(await store.list()).toContain('c/late'), { timeout: HANG_MS, interval: 10 });
      await atomicSave(join(dir, 'c', 'late.prompt.md'), md('1.0.1', 'later'));
      await vi.waitFor(async () => expect((await store.resolve('c/late', 'latest'))?.version).toBe('1.0.1'), {
        timeout: HANG_MS,
        interval: 10,
      });
      await store.close();
      expect(inotifyWatches()).toBe(before);
    },
  );
});
