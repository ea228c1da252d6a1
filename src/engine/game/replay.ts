// The one replay: a game is its market plus its moves, and replaying is folding the moves with
// applyMove from a new game. The store rebuilds a saved game with it, result files are built and
// verified with it, and the CLI, counterfactuals and reference strategies play plans with it.
import { canonicalJson, sha256Hex } from '../model/canonical-hash';
import { decisionsForMonth, type Plan } from '../model/decisions';
import { newGame, type GameAnswer, type GameState } from './game-state';
import type { Market } from './market';
import { applyMove, planMove, type Move } from './moves';
import type { SurveySize } from './survey';

export type ReplayResult =
  | { readonly ok: true; readonly state: GameState }
  | { readonly ok: false; readonly error: string; readonly month: number; readonly move: number };

export interface ReplayOptions {
  /** Compute the engine's state hash every month (default true). */
  readonly hash?: boolean;
}

/** Plays `moves` from a new game of `market`; stops at the first move that cannot be applied. */
export function replay(market: Market, moves: readonly Move[], options: ReplayOptions = {}): ReplayResult {
  let state = newGame(market);
  const stepOptions = { hash: options.hash !== false, inPlace: true };
  for (let i = 0; i < moves.length; i++) {
    const result = applyMove(state, moves[i]!, stepOptions);
    if (!result.ok) return { ok: false, error: result.error, month: result.month, move: i };
    state = result.state;
  }
  return { ok: true, state };
}

/** The moves that play `plan` for `months` months (a plan move only when the spend changes). */
export function planMoves(plan: Plan | undefined, months: number): Move[] {
  const moves: Move[] = [];
  let last = '';
  for (let m = 1; m <= months; m++) {
    const decisions = decisionsForMonth(plan, m);
    const key = canonicalJson(decisions.spend as never);
    if (key !== last) moves.push(planMove(decisions));
    last = key;
    moves.push({ type: 'play' });
  }
  return moves;
}

/** Leaves out plan moves that a later plan move replaced before any month was played. */
export function compactMoves(moves: readonly Move[]): Move[] {
  const out: Move[] = [];
  for (const move of moves) {
    if (move.type === 'plan' && out.length > 0 && out[out.length - 1]!.type === 'plan') out.pop();
    out.push(move);
  }
  return out;
}

/** Hex digits kept per month in result files: a verifier recomputes every month anyway. */
export const MONTH_HASH_LENGTH = 16;

/**
 * The record of each month: the engine's state hash after it, bound to the answers given to the
 * questions asked after it, so a result file whose answers were edited no longer matches. A month
 * without answers is recorded by its state hash alone.
 */
export function monthRecords(state: GameState): string[] {
  return state.run.reports.map((report) => {
    const answers = state.answers.filter((a) => a.month === report.month).map((a: GameAnswer) => [a.point, a.option]);
    return answers.length === 0 ? report.hash.slice(0, MONTH_HASH_LENGTH) : sha256Hex(`${report.hash}\n${canonicalJson(answers)}`).slice(0, MONTH_HASH_LENGTH);
  });
}

/** The moves that rebuild `state`: each month's plan (when it changed), the surveys taken before
 * it, the play and its answers. */
export function movesOf(state: GameState): Move[] {
  const moves: Move[] = [];
  const surveysAfter = (month: number) => {
    for (const s of state.surveys) if (s.month === month) moves.push({ type: 'survey', segment: s.segment, size: s.size as SurveySize });
  };
  let last = '';
  state.decisions.forEach((decisions, index) => {
    const key = canonicalJson(decisions.spend as never);
    if (key !== last) moves.push(planMove(decisions));
    last = key;
    surveysAfter(index);
    moves.push({ type: 'play' });
    for (const a of state.answers) if (a.month === index + 1) moves.push({ type: 'answer', point: a.point, option: a.option });
  });
  const draftKey = canonicalJson(state.draft.spend as never);
  if (state.phase !== 'over' && draftKey !== last) moves.push(planMove(state.draft));
  if (state.phase !== 'over') surveysAfter(state.run.month);
  return moves;
}
