// Exact binomial draws with stdlib's pure-JS sampler (inversion for small n·p, BTPE otherwise),
// driven by our seeded streams; stdlib's ln/exp/pow are plain JavaScript, so every engine gets the
// same numbers. We call the sampling function directly rather than stdlib's factory: it keeps no
// state of its own (it only calls the stream), and building a factory per stream cost more than
// the draws in forecasts, which make fresh streams for every future.
import sampleBinomial from '@stdlib/random-base-binomial/lib/binomial.js';
import type { Stream } from './rng';

export function drawBinomial(stream: Stream, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  return sampleBinomial(stream, n, p);
}
