// A game as plain data (boardgame.io's shape): the market, the engine run, the phase, the questions
// asked and the answers, and the plan being drafted. Moves (moves.ts) are the only way it changes.
// Everything in it can be structured-cloned (sent to a worker) and rebuilt by replaying its moves.
import { NO_SPEND, type Decisions } from '../model/decisions';
import { createRun, type RunState } from '../model/run-state';
import type { Market } from './market';
import type { Survey } from './survey';

/** plan: the next month is being planned; question: questions await answers; over: all months played. */
export const GAME_PHASES = ['plan', 'question', 'over'] as const;
export type GamePhase = (typeof GAME_PHASES)[number];

/** An answer to a decision point, with the month after which the point fired. */
export interface GameAnswer {
  readonly point: string;
  readonly option: string;
  readonly month: number;
  readonly correct: boolean;
}

export interface GameState {
  readonly market: Market;
  readonly run: RunState;
  readonly phase: GamePhase;
  /** The decisions of every month played, month 1 first. */
  readonly decisions: readonly Decisions[];
  /** Every decision point that fired, with the month after which it fired. */
  readonly asked: readonly { readonly point: string; readonly month: number }[];
  /** Points that fired and still await an answer, in the order they are asked. */
  readonly pending: readonly string[];
  readonly answers: readonly GameAnswer[];
  /** The customer surveys taken, each paid in the month after it was taken. */
  readonly surveys: readonly Survey[];
  /** The plan for the coming month; after a month it stays as it was (plans carry over). */
  readonly draft: Decisions;
}

/** A new game of `market`, before month 1, planning `draft` (nothing by default). */
export function newGame(market: Market, draft: Decisions = NO_SPEND): GameState {
  return {
    market,
    run: createRun(market.scenario, market.seed),
    phase: 'plan',
    decisions: [],
    asked: [],
    pending: [],
    answers: [],
    surveys: [],
    draft,
  };
}

/** Months played so far. */
export function monthsPlayed(game: GameState): number {
  return game.run.month;
}
