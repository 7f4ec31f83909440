// Usage and cost in reports: per name, version and variant the calls, tokens, cost per call (mean, CI)
// and total; usage events never count as outcomes.
import { describe, expect, it } from 'vitest';
import { ReportBuilder } from '../../src/report/report.js';

describe('report: usage', () => {
  it('sums calls and tokens and summarises cost per call per row', () => {
    const builder = new ReportBuilder();
    const usage = (variant: string, costUsd: number | undefined, inputTokens = 100) => ({
      type: 'usage',
      name: 'support/triage',
      version: '1.0.0',
      hash: 'sha256-x',
      variant,
      model: 'gpt-4o-mini',
      inputTokens,
      outputTokens: 20,
      ...(costUsd === undefined ? {} : { costUsd }),
    });
    for (const cost of [0.001, 0.002, 0.003]) builder.add(usage('control', cost));
    builder.add(usage('candidate', undefined, 50));
    const report = builder.build();
    const rows = report.prompts[0]?.rows ?? [];
    const control = rows.find((r) => r.variant === 'control');
    expect(control?.outcomes).toBe(0);
    expect(control?.usage).toMatchObject({ calls: 3, inputTokens: 300, outputTokens: 60, callsWithoutCost: 0 });
    expect(control?.usage?.costTotal).toBeCloseTo(0.006, 12);
    expect(control?.usage?.costPerCall?.mean).toBeCloseTo(0.002, 12);
    expect(control?.usage?.costPerCall?.n).toBe(3);
    const [low, high] = control?.usage?.costPerCall?.ci ?? [0, 0];
    expect(low).toBeLessThan(0.002);
    expect(high).toBeGreaterThan(0.002);
    expect(rows.find((r) => r.variant === 'candidate')?.usage).toEqual({
      calls: 1,
      inputTokens: 50,
      outputTokens: 20,
      callsWithoutCost: 1,
    });
  });

  it('skips a usage event without token counts', () => {
    const builder = new ReportBuilder();
    expect(builder.add({ type: 'usage', name: 'x', version: '1.0.0' })).toBe(false);
  });
});
