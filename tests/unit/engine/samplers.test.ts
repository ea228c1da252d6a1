// The engine's own samplers draw from the right distributions.
import { describe, expect, it } from 'vitest';
import { fillBeta } from '../../../src/engine/beta-quantiles';
import { triangularLevel } from '../../../src/engine/population';
import { createStream } from '../../../src/engine/rng';

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
      const out = new Float64Array(n);
      fillBeta(createStream(`beta-${a}-${b}`), a, b, out, 0, n);
      const xs = Array.from(out);
      expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
      const { mean, variance } = moments(xs);
      const m = a / (a + b);
      const v = (a * b) / ((a + b) ** 2 * (a + b + 1));
      expect(Math.abs(mean - m)).toBeLessThan(4 * Math.sqrt(v / n));
      expect(Math.abs(variance / v - 1)).toBeLessThan(0.05);
    });
  }

  it('the same stream state gives the same draws (no hidden sampler state)', () => {
    const a = new Float64Array(100);
    const b = new Float64Array(100);
    fillBeta(createStream('same'), 0.7, 1.2, a, 0, 100);
    fillBeta(createStream('same'), 0.7, 1.2, b, 0, 100);
    expect(Array.from(a)).toEqual(Array.from(b));
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
