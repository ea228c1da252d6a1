// Decision points, as the engine sees them: when a scenario question fires and which of its options
// are right. The words (prompt, options, feedback) stay in content; content maps its schema onto
// this type, as it does for scenarios. A point fires after the month named by `when.month`, or after
// the first month (from `fromMonth` on) in which a metric of a segment or of the company crosses its
// threshold (`above`, `below`) or falls by at least `drop` from the month before (an NPS that
// collapses, a service level that falls as a base outgrows its budget); each point fires at most
// once in a game.
import type { MonthReport, Metrics } from '../model/metrics-types';
import type { RelationshipTypeId } from '../model/relationship-types';

/** The metrics a threshold trigger may watch; `serviceLevel` is the level of the trigger's `type`. */
export const POINT_METRICS = ['churnRate', 'nps', 'csat', 'cash', 'active', 'cac', 'clvToCac', 'newCustomers', 'serviceLevel'] as const;
export type PointMetric = (typeof POINT_METRICS)[number];

export type PointTrigger =
  | { readonly month: number }
  | {
      readonly metric: PointMetric;
      /** Segment id; omitted = the company total. */
      readonly segment?: string | undefined;
      /** For `serviceLevel`: the relationship type whose level (0–1) is watched. */
      readonly type?: RelationshipTypeId | undefined;
      readonly above?: number | undefined;
      readonly below?: number | undefined;
      /** Fires when the metric falls by at least this much from the month before. */
      readonly drop?: number | undefined;
      /** Not before this month (default 1). */
      readonly fromMonth?: number | undefined;
    };

export interface DecisionPointRule {
  readonly id: string;
  readonly when: PointTrigger;
  readonly options: readonly { readonly id: string; readonly correct: boolean }[];
}

/** Whether `point` fires on `report`, the month just played (`previous` is the month before, if any). */
export function pointFires(point: DecisionPointRule, report: MonthReport, previous?: MonthReport): boolean {
  const when = point.when;
  if ('month' in when) return report.month === when.month;
  if (report.month < (when.fromMonth ?? 1)) return false;
  const read = (r: MonthReport | undefined) => {
    const metrics: Metrics | undefined = r === undefined ? undefined : when.segment === undefined ? r.total : r.segments[when.segment];
    if (metrics === undefined) return null;
    const value = when.metric === 'serviceLevel' ? (when.type === undefined ? undefined : metrics.serviceLevels[when.type]) : metrics[when.metric];
    return typeof value === 'number' ? value : null;
  };
  const value = read(report);
  if (value === null) return false;
  if (when.above !== undefined && value > when.above) return true;
  if (when.below !== undefined && value < when.below) return true;
  if (when.drop !== undefined) {
    const before = read(previous);
    if (before !== null && before - value >= when.drop) return true;
  }
  return false;
}

/** Ids of the points that fire after the last of `reports`, in scenario order, leaving out those already asked. */
export function firingPoints(points: readonly DecisionPointRule[], reports: readonly MonthReport[], alreadyAsked: ReadonlySet<string>): string[] {
  const report = reports[reports.length - 1];
  if (!report) return [];
  const previous = reports[reports.length - 2];
  return points.filter((p) => !alreadyAsked.has(p.id) && pointFires(p, report, previous)).map((p) => p.id);
}
