// publish, promote, rollback and history through the CLI: on a folder, against a writable server with
// scoped tokens, and against Postgres.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateFolder } from '../../src/authoring/validate.js';
import { createPromptServer, type PromptServer } from '../../src/server/server.js';
import { memoryStore } from '../../src/stores/memory.js';
import { type PostgresServer, startPostgresServer } from '../stores/postgres-helpers.js';
import { cli, fixtureCopy } from './helpers.js';

const running: PromptServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

const ENV = { USER: 'ada' };

describe('promote, rollback and history on a folder', () => {
  it('rewrites the front matter, keeps the folder valid, and rolls back from the history', async () => {
    const dir = await fixtureCopy();
    const before = await readFile(join(dir, 'prompts/helpdesk/greeting/2.0.0.prompt.md'), 'utf8');
    const promoted = await cli(
      [
        'promote',
        'helpdesk/greeting@2.0.0',
        '--label',
        'production',
        '--dir',
        'prompts',
        '--reason',
        'new tone',
        '--json',
      ],
      { cwd: dir, env: ENV },
    );
    expect(promoted.code).toBe(0);
    expect(promoted.json()).toEqual({
      name: 'helpdesk/greeting',
      label: 'production',
      version: '2.0.0',
      from: '1.1.0',
      moved: true,
    });
    expect(await readFile(join(dir, 'prompts/helpdesk/greeting/2.0.0.prompt.md'), 'utf8')).toBe(
      before.replace('labels: [staging]', 'labels: [staging, production]'),
    );
    const again = await cli(['promote', 'helpdesk/greeting@2.0.0', '--label', 'production', '--dir', 'prompts'], {
      cwd: dir,
      env: ENV,
    });
    expect(again.stdout).toMatch(/"production" is already on 2\.0\.0; nothing changed/);

    const validate = await cli(['validate', 'prompts', '--json'], { cwd: dir });
    expect(validate.code).toBe(0);

    const rolled = await cli(['rollback', 'helpdesk/greeting', '--label', 'production', '--dir', 'prompts'], {
      cwd: dir,
      env: ENV,
    });
    expect(rolled.code).toBe(0);
    expect(rolled.stdout).toMatch(/production 2\.0\.0 → 1\.1\.0/);

    const history = await cli(['history', 'helpdesk/greeting', '--dir', 'prompts', '--json'], { cwd: dir });
    const moves = history.json<{ name: string; moves: Array<Record<string, unknown>> }>().moves;
    expect(moves.map((m) => [m.label, m.from, m.to, m.actor, m.reason])).toEqual([
      ['production', '2.0.0', '1.1.0', 'ada', 'rollback from 2.0.0'],
      ['production', '1.1.0', '2.0.0', 'ada', 'new tone'],
    ]);
    const text = await cli(['history', 'helpdesk/greeting', '--dir', 'prompts', '--label', 'production'], { cwd: dir });
    expect(text.stdout).toMatch(/production {2}2\.0\.0 → 1\.1\.0 {2}by ada {2}"rollback from 2\.0\.0"/);
    expect(
      (await validateFolder(join(dir, 'prompts'), 'prompts')).findings.filter((f) => f.severity === 'error'),
    ).toEqual([]);
  });

  it('says clearly when there is nothing to roll back to, and when a version does not exist', async () => {
    const dir = await fixtureCopy();
    const noHistory = await cli(['rollback', 'helpdesk/greeting', '--label', 'production', '--dir', 'prompts'], {
      cwd: dir,
    });
    expect(noHistory.code).toBe(2);
    expect(noHistory.stderr).toMatch(/does not say where "production" pointed before 1\.1\.0: pass --to <version>/);
    const to = await cli(
      ['rollback', 'helpdesk/greeting', '--label', 'production', '--to', '1.0.0', '--dir', 'prompts', '--json'],
      { cwd: dir },
    );
    expect(to.json()).toMatchObject({ from: '1.1.0', version: '1.0.0', moved: true });
    const missing = await cli(['promote', 'helpdesk/greeting@9.0.0', '--label', 'production', '--dir', 'prompts'], {
      cwd: dir,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No version of prompt "helpdesk\/greeting" matches "9\.0\.0"/);
  });
});

describe('publish, promote, rollback and history against a server with scoped tokens', () => {
  it('publishes what the server lacks, moves labels only with --labels, and records the token as actor', async () => {
    const dir = await fixtureCopy();
    const store = memoryStore();
    const server = createPromptServer({
      store,
      writable: true,
      tokens: [
        { name: 'helpdesk-ci', token: 'helpdesk-secret', scopes: ['publish', 'promote'], prefixes: ['helpdesk/'] },
        { name: 'reader', token: 'reader-secret', scopes: ['read'] },
      ],
    });
    running.push(server);
    const { url } = await server.listen({ port: 0 });
    const env = { CI_TOKEN: 'helpdesk-secret', READ_TOKEN: 'reader-secret' };
    const target = ['--url', url, '--token-env', 'CI_TOKEN'];

    const dry = await cli(['publish', 'prompts', ...target, '--dry-run', '--json'], { cwd: dir, env });
    expect(dry.json()).toMatchObject({ dryRun: true, published: 6, skipped: 0, refused: 0 });
    expect(await store.list()).toEqual([]);

    const first = await cli(['publish', 'prompts', ...target, '--json'], { cwd: dir, env });
    expect(first.code).toBe(0);
    expect(first.json()).toMatchObject({ published: 6, labelsMoved: 0 });
    expect((await store.listVersions('helpdesk/greeting')).flatMap((v) => v.labels)).toEqual([]);

    const labels = await cli(['publish', 'prompts', ...target, '--labels', '--json'], { cwd: dir, env });
    expect(labels.json()).toMatchObject({ published: 0, skipped: 6, labelsMoved: 3 });
    expect((await store.resolve('helpdesk/greeting', 'production'))?.version).toBe('1.1.0');

    const promoted = await cli(['promote', 'helpdesk/greeting@2.0.0', '--label', 'production', ...target, '--json'], {
      env,
    });
    expect(promoted.json()).toMatchObject({ from: '1.1.0', version: '2.0.0', moved: true });
    const rolled = await cli(['rollback', 'helpdesk/greeting', '--label', 'production', ...target, '--json'], { env });
    expect(rolled.json()).toMatchObject({ from: '2.0.0', version: '1.1.0', moved: true });

    const history = await cli(
      ['history', 'helpdesk/greeting', '--label', 'production', '--url', url, '--token-env', 'READ_TOKEN', '--json'],
      {
        env,
      },
    );
    expect(history.json<{ moves: Array<Record<string, unknown>> }>().moves.map((m) => [m.from, m.to, m.actor])).toEqual(
      [
        ['2.0.0', '1.1.0', 'helpdesk-ci'],
        ['1.1.0', '2.0.0', 'helpdesk-ci'],
        [null, '1.1.0', 'helpdesk-ci'],
      ],
    );

    const forbidden = await cli(
      ['promote', 'helpdesk/greeting@2.0.0', '--label', 'production', '--url', url, '--token-env', 'READ_TOKEN'],
      { env },
    );
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toMatch(/403/);
    expect(forbidden.stderr).toMatch(/token "reader" may read any prompt; it may not promote "helpdesk\/greeting"/);
    expect(forbidden.stderr).not.toContain('reader-secret');

    // A changed file under an existing version is refused, naming the file.
    const changed = join(dir, 'prompts/helpdesk/greeting/1.0.0.prompt.md');
    await import('node:fs/promises').then((fs) =>
      fs.readFile(changed, 'utf8').then((t) => fs.writeFile(changed, t.replace('Hello', 'Hi'))),
    );
    const refused = await cli(['publish', 'prompts', ...target], { cwd: dir, env });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /helpdesk\/greeting@1\.0\.0 \(prompts\/helpdesk\/greeting\/1\.0\.0\.prompt\.md\): the file differs/,
    );
  });
});

