// When a scenario's decision points are asked: after the month named by `when.month`, or after the
// first month (from `fromMonth` on) in which a metric of a segment or of the company crosses its
// threshold. Each point is asked at most once.
import type { DecisionPoint } from '../../content/scenario/scenario-schema';
import type { MonthReport } from '../../engine';

/** Whether `point` fires on the report of the month just played. */
export function pointFires(point: DecisionPoint, report: MonthReport): boolean {
  const when = point.when;
  if ('month' in when) return report.month === when.month;
  if (report.month < (when.fromMonth ?? 1)) return false;
  const metrics = when.segment === undefined ? report.total : report.segments[when.segment];
  const value = metrics?.[when.metric];
  if (typeof value !== 'number') return false;
  if (when.above !== undefined && value > when.above) return true;
  if (when.below !== undefined && value < when.below) return true;
  return false;
}

/** Ids of the points that fire after `report`, in scenario order, leaving out those already asked. */
export function firingPoints(points: readonly DecisionPoint[], report: MonthReport, alreadyAsked: ReadonlySet<string>): string[] {
  return points.filter((p) => !alreadyAsked.has(p.id) && pointFires(p, report)).map((p) => p.id);
}
