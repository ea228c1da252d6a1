// The shape of the session store: the saved game (its market and move log) and the game folded from
// it (session slice), problems to tell the player (notices slice) and how the month animation plays
// (playback slice). Each slice lives in its own file; session-store.ts composes them.
import type { StoreApi } from 'zustand/vanilla';
import type { LoadedScenario } from '../../content/scenario/resolve-scenario';
import type { Decisions, GameMode, GameState, Goal, Move, Spend } from '../../engine';
import type { SessionData } from './session-schema';
import type { SessionNotice } from './session-notices';

export type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: string };

export interface StartOptions {
  readonly scenarioId: string;
  /** A free game's seed (a challenge brings its own). */
  readonly seed?: string;
  /** Months to play; the scenario's length when omitted. */
  readonly months?: number;
  readonly challengeCode?: string;
  readonly player?: string;
  /** The student's id from the challenge's roster, carried into the result file. */
  readonly playerId?: string;
  /** Goals chosen for this game, when they replace the scenario's. */
  readonly goals?: readonly Goal[];
  /** Default: 'attempt' for a challenge, 'practice' otherwise. */
  readonly mode?: GameMode;
  /** Months played before the player takes over, with this spend (a lesson's "Try it"). */
  readonly prepare?: { readonly months: number; readonly spend: Decisions['spend'] };
  /** The lesson whose "Try it" block this game is. */
  readonly lesson?: string;
  /** The move log of a game saved elsewhere (a learning platform's resume state), replayed instead
   * of starting at the briefing; the log brings its own plans, so the suggested spend is not added. */
  readonly resume?: readonly Move[];
}

/** The screens of a game, in the order they come in a month. */
export const PHASES = ['briefing', 'plan', 'running', 'results', 'question', 'debrief'] as const;
export type Phase = (typeof PHASES)[number];

export const GAME_STATUSES = ['empty', 'loading', 'ready', 'failed'] as const;
export type GameStatus = (typeof GAME_STATUSES)[number];

export interface SessionSlice {
  /** The saved game, or null when none is being played. */
  readonly session: SessionData | null;
  /** The game folded from the saved moves (never saved itself). */
  readonly game: GameState | null;
  /** The scenario of the game in play (its texts: briefing, questions…). */
  readonly loaded: LoadedScenario | null;
  readonly gameStatus: GameStatus;
  /** Why the game could not be rebuilt, when gameStatus is 'failed'. */
  readonly gameError: string | null;
  /** Loads the scenario and starts a new game at its briefing (replacing any game in play). */
  startSession(options: StartOptions): Promise<Outcome>;
  /** Rebuilds the saved game's state (loads the scenario, replays the moves). */
  restoreGame(): Promise<void>;
  /** Briefing → planning month 1. */
  beginPlanning(): void;
  setDraft(draft: Decisions): void;
  /** Asks `size` customers of a segment about the relationship types they value, before the
   * coming month (its cost is paid from that month's budget). */
  orderSurvey(segmentId: string, size: number): Outcome;
  /** Plays the planned month with the draft: the game advances and the month animates. */
  playMonth(): Outcome;
  /** Running → results. */
  showResults(): void;
  /** Results → the month's questions, the next month's plan, or the debrief. */
  continueFromResults(): void;
  /** Answers the question shown now (once); its feedback stays until continueFromQuestion. */
  answerQuestion(optionId: string): Outcome;
  /** Question → the next question, the next month's plan, or the debrief. */
  continueFromQuestion(): void;
  /**
   * Practice only: takes back the last month played (its play, its answers and the next plan), so
   * the game is exactly as it was before that month, with that month's plan as the draft and kept
   * as the plan to compare with. Refused in a challenge attempt, with a sentence.
   */
  takeBack(): Outcome;
  /** Forgets the game in play (the page asks for confirmation first). */
  startOver(): void;
  /**
   * Copies the saved game to a key of its own (`rapport.session.kept.N`) before another replaces
   * it, with a notice that offers it as a download; null when there is no game or no room.
   */
  keepGameAside(): string | null;
}

/** Screen state of the game that is not a move: kept in the saved game's view. */
export interface ScreenSlice {
  /** Picks the segment in focus (budget panel, market description and picture), or none. */
  selectSegment(segmentId: string | null): void;
  /** Opens or closes the month's full table and charts. */
  setDetails(open: boolean): void;
  /** Keeps a plan to compare with the draft (practice), or forgets it. */
  pinPlan(spend: Spend | null): void;
}

export interface NoticesSlice {
  readonly notices: readonly SessionNotice[];
  reportNotice(notice: SessionNotice): void;
  dismissNotice(noticeId: string): void;
}

export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

export interface PlaybackSlice {
  readonly speed: Speed;
  /** Counts skip requests; the animation jumps to its end state when it changes. */
  readonly skipRequests: number;
  /** The month whose animation has finished playing (or was skipped). */
  readonly animatedMonth: number;
  setSpeed(speed: Speed): void;
  skipAnimation(): void;
  markAnimated(month: number): void;
}

export type SessionState = SessionSlice & ScreenSlice & NoticesSlice & PlaybackSlice;
export type SessionStore = StoreApi<SessionState>;

/** What the slices share: loading scenarios and keeping a bad save aside. */
export interface SliceContext {
  readonly loadScenario: (id: string) => Promise<LoadedScenario>;
  /** Moves the saved game aside (kept, never dropped) with a notice; used when it cannot be replayed. */
  readonly keepSessionAside: (reason: string, kind: SessionNotice['kind']) => void;
  /** Copies the saved game aside (it stays in play) with a notice; returns the key, or null. */
  readonly copySessionAside: () => string | null;
}

export type SetState = (partial: Partial<SessionState> | ((s: SessionState) => Partial<SessionState>)) => void;
export type GetState = () => SessionState;
