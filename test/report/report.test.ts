import { describe, expect, it } from 'vitest';
import { decimalsFor, ReportBuilder, signed, verdictOf } from '../../src/report/report.js';
import { experimentEvents, mulberry32 } from './generate.js';

const build = (events: readonly object[], options = {}) => {
  const builder = new ReportBuilder(options);
  for (const e of events) builder.add(e);
  return builder.build();
};

describe('report over a generated experiment with a known true difference', () => {
  // candidate truly scores 6 points higher (0.76 vs 0.70) and costs the same.
  const events = experimentEvents(
    'support/greeting',
    [
      { variant: 'control', version: '1.2.0', n: 9000, pScore: 0.7, cost: 0.002 },
      { variant: 'candidate', version: '2.0.0', n: 1000, pScore: 0.76, cost: 0.002 },
    ],
    42,
  );
  const report = build(events);
  const prompt = report.prompts[0];

  it('lists renders, outcomes and the mean and 95% CI of each metric per name, version and variant', () => {
    expect(report.events).toBe(30_000);
    expect(report.skipped.count).toBe(0);
    expect(prompt?.name).toBe('support/greeting');
    expect(prompt?.armKind).toBe('variant');
    expect(prompt?.baseline).toBe('control');
    expect(prompt?.metrics).toEqual(['costUsd', 'score']);
    const rows = prompt?.rows ?? [];
    expect(rows.map((r) => [r.version, r.variant, r.renders, r.outcomes])).toEqual([
      ['1.2.0', 'control', 9000, 9000],
      ['2.0.0', 'candidate', 1000, 1000],
    ]);
    const control = rows[0]?.metrics.score;
    expect(control?.n).toBe(9000);
    expect(control?.mean).toBeGreaterThan(0.68);
    expect(control?.mean).toBeLessThan(0.72);
    expect(control?.ci[0]).toBeLessThan(control?.mean ?? 0);
    expect(control?.ci[1]).toBeGreaterThan(control?.mean ?? 0);
    expect(prompt?.arms.map((a) => [a.arm, a.assignments, a.outcomes])).toEqual([
      ['control', 9000, 9000],
      ['candidate', 1000, 1000],
    ]);
  });

  it('finds the difference on score significant, and says so in plain words', () => {
    const score = prompt?.comparisons.find((c) => c.metric === 'score');
    expect(score?.significant).toBe(true);
    expect(score?.direction).toBe('better');
    expect(score?.better).toBe('higher');
    expect(score?.test?.ci[0]).toBeGreaterThan(0);
    expect(score?.test?.ci[0]).toBeLessThan(0.06);
    expect(score?.test?.ci[1]).toBeGreaterThan(0.06);
    expect(score?.verdict).toMatch(
      /^candidate better on score \(\+0\.0\d+, 95% CI \+0\.0\d+\.\.\+0\.\d+\), significant at n=10,000$/,
    );
  });

  it('does not call the cost difference significant (there is none), and guesses lower is better for costUsd', () => {
    const cost = prompt?.comparisons.find((c) => c.metric === 'costUsd');
    expect(cost?.better).toBe('lower');
    expect(cost?.guessedDirection).toBe(true);
    expect(cost?.significant).toBe(false);
    expect(cost?.verdict).toMatch(/not significant at n=10,000$/);
  });
});

describe('report over a generated experiment with no true difference', () => {
  it('does not call it significant', () => {
    const events = experimentEvents(
      'support/greeting',
      [
        { variant: 'control', version: '1.2.0', n: 60, pScore: 0.7, cost: 0.002 },
        { variant: 'candidate', version: '2.0.0', n: 60, pScore: 0.7, cost: 0.002 },
      ],
      7,
    );
    const report = build(events);
    const comparisons = report.prompts[0]?.comparisons ?? [];
    expect(comparisons).toHaveLength(2);
    for (const c of comparisons) {
      expect(c.significant).toBe(false);
      expect(c.verdict).toMatch(
        /^candidate (better|worse|no different from control) on \w+ \(.*\), not significant at n=120$/,
      );
    }
  });

  it('calls about 5% of null experiments significant at the 95% level (the test is calibrated)', () => {
    let significant = 0;
    const trials = 400;
    for (let seed = 1; seed <= trials; seed++) {
      const events = experimentEvents(
        'x',
        [
          { variant: 'control', version: '1.0.0', n: 100, pScore: 0.5, cost: 0.002 },
          { variant: 'candidate', version: '1.1.0', n: 100, pScore: 0.5, cost: 0.002 },
        ],
        seed,
      );
      const c = build(events).prompts[0]?.comparisons.find((x) => x.metric === 'costUsd');
      if (c?.significant) significant++;
    }
    expect(significant / trials).toBeGreaterThan(0.02);
    expect(significant / trials).toBeLessThan(0.09);
  });
});

