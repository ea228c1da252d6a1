// Goals: what a scenario or a challenge asks the player to reach, one schema for every format that
// carries them (scenario files, challenge codes, saved games), and how a goal's value is read from
// the monthly reports (so a verifier recomputes it from the decisions alone).
import * as v from 'valibot';
import type { MonthReport, Metrics } from './metrics-types';

export const GOAL_METRICS = ['cumulativeProfit', 'finalCash', 'finalActive', 'finalNps', 'averageNps', 'finalClvToCac', 'averageRetention', 'totalReferrals'] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

const kebabId = v.pipe(v.string('expected an id'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, -)'), v.maxLength(60, 'expected at most 60 characters'));
const finite = v.pipe(v.number('expected a number'), v.finite('expected a finite number'));

export const GoalSchema = v.strictObject({
  id: kebabId,
  label: v.pipe(v.string('expected text'), v.minLength(1, 'expected a label'), v.maxLength(200, 'expected at most 200 characters')),
  metric: v.picklist(GOAL_METRICS, `expected one of ${GOAL_METRICS.join(', ')}`),
  /** Segment id, or omitted for the company total. */
  segment: v.optional(kebabId),
  /** Met when the metric reaches at least this value. */
  target: finite,
  weight: v.optional(v.pipe(finite, v.gtValue(0, 'expected a weight above 0'), v.maxValue(100, 'expected a weight of at most 100')), 1),
});

export type Goal = v.InferOutput<typeof GoalSchema>;

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

export interface GoalResult {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly target: number;
  readonly met: boolean;
}

/** Each goal's value and whether it was met (at least the target): milestones beside the score. */
export function goalResults(reports: readonly MonthReport[], goals: readonly Goal[]): GoalResult[] {
  return goals.map((g) => {
    const value = goalValue(reports, g);
    return { id: g.id, label: g.label, value, target: g.target, met: value !== null && value >= g.target };
  });
}
