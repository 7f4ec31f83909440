/**
 * `promptops serve [dir]`: serve a prompt folder over HTTP protocol v1 until SIGINT/SIGTERM.
 * @module
 */
import type { Command } from 'commander';
import { DEFAULT_PROMPT_DIR, shownPath } from '../../authoring/index.js';
import type { PromptRecord } from '../../engine/record.js';
import { ConfigError } from '../../errors.js';
import { createPromptServer, type PromptServer } from '../../server/server.js';
import { fileStore } from '../../stores/fs/file-store.js';
import { memoryStore } from '../../stores/memory.js';
import type { PromptStore } from '../../stores/types.js';
import { withExamples } from '../command-kit.js';
import type { CommandContext, CommandModule } from '../program.js';
import { selectStore } from '../store-args.js';

interface ServeFlags {
  dir?: string;
  config?: string;
  port: string;
  host: string;
  tokenEnv?: string;
  writable?: boolean;
  watch?: boolean;
}

/** What `serve --json` prints once it listens. */
export interface ServeResult {
  url: string;
  host: string;
  port: number;
  dir: string;
  writable: boolean;
  /** `true` when requests need the bearer token. */
  auth: boolean;
}

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** The absolute prompt folder. */
  dir: string;
  port: number;
  host: string;
  token?: string;
  writable: boolean;
  watch: boolean;
  onError?: (error: unknown) => void;
}

/**
 * Start serving a folder; resolves once listening. Read-only, the folder's file store is served
 * (following file changes with `watch`). Writable, an in-memory copy of the folder taken now is
 * served: PUTs change the copy, never the files.
 */
export async function startServer(options: StartServerOptions): Promise<{
  server: PromptServer;
  store: PromptStore & { close(): Promise<void> };
  url: string;
  port: number;
  host: string;
}> {
  const files = fileStore({ dir: options.dir, watch: options.watch && !options.writable });
  await files.list(); // index now: a broken folder fails before the server listens
  let store: PromptStore & { close(): Promise<void> } = files;
  if (options.writable) {
    const records: PromptRecord[] = [];
    for (const name of await files.list()) {
      for (const info of await files.listVersions(name)) {
        const record = await files.getVersion(name, info.version);
        if (record !== undefined) records.push(record);
      }
    }
    await files.close();
    store = memoryStore(records, { name: 'file' });
  }
  const server = createPromptServer({
    store,
    ...(options.token === undefined ? {} : { token: options.token }),
    writable: options.writable,
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  try {
    const address = await server.listen({ port: options.port, host: options.host });
    return { server, store, ...address };
  } catch (error) {
    await store.close();
    throw new ConfigError(
      `cannot listen on ${options.host}:${options.port} (${(error as Error).message}): pick another --port or --host`,
      { option: 'port' },
    );
  }
}

/** Parse `--port`. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`--port must be a whole number from 0 to 65535 (0 picks a free port), got "${value}"`, {
      option: 'port',
    });
  }
  return port;
}

/** Resolves at the first SIGINT or SIGTERM (and stops listening for them). */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/** Registers `serve`. */
export const serveCommand: CommandModule = (program: Command, context: CommandContext) => {
  const command = program
    .command('serve')
    .description('serve a prompt folder over the promptops HTTP protocol (for httpStore) until Ctrl-C')
    .argument('[dir]', 'prompt folder')
    .option('--dir <dir>', 'prompt folder (same as the [dir] argument)')
    .option('--config <file>', 'config file whose file store names the folder')
    .option('-p, --port <port>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <host>', 'interface to bind; 0.0.0.0 accepts other machines', '127.0.0.1')
    .option('--token-env <name>', 'environment variable holding the bearer token every request must carry')
    .option(
      '--writable',
      'accept PUT of new versions and labels, on an in-memory copy of the folder (files are never written)',
    )
    .option('--no-watch', 'do not reload files when they change');
  withExamples(
    command,
    [
      'promptops serve ./prompts --port 8080',
      'PROMPTOPS_TOKEN=s3cret promptops serve ./prompts --host 0.0.0.0 --token-env PROMPTOPS_TOKEN',
    ],
    `
The folder: [dir] or --dir; else the file store of promptops.config.json; else ./${DEFAULT_PROMPT_DIR}.
Clients read it with httpStore({ url, token }) or "promptops list --url <url>".
Stops on SIGINT (Ctrl-C) or SIGTERM.

Exit codes: 0 stopped by a signal, 2 usage error (bad port, folder missing, address in use).
--json prints { url, host, port, dir, writable, auth } once listening.`,
  );
  command.action(async (dir: string | undefined, flags: ServeFlags, cmd: Command) => {
    const output = context.output(cmd);
    const port = parsePort(flags.port);
    let token: string | undefined;
    if (flags.tokenEnv !== undefined) {
      token = context.io.env[flags.tokenEnv];
      if (token === undefined || token === '') {
        throw new ConfigError(`--token-env names ${flags.tokenEnv}, which is not set: export it first`, {
          option: 'token-env',
        });
      }
    }
    const selected = await selectStore(
      dir,
      {
        ...(flags.dir === undefined ? {} : { dir: flags.dir }),
        ...(flags.config === undefined ? {} : { config: flags.config }),
      },
      context.io,
    );
    await selected.close();
    if (selected.kind !== 'file' || selected.dir === undefined) {
      throw new ConfigError('serve needs a prompt folder: the config file names a server, pass a folder instead');
    }
    const stopped = untilSignal();
    const running = await startServer({
      dir: selected.dir,
      port,
      host: flags.host,
      ...(token === undefined ? {} : { token }),
      writable: flags.writable === true,
      watch: flags.watch !== false,
      onError: (error) =>
        output.problem(`${output.style('red', 'error')} ${error instanceof Error ? error.message : String(error)}`),
    });
    const result: ServeResult = {
      url: running.url,
      host: running.host,
      port: running.port,
      dir: shownPath(context.io.cwd, selected.dir),
      writable: flags.writable === true,
      auth: token !== undefined,
    };
    output.result(result, () => {
      output.line(
        `Serving ${result.dir} at ${output.style('bold', result.url)}${result.auth ? ' (bearer token required)' : ''}`,
      );
      output.line(output.style('dim', `Try: curl ${result.url}/v1/prompts   ·   Ctrl-C to stop`));
    });
    const signal = await stopped;
    output.progress(`Received ${signal}, stopping…`);
    await running.server.close();
    await running.store.close();
  });
};
