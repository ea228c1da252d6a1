// A scenario's per-type numbers in arrays indexed like RELATIONSHIP_TYPES, built once per scenario
// object for the monthly loops: looking types up by name there cost more than the arithmetic.
// Scenarios are readonly data, so a table never goes stale.
import { RELATIONSHIP_TYPES } from './relationship-types';
import type { Scenario, TypeParams } from './scenario-types';

export interface SegmentTable {
  /** The segment's preference for each type (0 where it has none), −1 … 1. */
  readonly preferences: Float64Array;
  /** Its propensity to use each type: the preference where positive, else 0. Every effect but
   * satisfaction scales with it, so a type nobody in the segment wants does nothing for it. */
  readonly use: Float64Array;
  /** The level the segment expects of each type (0 where it expects nothing). */
  readonly expectations: Float64Array;
  /** Monthly cost of fully serving one customer, for per-customer types (the segment's own or the type's). */
  readonly unitCosts: Float64Array;
}

export interface ScenarioTables {
  readonly types: readonly TypeParams[];
  /** Share of each type's spend that goes to acquisition. */
  readonly acquisitionShare: Float64Array;
  /** For each type k, the other types whose level also meets an expectation of k. */
  readonly satisfiedBy: readonly (readonly number[])[];
  /** Index of automated services (the type that carries privacy risk). */
  readonly automated: number;
  readonly segments: readonly SegmentTable[];
}

const cache = new WeakMap<Scenario, ScenarioTables>();

export function scenarioTables(scenario: Scenario): ScenarioTables {
  let tables = cache.get(scenario);
  if (tables === undefined) {
    const types = RELATIONSHIP_TYPES.map((id) => scenario.types[id]);
    tables = {
      types,
      acquisitionShare: Float64Array.from(types, (t) => t.motivations.acquisition),
      satisfiedBy: RELATIONSHIP_TYPES.map((id) => types.flatMap((t, j) => (t.satisfies.includes(id) ? [j] : []))),
      automated: RELATIONSHIP_TYPES.indexOf('automated-services'),
      segments: scenario.segments.map((segment) => ({
        preferences: Float64Array.from(RELATIONSHIP_TYPES, (id) => segment.preferences[id] ?? 0),
        use: Float64Array.from(RELATIONSHIP_TYPES, (id) => Math.max(0, segment.preferences[id] ?? 0)),
        expectations: Float64Array.from(RELATIONSHIP_TYPES, (id) => segment.expectations[id] ?? 0),
        unitCosts: Float64Array.from(RELATIONSHIP_TYPES, (id) => segment.unitCosts[id] ?? scenario.types[id].unitCost),
      })),
    };
    cache.set(scenario, tables);
  }
  return tables;
}
