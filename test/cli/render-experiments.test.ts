/**
 * `promptops render` and the `experiments` of promptops.config.json: a bare name renders what the
 * application's client serves (the control without `--assignment-key`, the assigned variant with one),
 * and an experiment on a name the store lacks is a warning, like a pin on one.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignVariant, compileExperiments } from '../../src/client/experiments.js';
import { cli, fixtureCopy } from './helpers.js';

const EXPERIMENT = { variants: { control: '1.0.0', candidate: '1.1.0' } };

/** A key the experiment assigns to `variant` (searched, so no assumption about the hash). */
function keyFor(variant: 'control' | 'candidate'): string {
  const experiment = compileExperiments({ 'helpdesk/greeting': EXPERIMENT })?.get('helpdesk/greeting');
  if (experiment === undefined) throw new Error('no experiment');
  for (let i = 0; ; i++) {
    if (experiment.variants[assignVariant(experiment, `user-${i}`)] === variant) return `user-${i}`;
  }
}

async function withConfig(config: Record<string, unknown>): Promise<string> {
  const dir = await fixtureCopy();
  await writeFile(
    join(dir, 'promptops.config.json'),
    JSON.stringify({ store: { type: 'file', dir: './prompts' }, ...config }),
  );
  return dir;
}

describe('render with an experiment of promptops.config.json', () => {
  it('without --assignment-key renders the control, as the app serves requests without a key, and says so', async () => {
    const dir = await withConfig({ experiments: { 'helpdesk/greeting': EXPERIMENT } });
    const run = await cli(['render', 'helpdesk/greeting', '--var', 'customer=Ada'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Hello Ada!\n/);
    expect(run.stderr).toBe(
      'note experiment "helpdesk/greeting" is on this name: without --assignment-key this is its control ' +
        '(variant "control", what requests without an assignment key get); pass --assignment-key <key> ' +
        '(e.g. a user id) to render the variant that key is assigned\n' +
        'helpdesk/greeting@1.0.0 (1.0.0)\n',
    );
    const json = await cli(['render', 'helpdesk/greeting', '--var', 'customer=Ada', '--json'], { cwd: dir });
    expect(json.json()).toMatchObject({
      version: '1.0.0',
      experiment: 'helpdesk/greeting',
      notes: [expect.stringContaining('without --assignment-key this is its control')],
    });
    expect(json.json()).not.toHaveProperty('variant');
  });

  it('with --assignment-key renders the variant that key gets in the app, and names it', async () => {
    const dir = await withConfig({ experiments: { 'helpdesk/greeting': EXPERIMENT } });
    for (const [variant, version] of [
      ['candidate', '1.1.0'],
      ['control', '1.0.0'],
    ] as const) {
      const key = keyFor(variant);
      const run = await cli(['render', 'helpdesk/greeting', '--var', 'customer=Ada', '--assignment-key', key], {
        cwd: dir,
      });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(
        `helpdesk/greeting@${version} (${version}, variant "${variant}" of experiment "helpdesk/greeting" for ${key})\n`,
      );
      const json = await cli(
        ['render', 'helpdesk/greeting', '--var', 'customer=Ada', '--assignment-key', key, '--json'],
        { cwd: dir },
      );
      expect(json.json()).toMatchObject({ version, variant, experiment: 'helpdesk/greeting' });
      expect(json.json()).not.toHaveProperty('notes');
    }
  });

  it('an explicit selector bypasses the experiment, and a key without an experiment is a note', async () => {
    const dir = await withConfig({ experiments: { 'helpdesk/greeting': EXPERIMENT } });
    const explicit = await cli(
      ['render', 'helpdesk/greeting@1.1.0', '--var', 'customer=Ada', '--assignment-key', keyFor('control')],
      { cwd: dir },
    );
    expect(explicit.code).toBe(0);
    expect(explicit.stderr).toContain(
      'note experiment "helpdesk/greeting" is bypassed: a spec with a selector (@1.1.0) is served exactly, ' +
        'so --assignment-key has no effect; render the bare name "helpdesk/greeting" to render a variant\n',
    );
    const none = await cli(['render', 'helpdesk/farewell', '--var', 'customer=Ada', '--assignment-key', 'u1'], {
      cwd: dir,
    });
    expect(none.code).toBe(0);
    expect(none.stderr).toContain(
      'note --assignment-key has no effect: no experiment of the config file is on "helpdesk/farewell"\n',
    );
  });

  it('warns for an experiment on a name the store does not have, like a pin (text and --json)', async () => {
    const dir = await withConfig({ experiments: { 'helpdesk/greting': EXPERIMENT } });
    const run = await cli(['render', 'helpdesk/greeting@2.0.0', '--var', 'customer=Ada', '--var', 'company=Acme'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `warning ${join(dir, 'promptops.config.json')}, option "experiments["helpdesk/greting"]": is an experiment ` +
        'on a prompt that the file store does not have, so it never runs',
    );
    expect(run.stderr).toContain('Did you mean "helpdesk/greeting"?');
    const json = await cli(
      ['render', 'helpdesk/greeting@2.0.0', '--var', 'customer=Ada', '--var', 'company=Acme', '--json'],
      { cwd: dir },
    );
    expect(json.json<{ warnings: string[] }>().warnings).toEqual([
      expect.stringContaining('option "experiments["helpdesk/greting"]"'),
    ]);
  });
});
