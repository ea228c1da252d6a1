// Reference strategies: a handful of generic plans (spend nothing, push acquisition, a human touch
// everywhere, automate everything, fit each segment) derived from any scenario's data, and their
// outcomes over many seeds, so an instructor can see how hard a challenge is.
import type { Decisions, Plan } from '../model/decisions';
import { InvalidInputError } from '../model/errors';
import { fitPolicy, segmentShares } from '../model/fit-plan';
import type { RelationshipTypeId } from '../model/relationship-types';
import type { Scenario } from '../model/scenario-types';
import type { Market } from '../game/market';
import { benchmarks, scoreGame } from '../game/score';
import { playPlan, type Strategy } from '../game/simulate';

export interface ReferenceStrategy {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly plan: Strategy;
}

export interface ReferenceOptions {
  /** Monthly budget of every strategy; default: derived from the scenario (see referenceBudget). */
  readonly monthlyBudget?: number | undefined;
}

/** The monthly budget every strategy spends: the scenario's own (or the one given). */
export function referenceBudget(scenario: Scenario, options: ReferenceOptions = {}): number {
  return options.monthlyBudget ?? scenario.budget.monthly;
}

type Mix = Partial<Record<RelationshipTypeId, number>>;

/** The same mix of types (shares adding up to 1) in every segment, split by segment shares. */
function uniform(scenario: Scenario, budget: number, mix: Mix): Decisions {
  const shares = segmentShares(scenario);
  const spend: Record<string, Mix> = {};
  scenario.segments.forEach((segment, s) => {
    const bySegment: Mix = {};
    for (const [type, share] of Object.entries(mix) as [RelationshipTypeId, number][]) {
      const amount = Math.floor(budget * shares[s]! * share);
      if (amount > 0) bySegment[type] = amount;
    }
    spend[segment.id] = bySegment;
  });
  return { spend };
}

export function referenceStrategies(scenario: Scenario, options: ReferenceOptions = {}): ReferenceStrategy[] {
  const budget = referenceBudget(scenario, options);
  return [
    { id: 'no-spend', label: 'Spend nothing', description: 'No relationship spend at all: the market runs on the offer alone.', plan: { spend: {} } },
    {
      id: 'acquisition-push',
      label: 'Acquisition push',
      description: 'Most of the budget on promotions and offers (transactional), the rest on self-service, in every segment.',
      plan: uniform(scenario, budget, { transactional: 0.8, 'self-service': 0.2 }),
    },
    {
      id: 'human-touch',
      label: 'Human touch everywhere',
      description: 'The whole budget on personal assistance, in every segment alike.',
      plan: uniform(scenario, budget, { 'personal-assistance': 1 }),
    },
    {
      id: 'automate-everything',
      label: 'Automate everything',
      description: 'The budget on automated services and self-service, with no human contact.',
      plan: uniform(scenario, budget, { 'automated-services': 0.55, 'self-service': 0.45 }),
    },
    {
      id: 'fit-to-segment',
      label: 'Fit to each segment',
      description: 'Each segment gets a budget in proportion to its margin, spent on the types it values and first on what it expects.',
      plan: fitPolicy(scenario, budget),
    },
  ];
}

export interface ReferenceOutcome {
  /** Score (0–100) of each seed. */
  readonly scores: number[];
  /** Share of seeds in which each goal (by id) was met. */
  readonly goalRates: Record<string, number>;
  /** Mean cumulative profit over the seeds. */
  readonly meanProfit: number;
}

/** Plays the strategy to the market's end with seeds `${seedPrefix}/0` … and scores every run on the market's goals. */
export function referenceOutcomes(market: Market, strategy: ReferenceStrategy, seeds: number, seedPrefix: string): ReferenceOutcome {
  const goals = market.goals;
  const scores: number[] = [];
  const met: Record<string, number> = Object.fromEntries(goals.map((g) => [g.id, 0]));
  let profitCents = 0;
  const n = Math.max(0, Math.floor(seeds));
  for (let k = 0; k < n; k++) {
    const seeded = { ...market, seed: `${seedPrefix}/${k}` };
    let game;
    try {
      game = playPlan(seeded, strategy.plan, { hash: false, affordable: true });
    } catch (error) {
      throw new InvalidInputError(`${strategy.label}: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const r of game.run.reports) profitCents += Math.round(r.total.profit * 100);
    const score = scoreGame(game, benchmarks(seeded));
    scores.push(score.points);
    for (const g of score.goals) if (g.met) met[g.id] = (met[g.id] ?? 0) + 1;
  }
  const goalRates: Record<string, number> = {};
  for (const g of goals) goalRates[g.id] = n > 0 ? met[g.id]! / n : 0;
  return { scores, goalRates, meanProfit: n > 0 ? Math.round(profitCents / n) / 100 : 0 };
}
