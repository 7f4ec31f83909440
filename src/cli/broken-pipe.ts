/**
 * A reader that closes the pipe early (`promptops list | head -1`): the next write fails with `EPIPE`,
 * which Node reports as an `'error'` event on `process.stdout` / `process.stderr`; unhandled, it crashes
 * the process with a stack trace. Installed once, by the bin, for both streams.
 * @module
 */

/** The stream events this needs (`process.stdout` and `process.stderr` are such). */
export interface ErrorEmitter {
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/** True for the errors of a write to a pipe or socket whose reader is gone. */
function isBrokenPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
}

/**
 * Handle a closed reader the way `git` and `ls` do, without a stack trace:
 * - **stdout** closed: the reader has all it wanted, so stop at once and `exit(0)` (0, not SIGPIPE's
 *   141, so that `set -o pipefail; promptops list | head -1` does not fail the script);
 * - **stderr** closed: drop the diagnostics and carry on, so the command still finishes its work, writes
 *   its stdout and ends with its own exit code.
 *
 * Any other stream error is thrown, as Node would have.
 */
export function handleBrokenPipes(
  streams: { stdout: ErrorEmitter; stderr: ErrorEmitter },
  exit: (code: number) => void,
): void {
  streams.stdout.on('error', (error) => {
    if (!isBrokenPipe(error)) throw error;
    exit(0);
  });
  streams.stderr.on('error', (error) => {
    if (!isBrokenPipe(error)) throw error;
  });
}
