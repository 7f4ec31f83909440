// The Postgres store against a real PostgreSQL server started by the test (initdb into a temporary
// folder, a free loopback port): no mock database.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromptRecord } from '../../src/engine/record.js';
import { StoreError } from '../../src/errors.js';
import * as entry from '../../src/postgres.js';
import { migratePostgres, postgresStore } from '../../src/stores/postgres.js';
import { verifyStore } from '../../src/testing/verify-store.js';
import { rejectionOf } from '../helpers/errors.js';
import { HANG_MS, until } from '../helpers/wait.js';
import { type PostgresServer, startPostgresServer } from './postgres-helpers.js';

let server: PostgresServer;
let url: string;
beforeAll(async () => {
  server = await startPostgresServer();
  url = await server.database('store_tests');
}, HANG_MS);
afterAll(async () => {
  await server?.destroy();
});

let schemas = 0;
const nextSchema = () => `t${++schemas}_${process.pid}`;

const record = (version: string, template = `Hello {{customer}} ${version}`, labels?: string[]): PromptRecord => ({
  name: 'support/greeting',
  version,
  type: 'text',
  template,
  ...(labels === undefined ? {} : { labels }),
});

// Every wait below is on a condition; the timeouts only catch a hang (a loaded machine is slow, not stuck).
describe('postgresStore', { timeout: HANG_MS }, () => {
  it('is exported by the promptops/postgres entry', () => {
    expect(entry.postgresStore).toBe(postgresStore);
    expect(entry.migratePostgres).toBe(migratePostgres);
  });

  it(
    'passes verifyStore, writes, history and watch included',
    async () => {
      const schema = nextSchema();
      const report = await verifyStore(() => postgresStore({ connectionString: url, schema }), {
        writable: true,
        timeoutMs: HANG_MS, // a check's budget: only a hung check should reach it
      });
      expect(report.checks.filter((c) => c.skipped)).toEqual([]);
    },
    4 * HANG_MS,
  );

  it('creates its schema on first use, and migrates explicitly from several processes at once', async () => {
    const schema = nextSchema();
    await Promise.all([1, 2, 3].map(() => migratePostgres({ connectionString: url, schema })));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const tables = await client.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual(['label_moves', 'labels', 'migrations', 'versions']);
    await client.end();
    const store = postgresStore({ connectionString: url, schema, migrate: false });
    expect(await store.list()).toEqual([]);
    await store.close();
  });

  it('keeps versions immutable, one version per label, and a history per move', async () => {
    const store = postgresStore({ connectionString: url, schema: nextSchema(), now: () => Date.UTC(2026, 0, 2) });
    await store.putVersion(record('1.0.0', undefined, ['production']), { actor: 'ci' });
    await store.putVersion(record('1.1.0'));
    await store.putVersion(record('1.1.0')); // the same: no-op
    const conflict = await rejectionOf(store.putVersion(record('1.1.0', 'changed')));
    expect(conflict).toBeInstanceOf(StoreError);
    expect(conflict).toMatchObject({ status: 409, retryable: false });
    // Re-putting with new labels moves them.
    await store.putVersion(record('1.1.0', undefined, ['production']), { actor: 'ci', reason: 're-put' });
    await store.setLabel('support/greeting', 'production', '1.1.0', { actor: 'ada' }); // already there
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store.setLabel('support/greeting', 'staging', i % 2 === 0 ? '1.0.0' : '1.1.0', { actor: `r${i}` }),
      ),
    );
    const versions = await store.listVersions('support/greeting');
    expect(versions.filter((v) => v.labels.includes('staging'))).toHaveLength(1);
    expect(versions.find((v) => v.version === '1.1.0')?.labels).toContain('production');
    const history = await store.labelHistory('support/greeting');
    const production = history.filter((m) => m.label === 'production');
    expect(production).toEqual([
      {
        label: 'production',
        from: '1.0.0',
        to: '1.1.0',
        actor: 'ci',
        at: '2026-01-02T00:00:00.000Z',
        reason: 're-put',
      },
      { label: 'production', from: null, to: '1.0.0', actor: 'ci', at: '2026-01-02T00:00:00.000Z' },
    ]);
    await expect(store.setLabel('support/greeting', 'x1', '9.9.9')).rejects.toThrow(/No version of prompt/);
    await expect(store.setLabel('support/nope', 'x1', '1.0.0')).rejects.toThrow(/support\/nope/);
    await store.close();
  });

  it('watch: a move made by another process (another pool) is seen at once', async () => {
    const schema = nextSchema();
    const a = postgresStore({ connectionString: url, schema });
    const b = postgresStore({ connectionString: url, schema });
    await a.putVersion(record('1.0.0'));
    await a.putVersion(record('1.1.0'));
    const seen: string[] = [];
    const off = b.watch((name) => seen.push(name));
    // b starts listening in the background: move until it has seen a move (no fixed sleep).
    for (let i = 0; !seen.includes('support/greeting'); i++) {
      await a.setLabel('support/greeting', 'production', i % 2 === 0 ? '1.0.0' : '1.1.0');
      await new Promise((r) => setTimeout(r, 10));
    }
    off();
    await a.close();
    await b.close();
  });

  it('watch, unwatch, watch again: the first write after is heard (a stale LISTEN attempt never stands in)', async () => {
    // verifyStore does exactly this. Two defects showed under load: the attempt of the first watch read the
    // generation only once connected, so it could take the listener while the second attempt (the one
    // writes await) gave up early, and a write could NOTIFY before LISTEN ran (the notification was lost);
    // and a released LISTEN connection kept passing on what it heard until it closed (a stale duplicate).
    const schema = nextSchema();
    const store = postgresStore({ connectionString: url, schema });
    try {
      for (let i = 0; i < 10; i++) {
        store.watch(() => undefined)();
        const heard = new Promise<string>((resolve) => {
          const off = store.watch((name) => {
            off();
            resolve(name);
          });
        });
        await store.putVersion({ name: `race/p${i}`, version: '1.0.0', type: 'text', template: `t${i}` });
        expect(await heard).toBe(`race/p${i}`);
      }
    } finally {
      await store.close();
    }
  });

  it(
    'Postgres restarted under load: failures are retryable StoreErrors, acknowledged writes survive, watch resumes',
    async () => {
      const own = await startPostgresServer();
      try {
        const dbUrl = await own.database('restart_tests');
        const store = postgresStore({ connectionString: dbUrl, reconnectDelayMs: 20 });
        const watcher = postgresStore({ connectionString: dbUrl, reconnectDelayMs: 20 });
        const seen: string[] = [];
        const off = watcher.watch((name) => seen.push(name));
        await store.putVersion({ name: 'load/p', version: '0.0.1', type: 'text', template: 'seed' });
        const acked: string[] = [];
        const failures: unknown[] = [];
        let stop = false;
        const writer = async (w: number) => {
          for (let i = 0; !stop; i++) {
            const version = `${w}.0.${i}`;
            try {
              await store.putVersion({ name: 'load/p', version, type: 'text', template: `v ${version}` });
              acked.push(version);
            } catch (error) {
              failures.push(error);
              await new Promise((r) => setTimeout(r, 5));
            }
          }
        };
        const writers = [1, 2, 3].map(writer);
        await until(() => acked.length >= 20, '20 acknowledged writes before the crash', { intervalMs: 5 });
        await own.crash(); // SIGKILL of the postmaster: in-flight transactions are lost, committed ones kept
        await until(() => failures.length > 0, 'a failed write while postgres is down', { intervalMs: 5 });
        await own.start(); // once the killed server's backends are gone (see postgres-helpers.ts)
        const before = acked.length;
        await until(() => acked.length >= before + 20, '20 acknowledged writes after the restart', { intervalMs: 5 });
        stop = true;
        await Promise.all(writers);
        for (const failure of failures) {
          expect(failure).toBeInstanceOf(StoreError);
          expect((failure as StoreError).retryable).toBe(true);
        }
        const stored = new Set((await store.listVersions('load/p')).map((v) => v.version));
        for (const version of acked) expect(stored.has(version)).toBe(true);
        // watch reconnected: a move after the restart reaches the other store.
        seen.length = 0;
        while (!seen.includes('load/p')) {
          await store.setLabel('load/p', 'production', acked[acked.length - 1 - (seen.length % 2)] as string);
          await new Promise((r) => setTimeout(r, 20));
        }
        off();
        await store.close();
        await watcher.close();
      } finally {
        await own.destroy();
      }
    },
    4 * HANG_MS,
  );

  it('refuses bad options with a ConfigError naming the option', () => {
    expect(() => postgresStore({})).toThrow(/exactly one of "connectionString" and "pool"/);
    expect(() => postgresStore({ connectionString: url, schema: 'Bad-Name' })).toThrow(/schema/);
  });
});
