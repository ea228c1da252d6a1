// The churn pass's building blocks, checked against definitions: θ bands, exact binomial draws,
// and the thinned churn pass, whose every customer must leave with exactly their own probability.
import { describe, expect, it } from 'vitest';
import { churnPass } from '../../../src/engine/model/churn';
import { drawBinomial, powInt } from '../../../src/engine/model/distributions';
import { BAND_TOP, THETA_BANDS, addCustomer, bandOf, clonePopulation, cohortOfTag, createPopulation, tasteClass } from '../../../src/engine/model/population';
import { copyStream, createStream, uniform } from '../../../src/engine/model/rng';
import { churnMultiplier } from '../../../src/engine/model/satisfaction';
import type { CustomerModel } from '../../../src/engine/model/scenario-types';
import { shipped } from './helpers';

/** The definition: the largest b with θ ≤ BAND_TOP[b]. */
const bandByDefinition = (theta: number): number => {
  let b = 0;
  while (b + 1 < THETA_BANDS && theta <= BAND_TOP[b + 1]!) b++;
  return b;
};

describe('θ bands', () => {
  it('fall by √2 from 1, and every θ lands in the band the definition gives', () => {
    expect(BAND_TOP[0]).toBe(1);
    for (let b = 1; b < THETA_BANDS; b++) expect(BAND_TOP[b - 1]! / BAND_TOP[b]!).toBeCloseTo(Math.SQRT2, 12);
    const probes = [0, 1, Number.MIN_VALUE, 1e-300, 1e-9, 0.5, 0.25, Math.SQRT1_2, 0.03, 0.999999];
    for (const top of BAND_TOP) probes.push(top, top * (1 + 1e-15), top * (1 - 1e-15));
    const u = createStream('bands');
    for (let i = 0; i < 20_000; i++) probes.push(uniform(u) ** 4);
    for (const theta of probes) expect(bandOf(Math.min(1, theta))).toBe(bandByDefinition(Math.min(1, theta)));
  });
});

describe('binomial draws', () => {
  it('xⁿ by repeated squaring agrees with exponentiation', () => {
    for (const [x, n] of [[0.97, 0], [0.97, 1], [0.97, 13], [0.5, 40], [0.999, 28_000]] as const) {
      expect(powInt(x, n)).toBeCloseTo(x ** n, 12);
    }
  });

  // Inversion (n·p < 10), BTRD (n·p ≥ 10) and the p > ½ mirror, each against the exact moments.
  const cases = [
    [12, 0.05],
    [300, 0.02],
    [28_000, 0.0002],
    [400, 0.2],
    [30_000, 0.008],
    [50, 0.9],
  ] as const;
  for (const [n, p] of cases) {
    it(`Binomial(${n}, ${p}) has mean np and variance np(1−p) within sampling error`, () => {
      const u = createStream(`binomial-${n}-${p}`);
      const draws = 40_000;
      const xs = Array.from({ length: draws }, () => drawBinomial(u, n, p));
      expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
      const mean = xs.reduce((a, b) => a + b, 0) / draws;
      const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (draws - 1);
      const v = n * p * (1 - p);
      expect(Math.abs(mean - n * p)).toBeLessThan(4 * Math.sqrt(v / draws));
      expect(Math.abs(variance / v - 1)).toBeLessThan(0.05);
    });
  }

  // Inversion (n·p < 10) and transformed rejection (n·p ≥ 10), each against the exact probabilities.
  for (const [n, p] of [[6, 0.3], [100, 0.3]] as const) {
    it(`Binomial(${n}, ${p}) draws each k with probability C(n,k) pᵏ (1−p)ⁿ⁻ᵏ`, () => {
      const draws = 100_000;
      const u = createStream(`binomial-pmf-${n}`);
      const counts = new Array<number>(n + 1).fill(0);
      for (let i = 0; i < draws; i++) counts[drawBinomial(u, n, p)]!++;
      let exact = (1 - p) ** n;
      for (let k = 0; k <= n; k++) {
        expect(Math.abs(counts[k]! / draws - exact)).toBeLessThan(4.5 * Math.sqrt((exact * (1 - exact)) / draws) + 1e-9);
        exact *= ((n - k) / (k + 1)) * (p / (1 - p));
      }
    });
  }

  it('handles the edges without drawing: n = 0, p = 0 and p = 1', () => {
    const u = createStream('edges');
    const before = copyStream(u);
    expect([drawBinomial(u, 0, 0.4), drawBinomial(u, 10, 0), drawBinomial(u, 10, 1)]).toEqual([0, 0, 10]);
    expect(u).toEqual(before);
  });
});

