// What the player's spend has done by the end of a month, for the play screen: the debrief's
// findings (counterfactual.ts) at that month. Each segment line funded so far is taken out of every
// month so far and the game replayed with the same luck, in the player's market and in others; a line
// is named as a cause only when its effect on value has the same sign in every market, so luck is
// never stated as a cause. The causes of the last month are the debrief's segment findings.
//
// A game that keeps its CounterfactualRuns (the engine worker does) pays one month per run for each
// new month, not a replay from month 1.
import type { Decisions } from '../model/decisions';
import type { Market } from '../game/market';
import { byStrength, findingOf, lineSpend, type Finding } from './counterfactual';
import { advanceRuns, counterfactualRuns, lineOutcomes, runsFit, type CounterfactualRuns } from './counterfactual-runs';

/** A cause of a month's results: a finding about one segment's line of spend so far. */
export type MonthCause = Finding & { readonly segment: string };

export interface MonthCausesOptions {
  /** Markets compared, the player's own first (default 8, as in the debrief). */
  readonly markets?: number;
  /** At most this many causes, the strongest first (default every line funded so far). */
  readonly max?: number;
}

/** Runs to keep across months for `market` (the debrief can reuse them: they track type lines too). */
export function causesRuns(market: Market, options: MonthCausesOptions = {}): CounterfactualRuns {
  return counterfactualRuns(market, options.markets ?? 8, true);
}

/**
 * The causes of the results at the end of month `month` (1-based) of a game on `market` whose
 * decisions are `decisions` (`decisions[m]` is month m + 1's): one per segment × type line funded
 * so far, robust causes first, the largest value effect first. Empty outside the months played.
 */
export function monthCauses(market: Market, decisions: readonly Decisions[], month: number, options: MonthCausesOptions = {}, runs?: CounterfactualRuns): MonthCause[] {
  if (!Number.isInteger(month) || month < 1 || month > Math.min(market.months, decisions.length)) return [];
  const cf = runs !== undefined && runsFit(runs, market) ? runs : causesRuns(market, options);
  advanceRuns(cf, decisions, month);
  const months = decisions.slice(0, month);
  const causes = lineOutcomes(cf, (line) => line.segment !== null)
    .map((entry) => findingOf(cf, entry, lineSpend(months, entry.line)) as MonthCause)
    .sort(byStrength);
  return causes.slice(0, options.max ?? causes.length);
}
