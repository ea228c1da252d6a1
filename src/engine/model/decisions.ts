// A month's decisions (spend per segment and relationship type) and the plan format that holds
// them for a whole run. Invalid decisions come back as an error value, never a thrown exception.
import { RELATIONSHIP_TYPES, isRelationshipType, type RelationshipTypeId } from './relationship-types';
import type { Scenario } from './scenario-types';

/** Spend per segment id and type id, in the scenario's currency, for one month. */
export interface Decisions {
  readonly spend: { readonly [segmentId: string]: { readonly [K in RelationshipTypeId]?: number } };
}

export type Plan = Decisions | { readonly months: readonly Decisions[] };

export const NO_SPEND: Decisions = { spend: {} };

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const MAX_SPEND = 1e12;

/** Spend in integer cents, indexed [segment][type], after checking every name and amount. */
export function decisionsToCents(scenario: Scenario, decisions: Decisions): Result<number[][]> {
  const cents = scenario.segments.map(() => RELATIONSHIP_TYPES.map(() => 0));
  if (typeof decisions !== 'object' || decisions === null || typeof decisions.spend !== 'object' || decisions.spend === null) {
    return { ok: false, error: 'decisions must be an object with a "spend" object' };
  }
  for (const [segmentId, bySegment] of Object.entries(decisions.spend)) {
    const s = scenario.segments.findIndex((seg) => seg.id === segmentId);
    if (s < 0) return { ok: false, error: `spend names an unknown segment "${segmentId}"` };
    if (typeof bySegment !== 'object' || bySegment === null) {
      return { ok: false, error: `spend.${segmentId} must be an object of amounts by relationship type` };
    }
    for (const [typeId, amount] of Object.entries(bySegment)) {
      if (!isRelationshipType(typeId)) return { ok: false, error: `spend.${segmentId} names an unknown relationship type "${typeId}"` };
      if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || amount > MAX_SPEND) {
        return { ok: false, error: `spend.${segmentId}.${typeId} must be a number from 0 to ${MAX_SPEND}` };
      }
      cents[s]![RELATIONSHIP_TYPES.indexOf(typeId)] = Math.round(amount * 100);
    }
  }
  return { ok: true, value: cents };
}

/** The decisions of a plan for month `month` (1-based); the last entry repeats. */
export function decisionsForMonth(plan: Plan | undefined, month: number): Decisions {
  if (!plan) return NO_SPEND;
  if ('months' in plan) {
    if (plan.months.length === 0) return NO_SPEND;
    return plan.months[Math.min(month, plan.months.length) - 1]!;
  }
  return plan;
}
