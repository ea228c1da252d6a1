// The plan the course teaches, derived from a scenario's data alone: each segment gets a share of
// the budget in proportion to the value at stake in it (its planned base × its customers' lifetime
// net margin), and spends it first on meeting what the segment expects, then on the types it values
// (in proportion to the preference squared), never on a type it does not value; per-customer types
// are bought for the base they serve (month by month, as the base grows), and dedicated assistance
// only where the margin carries its cost. The score measures a game against this plan on the same
// market with the same luck (game/score.ts).
import type { Decisions } from './decisions';
import { RELATIONSHIP_TYPES, type RelationshipTypeId } from './relationship-types';
import { monthBudget } from './budget';
import type { RunState } from './run-state';
import type { Scenario, Segment } from './scenario-types';

type Mix = Partial<Record<RelationshipTypeId, number>>;

/** Customers a segment is planned for: its starting base, or a slice of its market when it starts small. */
export function plannedBase(segment: Segment): number {
  return Math.max(segment.initialCustomers, Math.round(0.05 * segment.marketSize));
}

function netMargin(segment: Segment): number {
  return Math.max(segment.margin - segment.serveCost, 0.01 * segment.margin);
}

/** A customer's expected lifetime in months at neutral service, discounted: 1 ÷ (mean churn + discount). */
function lifetime(scenario: Scenario, segment: Segment): number {
  const churn = segment.churn.kind === 'rate' ? segment.churn.rate : segment.churn.alpha / (segment.churn.alpha + segment.churn.beta);
  return 1 / (churn + scenario.discountRate);
}

/** Each segment's share of the budget: its planned base × net margin × lifetime (the value at stake). */
export function segmentShares(scenario: Scenario): number[] {
  const weights = scenario.segments.map((s) => plannedBase(s) * netMargin(s) * lifetime(scenario, s));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total > 0 ? w / total : 1 / weights.length));
}

function unitCost(scenario: Scenario, segment: Segment, type: RelationshipTypeId): number {
  return segment.unitCosts[type] ?? scenario.types[type].unitCost;
}

/** One segment's mix for a monthly `budget`, serving a base of `base` customers. */
export function fitMix(scenario: Scenario, segment: Segment, budget: number, base = plannedBase(segment)): Mix {
  /** Monthly spend that fully serves the base with a per-customer type. */
  const fullStaffing = (type: RelationshipTypeId) => unitCost(scenario, segment, type) * Math.max(1, base) * 1.1;
  const out: Mix = {};
  let left = budget;
  const perCustomer = (type: RelationshipTypeId) => scenario.types[type].cost === 'per-customer';
  const carried = (type: RelationshipTypeId) => !perCustomer(type) || unitCost(scenario, segment, type) <= 0.5 * segment.margin;
  const preference = (type: RelationshipTypeId) => segment.preferences[type] ?? 0;
  for (const type of RELATIONSHIP_TYPES) {
    const expected = segment.expectations[type] ?? 0;
    if (expected <= 0 || left <= 0) continue;
    const params = scenario.types[type];
    const need = perCustomer(type) ? expected * fullStaffing(type) : (params.halfSpend * expected) / Math.max(0.05, 1 - expected);
    const amount = Math.min(left, need);
    out[type] = amount;
    left -= amount;
  }
  // Spread the rest by preference², capping per-customer types at full staffing; repeat while caps free budget.
  let open = RELATIONSHIP_TYPES.filter((t) => preference(t) > 0 && carried(t));
  for (let round = 0; round < RELATIONSHIP_TYPES.length && left > 0.5 && open.length > 0; round++) {
    const weight = open.reduce((a, t) => a + preference(t) ** 2, 0);
    const pool = left;
    const capped: RelationshipTypeId[] = [];
    for (const t of open) {
      let amount = (pool * preference(t) ** 2) / weight;
      if (perCustomer(t)) {
        const room = fullStaffing(t) - (out[t] ?? 0);
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
  for (const [t, amount] of Object.entries(out) as [RelationshipTypeId, number][]) if (amount >= 0.03 * budget && Math.floor(amount) > 0) rounded[t] = Math.floor(amount);
  return rounded;
}

/** The fit plan for a monthly budget (the scenario's fixed budget by default), for each segment's
 * current customers (`bases`, by segment id; by default its planned base). */
export function fitPlan(scenario: Scenario, budget = scenario.budget.monthly, bases: Readonly<Record<string, number>> = {}): Decisions {
  const shares = segmentShares(scenario);
  const spend: Record<string, Mix> = {};
  scenario.segments.forEach((segment, s) => { spend[segment.id] = fitMix(scenario, segment, budget * shares[s]!, bases[segment.id] ?? plannedBase(segment)); });
  return { spend };
}

/** The fit plan played month by month: per-customer service sized to each segment's customers at the
 * start of the month (what a manager who follows the course does as the base grows), on `budget` or,
 * by default, the month's own budget (which grows with revenue where the scenario says so). */
export function fitPolicy(scenario: Scenario, budget?: number): (run: RunState) => Decisions {
  return (run) => fitPlan(scenario, budget ?? monthBudget(run), Object.fromEntries(scenario.segments.map((s, i) => [s.id, run.segments[i]!.pop.count])));
}
