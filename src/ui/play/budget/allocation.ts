// The budget as a manager splits it: money allocated to each segment, then to the relationship
// types within it, all in whole cents. An allocation may hold money not yet assigned to a type (it
// is not spent); the month's decisions are the type amounts alone. Pure functions, no DOM.
import { RELATIONSHIP_TYPES, wholeParts, type Decisions, type RelationshipTypeId, type Scenario } from '../../../engine';

export type TypeCents = Readonly<Record<RelationshipTypeId, number>>;

export interface SegmentAllocation {
  readonly id: string;
  /** Money allocated to the segment, in cents (at least what its types hold). */
  readonly total: number;
  /** Money per relationship type, in cents. */
  readonly types: TypeCents;
}

export type Allocation = readonly SegmentAllocation[];

const zeroTypes = (): Record<RelationshipTypeId, number> => Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<RelationshipTypeId, number>;

export const sumTypes = (types: TypeCents): number => RELATIONSHIP_TYPES.reduce((a, t) => a + types[t], 0);

/** Splits `total` cents over `weights` by largest remainder, so the parts are whole and add up. */
export function apportionCents(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  return wholeParts(weights.map((w) => (total * Math.max(0, w)) / sum), total);
}

/** The allocation that spends `decisions` (nothing unassigned). */
export function fromDecisions(scenario: Scenario, decisions: Decisions): Allocation {
  return scenario.segments.map((segment) => {
    const types = zeroTypes();
    for (const t of RELATIONSHIP_TYPES) types[t] = Math.round((decisions.spend[segment.id]?.[t] ?? 0) * 100);
    return { id: segment.id, total: sumTypes(types), types };
  });
}

/** The month's decisions: every type amount above zero, in the scenario's currency. */
export function toDecisions(allocation: Allocation): Decisions {
  const spend: Record<string, Partial<Record<RelationshipTypeId, number>>> = {};
  for (const seg of allocation) {
    const line: Partial<Record<RelationshipTypeId, number>> = {};
    for (const t of RELATIONSHIP_TYPES) if (seg.types[t] > 0) line[t] = seg.types[t] / 100;
    if (Object.keys(line).length > 0) spend[seg.id] = line;
  }
  return { spend };
}

/** Cents spent (assigned to types) in all. */
export const plannedCents = (allocation: Allocation): number => allocation.reduce((a, s) => a + sumTypes(s.types), 0);

/** Cents allocated to segments in all (spent or not yet assigned). */
export const allocatedCents = (allocation: Allocation): number => allocation.reduce((a, s) => a + s.total, 0);

export const unassignedCents = (seg: SegmentAllocation): number => seg.total - sumTypes(seg.types);

function replace(allocation: Allocation, index: number, seg: SegmentAllocation): Allocation {
  return allocation.map((s, i) => (i === index ? seg : s));
}

/**
 * Allocates `cents` to segment `index`: its types keep their mix (scaled in whole cents); a segment
 * with no type funded yet holds the money unassigned until types are chosen.
 */
export function setSegmentTotal(allocation: Allocation, index: number, cents: number): Allocation {
  const seg = allocation[index]!;
  const total = Math.max(0, Math.round(cents));
  const assigned = sumTypes(seg.types);
  if (assigned === 0) return replace(allocation, index, { ...seg, total });
  const target = Math.min(total, Math.round((total * assigned) / Math.max(1, seg.total)));
  const parts = apportionCents(seg.total === assigned ? total : target, RELATIONSHIP_TYPES.map((t) => seg.types[t]));
  const types = zeroTypes();
  RELATIONSHIP_TYPES.forEach((t, k) => { types[t] = parts[k]!; });
  return replace(allocation, index, { ...seg, total, types });
}

/**
 * Sets one type's amount in segment `index`. Money not yet assigned is used first; without any,
 * the segment's allocation follows its types.
 */
export function setTypeAmount(allocation: Allocation, index: number, type: RelationshipTypeId, cents: number): Allocation {
  const seg = allocation[index]!;
  const types = { ...seg.types, [type]: Math.max(0, Math.round(cents)) };
  const assigned = sumTypes(types);
  const total = unassignedCents(seg) > 0 ? Math.max(seg.total, assigned) : assigned;
  return replace(allocation, index, { ...seg, total, types });
}

/**
 * Gives one type `share` (0–1) of segment `index`'s allocation; when the types would then hold more
 * than the allocation, the other types shrink in proportion to make room. No-op without an allocation.
 */
export function setTypeShare(allocation: Allocation, index: number, type: RelationshipTypeId, share: number): Allocation {
  const seg = allocation[index]!;
  if (seg.total <= 0) return allocation;
  const amount = Math.round(Math.min(1, Math.max(0, share)) * seg.total);
  const others = RELATIONSHIP_TYPES.filter((t) => t !== type);
  const rest = others.reduce((a, t) => a + seg.types[t], 0);
  const types = { ...seg.types, [type]: amount };
  if (rest + amount > seg.total) {
    const parts = apportionCents(seg.total - amount, others.map((t) => seg.types[t]));
    others.forEach((t, k) => { types[t] = parts[k]!; });
  }
  return replace(allocation, index, { ...seg, types });
}

/** A type's share (0–1) of its segment's allocation. */
export function typeShare(seg: SegmentAllocation, type: RelationshipTypeId): number {
  return seg.total > 0 ? seg.types[type] / seg.total : 0;
}
