// Survival curves of a run's customers by age (the share of those who reached each age in months
// who are still active), pooled over segments and per segment: what the cohort chart draws.
import type { RunState } from './run-state';

export interface SurvivalCurve {
  /** Segment id, or null for all segments together. */
  readonly segment: string | null;
  /** Share (0–1) of customers still active after each number of months (index 0 = acquisition). */
  readonly survival: readonly number[];
}

function curve(exposed: readonly number[], survivors: readonly number[]): number[] {
  const out = [1];
  for (let age = 1; age < exposed.length; age++) {
    const e = exposed[age] ?? 0;
    if (e > 0) out.push((survivors[age] ?? 0) / e);
  }
  return out;
}

/** Pooled survival by age: of the customers who reached age a, the share still active. */
export function cohortSurvival(run: RunState): SurvivalCurve[] {
  const perSegment = run.segments.map((s, i) => ({
    segment: run.scenario.segments[i]!.id,
    survival: curve(s.exposedByAge, s.survivorsByAge),
  }));
  const longest = Math.max(0, ...run.segments.map((s) => s.exposedByAge.length));
  const exposed: number[] = [];
  const survivors: number[] = [];
  for (let age = 0; age < longest; age++) {
    exposed.push(run.segments.reduce((a, s) => a + (s.exposedByAge[age] ?? 0), 0));
    survivors.push(run.segments.reduce((a, s) => a + (s.survivorsByAge[age] ?? 0), 0));
  }
  return [{ segment: null, survival: curve(exposed, survivors) }, ...perSegment];
}
