// Whole runs of a plan: `simulate` plays a plan from month 1 to the end and returns what the CLI
// prints; `playPlan` is the same fold for analyses (counterfactuals, reference strategies), both
// the game's one replay with the plan turned into moves and no questions asked; `playAnswering`
// plays a plan answering the questions as they fire (the CLI's challenge play, golden games).
import { affordable } from '../model/budget';
import { decisionsForMonth, decisionsToCents, type Decisions, type Plan, type Result } from '../model/decisions';
import type { RunState } from '../model/run-state';
import { InvalidInputError } from '../model/errors';
import type { Goal } from '../model/goals';
import type { MonthReport } from '../model/metrics-types';
import { scoreGame, type Score } from './score';
import type { Scenario } from '../model/scenario-types';
import { ENGINE_VERSION } from '../version';
import type { DecisionPointRule } from './decision-points';
import { newGame, type GameState } from './game-state';
import { resolveMarket, withoutQuestions, type Market } from './market';
import { applyMove, planMove, type Move } from './moves';
import { planMoves, replay } from './replay';

export interface SimulateOptions {
  /** Months to play (default: the scenario's length). */
  readonly months?: number;
  /** The goals shown beside the score (default none). */
  readonly goals?: readonly Goal[];
  /** Also score the game (it plays the two reference plans on the same market; default false). */
  readonly score?: boolean;
}

export interface SimulationOutput {
  readonly scenario: string;
  readonly seed: string;
  readonly engineVersion: string;
  /** Every month's report (its budget included). */
  readonly months: readonly MonthReport[];
  readonly finalHash: string;
  /** The score, when asked for: value created (profit and customer equity) against the reference plans, and the goals. */
  readonly score?: Score;
}

/** A sentence naming the first month of `plan` the engine cannot play, or null. */
export function planError(scenario: Scenario, plan: Plan | undefined, months: number): string | null {
  if (plan === undefined) return null;
  if (typeof plan !== 'object' || plan === null) return 'the plan must be an object';
  const entries = 'months' in plan ? plan.months : [plan];
  if (!Array.isArray(entries)) return 'plan.months must be a list';
  for (let m = 1; m <= Math.min(months, entries.length); m++) {
    const check = decisionsToCents(scenario, decisionsForMonth(plan, m));
    if (!check.ok) return 'months' in plan ? `plan month ${m}: ${check.error}` : `plan: ${check.error}`;
  }
  return null;
}

/** A plan that looks at the run before each month (a manager who sizes service to the base). */
export type Policy = (run: RunState) => Decisions;

/** What a whole game can be played with: the same decisions every month, a list by month, or a policy. */
export type Strategy = Plan | Policy;

export interface PlayPlanOptions {
  /** Compute the state hash every month (default true). */
  readonly hash?: boolean;
  /** Scale each month's spend down to what the budget and the cash allow (reference plans). */
  readonly affordable?: boolean;
}

/** Plays `plan` to the end of `market` (questions are not asked); throws InvalidInputError on bad input. */
export function playPlan(market: Market, plan: Strategy | undefined, options: PlayPlanOptions = {}): GameState {
  if (options.affordable || typeof plan === 'function') {
    let state = newGame(withoutQuestions(market));
    const stepOptions = { hash: options.hash !== false, inPlace: true };
    for (let m = 1; m <= market.months; m++) {
      const wanted = typeof plan === 'function' ? plan(state.run) : decisionsForMonth(plan, m);
      for (const move of [planMove(options.affordable ? affordable(state.run, wanted) : wanted), { type: 'play' } as const]) {
        const result = applyMove(state, move, stepOptions);
        if (!result.ok) throw new InvalidInputError(result.error);
        state = result.state;
      }
    }
    return state;
  }
  const result = replay(withoutQuestions(market), planMoves(plan, market.months), options);
  if (!result.ok) throw new InvalidInputError(result.error);
  return result.state;
}

/** Plays `plan` on a fresh run of `scenario` with `seed`; throws InvalidInputError on bad input. */
export function simulate(scenario: Scenario, plan: Plan | undefined, seed: string, options: SimulateOptions = {}): SimulationOutput {
  if (typeof seed !== 'string' || seed.length === 0) throw new InvalidInputError('the seed must be a non-empty string');
  const market = resolveMarket({ scenario, goals: options.goals ?? [], seed, months: options.months });
  if (!market.ok) throw new InvalidInputError(market.error);
  const error = planError(scenario, plan, market.value.months);
  if (error) throw new InvalidInputError(error);
  const game = playPlan(market.value, plan);
  const reports = game.run.reports;
  return { scenario: scenario.id, seed, engineVersion: ENGINE_VERSION, months: reports, finalHash: reports[reports.length - 1]!.hash, ...(options.score ? { score: scoreGame(game) } : {}) };
}

/** Which option to give `point`, asked after `month`; null when there is no answer for it. */
export type Answerer = (point: DecisionPointRule, month: number) => string | null;

/**
 * Plays `plan` to the end of `market`, answering every question that fires as `answer` says (the CLI
 * and golden games); returns the finished game and its moves, or a sentence naming the month and
 * the question that could not be answered.
 */
export function playAnswering(market: Market, plan: Plan | undefined, answer: Answerer): Result<{ state: GameState; moves: Move[] }> {
  let state = newGame(market);
  const moves: Move[] = [];
  const apply = (move: Move): string | null => {
    const result = applyMove(state, move, { inPlace: true });
    if (!result.ok) return result.error;
    state = result.state;
    moves.push(move);
    return null;
  };
  for (const move of planMoves(plan, market.months)) {
    const error = apply(move);
    if (error) return { ok: false, error };
    while (state.phase === 'question') {
      const point = market.points.find((p) => p.id === state.pending[0])!;
      const option = answer(point, state.run.month);
      if (option === null) return { ok: false, error: `the question "${point.id}" asked after month ${state.run.month} has no answer (its options: ${point.options.map((o) => o.id).join(', ')})` };
      const failed = apply({ type: 'answer', point: point.id, option });
      if (failed) return { ok: false, error: failed };
    }
  }
  return { ok: true, value: { state, moves } };
}
