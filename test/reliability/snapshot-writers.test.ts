/**
 * Defect 6 of issue 13: one snapshot file, several writers. Each write reads, merges and writes under a
 * lock file, so nothing any writer saved is lost; temporary files have unique names.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import type { SnapshotData } from '../../src/client/snapshot.js';
import { fileSnapshot } from '../../src/client/snapshot.node.js';
import { memoryStore } from '../../src/stores/memory.js';
import { manualTime } from '../helpers/manual-time.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'promptops-snap-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Writer {
  ready: Promise<void>;
  start(): void;
  done: Promise<{ code: number | null; out: string; err: string }>;
}

/** A child process that loads `count` names into the snapshot at `path` once started. */
function spawnWriter(path: string, prefix: string, count: number): Writer {
  const child = spawn(
    join(process.cwd(), 'node_modules/.bin/tsx'),
    [join(import.meta.dirname, 'children/snapshot-writer.ts'), path, prefix, String(count)],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  child.stdout.on('data', (c) => {
    out += String(c);
    if (out.startsWith('ready\n')) onReady();
  });
  child.stderr.on('data', (c) => {
    err += String(c);
  });
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.once('exit', (code) => {
      onReady();
      resolve({ code, out: out.replace(/^ready\n/, ''), err });
    }),
  );
  return { ready, start: () => child.stdin.end('go\n'), done };
}

async function savedSelectors(path: string): Promise<string[]> {
  const data = JSON.parse(await readFile(path, 'utf8')) as SnapshotData;
  return Object.keys(data.selectors).sort();
}

describe('a snapshot file with several writers', () => {
  it('two processes writing 50 names each leave all 100', { timeout: 60_000 }, async () => {
    const path = join(dir, 'snapshot.json');
    const writers = [spawnWriter(path, 'a', 50), spawnWriter(path, 'b', 50)];
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.start(); // both write at the same time
    const [a, b] = await Promise.all(writers.map((w) => w.done));
    if (a === undefined || b === undefined) throw new Error('unreachable');
    expect(a.err).toBe('');
    expect(b.err).toBe('');
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(JSON.parse(a.out)).toEqual({ failures: 0 });
    expect(JSON.parse(b.out)).toEqual({ failures: 0 });
    const expected = ['a', 'b'].flatMap((p) => Array.from({ length: 50 }, (_, i) => `${p}/n${i}@latest`)).sort();
    expect(await savedSelectors(path)).toEqual(expected);
    expect((await readdir(dir)).sort()).toEqual(['snapshot.json']); // no temporary or lock file left
  });

  it('concurrent writes in one process neither collide on the temporary name nor lose entries', async () => {
    const path = join(dir, 'snapshot.json');
    const names = Array.from({ length: 20 }, (_, i) => `p/n${i}`);
    const store = memoryStore(names.map((name) => ({ name, version: '1.0.0', type: 'text', template: name })));
    // 20 clients on the same file, all writing in the same millisecond.
    const clients = names.map(() =>
      createPromptClient({ store, snapshot: fileSnapshot({ path }), timers: manualTime().timers }),
    );
    const errors: unknown[] = [];
    for (const client of clients) {
      client.on('error', (e) => {
        errors.push(e.error);
      });
    }
    await Promise.all(clients.map((client, i) => client.getPrompt(names[i] as string)));
    await Promise.all(clients.map((client) => client.close()));
    expect(errors).toEqual([]);
    expect(await savedSelectors(path)).toEqual(names.map((n) => `${n}@latest`).sort());
    expect((await readdir(dir)).sort()).toEqual(['snapshot.json']);
  });

  it('a write replaces an unreadable file instead of failing for ever', async () => {
    const path = join(dir, 'snapshot.json');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, '{ not json');
    const store = memoryStore([{ name: 'x', version: '1.0.0', type: 'text', template: 'x' }]);
    const client = createPromptClient({ store, snapshot: fileSnapshot({ path }), timers: manualTime().timers });
    await client.getPrompt('x');
    await client.close();
    expect(await savedSelectors(path)).toEqual(['x@latest']);
  });
});
