/**
 * `promptops … | head -1`: a reader that closes its end early. The real bin runs as a child process
 * (`node --import tsx src/cli/main.ts`) with its stdout or stderr on a real pipe whose reading end the
 * test destroys, either after the first chunk (an output larger than a pipe buffer, so the CLI is still
 * writing) or before the CLI writes anything (test/cli/pipe-gate.mjs holds it back until then).
 */
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { handleBrokenPipes } from '../../src/cli/broken-pipe.js';
import { FIXTURES } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'src/cli/main.ts');
const GATE = join(import.meta.dirname, 'pipe-gate.mjs');

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** What the CLI wrote on the stream that stayed open. */
  other: string;
}

/**
 * Run the bin with `args`, destroy the reading end of `broken` (stdout or stderr) `when`, and collect
 * the other stream.
 */
function runBroken(
  args: readonly string[],
  broken: 'stdout' | 'stderr',
  when: 'after-first-chunk' | 'before-any-output',
): Promise<Exit> {
  const gated = when === 'before-any-output';
  const child = spawn(process.execPath, ['--import', 'tsx', ...(gated ? ['--import', GATE] : []), MAIN, ...args], {
    cwd: FIXTURES,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: [gated ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const closing = child[broken] as Readable;
  const open = (broken === 'stdout' ? child.stderr : child.stdout) as Readable;
  let other = '';
  open.on('data', (chunk: Buffer) => {
    other += chunk.toString('utf8');
  });
  if (gated) {
    closing.destroy();
    child.stdin?.end();
  } else {
    closing.once('data', () => closing.destroy());
  }
  return new Promise((resolveExit, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolveExit({ code, signal, other }));
  });
}

/** Node's own warnings (an experimental API on a newer Node) are not the CLI's. */
const own = (stderr: string) =>
  stderr.replace(/^\(node:\d+\) \w*Warning: .*\n(\(Use `node --trace-warnings.*\n)?/gm, '');

describe('a reader that closes the pipe early (promptops … | head -1)', () => {
  it('stdout closed while the CLI is still writing: exit 0, nothing on stderr but the output', async () => {
    // A rendered text of 1 MB does not fit in a pipe buffer (64 kB): the CLI is still writing when the
    // reader goes away after its first chunk.
    const dir = await mkdtemp(join(tmpdir(), 'promptops-pipe-'));
    const vars = join(dir, 'vars.json');
    await writeFile(vars, JSON.stringify({ company: 'x'.repeat(1 << 20), customer: 'Ada' }));
    const run = await runBroken(['render', 'helpdesk/greeting@2.0.0', '--vars', vars], 'stdout', 'after-first-chunk');
    expect(own(run.other)).toBe('helpdesk/greeting@2.0.0 (2.0.0)\n');
    expect(run).toMatchObject({ code: 0, signal: null });
  });

  it.each([
    ['list', 'prompts'],
    ['render', '--help'],
    ['--json', 'list', 'prompts'],
  ])('stdout closed before the first line (promptops %s %s | head -1): exit 0, no stack trace', async (...args) => {
    const run = await runBroken(args, 'stdout', 'before-any-output');
    expect(own(run.other)).toBe('');
    expect(run).toMatchObject({ code: 0, signal: null });
  });

  it('stderr closed: the CLI stops writing there but finishes its work and keeps its exit code', async () => {
    const rendered = await runBroken(
      ['render', 'helpdesk/greeting@2.0.0', '--var', 'company=Acme', '--var', 'customer=Ada'],
      'stderr',
      'before-any-output',
    );
    expect(rendered).toMatchObject({ code: 0, signal: null });
    expect(rendered.other).toContain('Greet Ada');
    const usage = await runBroken(['render', 'helpdesk/greeting', '--var', 'oops'], 'stderr', 'before-any-output');
    expect(usage).toMatchObject({ code: 2, signal: null, other: '' });
  });
});

describe('handleBrokenPipes', () => {
  it('rethrows a stream error that is not a broken pipe, as Node would', () => {
    const stdout = new EventEmitter();
    const stderr = new EventEmitter();
    const exits: number[] = [];
    handleBrokenPipes({ stdout, stderr }, (code) => exits.push(code));
    const failure = Object.assign(new Error('write EIO'), { code: 'EIO' });
    expect(() => stdout.emit('error', failure)).toThrow('write EIO');
    expect(() => stderr.emit('error', failure)).toThrow('write EIO');
    stderr.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(exits).toEqual([]);
    stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(exits).toEqual([0]);
  });
});
