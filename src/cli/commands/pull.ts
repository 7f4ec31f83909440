/**
 * `promptops pull --from langfuse --dir prompts`: copy a Langfuse project's prompts, versions and
 * labels into a folder of prompt files (see `authoring/pull-langfuse.ts`).
 * @module
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { type PullResult, pullLangfuse } from '../../authoring/pull-langfuse.js';
import { ConfigError, isPromptOpsError } from '../../errors.js';
import { createLangfuseStore, type LangfuseStore, type LangfuseWording } from '../../stores/langfuse.js';
import type { CommandContext, CommandModule } from '../command.js';
import { plural, withExamples } from '../command-kit.js';
import { ExitCode, type Output } from '../output.js';

interface PullFlags {
  from: string;
  dir: string;
  baseUrl?: string;
  publicKeyEnv: string;
  secretKeyEnv: string;
  label: string[];
  force?: boolean;
}

/** Registers `pull`. */
export const pullCommand: CommandModule = (program: Command, context: CommandContext) => {
  const command = program
    .command('pull')
    .description("copy a Langfuse project's prompts, versions and labels into a folder of prompt files")
    .requiredOption('--from <source>', 'where to copy from: "langfuse"')
    .option('--dir <dir>', 'folder to write the prompt files into', 'prompts')
    .option(
      '--base-url <url>',
      'Langfuse host (default: $LANGFUSE_BASE_URL, $LANGFUSE_BASEURL or $LANGFUSE_HOST, else https://cloud.langfuse.com)',
    )
    .option('--public-key-env <name>', 'environment variable holding the public key', 'LANGFUSE_PUBLIC_KEY')
    .option(
      '--secret-key-env <name>',
      'environment variable holding the secret key (never the key itself)',
      'LANGFUSE_SECRET_KEY',
    )
    .option(
      '--label <langfuse=promptops>',
      'rename a Langfuse label (repeatable), e.g. 2024-q1=q1-2024',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--force', 'replace files that exist with other content (default: leave them and report a conflict)');
  withExamples(
    command,
    [
      'promptops pull --from langfuse --dir prompts',
      'promptops pull --from langfuse --dir prompts --base-url https://us.cloud.langfuse.com --label 2024-q1=q1-2024',
    ],
    `Each Langfuse version N becomes <dir>/<name>/N.0.0.prompt.md (text) or .prompt.yaml (chat), with its
labels; every file is read back and must give the same content hash before it is written. Langfuse's
automatic "latest" label is not written ("latest" always means the newest version). A label promptops
cannot spell (it must start with a letter) becomes lf-<label> unless --label renames it. A prompt with
two Langfuse labels that would share a name here (2024-q1 and a real lf-2024-q1) is skipped: rename one
with --label. The summary accounts for every listed version (written, updated, unchanged, conflicting, skipped).

Exit codes: 0 copied; 1 some prompts were skipped or some files conflict (listed), or Langfuse could not
be read (unreachable host, refused keys: the message says which; nothing is written then); 2 usage error
(no keys, unknown --from, a bad --label).
--json prints { dir, versions: [{ name, version, labels, file, status }], skipped, renamedLabels, conflicts,
listed: { prompts, versions } }.`,
  );
  command.action(async (flags: PullFlags, cmd: Command) => {
    const output = context.output(cmd);
    if (flags.from.toLowerCase() !== 'langfuse') {
      throw new ConfigError(
        `cannot pull from ${JSON.stringify(flags.from)}: the only source is "langfuse".` +
          (/^openai$/i.test(flags.from)
            ? ' OpenAI has no API that exports its stored prompts: copy them by hand into prompt files as ' +
              'docs/migrating.md shows (section "From OpenAI\'s stored prompts")'
            : ' Prompts from elsewhere go into prompt files by hand: see docs/migrating.md'),
        { option: '--from' },
      );
    }
    const env = context.io.env;
    const key = (variable: string, what: string): string => {
      const value = env[variable];
      if (value === undefined || value === '') {
        throw new ConfigError(
          `the Langfuse ${what} key is missing: set the environment variable ${variable} (Langfuse project settings → API keys)`,
          { option: what === 'public' ? '--public-key-env' : '--secret-key-env' },
        );
      }
      return value;
    };
    const host = langfuseHost(flags, env);
    const wording = pullWording(flags, host);
    const options = {
      publicKey: key(flags.publicKeyEnv, 'public'),
      secretKey: key(flags.secretKeyEnv, 'secret'),
      baseUrl: host.url,
      labels: parseLabelRenames(flags.label),
    };
    let store: LangfuseStore;
    try {
      store = createLangfuseStore(options, wording);
    } catch (error) {
      // The store names its options; here they come from --label and --base-url (or a variable).
      const flag = isPromptOpsError(error, 'CONFIG')
        ? { labels: '--label', baseUrl: host.from === 'the default' ? undefined : host.from }[error.option ?? '']
        : undefined;
      if (isPromptOpsError(error, 'CONFIG') && flag !== undefined) {
        const message = error.message.replace(/^option "[^"]+": /, '');
        throw new ConfigError(message, { option: flag }, { cause: error });
      }
      throw error;
    }
    const dir = resolve(context.io.cwd, flags.dir);
    output.progress(`Reading the prompts of ${host.url}…`);
    const result = await pullLangfuse({
      store,
      dir,
      overwrite: flags.force === true,
      renameFix: wording.rename,
      onProgress: (done, total) => output.progress(`Copied ${done}/${total} versions`, true),
    });
    output.result({ dir, ...result }, () => printPull(output, flags.dir, result));
    if (result.skipped.length > 0 || result.conflicts.length > 0) context.exit(ExitCode.findings);
  });
};

/** The Langfuse host and where it came from (a flag, a variable, or the default), for messages. */
function langfuseHost(flags: PullFlags, env: Record<string, string | undefined>): { url: string; from: string } {
  if (flags.baseUrl !== undefined && flags.baseUrl !== '') return { url: flags.baseUrl, from: '--base-url' };
  for (const variable of ['LANGFUSE_BASE_URL', 'LANGFUSE_BASEURL', 'LANGFUSE_HOST']) {
    const value = env[variable];
    if (value !== undefined && value !== '') return { url: value, from: variable };
  }
  return { url: 'https://cloud.langfuse.com', from: 'the default' };
}

/** The store's fixes in the terms of this command: its flags and environment variables. */
function pullWording(flags: PullFlags, host: { url: string; from: string }): LangfuseWording {
  const hostNow = `it is ${host.url}, from ${host.from}`;
  return {
    auth:
      `check the keys in the environment variables ${flags.publicKeyEnv} and ${flags.secretKeyEnv} ` +
      '(Langfuse project settings → API keys; --public-key-env and --secret-key-env name other variables) and that ' +
      `the Langfuse host is the one the keys belong to (${hostNow}; set it with --base-url or LANGFUSE_BASE_URL, ` +
      'e.g. https://cloud.langfuse.com, https://us.cloud.langfuse.com)',
    baseUrl:
      `set --base-url (or LANGFUSE_BASE_URL) to the Langfuse host, without /api (${hostNow}), ` +
      'e.g. https://cloud.langfuse.com, https://us.cloud.langfuse.com, or the address of a self-hosted Langfuse',
    rename: (label) => `--label ${label}=<another name>`,
    renamesLive: 'by --label',
  };
}

function parseLabelRenames(values: readonly string[]): Record<string, string> {
  const renames: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1) {
      throw new ConfigError(`expects langfuse=promptops (e.g. 2024-q1=q1-2024), got ${JSON.stringify(value)}`, {
        option: '--label',
      });
    }
    renames[value.slice(0, at)] = value.slice(at + 1);
  }
  return renames;
}

