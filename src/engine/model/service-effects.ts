// How a month's spend becomes service levels, and how the levels act on one segment: adoption,
// word of mouth, satisfaction, expansion, cost to serve and privacy risk. Pure functions of data.
// Every effect depends on the segment: satisfaction on its preference for the type (a type it
// dislikes harms), every other effect on its propensity to use the type (scenario-tables.ts), so
// the same spend does different things in different segments.
import { TYPE_COUNT } from './relationship-types';
import type { ScenarioTables } from './scenario-tables';
import type { Scenario, TypeParams } from './scenario-types';
import { clamp, saturate } from './saturation';

/** The level (0–1) a month's spend would reach once fully ramped; `unitCost` is what fully serving
 * one of the segment's customers costs (per-customer types). */
export function fundedLevel(params: TypeParams, unitCost: number, spendCents: number, customers: number): number {
  if (spendCents <= 0) return 0;
  if (params.cost === 'per-customer') {
    const needed = unitCost * 100 * Math.max(1, customers);
    return needed <= 0 ? 1 : Math.min(1, spendCents / needed);
  }
  return saturate(spendCents / 100, params.halfSpend);
}

/** The levels `spendCents` would reach in segment `s` once fully ramped. */
export function fundedLevels(tables: ScenarioTables, s: number, spendCents: readonly number[], customers: number): Float64Array {
  const out = new Float64Array(TYPE_COUNT);
  const unitCosts = tables.segments[s]!.unitCosts;
  for (let k = 0; k < TYPE_COUNT; k++) out[k] = fundedLevel(tables.types[k]!, unitCosts[k]!, spendCents[k]!, customers);
  return out;
}

/** Moves each level of segment `s` towards its funded level by the type's ramp. */
export function rampLevels(tables: ScenarioTables, s: number, levels: Float64Array, spendCents: readonly number[], customers: number): void {
  const unitCosts = tables.segments[s]!.unitCosts;
  for (let k = 0; k < TYPE_COUNT; k++) {
    const params = tables.types[k]!;
    const target = fundedLevel(params, unitCosts[k]!, spendCents[k]!, customers);
    levels[k] = levels[k]! + params.ramp * (target - levels[k]!);
  }
}

/** A level's effective strength: network effects (communities) and data effects (automation). */
export function strengths(tables: ScenarioTables, levels: Float64Array, customers: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < TYPE_COUNT; k++) {
    const params = tables.types[k]!;
    let s = levels[k]!;
    if (params.networkHalf > 0) s *= saturate(customers, params.networkHalf);
    if (params.dataHalf > 0) s *= saturate(customers, params.dataHalf);
    out.push(s);
  }
  return out;
}

/** Combined event effects on one segment this month. */
export interface EventModifiers {
  acquisition: number;
  wordOfMouth: number;
  satisfaction: number;
  churn: number;
  margin: number;
}

export interface SegmentEffects {
  /** Multiplier of the Bass external rate p. */
  readonly pMultiplier: number;
  /** Multiplier of the Bass imitation rate q. */
  readonly qMultiplier: number;
  /** The same two without any relationship effect (events only): the organic baseline. */
  readonly pOrganic: number;
  readonly qOrganic: number;
  /** Shift of satisfaction from neutral (points) before personal sensitivity. */
  readonly satisfactionShift: number;
  readonly expansionShare: number;
  /** Share of the cost to serve still paid. */
  readonly serveCostShare: number;
  readonly churnFactor: number;
  readonly marginFactor: number;
  /** Monthly chance of a privacy incident. */
  readonly privacyHazard: number;
  /** Share of customers touched by some type. */
  readonly engagement: number;
  /** Co-created value after this month's growth and fading. */
  readonly coCreated: number;
}

/** The effects on segment `s` of its service levels and strengths, co-created value and events. */
export function segmentEffects(
  scenario: Scenario,
  tables: ScenarioTables,
  s: number,
  levels: Float64Array,
  strength: readonly number[],
  coCreatedBefore: number,
  events: EventModifiers,
): SegmentEffects {
  const model = scenario.model;
  const segment = scenario.segments[s]!;
  const { preferences, use, expectations } = tables.segments[s]!;
  let acq = 0;
  let wom = 0;
  let sat = 0;
  let expansion = 0;
  let serveSaving = 0;
  let growth = 0;
  let trust = 0;
  let untouched = 1;
  for (let k = 0; k < TYPE_COUNT; k++) {
    const e = tables.types[k]!.effects;
    const strong = strength[k]!;
    const used = strong * use[k]!;
    acq += e.acquisition * used;
    wom += e.wordOfMouth * used;
    sat += preferences[k]! * e.satisfaction * strong;
    expansion += e.expansion * used;
    serveSaving += e.costToServe * used;
    growth += e.valueGrowth * used;
    trust += e.trust * used;
    untouched *= 1 - clamp(levels[k]!, 0, 1) * use[k]!;
  }
  let gap = 0;
  for (let k = 0; k < TYPE_COUNT; k++) {
    const expected = expectations[k]!;
    if (expected <= 0) continue;
    let met = levels[k]!;
    for (const j of tables.satisfiedBy[k]!) if (levels[j]! > met) met = levels[j]!;
    if (met < expected) gap += expected - met;
  }
  const coCreated = Math.min(model.maxCoCreatedValue, coCreatedBefore * (1 - model.valueDecay) + growth);
  const auto = tables.types[tables.automated]!;
  const autoStrength = strength[tables.automated]!;
  return {
    pMultiplier: (1 + acq) * events.acquisition,
    qMultiplier: (1 + wom) * events.wordOfMouth,
    pOrganic: events.acquisition,
    qOrganic: events.wordOfMouth,
    satisfactionShift: segment.valueProposition + coCreated + sat - model.expectationPenalty * gap + events.satisfaction,
    expansionShare: segment.expansionPotential * expansion,
    serveCostShare: Math.max(0.2, 1 - serveSaving),
    churnFactor: events.churn,
    marginFactor: events.margin,
    privacyHazard: auto.privacyRisk * autoStrength * use[tables.automated]! * (1 - Math.min(0.9, trust)),
    engagement: 1 - untouched,
    coCreated,
  };
}
