// Exact binomial and beta draws from stdlib's pure-JS samplers, driven by our seeded streams
// (stdlib's own ln/exp/pow are plain JavaScript, so every engine gets the same numbers).
import binomialFactory from '@stdlib/random-base-binomial';
import betaFactory from '@stdlib/random-base-beta';
import type { Stream } from './rng';

export function drawBinomial(stream: Stream, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  return binomialFactory.factory({ prng: stream })(n, p);
}

/** A reusable Beta(α, β) sampler on one stream. */
export function betaSampler(stream: Stream): (alpha: number, beta: number) => number {
  return betaFactory.factory({ prng: stream });
}
