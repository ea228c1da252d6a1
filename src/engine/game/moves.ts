// The moves of a game and the pure function that applies one: plan the coming month, survey a
// segment's customers before it, play it, answer a question that fired. An invalid move returns an error value naming the month (and the
// question), never an exception; the state passed in is never changed unless the caller owns it
// and asks for `inPlace` (replays do, to avoid copying the run every month).
import * as v from 'valibot';
import { spendProblem } from '../model/budget';
import { decisionsToCents, SpendSchema, type Decisions } from '../model/decisions';
import { cloneRun } from '../model/run-state';
import { stepInPlace } from '../model/step';
import { firingPoints } from './decision-points';
import type { GameAnswer, GamePhase, GameState } from './game-state';
import { SURVEY_SIZES, surveyCents, takeSurvey } from './survey';

const pointId = v.pipe(v.string('expected a question id'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'), v.maxLength(60, 'expected at most 60 characters'));

/** One move; its schema is the one every format that records moves uses. */
export const MoveSchema = v.variant('type', [
  v.strictObject({ type: v.literal('plan'), spend: SpendSchema }),
  v.strictObject({ type: v.literal('play') }),
  v.strictObject({ type: v.literal('answer'), point: pointId, option: pointId }),
  v.strictObject({
    type: v.literal('survey'),
    segment: v.pipe(v.string('expected a segment id'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case segment id'), v.maxLength(60, 'expected at most 60 characters')),
    size: v.picklist(SURVEY_SIZES, `expected a survey size of ${SURVEY_SIZES.join(', ')}`),
  }),
], 'expected a move of type "plan", "play", "answer" or "survey"');

export type Move = v.InferOutput<typeof MoveSchema>;
export type PlanMove = Extract<Move, { type: 'plan' }>;

export type MoveResult = { readonly ok: true; readonly state: GameState } | { readonly ok: false; readonly error: string; readonly month: number };

export interface MoveOptions {
  /** Compute the engine's state hash after a month (default true; analysis runs skip it). */
  readonly hash?: boolean;
  /** Advance the run the caller owns instead of copying it (replays). */
  readonly inPlace?: boolean;
}

function refuse(state: GameState, error: string): MoveResult {
  return { ok: false, error, month: state.run.month };
}

function phaseAfter(state: GameState, pending: readonly string[]): GamePhase {
  if (pending.length > 0) return 'question';
  return state.run.month >= state.market.months ? 'over' : 'plan';
}

function plan(state: GameState, decisions: Decisions): MoveResult {
  if (state.phase === 'over') return refuse(state, `the game has ended after month ${state.market.months}`);
  const cents = decisionsToCents(state.market.scenario, decisions);
  if (!cents.ok) return refuse(state, `the plan for month ${state.run.month + 1} cannot be played: ${cents.error}`);
  return { ok: true, state: { ...state, draft: { spend: decisions.spend } } };
}

function play(state: GameState, options: MoveOptions): MoveResult {
  const month = state.run.month + 1;
  if (state.phase === 'over') return refuse(state, `the game has ended after month ${state.market.months}`);
  if (state.phase === 'question') {
    const asked = state.asked.find((a) => a.point === state.pending[0]);
    return refuse(state, `month ${month} was played before the question "${state.pending[0]}" (asked after month ${asked?.month ?? state.run.month}) was answered`);
  }
  const run = options.inPlace ? state.run : cloneRun(state.run);
  const stepped = stepInPlace(run, state.draft, { hash: options.hash !== false, researchCents: surveyCents(state.run, state.surveys) });
  if (!stepped.ok) return refuse(state, `month ${month} cannot be played: ${stepped.error}`);
  const already = new Set(state.asked.map((a) => a.point));
  const firing = firingPoints(state.market.points, run.reports, already);
  const next: GameState = {
    ...state,
    run,
    decisions: [...state.decisions, state.draft],
    asked: firing.length === 0 ? state.asked : [...state.asked, ...firing.map((point) => ({ point, month }))],
    pending: firing,
  };
  return { ok: true, state: { ...next, phase: phaseAfter(next, firing) } };
}

function answer(state: GameState, pointId: string, optionId: string): MoveResult {
  const month = state.run.month;
  const asked = state.asked.find((a) => a.point === pointId);
  if (!asked) return refuse(state, `the answer to "${pointId}" after month ${month}: that question was not asked in this game by then`);
  if (state.answers.some((a) => a.point === pointId)) return refuse(state, `the question "${pointId}" (asked after month ${asked.month}) is answered more than once`);
  if (!state.pending.includes(pointId)) {
    return refuse(state, `the answer to "${pointId}" is given after month ${month}, but that question was asked after month ${asked.month}`);
  }
  const point = state.market.points.find((p) => p.id === pointId)!;
  const option = point.options.find((o) => o.id === optionId);
  if (!option) return refuse(state, `the question "${pointId}" (asked after month ${asked.month}) has no option "${optionId}"`);
  const given: GameAnswer = { point: pointId, option: optionId, month: asked.month, correct: option.correct };
  const pending = state.pending.filter((p) => p !== pointId);
  const next: GameState = { ...state, answers: [...state.answers, given], pending };
  return { ok: true, state: { ...next, phase: phaseAfter(next, pending) } };
}

function survey(state: GameState, segment: string, size: number): MoveResult {
  const month = state.run.month + 1;
  if (state.phase === 'over') return refuse(state, `the game has ended after month ${state.market.months}`);
  if (state.phase === 'question') return refuse(state, `a survey before month ${month} was taken before the question "${state.pending[0]}" was answered`);
  if (state.surveys.some((s) => s.month === state.run.month && s.segment === segment)) {
    return refuse(state, `a survey before month ${month}: ${segment} has already been surveyed this month`);
  }
  const taken = takeSurvey(state.run, segment, size);
  if (!taken.ok) return refuse(state, `a survey before month ${month} cannot be taken: ${taken.error}`);
  const surveys = [...state.surveys, taken.value];
  // The surveys alone must fit the month; with the plan they are checked when the month is played
  // (so the order of planning and surveying never matters).
  const research = surveyCents(state.run, surveys).reduce((a, b) => a + b, 0);
  const problem = spendProblem(state.run, [], research);
  if (problem) return refuse(state, `a survey before month ${month} cannot be paid: ${problem}`);
  return { ok: true, state: { ...state, surveys } };
}

/** Applies one move to a game. */
export function applyMove(state: GameState, move: Move, options: MoveOptions = {}): MoveResult {
  switch (move.type) {
    case 'plan': return plan(state, { spend: move.spend });
    case 'play': return play(state, options);
    case 'answer': return answer(state, move.point, move.option);
    case 'survey': return survey(state, move.segment, move.size);
  }
}

/** The plan move for `decisions` (checked by the schema when it comes from outside). */
export function planMove(decisions: Decisions): PlanMove {
  return { type: 'plan', spend: decisions.spend };
}

