// The engine's own samplers draw from the right distributions.
import { describe, expect, it } from 'vitest';
import { betaBand, betaQuantile, betaTable } from '../../../src/engine/model/beta-quantiles';
import { THETA_BANDS, bandOf, cohortOfTag, createPopulation, tasteOfTag } from '../../../src/engine/model/population';
import { addNewcomers } from '../../../src/engine/model/newcomers';
import { drawTasteClass, tasteClassProbabilities, triangularLevelProbabilities } from '../../../src/engine/model/taste-draw';
import { copyStream, createStream, uniform } from '../../../src/engine/model/rng';
import betainc from '@stdlib/math-base-special-betainc';

// The regularised incomplete beta function I_x(0.704, 1.182): the Beta distribution function.
const betaincinvCheck = (x: number): number => betainc(x, 0.704, 1.182);

function moments(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean, variance: xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1) };
}

describe('Beta draws by inverting the distribution function', () => {
  const cases = [
    [0.704, 1.182],
    [0.668, 3.806],
    [3, 24],
    [0.3, 0.3],
  ] as const;
  for (const [a, b] of cases) {
    it(`Beta(${a}, ${b}) has mean α/(α+β) and variance αβ/((α+β)²(α+β+1)) within sampling error`, () => {
      const n = 60_000;
      const u = createStream(`beta-${a}-${b}`);
      const table = betaTable(a, b);
      const xs = Array.from({ length: n }, () => betaQuantile(table, uniform(u)));
      expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
      const { mean, variance } = moments(xs);
      const m = a / (a + b);
      const v = (a * b) / ((a + b) ** 2 * (a + b + 1));
      expect(Math.abs(mean - m)).toBeLessThan(4 * Math.sqrt(v / n));
      expect(Math.abs(variance / v - 1)).toBeLessThan(0.05);
    });
  }

  it('is monotone in p, and exact at the table\'s steps and in the outermost fine steps', () => {
    const table = betaTable(0.704, 1.182);
    let last = -1;
    for (let i = 0; i < 20_000; i++) {
      const p = i / 20_000;
      const x = betaQuantile(table, p);
      expect(x).toBeGreaterThanOrEqual(last);
      last = x;
    }
    // Steps of 1/1024 and fine steps of 1/262144 are tabulated exactly; tiny p is inverted exactly.
    const cdf = (x: number) => betaincinvCheck(x);
    expect(cdf(betaQuantile(table, 0.25))).toBeCloseTo(0.25, 9);
    expect(cdf(betaQuantile(table, 3 / 262_144))).toBeCloseTo(3 / 262_144, 12);
    expect(cdf(betaQuantile(table, 1e-7))).toBeCloseTo(1e-7, 14);
    expect(cdf(betaQuantile(table, 1 - 1e-7))).toBeCloseTo(1 - 1e-7, 12);
  });

  it('gives each draw its θ band, as bandOf would compute it', () => {
    for (const [a, b] of cases) {
      const table = betaTable(a, b);
      for (let i = 0; i < 50_000; i++) {
        const p = (i + 0.37) / 50_000;
        const theta = betaQuantile(table, p);
        expect(betaBand(table, p, theta)).toBe(bandOf(theta));
      }
    }
  });
});

describe('taste classes', () => {
  it('rounding a symmetric triangular value to 5 steps gives the exact areas under the density 1 − |x|', () => {
    const p = triangularLevelProbabilities(5);
    // Steps at −1, −0.5, 0, 0.5, 1, each covering ±0.25 (clipped at ±1).
    expect(p[0]).toBeCloseTo(0.25 ** 2 / 2, 12);
    expect(p[1]).toBeCloseTo(0.75 ** 2 / 2 - 0.25 ** 2 / 2, 12);
    expect(p[2]).toBeCloseTo(1 - 2 * (0.75 ** 2 / 2), 12);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('one uniform per customer draws each class with its exact probability (inversion)', () => {
    const exact = tasteClassProbabilities();
    const counts = new Map<number, number>();
    const n = 400_000;
    for (let i = 0; i < n; i++) {
      const k = drawTasteClass((i + 0.5) / n);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    // Each class owns at most a handful of intervals of the unit line; each is off by under 1/n.
    for (const [k, p] of exact) expect(Math.abs((counts.get(k) ?? 0) / n - p)).toBeLessThan(10 / n);
    expect([...counts.keys()].every((k) => exact.has(k))).toBe(true);
  });
});

describe('newcomers', () => {
  it('each take θ and then taste from the next two uniforms of the traits stream, in order', () => {
    // addNewcomers steps the stream inline; the reference draws with uniform() on a copy. 60,000
    // newcomers put about 120 draws in the Beta table's end steps.
    const churn = { kind: 'beta', alpha: 0.704, beta: 1.182 } as const;
    const table = betaTable(churn.alpha, churn.beta);
    const traits = createStream('newcomers');
    const reference = copyStream(traits);
    const pop = createPopulation();
    const count = 60_000;
    const thetaSum = addNewcomers(pop, churn, count, 3, traits, 0.25);
    const expected = new Map<string, number>();
    let sum = 0.25;
    let ends = 0;
    for (let i = 0; i < count; i++) {
      const p = uniform(reference);
      if (p < 1 / 1024 || p >= 1023 / 1024) ends++;
      const theta = betaQuantile(table, p);
      const key = `${betaBand(table, p, theta)}/${theta}/${drawTasteClass(uniform(reference))}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
      sum += theta;
    }
    expect(ends).toBeGreaterThan(60);
    expect(traits).toEqual(reference);
    expect(thetaSum).toBe(sum);
    expect(pop.count).toBe(count);
    const got = new Map<string, number>();
    for (let b = 0; b < THETA_BANDS; b++) {
      for (let i = pop.bandStart[b]!; i < pop.bandStart[b]! + pop.bandCount[b]!; i++) {
        expect(cohortOfTag(pop.tag[i]!)).toBe(3);
        const key = `${b}/${pop.theta[i]}/${tasteOfTag(pop.tag[i]!)}`;
        got.set(key, (got.get(key) ?? 0) + 1);
      }
    }
    expect(got).toEqual(expected);
    // Sensitivity occupies a class's low four bits; level 15 is never used.
    const byLevel = new Array<number>(16).fill(0);
    pop.classCount.forEach((n, k) => { byLevel[k & 15]! += n; });
    expect(byLevel[15]).toBe(0);
    expect(Array.from(pop.levelCount)).toEqual(byLevel.slice(0, 15));
  });
});
