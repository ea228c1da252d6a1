// The monthly churn pass over one segment's customers: the engine's hot loop.
//
// Each customer leaves this month with probability p = θ × the churn multiplier of their
// sensitivity level (at most 1). Rather than draw for everyone, the pass thins: in θ band b every
// customer's p is at most pMax = BAND_TOP[b] × the largest multiplier, so the band first draws how
// many of its customers are candidates, K ~ Binomial(n, pMax), picks K of them uniformly (as a
// partial Fisher–Yates shuffle does), and lets each candidate leave with probability p / pMax. Every customer
// then leaves independently with exactly probability p, but only about as many customers are
// touched as leave. Survey answers come from the counts per taste class, word of mouth from the
// counts per sensitivity level.
import { BAND_TOP, THETA_BANDS, SENSITIVITY_BITS, SENSITIVITY_LEVELS, SENSITIVITY_MASK, STYLE_LEVELS, TASTE_CLASSES, cohortOfTag, sensitivityOf, tasteOfTag, styleOf, type Population } from './population';
import type { CustomerModel } from './scenario-types';
import { ALEA_2_32, type Stream } from './rng';
import { drawBinomial } from './distributions';
import { DETRACTOR_BELOW, PROMOTER_FROM, SATISFIED_FROM, churnMultiplier, wordOfMouthWeight } from './satisfaction';
import { clamp } from './saturation';

export interface ChurnTally {
  churned: number;
  promoters: number;
  detractors: number;
  /** Σ word-of-mouth weight of the customers who stay. */
  wordOfMouth: number;
  /** Σ θ of the customers who leave. */
  thetaLost: number;
}

/** What a kept run's report adds about the customers served in the month (a forecast's futures skip it). */
export interface SatisfactionDetail {
  satisfied: number;
  /** Σ survey answers (0–10) of the customers served this month. */
  satisfactionSum: number;
}

// Scratch tables reused by every pass (the engine is single-threaded and a pass never nests).
const experience = new Float64Array(SENSITIVITY_LEVELS);
const multiplier = new Float64Array(SENSITIVITY_MASK + 1);
const served = new Int32Array(TASTE_CLASSES);
const style = new Float64Array(STYLE_LEVELS);

export function churnPass(
  pop: Population,
  model: CustomerModel,
  shift: number,
  tasteSpread: number,
  churnFactor: number,
  cohortAlive: number[],
  draw: Stream,
): ChurnTally {
  let largest = 0;
  for (let j = 0; j < SENSITIVITY_LEVELS; j++) {
    experience[j] = clamp(model.neutralSatisfaction + (1 + sensitivityOf(j, tasteSpread)) * shift, 0, 10);
    multiplier[j] = churnMultiplier(model, experience[j]!) * churnFactor;
    if (multiplier[j]! > largest) largest = multiplier[j]!;
  }
  served.set(pop.classCount);
  const { classCount, levelCount } = pop;
  let churned = 0;
  let thetaLost = 0;
  const { theta, tag, bandStart, bandCount } = pop;
  for (let b = 0; b < THETA_BANDS; b++) {
    const n0 = bandCount[b]!;
    if (n0 === 0) continue;
    const pMax = Math.min(1, BAND_TOP[b]! * largest);
    const candidates = drawBinomial(draw, n0, pMax);
    if (candidates === 0) continue;
    // Slots [s, c) hold candidates who stay, [c, end) the customers not yet picked. Each pick is
    // uniform among the latter; a stayer is swapped to c, a leaver's slot takes the last customer.
    const s = bandStart[b]!;
    let c = s;
    let end = s + n0;
    // The picks step the stream with its state in locals (uniform(draw), inlined: V8 then keeps
    // it in registers; about 1.5 % of a forecast), written back before the next band's binomial.
    let { s0, s1, s2, c: carry } = draw;
    for (let pick = 0; pick < candidates; pick++) {
      let u = 2091639 * s0 + carry * ALEA_2_32;
      s0 = s1; s1 = s2; carry = u | 0; s2 = u - carry;
      const r = c + Math.floor(s2 * (end - c));
      const g = tag[r]!;
      const k = tasteOfTag(g);
      u = 2091639 * s0 + carry * ALEA_2_32;
      s0 = s1; s1 = s2; carry = u | 0; s2 = u - carry;
      if (s2 * pMax < theta[r]! * multiplier[k & SENSITIVITY_MASK]!) {
        churned++;
        thetaLost += theta[r]!;
        classCount[k]!--;
        levelCount[k & SENSITIVITY_MASK]!--;
        cohortAlive[cohortOfTag(g)]!--;
        end--;
        theta[r] = theta[end]!;
        tag[r] = tag[end]!;
      } else {
        const t = theta[r]!; theta[r] = theta[c]!; theta[c] = t;
        tag[r] = tag[c]!; tag[c] = g;
        c++;
      }
    }
    draw.s0 = s0; draw.s1 = s1; draw.s2 = s2; draw.c = carry;
    bandCount[b] = end - s;
  }
  pop.count -= churned;

  let promoters = 0;
  let detractors = 0;
  let wordOfMouth = 0;
  for (let l = 0; l < STYLE_LEVELS; l++) style[l] = styleOf(l, model.answerSpread) + model.answerShift;
  // An answer is clamp(felt + style, 0, 10), and style rises with its level (answerSpread ≥ 0):
  // detractors are the style levels below `low`, promoters those from `high` on. Each threshold is
  // walked from the last sensitivity level's (right in any order, and short: felt experience moves
  // one way with sensitivity).
  let low = 0;
  let high = 0;
  for (let j = 0; j < SENSITIVITY_LEVELS; j++) {
    const felt = experience[j]!;
    low = firstLevelFrom(felt, DETRACTOR_BELOW, low);
    high = firstLevelFrom(felt, PROMOTER_FROM, high);
    for (let l = 0; l < low; l++) detractors += served[(l << SENSITIVITY_BITS) | j]!;
    for (let l = high; l < STYLE_LEVELS; l++) promoters += served[(l << SENSITIVITY_BITS) | j]!;
    wordOfMouth += levelCount[j]! * wordOfMouthWeight(model, felt);
  }
  return { churned, promoters, detractors, wordOfMouth, thetaLost };
}

/** The first style level whose answer (felt + style, from the scratch table) is at least `from`;
 * STYLE_LEVELS if none. The search walks from level `near`. */
function firstLevelFrom(felt: number, from: number, near: number): number {
  let l = near;
  while (l > 0 && felt + style[l - 1]! >= from) l--;
  while (l < STYLE_LEVELS && felt + style[l]! < from) l++;
  return l;
}

/** Satisfied customers and the sum of answers among those served in the churn pass just made
 * (its experience, answering styles and served counts are still in the scratch tables). */
export function satisfactionDetail(): SatisfactionDetail {
  let satisfied = 0;
  let satisfactionSum = 0;
  for (let j = 0; j < SENSITIVITY_LEVELS; j++) {
    const felt = experience[j]!;
    for (let l = 0; l < STYLE_LEVELS; l++) {
      const count = served[(l << SENSITIVITY_BITS) | j]!;
      if (count === 0) continue;
      const answer = clamp(felt + style[l]!, 0, 10);
      satisfactionSum += count * answer;
      if (answer >= SATISFIED_FROM) satisfied += count;
    }
  }
  return { satisfied, satisfactionSum };
}
