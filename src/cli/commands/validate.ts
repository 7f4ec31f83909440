/**
 * `promptops validate [dir]`: check every prompt file; findings name file, line and fix.
 * @module
 */
import type { Command } from 'commander';
import { shownPath, type ValidateReport, validateFolder, validateStore } from '../../authoring/index.js';
import type { CommandContext, CommandModule } from '../command.js';
import { plural, progressCounter, usingStore, withExamples } from '../command-kit.js';
import { ExitCode, type Output } from '../output.js';
import { addStoreOptions, STORE_HELP, type StoreFlags } from '../store-args.js';

interface ValidateFlags extends StoreFlags {
  requireOwner?: boolean;
}

/** Registers `validate`. */
export const validateCommand: CommandModule = (program: Command, context: CommandContext) => {
  const command = program
    .command('validate')
    .description(
      'check every prompt: files parse, templates match their input schemas, labels are unique, partials ' +
        'resolve, a minor or patch version neither adds a required input nor removes an input, and the pins ' +
        'and experiments of promptops.config.json name prompts and versions that exist',
    )
    .argument('[dir]', 'prompt folder')
    .option('--require-owner', 'every prompt must name an owner (`owner:` or metadata.owner)');
  addStoreOptions(command);
  withExamples(
    command,
    ['promptops validate ./prompts', 'promptops validate --require-owner --json > findings.json'],
    `${STORE_HELP}

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage error.
--json prints { ok, files, prompts, versions, errors, warnings,
  findings: [{ severity, rule, file, line, column?, name?, version?, message, fix }] }.`,
  );
  command.action(async (dir: string | undefined, flags: ValidateFlags, cmd: Command) => {
    const output = context.output(cmd);
    const report = await usingStore(context, dir, flags, async (selected) => {
      const found = selected.found;
      const options = {
        requireOwner: flags.requireOwner === true,
        onProgress: progressCounter(output, 'Checking prompts'),
        ...(found === undefined
          ? {}
          : { config: { file: found.file, shown: shownPath(context.io.cwd, found.file), config: found.config } }),
      };
      return selected.kind === 'file' && selected.dir !== undefined
        ? validateFolder(selected.dir, selected.location, options)
        : validateStore(selected.store, options);
    });
    output.result(report, () => printReport(output, report));
    if (!report.ok) context.exit(ExitCode.findings);
  });
};

/** Human output of a report: one block per finding, then a summary line. */
export function printReport(output: Output, report: ValidateReport): void {
  for (const finding of report.findings) {
    const where = `${finding.file}:${finding.line}${finding.column === undefined ? '' : `:${finding.column}`}`;
    const severity = finding.severity === 'error' ? output.style('red', 'error') : output.style('yellow', 'warning');
    output.line(
      `${output.style('bold', where)}  ${severity}  ${finding.message}  ${output.style('dim', `[${finding.rule}]`)}`,
    );
    output.line(`  ${output.style('cyan', 'fix:')} ${finding.fix}`);
  }
  const counted = `${plural(report.prompts, 'prompt')}, ${plural(report.versions, 'version')}${
    report.files > 0 ? ` in ${plural(report.files, 'file')}` : ''
  }`;
  if (report.findings.length > 0) output.line();
  if (report.errors === 0) {
    const warnings = report.warnings === 0 ? '' : ` (${plural(report.warnings, 'warning')})`;
    output.line(`${output.style('green', '✔')} ${counted}: no errors${warnings}`);
  } else {
    output.line(
      `${output.style('red', '✖')} ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')} — ${counted}`,
    );
  }
}
