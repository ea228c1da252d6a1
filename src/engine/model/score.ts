// Goals and the score: how a finished (or running) game is judged, recomputed from the monthly
// reports alone, so a verifier can recompute it from the decisions.
import { goalValue, type Goal } from './goals';
import type { MonthReport } from './metrics-types';

export interface GoalResult {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly target: number;
  readonly met: boolean;
}

export interface Score {
  /** 0–100: goals met count fully, unmet goals earn partial credit up to 50% of their weight. */
  readonly points: number;
  readonly goals: readonly GoalResult[];
}

/** Scores the reports against the goals. Partial credit: value/target, capped at one half. */
export function scoreRun(reports: readonly MonthReport[], goals: readonly Goal[]): Score {
  const results: GoalResult[] = goals.map((g) => {
    const value = goalValue(reports, g);
    return { id: g.id, label: g.label, value, target: g.target, met: value !== null && value >= g.target };
  });
  const totalWeight = goals.reduce((a, g) => a + g.weight, 0);
  if (totalWeight === 0) return { points: 0, goals: results };
  let earned = 0;
  goals.forEach((g, i) => {
    const r = results[i]!;
    if (r.met) earned += g.weight;
    else if (r.value !== null && g.target > 0 && r.value > 0) earned += g.weight * Math.min(0.5, (0.5 * r.value) / g.target);
  });
  return { points: Math.round((1000 * earned) / totalWeight) / 10, goals: results };
}
