// Rebuilds a game's engine run from its saved decisions: the engine is deterministic, so the same
// market, seed and decisions give the same month and the same numbers after a reload. The market
// is the scenario itself, or for a challenge the challenge's market (a student's variant if the
// challenge gives each student their own).
import type { LoadedScenario } from '../../content/scenario/resolve-scenario';
import { createRun, resultMarket, stepInPlace, type Decisions, type Goal, type RunState, type Scenario } from '../../engine';

export interface GameMarket {
  /** The scenario the engine runs, cut to the game's length. */
  readonly scenario: Scenario;
  readonly seed: string;
  readonly months: number;
  readonly goals: readonly Goal[];
}

export type Rebuilt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** The market of a game: a challenge's (checked against its code) or the scenario's own. */
export function gameMarket(
  loaded: LoadedScenario,
  game: { readonly seed: string; readonly months?: number | undefined; readonly challengeCode?: string | undefined; readonly player?: string | undefined; readonly goals?: readonly Goal[] | undefined },
): Rebuilt<GameMarket> {
  try {
    const { market, goals } = resultMarket({
      scenario: loaded.scenario,
      goals: game.goals ?? loaded.file.goals,
      seed: game.seed,
      months: game.months,
      challengeCode: game.challengeCode,
      player: game.player,
    });
    const months = market.months;
    if (!Number.isInteger(months) || months < 1 || months > loaded.scenario.months) {
      return { ok: false, error: `A game of "${loaded.file.title}" lasts from 1 to ${loaded.scenario.months} months, not ${String(months)}.` };
    }
    const scenario = months === market.scenario.months ? market.scenario : { ...market.scenario, months };
    return { ok: true, value: { scenario, seed: market.seed, months, goals } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Plays the saved decisions, month by month, on a fresh run of the market. */
export function rebuildRun(market: GameMarket, decisions: readonly Decisions[]): Rebuilt<RunState> {
  if (decisions.length > market.months) return { ok: false, error: `it has ${decisions.length} months of decisions for a ${market.months}-month game` };
  const run = createRun(market.scenario, market.seed);
  for (const [index, d] of decisions.entries()) {
    const result = stepInPlace(run, d);
    if (!result.ok) return { ok: false, error: `month ${index + 1} cannot be replayed (${result.error})` };
  }
  return { ok: true, value: run };
}
