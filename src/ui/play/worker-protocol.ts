// Messages between the play pages and the forecast worker: forecasts while planning, the causal
// explanation and the reference-strategy comparison for the debrief. Plain JSON-like data only.
import type { Decisions, Finding, ForecastMonth, Goal, Scenario } from '../../engine';

/** What identifies the game being played (the worker rebuilds its run by replaying decisions). */
export interface GameRef {
  readonly scenarioId: string;
  /** The market played (a challenge's variant included), as the engine runs it. */
  readonly scenario: Scenario;
  readonly seed: string;
  /** The decisions of the months played so far. */
  readonly decisions: readonly Decisions[];
}

export type WorkerRequest =
  | { readonly kind: 'forecast'; readonly id: number; readonly game: GameRef; readonly draft: Decisions; readonly months: number; readonly seeds: number }
  | { readonly kind: 'explain'; readonly id: number; readonly game: GameRef }
  | { readonly kind: 'compare'; readonly id: number; readonly game: GameRef; readonly goals: readonly Goal[]; readonly seeds: number; readonly monthlyBudget?: number | undefined };

export interface ComparisonRow {
  /** 'you' for the player's own decisions, otherwise the reference strategy's id. */
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly meanScore: number;
  readonly lowScore: number;
  readonly highScore: number;
  readonly meanProfit: number;
  readonly goalRates: Readonly<Record<string, number>>;
}

export type WorkerResponse =
  | { readonly kind: 'forecast'; readonly id: number; readonly months: readonly ForecastMonth[] }
  | { readonly kind: 'explain'; readonly id: number; readonly findings: readonly Finding[] }
  | { readonly kind: 'compare-progress'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly kind: 'compare'; readonly id: number; readonly rows: readonly ComparisonRow[]; readonly seeds: number }
  | { readonly kind: 'error'; readonly id: number; readonly request: WorkerRequest['kind']; readonly message: string };
