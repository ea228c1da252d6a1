// Customer equity: what the customers a run ends with are worth, so that the score values the base
// a player built and not only the profit taken (F11: cutting relationship spend at the end does not
// pay). Each cohort is valued at the service the last month's spend keeps buying once its levels
// have ramped: its expected discounted future margin (growing with tenure) less the retention and
// expansion part of that spend per customer. Survivors of d churn draws have θ ~ Beta(α, β + d)
// (the sBG posterior), so older cohorts are worth more per head.
import { lifetimeSum, scaledChurn, tenureSum } from './clv-predicted';
import type { RunState } from './run-state';
import type { Scenario } from './scenario-types';
import { churnMultiplier } from './satisfaction';
import { scenarioTables } from './scenario-tables';
import { fundedLevels, segmentEffects, strengths } from './service-effects';
import { TYPE_COUNT } from './relationship-types';

const NO_EVENTS = { acquisition: 1, wordOfMouth: 1, satisfaction: 0, churn: 1, margin: 1 };

export interface Equity {
  /** The whole base, in the scenario's currency. */
  readonly total: number;
  /** Per segment id. */
  readonly bySegment: Readonly<Record<string, number>>;
}

export interface EquityOptions {
  /** Round each segment's churn multiplier to a multiple of this (forecasts: futures whose service
   * differs by a hair then share their lifetime sums, which are memoised; the score never rounds). */
  readonly churnStep?: number;
}

// The lifetime and tenure sums of every cohort depend only on the scenario, the segment, the month
// and the churn multiplier, which a forecast's futures mostly share (churnStep): kept per scenario,
// a few thousand at most.
const sumsByScenario = new WeakMap<Scenario, Map<string, Float64Array>>();
const MAX_KEPT_SUMS = 4096;

/** For each cohort k of segment `s` at the end of `run`'s month: [lifetime sum, tenure sum] at 2k, 2k + 1. */
function cohortSums(run: RunState, s: number, g: number): Float64Array {
  const { scenario, month } = run;
  let kept = sumsByScenario.get(scenario);
  if (kept === undefined) sumsByScenario.set(scenario, (kept = new Map()));
  const key = `${s} ${month} ${g}`;
  let sums = kept.get(key);
  if (sums !== undefined) return sums;
  const segment = scenario.segments[s]!;
  const { discountRate } = scenario;
  const tenure = scenario.model.tenure;
  // Cohorts are the months 0 … month (the cohort of month k is acquired in month k).
  sums = new Float64Array(2 * (month + 1));
  for (let k = 0; k <= month; k++) {
    const age = month - k;
    const churn = scaledChurn(segment.churn, g, k === 0 ? month : age + 1);
    sums[2 * k] = lifetimeSum(discountRate, churn, 0);
    sums[2 * k + 1] = tenure.maxYears > 0 ? tenureSum(discountRate, churn, 0, tenure.maxYears, age + 1) : 0;
  }
  if (kept.size >= MAX_KEPT_SUMS) kept.clear();
  kept.set(key, sums);
  return sums;
}

/** The equity of `run`'s customers at the end of its last month; `spendCents` is that month's spend per segment and type. */
export function customerEquity(run: RunState, spendCents: readonly (readonly number[])[], options: EquityOptions = {}): Equity {
  const { scenario } = run;
  const { model, discountRate } = scenario;
  const tenure = model.tenure;
  const tables = scenarioTables(scenario);
  const v = 1 / (1 + discountRate);
  const bySegment: Record<string, number> = {};
  let total = 0;
  run.segments.forEach((state, s) => {
    const segment = scenario.segments[s]!;
    const customers = state.pop.count;
    let value = 0;
    if (customers > 0) {
      const spend = spendCents[s] ?? [];
      const levels = fundedLevels(tables, s, spend, customers);
      const effects = segmentEffects(scenario, tables, s, levels, strengths(tables, levels, customers), state.coCreated, NO_EVENTS);
      const exact = churnMultiplier(model, model.neutralSatisfaction + effects.satisfactionShift);
      const step = options.churnStep ?? 0;
      const g = step > 0 ? Math.max(step, Math.round(exact / step) * step) : exact;
      const margin = segment.margin * (1 + effects.expansionShare);
      const serve = segment.serveCost * effects.serveCostShare;
      let keepCents = 0;
      for (let k = 0; k < TYPE_COUNT; k++) {
        const m = tables.types[k]!.motivations;
        keepCents += (spend[k] ?? 0) * (m.retention + m.expansion);
      }
      const base = margin - serve - keepCents / 100 / customers;
      const slope = margin * tenure.marginPerYear + serve * tenure.serveSavingPerYear;
      const sums = cohortSums(run, s, g);
      for (let k = 0; k < state.cohortAlive.length; k++) {
        const alive = state.cohortAlive[k]!;
        if (alive === 0) continue;
        // Next month they all pay, then face the next draw: Σ_{u≥0} S(u)·v^(u+1)·margin at tenure age + 1 + u.
        let each = base * sums[2 * k]!;
        if (slope !== 0 && tenure.maxYears > 0) each += slope * sums[2 * k + 1]!;
        value += alive * v * each;
      }
    }
    bySegment[segment.id] = Math.round(value * 100) / 100;
    total += value;
  });
  return { total: Math.round(total * 100) / 100, bySegment };
}
