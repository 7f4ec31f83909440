/**
 * `promptops publish [dir] --url <server> | --store postgres://…`: put every version of a folder that
 * the registry lacks (DESIGN.md section 13).
 * @module
 */
import type { Command } from 'commander';
import { shownPath } from '../../authoring/index.js';
import { type PublishReport, publishFolder } from '../../authoring/publish.js';
import { ConfigError } from '../../errors.js';
import { fileStore } from '../../stores/fs/file-store.js';
import type { CommandContext, CommandModule } from '../command.js';
import { progressCounter, withExamples } from '../command-kit.js';
import { ExitCode } from '../output.js';
import { addRegistryOptions, openRegistryTarget, type RegistryFlags } from '../registry-args.js';
import { addStoreOptions, selectStore } from '../store-args.js';

interface PublishFlags extends RegistryFlags {
  labels?: boolean;
  dryRun?: boolean;
}

/** Registers `publish`. */
export const publishCommand: CommandModule = (program: Command, context: CommandContext) => {
  const command = addRegistryOptions(
    addStoreOptions(
      program
        .command('publish')
        .description('put every version of a prompt folder that a registry (server or Postgres) lacks')
        .argument('[dir]', 'prompt folder')
        .option('--labels', 'move the labels the files carry as well (each move is recorded)')
        .option('--dry-run', 'say what would be published; write nothing'),
    ),
  );
  withExamples(
    command,
    [
      'promptops publish prompts --url https://prompts.example.com --token-env PROMPTS_TOKEN --dry-run',
      'promptops publish prompts --store postgres://prompts@db:5432/prompts --labels',
    ],
    `
The folder: [dir] or --dir; else the file store of promptops.config.json; else ./prompts.
The registry: --url (with --token-env) or --store postgres://….
Identical versions are skipped; a version that exists there with other content is refused, naming the file.

Exit codes: 0 published (or nothing to do), 1 some version was refused, 2 usage.`,
  );
  command.action(async (dir: string | undefined, flags: PublishFlags, cmd: Command) => {
    const output = context.output(cmd);
    if (flags.url === undefined && flags.store === undefined) {
      throw new ConfigError('publish needs a registry: --url <server> or --store postgres://…', { option: 'url' });
    }
    const folder = await selectStore(
      dir,
      {
        ...(flags.dir === undefined ? {} : { dir: flags.dir }),
        ...(flags.config === undefined ? {} : { config: flags.config }),
      },
      context.io,
    );
    await folder.close();
    if (folder.kind !== 'file' || folder.dir === undefined) {
      throw new ConfigError('publish reads a prompt folder: pass it as [dir] or --dir', { option: 'dir' });
    }
    const source = fileStore({ dir: folder.dir });
    const target = await openRegistryTarget(undefined, { ...flags, dir: undefined, config: undefined }, context.io);
    let report: PublishReport;
    try {
      report = await publishFolder(source, target.store, {
        labels: flags.labels === true,
        dryRun: flags.dryRun === true,
        meta: target.meta,
        onProgress: progressCounter(output, 'Publishing'),
      });
    } finally {
      await target.close();
      await source.close();
    }
    const shown = (file: string | undefined) => (file === undefined ? undefined : shownPath(context.io.cwd, file));
    const result = {
      ...report,
      target: target.location,
      entries: report.entries.map((e) => ({ ...e, file: shown(e.file) })),
    };
    output.result(result, () => {
      const verb = report.dryRun ? 'would publish' : 'published';
      for (const entry of result.entries) {
        if (entry.action === 'refused') {
          const where = entry.file === undefined ? '' : ` (${entry.file})`;
          output.line(`${output.style('red', '✗')} ${entry.name}@${entry.version}${where}: ${entry.message}`);
        } else if (entry.action === 'published' || entry.labelsMoved !== undefined) {
          const labels = entry.labelsMoved === undefined ? '' : ` (labels: ${entry.labelsMoved.join(', ')})`;
          output.line(
            `${output.style('green', '✓')} ${entry.name}@${entry.version}${entry.action === 'published' ? '' : ' already there'}${labels}`,
          );
        }
      }
      output.line(
        `${report.dryRun ? 'Dry run: ' : ''}${verb} ${report.published}, skipped ${report.skipped} identical, refused ${report.refused}` +
          `${report.labelsMoved > 0 ? `, ${report.labelsMoved} label move(s)` : ''} → ${target.location}`,
      );
    });
    if (report.refused > 0) context.exit(ExitCode.findings);
  });
};
