// How goals read in the instructor and student pages: a name per goal metric and a label made
// from a goal when the instructor does not write one.
import { formatNumber, type Goal, type GoalMetric, type Segment } from '../../engine';

export const METRIC_NAMES: Readonly<Record<GoalMetric, string>> = {
  cumulativeProfit: 'Cumulative profit',
  finalCash: 'Cash at the end',
  finalActive: 'Active customers at the end',
  finalNps: 'NPS at the end (−100 to 100)',
  averageNps: 'Average NPS (−100 to 100)',
  finalClvToCac: 'CLV:CAC at the end',
  averageRetention: 'Average monthly retention (0 to 1)',
  totalReferrals: 'Referrals in total',
};

/** "Regulars: NPS at the end of at least 30". */
export function autoGoalLabel(goal: Pick<Goal, 'metric' | 'segment' | 'target'>, segments: readonly Pick<Segment, 'id' | 'name'>[]): string {
  const name = METRIC_NAMES[goal.metric].replace(/ \(.*\)$/, '');
  const segment = goal.segment ? segments.find((s) => s.id === goal.segment)?.name ?? goal.segment : null;
  const digits = Math.abs(goal.target) < 10 && !Number.isInteger(goal.target) ? 2 : 0;
  return `${segment ? `${segment}: ` : ''}${name} of at least ${formatNumber(goal.target, digits)}`;
}
