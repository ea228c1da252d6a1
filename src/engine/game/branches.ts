// Branches of a practice game: from the month a game has reached, two plans are played for the same
// months with the same luck (each on its own copy of the run, whose random streams are the same), so
// the difference between them is the plans' alone. Questions are not asked in a branch.
import { decisionsForMonth, type Plan, type Result } from '../model/decisions';
import type { MonthReport } from '../model/metrics-types';
import type { GameState } from './game-state';
import { withoutQuestions } from './market';
import { applyMove, planMove } from './moves';

export interface Branches {
  readonly a: readonly MonthReport[];
  readonly b: readonly MonthReport[];
}

function playBranch(game: GameState, plan: Plan, months: number, name: string): Result<MonthReport[]> {
  let state: GameState = { ...game, market: withoutQuestions(game.market), phase: 'plan', pending: [] };
  const from = game.run.month;
  for (let m = 1; m <= months; m++) {
    for (const move of [planMove(decisionsForMonth(plan, m)), { type: 'play' } as const]) {
      const result = applyMove(state, move, { hash: false });
      if (!result.ok) return { ok: false, error: `plan ${name}: ${result.error}` };
      state = result.state;
    }
  }
  return { ok: true, value: state.run.reports.slice(from) };
}

/**
 * Plays plans `a` and `b` for `months` months from where `game` stands (a plan's month 1 is the
 * game's next month), with the same luck; the months are cut to what is left of the game. A game
 * waiting for answers or over has no branch.
 */
export function compareBranches(game: GameState, a: Plan, b: Plan, months: number): Result<Branches> {
  if (game.phase !== 'plan') return { ok: false, error: game.phase === 'over' ? 'the game is over: there is nothing left to branch' : 'answer the questions first: a branch starts from a month being planned' };
  const left = game.market.months - game.run.month;
  const n = Math.max(1, Math.min(Math.floor(months), left));
  const ra = playBranch(game, a, n, 'A');
  if (!ra.ok) return ra;
  const rb = playBranch(game, b, n, 'B');
  if (!rb.ok) return rb;
  return { ok: true, value: { a: ra.value, b: rb.value } };
}
