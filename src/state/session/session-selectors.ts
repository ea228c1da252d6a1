// Values computed from the session store (never stored): the screen to show, the month being
// planned, the goals, the question being asked, spend totals and the score.
import type { DecisionPoint } from '../../content/scenario/scenario-schema';
import { fillPoint } from '../../content/scenario/prompt-template';
import { NO_SPEND, scoreGame, type Decisions, type GameState, type Goal, type MonthReport, type RunState, type Score } from '../../engine';
import type { SessionData } from './session-schema';
import type { Phase, SessionState } from './store-types';

type GameView = Pick<SessionState, 'session' | 'game'>;

/** The screen of the game in play: the view's screen, or what the game's own phase asks for. */
export function phaseOf(state: GameView): Phase | null {
  const { session, game } = state;
  if (!session || !game) return null;
  const screen = session.view.screen;
  if (screen !== 'game') return screen;
  if (session.view.feedback !== null) return 'question';
  if (game.phase === 'question') return 'question';
  return game.phase === 'over' ? 'debrief' : 'plan';
}

/** The engine run of the game in play. */
export function runOf(state: Pick<SessionState, 'game'>): RunState | null {
  return state.game?.run ?? null;
}

/** One report per month played. */
export function reportsOf(state: Pick<SessionState, 'game'>): readonly MonthReport[] {
  return state.game?.run.reports ?? [];
}

/** The plan being drafted for the coming month. */
export function draftOf(state: Pick<SessionState, 'game'>): Decisions {
  return state.game?.draft ?? NO_SPEND;
}

/** Months played so far. */
export function monthsPlayed(state: Pick<SessionState, 'game'>): number {
  return state.game?.run.month ?? 0;
}

/** The month being planned or just played (1-based); 0 without a game. */
export function currentMonth(state: GameView): number {
  const phase = phaseOf(state);
  if (phase === null) return 0;
  const played = monthsPlayed(state);
  return phase === 'plan' || phase === 'briefing' ? played + 1 : played;
}

/** The goals the game is scored on: a challenge's own, otherwise the scenario's. */
export function goalsOf(state: Pick<SessionState, 'game'>): readonly Goal[] {
  return state.game?.market.goals ?? [];
}

const scores = new WeakMap<GameState, Score>();

/** The score of the game in play (computed once per game state: it plays two reference plans). */
export function scoreOf(state: Pick<SessionState, 'game'>): Score | null {
  const game = state.game;
  if (!game || game.run.month === 0) return null;
  let score = scores.get(game);
  if (!score) {
    score = scoreGame(game);
    scores.set(game, score);
  }
  return score;
}

/** The decision point asked now, with the answer already given to it (if any). */
/** The question being asked (or whose feedback is shown), its texts filled with the numbers of the
 * month after which it was asked, and the option chosen if it was answered. */
export function currentQuestion(state: Pick<SessionState, 'session' | 'game' | 'loaded'>): { point: DecisionPoint; month: number; answered: string | null } | null {
  const { session, game, loaded } = state;
  if (!session || !game || !loaded) return null;
  const id = session.view.feedback ?? (game.phase === 'question' ? game.pending[0] : undefined);
  const point = loaded.file.decisionPoints.find((p) => p.id === id);
  if (!point) return null;
  const month = game.asked.find((a) => a.point === point.id)?.month ?? game.run.month;
  const report = game.run.reports[month - 1];
  return {
    point: report ? fillPoint(point, report, game.market.scenario.currency) : point,
    month,
    answered: game.answers.find((a) => a.point === point.id)?.option ?? null,
  };
}

export function spendTotal(decisions: Decisions): number {
  let cents = 0;
  for (const bySegment of Object.values(decisions.spend)) {
    for (const amount of Object.values(bySegment)) cents += Math.round((amount ?? 0) * 100);
  }
  return cents / 100;
}

export function spendOfSegment(decisions: Decisions, segmentId: string): number {
  let cents = 0;
  for (const amount of Object.values(decisions.spend[segmentId] ?? {})) cents += Math.round((amount ?? 0) * 100);
  return cents / 100;
}

/** How far a saved game has got, read from its move log alone (no replay). */
export function savedProgress(session: SessionData): { readonly played: number; readonly finished: boolean } {
  const played = session.moves.reduce((n, m) => n + (m.type === 'play' ? 1 : 0), 0);
  return { played, finished: played >= session.game.months };
}

/** The seed of a lesson's "Try it" game: every learner meets the same market, so what the lesson
 * says to look for holds. */
export function trySeed(lessonId: string): string {
  return `try/${lessonId}`;
}

/** Whether the game is practice (months can be taken back) rather than a challenge attempt. */
export function isPractice(state: Pick<SessionState, 'session'>): boolean {
  return state.session?.game.mode === 'practice';
}

/** Whether the last month can be taken back now (practice, and a month has been played). */
export function canTakeBack(state: Pick<SessionState, 'session' | 'game'>): boolean {
  return isPractice(state) && (state.game?.run.month ?? 0) > 0;
}

/**
 * The month whose numbers the screen shows: while a month is running, the last one whose animation
 * has played out (its numbers appear as the picture shows them), otherwise the last month played.
 */
export function displayedMonth(state: Pick<SessionState, 'session' | 'game' | 'animatedMonth'>): number {
  const played = monthsPlayed(state);
  return phaseOf(state) === 'running' ? Math.min(played, state.animatedMonth) : played;
}

/** The report of the month shown (see displayedMonth), or null before month 1. */
export function displayedReport(state: Pick<SessionState, 'session' | 'game' | 'animatedMonth'>): MonthReport | null {
  const month = displayedMonth(state);
  return month > 0 ? state.game?.run.reports[month - 1] ?? null : null;
}
