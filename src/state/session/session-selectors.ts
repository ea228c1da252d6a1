// Values computed from the session store (never stored): the month being planned, the goals, the
// question being asked, the cohort survival curves, spend totals and the score.
import type { DecisionPoint } from '../../content/scenario/scenario-schema';
import { scoreRun, type Decisions, type Goal, type RunState, type Score } from '../../engine';
import type { SessionState } from './store-types';

/** The month being planned or just played (1-based); 0 before the briefing ends. */
export function currentMonth(state: Pick<SessionState, 'session'>): number {
  const s = state.session;
  if (!s) return 0;
  return s.phase === 'plan' || s.phase === 'briefing' ? s.decisions.length + 1 : s.decisions.length;
}

/** The goals the game is scored on: a challenge's own, otherwise the scenario's. */
export function goalsOf(state: Pick<SessionState, 'session' | 'loaded'>): readonly Goal[] {
  return state.session?.goals ?? state.loaded?.file.goals ?? [];
}

export function scoreOf(state: Pick<SessionState, 'session' | 'loaded' | 'reports'>): Score {
  return scoreRun(state.reports, goalsOf(state));
}

/** The decision point asked now, with the answer already given to it (if any). */
export function currentQuestion(state: Pick<SessionState, 'session' | 'loaded'>): { point: DecisionPoint; answered: string | null } | null {
  const s = state.session;
  if (!s || s.phase !== 'question' || !state.loaded) return null;
  const point = state.loaded.file.decisionPoints.find((p) => p.id === s.pendingPoints[0]);
  if (!point) return null;
  return { point, answered: s.answers.find((a) => a.point === point.id)?.option ?? null };
}

export function spendTotal(decisions: Decisions): number {
  let cents = 0;
  for (const bySegment of Object.values(decisions.spend)) {
    for (const amount of Object.values(bySegment)) cents += Math.round((amount ?? 0) * 100);
  }
  return cents / 100;
}

export function spendOfSegment(decisions: Decisions, segmentId: string): number {
  let cents = 0;
  for (const amount of Object.values(decisions.spend[segmentId] ?? {})) cents += Math.round((amount ?? 0) * 100);
  return cents / 100;
}

export interface SurvivalCurve {
  /** Segment id, or null for all segments together. */
  readonly segment: string | null;
  /** Share (0–1) of customers still active after each number of months (index 0 = acquisition). */
  readonly survival: readonly number[];
}

/** Pooled survival by age: of the customers who reached age a, the share still active. */
export function cohortSurvival(run: RunState): SurvivalCurve[] {
  const curve = (exposed: readonly number[], survivors: readonly number[]): number[] => {
    const out = [1];
    for (let age = 1; age < exposed.length; age++) {
      const e = exposed[age] ?? 0;
      if (e > 0) out.push((survivors[age] ?? 0) / e);
    }
    return out;
  };
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
