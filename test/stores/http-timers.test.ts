// The per-attempt deadline and the retry wait of the HTTP-based stores, on injected timers.
import { describe, expect, it } from 'vitest';
import { AttemptTimeout, sleep, withDeadline } from '../../src/stores/http/timers.js';
import { rejectionOf } from '../helpers/errors.js';
import { manualTime } from '../helpers/manual-time.js';

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

describe('withDeadline', () => {
  it('aborts the attempt with an AttemptTimeout when its timer fires, even if the attempt ignores its signal', async () => {
    const time = manualTime();
    let signal: AbortSignal | undefined;
    const attempt = rejectionOf(
      withDeadline(50, time.timers, undefined, (s) => {
        signal = s;
        return never();
      }),
    );
    expect(time.pending()).toEqual([50]);
    expect(await time.fire()).toBe(50);
    const error = await attempt;
    expect(error).toBeInstanceOf(AttemptTimeout);
    expect(error).toMatchObject({ timeoutMs: 50 });
    expect(signal?.aborted).toBe(true);
    expect(signal?.reason).toBe(error);
  });

  it('clears its timer when the attempt settles first', async () => {
    const time = manualTime();
    expect(await withDeadline(50, time.timers, undefined, async () => 'answer')).toBe('answer');
    expect(time.pending()).toEqual([]);
    await rejectionOf(
      withDeadline(50, time.timers, undefined, async () => {
        throw new Error('refused');
      }),
    );
    expect(time.pending()).toEqual([]);
  });

  it("the caller's signal still cancels: its reason, the attempt's signal aborted, the timer cleared", async () => {
    const time = manualTime();
    const caller = new AbortController();
    let signal: AbortSignal | undefined;
    const attempt = rejectionOf(
      withDeadline(50, time.timers, caller.signal, (s) => {
        signal = s;
        return never();
      }),
    );
    const reason = new Error('the caller gave up');
    caller.abort(reason);
    expect(await attempt).toBe(reason);
    expect(signal?.reason).toBe(reason);
    expect(time.pending()).toEqual([]);
    // Already aborted: the attempt does not start.
    let started = false;
    const late = rejectionOf(
      withDeadline(50, time.timers, caller.signal, async () => {
        started = true;
      }),
    );
    expect(await late).toBe(reason);
    expect(started).toBe(false);
  });

  it('never arms a timer longer than the platform allows', () => {
    const time = manualTime();
    void withDeadline(Number.MAX_SAFE_INTEGER, time.timers, undefined, () => never()).catch(() => undefined);
    expect(time.pending()).toEqual([2_147_483_647]);
  });
});

describe('sleep', () => {
  it('waits on the timers given, and an abort ends the wait with its reason', async () => {
    const time = manualTime();
    let done = false;
    const waited = sleep(125, time.timers).then(() => {
      done = true;
    });
    expect(done).toBe(false);
    expect(await time.fire()).toBe(125);
    await waited;
    expect(done).toBe(true);

    const caller = new AbortController();
    const aborted = rejectionOf(sleep(125, time.timers, caller.signal));
    caller.abort(new Error('stop'));
    expect(await aborted).toMatchObject({ message: 'stop' });
    expect(time.pending()).toEqual([]);
  });
});
