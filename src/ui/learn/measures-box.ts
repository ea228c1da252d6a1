// The place in a lesson where the "How Rapport measures this" box for a metric goes
// (`[[measures:METRIC]]` in the lesson text). The box itself is built from the engine's own
// definitions and the coffee-chain numbers; until it exists, this hook shows nothing.
import type { MeasuredMetric } from '../../content/learn/course-types';

/** The box for `metric`, or null while there is none. */
export function measuresBox(metric: MeasuredMetric): HTMLElement | null {
  void metric;
  return null;
}
