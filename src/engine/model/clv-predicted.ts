// Predicted lifetime value of a customer acquired this month, at this month's service: the net
// margin times the expected discounted lifetime, plus what tenure adds (the margin grows and the cost
// to serve falls with every year), with the churn multiplier at the segment's mean satisfaction.
// With neutral service and no tenure effect it is exactly m·(1+d)/(1+d−r) or m·DEL(d|α,β).
import { clvHomogeneous, discountedExpectedLifetime, survivalSum } from './clv-math';
import { churnMultiplier } from './satisfaction';
import type { Churn, CustomerModel, Segment } from './scenario-types';

// DEL and the tenure sums are pure functions; forecasts and counterfactuals ask for the same
// arguments many times, so they are memoised, keyed by numbers (building string keys from floats
// cost more than a cache hit saves): discount and α, then β, then the small integers of the sum.
type Memo = Map<number, Map<number, Map<number, number>>>;
const memo = new Map<number, Memo>();
let memoSize = 0;

function cached(kind: number, discount: number, alpha: number, beta: number, small: number, compute: () => number): number {
  let byDiscount = memo.get(discount);
  if (byDiscount === undefined) memo.set(discount, (byDiscount = new Map()));
  let byAlpha = byDiscount.get(alpha);
  if (byAlpha === undefined) byDiscount.set(alpha, (byAlpha = new Map()));
  let byBeta = byAlpha.get(beta);
  if (byBeta === undefined) byAlpha.set(beta, (byBeta = new Map()));
  const key = small * 4 + kind;
  let value = byBeta.get(key);
  if (value === undefined) {
    value = compute();
    if (++memoSize > 20_000) {
      memo.clear();
      memoSize = 0;
      return value;
    }
    byBeta.set(key, value);
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
  // from, cap (years) and offset (months) are small whole numbers in every call; others are not memoised.
  if (!(Number.isInteger(from) && Number.isInteger(offset) && Number.isInteger(cap) && from >= 0 && from < 4096 && offset >= 0 && offset < 4096 && cap >= 0 && cap < 64)) {
    return survivalSum(discount, churn.alpha, churn.beta, from, cap, offset);
  }
  return cached(0, discount, churn.alpha, churn.beta, (from * 4096 + offset) * 64 + cap, () => survivalSum(discount, churn.alpha, churn.beta, from, cap, offset));
}

/** Σ S(t)v^t from month `from` on, memoised (from = 0: the discounted expected lifetime). */
export function lifetimeSum(discount: number, churn: { alpha: number; beta: number }, from: number): number {
  if (from === 0 && churn.alpha > 0) return cached(1, discount, churn.alpha, churn.beta, 0, () => discountedExpectedLifetime(discount, churn.alpha, churn.beta));
  if (!Number.isInteger(from) || from < 0) return survivalSum(discount, churn.alpha, churn.beta, from, null);
  return cached(2, discount, churn.alpha, churn.beta, from, () => survivalSum(discount, churn.alpha, churn.beta, from, null));
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
