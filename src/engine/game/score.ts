// The score of a game: how much value the player created (cumulative profit plus the customer
// equity of the base they end with), judged against two reference plans played on the same market
// with the same luck: spending nothing, and the fit plan the course teaches (model/fit-plan.ts).
// So luck and per-student variants mostly cancel, and the score tells good from very good.
// r = (value − no-spend value) ÷ (fit value − no-spend value); points = 100·r/(r + ½) for r > 0
// (the fit plan scores 66.7, twice its gain 80, half of it 50; no gain scores 0). Goals are
// milestones beside the score.
import { NO_SPEND, decisionsToCents } from '../model/decisions';
import { customerEquity } from '../model/equity';
import { fitPolicy } from '../model/fit-plan';
import { goalResults, type GoalResult } from '../model/goals';
import type { GameState } from './game-state';
import type { Market } from './market';
import { playPlan, type Strategy } from './simulate';

export interface Score {
  /** 0–100. */
  readonly points: number;
  /** Cumulative profit plus customer equity at the end. */
  readonly value: number;
  readonly profit: number;
  readonly equity: number;
  /** The value of the reference plans on the same market and luck. */
  readonly benchmarks: Benchmarks;
  readonly goals: readonly GoalResult[];
}

export interface Benchmarks {
  readonly noSpend: number;
  readonly fit: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Cumulative profit plus the equity of the base at the end of a finished (or running) game. */
export function valueCreated(game: GameState): { profit: number; equity: number; value: number } {
  const reports = game.run.reports;
  const profit = reports.reduce((a, r) => a + Math.round(r.total.profit * 100), 0) / 100;
  const last = game.decisions[game.decisions.length - 1];
  const spend = last ? decisionsToCents(game.market.scenario, last) : null;
  const equity = customerEquity(game.run, spend?.ok ? spend.value : []).total;
  return { profit, equity, value: round2(profit + equity) };
}

/** The value a plan creates on `market` (its spend scaled down where the money does not allow it). */
export function planValue(market: Market, plan: Strategy): number {
  return valueCreated(playPlan(market, plan, { hash: false, affordable: true })).value;
}

/** The reference values of `market` (the same seed, so the same luck as the player's game). */
export function benchmarks(market: Market): Benchmarks {
  return { noSpend: planValue(market, NO_SPEND), fit: planValue(market, fitPolicy(market.scenario)) };
}

/** Points for a value, given the benchmarks. */
export function pointsFor(value: number, bench: Benchmarks): number {
  // A scale of at least 1 % of the no-spend value keeps a degenerate market (where fitting earns nothing) finite.
  const scale = Math.max(bench.fit - bench.noSpend, 0.01 * Math.abs(bench.noSpend), 1);
  const r = (value - bench.noSpend) / scale;
  return r <= 0 ? 0 : Math.round((1000 * r) / (r + 0.5)) / 10;
}

/** The score of `game` (pass the benchmarks when they are already known for its market). */
export function scoreGame(game: GameState, bench: Benchmarks = benchmarks(game.market)): Score {
  const { profit, equity, value } = valueCreated(game);
  return { points: pointsFor(value, bench), value, profit: round2(profit), equity, benchmarks: bench, goals: goalResults(game.run.reports, game.market.goals) };
}
