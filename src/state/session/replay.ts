// Rebuilds a game's engine run from its saved decisions: the engine is deterministic, so the same
// scenario, seed and decisions give the same month and the same numbers after a reload.
import { createRun, stepInPlace, type Decisions, type RunState, type Scenario } from '../../engine';

export type ReplayResult = { readonly ok: true; readonly run: RunState } | { readonly ok: false; readonly error: string };

/** The scenario cut to the game's length (a challenge may play fewer months than the scenario has). */
export function scenarioForGame(scenario: Scenario, months: number): Scenario {
  return months === scenario.months ? scenario : { ...scenario, months };
}

export function replayDecisions(scenario: Scenario, seed: string, months: number, decisions: readonly Decisions[]): ReplayResult {
  if (decisions.length > months) return { ok: false, error: `it has ${decisions.length} months of decisions for a ${months}-month game` };
  const run = createRun(scenarioForGame(scenario, months), seed);
  for (const [index, d] of decisions.entries()) {
    const result = stepInPlace(run, d);
    if (!result.ok) return { ok: false, error: `month ${index + 1} cannot be replayed (${result.error})` };
  }
  return { ok: true, run };
}
