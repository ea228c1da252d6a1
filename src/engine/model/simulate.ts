// Whole runs: `simulate` plays a plan from month 1 to the end and returns what the CLI prints.
import { decisionsForMonth, decisionsToCents, type Plan } from './decisions';
import type { MonthReport } from './metrics-types';
import { createRun, type RunState } from './run-state';
import type { Scenario } from './scenario-types';
import { stepInPlace } from './step';
import { ENGINE_VERSION } from '../version';

export interface SimulateOptions {
  /** Months to play (default: the scenario's length). */
  readonly months?: number;
}

export interface SimulationOutput {
  readonly scenario: string;
  readonly seed: string;
  readonly engineVersion: string;
  readonly months: readonly MonthReport[];
  readonly finalHash: string;
}

/** Thrown for a plan or option the engine cannot run; the message names what is wrong. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
}

export function planError(scenario: Scenario, plan: Plan | undefined, months: number): string | null {
  if (plan === undefined) return null;
  if (typeof plan !== 'object' || plan === null) return 'the plan must be an object';
  const entries = 'months' in plan ? plan.months : [plan];
  if (!Array.isArray(entries)) return 'plan.months must be a list';
  for (let m = 1; m <= Math.min(months, entries.length); m++) {
    const check = decisionsToCents(scenario, decisionsForMonth(plan, m));
    if (!check.ok) return 'months' in plan ? `plan month ${m}: ${check.error}` : `plan: ${check.error}`;
  }
  return null;
}

/** Plays `plan` on a fresh run of `scenario` with `seed`; throws InvalidInputError on bad input. */
export function simulate(scenario: Scenario, plan: Plan | undefined, seed: string, options: SimulateOptions = {}): SimulationOutput {
  const months = options.months ?? scenario.months;
  if (!Number.isInteger(months) || months < 1 || months > 1200) throw new InvalidInputError('months must be a whole number from 1 to 1200');
  if (typeof seed !== 'string' || seed.length === 0) throw new InvalidInputError('the seed must be a non-empty string');
  const error = planError(scenario, plan, months);
  if (error) throw new InvalidInputError(error);
  const run = runPlan({ ...scenario, months }, plan, seed);
  const last = run.reports[run.reports.length - 1]!;
  return { scenario: scenario.id, seed, engineVersion: ENGINE_VERSION, months: run.reports, finalHash: last.hash };
}

/** Plays a (valid) plan to the scenario's end and returns the final state. */
export function runPlan(scenario: Scenario, plan: Plan | undefined, seed: string): RunState {
  const run = createRun(scenario, seed);
  while (run.month < scenario.months) {
    const r = stepInPlace(run, decisionsForMonth(plan, run.month + 1));
    if (!r.ok) throw new InvalidInputError(r.error);
  }
  return run;
}
