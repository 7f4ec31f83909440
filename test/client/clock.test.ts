import { afterEach, describe, expect, it, vi } from 'vitest';
import { coarseClock } from '../../src/client/clock.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('coarseClock', () => {
  it('reads the clock once per resolution window', () => {
    vi.useFakeTimers();
    let time = 100;
    const read = vi.fn(() => time);
    const now = coarseClock(read, 1, 1_000);
    expect(now()).toBe(100);
    time = 200;
    expect(now()).toBe(100);
    expect(read).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(now()).toBe(200);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('reads again after maxReuses calls even when no timer could fire', () => {
    vi.useFakeTimers();
    let time = 1;
    const now = coarseClock(() => time, 1, 3);
    expect(now()).toBe(1);
    time = 2;
    expect([now(), now(), now()]).toEqual([1, 1, 1]);
    expect(now()).toBe(2);
  });
});
