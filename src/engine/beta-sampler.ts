// Exact Beta(α, β) draws as a ratio of two Gamma draws (Marsaglia & Tsang 2000, "A simple method
// for generating gamma variables"), with normals from Marsaglia's polar method. Uses only + − × ÷,
// sqrt and stdlib's pure-JS ln and pow, so every JS engine draws the same numbers from the same
// stream; the sampler keeps no hidden state between calls.
import ln from '@stdlib/math-base-special-ln';
import pow from '@stdlib/math-base-special-pow';
import type { Stream } from './rng';

function standardNormal(u: Stream): number {
  for (;;) {
    const x = 2 * u() - 1;
    const y = 2 * u() - 1;
    const s = x * x + y * y;
    if (s > 0 && s < 1) return x * Math.sqrt((-2 * ln(s)) / s);
  }
}

/** Gamma(shape, 1) for shape ≥ 1. */
function gammaAtLeastOne(u: Stream, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(u);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const w = u();
    const x2 = x * x;
    if (w < 1 - 0.0331 * x2 * x2) return d * v;
    if (w > 0 && ln(w) < 0.5 * x2 + d * (1 - v + ln(v))) return d * v;
  }
}

export function drawGamma(u: Stream, shape: number): number {
  if (shape >= 1) return gammaAtLeastOne(u, shape);
  // Gamma(a) = Gamma(a + 1) · U^(1/a) for a < 1.
  let w = u();
  while (w === 0) w = u();
  return gammaAtLeastOne(u, shape + 1) * pow(w, 1 / shape);
}

export function drawBeta(u: Stream, alpha: number, beta: number): number {
  for (;;) {
    const x = drawGamma(u, alpha);
    const y = drawGamma(u, beta);
    const sum = x + y;
    if (sum > 0) return x / sum;
  }
}
