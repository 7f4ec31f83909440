/**
 * The whole loop, as an application runs it: a client with an experiment, a JSONL sink as its
 * `onEvent` hook, users assigned by key, outcomes recorded with `recordOutcome`, then the report read
 * back from the file. One run has a true difference (the report must find it), one has none (the
 * report must not call it significant).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { reportFromFiles } from '../../src/report/read.js';
import { memoryStore } from '../../src/stores/memory.js';
import { jsonlSink } from '../../src/telemetry/jsonl-sink.js';
import { text } from '../client/fakes.js';
import { mulberry32 } from '../report/generate.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'promptops-loop-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function simulate(file: string, users: number, success: Record<string, number>, seed: number): Promise<void> {
  const sink = jsonlSink(file);
  const prompts = createPromptClient({
    store: memoryStore([
      text('support/greeting', '1.2.0', 'Hello {{customer}}'),
      text('support/greeting', '2.0.0', 'Dear {{customer}}'),
    ]),
    experiments: {
      'support/greeting': {
        variants: { control: '1.2.0', candidate: '2.0.0' },
        weights: { control: 80, candidate: 20 },
      },
    },
    hooks: { onEvent: sink },
  });
  const rand = mulberry32(seed);
  for (let i = 0; i < users; i++) {
    const p = await prompts.getPrompt('support/greeting', { assignmentKey: `user-${i}` });
    p.render({ customer: `Customer ${i}` });
    const score = rand() < (success[p.variant ?? 'control'] ?? 0) ? 1 : 0;
    prompts.recordOutcome(p, { score });
  }
  await prompts.close();
  await sink.close();
}

describe('experiment → JSONL → report', () => {
  it('finds a true difference significant', async () => {
    const file = join(dir, 'effect.jsonl');
    await simulate(file, 5_000, { control: 0.6, candidate: 0.7 }, 1);
    const report = await reportFromFiles([file]);
    expect(report.skipped.count).toBe(0);
    const prompt = report.prompts[0];
    expect(prompt?.rows.map((r) => [r.version, r.variant])).toEqual([
      ['1.2.0', 'control'],
      ['2.0.0', 'candidate'],
    ]);
    const arms = Object.fromEntries((prompt?.arms ?? []).map((a) => [a.arm, a]));
    expect(arms.control?.assignments).toBe(arms.control?.outcomes);
    expect((arms.candidate?.assignments ?? 0) / 5_000).toBeGreaterThan(0.18);
    expect((arms.candidate?.assignments ?? 0) / 5_000).toBeLessThan(0.22);
    const score = prompt?.comparisons[0];
    expect(score?.significant).toBe(true);
    expect(score?.verdict).toMatch(
      /^candidate better on score \(\+0\.\d+, 95% CI \+0\.\d+\.\.\+0\.\d+\), significant at n=5,000$/,
    );
    expect(score?.test?.ci[0]).toBeLessThan(0.1);
    expect(score?.test?.ci[1]).toBeGreaterThan(0.1);
  });

  it('does not call a null difference significant', async () => {
    const file = join(dir, 'null.jsonl');
    await simulate(file, 1_000, { control: 0.6, candidate: 0.6 }, 2);
    const report = await reportFromFiles([file]);
    const score = report.prompts[0]?.comparisons[0];
    expect(score?.significant).toBe(false);
    expect(score?.verdict).toMatch(/, not significant at n=1,000$/);
  });
});
