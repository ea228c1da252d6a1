// A month's decisions (spend per segment and relationship type), their one schema (every format
// that carries decisions uses it: plans, saved games, result files), and the plan format that
// holds them for a whole run. Invalid decisions come back as an error value, never an exception.
import * as v from 'valibot';
import { MAX_SPEND } from './limits';
import { RELATIONSHIP_TYPES, isRelationshipType, type RelationshipTypeId } from './relationship-types';
import type { Scenario } from './scenario-types';

/** Whether `x` is a whole number of cents (within floating-point rounding). */
export const wholeCents = (x: number): boolean => Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;

const amount = v.pipe(
  v.number('expected an amount'), v.finite('expected a finite amount'), v.minValue(0, 'expected 0 or more'), v.maxValue(MAX_SPEND, `expected at most ${MAX_SPEND}`),
  v.check(wholeCents, 'expected whole cents (at most two decimals)'),
);
const segmentKey = v.pipe(v.string(), v.maxLength(60, 'expected a segment id of at most 60 characters'));

/** Spend by relationship type for one segment: only the seven type ids, each an amount. */
export const SegmentSpendSchema = v.strictObject(
  Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, v.optional(amount)])) as { [K in RelationshipTypeId]: v.OptionalSchema<typeof amount, undefined> },
  `expected amounts by relationship type (${RELATIONSHIP_TYPES.join(', ')})`,
);

/** Spend per segment id and type id, in the scenario's currency, for one month. */
export const SpendSchema = v.record(segmentKey, SegmentSpendSchema, 'expected spend by segment');
export const DecisionsSchema = v.strictObject({ spend: SpendSchema }, 'expected an object with a "spend" object');

export type Spend = v.InferOutput<typeof SpendSchema>;
export interface Decisions {
  readonly spend: Spend;
}

export type Plan = Decisions | { readonly months: readonly Decisions[] };

export const NO_SPEND: Decisions = { spend: {} };

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };


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
      if (!wholeCents(amount)) return { ok: false, error: `spend.${segmentId}.${typeId} must be in whole cents (at most two decimals), not ${amount}` };
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
