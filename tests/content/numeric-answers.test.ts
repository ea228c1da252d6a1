// Every numeric question's answer is recomputed here from its own `compute` data, with formulas
// written out again for the test (not the app's), and must fall within the stated tolerance.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface NumericQuestion {
  id: string;
  kind: 'numeric';
  answer: number;
  tolerance: number;
  unit: string;
  compute: { formula: string; inputs: Record<string, number> };
  feedback: { correct: string; incorrect: string };
}

const dir = path.resolve('content/questions');
const numeric = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(path.join(dir, f), 'utf8')) as { kind: string }[])
  .filter((q): q is NumericQuestion => q.kind === 'numeric');

/** The formulas of docs/learn-content-format.md, restated independently. */
const recompute: Record<string, (x: Record<string, number>) => number> = {
  nps: ({ promoters = 0, passives = 0, detractors = 0 }) => {
    const respondents = promoters + passives + detractors;
    return (promoters / respondents) * 100 - (detractors / respondents) * 100;
  },
  csat: ({ satisfied = 0, respondents = 0 }) => (satisfied / respondents) * 100,
  churnRate: ({ start = 0, lost = 0 }) => (lost / start) * 100,
  retentionRate: (x) => ((x.end! - x.new!) / x.start!) * 100,
  // Margin each period while the customer stays, discounted, summed as a geometric series.
  clv: ({ margin = 0, retention = 0, discount = 0 }) => {
    let total = 0;
    for (let period = 0; period < 5000; period++) total += margin * (retention / (1 + discount)) ** period;
    return total;
  },
  clvSimple: ({ revenuePerPeriod = 0, periods = 0 }) => revenuePerPeriod * periods,
  cac: ({ spend = 0, newCustomers = 0 }) => spend / newCustomers,
  clvToCac: ({ clv = 0, cac = 0 }) => clv / cac,
  conversionRate: ({ conversions = 0, visitors = 0 }) => (conversions / visitors) * 100,
  paybackMonths: ({ cac = 0, monthlyMargin = 0 }) => cac / monthlyMargin,
  averageLifetime: ({ churnRate = 0 }) => 1 / churnRate,
};

describe('numeric questions', () => {
  it('exist in the course', () => {
    expect(numeric.length).toBeGreaterThanOrEqual(5);
  });

  it('agree with the closed-form CLV formula in the test too (sanity check of the series)', () => {
    const closed = (100 * (1 + 0.1)) / (1 + 0.1 - 0.8);
    expect(recompute.clv!({ margin: 100, retention: 0.8, discount: 0.1 })).toBeCloseTo(closed, 6);
  });

  for (const question of numeric) {
    it(`${question.id}: the answer matches ${question.compute.formula} of its inputs`, () => {
      const formula = recompute[question.compute.formula];
      expect(formula, `unknown formula ${question.compute.formula}`).toBeDefined();
      const value = formula!(question.compute.inputs);
      expect(Number.isFinite(value)).toBe(true);
      expect(Math.abs(value - question.answer)).toBeLessThanOrEqual(question.tolerance + 1e-9);
      expect(question.tolerance).toBeLessThan(Math.max(Math.abs(question.answer), 1));
    });
  }
});
