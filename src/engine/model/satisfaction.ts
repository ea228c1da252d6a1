// How satisfaction changes churn and word of mouth. Exactly neutral satisfaction leaves a
// customer's churn propensity and word-of-mouth weight unchanged (so the sBG and Bass limits hold).
import type { CustomerModel } from './scenario-types';

/** Churn multiplier at satisfaction `sat` (0–10). */
export function churnMultiplier(model: CustomerModel, sat: number): number {
  const n = model.neutralSatisfaction;
  if (sat >= n) {
    const m = 1 - model.churnReliefPerPoint * (sat - n);
    return m < model.minChurnMultiplier ? model.minChurnMultiplier : m;
  }
  return 1 + model.churnRisePerPoint * (n - sat);
}

/** Word-of-mouth weight of one customer at satisfaction `sat`: 1 at neutral, negative for strong detractors. */
export function wordOfMouthWeight(model: CustomerModel, sat: number): number {
  const n = model.neutralSatisfaction;
  return sat >= n ? 1 + model.advocacyPerPoint * (sat - n) : 1 - model.detractionPerPoint * (n - sat);
}

/** A customer's survey answer is their experience plus their answering style (0–10, unrounded).
 * "How likely are you to recommend us?" (0–10) is that answer rounded: */
export const PROMOTER_FROM = 8.5; // answers 9 and 10
export const DETRACTOR_BELOW = 6.5; // answers 0 to 6
/** "How satisfied are you?" (1–5) is round(1 + 0.4 × answer); CSAT counts 4 and 5, i.e. answers of 6.25 and above. */
export const SATISFIED_FROM = 6.25;
