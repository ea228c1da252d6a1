// Customer lifetime value in closed form, with + − × ÷ only (identical in every JS engine).
// Timing (Fader & Hardie 2012): the customer pays in the month of acquisition and then in every
// month they are still active; money is discounted at rate d per month.

/** Homogeneous retention r: m·(1+d)/(1+d−r) (Gupta & Lehmann 2003). */
export function clvHomogeneous(margin: number, retention: number, discount: number): number {
  return (margin * (1 + discount)) / (1 + discount - retention);
}

/**
 * Discounted expected lifetime of the shifted-beta-geometric model (Fader & Hardie 2010):
 * DEL(d|α,β) = Σ_{t≥0} S(t)/(1+d)^t = ₂F₁(1, β; α+β; 1/(1+d)), with survival
 * S(t+1) = S(t)·(β+t)/(α+β+t). The series is summed until its tail is below 1e-12 of the sum.
 */
export function discountedExpectedLifetime(discount: number, alpha: number, beta: number): number {
  const v = 1 / (1 + discount);
  let survival = 1;
  let weight = 1;
  let sum = 0;
  for (let t = 0; t < 200_000; t++) {
    const term = survival * weight;
    sum += term;
    // The terms fall at least geometrically with ratio v·(β+t)/(α+β+t) < v, so the tail after this
    // term is below term·v/(1−v).
    if (term * v < 1e-12 * sum * (1 - v)) break;
    survival = (survival * (beta + t)) / (alpha + beta + t);
    weight *= v;
  }
  return sum;
}

/** sBG survival S(t) = B(α, β+t)/B(α, β), by the same recursion. */
export function sbgSurvival(alpha: number, beta: number, t: number): number {
  let s = 1;
  for (let k = 0; k < t; k++) s = (s * (beta + k)) / (alpha + beta + k);
  return s;
}

/**
 * Σ_{t≥from} S(t)·v^t·w(t) for survival S(t) = Π_{j<t} (β+j)/(α+β+j) (sBG; α = 0 means one churn
 * rate c with S(t) = (1−c)^t, passed as β = 1 − c) and a weight w(t) = min((t + offset)/12, cap)
 * (years of tenure, capped; `offset` = the tenure in months already reached at t = 0), or 1 when
 * `cap` is null. Summed until the tail is below 1e-12 of the sum (terms fall at least geometrically
 * with ratio v).
 */
export function survivalSum(discount: number, alpha: number, beta: number, from: number, cap: number | null, offset = 0): number {
  const v = 1 / (1 + discount);
  const homogeneous = alpha === 0;
  let survival = 1;
  let weight = 1;
  let sum = 0;
  for (let t = 0; t < 200_000; t++) {
    if (t >= from) {
      const years = cap === null ? 1 : Math.min((t + offset) / 12, cap);
      sum += survival * weight * years;
      if (t > from + 12 && survival * weight * v < 1e-12 * sum * (1 - v)) break;
    }
    survival *= homogeneous ? beta : (beta + t) / (alpha + beta + t);
    weight *= v;
  }
  return sum;
}
