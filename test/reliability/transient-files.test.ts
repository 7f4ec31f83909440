/**
 * Defect 5 of issue 13: a transiently bad file of a watched store (a duplicate copy, a truncated or briefly
 * missing file, invalid YAML for a moment) never takes away the versions that load; each problem is reported.
 */
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { type FileStore, type FileStoreProblem, fileStore } from '../../src/stores/fs/file-store.js';

const dirs: string[] = [];
const stores: FileStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const md = (version: string, body: string, labels = '[production]'): string =>
  `---\nversion: ${version}\nlabels: ${labels}\n---\n${body}\n`;

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'promptops-transient-'));
  dirs.push(dir);
  const file = join(dir, 'greeting.prompt.md');
  await writeFile(file, md('1.0.0', 'Hello {{who}}'));
  const problems: FileStoreProblem[] = [];
  const store = fileStore({ dir, watch: true, debounceMs: 10, onProblem: (p) => problems.push(p) });
  stores.push(store);
  const changes: string[] = [];
  store.watch?.((name) => changes.push(name));
  const client = createPromptClient({ store });
  const render = async (spec: string) => (await client.getPrompt(spec)).render({ who: 'Ada' });
  expect(await render('greeting@1.0.0')).toBe('Hello Ada');
  expect(await render('greeting@production')).toBe('Hello Ada');
  /** Wait until the store has seen a change of `greeting` (the client's cache was invalidated then). */
  const changed = async () => {
    await vi.waitFor(() => expect(changes).toContain('greeting'), { timeout: 5_000, interval: 10 });
    changes.length = 0;
  };
  return { dir, file, store, client, render, problems, changed };
}

describe('a watched file store with a transiently bad file', () => {
  it('an identical copy of a version file changes nothing; a different copy is reported, the first serves', {
    timeout: 20_000,
  }, async () => {
    const { dir, render, problems, changed, client } = await setup();
    await writeFile(
      join(dir, 'greeting-copy.prompt.md'),
      `---\nname: greeting\nversion: 1.0.0\nlabels: [production]\n---\nHello {{who}}\n`,
    );
    await changed().catch(() => undefined); // an identical copy may not change what the name serves at all
    expect(await render('greeting@1.0.0')).toBe('Hello Ada');
    expect(problems).toEqual([]);
    await writeFile(join(dir, 'greeting-copy.prompt.md'), `---\nname: greeting\nversion: 1.0.0\n---\nEVIL {{who}}\n`);
    await vi.waitFor(() => expect(problems.length).toBeGreaterThan(0), { timeout: 5_000, interval: 10 });
    expect(problems[0]?.error.message).toMatch(/defined twice/);
    expect(await render('greeting@1.0.0')).toBe('Hello Ada');
    expect(await render('greeting@production')).toBe('Hello Ada');
    await client.close();
  });

  it('a truncated file and invalid YAML keep serving the last good version, then the fixed one', {
    timeout: 20_000,
  }, async () => {
    const { file, render, problems, changed, client } = await setup();
    await writeFile(file, '---\nversion: 1.0'); // truncated mid-write
    await changed();
    expect(await render('greeting@1.0.0')).toBe('Hello Ada');
    expect(await render('greeting@production')).toBe('Hello Ada');
    await writeFile(file, '---\nversion: [1.0.0\n---\nHello {{who}}\n'); // invalid YAML
    await changed();
    expect(await render('greeting@production')).toBe('Hello Ada');
    expect(problems.map((p) => p.file)).toEqual([file, file]);
    await writeFile(file, md('1.1.0', 'Hi {{who}}'));
    await changed();
    expect(await render('greeting@production')).toBe('Hi Ada');
    await client.close();
  });

  it('a file missing for a moment keeps serving; one still missing after the grace is removed', {
    timeout: 20_000,
  }, async () => {
    const { file, store, render, client } = await setup();
    await unlink(file);
    await writeFile(file, md('1.0.0', 'Hello {{who}}'));
    expect(await render('greeting@1.0.0')).toBe('Hello Ada');
    await unlink(file);
    // Served during the grace, gone after it.
    expect((await store.listVersions('greeting')).map((v) => v.version)).toEqual(['1.0.0']);
    await vi.waitFor(async () => expect(await store.listVersions('greeting')).toEqual([]), {
      timeout: 5_000,
      interval: 20,
    });
    await client.close();
  });
});
