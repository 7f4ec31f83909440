/**
 * `postgresStore`: prompts in PostgreSQL, shared by several servers and processes (DESIGN.md section
 * 13). Versions are unique by name and version with their hash; a label move is one transaction that
 * also writes its history entry; `LISTEN/NOTIFY` drives `watch`, so every replica and client sees a
 * move at once. The schema is created on first use (or explicitly with {@link migratePostgres}).
 *
 * Needs the optional peer dependency `pg` (node-postgres, v8). This module is the only one that imports it.
 * @module
 */
import pg from 'pg';
import { canonicalJson, hashedContent, verifyRecordHash } from '../engine/hash.js';
import type { PromptRecord } from '../engine/record.js';
import { parseRecord } from '../engine/record-schema.js';
import { assertValidSelector, sortVersionsDescending } from '../engine/selector.js';
import { ConfigError, isPromptOpsError, PromptNotFoundError, StoreError, VersionNotFoundError } from '../errors.js';
import { assertLabelName, assertPromptName } from './checks.js';
import { frozenRecord } from './frozen.js';
import { checkMoveMeta } from './label-history.js';
import { resolveLocally } from './resolve.js';
import type { CompletePromptStore, LabelMove, LabelMoveMeta, VersionInfo } from './types.js';

/** Options of {@link postgresStore}. Give `connectionString` or `pool`. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database`; the store creates a pool and closes it. */
  connectionString?: string;
  /** A `pg.Pool` you own: the store uses it and never ends it. */
  pool?: pg.Pool;
  /**
   * The PostgreSQL schema holding the tables (`versions`, `labels`, `label_moves`, `migrations`).
   * @default 'promptops'
   */
  schema?: string;
  /**
   * Create the schema on first use. With `false`, run {@link migratePostgres} (or
   * `promptops db migrate`) first.
   * @default true
   */
  migrate?: boolean;
  /**
   * Name of the store in events and error messages.
   * @default 'postgres'
   */
  name?: string;
  /**
   * The clock of label-history entries (`LabelMove.at`), in milliseconds since the epoch.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Wait before the `watch` connection reconnects after losing the server (doubling up to 5 s).
   * @default 100
   */
  reconnectDelayMs?: number;
}

/** A {@link PromptStore} in PostgreSQL; every optional capability is present. */
export interface PostgresStore extends CompletePromptStore {
  /** Create or upgrade the schema now (it is also done on first use unless `migrate: false`). */
  migrate(): Promise<void>;
}

/** The schema version this module writes. */
export const POSTGRES_SCHEMA_VERSION = 1;

