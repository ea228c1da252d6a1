// Predicted lifetime value of a customer acquired this month, at this month's service: the net
// margin times the expected discounted lifetime, plus what tenure adds (the margin grows and the cost
// to serve falls with every year), with the churn multiplier at the segment's mean satisfaction.
// With neutral service and no tenure effect it is exactly m·(1+d)/(1+d−r) or m·DEL(d|α,β).
import { clvHomogeneous, discountedExpectedLifetime, survivalSum } from './clv-math';
import { churnMultiplier } from './satisfaction';
import type { Churn, CustomerModel, Segment } from './scenario-types';

// DEL and the tenure sums are pure functions; forecasts ask for the same arguments many times, so
// they are memoised by a numeric key.
const cache = new Map<string, number>();

function cached(key: string, compute: () => number): number {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    if (cache.size > 4096) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/** The churn distribution of customers who have already faced `draws` churn draws, every customer's
 * churn multiplied by `g` (approximated for Beta churn by keeping α and moving β so that the mean
 * churn α/(α+β) is multiplied by g). α = 0 stands for one rate, β then being the retention. */
export function scaledChurn(churn: Churn, g: number, draws: number): { alpha: number; beta: number } {
  if (churn.kind === 'rate') return { alpha: 0, beta: 1 - Math.min(1, churn.rate * g) };
  // Survivors of `draws` draws have θ ~ Beta(α, β + draws) (the sBG posterior).
  const beta = churn.beta + draws;
  if (g === 1) return { alpha: churn.alpha, beta };
  return { alpha: churn.alpha, beta: Math.max(0.05, (churn.alpha + beta) / Math.max(g, 1e-6) - churn.alpha) };
}

/** Σ S(t)v^t·min((t + offset)/12, cap) from month `from` on, memoised. */
export function tenureSum(discount: number, churn: { alpha: number; beta: number }, from: number, cap: number, offset = 0): number {
  return cached(`t/${discount}/${churn.alpha}/${churn.beta}/${from}/${cap}/${offset}`, () => survivalSum(discount, churn.alpha, churn.beta, from, cap, offset));
}

/** Σ S(t)v^t from month `from` on, memoised (from = 0: the discounted expected lifetime). */
export function lifetimeSum(discount: number, churn: { alpha: number; beta: number }, from: number): number {
  if (from === 0 && churn.alpha > 0) return cached(`d/${discount}/${churn.alpha}/${churn.beta}`, () => discountedExpectedLifetime(discount, churn.alpha, churn.beta));
  return cached(`l/${discount}/${churn.alpha}/${churn.beta}/${from}`, () => survivalSum(discount, churn.alpha, churn.beta, from, null));
}

/**
 * CLV of a customer acquired now: net margin per month `netMargin` (margin with expansion, less the
 * cost to serve), and what tenure adds per year: `tenureSlope` (margin × marginPerYear + cost to
 * serve × serveSavingPerYear, per month).
 */
export function predictedClv(
  segment: Segment,
  model: CustomerModel,
  netMargin: number,
  tenureSlope: number,
  satisfactionShift: number,
  churnFactor: number,
  discount: number,
): number {
  const g = churnMultiplier(model, model.neutralSatisfaction + satisfactionShift) * churnFactor;
  const churn = scaledChurn(segment.churn, g, 0);
  const base = segment.churn.kind === 'rate' ? clvHomogeneous(netMargin, churn.beta, discount) : netMargin * lifetimeSum(discount, churn, 0);
  if (tenureSlope === 0 || model.tenure.maxYears === 0) return base;
  return base + tenureSlope * tenureSum(discount, churn, 0, model.tenure.maxYears);
}
