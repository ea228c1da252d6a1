// Whole parts that add up, against hand-worked cases and a property.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wholeParts } from '../../../src/engine';

describe('wholeParts', () => {
  it('gives the leftover units to the largest remainders, ties to the earlier part', () => {
    expect(wholeParts([1778.4, 1340.45], 3119)).toEqual([1778, 1341]);
    expect(wholeParts([1 / 3, 1 / 3, 1 / 3].map((x) => x * 100), 100)).toEqual([34, 33, 33]);
    expect(wholeParts([2.5, 2.5], 5)).toEqual([3, 2]);
  });

  it('takes units back from the smallest remainders when the total is below the floors', () => {
    expect(wholeParts([3.9, 4.2, 5.5], 12)).toEqual([3, 4, 5]);
    expect(wholeParts([3.9, 4.2, 5.5], 11)).toEqual([3, 3, 5]);
  });

  it('adds up to the total and moves each part by less than one unit', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 9 }), fc.integer({ min: 0, max: 1e7 }), (weights, total) => {
      const sum = weights.reduce((a, b) => a + b, 0);
      fc.pre(sum > 0);
      const exact = weights.map((w) => (total * w) / sum);
      const parts = wholeParts(exact, total);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      parts.forEach((p, i) => expect(Math.abs(p - exact[i]!)).toBeLessThan(1 + 1e-9));
    }));
  });
});
