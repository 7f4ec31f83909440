import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullLangfuse } from '../../src/authoring/pull-langfuse.js';
import { createPromptClient } from '../../src/client/client.js';
import { fileStore } from '../../src/stores/fs/file-store.js';
import { langfuseStore } from '../../src/stores/langfuse.js';
import { cli } from '../cli/helpers.js';
import { type FakeLangfusePrompt, fakeLangfuse, LANGFUSE_PROJECT } from '../helpers/langfuse-fake.js';

const BASE = 'https://langfuse.test';
const PUBLIC_KEY = 'pk-lf-pull-1234';
const SECRET_KEY = 'sk-lf-pull-secret-5678';

/** The project, with a label promptops cannot spell, a body with a front-matter-like rule, and an empty chat. */
const PROMPTS: FakeLangfusePrompt[] = [
  ...LANGFUSE_PROJECT.map((p) =>
    p.name === 'support/greeting' && p.version === 2
      ? {
          ...p,
          prompt: 'Hello {{customer}} from {{company}}\n\n---\nSigned: {{company}}\n',
          labels: ['production', '2024-q1'],
        }
      : p,
  ),
  { name: 'support/triage', version: 2, type: 'chat', prompt: [], config: {}, labels: [], tags: [] },
];

let prompts = PROMPTS;
const server = setupServer(fakeLangfuse(BASE, { prompts: () => prompts, keys: `${PUBLIC_KEY}:${SECRET_KEY}` }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'promptops-pull-'));
  prompts = PROMPTS;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const source = () => langfuseStore({ baseUrl: BASE, publicKey: PUBLIC_KEY, secretKey: SECRET_KEY, retry: false });

describe('pullLangfuse', () => {
  it('copies every version with its labels; the folder serves exactly what Langfuse served', async () => {
    const result = await pullLangfuse({ store: source(), dir });
    expect(result.versions.map((v) => `${v.file} ${v.labels.join(',')} ${v.status}`)).toEqual([
      'support/greeting/1.0.0.prompt.md staging written',
      'support/greeting/2.0.0.prompt.md lf-2024-q1,production written',
      'support/greeting/3.0.0.prompt.md  written',
      'support/triage/1.0.0.prompt.yaml production written',
    ]);
    expect(result.renamedLabels).toEqual([{ name: 'support/greeting', langfuse: '2024-q1', promptops: 'lf-2024-q1' }]);
    expect(result.skipped).toEqual([
      expect.objectContaining({
        name: 'Movie Critic',
        reason: expect.stringMatching(/rename it in Langfuse \(e\.g\. "movie-critic"\)/),
      }),
      expect.objectContaining({
        name: 'support/triage',
        version: '2.0.0',
        reason: expect.stringMatching(/chat prompt without any message/),
      }),
    ]);
    expect(await readFile(join(dir, 'support/greeting/2.0.0.prompt.md'), 'utf8')).toBe(
      [
        '---',
        'name: support/greeting',
        'version: 2.0.0',
        'labels:',
        '  - lf-2024-q1',
        '  - production',
        'model:',
        '  name: gpt-4o-mini',
        '  temperature: 0.2',
        'metadata:',
        '  tags:',
        '    - support',
        '  commitMessage: friendlier',
        '---',
        'Hello {{customer}} from {{company}}',
        '',
        '---',
        'Signed: {{company}}',
        '',
        '',
      ].join('\n'),
    );

    // Same content hash and labels, version by version, from the files as from Langfuse.
    const files = fileStore({ dir });
    const langfuse = source();
    for (const { name, version } of result.versions) {
      const [fromFile, fromLangfuse] = await Promise.all([
        files.getVersion(name, version),
        langfuse.getVersion(name, version),
      ]);
      expect(fromFile?.hash).toBe(fromLangfuse?.hash);
      expect([...(fromFile?.labels ?? [])].sort()).toEqual([...(fromLangfuse?.labels ?? [])].sort());
    }
    // And the app: production by default on Langfuse; the same with defaultSelector on the folder.
    const before = createPromptClient({ store: langfuse });
    const after = createPromptClient({ store: files, defaultSelector: 'production' });
    for (const name of ['support/greeting', 'support/triage']) {
      const [a, b] = await Promise.all([before.getPrompt(name), after.getPrompt(name)]);
      expect(b.version).toBe(a.version);
      expect(b.hash).toBe(a.hash);
    }
    await Promise.all([before.close(), after.close(), files.close?.()]);
  });

  it('a second pull changes nothing; a file edited here is a conflict unless overwrite', async () => {
    await pullLangfuse({ store: source(), dir });
    const again = await pullLangfuse({ store: source(), dir });
    expect(again.versions.every((v) => v.status === 'unchanged')).toBe(true);
    await writeFile(join(dir, 'support/greeting/1.0.0.prompt.md'), '---\nversion: 1.0.0\n---\nEdited\n');
    const conflicted = await pullLangfuse({ store: source(), dir });
    expect(conflicted.conflicts).toEqual([
      { name: 'support/greeting', version: '1.0.0', file: 'support/greeting/1.0.0.prompt.md' },
    ]);
    expect(await readFile(join(dir, 'support/greeting/1.0.0.prompt.md'), 'utf8')).toContain('Edited');
    const forced = await pullLangfuse({ store: source(), dir, overwrite: true });
    expect(forced.versions.find((v) => v.version === '1.0.0' && v.name === 'support/greeting')?.status).toBe('updated');
  });
});

describe('promptops pull', () => {
  const env = { LANGFUSE_PUBLIC_KEY: PUBLIC_KEY, LANGFUSE_SECRET_KEY: SECRET_KEY, LANGFUSE_BASE_URL: BASE };

  it('copies the project and reports what it could not copy (exit 1)', async () => {
    const run = await cli(['pull', '--from', 'langfuse', '--dir', 'out', '--label', '2024-q1=q1-2024'], {
      cwd: dir,
      env,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/4 versions of 2 prompts in out: 4 written, 0 updated, 0 unchanged\./);
    expect(run.stderr).toMatch(/note support\/greeting: Langfuse label "2024-q1" is "q1-2024" here/);
    expect(run.stderr).toMatch(/skipped Movie Critic: not a valid promptops name/);
    expect(await readFile(join(dir, 'out/support/greeting/2.0.0.prompt.md'), 'utf8')).toMatch(/- q1-2024\n/);
    expect(run.stdout + run.stderr).not.toContain(SECRET_KEY);
  });

  it('--json prints the result; exit 0 when everything was copied', async () => {
    prompts = PROMPTS.filter((p) => p.name === 'support/greeting');
    const run = await cli(['pull', '--from', 'langfuse', '--dir', 'out', '--json'], { cwd: dir, env });
    expect(run.code).toBe(0);
    const json = run.json<{ versions: unknown[]; skipped: unknown[] }>();
    expect(json.versions).toHaveLength(3);
    expect(json.skipped).toEqual([]);
  });

  it('a missing key or an unknown source is a usage error naming the fix', async () => {
    const noKey = await cli(['pull', '--from', 'langfuse'], { cwd: dir, env: { LANGFUSE_PUBLIC_KEY: PUBLIC_KEY } });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(
      /the Langfuse secret key is missing: set the environment variable LANGFUSE_SECRET_KEY/,
    );
    const other = await cli(['pull', '--from', 'openai'], { cwd: dir, env });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/cannot pull from "openai": the only source is "langfuse"/);
  });
});
