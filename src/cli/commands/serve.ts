/**
 * `promptops serve [dir]`: serve a prompt folder over HTTP protocol v1 until SIGINT/SIGTERM.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { openFolderRegistry, readFolderHistory } from '../../authoring/folder-registry.js';
import { DEFAULT_PROMPT_DIR, shownPath } from '../../authoring/index.js';
import { ConfigError } from '../../errors.js';
import { createPromptServer, type PromptServer } from '../../server/server.js';
import { type ServerToken, tokensFromFile } from '../../server/tokens.js';
import { fileStore } from '../../stores/fs/file-store.js';
import type { PromptStore } from '../../stores/types.js';
import type { CommandContext, CommandModule } from '../command.js';
import { withExamples } from '../command-kit.js';
import { isPostgresUrl, redactUrl } from '../registry-args.js';
import { selectStore } from '../store-args.js';

interface ServeFlags {
  dir?: string;
  config?: string;
  port: string;
  host: string;
  tokenEnv?: string;
  tokens?: string;
  store?: string;
  publicRead?: boolean;
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
  /** `true` when requests need a bearer token (reads too, unless `publicRead`). */
  auth: boolean;
  /** `true` when reads need no token. */
  publicRead: boolean;
}

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** The absolute prompt folder (or give `store`). */
  dir?: string;
  /** A store to serve instead of a folder (Postgres); closed with the server. */
  store?: PromptStore & { close(): Promise<void> };
  port: number;
  host: string;
  token?: string;
  /** Named tokens with scopes and prefixes. */
  tokens?: readonly ServerToken[];
  publicRead?: boolean;
  writable: boolean;
  watch: boolean;
  onError?: (error: unknown) => void;
  /** Told once when the server runs writable without any token (on a loopback host). */
  onWarning?: (message: string) => void;
}

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Start serving a folder; resolves once listening. Read-only, the folder's file store is served
 * (following file changes with `watch`), with the label history of `<dir>/.promptops/history.jsonl`.
 * Writable, the folder is opened as a durable registry: every acknowledged PUT is in the files (and
 * the history) before the answer is sent.
 */
