/** Start `promptops serve` as a real child process (for kill tests) and wait until it listens. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** SIGKILL, and wait for the exit. */
  kill(): Promise<void>;
}

export async function startServeProcess(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<ServeProcess> {
  // Node itself runs the server, with tsx as a loader (`node --import tsx`), so SIGKILL reaches the server.
  // Through the `tsx` command, the signal killed only tsx's wrapper process and the server itself lived on
  // (an orphan still writing, left behind after the run).
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'serve-child.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk) => {
    err += String(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const end = out.indexOf('\n}');
      if (end !== -1) {
        try {
          resolve((JSON.parse(out.slice(0, end + 2)) as { url: string }).url);
        } catch (error) {
          reject(error);
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening:\n${err}`)));
  });
  return {
    url,
    child,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
