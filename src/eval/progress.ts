/**
 * Progress of an eval run for people: a `cli-progress` bar on a TTY, plain lines elsewhere (CI logs),
 * at most one per tenth of the run.
 * @module
 */

import { Presets, SingleBar } from 'cli-progress';

/** A writable stream as the CLI gives it. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Reports progress of one eval. */
export interface ProgressReporter {
  update(done: number, errors: number): void;
  stop(): void;
}

/** Make the reporter of one eval of `total` answers. `tty: false` writes plain lines. */
export function createProgress(stream: ProgressStream, label: string, total: number, tty: boolean): ProgressReporter {
  if (tty) {
    const bar = new SingleBar(
      {
        stream: stream as NodeJS.WritableStream,
        format: `${label} {bar} {value}/{total} answers | {errors} errors | {eta_formatted} left`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
        noTTYOutput: false,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0, { errors: 0 });
    return {
      update: (done, errors) => bar.update(done, { errors }),
      stop: () => bar.stop(),
    };
  }
  const step = Math.max(1, Math.ceil(total / 10));
  let last = 0;
  return {
    update(done, errors) {
      if (done === total || done - last >= step) {
        last = done;
        stream.write(`${label}: ${done}/${total} answers, ${errors} error${errors === 1 ? '' : 's'}\n`);
      }
    },
    stop() {},
  };
}
