// The monthly churn pass over one segment's customers: the engine's hot loop. Satisfaction depends
// only on the segment's shift and the customer's taste class, so it is tabulated first; the loop
// then makes one uniform draw per customer (leave if u < θ × churn multiplier of their sensitivity
// level) and counts customers per taste class. Survey answers and word of mouth come from those
// counts afterwards.
import { SENSITIVITY_BITS, SENSITIVITY_LEVELS, SENSITIVITY_MASK, STYLE_LEVELS, TASTE_CLASSES, sensitivityOf, styleOf, type Population } from './population';
import type { CustomerModel } from './scenario-types';
import type { Stream } from './rng';
import { DETRACTOR_BELOW, PROMOTER_FROM, SATISFIED_FROM, churnMultiplier, wordOfMouthWeight } from './satisfaction';
import { clamp } from './saturation';

export interface ChurnTally {
  churned: number;
  promoters: number;
  detractors: number;
  satisfied: number;
  /** Σ survey answers (0–10) of the customers served this month. */
  satisfactionSum: number;
  /** Σ word-of-mouth weight of the customers who stay. */
  wordOfMouth: number;
  /** Σ θ of the customers who stay (part of the state fingerprint). */
  thetaSum: number;
}

// Scratch tables reused by every pass (the engine is single-threaded and a pass never nests).
const experience = new Float64Array(SENSITIVITY_MASK + 1);
const multiplier = new Float64Array(SENSITIVITY_MASK + 1);
const served = new Uint32Array(TASTE_CLASSES);
const left = new Uint32Array(TASTE_CLASSES);

export function churnPass(
  pop: Population,
  model: CustomerModel,
  shift: number,
  tasteSpread: number,
  churnFactor: number,
  cohortAlive: number[],
  draw: Stream,
): ChurnTally {
  for (let j = 0; j < SENSITIVITY_LEVELS; j++) {
    experience[j] = clamp(model.neutralSatisfaction + (1 + sensitivityOf(j, tasteSpread)) * shift, 0, 10);
    multiplier[j] = churnMultiplier(model, experience[j]!) * churnFactor;
  }
  served.fill(0);
  left.fill(0);
  const { theta, taste, cohort } = pop;
  let n = pop.count;
  let churned = 0;
  let thetaSum = 0;
  let i = 0;
  while (i < n) {
    const k = taste[i]!;
    served[k]!++;
    if (draw() < theta[i]! * multiplier[k & SENSITIVITY_MASK]!) {
      churned++;
      left[k]!++;
      cohortAlive[cohort[i]!]!--;
      n--;
      theta[i] = theta[n]!;
      taste[i] = taste[n]!;
      cohort[i] = cohort[n]!;
    } else {
      thetaSum += theta[i]!;
      i++;
    }
  }
  pop.count = n;

  let promoters = 0;
  let detractors = 0;
  let satisfied = 0;
  let satisfactionSum = 0;
  let wordOfMouth = 0;
  for (let j = 0; j < SENSITIVITY_LEVELS; j++) {
    const felt = experience[j]!;
    const weight = wordOfMouthWeight(model, felt);
    for (let l = 0; l < STYLE_LEVELS; l++) {
      const k = (l << SENSITIVITY_BITS) | j;
      const count = served[k]!;
      if (count === 0) continue;
      const answer = clamp(felt + styleOf(l, model.answerSpread), 0, 10);
      satisfactionSum += count * answer;
      if (answer >= PROMOTER_FROM) promoters += count;
      else if (answer < DETRACTOR_BELOW) detractors += count;
      if (answer >= SATISFIED_FROM) satisfied += count;
      wordOfMouth += (count - left[k]!) * weight;
    }
  }
  return { churned, promoters, detractors, satisfied, satisfactionSum, wordOfMouth, thetaSum };
}
