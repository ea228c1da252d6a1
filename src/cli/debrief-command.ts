// `debrief --scenario ID|FILE --plan FILE --seed S [--months N] [--markets N] [--json]`: the findings
// the debrief shows for a plan, each the effect of one line of spend over several markets with common
// random numbers; JSON: one {type, segment, metric, effect, low, high, robust} per finding and metric.
import { parseArgs } from 'node:util';
import { loadScenario } from '../content/scenario/load-node';
import { FINDING_METRICS, decisionsForMonth, explainDecisions, planError, resolveMarket, type Plan } from '../engine';
import { readJsonFile, UsageError } from './cli-io';
import { inPlanFile } from './simulate-command';

function whole(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

export function runDebrief(argv: string[]): string {
  const { values } = parseArgs({
    args: argv,
    options: { scenario: { type: 'string' }, plan: { type: 'string' }, seed: { type: 'string' }, months: { type: 'string' }, markets: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  if (!values.scenario) throw new UsageError('debrief needs --scenario ID|FILE');
  if (!values.plan) throw new UsageError('debrief needs --plan FILE');
  if (!values.seed) throw new UsageError('debrief needs --seed S');
  const { scenario, file } = loadScenario(values.scenario);
  const plan = readJsonFile(values.plan, 'plan') as Plan;
  const market = resolveMarket({ scenario, goals: file.goals, seed: values.seed, months: whole(values.months, 'months', 1, scenario.months) });
  if (!market.ok) throw new UsageError(market.error);
  const error = planError(scenario, plan, market.value.months);
  if (error) throw new UsageError(`${values.plan}: ${error}`);
  const decisions = Array.from({ length: market.value.months }, (_, i) => decisionsForMonth(plan, i + 1));
  const findings = inPlanFile(values.plan, () => explainDecisions(market.value, decisions, { markets: whole(values.markets, 'markets', 2, 64) ?? 8 }));
  if (values.json) {
    return JSON.stringify(findings.flatMap((f) => FINDING_METRICS.map((metric) => ({ type: f.type, segment: f.segment, metric, ...f.effects[metric] }))), null, 2);
  }
  if (findings.length === 0) return 'The plan spends nothing on relationships, so there is nothing to explain.';
  return findings.map((f) => `- ${f.text}`).join('\n');
}
