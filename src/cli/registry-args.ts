/**
 * The writable target of `publish`, `promote`, `rollback` and `history`: a folder (opened as a
 * durable registry), a server (`--url`, writes allowed), or Postgres (`--store postgres://…`).
 * @module
 */
import type { Command } from 'commander';
import { openFolderRegistry } from '../authoring/folder-registry.js';
import { ConfigError, isPromptOpsError } from '../errors.js';
import { httpStore } from '../stores/http.js';
import type { LabelMoveMeta, PromptStore } from '../stores/types.js';
import type { CliIO } from './output.js';
import { type StoreFlags, selectStore } from './store-args.js';

/** The flags of the registry commands. */
export interface RegistryFlags extends StoreFlags {
  /** `postgres://…` */
  store?: string;
  /** Who makes the move (folder and Postgres; a server records its token's name). */
  actor?: string;
}

/** The store a registry command writes to. */
export interface RegistryTarget {
  readonly store: PromptStore;
  readonly kind: 'folder' | 'http' | 'postgres';
  /** The folder, URL or database, for messages (never a password). */
  readonly location: string;
  /** Who the moves are recorded as, where the store records what it is told. */
  readonly meta: LabelMoveMeta;
  close(): Promise<void>;
}

/** Add `--store` and `--actor` (the folder/URL flags come from `addStoreOptions`). */
export function addRegistryOptions(command: Command): Command {
  return command
    .option('--store <url>', 'a Postgres registry: postgres://user@host:5432/db (instead of a folder or --url)')
    .option(
      '--actor <name>',
      'who makes the change, in the history (folder and Postgres; default $PROMPTOPS_ACTOR or $USER)',
    );
}

/** True for `postgres://` and `postgresql://` URLs. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(value);
}

/** A database URL without its password, for messages. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'the database URL';
  }
}

/**
 * Open the target of a registry command.
 *
 * @throws {ConfigError} (exit 2) for conflicting flags, a missing token variable or folder.
 */
export async function openRegistryTarget(
  positional: string | undefined,
  flags: RegistryFlags,
  io: CliIO,
): Promise<RegistryTarget> {
  const actor = flags.actor ?? (io.env.PROMPTOPS_ACTOR || io.env.USER || undefined);
  const meta: LabelMoveMeta = actor === undefined ? {} : { actor };
  if (flags.store !== undefined) {
    if (!isPostgresUrl(flags.store)) {
      throw new ConfigError('--store takes a postgres:// URL', { option: 'store' });
    }
    if (positional !== undefined || flags.dir !== undefined || flags.url !== undefined) {
      throw new ConfigError('--store and a folder or --url were both given: pass one of them', { option: 'store' });
    }
    const { postgresStore } = await import('../stores/postgres.js');
    const store = postgresStore({ connectionString: flags.store });
    return { store, kind: 'postgres', location: redactUrl(flags.store), meta, close: () => store.close() };
  }
  if (flags.actor !== undefined && flags.url !== undefined) {
    throw new ConfigError('--actor does not apply to --url: the server records the name of your token', {
      option: 'actor',
    });
  }
  const selected = await selectStore(positional, flags, io);
  await selected.close();
  if (selected.kind === 'file' && selected.dir !== undefined) {
    const store = await openFolderRegistry({ dir: selected.dir });
    return { store, kind: 'folder', location: selected.location, meta, close: () => store.close() };
  }
  const url = flags.url ?? (selected.config?.store.type === 'http' ? selected.config.store.url : undefined);
  if (url === undefined) throw new ConfigError('no registry to write to: pass a folder, --url or --store');
  const tokenEnv =
    flags.tokenEnv ?? (selected.config?.store.type === 'http' ? selected.config.store.tokenEnv : undefined);
  const token = tokenEnv === undefined ? undefined : io.env[tokenEnv];
  if (tokenEnv !== undefined && (token === undefined || token === '')) {
    throw new ConfigError(`the token variable ${tokenEnv} is not set: export it`, { option: 'token-env' });
  }
  let store: PromptStore;
  try {
    store = httpStore({ url, ...(token === undefined ? {} : { token }), writable: true });
  } catch (error) {
    if (isPromptOpsError(error)) throw new ConfigError(error.message, { option: 'url' });
    throw error;
  }
  return {
    store,
    kind: 'http',
    location: url,
    meta: {},
    close: async () => {
      await store.close?.();
    },
  };
}

/** `name@version` → parts. @throws {ConfigError} */
export function parseNameAtVersion(spec: string): { name: string; version: string } {
  const at = spec.lastIndexOf('@');
  if (at <= 0 || at === spec.length - 1) {
    throw new ConfigError(`"${spec}" must be <name>@<version>, e.g. support/greeting@1.2.0`, { option: 'spec' });
  }
  return { name: spec.slice(0, at), version: spec.slice(at + 1) };
}
