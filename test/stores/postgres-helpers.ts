/**
 * Start and stop a throwaway PostgreSQL server on a free loopback port, for the Postgres store tests:
 * `initdb` into a temporary folder, then `postgres` in the foreground. Debian's binaries live under
 * /usr/lib/postgresql/<major>/bin. initdb refuses to run as root: as root, the server runs as the
 * `postgres` user (through `runuser`, which the Debian package provides) in a folder that user owns.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { canConnect, freePort, type ServerProcess, startServerProcess } from '../helpers/server-process.js';
import { until } from '../helpers/wait.js';

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

/** The processes whose parent is `pid` (Linux: from /proc), to wait for a killed postmaster's backends. */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** Whether process `pid` is still alive (a zombie counts as gone: it holds no memory or port). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] !== 'Z';
  } catch {
    return false;
  }
}

/**
 * A restart right after a crash can find the old backends still attached to the shared memory, or
 * the old lock file: postgres then exits at once, and trying again once they are gone succeeds.
 */
const LEFTOVERS = /pre-existing shared memory block|lock file .* already exists|could not bind|Address already in use/i;

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
  let server: ServerProcess | undefined;

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
    await until(
      async () => {
        try {
          server = await startServerProcess({
            name: 'postgres',
            command: cmd,
            args,
            port,
            ready: /ready to accept connections/,
          });
          return true;
        } catch (error) {
          if (LEFTOVERS.test((error as Error).message)) return false; // the last server's processes: again
          throw error;
        }
      },
      `postgres restarting on port ${port} once the last server's processes are gone`,
      { intervalMs: 100 },
    );
  }

  /** The postmaster's pid, from its pid file. */
  function postmasterPid(): number | undefined {
    try {
      const pid = readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0];
      return pid !== undefined && /^\d+$/.test(pid) ? Number(pid) : undefined;
    } catch {
      return undefined;
    }
  }

  async function signal(sig: NodeJS.Signals): Promise<void> {
    const running = server;
    server = undefined;
    if (running === undefined || running.exited()) return;
    const pid = postmasterPid();
    const backends = pid === undefined ? [] : childrenOf(pid);
    // runuser forwards signals to the server; SIGKILL cannot be forwarded, so signal the postmaster itself.
    await running.stop(sig, (s) => (asRoot && pid !== undefined ? process.kill(pid, s) : running.child.kill(s)));
    if (sig === 'SIGKILL') {
      // The backends of a killed postmaster exit on their own once they notice: wait for them and the port.
      await until(() => !backends.some(alive), `the backends of the killed postgres (${backends.join(', ')}) exiting`);
      await until(async () => !(await canConnect(port)), `port ${port} closing after the crash`);
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
