// What a line of spend buys, in the words a manager uses: how many of the segment's customers a
// per-customer type reaches and what one costs, the service level a fixed spend buys (and how fast
// it builds up), and the level the segment expects, flagged when the spend falls short of it. The
// levels follow docs/model.md's table of the seven types (per customer: spend ÷ (customers × unit
// cost), at most 1; otherwise spend ÷ (spend + the half-strength spend)).
import { formatCount, formatMoney, formatPercent, type RelationshipTypeId, type Scenario, type Segment } from '../../../engine';

export interface TypeHint {
  readonly text: string;
  /** The spend buys less than the segment expects of this type (or of a type it stands in for). */
  readonly short: boolean;
  /** Level (0–1) the spend buys once ramped. */
  readonly level: number;
}

/** The unit cost of serving one of the segment's customers fully with a per-customer type. */
export function unitCostOf(scenario: Scenario, segment: Segment, type: RelationshipTypeId): number {
  return segment.unitCosts[type] ?? scenario.types[type].unitCost;
}

/** The level (0–1) `cents` buys in a segment of `customers` once fully ramped. */
export function levelBought(scenario: Scenario, segment: Segment, type: RelationshipTypeId, cents: number, customers: number): number {
  if (cents <= 0) return 0;
  const params = scenario.types[type];
  if (params.cost === 'per-customer') {
    const needed = unitCostOf(scenario, segment, type) * 100 * Math.max(1, customers);
    return needed <= 0 ? 1 : Math.min(1, cents / needed);
  }
  return params.halfSpend <= 0 ? 1 : cents / (cents + params.halfSpend * 100);
}

/** The level the segment expects of `type` (directly, or through a type it stands in for). */
export function expectedLevel(scenario: Scenario, segment: Segment, type: RelationshipTypeId): { level: number; of: RelationshipTypeId } | null {
  const direct = segment.expectations[type];
  if (direct !== undefined && direct > 0) return { level: direct, of: type };
  for (const other of scenario.types[type].satisfies) {
    const level = segment.expectations[other];
    if (level !== undefined && level > 0) return { level, of: other };
  }
  return null;
}

export function typeHint(scenario: Scenario, segment: Segment, type: RelationshipTypeId, cents: number, customers: number): TypeHint {
  const params = scenario.types[type];
  const money = (x: number) => formatMoney(x, scenario.currency);
  const level = levelBought(scenario, segment, type, cents, customers);
  const who = segment.name.toLowerCase();
  const parts: string[] = [];
  if (params.cost === 'per-customer') {
    const unit = unitCostOf(scenario, segment, type);
    const all = unit * Math.max(1, customers);
    parts.push(cents > 0
      ? `Now reaches ${formatPercent(level)} of your ${formatCount(customers)} ${who} (${money(unit)} a customer a month; ${money(all)} reaches them all).`
      : `${money(unit)} a customer a month; ${money(all)} reaches all ${formatCount(customers)} ${who}.`);
  } else {
    parts.push(cents > 0 ? `Buys a service level of about ${formatPercent(level)}` : `${money(params.halfSpend)} a month buys half strength`);
    if (cents > 0) parts[0] += ` (${money(params.halfSpend)} buys half)`;
    parts[0] += params.ramp < 1 ? `; builds up over months (${formatPercent(params.ramp)} of the way each month).` : '.';
  }
  const expected = expectedLevel(scenario, segment, type);
  let short = false;
  if (expected) {
    short = level + 1e-9 < expected.level;
    const of = expected.of === type ? '' : ` of ${scenario.types[expected.of].name.toLowerCase()}`;
    parts.push(`${segment.name} expect at least ${formatPercent(expected.level)}${of}${short ? ': this spend falls short.' : '.'}`);
  }
  return { text: parts.join(' '), short, level };
}
