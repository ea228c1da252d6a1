// Retention economics in the model's own numbers (F1, F10): how much a customer of a segment is
// worth (predicted CLV at neutral service, tenure growth included) when the share of customers kept
// over a year rises by a few percentage points. The lesson on relationship economics quotes it.
import { sbgSurvival } from '../model/clv-math';
import { predictedClv, scaledChurn } from '../model/clv-predicted';
import type { Scenario } from '../model/scenario-types';

export interface RetentionGain {
  readonly segment: string;
  /** Share of a new cohort still there after 12 months, before and after. */
  readonly annualBefore: number;
  readonly annualAfter: number;
  /** Predicted CLV of a new customer, before and after. */
  readonly clvBefore: number;
  readonly clvAfter: number;
  /** clvAfter ÷ clvBefore − 1. */
  readonly change: number;
}

/** The share of a new cohort kept for 12 months when every customer's churn is multiplied by `g`. */
function annualRetention(scenario: Scenario, segmentId: string, g: number): number {
  const churn = scenario.segments.find((s) => s.id === segmentId)!.churn;
  const scaled = scaledChurn(churn, g, 0);
  return churn.kind === 'rate' ? scaled.beta ** 12 : sbgSurvival(scaled.alpha, scaled.beta, 12);
}

/** A new customer's CLV when churn is multiplied by `g` (neutral service otherwise). */
function clvAt(scenario: Scenario, segmentId: string, g: number): number {
  const segment = scenario.segments.find((s) => s.id === segmentId)!;
  const { tenure } = scenario.model;
  const slope = segment.margin * tenure.marginPerYear + segment.serveCost * tenure.serveSavingPerYear;
  return predictedClv(segment, scenario.model, segment.margin - segment.serveCost, slope, 0, g, scenario.discountRate);
}

/** The CLV of a new customer of `segmentId` before and after annual retention rises by `points` (0.05 = five points). */
export function retentionGain(scenario: Scenario, segmentId: string, points = 0.05): RetentionGain {
  if (!scenario.segments.some((s) => s.id === segmentId)) throw new Error(`no segment "${segmentId}"`);
  const before = annualRetention(scenario, segmentId, 1);
  const target = Math.min(0.999, before + points);
  // Annual retention falls as the churn multiplier rises: bisect for the multiplier that reaches the target.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (annualRetention(scenario, segmentId, mid) > target) lo = mid;
    else hi = mid;
  }
  const g = (lo + hi) / 2;
  const clvBefore = clvAt(scenario, segmentId, 1);
  const clvAfter = clvAt(scenario, segmentId, g);
  return { segment: segmentId, annualBefore: before, annualAfter: annualRetention(scenario, segmentId, g), clvBefore, clvAfter, change: clvAfter / clvBefore - 1 };
}
