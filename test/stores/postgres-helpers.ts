/**
 * Start and stop a throwaway PostgreSQL server on a free loopback port, for the Postgres store tests:
 * `initdb` into a temporary folder, then `postgres` in the foreground. Debian's binaries live under
 * /usr/lib/postgresql/<major>/bin. initdb refuses to run as root: as root, the server runs as the
 * `postgres` user (through `runuser`, which the Debian package provides) in a folder that user owns.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  readonly url: string;
  readonly port: number;
  /** A URL of a fresh database (created on the first call with that name). */
  database(name: string): Promise<string>;
  /** Stop the server (fast shutdown) and keep its data. */
  stop(): Promise<void>;
  /** Start it again on the same port and data. */
  start(): Promise<void>;
  /** SIGKILL the server processes (a crash), keeping the data. */
  crash(): Promise<void>;
  /** Stop and remove the data. */
  destroy(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const major of majors) {
    const dir = join(root, major, 'bin');
    if (existsSync(join(dir, 'initdb'))) return dir;
  }
  const probe = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (probe.status === 0 && existsSync(join(probe.stdout.trim(), 'initdb'))) return probe.stdout.trim();
  throw new Error(
    'PostgreSQL is not installed: the Postgres store tests need a real server ' +
      '(Debian/Ubuntu: apt-get install -y postgresql). .ci/run installs it.',
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

const asRoot = userInfo().uid === 0;

/** Run a PostgreSQL binary, as the `postgres` user when we are root. */
function command(bin: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

/** Start a PostgreSQL server; throws a clear error when it is not installed (the suite must fail, not skip). */
export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = binDir();
  const root = mkdtempSync(join(tmpdir(), 'promptops-pg-'));
  const data = join(root, 'data');
  const sockets = join(root, 'sockets');
  if (asRoot) {
    chmodSync(root, 0o755);
    const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(root, Number(pw.stdout.trim()), Number(gid.stdout.trim()));
  }
  spawnSync(...command('mkdir', ['-p', sockets]));
  const [initCmd, initArgs] = command(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`initdb failed:\n${init.stdout}\n${init.stderr}`);
  }
  const port = await freePort();
  let child: ChildProcess | undefined;
  let output = '';

  async function start(): Promise<void> {
    const [cmd, args] = command(join(bin, 'postgres'), [
      '-D',
      data,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${sockets}`,
      '-c',
      'fsync=off',
      '-c',
      'max_connections=200',
    ]);
    const started = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    started.stdout?.on('data', (chunk) => {
      output += String(chunk);
    });
    started.stderr?.on('data', (chunk) => {
      output += String(chunk);
    });
    const deadline = Date.now() + 20_000;
    while (!(await canConnect(port)) || !output.includes('ready to accept connections')) {
      if (started.exitCode !== null || Date.now() > deadline) {
        started.kill('SIGKILL');
        throw new Error(`postgres did not start on port ${port}:\n${output.slice(-3000)}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    output = '';
  }

  async function signal(sig: NodeJS.Signals): Promise<void> {
    const running = child;
    child = undefined;
    if (running === undefined || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    if (asRoot) {
      // runuser forwards signals to the server; SIGKILL cannot be forwarded, so find the postmaster.
      const pid = spawnSync('cat', [join(data, 'postmaster.pid')], { encoding: 'utf8' }).stdout.split('\n')[0];
      if (pid !== undefined && /^\d+$/.test(pid)) process.kill(Number(pid), sig);
      else running.kill(sig);
    } else {
      running.kill(sig);
    }
    await exited;
    if (sig === 'SIGKILL') {
      // The backends of a killed postmaster exit on their own once they notice; wait for the port.
      const deadline = Date.now() + 10_000;
      while ((await canConnect(port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    }
  }

  await start();
  const created = new Set<string>();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    async database(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
      if (!created.has(name)) {
        const { default: pg } = await import('pg');
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`CREATE DATABASE ${name}`);
        await client.end();
        created.add(name);
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop: () => signal('SIGINT'),
    start,
    crash: () => signal('SIGKILL'),
    async destroy() {
      await signal('SIGINT');
      rmSync(root, { recursive: true, force: true });
    },
  };
}
