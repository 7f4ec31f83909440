// Waiting in tests: on a condition or an event, never on a time budget. The only bound is HANG_MS, which
// a loaded machine does not reach and a real hang does (then the failure says what was waited for).

/** How long a wait may take before it counts as a hang (and fails, saying what it waited for). */
export const HANG_MS = 60_000;

/**
 * Wait until `condition()` holds, checking it every `intervalMs`. Fails only after {@link HANG_MS}
 * (or `hangMs`), with `what` in the message: a bound for hangs, not a time budget.
 */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  { intervalMs = 10, hangMs = HANG_MS }: { intervalMs?: number; hangMs?: number } = {},
): Promise<void> {
  const hangAt = Date.now() + hangMs;
  while (!(await condition())) {
    if (Date.now() > hangAt) throw new Error(`${what}: still not the case after ${hangMs / 1000} s (a hang)`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
