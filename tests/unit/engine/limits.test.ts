// The limiting cases of docs/model.md: with no relationship effects the engine reproduces the
// Bass diffusion model, the shifted-beta-geometric retention model and the closed-form CLV.
import { describe, expect, it } from 'vitest';
import { clvHomogeneous, discountedExpectedLifetime, sbgSurvival, simulate } from '../../../src/engine';
import { fixture, mean, runSeeds } from './helpers';

describe('L1: with no churn, adoption follows the discrete Bass recursion', () => {
  it('the mean of 200 seeds matches N(t) = N(t−1) + (p + q·N(t−1)/M)(M − N(t−1)) within 1% every month', () => {
    const scenario = { ...fixture('neutral-bass'), months: 24 };
    const runs = runSeeds(scenario, undefined, 200, 'bass');
    const M = 100_000;
    const p = 0.03 / 12;
    const q = 0.38 / 12;
    let expected = 0;
    for (let t = 1; t <= 24; t++) {
      expected += (p + (q * expected) / M) * (M - expected);
      const observed = mean(runs.map((r) => r.months[t - 1]!.total.active));
      expect(Math.abs(observed / expected - 1), `month ${t}: ${observed} vs ${expected}`).toBeLessThan(0.01);
    }
  });
});

describe('L2: a cohort with Beta-distributed churn survives like Fader & Hardie’s sBG model', () => {
  const run = simulate(fixture('neutral-sbg'), undefined, 'sbg', { months: 7 });
  const cases = [
    { segment: 'regular', alpha: 0.704, beta: 1.182, published: [1000, 631, 468, 382, 326, 289, 262, 241] },
    { segment: 'high-end', alpha: 0.668, beta: 3.806, published: [1000, 869, 743, 653, 593, 551, 517, 491] },
  ];
  for (const c of cases) {
    it(`the ${c.segment} cohort: S(t) = B(α, β+t)/B(α, β) within 3 standard errors, and close to the published data`, () => {
      const n = 20_000;
      for (let t = 1; t <= 7; t++) {
        const s = sbgSurvival(c.alpha, c.beta, t);
        const observed = run.months[t - 1]!.segments[c.segment]!.active / n;
        const se = Math.sqrt((s * (1 - s)) / n);
        expect(Math.abs(observed - s), `year ${t}`).toBeLessThan(3 * se);
        // The model fits the published cohorts (per 1000) to within about 2.5% (F&H 2007, fig. 2).
        expect(Math.abs(observed * 1000 - c.published[t]!), `year ${t} vs published`).toBeLessThan(25);
      }
    });
    it(`the ${c.segment} cohort's retention rate rises over time as the churn-prone leave first`, () => {
      // sBG retention in year t: r(t) = (β + t − 1)/(α + β + t − 1), which rises with t.
      const retention = run.months.map((m) => m.segments[c.segment]!.retentionRate!);
      let atRisk = 20_000;
      retention.forEach((observed, i) => {
        const t = i + 1;
        const r = (c.beta + t - 1) / (c.alpha + c.beta + t - 1);
        expect(Math.abs(observed - r), `year ${t}`).toBeLessThan(3 * Math.sqrt((r * (1 - r)) / atRisk));
        atRisk = run.months[i]!.segments[c.segment]!.active;
      });
      const r1 = c.beta / (c.alpha + c.beta);
      const r7 = (c.beta + 6) / (c.alpha + c.beta + 6);
      expect(retention[6]! - retention[0]!).toBeGreaterThan((r7 - r1) / 2);
    });
  }

  it('with one churn rate c for everyone, a cohort survives as (1 − c)^t', () => {
    const base = fixture('neutral-sbg');
    const scenario = { ...base, segments: [{ ...base.segments[0]!, churn: { kind: 'rate' as const, rate: 0.2 } }] };
    const out = simulate(scenario, undefined, 'point', { months: 10 });
    let s = 1;
    for (let t = 1; t <= 10; t++) {
      s *= 0.8;
      const observed = out.months[t - 1]!.total.active / 20_000;
      expect(Math.abs(observed - s)).toBeLessThan(3 * Math.sqrt((s * (1 - s)) / 20_000));
    }
  });
});

describe('L3: customer lifetime value', () => {
  it('DEL(d = 0.10 | α, β) reproduces Fader & Hardie’s 3.695 (regular) and 5.923 (high end)', () => {
    expect(discountedExpectedLifetime(0.1, 0.704, 1.182)).toBeCloseTo(3.695, 3);
    expect(discountedExpectedLifetime(0.1, 0.668, 3.806)).toBeCloseTo(5.923, 3);
  });

  it('DEL with no heterogeneity left (huge α and β) tends to the geometric sum (1+d)/(d + churn)', () => {
    // Beta(α, β) with α/(α+β) = 0.05 and α+β → ∞ is a point mass at churn 0.05.
    expect(discountedExpectedLifetime(0.01, 5e6, 9.5e7)).toBeCloseTo(1.01 / 0.06, 4);
  });

  const run = simulate(fixture('neutral-clv'), undefined, 'clv');
  it('the engine predicts m·(1+d)/(1+d−r) for one churn rate and m·DEL(d|α,β) for Beta churn', () => {
    const month = run.months[0]!;
    expect(month.segments.homogeneous!.clvPredicted).toBeCloseTo(clvHomogeneous(10, 0.95, 0.01), 5);
    expect(month.segments.homogeneous!.clvPredicted).toBeCloseTo((10 * 1.01) / 0.06, 5);
    expect(month.segments.heterogeneous!.clvPredicted).toBeCloseTo(10 * discountedExpectedLifetime(0.01, 0.704, 1.182), 5);
  });

  it('the realised discounted value per acquired customer converges to the prediction', () => {
    const last = run.months[run.months.length - 1]!;
    const homogeneous = last.segments.homogeneous!;
    expect(Math.abs(homogeneous.clvRealized! / homogeneous.clvPredicted - 1)).toBeLessThan(0.01);
    const heterogeneous = last.segments.heterogeneous!;
    // Heavy-tailed lifetimes: after 240 months the uncollected tail is still a few percent.
    expect(heterogeneous.clvRealized! / heterogeneous.clvPredicted).toBeGreaterThan(0.93);
    expect(heterogeneous.clvRealized! / heterogeneous.clvPredicted).toBeLessThan(1.02);
  });
});
