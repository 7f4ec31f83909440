/**
 * `npm run demo` is what a new user runs first: it must succeed and fit one terminal screen (40 lines of
 * 100 columns) while showing the whole loop. Runs scripts/demo.mjs with `--from-source` (the example on
 * src/, no build: the build is the same `npm run build` CI runs) and counts the lines a build adds from a
 * real tsup log, so nothing here depends on timing.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildingLine, buildPhases } from '../../scripts/demo-progress.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What npm prints around a script: a blank line, `> promptops@x demo`, `> node scripts/demo.mjs`, a blank line. */
const NPM_HEADER_LINES = 4;
/** A real `npm run build` log (tsup 8), file lines cut down to two: what the demo reads while it builds. */
const TSUP_LOG = [
  'CLI Building entry: {"index":"src/index.ts","index.node":"src/index.node.ts","fs":"src/fs.ts"}',
  'CLI Using tsconfig: tsconfig.json',
  'CLI Building entry: {"cli":"src/cli/main.ts"}',
  'CLI tsup v8.5.1',
  'CLI Target: es2022',
  'ESM Build start',
  'CJS Build start',
  'CLI Target: node20',
  'ESM Build start',
  'DTS Build start',
  'ESM dist/index.js 1.20 KB',
  'ESM ⚡️ Build success in 7329ms',
  'CJS dist/index.cjs 1.31 KB',
  'CJS ⚡️ Build success in 7361ms',
  'ESM ⚡️ Build success in 7385ms',
  'DTS ⚡️ Build success in 19026ms',
];

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

/** What a build prints instead of `--from-source`'s one line: the build line, one line a phase, `✔ built`. */
function buildLines(): number {
  const phases = buildPhases();
  return 1 + TSUP_LOG.filter((line) => phases.read(line) !== undefined).length + 1;
}

describe('npm run demo', () => {
  it('says what it builds while it builds: each phase once, when all of its builds are done', () => {
    const phases = buildPhases();
    expect(phases.now()).toBe('starting tsup');
    const said: string[] = [];
    for (const line of TSUP_LOG) {
      const finished = phases.read(line);
      if (finished !== undefined) said.push(finished);
      if (line === 'DTS Build start') expect(phases.now()).toBe('ESM bundles, CommonJS bundles, type declarations');
    }
    // The library's ESM build and the CLI's are one phase: it is done when both are.
    expect(said).toEqual(['CommonJS bundles', 'ESM bundles', 'type declarations']);
    expect(phases.now()).toBe('finishing');
    expect(buildLines()).toBe(5);
    for (const why of ['first run', 'src/ changed'] as const)
      expect([...buildingLine(why)].length).toBeLessThanOrEqual(100);
  });

  it('runs the whole loop in one screen: one line a step with its key number, then where to go next', async () => {
    const { code, stdout, stderr } = await demo();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    // One screen even on the first run: npm's header, the build's lines instead of the first, the steps.
    expect(NPM_HEADER_LINES + buildLines() + lines.length - 1).toBeLessThanOrEqual(40);
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
