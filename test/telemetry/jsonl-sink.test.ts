import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { PromptNotFoundError } from '../../src/errors.js';
import { memoryStore } from '../../src/stores/memory.js';
import type { PromptEvent } from '../../src/telemetry/events.js';
import { jsonlSink } from '../../src/telemetry/jsonl-sink.js';
import { text } from '../client/fakes.js';
import { HANG_MS } from '../helpers/wait.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'promptops-sink-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const render: PromptEvent = {
  type: 'render',
  name: 'a',
  version: '1.0.0',
  hash: 'sha256-x',
  durationMs: 0.5,
  chars: 3,
  inputKeys: ['x'],
};

async function lines(path: string): Promise<Array<Record<string, unknown>>> {
  const content = await readFile(path, 'utf8');
  expect(content.endsWith('\n')).toBe(true);
  return content
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('jsonlSink', () => {
  it('appends one JSON line per event, in order, with a timestamp, creating folders', async () => {
    const path = join(dir, 'nested', 'deeper', 'events.jsonl');
    const sink = jsonlSink(path);
    expect(sink.path).toBe(path);
    for (let i = 0; i < 5; i++) sink({ ...render, chars: i });
    await sink.close();
    const got = await lines(path);
    expect(got.map((l) => l.chars)).toEqual([0, 1, 2, 3, 4]);
    expect(got[0]).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      ...render,
      chars: 0,
    });
  });

  it('serialises errors as { name, message, code } only (no stack, no cause)', async () => {
    const path = join(dir, 'errors.jsonl');
    const sink = jsonlSink(path, { timestamp: false });
    const error = new PromptNotFoundError('support/greetng', { message: 'Prompt "support/greetng" was not found.' });
    sink({ type: 'error', name: 'support/greetng', selector: 'latest', error, stage: 'fetch' });
    sink({
      type: 'refresh',
      name: 'a',
      selector: 'latest',
      ok: false,
      fromVersion: '1.0.0',
      error: new TypeError('boom'),
    });
    await sink.close();
    expect(await lines(path)).toEqual([
      {
        type: 'error',
        name: 'support/greetng',
        selector: 'latest',
        stage: 'fetch',
        error: {
          name: 'PromptNotFoundError',
          message: 'Prompt "support/greetng" was not found.',
          code: 'PROMPT_NOT_FOUND',
        },
      },
      {
        type: 'refresh',
        name: 'a',
        selector: 'latest',
        ok: false,
        fromVersion: '1.0.0',
        error: { name: 'TypeError', message: 'boom' },
      },
    ]);
  });

  it('buffers: nothing is written before flush(), the interval or a full buffer', async () => {
    const path = join(dir, 'buffered.jsonl');
    const sink = jsonlSink(path, { flushIntervalMs: 0 });
    sink(render);
    await new Promise((r) => setTimeout(r, 20));
    await expect(readFile(path, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    await sink.flush();
    expect(await lines(path)).toHaveLength(1);

    const small = jsonlSink(join(dir, 'small-buffer.jsonl'), { flushIntervalMs: 0, maxBufferChars: 1 });
    small(render);
    await vi.waitFor(async () => expect(await lines(small.path)).toHaveLength(1), { timeout: HANG_MS });

    const timed = jsonlSink(join(dir, 'timed.jsonl'), { flushIntervalMs: 10 });
    timed(render);
    timed(render);
    await vi.waitFor(async () => expect(await lines(timed.path)).toHaveLength(2), { timeout: HANG_MS });
    await Promise.all([sink.close(), small.close(), timed.close()]);
  });

  it('close() flushes, is idempotent, and ignores later events', async () => {
    const path = join(dir, 'closed.jsonl');
    const sink = jsonlSink(path, { flushIntervalMs: 0 });
    sink(render);
    await sink.close();
    await sink.close();
    sink(render);
    await sink.flush();
    expect(await lines(path)).toHaveLength(1);
  });

  it('never throws into the caller: write failures and unserialisable events go to onError', async () => {
    const blocker = join(dir, 'a-file');
    await writeFile(blocker, 'x');
    const onError = vi.fn();
    const sink = jsonlSink(join(blocker, 'events.jsonl'), { onError, flushIntervalMs: 0 });
    expect(() => sink(render)).not.toThrow();
    await expect(sink.flush()).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0]?.[0] as NodeJS.ErrnoException | undefined)?.code).toMatch(/ENOTDIR|EEXIST/);

    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const other = jsonlSink(join(dir, 'circular.jsonl'), { onError, flushIntervalMs: 0 });
    expect(() => other({ ...render, inputs: circular })).not.toThrow();
    other(render);
    await other.close();
    expect(onError).toHaveBeenCalledTimes(2);
    expect(String(onError.mock.calls[1]?.[0])).toMatch(/could not serialise a "render" event/);
    expect(await lines(other.path)).toHaveLength(1);
  });

  it('without onError, warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const blocker = join(dir, 'another-file');
    await writeFile(blocker, 'x');
    const sink = jsonlSink(join(blocker, 'x.jsonl'), { flushIntervalMs: 0 });
    sink(render);
    await sink.flush();
    sink(render);
    await sink.close();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('could not write to');
  });

  it('records a real client’s events as hooks.onEvent', async () => {
    const path = join(dir, 'client.jsonl');
    const sink = jsonlSink(path);
    const client = createPromptClient({
      store: memoryStore([text('support/greeting', '1.0.0', 'Hi {{customer}}')]),
      hooks: { onEvent: sink },
    });
    const p = await client.getPrompt('support/greeting');
    p.render({ customer: 'Ada Lovelace-SECRET' });
    await client.getPrompt('support/missing').catch(() => undefined);
    await client.close();
    await sink.close();
    const got = await lines(path);
    expect(got.map((e) => e.type)).toEqual(['fetch', 'render', 'error']);
    expect(got[2]?.error).toMatchObject({ name: 'PromptNotFoundError', code: 'PROMPT_NOT_FOUND' });
    expect(await readFile(path, 'utf8')).not.toContain('SECRET');
  });

  it('rejects a missing path', () => {
    expect(() => jsonlSink('')).toThrow(/needs a file path/);
  });
});
