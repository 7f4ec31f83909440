import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/program.js';
import { experimentEvents, toJsonl } from './generate.js';

let dir: string;

function capture(cwd: string): { io: CliIO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t) },
      env: {},
      cwd,
    },
    out: () => out,
    err: () => err,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'promptops-report-'));
  const events = experimentEvents(
    'support/greeting',
    [
      { variant: 'control', version: '1.2.0', n: 900, pScore: 0.6, cost: 0.002 },
      { variant: 'candidate', version: '2.0.0', n: 900, pScore: 0.7, cost: 0.002 },
    ],
    11,
  );
  await writeFile(join(dir, 'events.jsonl'), `${toJsonl(events)}this line is not json\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('promptops report', () => {
  it('prints a table per prompt and a verdict per metric', async () => {
    const c = capture(dir);
    const code = await runCli(['report', 'events.jsonl'], c.io);
    expect(code).toBe(0);
    const out = c.out();
    expect(out).toContain('support/greeting (arms by variant, baseline control)');
    expect(out).toMatch(/1\.2\.0\s+control\s+900\s+900/);
    expect(out).toMatch(/2\.0\.0\s+candidate\s+900\s+900/);
    expect(out).toMatch(
      /✓ candidate better on score \(\+0\.\d+, 95% CI \+0\.\d+\.\.\+0\.\d+\), significant at n=1,800/,
    );
    // The cost has no true difference; whether this seed's sample looks significant is chance, the wording is not.
    expect(out).toMatch(/[·✗✓] candidate (better|worse) on costUsd \(.*\), (not )?significant at n=1,800 \(p=/);
    expect(c.err()).toMatch(/skipped 1 line\(s\) that are not promptops events, e\.g\. .*events\.jsonl:5401: not JSON/);
  });

  it('prints one JSON document with --json', async () => {
    const c = capture(dir);
    const code = await runCli(['report', 'events.jsonl', '--json'], c.io);
    expect(code).toBe(0);
    const doc = JSON.parse(c.out());
    expect(doc.ok).toBe(true);
    expect(doc.events).toBe(5400);
    expect(doc.prompts[0].name).toBe('support/greeting');
    const score = doc.prompts[0].comparisons.find((x: { metric: string }) => x.metric === 'score');
    expect(score).toMatchObject({
      baseline: 'control',
      arm: 'candidate',
      significant: true,
      direction: 'better',
      n: 1800,
    });
    expect(score.test.p).toBeLessThan(0.05);
  });

  it('writes a self-contained HTML page with --html', async () => {
    const c = capture(dir);
    const code = await runCli(['report', 'events.jsonl', '--html', 'report.html'], c.io);
    expect(code).toBe(0);
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script|<link|https?:\/\/|@import|url\(/i);
  });

  it('exits 2 with a clear message for a missing file or a bad option', async () => {
    const c = capture(dir);
    expect(await runCli(['report', 'missing.jsonl'], c.io)).toBe(2);
    expect(c.err()).toMatch(/cannot read events file ".*missing\.jsonl" \(no such file\)/);
    const d = capture(dir);
    expect(await runCli(['report', 'events.jsonl', '--confidence', '95'], d.io)).toBe(2);
    expect(d.err()).toMatch(/--confidence.*between 0 and 1/);
    const e = capture(dir);
    expect(await runCli(['report'], e.io)).toBe(2);
  });
});
