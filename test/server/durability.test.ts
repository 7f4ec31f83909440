// Fault tests of the writable folder server: a real `promptops serve --writable` process killed with
// SIGKILL in the middle of a write burst, then restarted on the same folder. Whatever the moment of
// the kill, every acknowledged write must be there and no file may be half-written.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateFolder } from '../../src/authoring/validate.js';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { fileStore } from '../../src/stores/fs/file-store.js';
import { httpStore } from '../../src/stores/http.js';
import { type ServeProcess, startServeProcess } from './serve-process.js';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/cli/prompts');
const TOKEN = 'durability-token-123';
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'promptops-durable-'));
  await cp(FIXTURE, dir, { recursive: true });
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function serve(dir: string): Promise<ServeProcess> {
  const running = await startServeProcess([dir, '--writable', '--port', '0', '--token-env', 'T'], { T: TOKEN });
  cleanup.push(() => running.kill());
  return running;
}

const version = (i: number): PromptRecord => ({
  name: `burst/p${i % 4}`,
  version: `1.0.${i}`,
  type: 'text',
  // Trailing newline and spaces: the written file must give back exactly this.
  template: `Version ${i} for {{customer}}.\n  indented line ${'x'.repeat(i % 7)}\n`,
});

describe('promptops serve --writable, killed mid-burst', () => {
  it('loses no acknowledged write and leaves no half-written file', async () => {
    const dir = await folder();
    const first = await serve(dir);
    const store = httpStore({ url: first.url, token: TOKEN, writable: true, retry: false, timeoutMs: 30_000 });
    const acked: PromptRecord[] = [];
    const ackedMoves: Array<{ name: string; to: string; reason: string }> = [];
    let killed = false;
    // Writers run until the kill; the kill comes once 12 writes are acknowledged, with others in flight.
    const writer = async (w: number): Promise<void> => {
      for (let i = w; !killed; i += 4) {
        const record = version(i);
        try {
          await store.putVersion?.(record);
          acked.push(record);
          const reason = `burst ${i}`;
          await store.setLabel?.(record.name, 'production', record.version, { reason });
          ackedMoves.push({ name: record.name, to: record.version, reason });
        } catch {
          return; // the server is gone
        }
        if (acked.length >= 12 && !killed) {
          killed = true;
          await first.kill();
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    await first.kill();
    expect(acked.length).toBeGreaterThanOrEqual(12);

    // Restart on the same folder: recovery finishes an interrupted move and removes temporary files.
    const second = await serve(dir);
    const after = httpStore({ url: second.url, token: TOKEN });
    for (const record of acked) {
      const back = await after.getVersion(record.name, record.version);
      expect(back?.template).toBe(record.template);
      expect(back?.hash).toBe(await computeHash(record));
    }
    for (const move of ackedMoves) {
      const history = await after.labelHistory(move.name);
      expect(history.some((m) => m.reason === move.reason && m.to === move.to && m.actor === 'token')).toBe(true);
    }
    for (const name of ['burst/p0', 'burst/p1', 'burst/p2', 'burst/p3']) {
      const versions = await after.listVersions(name);
      expect(versions.filter((v) => v.labels.includes('production')).length).toBeLessThanOrEqual(1);
    }
    await second.kill();

    expect(await readdir(join(dir, '.promptops', 'tmp'))).toEqual([]);
    const report = await validateFolder(dir, '.');
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const files = fileStore({ dir });
    expect(await files.problems()).toEqual([]);
    const lines = (await readFile(join(dir, '.promptops', 'history.jsonl'), 'utf8')).split('\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1)) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('concurrent writers through one server: immutability and one label, one version', async () => {
    const dir = await folder();
    const running = await serve(dir);
    const store = httpStore({ url: running.url, token: TOKEN, writable: true, timeoutMs: 30_000 });
    const same: PromptRecord = { name: 'race/x', version: '1.0.0', type: 'text', template: 'A' };
    const other: PromptRecord = { ...same, template: 'B' };
    const results = await Promise.allSettled([
      ...Array.from({ length: 4 }, () => store.putVersion?.(same)),
      ...Array.from({ length: 4 }, () => store.putVersion?.(other)),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    expect(ok).toBe(4); // one content wins, its four puts succeed; the other four get 409
    await store.putVersion?.({ name: 'race/x', version: '1.0.1', type: 'text', template: 'C' });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.setLabel?.('race/x', 'production', i % 2 === 0 ? '1.0.0' : '1.0.1')),
    );
    const labelled = (await store.listVersions('race/x')).filter((v) => v.labels.includes('production'));
    expect(labelled).toHaveLength(1);
    await running.kill();
    expect(await fileStore({ dir }).problems()).toEqual([]);
  });
});
