// Tenure economics: a customer's margin grows, their cost to serve falls and their word of mouth
// carries further with every year they stay, up to a cap (scenario data, model.tenure; all zero =
// no tenure effect, and then every sum here is exactly the plain count). Ages come from cohorts:
// a customer acquired in month k is m − k months old in month m (the starting customers, k = 0,
// count from the start of the game).
import type { Tenure } from './scenario-types';

/** Years of tenure that count, for a customer `ageMonths` old. */
export function tenureYears(tenure: Tenure, ageMonths: number): number {
  const years = ageMonths / 12;
  return years < tenure.maxYears ? years : tenure.maxYears;
}

export function hasTenureEffects(tenure: Tenure): boolean {
  return tenure.marginPerYear !== 0 || tenure.serveSavingPerYear !== 0 || tenure.referralPerYear !== 0;
}

/**
 * Σ over cohorts of (customers alive) × (1 + perYear × years of tenure) in month `month`: the
 * customer count weighted by a tenure effect. With perYear = 0 it is the count itself.
 */
export function tenureWeighted(cohortAlive: readonly number[], month: number, tenure: Tenure, perYear: number): number {
  let sum = 0;
  if (perYear === 0) {
    for (let k = 0; k < cohortAlive.length; k++) sum += cohortAlive[k]!;
    return sum;
  }
  for (let k = 0; k < cohortAlive.length; k++) {
    const alive = cohortAlive[k]!;
    if (alive > 0) sum += alive * (1 + perYear * tenureYears(tenure, month - k));
  }
  return sum;
}
