/**
 * Time in the HTTP-based stores, on the injected timers (`../timers.ts`): the per-attempt deadline and
 * the retry waits. Nothing here reads the global timers or clock.
 * @module
 */
import { MAX_TIMER_MS, type StoreTimers } from '../timers.js';

/** An attempt ran past its deadline: the transport turns it into the store's timeout `StoreError`. */
export class AttemptTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the attempt took longer than ${timeoutMs} ms`);
    this.name = 'AttemptTimeout';
  }
}

/**
 * Run one attempt under a deadline of `timeoutMs` on `timers`: `run` gets a signal that aborts with an
 * {@link AttemptTimeout} when the deadline passes, or with the reason of `outer` (the caller's signal)
 * when that aborts first. The result settles at the abort even if `run` ignores its signal.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  timers: StoreTimers,
  outer: AbortSignal | null | undefined,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  outer?.throwIfAborted();
  const controller = new AbortController();
  const onOuterAbort = (): void => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  const handle = timers.setTimeout(
    () => controller.abort(new AttemptTimeout(timeoutMs)),
    Math.min(timeoutMs, MAX_TIMER_MS),
  );
  try {
    return await raceAbort(run(controller.signal), controller.signal);
  } finally {
    timers.clearTimeout(handle);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

/** Wait `ms` on `timers`; rejects with the signal's reason as soon as `signal` aborts. */
export function sleep(ms: number, timers: StoreTimers, signal?: AbortSignal | null): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<void>((resolve, reject) => {
    let handle: unknown;
    const onAbort = (): void => {
      timers.clearTimeout(handle);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    handle = timers.setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
  });
}

/** Settle with `promise`, or reject as soon as `signal` aborts (some bodies and fetches ignore the signal). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
