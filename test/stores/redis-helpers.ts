/** Start and stop a throwaway `redis-server` on a free loopback port, for the Redis store tests. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServerProcess } from '../helpers/server-process.js';

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Options of {@link startRedisServer}. */
export interface RedisServerOptions {
  /** The port (default: a free one). */
  port?: number;
  /** Keep data on disk (AOF, in a temporary folder). Off, the store warns that Redis has no persistence. @default true */
  persistence?: boolean;
}

/** Start `redis-server`; throws a clear error when the binary is missing (the suite must fail, not skip). */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      'redis-server is not installed: the Redis store tests need a real server ' +
        '(Debian/Ubuntu: apt-get install -y redis-server). .ci/run installs it.',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'promptops-redis-'));
  const port = options.port ?? (await freePort());
  const appendonly = options.persistence === false ? 'no' : 'yes';
  let server: Awaited<ReturnType<typeof startServerProcess>>;
  try {
    server = await startServerProcess({
      name: 'redis-server',
      command: 'redis-server',
      args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', appendonly, '--dir', dir],
      cwd: dir,
      port,
      ready: /ready to accept connections/i,
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      await server.stop('SIGTERM');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