describe('report details', () => {
  it('compares versions when no experiment ran, with a caveat, lowest version as baseline', () => {
    const rand = mulberry32(3);
    const events: object[] = [];
    for (const version of ['1.10.0', '1.9.0']) {
      for (let i = 0; i < 50; i++) {
        events.push({ type: 'outcome', name: 'a', version, metrics: { score: rand() } });
      }
    }
    const prompt = build(events).prompts[0];
    expect(prompt?.armKind).toBe('version');
    expect(prompt?.baseline).toBe('1.9.0');
    expect(prompt?.arms.map((a) => a.arm)).toEqual(['1.9.0', '1.10.0']);
    expect(prompt?.comparisons[0]?.arm).toBe('1.10.0');
    expect(prompt?.note).toMatch(/No experiment assigned these versions/);
  });

  it('leaves traffic without a variant out of the comparisons, but lists it', () => {
    const events = [
      ...experimentEvents(
        'a',
        [
          { variant: 'control', version: '1.0.0', n: 10, pScore: 0.5, cost: 1 },
          { variant: 'b', version: '2.0.0', n: 10, pScore: 0.5, cost: 1 },
        ],
        1,
      ),
      { type: 'outcome', name: 'a', version: '1.0.0', metrics: { score: 1 } },
    ];
    const prompt = build(events).prompts[0];
    expect(prompt?.rows.map((r) => r.variant ?? null)).toEqual([null, 'control', 'b']);
    expect(prompt?.arms.find((a) => a.arm === 'control')?.outcomes).toBe(10);
    expect(prompt?.note).toMatch(/without a variant/);
  });

  it('uses --baseline and explicit metric directions', () => {
    const events = experimentEvents(
      'a',
      [
        { variant: 'a', version: '1.0.0', n: 30, pScore: 0.5, cost: 1 },
        { variant: 'b', version: '2.0.0', n: 30, pScore: 0.5, cost: 1 },
      ],
      5,
    );
    const byDefault = build(events).prompts[0];
    expect(byDefault?.baseline).toBe('a');
    const chosen = build(events, { baseline: 'b', higherIsBetter: ['costUsd'] }).prompts[0];
    expect(chosen?.baseline).toBe('b');
    const cost = chosen?.comparisons.find((c) => c.metric === 'costUsd');
    expect(cost?.arm).toBe('a');
    expect(cost?.better).toBe('higher');
    expect(cost?.guessedDirection).toBe(false);
  });

  it('says when there is not enough data', () => {
    const prompt = build([
      { type: 'outcome', name: 'a', version: '1.0.0', variant: 'control', metrics: { score: 1 } },
      { type: 'outcome', name: 'a', version: '2.0.0', variant: 'candidate', metrics: { score: 1 } },
      { type: 'outcome', name: 'a', version: '2.0.0', variant: 'candidate', metrics: { score: 0 } },
    ]).prompts[0];
    const c = prompt?.comparisons[0];
    expect(c?.test).toBeUndefined();
    expect(c?.significant).toBe(false);
    expect(c?.verdict).toBe(
      'candidate vs control on score: not enough data (n=2 vs 1; at least 2 outcomes per arm are needed)',
    );
  });

  it('skips lines that are not events, keeping a few examples', () => {
    const builder = new ReportBuilder();
    builder.addLine('{not json', 'f:1');
    builder.addLine('', 'f:2');
    builder.addLine('{"type":"outcome","name":"a","version":"1.0.0","metrics":{"score":"high"}}', 'f:3');
    builder.addLine('{"type":"render","name":"a","version":"1.0.0"}', 'f:4');
    builder.addLine('[1]', 'f:5');
    const report = builder.build();
    expect(report.events).toBe(1);
    expect(report.skipped.count).toBe(3);
    expect(report.skipped.examples).toEqual([
      'f:1: not JSON',
      'f:3: an "outcome" event whose metric "score" is not a finite number',
      'f:5: not an object',
    ]);
  });

  it('formats estimates to the precision their interval supports', () => {
    expect(decimalsFor(0.07, 0.12)).toBe(2);
    expect(decimalsFor(0.5, 3)).toBe(1);
    expect(decimalsFor(3, 10)).toBe(0);
    expect(decimalsFor(0.0004, 0.001)).toBe(4);
    expect(signed(0.12, 2)).toBe('+0.12');
    expect(signed(-0.05, 2)).toBe('\u22120.05');
    expect(signed(0.0001, 2)).toBe('0.00');
    expect(
      verdictOf({
        metric: 'score',
        baseline: 'control',
        arm: 'candidate',
        better: 'higher',
        guessedDirection: true,
        nBaseline: 600,
        nArm: 600,
        n: 1200,
        significant: true,
        direction: 'better',
        test: { diff: 0.12, se: 0.035, df: 1190, t: 3.4, p: 0.0006, ci: [0.05, 0.19] },
      }),
    ).toBe('candidate better on score (+0.12, 95% CI +0.05..+0.19), significant at n=1,200');
  });
});
