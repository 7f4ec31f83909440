import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFolderRegistry } from '../../src/authoring/folder-registry.js';
import { validateFolder } from '../../src/authoring/validate.js';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { StoreError } from '../../src/errors.js';
import { fileStore } from '../../src/stores/fs/file-store.js';
import { verifyStore } from '../../src/testing/verify-store.js';
import { rejectionOf } from '../helpers/errors.js';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/cli/prompts');
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'promptops-folder-'));
  dirs.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

const GREETING = 'helpdesk/greeting';

describe('openFolderRegistry', () => {
  it('moves a label by rewriting only the labels of the two files, and records the move', async () => {
    const dir = await folder();
    const before11 = await readFile(join(dir, 'helpdesk/greeting/1.1.0.prompt.md'), 'utf8');
    const before20 = await readFile(join(dir, 'helpdesk/greeting/2.0.0.prompt.md'), 'utf8');
    let now = Date.UTC(2026, 1, 1);
    const registry = await openFolderRegistry({ dir, now: () => now });
    await registry.setLabel(GREETING, 'production', '2.0.0', { actor: 'ada', reason: 'new greeting' });
    await registry.setLabel(GREETING, 'production', '2.0.0', { actor: 'ada' }); // already there
    now += 1000;
    await registry.setLabel(GREETING, 'production', '1.1.0', { actor: 'bob' });
    await registry.setLabel(GREETING, 'production', '2.0.0', { actor: 'ada' });
    await registry.close();

    const after11 = await readFile(join(dir, 'helpdesk/greeting/1.1.0.prompt.md'), 'utf8');
    const after20 = await readFile(join(dir, 'helpdesk/greeting/2.0.0.prompt.md'), 'utf8');
    expect(after11).toBe(before11.replace('labels: [production]\n', ''));
    expect(after20).toBe(before20.replace('labels: [staging]', 'labels: [staging, production]'));
    const report = await validateFolder(dir, '.');
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);

    const reopened = await openFolderRegistry({ dir });
    const history = await reopened.labelHistory(GREETING);
    expect(history.map((m) => [m.from, m.to, m.actor])).toEqual([
      ['1.1.0', '2.0.0', 'ada'],
      ['2.0.0', '1.1.0', 'bob'],
      ['1.1.0', '2.0.0', 'ada'],
    ]);
    expect(history[2]).toEqual({
      label: 'production',
      from: '1.1.0',
      to: '2.0.0',
      actor: 'ada',
      at: '2026-02-01T00:00:00.000Z',
      reason: 'new greeting',
    });
    expect((await reopened.resolve(GREETING, 'production'))?.version).toBe('2.0.0');
    await reopened.close();
    expect(await readdir(join(dir, '.promptops'))).toEqual(['.gitignore', 'history.jsonl', 'tmp']);
  });

  it('writes a new version as a file that reads back byte-exact with the same hash', async () => {
    const dir = await folder();
    const registry = await openFolderRegistry({ dir });
    const text: PromptRecord = {
      name: GREETING,
      version: '3.0.0',
      type: 'text',
      template: 'Hi {{customer}}!\n\n  trailing spaces and a final newline  \n',
      input: { schema: { customer: 'string' } },
      metadata: { owner: 'support-team', tags: ['a', 'b'] },
      model: { name: 'gpt-4o-mini', temperature: 0.2 },
      labels: ['canary'],
    };
    const chat: PromptRecord = {
      name: 'helpdesk/new-chat',
      version: '1.0.0',
      type: 'chat',
      messages: [{ role: 'system', content: 'line 1\r\nline 2 "quoted" #not-a-comment' }, { placeholder: 'history' }],
    };
    await registry.putVersion(text, { actor: 'ci' });
    await registry.putVersion(chat);
    await registry.close();
    const files = fileStore({ dir });
    for (const record of [text, chat]) {
      const back = await files.getVersion(record.name, record.version);
      expect(back?.template).toBe(record.template);
      expect(back?.messages).toEqual(record.messages);
      expect(back?.hash).toBe(await computeHash(record));
    }
    expect((await files.resolve(GREETING, 'canary'))?.version).toBe('3.0.0');
    expect(await files.fileOf(GREETING, '3.0.0')).toBe(join(dir, 'helpdesk/greeting/3.0.0.prompt.md'));
    const report = await validateFolder(dir, '.');
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('re-putting a version with new labels moves them; other content under that version is a 409', async () => {
    const dir = await folder();
    const registry = await openFolderRegistry({ dir });
    const existing = await registry.getVersion(GREETING, '1.0.0');
    if (existing === undefined) throw new Error('fixture missing');
    await registry.putVersion({ ...existing, labels: ['production'] }, { actor: 'ci' });
    expect((await registry.resolve(GREETING, 'production'))?.version).toBe('1.0.0');
    expect((await registry.labelHistory(GREETING))[0]).toMatchObject({ from: '1.1.0', to: '1.0.0', actor: 'ci' });
    const { hash: _hash, ...content } = existing;
    const conflict = await rejectionOf(registry.putVersion({ ...content, template: 'changed', labels: [] }));
    expect(conflict).toBeInstanceOf(StoreError);
    expect(conflict).toMatchObject({ status: 409 });
    await registry.close();
  });

  it('serialises concurrent writers: one label, one version; every put lands once', async () => {
    const dir = await folder();
    const registry = await openFolderRegistry({ dir });
    const versions = ['1.0.0', '1.1.0', '2.0.0'];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        registry.setLabel(GREETING, 'production', versions[i % 3] as string, { actor: `w${i}` }),
      ),
    );
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        registry.putVersion({ name: 'helpdesk/burst', version: `1.0.${i}`, type: 'text', template: `n${i}` }),
      ),
    );
    await registry.close();
    const files = fileStore({ dir });
    const labelled = (await files.listVersions(GREETING)).filter((v) => v.labels.includes('production'));
    expect(labelled).toHaveLength(1);
    expect((await files.listVersions('helpdesk/burst')).length).toBe(6);
    expect(await files.problems()).toEqual([]);
  });

  it('finishes a label move cut short by a kill, and removes leftover temporary files', async () => {
    const dir = await folder();
    // The state a kill leaves after the intent was written and the old file lost its label.
    const file11 = join(dir, 'helpdesk/greeting/1.1.0.prompt.md');
    await writeFile(file11, (await readFile(file11, 'utf8')).replace('labels: [production]\n', ''));
    await cp(join(FIXTURE, '..', 'promptops.config.json'), join(dir, '.promptops', 'tmp', 'half-written.tmp'), {
      recursive: true,
    }).catch(async () => {
      const { mkdir } = await import('node:fs/promises');
      await mkdir(join(dir, '.promptops', 'tmp'), { recursive: true });
      await writeFile(join(dir, '.promptops', 'tmp', 'half-written.tmp'), '---\nversion: 1');
    });
    const move = { label: 'production', from: '1.1.0', to: '2.0.0', actor: 'ada', at: '2026-02-01T00:00:00.000Z' };
    await writeFile(join(dir, '.promptops', 'pending-move.json'), JSON.stringify({ name: GREETING, move }));
    // ...and a history line cut in the middle of an append.
    await writeFile(join(dir, '.promptops', 'history.jsonl'), '{"name":"helpdesk/greeting","label":"st');
    const registry = await openFolderRegistry({ dir });
    expect((await registry.resolve(GREETING, 'production'))?.version).toBe('2.0.0');
    expect(await registry.labelHistory(GREETING)).toEqual([move]);
    await registry.close();
    expect(await readdir(join(dir, '.promptops', 'tmp'))).toEqual([]);
    expect(await readdir(join(dir, '.promptops'))).not.toContain('pending-move.json');
    expect((await validateFolder(dir, '.')).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('passes verifyStore', async () => {
    const dir = await folder();
    await expect(verifyStore(() => openFolderRegistry({ dir }))).resolves.toMatchObject({ store: 'file' });
  });
});
