/**
 * Time in the HTTP-based stores, on the injected timers (`../timers.ts`): the per-attempt deadline and
 * the retry waits. Nothing here reads the global timers or clock.
 * @module
 */
import { MAX_TIMER_MS, type StoreTimers } from '../timers.js';

/** An attempt ran past its deadline: the transport turns it into the store's timeout `StoreError`. */
export class AttemptTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
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
  return withDeadline(ms, timers, signal, () => new Promise<void>(() => undefined)).catch((error: unknown) => {
    if (!(error instanceof AttemptTimeout)) throw error;
  });
}

/** Settle with `promise`, or reject as soon as `signal` aborts (some bodies and fetches ignore the signal). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
