/**
 * The timers and clock a store may take as options (`httpStore`, `fileStore`): the same shapes as the
 * client's `timers` and `clock` options, so one fake serves all of them in tests. The defaults look the
 * global functions up at each call (so `vi.useFakeTimers()` in an app's tests still reaches them).
 * @module
 */
import { ConfigError } from '../errors.js';

/** Timer functions of a store; the client's `Timers` has the same shape. */
export interface StoreTimers {
  /** Call `callback` once after `ms`; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancel a pending `setTimeout`. */
  clearTimeout(handle: unknown): void;
}

/** A clock in milliseconds since the epoch; the client's `Clock` has the same shape. */
export interface StoreClock {
  /** Current time in ms since the epoch. */
  now(): number;
}

/** `globalThis.setTimeout` / `clearTimeout`, looked up at each call. */
export const globalTimers: StoreTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** `Date.now`, looked up at each call. */
export const globalClock: StoreClock = { now: () => Date.now() };

/** Longest delay a timer can be armed with everywhere (2^31 - 1 ms, about 24.8 days). */
export const MAX_TIMER_MS = 2_147_483_647;

/** Let the process exit while `handle` is pending, where the handle can say so (Node's timers). */
export function unref(handle: unknown): void {
  if (typeof handle === 'object' && handle !== null && 'unref' in handle && typeof handle.unref === 'function') {
    handle.unref();
  }
}

/** Check the `timers` and `clock` options: a `ConfigError` names the one that is not the right shape. */
export function timeOptions(options: { timers?: unknown; clock?: unknown }): {
  timers: StoreTimers | undefined;
  clock: StoreClock | undefined;
} {
  const { timers, clock } = options as { timers?: Partial<StoreTimers>; clock?: Partial<StoreClock> };
  if (timers !== undefined && (typeof timers?.setTimeout !== 'function' || typeof timers.clearTimeout !== 'function')) {
    throw new ConfigError('must be { setTimeout(callback, ms), clearTimeout(handle) } or left out', {
      option: 'timers',
    });
  }
  if (clock !== undefined && typeof clock?.now !== 'function') {
    throw new ConfigError('must be { now() } (ms since the epoch) or left out', { option: 'clock' });
  }
  return { timers: timers as StoreTimers | undefined, clock: clock as StoreClock | undefined };
}
