// The engine's own samplers draw from the right distributions.
import { describe, expect, it } from 'vitest';
import { drawBeta, drawGamma } from '../../../src/engine/beta-sampler';
import { triangularLevel } from '../../../src/engine/population';
import { createStream } from '../../../src/engine/rng';

function moments(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean, variance: xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1) };
}

describe('Beta and Gamma draws', () => {
  const cases = [
    [0.704, 1.182],
    [0.668, 3.806],
    [3, 24],
    [0.3, 0.3],
  ] as const;
  for (const [a, b] of cases) {
    it(`Beta(${a}, ${b}) has mean α/(α+β) and variance αβ/((α+β)²(α+β+1)) within sampling error`, () => {
      const u = createStream(`beta-${a}-${b}`);
      const n = 60_000;
      const xs = Array.from({ length: n }, () => drawBeta(u, a, b));
      expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
      const { mean, variance } = moments(xs);
      const m = a / (a + b);
      const v = (a * b) / ((a + b) ** 2 * (a + b + 1));
      expect(Math.abs(mean - m)).toBeLessThan(4 * Math.sqrt(v / n));
      expect(Math.abs(variance / v - 1)).toBeLessThan(0.05);
    });
  }

  it('Gamma(k) has mean k and variance k, for k below and above 1', () => {
    for (const k of [0.5, 2.5]) {
      const u = createStream(`gamma-${k}`);
      const { mean, variance } = moments(Array.from({ length: 60_000 }, () => drawGamma(u, k)));
      expect(Math.abs(mean - k)).toBeLessThan(4 * Math.sqrt(k / 60_000));
      expect(Math.abs(variance / k - 1)).toBeLessThan(0.05);
    }
  });

  it('the same stream state gives the same draws (no hidden sampler state)', () => {
    const a = createStream('same');
    const b = createStream('same');
    for (let i = 0; i < 100; i++) expect(drawBeta(a, 0.7, 1.2)).toBe(drawBeta(b, 0.7, 1.2));
  });
});

describe('triangular taste levels', () => {
  it('one uniform gives the symmetric triangular law: level probabilities match the exact areas', () => {
    const levels = 5;
    const counts = new Array(levels).fill(0);
    const n = 200_000;
    for (let i = 0; i < n; i++) counts[triangularLevel((i + 0.5) / n, levels)]++;
    // Level j covers x in [(j−2.5)/2, (j−1.5)/2] of the triangular density 1 − |x| on [−1, 1].
    const cdf = (x: number) => (x < 0 ? (1 + x) ** 2 / 2 : 1 - (1 - x) ** 2 / 2);
    for (let j = 0; j < levels; j++) {
      const lo = Math.max(-1, (j - 2.5) / 2);
      const hi = Math.min(1, (j - 1.5) / 2);
      expect(counts[j] / n).toBeCloseTo(cdf(hi) - cdf(lo), 3);
    }
  });
});
