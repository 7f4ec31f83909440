// Two `promptops serve --store postgres://…` replicas on one real PostgreSQL: a replica killed with
// SIGKILL in the middle of a write burst loses nothing it acknowledged, and the other replica serves
// every acknowledged write and sees label moves made through the first one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { httpStore } from '../../src/stores/http.js';
import { type PostgresServer, startPostgresServer } from '../stores/postgres-helpers.js';
import { type ServeProcess, startServeProcess } from './serve-process.js';

const TOKEN = 'replica-token-123';
let pgServer: PostgresServer;
let db: string;
const processes: ServeProcess[] = [];
beforeAll(async () => {
  pgServer = await startPostgresServer();
  db = await pgServer.database('replica_tests');
}, 60_000);
afterAll(async () => {
  for (const p of processes) await p.kill();
  await pgServer?.destroy();
});

async function replica(): Promise<ServeProcess> {
  const running = await startServeProcess(['--store', db, '--writable', '--port', '0', '--token-env', 'T'], {
    T: TOKEN,
  });
  processes.push(running);
  return running;
}

describe('serve --store postgres:// replicas', () => {
  it('a replica killed mid-write loses no acknowledged write; the other serves them all', async () => {
    const a = await replica();
    const b = await replica();
    const viaA = httpStore({ url: a.url, token: TOKEN, writable: true, retry: false, timeoutMs: 30_000 });
    const viaB = httpStore({ url: b.url, token: TOKEN, writable: true, timeoutMs: 30_000 });
    const acked: PromptRecord[] = [];
    const ackedMoves: string[] = [];
    let killed = false;
    const writer = async (w: number) => {
      for (let i = w; !killed; i += 3) {
        const record: PromptRecord = {
          name: `replica/p${i % 3}`,
          version: `1.0.${i}`,
          type: 'text',
          template: `v${i}\n`,
        };
        try {
          await viaA.putVersion?.(record);
          acked.push(record);
          await viaA.setLabel?.(record.name, 'production', record.version, { reason: `move ${i}` });
          ackedMoves.push(`${record.name} move ${i}`);
        } catch {
          return;
        }
        if (acked.length >= 15 && !killed) {
          killed = true;
          await a.kill();
        }
      }
    };
    await Promise.all([0, 1, 2].map(writer));
    await a.kill();
    expect(acked.length).toBeGreaterThanOrEqual(15);
    for (const record of acked) {
      const back = await viaB.getVersion(record.name, record.version);
      expect(back?.hash).toBe(await computeHash(record));
      expect(back?.template).toBe(record.template);
    }
    for (const name of ['replica/p0', 'replica/p1', 'replica/p2']) {
      const history = await viaB.labelHistory(name);
      for (const move of ackedMoves.filter((m) => m.startsWith(`${name} `))) {
        expect(history.some((h) => `${name} ${h.reason}` === move && h.actor === 'token')).toBe(true);
      }
      const labelled = (await viaB.listVersions(name)).filter((v) => v.labels.includes('production'));
      expect(labelled.length).toBeLessThanOrEqual(1);
    }
    // The surviving replica keeps taking writes, and a restarted one sees them.
    await viaB.putVersion?.({ name: 'replica/after', version: '1.0.0', type: 'text', template: 'after' });
    const c = await replica();
    const viaC = httpStore({ url: c.url, token: TOKEN });
    expect((await viaC.getVersion('replica/after', '1.0.0'))?.template).toBe('after');
  }, 120_000);
});