describe('the registry commands on Postgres', () => {
  let pgServer: PostgresServer;
  let db: string;
  beforeAll(async () => {
    pgServer = await startPostgresServer();
    db = await pgServer.database('cli_tests');
  }, 60_000);
  afterAll(async () => {
    await pgServer?.destroy();
  });

  it('db migrate, publish --labels, promote, rollback and history with --store', async () => {
    const dir = await fixtureCopy();
    const migrate = await cli(['db', 'migrate', '--store', db, '--json']);
    expect(migrate.json()).toMatchObject({ schema: 'promptops', schemaVersion: 1 });
    const published = await cli(['publish', 'prompts', '--store', db, '--labels', '--json'], { cwd: dir, env: ENV });
    expect(published.json()).toMatchObject({ published: 6, labelsMoved: 3 });
    await cli(['promote', 'helpdesk/greeting@2.0.0', '--label', 'production', '--store', db], { env: ENV });
    const rolled = await cli(['rollback', 'helpdesk/greeting', '--label', 'production', '--store', db, '--json'], {
      env: { USER: 'bob' },
    });
    expect(rolled.json()).toMatchObject({ from: '2.0.0', version: '1.1.0' });
    const history = await cli(['history', 'helpdesk/greeting', '--store', db, '--label', 'production', '--json']);
    expect(history.json<{ moves: Array<Record<string, unknown>> }>().moves.map((m) => [m.from, m.to, m.actor])).toEqual(
      [
        ['2.0.0', '1.1.0', 'bob'],
        ['1.1.0', '2.0.0', 'ada'],
        [null, '1.1.0', 'ada'],
      ],
    );
  });
});
