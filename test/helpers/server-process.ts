// Real servers for the tests (redis-server, postgres): a free loopback port, the process started and
// waited for until it is ready, and stopped. Waits are on events and conditions, never on a time
// budget: the only bound is HANG_MS (./wait.ts), which a loaded machine does not reach and a hang does.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, Socket } from 'node:net';
import { HANG_MS, until } from './wait.js';

/** A free TCP port on 127.0.0.1 (the system picks it; it is released before this returns). */
export function freePort(): Promise<number> {
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

/** Whether something accepts TCP connections on 127.0.0.1:`port` now. */
export function canConnect(port: number): Promise<boolean> {
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

/** A server process started by {@link startServerProcess}. */
export interface ServerProcess {
  readonly child: ChildProcess;
  /** Everything it printed (stdout and stderr) since it started. */
  output(): string;
  /** Whether it has exited. */
  exited(): boolean;
  /** Resolves when it has exited (whoever stopped it). */
  exit: Promise<void>;
  /**
   * Send `signal` (default SIGTERM; `send` delivers it, by default to the child) and wait for the exit;
   * SIGKILL to the child if it has not exited after HANG_MS.
   */
  stop(signal?: NodeJS.Signals, send?: (signal: NodeJS.Signals) => void): Promise<void>;
}

/** How to start a server: the command, and what its output says once it accepts connections. */
export interface ServerProcessOptions {
  /** Name in error messages, e.g. `'redis-server'`. */
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  /** The loopback port it listens on. */
  port: number;
  /** Printed once it is ready (checked with a TCP connection too). */
  ready: RegExp;
}

/**
 * Start a server and resolve once its output says it is ready and its port accepts connections. If it
 * exits first (or hangs), it is killed and this rejects with its output.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(options.command, options.args, {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: unknown): void => {
    output += String(chunk);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exit = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  const exited = (): boolean => spawnError !== undefined || child.exitCode !== null || child.signalCode !== null;
  const server: ServerProcess = {
    child,
    output: () => output,
    exited,
    exit,
    async stop(signal = 'SIGTERM', send = (sig) => child.kill(sig)) {
      if (exited()) return;
      send(signal);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const hang = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, HANG_MS);
      });
      await Promise.race([exit, hang]);
      clearTimeout(timer);
      if (!exited()) {
        child.kill('SIGKILL');
        await exit;
      }
    },
  };
  try {
    await until(
      async () => {
        if (exited()) throw new Error('it exited');
        return options.ready.test(output) && (await canConnect(options.port));
      },
      `${options.name} getting ready on port ${options.port}`,
      { intervalMs: 25 },
    );
  } catch (error) {
    if (!exited()) child.kill('SIGKILL');
    const why = spawnError?.message ?? (error as Error).message;
    throw new Error(`${options.name} did not start on port ${options.port} (${why}):\n${output.slice(-3000)}`);
  }
  return server;
}
