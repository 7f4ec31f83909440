/** `mapLimited`: bounded concurrency for reading many prompts (the registry page, the server, validate, the file store). */
import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../src/stores/map-limited.js';
import { rejectionOf } from '../helpers/errors.js';

describe('mapLimited', () => {
  it('keeps the order of the items and never has more than `limit` calls in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const pending: Array<() => void> = [];
    const run = mapLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n, i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise<void>((resolve) => pending.push(resolve));
      inFlight--;
      return `${i}:${n * 10}`;
    });
    // Release the calls one by one, last started first, until all have run.
    while (pending.length > 0 || inFlight > 0) {
      await Promise.resolve();
      pending.pop()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await run).toEqual(['0:10', '1:20', '2:30', '3:40', '4:50', '5:60', '6:70']);
    expect(most).toBe(3);
  });

  it('answers [] for no items and rejects with the first failure', async () => {
    expect(await mapLimited([], 4, async () => 1)).toEqual([]);
    const boom = new Error('boom');
    const error = await rejectionOf(
      mapLimited(['a', 'b', 'c'], 2, async (item) => {
        if (item === 'b') throw boom;
        return item;
      }),
    );
    expect(error).toBe(boom);
  });
});
