// Messages between the difficulty preview and its worker (plain data only).
import type { Goal, Scenario } from '../../engine';

export interface DifficultyRequest {
  readonly scenario: Scenario;
  readonly goals: readonly Goal[];
  readonly months: number;
  readonly seed: string;
  /** Runs per reference strategy. */
  readonly runs: number;
  /** Simulate per-student variants (one imaginary student per run). */
  readonly variants: boolean;
}

export interface StrategyOutcome {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly scores: readonly number[];
  /** Share of runs meeting each goal, by goal id. */
  readonly goalRates: Readonly<Record<string, number>>;
}

export type DifficultyMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'strategy'; readonly outcome: StrategyOutcome }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };
