// The monthly churn pass over one segment's customers: the engine's hot loop. Each customer
// experiences the segment's satisfaction shift scaled by their own sensitivity, answers the survey
// (experience plus their answering style), and leaves with probability θ × churn multiplier of
// their experience (one uniform draw each). Survivors' word of mouth is summed for next month.
import type { Population } from './population';
import type { CustomerModel } from './scenario-types';
import type { Stream } from './rng';
import { DETRACTOR_BELOW, PROMOTER_FROM, SATISFIED_FROM } from './satisfaction';

export interface ChurnTally {
  churned: number;
  promoters: number;
  detractors: number;
  satisfied: number;
  satisfactionSum: number;
  /** Σ word-of-mouth weight of the customers who stay. */
  wordOfMouth: number;
  /** Σ θ of the customers who stay (part of the state fingerprint). */
  thetaSum: number;
}

export function churnPass(
  pop: Population,
  model: CustomerModel,
  shift: number,
  churnFactor: number,
  cohortAlive: number[],
  draw: Stream,
): ChurnTally {
  const neutral = model.neutralSatisfaction;
  const relief = model.churnReliefPerPoint;
  const floor = model.minChurnMultiplier;
  const rise = model.churnRisePerPoint;
  const advocacy = model.advocacyPerPoint;
  const detraction = model.detractionPerPoint;
  // Module constants copied to locals: the loop then reads registers, not module bindings.
  const promoterFrom = PROMOTER_FROM;
  const detractorBelow = DETRACTOR_BELOW;
  const satisfiedFrom = SATISFIED_FROM;
  const { theta, sensitivity, style, cohort } = pop;
  let n = pop.count;
  let churned = 0;
  let promoters = 0;
  let detractors = 0;
  let satisfied = 0;
  let satisfactionSum = 0;
  let wordOfMouth = 0;
  let thetaSum = 0;
  let i = 0;
  while (i < n) {
    let sat = neutral + (1 + sensitivity[i]!) * shift;
    if (sat < 0) sat = 0;
    else if (sat > 10) sat = 10;
    let multiplier: number;
    let weight: number;
    if (sat >= neutral) {
      multiplier = 1 - relief * (sat - neutral);
      if (multiplier < floor) multiplier = floor;
      weight = 1 + advocacy * (sat - neutral);
    } else {
      multiplier = 1 + rise * (neutral - sat);
      weight = 1 - detraction * (neutral - sat);
    }
    // The survey answer adds the customer's answering style; behaviour follows the experience.
    let answer = sat + style[i]!;
    if (answer < 0) answer = 0;
    else if (answer > 10) answer = 10;
    satisfactionSum += answer;
    if (answer >= promoterFrom) promoters++;
    else if (answer < detractorBelow) detractors++;
    if (answer >= satisfiedFrom) satisfied++;
    if (draw() < theta[i]! * multiplier * churnFactor) {
      churned++;
      cohortAlive[cohort[i]!]!--;
      n--;
      theta[i] = theta[n]!;
      sensitivity[i] = sensitivity[n]!;
      style[i] = style[n]!;
      cohort[i] = cohort[n]!;
    } else {
      wordOfMouth += weight;
      thetaSum += theta[i]!;
      i++;
    }
  }
  pop.count = n;
  return { churned, promoters, detractors, satisfied, satisfactionSum, wordOfMouth, thetaSum };
}
