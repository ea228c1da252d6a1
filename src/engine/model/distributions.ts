// Exact binomial draws from stdlib's pure-JS sampler (BTPE / inversion), driven by our seeded
// streams; stdlib's ln/exp/pow are plain JavaScript, so every engine gets the same numbers. The
// binomial sampler keeps no state of its own (it only calls the stream), so one per stream is reused.
import binomialFactory from '@stdlib/random-base-binomial';
import type { Stream } from './rng';

type BinomialSampler = (n: number, p: number) => number;
const samplers = new WeakMap<Stream, BinomialSampler>();

export function drawBinomial(stream: Stream, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  let sample = samplers.get(stream);
  if (!sample) {
    sample = binomialFactory.factory({ prng: stream });
    samplers.set(stream, sample);
  }
  return sample(n, p);
}
