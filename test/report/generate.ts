/**
 * Seeded event-file generator for report tests: an experiment with a chosen true effect.
 */

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box–Muller. */
export function normal(rand: () => number): number {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export interface ArmSpec {
  variant: string;
  version: string;
  /** Number of users assigned (each renders once and records one outcome). */
  n: number;
  /** Probability that `score` is 1. */
  pScore: number;
  /** Mean of `costUsd` (normal, sd 0.0005). */
  cost: number;
}

/** Events of one experiment on `name`, in a shuffled order, as JSON objects. */
export function experimentEvents(name: string, arms: readonly ArmSpec[], seed: number): object[] {
  const rand = mulberry32(seed);
  const events: object[] = [];
  for (const arm of arms) {
    for (let i = 0; i < arm.n; i++) {
      const base = { name, version: arm.version, variant: arm.variant };
      events.push({ type: 'assignment', name, experiment: name, variant: arm.variant });
      events.push({ type: 'render', ...base, hash: 'sha256-x', durationMs: 0.01, chars: 40, inputKeys: ['customer'] });
      const score = rand() < arm.pScore ? 1 : 0;
      const costUsd = Math.max(0, arm.cost + 0.0005 * normal(rand));
      events.push({ type: 'outcome', ...base, metrics: { score, costUsd } });
    }
  }
  // Interleave the arms as real traffic would.
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [events[i], events[j]] = [events[j] as object, events[i] as object];
  }
  return events;
}

export function toJsonl(events: readonly object[]): string {
  return `${events.map((e) => JSON.stringify(e)).join('\n')}\n`;
}
