// Shared helpers for engine tests: load scenarios and average outcomes over seeds.
import { loadScenario } from '../../../src/content/scenario/load-node';
import { resolveMarket, simulate, type Goal, type Market, type Plan, type Scenario, type SimulationOutput } from '../../../src/engine';

export const fixture = (name: string): Scenario => loadScenario(`tests/fixtures/scenarios/${name}.yaml`).scenario;
export const shipped = (id: string): Scenario => loadScenario(id).scenario;

export function runSeeds(scenario: Scenario, plan: Plan | undefined, seeds: number, prefix = 'seed'): SimulationOutput[] {
  return Array.from({ length: seeds }, (_, i) => simulate(scenario, plan, `${prefix}-${i}`));
}

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export function cumulativeProfit(run: SimulationOutput, segment?: string): number {
  return run.months.reduce((a, m) => a + (segment ? m.segments[segment]!.profit : m.total.profit), 0);
}

/** Mean over months of a segment's (or the total's) metric, skipping nulls. */
export function monthlyMean(run: SimulationOutput, pick: (m: SimulationOutput['months'][number]) => number | null): number {
  const xs = run.months.map(pick).filter((x): x is number => x !== null);
  return mean(xs);
}

/** A free game's market of `scenario` with `seed` (no questions), for the analyses that take one. */
export function marketOf(scenario: Scenario, seed: string, goals: readonly Goal[] = [], months?: number): Market {
  const market = resolveMarket({ scenario, goals, seed, months });
  if (!market.ok) throw new Error(market.error);
  return market.value;
}
