// Every numeric question is parametric: its example answer and hundreds of freshly drawn instances
// are recomputed here with formulas written out again for the test (series and simulations, not
// the app's closed forms), and each instance must make sense: inputs on the ranges' grid, a finite
// answer in the unit's range, an answer rounded as asked counted right, prompt and feedback fully
// filled in, and recognised wrong answers that differ from the right one.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { NumericQuestion } from '../../src/content/learn/course-types';
import { drawInputs, matchTrap, numericInstance, variantKey, withinTolerance } from '../../src/content/learn/numeric-variants';

const dir = path.resolve('content/questions');
const numeric = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(path.join(dir, f), 'utf8')) as { kind: string; hints?: string[] }[])
  .filter((q) => q.kind === 'numeric')
  .map((q) => ({ hints: [], ...q }) as unknown as NumericQuestion);
const lessonText = (id: string) => {
  const file = readdirSync(path.resolve('content/lessons')).find((f) => f.endsWith(`-${id}.md`))!;
  return readFileSync(path.resolve('content/lessons', file), 'utf8');
};

const DRAWS = 300;

/** Sum of a survival series: Σ_{t≥0} x^t, summed term by term. */
function series(x: number): number {
  let total = 0;
  let term = 1;
  for (let t = 0; t < 100_000 && term > 1e-13; t++) {
    total += term;
    term *= x;
  }
  return total;
}

/** The formulas of docs/learn-content-format.md and the glossary, restated independently. */
const recompute: Record<string, (x: Record<string, number>) => number> = {
  nps: ({ promoters = 0, passives = 0, detractors = 0 }) => {
    const respondents = promoters + passives + detractors;
    return (promoters / respondents) * 100 - (detractors / respondents) * 100;
  },
  csat: ({ satisfied = 0, respondents = 0 }) => (satisfied / respondents) * 100,
  churnRate: ({ start = 0, lost = 0 }) => (lost / start) * 100,
  retentionRate: ({ start = 0, lost = 0, new: joined = 0 }) => {
    const end = start - lost + joined;
    return ((end - joined) / start) * 100;
  },
  survivingShare: ({ churn = 0, months = 0 }) => {
    let left = 100;
    for (let m = 0; m < months; m++) left -= left * churn;
    return left;
  },
  cumulativeChurn: ({ churn = 0, months = 0 }) => {
    let left = 100;
    for (let m = 0; m < months; m++) left -= left * churn;
    return 100 - left;
  },
  averageLifetime: ({ churn = 0 }) => series(1 - churn),
  netMargin: ({ margin = 0, expansion = 0, serveCost = 0 }) => margin + expansion - serveCost,
  clv: ({ margin = 0, churn = 0, discount = 0 }) => margin * series((1 - churn) / (1 + discount)),
  clvFromRevenue: ({ revenue = 0, marginShare = 0, churn = 0, discount = 0 }) => revenue * marginShare * series((1 - churn) / (1 + discount)),
  blendedCac: ({ spend = 0, newCustomers = 0 }) => spend / newCustomers,
  paidCac: ({ spend = 0, newCustomers = 0, organic = 0 }) => spend / (newCustomers - organic),
  clvToCac: ({ clv = 0, cac = 0 }) => clv / cac,
  paybackMonths: ({ cac = 0, revenue = 0, marginShare = 0 }) => cac / (revenue * marginShare),
  conversionRate: ({ conversions = 0, visitors = 0 }) => (conversions / visitors) * 100,
  referralCost: ({ reward = 0, anyway = 0 }) => {
    const referred = 1000;
    return (referred * reward) / (referred - referred * anyway);
  },
};

/** What an answer in each unit may be (NPS runs from −100 to 100, shares from 0 to 100 %). */
function plausible(question: NumericQuestion, value: number): boolean {
  if (question.compute.formula === 'nps') return value >= -100 && value <= 100;
  if (question.unit === '%') return value >= 0 && value <= 100;
  if (question.unit === 'months' || question.unit === 'years') return value > 0 && value < 600;
  return value > 0;
}

