import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, ValidateReport } from '../../src/authoring/validate.js';
import { splitDetail } from '../../src/authoring/validate.js';
import { cli, fixtureCopy } from './helpers.js';

const BROKEN = 'broken';

async function brokenReport(extra: string[] = []): Promise<{ code: number; report: ValidateReport }> {
  const run = await cli(['validate', BROKEN, '--json', ...extra]);
  return { code: run.code, report: run.json<ValidateReport>() };
}

function findingFor(report: ValidateReport, file: string, rule?: string): Finding {
  const found = report.findings.filter(
    (f) => f.file === `${BROKEN}/${file}` && (rule === undefined || f.rule === rule),
  );
  expect(found, `one finding for ${file}`).toHaveLength(1);
  return found[0]!;
}

describe('promptops validate', () => {
  it('passes the good fixture folder', async () => {
    const run = await cli(['validate', 'prompts', '--require-owner']);
    expect(run.stdout).toContain('no errors');
    expect(run.code).toBe(0);
  });

  it('catches each class of mistake with file, line and fix', async () => {
    const { code, report } = await brokenReport(['--require-owner']);
    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    // The config file of the working directory is read too: its pin names a prompt that is not in broken/.
    const config = report.findings.filter((f) => f.file === 'promptops.config.json');
    expect(config.map((f) => [f.rule, f.line, f.message])).toEqual([
      [
        'config',
        1,
        'pins["helpdesk/greeting"] pins a prompt that the folder broken does not have, so the pin applies to nothing ' +
          '(bare getPrompt() calls of the name you meant get "latest")',
      ],
    ]);
    // Every finding names a file, a line and a fix.
    for (const finding of report.findings.filter((f) => f.file !== 'promptops.config.json')) {
      expect(finding.file).toMatch(/^broken\/.+\.prompt\.(md|yaml|json)$/);
      expect(finding.line).toBeGreaterThan(0);
      expect(finding.fix.length).toBeGreaterThan(10);
      expect(finding.message.length).toBeGreaterThan(10);
    }
    const cases: Array<[file: string, rule: string, line: number, message: RegExp, fix: RegExp]> = [
      ['yaml-syntax.prompt.md', 'format', 4, /invalid front matter/, /YAML syntax/],
      ['missing-version.prompt.md', 'format', 1, /missing "version"/, /version: 1\.0\.0/],
      ['unknown-field.prompt.md', 'format', 4, /unknown field "lables"/, /did you mean "labels"/i],
      ['bad-default.prompt.md', 'format', 8, /default value does not fit/, /default of "tone"/],
      ['chat-bad-message.prompt.yaml', 'format', 6, /no "role"/, /role, content/],
      ['hash-mismatch.prompt.json', 'integrity', 5, /does not match the content/, /remove the "hash" field/i],
      [
        'undeclared-variable.prompt.md',
        'template-schema',
        9,
        /\{\{order_id\}\}/,
        /declare "order_id" under input\.schema/,
      ],
      ['template-syntax.prompt.md', 'template', 8, /section "\{\{#items\}\}" is not closed/, /\{\{\/items\}\}/],
      [
        'missing-partial.prompt.md',
        'partial',
        6,
        /partial "partials\/footer"/,
        /create a prompt named "partials\/footer"/i,
      ],
      ['partial-cycle/a.prompt.md', 'partial', 5, /cycle/, /inside a section/],
      [
        'label-twice/2.0.0.prompt.md',
        'label',
        7,
        /label "production".*also on version 1\.0\.0/,
        /remove "production"/i,
      ],
      [
        'duplicate-version/b.prompt.md',
        'duplicate-version',
        3,
        /also defined in broken\/duplicate-version\/a/,
        /new version/,
      ],
      [
        'semver-added-required/1.1.0.prompt.md',
        'semver',
        8,
        /adds the required input "company"/,
        /optional or give it a default.*2\.0\.0/,
      ],
      ['semver-removed-input/1.0.1.prompt.md', 'semver', 6, /removes the input "nickname"/, /keep "nickname".*2\.0\.0/],
      ['no-owner.prompt.md', 'owner', 1, /names no owner/, /owner: <team>/],
    ];
    for (const [file, rule, line, message, fix] of cases) {
      const finding = findingFor(report, file, rule);
      expect({ file, line: finding.line }).toEqual({ file, line });
      expect(finding.severity).toBe('error');
      expect(finding.message).toMatch(message);
      expect(finding.fix).toMatch(new RegExp(fix.source, 'i'));
    }
    const unused = findingFor(report, 'unused-input.prompt.md');
    expect(unused).toMatchObject({ severity: 'warning', rule: 'unused-input', line: 7 });
    expect(unused.fix).toMatch(/use \{\{coupon\}\}/i);
    expect(report.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
    expect(report.warnings).toBe(1);
  });

  it('checks owners only with --require-owner', async () => {
    const { report } = await brokenReport();
    expect(report.findings.some((f) => f.rule === 'owner')).toBe(false);
  });

  it('prints findings for humans: file:line, message, fix and a summary', async () => {
    const run = await cli(['validate', BROKEN]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('broken/undeclared-variable.prompt.md:9  error  the template uses {{order_id}}');
    expect(run.stdout).toContain('  fix: Declare "order_id" under input.schema');
    expect(run.stdout).toMatch(/✖ \d+ errors, 1 warning — \d+ prompts/);
    expect(run.stdout).not.toContain('\u001b['); // no colour without a TTY
  });

  it('colours only on a TTY, and never with --no-color', async () => {
    expect((await cli(['validate', BROKEN], { tty: true })).stdout).toContain('\u001b[');
    expect((await cli(['validate', BROKEN, '--no-color'], { tty: true })).stdout).not.toContain('\u001b[');
  });

  it('reads the folder from the config file, else ./prompts', async () => {
    const run = await cli(['validate', '--json']);
    expect(run.code).toBe(0);
    expect(run.json<ValidateReport>()).toMatchObject({ ok: true, prompts: 4, versions: 6 });
  });

  it('reports usage errors with exit code 2', async () => {
    expect((await cli(['validate', 'no-such-folder'])).code).toBe(2);
    expect((await cli(['validate', '--bogus'])).code).toBe(2);
    const both = await cli(['validate', 'prompts', '--url', 'http://localhost:1', '--json']);
    expect(both.code).toBe(2);
    expect(both.json()).toMatchObject({ ok: false, error: { code: 'CONFIG' } });
  });

  it('checks the pins and experiments of promptops.config.json, with or without a folder argument', async () => {
    const dir = await fixtureCopy();
    await writeFile(
      join(dir, 'promptops.config.json'),
      `${JSON.stringify(
        {
          store: { type: 'file', dir: './prompts' },
          pins: { 'helpdesk/greting': '^1.0.0', 'helpdesk/greeting': '^3', 'helpdesk/triage': 'latest' },
          experiments: {
            'helpdesk/farewel': { variants: { control: '1.0.0' } },
            'helpdesk/greeting': { variants: { control: '1.0.0', candidate: '9.9.9' } },
          },
        },
        null,
        2,
      )}\n`,
    );
    const expected = [
      {
        line: 7,
        rule: 'config',
        name: 'helpdesk/greting',
        message:
          'pins["helpdesk/greting"] pins a prompt that the folder prompts does not have, so the pin applies to ' +
          'nothing (bare getPrompt() calls of the name you meant get "latest")',
        fix: 'Did you mean "helpdesk/greeting"? Rename the key to "helpdesk/greeting", or remove the pin (in promptops.config.json)',
      },
      {
        line: 8,
        rule: 'config',
        name: 'helpdesk/greeting',
        message:
          'pins["helpdesk/greeting"]: "^3" matches no version of "helpdesk/greeting" (versions: 2.0.0, 1.1.0, 1.0.0; ' +
          'labels: staging → 2.0.0, production → 1.1.0)',
        fix: 'Pick a selector that matches one of these versions or labels, or publish a matching version',
      },
      {
        line: 12,
        rule: 'config',
        name: 'helpdesk/farewel',
        message:
          'experiments["helpdesk/farewel"] is an experiment on a prompt that the folder prompts does not have, so it ' +
          'never runs (no request is assigned a variant)',
        fix: 'Did you mean "helpdesk/farewell"? Rename the key to "helpdesk/farewell", or remove the experiment (in promptops.config.json)',
      },
      {
        line: 20,
        rule: 'config',
        name: 'helpdesk/greeting',
        message: expect.stringMatching(
          /^experiments\["helpdesk\/greeting"\]\.variants\.candidate: "9\.9\.9" matches no version/,
        ),
        fix: expect.any(String),
      },
    ];
    for (const args of [[], ['prompts'], ['--dir', 'prompts']]) {
      const run = await cli(['validate', ...args, '--json'], { cwd: dir });
      expect(run.code, args.join(' ')).toBe(1);
      const config = run.json<ValidateReport>().findings.filter((f) => f.file === 'promptops.config.json');
      expect(config).toEqual(expected.map((e) => ({ severity: 'error', file: 'promptops.config.json', ...e })));
    }
    const human = await cli(['validate'], { cwd: dir });
    expect(human.stdout).toContain(
      'promptops.config.json:7  error  pins["helpdesk/greting"] pins a prompt that the folder prompts does not have',
    );
    expect(human.stdout).toContain('  fix: Did you mean "helpdesk/greeting"? Rename the key to "helpdesk/greeting"');
  });

  it('splits engine messages into what and fix', () => {
    expect(splitDetail('invalid JSON: remove the comma before "}"')).toEqual({
      message: 'invalid JSON',
      fix: 'Remove the comma before "}"',
    });
    expect(splitDetail('something odd', 'input.default.tone').fix).toMatch(/default of "tone"/);
  });
});