function migrationSql(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE TABLE IF NOT EXISTS ${s}.migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE TABLE IF NOT EXISTS ${s}.versions (
       name text NOT NULL,
       version text NOT NULL,
       hash text NOT NULL,
       record text NOT NULL,
       created_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (name, version))`,
    `CREATE TABLE IF NOT EXISTS ${s}.labels (
       name text NOT NULL,
       label text NOT NULL,
       version text NOT NULL,
       PRIMARY KEY (name, label),
       FOREIGN KEY (name, version) REFERENCES ${s}.versions (name, version))`,
    `CREATE TABLE IF NOT EXISTS ${s}.label_moves (
       id bigserial PRIMARY KEY,
       name text NOT NULL,
       label text NOT NULL,
       from_version text,
       to_version text NOT NULL,
       actor text,
       reason text,
       at timestamptz NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS label_moves_by_name ON ${s}.label_moves (name, id DESC)`,
    `INSERT INTO ${s}.migrations (version) VALUES (${POSTGRES_SCHEMA_VERSION}) ON CONFLICT DO NOTHING`,
  ];
}

/** A connection error, a server restart or shutdown: trying again later may help. */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    // 08: connection exceptions; 57P0x: admin/crash shutdown, cannot connect now; 53: resources; 40001/40P01: retry.
    if (/^(08|53|57P0|40001|40P01)/.test(code)) return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) return true;
  }
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connection error|Client has encountered a connection error|timeout/i.test(message);
}

function checkSchemaName(schema: string): void {
  if (typeof schema !== 'string' || !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ConfigError('must be a lower-case SQL identifier such as "promptops"', { option: 'schema' });
  }
}

/**
 * Create (or upgrade) the promptops schema in a database. Safe to run from several processes at
 * once (an advisory lock serialises them). `promptops db migrate --store postgres://…` calls it.
 *
 * @example
 * ```ts
 * await migratePostgres({ connectionString: process.env.DATABASE_URL });
 * ```
 */
export async function migratePostgres(options: Pick<PostgresStoreOptions, 'connectionString' | 'pool' | 'schema'>) {
  const store = postgresStore({ ...options, migrate: false });
  try {
    await store.migrate();
  } finally {
    await store.close();
  }
}

/**
 * A writable, watchable store in PostgreSQL, for registries with several server replicas.
 *
 * - Tables (in schema `promptops`): `versions (name, version, hash, record)` unique by name and
 *   version; `labels (name, label, version)`; `label_moves` (the history); `migrations`.
 * - `putVersion` and `setLabel` are transactions: a version is immutable (same content: no-op; other
 *   content: `StoreError` 409), a label sits on one version, and each real move writes its history
 *   entry in the same transaction (a label is locked while it moves, so concurrent moves by several
 *   replicas are serialised).
 * - Every change sends `NOTIFY promptops_changes, '<name>'` (`<schema>_changes` for another schema);
 *   `watch` listens on a connection of its own, and reconnects after losing the server (then tells its
 *   listeners that every name may have changed).
 * - Failures to reach the database reject with a `StoreError` (`retryable: true`).
 *
 * @example
 * ```ts
 * import { createPromptClient } from 'promptops';
 * import { postgresStore } from 'promptops/postgres';
 *
 * const prompts = createPromptClient({ store: postgresStore({ connectionString: process.env.DATABASE_URL }) });
 * ```
 */
export function postgresStore(options: PostgresStoreOptions): PostgresStore {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigError('postgresStore(options) needs { connectionString } or { pool }', { option: 'options' });
  }
  const storeName = options.name ?? 'postgres';
  const schema = options.schema ?? 'promptops';
  checkSchemaName(schema);
  if ((options.connectionString === undefined) === (options.pool === undefined)) {
    throw new ConfigError('give exactly one of "connectionString" and "pool"', { option: 'connectionString' });
  }
  const owned = options.pool === undefined;
  const pool: pg.Pool = options.pool ?? new pg.Pool({ connectionString: options.connectionString, max: 10 });
  // A lost connection surfaces as a rejected query; its 'error' event must not crash the process.
  const ignore = (): void => undefined;
  if (owned) {
    pool.on('error', ignore); // an idle client lost: the next query reconnects
    pool.on('connect', (client) => client.on('error', ignore));
  }
  const now = options.now ?? Date.now;
  const reconnectDelayMs = options.reconnectDelayMs ?? 100;
  const s = `"${schema}"`;
  const channel = schema === 'promptops' ? 'promptops_changes' : `${schema}_changes`;
  const listeners = new Set<(name: string) => void>();
  let migrated: Promise<void> | undefined;
  let closed = false;
  let listener: { client: pg.Client | pg.PoolClient; release(): void } | undefined;
  let listening: Promise<void> | undefined;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  /** Changes whenever listening stops, so that a connection opened for an older subscription is let go. */
  let generation = 0;

  function fail(what: string, error: unknown): never {
    if (isPromptOpsError(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(
      `The ${storeName} store could not ${what}: ${reason}`,
      { store: storeName, retryable: isTransient(error) },
      { cause: error },
    );
  }

  function assertOpen(): void {
    if (closed) throw new StoreError(`The ${storeName} store is closed.`, { store: storeName });
  }

  async function migrate(): Promise<void> {
    const client = await pool.connect().catch((error: unknown) => fail('connect to migrate the schema', error));
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`promptops:migrate:${schema}`]);
      for (const sql of migrationSql(schema)) await client.query(sql);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      fail('migrate the schema', error);
    } finally {
      client.release();
    }
  }

  function ready(): Promise<void> {
    assertOpen();
    if (options.migrate === false) return Promise.resolve();
    migrated ??= migrate().catch((error: unknown) => {
      migrated = undefined; // try again on the next call (the database may come back)
      throw error;
    });
    return migrated;
  }

  async function query<R extends pg.QueryResultRow>(what: string, sql: string, values: unknown[] = []) {
    await ready();
    try {
      return await pool.query<R>(sql, values);
    } catch (error) {
      fail(what, error);
    }
  }

  /** Run `work` in a transaction; any failure rolls it back. */
  async function transaction<T>(what: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await ready();
    const client = await pool.connect().catch((error: unknown) => fail(what, error));
    client.on('error', ignore);
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      fail(what, error);
    } finally {
      client.removeListener('error', ignore);
      client.release(broken);
    }
  }

  function notify(name: string): void {
    for (const l of [...listeners]) {
      try {
        l(name);
      } catch {
        // A listener that throws must not stop the others.
      }
    }
  }

  /** Move a label inside a transaction; returns false when it was already there. */
  async function moveLabel(
    client: pg.PoolClient,
    name: string,
    label: string,
    version: string,
    meta: LabelMoveMeta,
  ): Promise<boolean> {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`promptops:label:${schema}:${name}#${label}`]);
    const current = await client.query<{ version: string }>(
      `SELECT version FROM ${s}.labels WHERE name = $1 AND label = $2`,
      [name, label],
    );
    const from = current.rows[0]?.version ?? null;
    if (from === version) return false;
    await client.query(
      `INSERT INTO ${s}.labels (name, label, version) VALUES ($1, $2, $3)
       ON CONFLICT (name, label) DO UPDATE SET version = EXCLUDED.version`,
      [name, label, version],
    );
    await client.query(
      `INSERT INTO ${s}.label_moves (name, label, from_version, to_version, actor, reason, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [name, label, from, version, meta.actor ?? null, meta.reason || null, new Date(now())],
    );
    return true;
  }

  async function listVersions(name: string): Promise<VersionInfo[]> {
    assertPromptName(name, storeName);
    const result = await query<{ version: string; hash: string; labels: string[] | null }>(
      `list the versions of "${name}"`,
      `SELECT v.version, v.hash, array_remove(array_agg(l.label ORDER BY l.label), NULL) AS labels
         FROM ${s}.versions v LEFT JOIN ${s}.labels l ON l.name = v.name AND l.version = v.version
        WHERE v.name = $1 GROUP BY v.version, v.hash`,
      [name],
    );
    return sortVersionsDescending(
      result.rows.map((row) => ({ version: row.version, labels: row.labels ?? [], hash: row.hash })),
    );
  }

  async function getVersion(name: string, version: string): Promise<PromptRecord | undefined> {
    assertPromptName(name, storeName);
    if (typeof version !== 'string') return undefined;
    const result = await query<{ record: string; labels: string[] | null }>(
      `read "${name}@${version}"`,
      `SELECT v.record, array_remove(array_agg(l.label ORDER BY l.label), NULL) AS labels
         FROM ${s}.versions v LEFT JOIN ${s}.labels l ON l.name = v.name AND l.version = v.version
        WHERE v.name = $1 AND v.version = $2 GROUP BY v.record`,
      [name, version],
    );
    const row = result.rows[0];
    if (row === undefined) return undefined;
    let stored: PromptRecord;
    try {
      stored = parseRecord(JSON.parse(row.record), { file: `${storeName} store ${name}@${version}` });
    } catch (error) {
      throw new StoreError(
        `The ${storeName} store holds an unreadable record for "${name}@${version}": ${(error as Error).message}`,
        { store: storeName, retryable: false },
        { cause: error },
      );
    }
    const hash = await verifyRecordHash(stored);
    return frozenRecord(stored, row.labels ?? [], hash);
  }

  /**
   * Open the `LISTEN` connection for subscription `mine` (the generation when it began). An attempt of
   * an older subscription (one unsubscribed while it connected) lets its connection go: it must not
   * hold the listener in place of the current attempt, whose promise writes await.
   */
  async function startListening(mine: number): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch {
      if (mine === generation) scheduleReconnect();
      return;
    }
    if (closed || listeners.size === 0 || mine !== generation || listener !== undefined) {
      client.release();
      return;
    }
    client.on('error', ignore);
    const onNotification = (message: pg.Notification) => {
      if (message.channel === channel && message.payload !== undefined) notify(message.payload);
    };
    const onError = () => {
      if (listener?.client !== client) return;
      listener = undefined;
      client.removeListener('notification', onNotification);
      client.release(true);
      scheduleReconnect();
    };
    client.on('notification', onNotification);
    client.on('error', onError);
    // Let go of the connection deaf: it is still LISTENing until it closes, and a notification it got
    // meanwhile would reach the listeners of a later subscription as a stale, duplicate change.
    listener = {
      client,
      release: () => {
        client.removeListener('notification', onNotification);
        client.release(true);
      },
    };
    try {
      await client.query(`LISTEN "${channel}"`);
    } catch {
      onError();
    }
  }

  let delay = reconnectDelayMs;
  function scheduleReconnect(): void {
    if (closed || listeners.size === 0 || reconnectTimer !== undefined) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      listening = startListening(generation).then(async () => {
        if (listener === undefined) {
          delay = Math.min(delay * 2, 5000);
          return;
        }
        delay = reconnectDelayMs;
        // Changes made while we were not listening were missed: every name may have changed.
        try {
          const names = await store.list();
          for (const name of names) notify(name);
        } catch {
          // The next failure schedules another reconnect.
        }
      });
    }, delay);
    reconnectTimer.unref?.();
  }

  function stopListening(): void {
    generation++;
    if (reconnectTimer !== undefined) clearTimeout(reconnectTimer);
    reconnectTimer = undefined;
    const current = listener;
    listener = undefined;
    listening = undefined;
    current?.release();
  }

  const store: PostgresStore = {
    name: storeName,
    listVersions,
    getVersion,
    migrate,

    async list() {
      const result = await query<{ name: string }>(
        'list the prompt names',
        `SELECT name FROM ${s}.versions GROUP BY name ORDER BY name COLLATE "C"`,
      );
      return result.rows.map((row) => row.name);
    },

    async resolve(name, selector) {
      assertPromptName(name, storeName);
      assertValidSelector(selector, `${name}@${selector}`);
      return resolveLocally({ listVersions, getVersion }, name, selector);
    },

    watch(onChange) {
      if (typeof onChange !== 'function') {
        throw new ConfigError('watch(onChange) needs a function', { option: 'watch' });
      }
      assertOpen();
      const wrapped = (name: string): void => onChange(name);
      listeners.add(wrapped);
      if (listener === undefined && listening === undefined) {
        // The generation now, not when ready() settles: an unsubscribe meanwhile makes this attempt stale.
        const mine = generation;
        listening = ready()
          .then(() => startListening(mine))
          .catch(() => scheduleReconnect());
      }
      return () => {
        if (!listeners.delete(wrapped)) return;
        if (listeners.size === 0) stopListening();
      };
    },

    async putVersion(record, meta) {
      const parsed = parseRecord(record, { file: `${storeName} store putVersion` });
      const checked = checkMoveMeta(meta, storeName);
      const hash = await verifyRecordHash(parsed);
      const json = canonicalJson({ ...hashedContent(parsed), hash });
      await listening;
      await transaction(`store "${parsed.name}@${parsed.version}"`, async (client) => {
        const inserted = await client.query(
          `INSERT INTO ${s}.versions (name, version, hash, record) VALUES ($1, $2, $3, $4)
           ON CONFLICT (name, version) DO NOTHING`,
          [parsed.name, parsed.version, hash, json],
        );
        if (inserted.rowCount === 0) {
          const existing = await client.query<{ hash: string }>(
            `SELECT hash FROM ${s}.versions WHERE name = $1 AND version = $2`,
            [parsed.name, parsed.version],
          );
          const stored = existing.rows[0]?.hash;
          if (stored !== hash) {
            throw new StoreError(
              `Cannot store "${parsed.name}@${parsed.version}" in the ${storeName} store: that version already exists ` +
                `with different content (stored ${stored}, new ${hash}). Versions are immutable: publish a new version ` +
                '(e.g. bump the patch number) instead of changing this one.',
              { store: storeName, status: 409, retryable: false },
            );
          }
        }
        let moved = false;
        for (const label of parsed.labels ?? []) {
          if (await moveLabel(client, parsed.name, label, parsed.version, checked)) moved = true;
        }
        if (inserted.rowCount === 1 || moved) await client.query('SELECT pg_notify($1, $2)', [channel, parsed.name]);
      });
    },

    async setLabel(name, label, version, meta) {
      assertPromptName(name, storeName);
      assertLabelName(label, storeName);
      const checked = checkMoveMeta(meta, storeName);
      await listening;
      await transaction(`set label "${label}" of "${name}"`, async (client) => {
        const exists = await client.query<{ version: string }>(`SELECT version FROM ${s}.versions WHERE name = $1`, [
          name,
        ]);
        if (exists.rows.length === 0) throw new PromptNotFoundError(name, { store: storeName });
        if (!exists.rows.some((row) => row.version === version)) {
          const labels = await client.query<{ label: string; version: string }>(
            `SELECT label, version FROM ${s}.labels WHERE name = $1`,
            [name],
          );
          throw new VersionNotFoundError(name, version, {
            versions: sortVersionsDescending(exists.rows.map((r) => ({ version: r.version, labels: [] }))).map(
              (v) => v.version,
            ),
            labels: Object.fromEntries(labels.rows.map((r) => [r.label, r.version])),
          });
        }
        if (await moveLabel(client, name, label, version, checked)) {
          await client.query('SELECT pg_notify($1, $2)', [channel, name]);
        }
      });
    },

    async labelHistory(name) {
      assertPromptName(name, storeName);
      const result = await query<{
        label: string;
        from_version: string | null;
        to_version: string;
        actor: string | null;
        reason: string | null;
        at: Date;
      }>(
        `read the label history of "${name}"`,
        `SELECT label, from_version, to_version, actor, reason, at FROM ${s}.label_moves WHERE name = $1 ORDER BY id DESC`,
        [name],
      );
      return result.rows.map(
        (row): LabelMove => ({
          label: row.label,
          from: row.from_version,
          to: row.to_version,
          actor: row.actor,
          at: row.at.toISOString(),
          ...(row.reason === null ? {} : { reason: row.reason }),
        }),
      );
    },

    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      stopListening();
      if (owned) await pool.end().catch(() => undefined);
    },
  };
  return store;
}
