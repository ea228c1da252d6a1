// Child streams (forecast futures reseed with them) must be independent of their parent and siblings.
import { describe, expect, it } from 'vitest';
import alea from 'seedrandom/lib/alea.js';
import { childStream, copyStream, createStream, uniform } from '../../../src/engine/model/rng';

function correlation(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('child streams', () => {
  it('are uniform and uncorrelated with their parent and their siblings, lag by lag', () => {
    const parents = 2_000;
    const lags = 4;
    // For each parent: two children, then the parent's own next draws.
    const first: number[][] = Array.from({ length: lags }, () => []);
    const second: number[][] = Array.from({ length: lags }, () => []);
    const parentNext: number[][] = Array.from({ length: lags }, () => []);
    for (let i = 0; i < parents; i++) {
      const parent = createStream(`parent-${i}`);
      const a = childStream(parent);
      const b = childStream(parent);
      for (let k = 0; k < lags; k++) {
        first[k]!.push(uniform(a));
        second[k]!.push(uniform(b));
        parentNext[k]!.push(uniform(parent));
      }
    }
    const limit = 4 / Math.sqrt(parents);
    for (let j = 0; j < lags; j++) {
      for (let k = 0; k < lags; k++) {
        expect(Math.abs(correlation(first[j]!, second[k]!))).toBeLessThan(limit);
        expect(Math.abs(correlation(first[j]!, parentNext[k]!))).toBeLessThan(limit);
        expect(Math.abs(correlation(second[j]!, parentNext[k]!))).toBeLessThan(limit);
      }
      const mean = first[j]!.reduce((x, y) => x + y, 0) / parents;
      expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / parents));
    }
  });

  it('is a function of the parent\'s state only', () => {
    const a = childStream(createStream('same'));
    const b = childStream(createStream('same'));
    expect(Array.from({ length: 50 }, () => uniform(a))).toEqual(Array.from({ length: 50 }, () => uniform(b)));
  });
});

describe('streams as data', () => {
  it('draw exactly the numbers of seedrandom\'s Alea for the same seed', () => {
    for (const seed of ['', 'coffee', 'golden-coffee-chain/churn/regulars', 'ünïcode ✓']) {
      const reference = alea(seed);
      const stream = createStream(seed);
      for (let i = 0; i < 2_000; i++) expect(uniform(stream)).toBe(reference());
    }
  });

  it('are plain records: a copy, a structured clone or a JSON round trip continues identically', () => {
    const s = createStream('copy');
    for (let i = 0; i < 10; i++) uniform(s);
    const copies = [copyStream(s), structuredClone(s), JSON.parse(JSON.stringify(s)) as typeof s];
    const next = Array.from({ length: 100 }, () => uniform(s));
    for (const c of copies) expect(Array.from({ length: 100 }, () => uniform(c))).toEqual(next);
  });
});