describe('the thinned churn pass', () => {
  const model: CustomerModel = shipped('coffee-chain').model;
  // Customers of three propensities (one per band edge case) at the lowest, middle and highest
  // sensitivity; the cohort field carries each customer's id so we can see who left.
  const thetas = [0.004, 0.06, 0.45];
  const levels = [0, 7, 14];
  const spread = 0.6;
  const shift = -1.2;
  const churnFactor = 1.3;
  const copies = 40;

  function population() {
    const pop = createPopulation();
    let id = 0;
    for (let c = 0; c < copies; c++) {
      for (const theta of thetas) for (const j of levels) addCustomer(pop, theta, bandOf(theta), tasteClass(j, 10), id++);
    }
    return pop;
  }

  it('lets every customer leave with exactly θ × their churn multiplier (within sampling error)', () => {
    const trials = 1_500;
    const groups = thetas.length * levels.length;
    const left = new Array<number>(groups).fill(0);
    const start = population();
    const draw = createStream('thinning');
    for (let t = 0; t < trials; t++) {
      const pop = clonePopulation(start);
      const alive = new Array<number>(start.count).fill(1);
      const tally = churnPass(pop, model, shift, spread, churnFactor, alive, draw);
      expect(pop.count).toBe(start.count - tally.churned);
      alive.forEach((a, id) => { if (a === 0) left[id % groups]!++; });
    }
    thetas.forEach((theta, i) => {
      levels.forEach((j, jj) => {
        const sensitivity = (spread * (j - 7)) / 7;
        const felt = Math.min(10, Math.max(0, model.neutralSatisfaction + (1 + sensitivity) * shift));
        const p = Math.min(1, theta * churnMultiplier(model, felt) * churnFactor);
        const n = trials * copies;
        const observed = left[i * levels.length + jj]! / n;
        expect(Math.abs(observed - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n) + 1e-9);
      });
    });
  });

  it('keeps the counts by class and by band consistent with the customers left', () => {
    const pop = population();
    const alive = new Array<number>(pop.count).fill(1);
    churnPass(pop, model, shift, spread, churnFactor, alive, createStream('consistent'));
    let inBands = 0;
    for (let b = 0; b < THETA_BANDS; b++) {
      for (let i = pop.bandStart[b]!; i < pop.bandStart[b]! + pop.bandCount[b]!; i++) {
        expect(bandOf(pop.theta[i]!)).toBe(b);
        expect(alive[cohortOfTag(pop.tag[i]!)]).toBe(1);
        inBands++;
      }
    }
    expect(inBands).toBe(pop.count);
    expect(alive.reduce((a, b) => a + b, 0)).toBe(pop.count);
    expect(pop.classCount.reduce((a, b) => a + b, 0)).toBe(pop.count);
    for (let j = 0; j < 15; j++) {
      let sum = 0;
      for (let l = 0; l < 21; l++) sum += pop.classCount[tasteClass(j, l)]!;
      expect(pop.levelCount[j]).toBe(sum);
    }
    expect(pop.levelCount.reduce((a, b) => a + b, 0)).toBe(pop.count);
  });
});

describe('the churn pass and its stream', () => {
  it('draws every candidate and every coin from the stream exactly as uniform() does, in order', () => {
    // The reference: the thinning of churn.ts written with uniform() and drawBinomial on a copy of
    // the stream. The pass steps the stream inline; both must leave the same customers in the same
    // slots and the stream in the same state.
    const model = shipped('coffee-chain').model;
    const start = createPopulation();
    const traits = createStream('reference-traits');
    for (let id = 0; id < 3_000; id++) {
      const theta = 0.002 + 0.3 * uniform(traits) ** 3;
      addCustomer(start, theta, bandOf(theta), tasteClass(Math.floor(uniform(traits) * 15), Math.floor(uniform(traits) * 21)), id % 7);
    }
    const stream = createStream('reference-churn');
    const reference = copyStream(stream);
    const pop = clonePopulation(start);
    const alive = new Array<number>(7).fill(10_000);
    const tally = churnPass(pop, model, -0.8, 0.5, 1.1, alive, stream);

    const ref = clonePopulation(start);
    const multipliers = Array.from({ length: 15 }, (_, j) => {
      const felt = Math.min(10, Math.max(0, model.neutralSatisfaction + (1 + (0.5 * (j - 7)) / 7) * -0.8));
      return churnMultiplier(model, felt) * 1.1;
    });
    const largest = Math.max(...multipliers);
    let churned = 0;
    for (let b = 0; b < THETA_BANDS; b++) {
      const n = ref.bandCount[b]!;
      if (n === 0) continue;
      const pMax = Math.min(1, BAND_TOP[b]! * largest);
      const candidates = drawBinomial(reference, n, pMax);
      const s = ref.bandStart[b]!;
      let c = s;
      let end = s + n;
      for (let pick = 0; pick < candidates; pick++) {
        const r = c + Math.floor(uniform(reference) * (end - c));
        const leaves = uniform(reference) * pMax < ref.theta[r]! * multipliers[ref.tag[r]! & 15]!;
        const moved = leaves ? --end : c++;
        [ref.theta[r], ref.theta[moved]] = [ref.theta[moved]!, ref.theta[r]!];
        [ref.tag[r], ref.tag[moved]] = [ref.tag[moved]!, ref.tag[r]!];
        if (leaves) churned++;
      }
      ref.bandCount[b] = end - s;
    }
    expect(tally.churned).toBe(churned);
    expect(churned).toBeGreaterThan(100);
    expect(stream).toEqual(reference);
    for (let b = 0; b < THETA_BANDS; b++) {
      expect(pop.bandCount[b]).toBe(ref.bandCount[b]);
      const at = (p: typeof pop) => [p.bandStart[b]!, p.bandStart[b]! + p.bandCount[b]!] as const;
      expect(Array.from(pop.theta.subarray(...at(pop)))).toEqual(Array.from(ref.theta.subarray(...at(ref))));
      expect(Array.from(pop.tag.subarray(...at(pop)))).toEqual(Array.from(ref.tag.subarray(...at(ref))));
    }
  });
});
