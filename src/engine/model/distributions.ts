// Exact binomial draws, driven by our seeded streams, using only + − × ÷, sqrt and stdlib's pure-JS
// logarithm, so every engine gets the same numbers. p > ½ draws the failures instead; then
// - n·p < 10: inversion (Kachitvichyanukul & Schmeiser's BINV, as in NumPy): walk the probabilities
//   P(0), P(1), … down from one uniform; about n·p + 1 steps.
// - otherwise: Hörmann's BTRS, transformed rejection with a squeeze, as in PyTorch and TensorFlow;
//   two uniforms per try, about 1.2 tries.
// We do not use @stdlib/random-base-binomial: its 0.2.2 sampler for n·p ≥ 10 (BTRD) multiplies in
// one factor too many when it walks from the mode, which shifts the mean (Binomial(100, 0.3) averages
// 30.48), and for n·p < 10 it sums n Bernoulli draws, which is too slow for a market of thousands.
import ln from '@stdlib/math-base-special-ln';
import { uniform, type Stream } from './rng';

/** xⁿ for a whole n ≥ 0 by repeated squaring (multiplications only). */
export function powInt(x: number, n: number): number {
  let result = 1;
  let base = x;
  let k = n;
  while (k > 0) {
    if (k % 2 === 1) result *= base;
    base *= base;
    k = Math.floor(k / 2);
  }
  return result;
}

function inversion(stream: Stream, n: number, p: number): number {
  const q = 1 - p;
  const none = powInt(q, n);
  const np = n * p;
  const bound = Math.min(n, np + 10 * Math.sqrt(np * q + 1));
  let x = 0;
  let px = none;
  let u = uniform(stream);
  while (u > px) {
    x++;
    if (x > bound) {
      // Rounding left u unspent past any plausible count: start again with a fresh uniform.
      x = 0;
      px = none;
      u = uniform(stream);
    } else {
      u -= px;
      px = ((n - x + 1) * p * px) / (x * q);
    }
  }
  return x;
}

const STIRLING_TAIL = [
  0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119,
  0.01387612882307075, 0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871,
];

/** ln k! − [(k + ½) ln(k + 1) − (k + 1) + ½ ln 2π]: the tail of Stirling's series. */
function stirlingTail(k: number): number {
  if (k < STIRLING_TAIL.length) return STIRLING_TAIL[k]!;
  const k1 = k + 1;
  const k1sq = k1 * k1;
  return (1 / 12 - (1 / 360 - 1 / 1260 / k1sq) / k1sq) / k1;
}

function transformedRejection(stream: Stream, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const r = p / q;
  const alpha = (2.83 + 5.1 / b) * spq;
  const m = Math.floor((n + 1) * p);
  for (;;) {
    const u = uniform(stream) - 0.5;
    let v = uniform(stream);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = ln((v * alpha) / (a / (us * us) + b));
    const bound =
      (m + 0.5) * ln((m + 1) / (r * (n - m + 1))) +
      (n + 1) * ln((n - m + 1) / (n - k + 1)) +
      (k + 0.5) * ln((r * (n - k + 1)) / (k + 1)) +
      stirlingTail(m) + stirlingTail(n - m) - stirlingTail(k) - stirlingTail(n - k);
    if (v <= bound) return k;
  }
}

export function drawBinomial(stream: Stream, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - drawBinomial(stream, n, 1 - p);
  return n * p < 10 ? inversion(stream, n, p) : transformedRejection(stream, n, p);
}
