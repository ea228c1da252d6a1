// `simulate` and `montecarlo`: run a scenario with a plan and print per-month metrics, or the
// distribution of outcomes over many seeds.
import { parseArgs } from 'node:util';
import { loadScenario } from '../content/scenario/load-node';
import { InvalidInputError, planError, simulate, type Plan, type SimulationOutput } from '../engine';
import { readJsonFile, UsageError } from './cli-io';
import { formatMonthTable, formatDistribution } from './text-output';

function loadPlan(path: string | undefined): Plan | undefined {
  return path === undefined ? undefined : (readJsonFile(path, 'plan') as Plan);
}

function positiveInt(value: string | undefined, name: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a whole number of 1 or more`);
  return n;
}

export function runSimulate(argv: string[]): string {
  const { values } = parseArgs({
    args: argv,
    options: { scenario: { type: 'string' }, seed: { type: 'string' }, plan: { type: 'string' }, months: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  if (!values.scenario) throw new UsageError('simulate needs --scenario ID|FILE');
  if (!values.seed) throw new UsageError('simulate needs --seed S');
  const { scenario, file } = loadScenario(values.scenario);
  const plan = loadPlan(values.plan);
  const months = positiveInt(values.months, 'months');
  const error = planError(scenario, plan, months ?? scenario.months);
  if (error) throw new UsageError(`${values.plan}: ${error}`);
  const out: SimulationOutput = inPlanFile(values.plan, () => simulate(scenario, plan, values.seed!, { goals: file.goals, score: true, ...(months === undefined ? {} : { months }) }));
  return values.json ? JSON.stringify(out, null, 2) : formatMonthTable(out, scenario.currency);
}

/** Runs `play`; a plan the engine refuses (over the budget, unaffordable) is reported against the plan file. */
export function inPlanFile<T>(planPath: string | undefined, play: () => T): T {
  try {
    return play();
  } catch (error) {
    if (error instanceof InvalidInputError) throw new UsageError(planPath ? `${planPath}: ${error.message}` : error.message);
    throw error;
  }
}

export interface Quantiles { min: number; p10: number; p50: number; p90: number; max: number; mean: number }

export function quantiles(values: readonly number[]): Quantiles {
  const xs = [...values].sort((a, b) => a - b);
  const at = (q: number) => xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(q * xs.length) - 1))]!;
  return { min: xs[0]!, p10: at(0.1), p50: at(0.5), p90: at(0.9), max: xs[xs.length - 1]!, mean: xs.reduce((a, b) => a + b, 0) / xs.length };
}

export function runMonteCarlo(argv: string[]): string {
  const { values } = parseArgs({
    args: argv,
    options: { scenario: { type: 'string' }, plan: { type: 'string' }, seeds: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  if (!values.scenario) throw new UsageError('montecarlo needs --scenario ID|FILE');
  const seeds = positiveInt(values.seeds, 'seeds', 100)!;
  if (seeds > 100_000) throw new UsageError('--seeds must be at most 100000');
  const { scenario } = loadScenario(values.scenario);
  const plan = loadPlan(values.plan);
  const error = planError(scenario, plan, scenario.months);
  if (error) throw new UsageError(`${values.plan}: ${error}`);
  const prefix = values.seed ?? 'mc';
  const profit: number[] = [];
  const cash: number[] = [];
  const active: number[] = [];
  const nps: number[] = [];
  for (let i = 0; i < seeds; i++) {
    const out = inPlanFile(values.plan, () => simulate(scenario, plan, `${prefix}-${i}`));
    const last = out.months[out.months.length - 1]!.total;
    profit.push(Math.round(out.months.reduce((a, m) => a + m.total.profit * 100, 0)) / 100);
    cash.push(last.cash);
    active.push(last.active);
    nps.push(last.nps ?? 0);
  }
  const result = {
    scenario: scenario.id,
    seeds,
    seedPrefix: prefix,
    cumulativeProfit: quantiles(profit),
    finalCash: quantiles(cash),
    finalActive: quantiles(active),
    finalNps: quantiles(nps),
  };
  return values.json ? JSON.stringify(result, null, 2) : formatDistribution(result, scenario.currency);
}

export { InvalidInputError };
