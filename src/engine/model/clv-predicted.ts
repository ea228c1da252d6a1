// Predicted lifetime value of a customer acquired this month, at this month's service: the net
// margin times the expected discounted lifetime, with the churn multiplier at the segment's mean
// satisfaction. With neutral service it is exactly m·(1+d)/(1+d−r) or m·DEL(d|α,β).
import { clvHomogeneous, discountedExpectedLifetime } from './clv-math';
import { churnMultiplier } from './satisfaction';
import type { CustomerModel, Segment } from './scenario-types';

// DEL is a pure function; forecasts ask for the same arguments many times, so it is memoised
// (keyed by numbers, discount → α → β, to avoid building strings on the hot path).
const delCache = new Map<number, Map<number, Map<number, number>>>();
let cachedEntries = 0;

function cachedDel(discount: number, alpha: number, beta: number): number {
  let byAlpha = delCache.get(discount);
  if (!byAlpha) delCache.set(discount, (byAlpha = new Map()));
  let byBeta = byAlpha.get(alpha);
  if (!byBeta) byAlpha.set(alpha, (byBeta = new Map()));
  let value = byBeta.get(beta);
  if (value === undefined) {
    value = discountedExpectedLifetime(discount, alpha, beta);
    if (++cachedEntries > 4096) {
      delCache.clear();
      cachedEntries = 0;
    }
    byBeta.set(beta, value);
  }
  return value;
}

export function predictedClv(
  segment: Segment,
  model: CustomerModel,
  netMargin: number,
  satisfactionShift: number,
  churnFactor: number,
  discount: number,
): number {
  const g = churnMultiplier(model, model.neutralSatisfaction + satisfactionShift) * churnFactor;
  const churn = segment.churn;
  if (churn.kind === 'rate') {
    const r = 1 - Math.min(1, churn.rate * g);
    return clvHomogeneous(netMargin, r, discount);
  }
  if (g === 1) return netMargin * cachedDel(discount, churn.alpha, churn.beta);
  // Scale every customer's churn by g, approximated by keeping α and moving β so the mean churn
  // α/(α+β) is multiplied by g.
  const betaScaled = Math.max(0.05, (churn.alpha + churn.beta) / Math.max(g, 1e-6) - churn.alpha);
  return netMargin * cachedDel(discount, churn.alpha, betaScaled);
}