describe('numeric questions', () => {
  it('exist in the course, at least 15, using at least 10 formulas', () => {
    expect(numeric.length).toBeGreaterThanOrEqual(15);
    expect(new Set(numeric.map((q) => q.compute.formula)).size).toBeGreaterThanOrEqual(10);
  });

  it('agree with the closed-form CLV in the test too (sanity check of the series)', () => {
    expect(recompute.clv!({ margin: 22, churn: 0.04, discount: 0.01 })).toBeCloseTo((22 * 1.01) / 0.05, 6);
    expect(recompute.averageLifetime!({ churn: 0.05 })).toBeCloseTo(20, 6);
  });

  for (const question of numeric) {
    describe(question.id, () => {
      it(`gives the example answer from ${question.compute.formula} of its inputs`, () => {
        const formula = recompute[question.compute.formula];
        expect(formula, `no test formula for ${question.compute.formula}`).toBeDefined();
        const value = formula!(question.compute.inputs);
        expect(Number.isFinite(value)).toBe(true);
        expect(Math.abs(value - question.answer)).toBeLessThanOrEqual(question.tolerance + 1e-9);
        expect(question.tolerance).toBeLessThan(Math.max(Math.abs(question.answer), 1));
      });

      it(`draws ${DRAWS} instances that recompute, make sense and are fully filled in`, () => {
        const formula = recompute[question.compute.formula]!;
        const seen = new Set<string>();
        let trapsDistinct = 0;
        let trapsTotal = 0;
        for (let n = 0; n < DRAWS; n++) {
          const inputs = drawInputs(question, variantKey(`learner-${n % 7}`, question.id, n));
          seen.add(JSON.stringify(inputs));
          for (const [name, range] of Object.entries(question.vary)) {
            const value = inputs[name]!;
            expect(value, `${name} in range`).toBeGreaterThanOrEqual(range.min - 1e-9);
            expect(value, `${name} in range`).toBeLessThanOrEqual(range.max + 1e-9);
            const steps = (value - range.min) / range.step;
            expect(Math.abs(steps - Math.round(steps)), `${name} on the step grid`).toBeLessThan(1e-6);
          }
          const instance = numericInstance(question, inputs);
          const expected = formula(inputs);
          expect(Math.abs(instance.answer - expected), JSON.stringify(inputs)).toBeLessThan(1e-6 * Math.max(1, Math.abs(expected)));
          expect(plausible(question, instance.answer), `${instance.answer} from ${JSON.stringify(inputs)}`).toBe(true);
          const rounded = Number(instance.answer.toFixed(question.decimals));
          expect(withinTolerance(question, instance.answer, rounded), `${rounded} rounded from ${instance.answer}`).toBe(true);
          for (const text of [instance.prompt, instance.correctFeedback, instance.incorrectFeedback, ...instance.hints]) {
            expect(text).not.toMatch(/\{|\}|NaN|Infinity|undefined/);
          }
          expect(matchTrap(question, instance, rounded)).toBeNull();
          for (const trap of instance.traps) {
            trapsTotal++;
            if (!withinTolerance(question, instance.answer, trap.value)) trapsDistinct++;
            const recognised = matchTrap(question, instance, trap.value);
            if (!withinTolerance(question, instance.answer, trap.value)) expect(recognised).not.toBeNull();
          }
        }
        const grid = Object.values(question.vary).reduce((product, r) => product * (Math.floor((r.max - r.min) / r.step + 1e-9) + 1), 1);
        expect(seen.size, 'distinct instances').toBeGreaterThanOrEqual(Math.min(50, Math.ceil(grid / 2)));
        expect(trapsDistinct / trapsTotal, 'share of wrong answers that differ from the right one').toBeGreaterThan(0.9);
      });

      it('does not reuse the numbers of its lesson\'s worked examples', () => {
        const numbers = new Set([...lessonText(question.lesson).matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, ''))));
        const shown = Object.values(question.compute.inputs).map((v) => (v > 0 && v < 1 ? Math.round(v * 1000) / 10 : v));
        expect(shown.every((v) => numbers.has(v)), `${JSON.stringify(question.compute.inputs)} all appear in the lesson`).toBe(false);
      });
    });
  }
});
