import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpResponse, http } from 'msw';
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
  server.resetHandlers();
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
    expect(result.renamedLabels).toEqual([
      { name: 'support/greeting', langfuse: '2024-q1', promptops: 'lf-2024-q1', renamed: false },
    ]);
    expect(result.listed).toEqual({ prompts: 3, versions: 6 });
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

  it('skips a prompt whose Langfuse labels would share a name here, naming both labels and the rename', async () => {
    // support/greeting has 2024-q1 (spelled lf-2024-q1 here) on version 2 and a real lf-2024-q1 on version 1.
    prompts = PROMPTS.map((p) =>
      p.name === 'support/greeting' && p.version === 1 ? { ...p, labels: ['staging', 'lf-2024-q1'] } : p,
    );
    const result = await pullLangfuse({ store: source(), dir });
    expect(result.versions.map((v) => v.name)).toEqual(['support/triage']);
    expect(result.skipped).toContainEqual({
      name: 'support/greeting',
      reason:
        'Langfuse prompt "support/greeting" has the labels "2024-q1" and "lf-2024-q1", which would both be "lf-2024-q1" here ' +
        '("2024-q1" does not start with a letter, so promptops spells it lf-2024-q1), and one label cannot point at two versions. ' +
        "Fix: give \"2024-q1\" another name with labels: { '2024-q1': '<another name>' } (the labels option of langfuseStore); then pull again",
    });
    expect(result.renamedLabels).toEqual([]);

    // The rename it names ends the collision: every version is copied, each label on one version.
    const renamed = langfuseStore({
      baseUrl: BASE,
      publicKey: PUBLIC_KEY,
      secretKey: SECRET_KEY,
      retry: false,
      labels: { '2024-q1': 'q1-2024' },
    });
    const again = await pullLangfuse({ store: renamed, dir });
    expect(again.versions.map((v) => `${v.file} ${v.labels.join(',')}`)).toEqual([
      'support/greeting/1.0.0.prompt.md lf-2024-q1,staging',
      'support/greeting/2.0.0.prompt.md production,q1-2024',
      'support/greeting/3.0.0.prompt.md ',
      'support/triage/1.0.0.prompt.yaml production',
    ]);
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
    // Every version Langfuse listed is accounted for (4 copied + 2 skipped: Movie Critic, the empty chat).
    expect(run.stdout).toContain(
      '6 versions of 3 prompts in Langfuse → out: 4 written, 0 updated, 0 unchanged, 0 conflicting, 2 skipped.',
    );
    // Renamed by --label already: no advice to rename it.
    expect(run.stderr).toContain(
      'note support/greeting: Langfuse label "2024-q1" is "q1-2024" here (select it as support/greeting@q1-2024)\n',
    );
    expect(run.stderr).toMatch(/skipped Movie Critic: not a valid promptops name/);
    expect(await readFile(join(dir, 'out/support/greeting/2.0.0.prompt.md'), 'utf8')).toMatch(/- q1-2024\n/);
    expect(run.stdout + run.stderr).not.toContain(SECRET_KEY);
  });

  it('a label promptops spells lf-<label> gets the --label advice; a conflict is counted in the summary', async () => {
    const first = await cli(['pull', '--from', 'langfuse', '--dir', 'out'], { cwd: dir, env });
    expect(first.stderr).toContain(
      'note support/greeting: Langfuse label "2024-q1" is "lf-2024-q1" here (select it as support/greeting@lf-2024-q1; ' +
        'rename it with --label 2024-q1=<name>)',
    );
    await writeFile(join(dir, 'out/support/greeting/1.0.0.prompt.md'), '---\nversion: 1.0.0\n---\nEdited\n');
    const second = await cli(['pull', '--from', 'langfuse', '--dir', 'out'], { cwd: dir, env });
    expect(second.code).toBe(1);
    expect(second.stdout).toContain(
      '6 versions of 3 prompts in Langfuse → out: 0 written, 0 updated, 3 unchanged, 1 conflicting, 2 skipped.',
    );
    expect(second.stderr).toContain('conflict support/greeting/1.0.0.prompt.md exists with other content');
  });

  it('colliding labels: the prompt is skipped with the --label fix; after it, validate passes', async () => {
    prompts = PROMPTS.map((p) =>
      p.name === 'support/greeting' && p.version === 1 ? { ...p, labels: ['staging', 'lf-2024-q1'] } : p,
    );
    const run = await cli(['pull', '--from', 'langfuse', '--dir', 'out'], { cwd: dir, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'skipped support/greeting: Langfuse prompt "support/greeting" has the labels "2024-q1" and "lf-2024-q1", which would ' +
        'both be "lf-2024-q1" here ("2024-q1" does not start with a letter, so promptops spells it lf-2024-q1), and one ' +
        'label cannot point at two versions. Fix: give "2024-q1" another name with --label 2024-q1=<another name>; then pull again',
    );
    expect(run.stdout).toContain(
      '6 versions of 3 prompts in Langfuse → out: 1 written, 0 updated, 0 unchanged, 0 conflicting, 5 skipped.',
    );
    const fixed = await cli(['pull', '--from', 'langfuse', '--dir', 'out', '--label', '2024-q1=q1-2024'], {
      cwd: dir,
      env,
    });
    expect(fixed.stdout).toContain('3 written, 0 updated, 1 unchanged, 0 conflicting, 2 skipped.');
    const validate = await cli(['validate', 'out'], { cwd: dir, env });
    expect(validate.code).toBe(0);
  });

  it('a wrong host or wrong keys: the fix names --base-url and the key variables, not langfuseStore options (exit 1)', async () => {
    server.use(
      http.get(`${BASE}/foo/*`, () => HttpResponse.json({ message: 'Not Found', statusCode: 404 }, { status: 404 })),
    );
    const wrongHost = await cli(['pull', '--from', 'langfuse', '--dir', 'out', '--base-url', `${BASE}/foo`], {
      cwd: dir,
      env,
    });
    expect(wrongHost.code).toBe(1);
    expect(wrongHost.stderr).toContain(
      `The Langfuse store got HTTP 404 while listing the prompts (page 1) at ${BASE}/foo/api/public/v2/prompts?page=1&limit=100: ` +
        "that address is not Langfuse's prompt API. Fix: set --base-url (or LANGFUSE_BASE_URL) to the Langfuse host, without " +
        `/api (it is ${BASE}/foo, from --base-url), e.g. https://cloud.langfuse.com`,
    );
    expect(wrongHost.stderr).not.toMatch(/\/v1|prompt server|baseUrl/);

    const wrongKey = await cli(['pull', '--from', 'langfuse', '--dir', 'out'], {
      cwd: dir,
      env: { ...env, LANGFUSE_SECRET_KEY: 'sk-lf-wrong-9999' },
    });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(
      /\nerror The Langfuse store was refused \(HTTP 401 unauthorized\).*Fix: check the keys in the environment variables LANGFUSE_PUBLIC_KEY and LANGFUSE_SECRET_KEY \(Langfuse project settings → API keys; --public-key-env and --secret-key-env name other variables\) and that the Langfuse host is the one the keys belong to \(it is https:\/\/langfuse\.test, from LANGFUSE_BASE_URL; set it with --base-url or LANGFUSE_BASE_URL/,
    );
    expect(wrongKey.stderr).not.toMatch(/publicKey|secretKey|langfuseStore|"baseUrl"/);
    expect(wrongKey.stdout + wrongKey.stderr).not.toContain('sk-lf-wrong-9999');
  });

  it('an unreachable host is an error of the run: exit 1, nothing written', async () => {
    server.use(http.get(`${BASE}/*`, () => HttpResponse.error()));
    const run = await cli(['pull', '--from', 'langfuse', '--dir', 'out'], { cwd: dir, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /\nerror The Langfuse store could not reach https:\/\/langfuse\.test\/api\/public\/v2\/prompts/,
    );
    await expect(readFile(join(dir, 'out/support/greeting/1.0.0.prompt.md'), 'utf8')).rejects.toThrow(/ENOENT/);
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
    expect(other.stderr).toContain(
      'cannot pull from "openai": the only source is "langfuse". OpenAI has no API that exports its stored prompts: ' +
        'copy them by hand into prompt files as docs/migrating.md shows (section "From OpenAI\'s stored prompts")',
    );
    const bad = await cli(['pull', '--from', 'langfuse', '--label', '2024-q1=2024-q2'], { cwd: dir, env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/option "--label": maps "2024-q1" to "2024-q2", which is not a promptops label/);
    const badHost = await cli(['pull', '--from', 'langfuse'], { cwd: dir, env: { ...env, LANGFUSE_BASE_URL: 'nope' } });
    expect(badHost.code).toBe(2);
    expect(badHost.stderr).toMatch(/option "LANGFUSE_BASE_URL": is not a valid URL/);
  });
});
