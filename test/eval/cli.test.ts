import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EvalResult, evaluate } from '../../src/eval.js';
import { cli } from '../cli/helpers.js';
import { FIXTURES } from './helpers.js';
import { type ModelServer, startOpenAIServer } from './model-servers.js';

let openai: ModelServer;
beforeAll(async () => {
  openai = await startOpenAIServer();
});
afterAll(async () => {
  await openai.close();
});

async function workdir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'promptops-eval-cli-'));
  await cp(FIXTURES, dir, { recursive: true });
  await writeFile(join(dir, 'promptops.config.json'), JSON.stringify({ store: { type: 'file', dir: './prompts' } }));
  return dir;
}
const env = () => ({ OPENAI_API_KEY: 'sk-cli-secret', OPENAI_BASE_URL: openai.baseUrl });

describe('promptops eval', () => {
  it('prints the result object with --json, and a re-run answers from the cache', async () => {
    const cwd = await workdir();
    const first = await cli(['eval', 'greeting.eval.yaml', '--json'], { cwd, env: env() });
    expect(first.code).toBe(0);
    const result = first.json<EvalResult>();
    expect(result.runs.map((r) => r.passRate)).toEqual([0.25, 1]);
    expect(result.comparisons[0]?.verdict).toBe('better');
    expect(result.calls).toEqual({ made: 16, cached: 0 });
    const before = openai.requests;
    const second = await cli(['eval', 'greeting.eval.yaml', '--json'], { cwd, env: env() });
    expect(second.json<EvalResult>().calls).toEqual({ made: 0, cached: 16 });
    expect(openai.requests).toBe(before);
    const fresh = await cli(['eval', 'greeting.eval.yaml', '--json', '--no-cache'], { cwd, env: env() });
    expect(fresh.json<EvalResult>().calls).toEqual({ made: 16, cached: 0 });
  });

  it('prints the table: versions side by side, the winner, the verdict, the diff; plain progress lines off a TTY', async () => {
    const cwd = await workdir();
    const run = await cli(['eval'], { cwd, env: env() }); // finds *.eval.yaml itself
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1\.0\.0 \(production\) baseline\s+2\.0\.0 ★/);
    expect(run.stdout).toMatch(/pass rate\s+25% \(2\/8\)\s+100% \(8\/8\)/);
    expect(run.stdout).toContain('+75 pts');
    expect(run.stdout).toContain('better');
    expect(run.stdout).toContain('+Greet {{customer}} from {{company}} warmly and use their name.');
    expect(run.stderr).toContain('greeting.eval.yaml: 16/16 answers, 0 errors');
  });

  it('draws a progress bar (cli-progress) on a TTY', async () => {
    const cwd = await workdir();
    const run = await cli(['eval', 'greeting.eval.yaml', '--no-color'], { cwd, env: env(), tty: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('\u2588'); // the bar
    expect(run.stderr).toContain('16/16 answers');
    expect(run.stderr).not.toContain('greeting.eval.yaml: 16/16 answers, 0 errors\n'); // no plain lines
  });

  it('gates: --threshold on candidates, --fail-on-regression on a significantly worse one (exit 1)', async () => {
    const cwd = await workdir();
    await writeFile(
      join(cwd, 'reverse.eval.yaml'),
      'prompt: support/greeting\nversions: [2.0.0, 1.0.0]\nmodels: [openai:gpt-4o-mini]\ncases: ./cases.jsonl\nexpect:\n  - contains: "{{customer}}"\n',
    );
    const ok = await cli(['eval', 'greeting.eval.yaml', '--threshold', '0.9', '--fail-on-regression'], {
      cwd,
      env: env(),
    });
    expect(ok.code).toBe(0);
    const low = await cli(['eval', 'reverse.eval.yaml', '--threshold', '0.5'], { cwd, env: env() });
    expect(low.code).toBe(1);
    expect(low.stderr).toContain(
      'support/greeting@1.0.0 on openai:gpt-4o-mini: pass rate 25.0% is below --threshold 0.5',
    );
    const worse = await cli(['eval', 'reverse.eval.yaml', '--fail-on-regression'], { cwd, env: env() });
    expect(worse.code).toBe(1);
    expect(worse.stderr).toContain('is significantly worse than 2.0.0');
  });

  it('exits 2 before any model call on usage errors, naming file, line and fix, never the key', async () => {
    const cwd = await workdir();
    const before = openai.requests;
    const noKey = await cli(['eval', 'greeting.eval.yaml'], { cwd, env: { OPENAI_BASE_URL: openai.baseUrl } });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain(
      'greeting.eval.yaml:3: model openai:gpt-4o-mini needs an API key: export OPENAI_API_KEY',
    );
    await writeFile(
      join(cwd, 'bad.eval.yaml'),
      'prompt: support/greeting\nversions: [2.0.0]\nmodels: [openai:gpt-4o-mini]\ncases: ./cases.jsonl\nexpect:\n  - judge: polite\n',
    );
    const twoFiles = await cli(['eval', 'greeting.eval.yaml', 'bad.eval.yaml'], { cwd, env: env() });
    expect(twoFiles.code).toBe(2);
    expect(twoFiles.stderr).toContain("bad.eval.yaml:6: a judge assertion needs the judge's model");
    const flag = await cli(['eval', '--concurrency', '0'], { cwd, env: env() });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--concurrency');
    expect(openai.requests).toBe(before);
    expect(noKey.stderr + twoFiles.stderr).not.toContain('sk-cli-secret');
  });

  it('evaluate() without a store reads promptops.config.json, as the CLI does', async () => {
    const cwd = await workdir();
    const result = await evaluate('greeting.eval.yaml', { cwd, env: env() });
    expect(result.runs.map((r) => r.passRate)).toEqual([0.25, 1]);
  });

  it('writes --html', async () => {
    const cwd = await workdir();
    const run = await cli(['eval', 'greeting.eval.yaml', '--html', 'report.html'], { cwd, env: env() });
    expect(run.code).toBe(0);
    const html = await readFile(join(cwd, 'report.html'), 'utf8');
    expect(html).toContain('data-chart="pass-rate"');
  });

  it('keeps the results so far on Ctrl-C and exits 1', async () => {
    const cwd = await workdir();
    openai.holdUntil = 1_000;
    openai.onRequest = () => {
      openai.onRequest = undefined;
      process.emit('SIGINT');
    };
    try {
      const run = await cli(['eval', 'greeting.eval.yaml', '--json', '--no-cache', '--concurrency', '1'], {
        cwd,
        env: env(),
      });
      expect(run.code).toBe(1);
      const result = run.json<EvalResult>();
      expect(result.interrupted).toBe(true);
      expect(run.stderr).toContain('interrupted');
    } finally {
      openai.holdUntil = 0;
      openai.onRequest = undefined;
    }
  });
});
