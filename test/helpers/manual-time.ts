// A clock and timers that move only when the test says so, for code that takes injected `timers` and
// `clock` options (the HTTP stores, the client). Nothing here reads or waits for real time: a test
// waits for a timer to be ARMED (an event), then fires it, and the clock jumps to its deadline.

interface Pending {
  id: number;
  ms: number;
  at: number;
  callback: () => void;
}

/** The fake clock, the fake timers, and the means to fire them. */
export interface ManualTime {
  /** Pass as a `clock` option. `advance(ms)` moves it without firing any timer. */
  clock: { now(): number; advance(ms: number): void };
  /**
   * Pass as a `timers` option. `count()` is the number of pending timers; `runAll()` fires every pending
   * one now, whatever its delay, without moving the clock (for code whose timers only batch work).
   */
  timers: {
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
    count(): number;
    runAll(): void;
  };
  /** The delays of the timers fired so far, in order. */
  fired: number[];
  /** The delays of the timers armed and neither fired nor cleared. */
  pending(): number[];
  /**
   * Wait until a timer that `which` accepts (by its delay) is armed, then fire it: the clock moves to
   * its deadline. Resolves with its delay. Waits on the arming of timers, never on real time.
   */
  fire(which?: (ms: number) => boolean): Promise<number>;
  /** Fire the earliest pending timer `which` accepts, if there is one now (no waiting); its delay, or undefined. */
  fireNow(which?: (ms: number) => boolean): number | undefined;
  /** Settle `promise`, firing each timer `which` accepts as soon as it is armed (the others stay pending). */
  settle<T>(promise: Promise<T>, which: (ms: number) => boolean): Promise<T>;
}

/** A manual clock starting at `start` (ms since the epoch) and its timers. */
export function manualTime(start = Date.parse('2030-01-01T00:00:00Z')): ManualTime {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, Pending>();
  const fired: number[] = [];
  const waiting: Array<() => void> = [];
  const changed = (): void => {
    for (const resolve of waiting.splice(0)) resolve();
  };
  const nextChange = (): Promise<void> => new Promise((resolve) => waiting.push(resolve));

  /** Fire the earliest pending timer `which` accepts, if any; true when one fired. */
  function fireDue(which: (ms: number) => boolean): boolean {
    const due = [...timers.values()].filter((t) => which(t.ms)).sort((a, b) => a.at - b.at || a.id - b.id)[0];
    if (due === undefined) return false;
    timers.delete(due.id);
    now = Math.max(now, due.at);
    fired.push(due.ms);
    due.callback();
    return true;
  }

  return {
    clock: {
      now: () => now,
      advance(ms) {
        now += ms;
      },
    },
    timers: {
      setTimeout(callback, ms) {
        const id = nextId++;
        timers.set(id, { id, ms, at: now + ms, callback });
        changed();
        return id;
      },
      clearTimeout(handle) {
        timers.delete(handle as number);
      },
      count: () => timers.size,
      runAll() {
        const due = [...timers.values()].sort((a, b) => a.at - b.at || a.id - b.id);
        timers.clear();
        for (const timer of due) {
          fired.push(timer.ms);
          timer.callback();
        }
      },
    },
    fired,
    pending: () => [...timers.values()].map((t) => t.ms),
    fireNow(which = () => true) {
      const before = fired.length;
      return fireDue(which) ? fired[before] : undefined;
    },
    async fire(which = () => true) {
      for (;;) {
        const before = fired.length;
        if (fireDue(which)) return fired[before] as number;
        await nextChange();
      }
    },
    async settle(promise, which) {
      let done = false;
      const tracked = promise.finally(() => {
        done = true;
        changed();
      });
      tracked.catch(() => undefined);
      while (!done) {
        if (!fireDue(which)) await nextChange();
        else await Promise.resolve();
      }
      return tracked;
    },
  };
}