function printPull(output: Output, dir: string, result: PullResult): void {
  const count = (status: string) => result.versions.filter((v) => v.status === status).length;
  // Every version Langfuse listed is accounted for: copied (written, updated, unchanged), conflicting or skipped.
  const skipped = result.listed.versions - result.versions.length - result.conflicts.length;
  output.line(
    `${plural(result.listed.versions, 'version')} of ${plural(result.listed.prompts, 'prompt')} in Langfuse → ${dir}: ` +
      `${count('written')} written, ${count('updated')} updated, ${count('unchanged')} unchanged, ` +
      `${result.conflicts.length} conflicting, ${skipped} skipped.`,
  );
  for (const { name, langfuse, promptops, renamed } of result.renamedLabels) {
    output.problem(
      `${output.style('yellow', 'note')} ${name}: Langfuse label "${langfuse}" is "${promptops}" here ` +
        (renamed
          ? `(select it as ${name}@${promptops})`
          : `(select it as ${name}@${promptops}; rename it with --label ${langfuse}=<name>)`),
    );
  }
  for (const { name, version, reason } of result.skipped) {
    output.problem(
      `${output.style('yellow', 'skipped')} ${name}${version === undefined ? '' : `@${version}`}: ${reason}`,
    );
  }
  for (const { file } of result.conflicts) {
    output.problem(
      `${output.style('yellow', 'conflict')} ${file} exists with other content: left alone (--force replaces it)`,
    );
  }
  if (result.versions.length > 0) {
    output.line(
      `Next: promptops validate ${dir}, then createPromptClient({ store: fileStore({ dir: '${dir}' }) }). ` +
        'Bare names serve the "production" label if you set defaultSelector: "production" (see docs/migrating.md).',
    );
  }
}
