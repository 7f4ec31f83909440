// Capturing errors in tests: the thrown or rejected value, with the test failing when nothing is thrown.
import { expect } from 'vitest';

/** What `fn` throws; fails when it returns. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** What `fn` throws, checked to be an instance of `type`. */
export function thrownBy<E extends Error>(type: abstract new (...args: never[]) => E, fn: () => unknown): E {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(type);
  return error as E;
}

/** What `promise` rejects with; fails when it resolves. */
export function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}
