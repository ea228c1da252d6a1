// The one protocol between the pages and the engine worker (engine-worker.ts): forecasts while the
// player plans, the debrief's counterfactuals and reference comparison, the builder's difficulty
// preview, the verifier's replays (files, codes and QR images) and a verified game's timeline. Plain structured-clonable data only: a game's run and market
// travel as they are (their random streams are plain records), so the worker never replays a game
// to forecast it.
import type { Band, Branches, ClassDebrief, ClassEntry, Decisions, Finding, ForecastMonth, ForecastOptions, ForecastSamples, GameState, Market, MonthCause, Plan, RunState, PointText, ScenarioForVerify, Timeline, Verdict, VerifiedResult } from '../../engine';

/** What the verifier hands a worker: file bytes, pasted text (a file, a result code or a short code), or an image to read a QR code from. */
export type VerifyInput = ArrayBuffer | string | Blob;

/** One reference strategy (or the player's own decisions) scored over many markets. */
export interface StrategyOutcome {
  /** 'you' for the player's own decisions, otherwise the reference strategy's id. */
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Score (0–100) of each market played. */
  readonly scores: readonly number[];
  /** Share of markets in which each goal (by id) was met. */
  readonly goalRates: Readonly<Record<string, number>>;
  readonly meanProfit: number;
}

export type EngineRequest =
  /** `run` comes with the first forecast of a month (the worker keeps it); later ones send null.
   * `market` comes with the first forecast of a game: the worker plays its reference plans once, to
   * turn the value created at the end into a projected score. */
  | { readonly kind: 'forecast'; readonly id: number; readonly run: RunState | null; readonly market: Market | null; readonly draft: Decisions; readonly months: number; readonly seeds: number }
  /** Futures `from` … `to` − 1 of a forecast, asked of a forecast helper (a second engine worker) by
   * the engine worker; `run` comes when it changes (the helper keeps it). */
  | { readonly kind: 'forecast-part'; readonly id: number; readonly run: RunState | null; readonly draft: Decisions; readonly options: ForecastOptions; readonly from: number; readonly to: number }
  | { readonly kind: 'explain'; readonly id: number; readonly market: Market; readonly decisions: readonly Decisions[] }
  /** The causes of month `month`; the worker keeps the game's counterfactual runs from month to month (and for the debrief). */
  | { readonly kind: 'causes'; readonly id: number; readonly market: Market; readonly decisions: readonly Decisions[]; readonly month: number; readonly max: number }
  /** Plans `a` and `b` played for `months` months from where `game` stands, with the same luck. */
  | { readonly kind: 'branches'; readonly id: number; readonly game: GameState; readonly a: Plan; readonly b: Plan; readonly months: number }
  /** The player's decisions and the reference strategies over `seeds` markets of `market`. */
  | { readonly kind: 'compare'; readonly id: number; readonly market: Market; readonly decisions: readonly Decisions[]; readonly seeds: number }
  /** The reference strategies over `runs` seeds of `market`, or over `runs` imaginary students' variants. */
  | { readonly kind: 'difficulty'; readonly id: number; readonly market: Market; readonly runs: number; readonly variants: boolean }
  /** The class debrief of the verified games of one challenge. */
  | { readonly kind: 'class-debrief'; readonly id: number; readonly market: Market; readonly entries: readonly ClassEntry[]; readonly points: readonly PointText[] }
  | { readonly kind: 'verify-init'; readonly id: number; readonly scenarios: readonly ScenarioForVerify[] }
  | { readonly kind: 'verify'; readonly id: number; readonly input: VerifyInput; readonly expectedChallenge?: string | undefined }
  /** A verified game month by month (replayed on the scenarios sent with 'verify-init'). */
  | { readonly kind: 'timeline'; readonly id: number; readonly result: VerifiedResult };

export type EngineResponse =
  /** `points`: the score the futures would earn (10th, 50th, 90th percentile), when they reach the end. */
  | { readonly kind: 'forecast'; readonly id: number; readonly months: readonly ForecastMonth[]; readonly points: Band | null }
  | { readonly kind: 'forecast-part'; readonly id: number; readonly samples: ForecastSamples }
  | { readonly kind: 'explain'; readonly id: number; readonly findings: readonly Finding[] }
  | { readonly kind: 'causes'; readonly id: number; readonly causes: readonly MonthCause[] }
  | { readonly kind: 'branches'; readonly id: number; readonly branches: Branches }
  | { readonly kind: 'class-debrief'; readonly id: number; readonly debrief: ClassDebrief }
  | { readonly kind: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  /** One strategy finished (compare and difficulty send one per strategy, then 'done'). */
  | { readonly kind: 'strategy'; readonly id: number; readonly outcome: StrategyOutcome }
  | { readonly kind: 'done'; readonly id: number }
  /** `ms`: how long the worker took on it (for the verifier's timing figures). */
  | { readonly kind: 'verdict'; readonly id: number; readonly verdict: Verdict; readonly ms: number }
  | { readonly kind: 'timeline'; readonly id: number; readonly timeline: Timeline }
  | { readonly kind: 'error'; readonly id: number; readonly message: string };
