// Reference strategies: a handful of generic plans (spend nothing, push acquisition, a human touch
// everywhere, automate everything, fit each segment) derived from any scenario's data, and their
// outcomes over many seeds, so an instructor can see how hard a challenge is.
import type { Decisions, Plan } from '../model/decisions';
import { InvalidInputError } from '../model/errors';
import { RELATIONSHIP_TYPES, type RelationshipTypeId } from '../model/relationship-types';
import type { Scenario, Segment } from '../model/scenario-types';
import { scoreRun } from '../model/score';
import type { Market } from '../game/market';
import { playPlan } from '../game/simulate';

export interface ReferenceStrategy {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly plan: Plan;
}

export interface ReferenceOptions {
  /** Monthly budget of every strategy; default: derived from the scenario (see referenceBudget). */
  readonly monthlyBudget?: number | undefined;
}

/** Share of the starting customers' monthly net margin the strategies spend. */
const MARGIN_SHARE = 0.3;

/** Customers a segment is planned for: its starting base, or a slice of its market when it starts small. */
function plannedBase(segment: Segment): number {
  return Math.max(segment.initialCustomers, Math.round(0.05 * segment.marketSize));
}

function netMargin(segment: Segment): number {
  return Math.max(segment.margin - segment.serveCost, 0.01 * segment.margin);
}

/**
 * The default monthly budget: 30% of the monthly net margin of the customers the segments are
 * planned for (their starting base, or 5% of the market when that is larger), rounded to 2 figures.
 */
export function referenceBudget(scenario: Scenario, options: ReferenceOptions = {}): number {
  if (options.monthlyBudget !== undefined) return options.monthlyBudget;
  const margin = scenario.segments.reduce((a, s) => a + plannedBase(s) * netMargin(s), 0);
  return roundNice(MARGIN_SHARE * margin);
}

function roundNice(x: number): number {
  if (x <= 0) return 0;
  let unit = 1;
  while (x / unit >= 100) unit *= 10;
  return Math.round(x / unit) * unit;
}

/** Each segment's share of the budget: its planned base × net margin. */
function segmentShares(scenario: Scenario): number[] {
  const weights = scenario.segments.map((s) => plannedBase(s) * netMargin(s));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total > 0 ? w / total : 1 / weights.length));
}

type Mix = Partial<Record<RelationshipTypeId, number>>;

/** The same mix of types (shares adding up to 1) in every segment, split by segment shares. */
function uniform(scenario: Scenario, budget: number, mix: Mix): Decisions {
  const shares = segmentShares(scenario);
  const spend: Record<string, Mix> = {};
  scenario.segments.forEach((segment, s) => {
    const bySegment: Mix = {};
    for (const [type, share] of Object.entries(mix) as [RelationshipTypeId, number][]) {
      const amount = Math.round(budget * shares[s]! * share);
      if (amount > 0) bySegment[type] = amount;
    }
    spend[segment.id] = bySegment;
  });
  return { spend };
}

/** Monthly spend that fully serves the planned base with a per-customer type. */
function fullStaffing(scenario: Scenario, segment: Segment, type: RelationshipTypeId): number {
  return scenario.types[type].unitCost * plannedBase(segment) * 1.2;
}

function squaredPreference(segment: Segment, type: RelationshipTypeId): number {
  const p = segment.preferences[type] ?? 0;
  return p * p;
}

/**
 * Fit to segment: each segment's budget goes to the types it values (weight ∝ preference²), first
 * meeting its expectations; per-customer types are capped at full staffing and dedicated assistance
 * is only bought where the margin carries its cost.
 */
function fitMix(scenario: Scenario, segment: Segment, budget: number): Mix {
  const out: Mix = {};
  let left = budget;
  const perCustomer = (type: RelationshipTypeId) => scenario.types[type].cost === 'per-customer';
  const affordable = (type: RelationshipTypeId) => type !== 'dedicated-personal-assistance' || segment.margin >= 1.5 * scenario.types[type].unitCost;
  for (const type of RELATIONSHIP_TYPES) {
    const expected = segment.expectations[type] ?? 0;
    if (expected <= 0 || left <= 0) continue;
    const params = scenario.types[type];
    const need = perCustomer(type) ? expected * fullStaffing(scenario, segment, type) : (params.halfSpend * expected) / Math.max(0.05, 1 - expected);
    const amount = Math.min(left, need);
    out[type] = amount;
    left -= amount;
  }
  const liked = RELATIONSHIP_TYPES.filter((t) => (segment.preferences[t] ?? 0) > 0 && affordable(t));
  // Spread the rest by preference², capping per-customer types at full staffing; repeat while caps free budget.
  let open = liked.slice();
  for (let round = 0; round < RELATIONSHIP_TYPES.length && left > 0.5 && open.length > 0; round++) {
    const weight = open.reduce((a, t) => a + squaredPreference(segment, t), 0);
    const pool = left;
    const capped: RelationshipTypeId[] = [];
    for (const t of open) {
      let amount = (pool * squaredPreference(segment, t)) / weight;
      if (perCustomer(t)) {
        const room = fullStaffing(scenario, segment, t) - (out[t] ?? 0);
        if (amount >= room) {
          amount = Math.max(0, room);
          capped.push(t);
        }
      }
      out[t] = (out[t] ?? 0) + amount;
      left -= amount;
    }
    if (capped.length === 0) break;
    open = open.filter((t) => !capped.includes(t));
  }
  // Crumbs under 3% of the segment's budget are not worth a line of the plan.
  const rounded: Mix = {};
  for (const [t, amount] of Object.entries(out) as [RelationshipTypeId, number][]) if (amount >= 0.03 * budget && Math.round(amount) > 0) rounded[t] = Math.round(amount);
  return rounded;
}

export function referenceStrategies(scenario: Scenario, options: ReferenceOptions = {}): ReferenceStrategy[] {
  const budget = referenceBudget(scenario, options);
  const shares = segmentShares(scenario);
  const fit: Record<string, Mix> = {};
  scenario.segments.forEach((segment, s) => { fit[segment.id] = fitMix(scenario, segment, budget * shares[s]!); });
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
      plan: { spend: fit },
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
    let reports;
    try {
      reports = playPlan({ ...market, seed: `${seedPrefix}/${k}` }, strategy.plan, { hash: false }).run.reports;
    } catch (error) {
      throw new InvalidInputError(`${strategy.label}: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const r of reports) profitCents += Math.round(r.total.profit * 100);
    const score = scoreRun(reports, goals);
    scores.push(score.points);
    for (const g of score.goals) if (g.met) met[g.id] = (met[g.id] ?? 0) + 1;
  }
  const goalRates: Record<string, number> = {};
  for (const g of goals) goalRates[g.id] = n > 0 ? met[g.id]! / n : 0;
  return { scores, goalRates, meanProfit: n > 0 ? Math.round(profitCents / n) / 100 : 0 };
}
