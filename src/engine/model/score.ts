// Goals and the score: how a finished (or running) game is judged, recomputed from the monthly
// reports alone, so a verifier can recompute it from the decisions.
import type { MonthReport, Metrics } from './metrics-types';

export const GOAL_METRICS = ['cumulativeProfit', 'finalCash', 'finalActive', 'finalNps', 'averageNps', 'finalClvToCac', 'averageRetention', 'totalReferrals'] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

export interface Goal {
  readonly id: string;
  readonly label: string;
  readonly metric: GoalMetric;
  /** Segment id, or omitted for the company total. */
  readonly segment?: string | undefined;
  /** Met when the metric reaches at least this value. */
  readonly target: number;
  readonly weight: number;
}

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

function pick(report: MonthReport, segment: string | undefined): Metrics | undefined {
  return segment === undefined ? report.total : report.segments[segment];
}

function average(values: readonly (number | null | undefined)[]): number | null {
  const xs = values.filter((x): x is number => typeof x === 'number');
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function goalValue(reports: readonly MonthReport[], goal: Pick<Goal, 'metric' | 'segment'>): number | null {
  if (reports.length === 0) return null;
  const last = pick(reports[reports.length - 1]!, goal.segment);
  const series = reports.map((r) => pick(r, goal.segment));
  switch (goal.metric) {
    case 'cumulativeProfit':
      return Math.round(series.reduce((a, m) => a + Math.round((m?.profit ?? 0) * 100), 0)) / 100;
    case 'finalCash':
      return last?.cash ?? null;
    case 'finalActive':
      return last?.active ?? null;
    case 'finalNps':
      return last?.nps ?? null;
    case 'averageNps':
      return average(series.map((m) => m?.nps));
    case 'finalClvToCac':
      return last?.clvToCac ?? null;
    case 'averageRetention':
      return average(series.map((m) => m?.retentionRate));
    case 'totalReferrals':
      return series.reduce((a, m) => a + (m?.referrals ?? 0), 0);
  }
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
