// New customers: each draws a churn propensity θ (from the segment's churn distribution) and a
// taste class, and is written straight into its θ band. This loop runs for every customer ever
// acquired, so it keeps the population's arrays in local variables, reading them again only when a
// band runs out of room and the arrays are replaced.
import { betaBand, betaQuantile, betaTable } from './beta-quantiles';
import { SENSITIVITY_MASK, bandOf, makeRoom, tagOf, type Population } from './population';
import { ALEA_2_32, type Stream } from './rng';
import type { Churn } from './scenario-types';
import { drawTasteClass } from './taste-draw';

/**
 * Adds `count` customers acquired in month `cohort` to `pop`, drawing from `traits` one uniform for
 * θ (Beta churn only) and then one for taste, per customer. Returns `thetaSum` (a running total
 * of θ) with each newcomer's θ added in turn.
 */
export function addNewcomers(pop: Population, churn: Churn, count: number, cohort: number, traits: Stream, thetaSum: number): number {
  const table = churn.kind === 'beta' ? betaTable(churn.alpha, churn.beta) : null;
  // Unary plus: V8 then knows θ is a number on every path into the loop and keeps it unboxed
  // (measured: about 4 % of a forecast).
  const rate = churn.kind === 'rate' ? +churn.rate : 0;
  const rateBand = bandOf(rate);
  const { bandStart, bandCount, classCount, levelCount } = pop;
  let thetas = pop.theta;
  let tags = pop.tag;
  // The running total and the stream's state live in locals for the loop: V8 then keeps them in
  // registers and boxes no number per newcomer (measured: about 4 % of a forecast).
  let sum = +thetaSum;
  let { s0, s1, s2, c } = traits;
  for (let i = 0; i < count; i++) {
    let theta = rate;
    let band = rateBand;
    let t: number;
    if (table !== null) {
      // uniform(traits), inlined (rng.ts).
      t = 2091639 * s0 + c * ALEA_2_32;
      s0 = s1; s1 = s2; c = t | 0; s2 = t - c;
      theta = betaQuantile(table, s2);
      band = betaBand(table, s2, theta);
    }
    t = 2091639 * s0 + c * ALEA_2_32;
    s0 = s1; s1 = s2; c = t | 0; s2 = t - c;
    const taste = drawTasteClass(s2);
    let slot = bandStart[band]! + bandCount[band]!;
    if (slot === bandStart[band + 1]) {
      makeRoom(pop, band);
      thetas = pop.theta;
      tags = pop.tag;
      slot = bandStart[band]! + bandCount[band]!;
    }
    bandCount[band]!++;
    thetas[slot] = theta;
    tags[slot] = tagOf(cohort, taste);
    classCount[taste]!++;
    levelCount[taste & SENSITIVITY_MASK]!++;
    sum += theta;
  }
  traits.s0 = s0; traits.s1 = s1; traits.s2 = s2; traits.c = c;
  pop.count += count;
  return sum;
}
