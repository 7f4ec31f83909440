/**
 * `npm run demo` is what a new user runs first: it must succeed and fit one terminal screen (40 lines of
 * 100 columns) while showing the whole loop. Runs scripts/demo.mjs with `--from-source` (the example on
 * src/, no build: the build is the same `npm run build` CI runs), so nothing here depends on timing.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What npm prints around a script: a blank line, `> promptops@x demo`, `> node scripts/demo.mjs`, a blank line. */
const NPM_HEADER_LINES = 4;
/** What a run with a build prints beyond `--from-source`'s one line: the build line, 3 phases (4 at most), done. */
const BUILD_EXTRA_LINES = 5;

function demo(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/demo.mjs', '--from-source', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    child.on('error', reject);
    // Node's own warnings (an experimental API on a newer Node) are not the demo's.
    const own = () => stderr.replace(/^\(node:\d+\) \w*Warning: .*\n(\(Use `node --trace-warnings.*\n)?/gm, '');
    child.on('close', (code) => resolve({ code, stdout, stderr: own() }));
  });
}

describe('npm run demo', () => {
  it('runs the whole loop in one screen: one line a step with its key number, then where to go next', async () => {
    const { code, stdout, stderr } = await demo();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length + BUILD_EXTRA_LINES + NPM_HEADER_LINES).toBeLessThanOrEqual(40);
    expect(lines.filter((line) => [...line].length > 100)).toEqual([]);
    const step = (name: string) => lines.find((line) => line.startsWith(`  ${name} `))?.replace(/ {2,}/g, '  ');
    expect(lines[0]).toBe('▶ running examples/quickstart.ts on src/ (--from-source: no build)');
    expect(step('get + render')).toBe(
      '  get + render  support/greeting, pin ^1.0.0 → 1.1.0 (production), rendered: 168 chars',
    );
    expect(step('strict input')).toContain('PromptInputError lists 3 problems at once');
    expect(step('model call')).toBe(
      '  model call  support/route → gpt-4o-mini, tools [lookup_order]; usage 420 in / 35 out = $0.000084',
    );
    expect(step('experiment')).toBe(
      '  experiment  support/greeting 1.0.0 vs 1.1.0, sticky per user: 1 control, 2 candidate, 3 outcomes',
    );
    expect(step('over HTTP')).toContain('server down → from the snapshot');
    expect(step('eval')).toBe('  eval  production 1.1.0 vs staging 2.0.0, 10 cases: pass rate 0% → 100% (p=0.002)');
    expect(step('winner')).toBe('  winner  2.0.0 (the answers came from a local stand-in model, not a real one)');
    expect(step('publish')).toBe('  publish  7 versions to a registry over HTTP, token "support-ci"');
    expect(step('promote')).toBe("  promote  production 1.1.0 → 2.0.0, the eval's winner");
    expect(step('roll back')).toBe('  roll back  production 2.0.0 → 1.1.0; history: 3 moves by support-ci');
    expect(step('telemetry')).toMatch(/^ {2}telemetry {2}25 events: fetch ×9, render ×8,/);
    expect(lines.at(-1)).toBe('Each step in full: npm run demo -- --verbose · next: docs/getting-started.md');
    // The README's quick start and docs/getting-started.md show exactly what the demo prints.
    for (const doc of ['README.md', 'docs/getting-started.md']) {
      const shown = /```text\n(promptops, the whole loop[\s\S]*?)```/.exec(readFileSync(join(ROOT, doc), 'utf8'));
      expect(shown?.[1], doc).toBe(`${lines.slice(1).join('\n')}\n`);
    }
  }, 120_000);

  it('--verbose prints every step in full: rendered texts, the eval table and diff, the label history', async () => {
    const { code, stdout, stderr } = await demo('--verbose');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Greet Ada in a formal tone.\n  They wrote to us about the Roadrunner 3000');
    expect(stdout).toContain('tone: expected one of "formal", "friendly", null, got string "angry"');
    expect(stdout).toContain('A LOCAL STAND-IN answers here');
    expect(stdout).toMatch(/vs 1\.1\.0 +\+100 pts \[\+57, \+100\] p=0\.0020 better/);
    expect(stdout).toContain('Prompt diff 1.1.0 → 2.0.0');
    expect(stdout).toContain('1.1.0 → 2.0.0 by support-ci (won the eval)');
    expect(stdout).toContain('telemetry events (25)');
    expect(stdout.trimEnd().split('\n').length).toBeGreaterThan(40);
  }, 120_000);
});
