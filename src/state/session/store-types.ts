// The shape of the session store: the saved game (session slice), the engine run rebuilt from it
// (run slice), problems to tell the player (notices slice) and how the month animation plays
// (playback slice). Each slice lives in its own file; session-store.ts composes them.
import type { StoreApi } from 'zustand/vanilla';
import type { LoadedScenario } from '../../content/scenario/resolve-scenario';
import type { Decisions, Goal, MonthReport, RunState } from '../../engine';
import type { SessionData } from './session-schema';
import type { SessionNotice } from './session-notices';

export type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: string };

export interface StartOptions {
  readonly scenarioId: string;
  readonly seed: string;
  /** Months to play; the scenario's length when omitted. */
  readonly months?: number;
  readonly challengeCode?: string;
  readonly player?: string;
  /** The student's id from the challenge's roster, carried into the result file. */
  readonly playerId?: string;
  /** A challenge's goals, when they replace the scenario's. */
  readonly goals?: readonly Goal[];
}

export interface SessionSlice {
  /** The saved game, or null when none is being played. */
  readonly session: SessionData | null;
  /** Loads the scenario and starts a new game at its briefing (replacing any game in play). */
  startSession(options: StartOptions): Promise<Outcome>;
  /** Briefing → planning month 1. */
  beginPlanning(): void;
  setDraft(draft: Decisions): void;
  /** Plays the planned month with the draft: the run advances and the month animates. */
  playMonth(): Outcome;
  /** Running → results. */
  showResults(): void;
  /** Results → the next decision point's question, the next month's plan, or the debrief. */
  continueFromResults(): void;
  /** Records the answer to the question shown now (once). */
  answerQuestion(optionId: string): Outcome;
  /** Question → the next question, the next month's plan, or the debrief. */
  continueFromQuestion(): void;
  /** Forgets the game in play (the page asks for confirmation first). */
  startOver(): void;
}

export const RUN_STATUSES = ['empty', 'loading', 'ready', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface RunSlice {
  /** The scenario of the game in play. */
  readonly loaded: LoadedScenario | null;
  /** The engine run after the months played (never saved: rebuilt by replaying the decisions). */
  readonly run: RunState | null;
  /** One report per month played. */
  readonly reports: readonly MonthReport[];
  readonly runStatus: RunStatus;
  /** Why the run could not be rebuilt, when runStatus is 'failed'. */
  readonly runError: string | null;
  /** Rebuilds the run of the saved game (loads the scenario, replays the decisions). */
  restoreRun(): Promise<void>;
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

export type SessionState = SessionSlice & RunSlice & NoticesSlice & PlaybackSlice;
export type SessionStore = StoreApi<SessionState>;

/** What the slices share: loading scenarios and keeping a bad save aside. */
export interface SliceContext {
  readonly loadScenario: (id: string) => Promise<LoadedScenario>;
  /** Moves the saved game aside (kept, never dropped) with a notice; used when it cannot be replayed. */
  readonly keepSessionAside: (reason: string, kind: SessionNotice['kind']) => void;
}

export type SetState = (partial: Partial<SessionState> | ((s: SessionState) => Partial<SessionState>)) => void;
export type GetState = () => SessionState;