export async function startServer(options: StartServerOptions): Promise<{
  server: PromptServer;
  store: PromptStore & { close(): Promise<void> };
  url: string;
  port: number;
  host: string;
}> {
  const anyToken = options.token !== undefined || (options.tokens ?? []).length > 0;
  if (options.writable && !anyToken) {
    if (!isLoopbackHost(options.host)) {
      throw new ConfigError(
        `refusing to accept writes from anyone on ${options.host}: --writable on a host other machines can reach needs --token-env or --tokens`,
        { option: 'writable' },
      );
    }
    options.onWarning?.(
      'warning: --writable without a token: anyone who can reach this port can publish and move labels (fine on your own machine; use --tokens for a shared server)',
    );
  }
  let store: PromptStore & { close(): Promise<void> };
  if (options.store !== undefined) {
    store = options.store;
    await store.list?.(); // reach the database now: a bad URL fails before the server listens
  } else if (options.dir === undefined) {
    throw new ConfigError('serve needs a folder or a store');
  } else if (options.writable) {
    store = await openFolderRegistry({ dir: options.dir });
  } else {
    const files = fileStore({ dir: options.dir, watch: options.watch });
    await files.list(); // index now: a broken folder fails before the server listens
    store = Object.assign(files, {
      async labelHistory(name: string) {
        return [...((await readFolderHistory(files.dir)).get(name) ?? [])].reverse();
      },
    });
  }
  const server = createPromptServer({
    store,
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.tokens === undefined ? {} : { tokens: options.tokens }),
    publicRead: options.publicRead === true,
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
    .option('--token-env <name>', 'environment variable holding one all-powerful bearer token (actor name "token")')
    .option('--tokens <file>', 'JSON list of named tokens with scopes and prefixes (see docs/publishing.md)')
    .option('--store <url>', 'serve a Postgres registry (postgres://…) instead of a folder; replicas may share it')
    .option('--public-read', 'with tokens: let requests without a token read; writes still need one')
    .option(
      '--writable',
      'accept PUT of new versions and label moves, written durably into the folder (history in .promptops/)',
    )
    .option('--no-watch', 'do not reload files when they change');
  withExamples(
    command,
    [
      'promptops serve ./prompts --port 8080',
      'PROMPTOPS_TOKEN=s3cret promptops serve ./prompts --host 0.0.0.0 --token-env PROMPTOPS_TOKEN',
      'promptops serve ./prompts --writable --tokens tokens.json --public-read --host 0.0.0.0',
      'promptops serve --store postgres://prompts@db:5432/prompts --writable --tokens tokens.json --host 0.0.0.0',
    ],
    `
The folder: [dir] or --dir; else the file store of promptops.config.json; else ./${DEFAULT_PROMPT_DIR}.
Clients read it with httpStore({ url, token }) or "promptops list --url <url>".
Stops on SIGINT (Ctrl-C) or SIGTERM.

Exit codes: 0 stopped by a signal, 2 usage error (bad port, folder missing, address in use).
--tokens: [{ "name": "support-ci", "tokenEnv": "SUPPORT_CI_TOKEN", "scopes": ["read", "publish", "promote"],
"prefixes": ["support/"] }]; each secret is read from its environment variable.
--writable with no token refuses a host other machines can reach, and warns on loopback.

--json prints { url, host, port, dir, writable, auth, publicRead } once listening.`,
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
    let tokens: ServerToken[] | undefined;
    // The variable the banner's curl example reads the token from.
    let curlTokenEnv = flags.tokenEnv;
    if (flags.tokens !== undefined) {
      const file = resolve(context.io.cwd, flags.tokens);
      let json: unknown;
      try {
        json = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new ConfigError(`cannot read the tokens file: ${(error as Error).message}`, { file });
      }
      tokens = tokensFromFile(json, context.io.env, file);
      curlTokenEnv ??= firstTokenEnv(json);
    }
    if (flags.publicRead === true && token === undefined && tokens === undefined) {
      throw new ConfigError('--public-read only applies with --tokens or --token-env', { option: 'public-read' });
    }
    let served: { dir: string } | { store: PromptStore & { close(): Promise<void> }; shown: string };
    if (flags.store !== undefined) {
      if (dir !== undefined || flags.dir !== undefined) {
        throw new ConfigError('--store and a folder were both given: pass one of them', { option: 'store' });
      }
      if (!isPostgresUrl(flags.store)) throw new ConfigError('--store takes a postgres:// URL', { option: 'store' });
      const { postgresStore } = await import('../../stores/postgres.js');
      served = { store: postgresStore({ connectionString: flags.store }), shown: redactUrl(flags.store) };
    } else {
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
      served = { dir: selected.dir };
    }
    const stopped = untilSignal();
    const running = await startServer({
      ...served,
      port,
      host: flags.host,
      ...(token === undefined ? {} : { token }),
      ...(tokens === undefined ? {} : { tokens }),
      publicRead: flags.publicRead === true,
      writable: flags.writable === true,
      watch: flags.watch !== false,
      onWarning: (message) => output.problem(output.style('yellow', message)),
      onError: (error) =>
        output.problem(`${output.style('red', 'error')} ${error instanceof Error ? error.message : String(error)}`),
    });
    const result: ServeResult = {
      url: running.url,
      host: running.host,
      port: running.port,
      dir: 'dir' in served ? shownPath(context.io.cwd, served.dir) : served.shown,
      writable: flags.writable === true,
      auth: token !== undefined || tokens !== undefined,
      publicRead: flags.publicRead === true,
    };
    output.result(result, () => {
      output.line(
        `Serving ${result.dir} at ${output.style('bold', result.url)}${
          result.auth ? (result.publicRead ? ' (reads open, writes need a token)' : ' (bearer token required)') : ''
        }${result.writable ? ', writable' : ''}`,
      );
      // Reads need the header unless they are open (--public-read).
      const auth =
        result.auth && !result.publicRead ? ` -H "Authorization: Bearer $${curlTokenEnv ?? 'PROMPTOPS_TOKEN'}"` : '';
      output.line(output.style('dim', `Try: curl${auth} ${result.url}/v1/prompts   ·   Ctrl-C to stop`));
    });
    const signal = await stopped;
    output.progress(`Received ${signal}, stopping…`);
    await running.server.close();
    await running.store.close();
  });
};

/** The `tokenEnv` of the first entry of a (validated) tokens file. */
function firstTokenEnv(json: unknown): string | undefined {
  const first: unknown = Array.isArray(json) ? json[0] : undefined;
  const env = typeof first === 'object' && first !== null ? (first as { tokenEnv?: unknown }).tokenEnv : undefined;
  return typeof env === 'string' ? env : undefined;
}
