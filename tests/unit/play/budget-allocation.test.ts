// The budget split the way managers think (segments first, then types within each) keeps every
// amount in whole cents, keeps a segment's mix when its allocation changes, never lets the types of
// a segment hold more than its allocation when shares are set, and turns back into the same decisions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import { RELATIONSHIP_TYPES } from '../../../src/engine';
import {
  allocatedCents, apportionCents, fromDecisions, plannedCents, setSegmentTotal, setTypeAmount, setTypeShare, sumTypes, toDecisions, typeShare, unassignedCents,
} from '../../../src/ui/play/budget/allocation';

const coffee = loadScenario('coffee-chain').scenario;
const plan = { spend: { regulars: { 'personal-assistance': 1200.5, communities: 300 }, offices: { 'dedicated-personal-assistance': 600 } } };

describe('the budget allocation', () => {
  it('reads decisions in whole cents and gives the same decisions back', () => {
    const a = fromDecisions(coffee, plan);
    expect(a.map((s) => s.id)).toEqual(coffee.segments.map((s) => s.id));
    expect(a[1]!.types['personal-assistance']).toBe(120050);
    expect(plannedCents(a)).toBe(210050);
    expect(toDecisions(a)).toEqual(plan);
  });

  it('scales a segment\'s types in its mix when its allocation changes, to the cent', () => {
    const a = setSegmentTotal(fromDecisions(coffee, plan), 1, 100001);
    const regulars = a[1]!;
    expect(regulars.total).toBe(100001);
    expect(sumTypes(regulars.types)).toBe(100001);
    expect(regulars.types['personal-assistance'] / regulars.types.communities).toBeCloseTo(1200.5 / 300, 3);
    expect(a[2]).toEqual(fromDecisions(coffee, plan)[2]);
  });

  it('holds money for a segment with no type yet, then spends it on the types chosen', () => {
    let a = setSegmentTotal(fromDecisions(coffee, plan), 0, 50000);
    expect(unassignedCents(a[0]!)).toBe(50000);
    expect(plannedCents(a)).toBe(210050);
    expect(allocatedCents(a)).toBe(260050);
    a = setTypeAmount(a, 0, 'self-service', 20000);
    expect(a[0]!.total).toBe(50000);
    expect(unassignedCents(a[0]!)).toBe(30000);
    a = setTypeShare(a, 0, 'transactional', 0.6);
    expect(a[0]!.types.transactional).toBe(30000);
    expect(sumTypes(a[0]!.types)).toBe(50000);
    expect(typeShare(a[0]!, 'self-service')).toBeCloseTo(0.4, 10);
  });

  it('follows its types when nothing is unassigned', () => {
    const a = setTypeAmount(fromDecisions(coffee, plan), 1, 'communities', 0);
    expect(a[1]!.total).toBe(120050);
    expect(unassignedCents(a[1]!)).toBe(0);
  });

  it('apportions whole cents that add up, for any total and weights', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 7 }), (total, weights) => {
      const parts = apportionCents(total, weights);
      expect(parts.every(Number.isInteger)).toBe(true);
      const sum = parts.reduce((x, y) => x + y, 0);
      expect(sum).toBe(weights.some((w) => w > 0) ? total : 0);
    }));
  });

  it('never lets shares push a segment\'s types past its allocation', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.constantFrom(...RELATIONSHIP_TYPES), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 12 }),
      fc.integer({ min: 1, max: 5_000_000 }),
      (moves, total) => {
        let a = setSegmentTotal(fromDecisions(coffee, { spend: {} }), 2, total);
        for (const [type, share] of moves) a = setTypeShare(a, 2, type, share);
        const seg = a[2]!;
        expect(seg.total).toBe(total);
        expect(sumTypes(seg.types)).toBeLessThanOrEqual(total);
        expect(RELATIONSHIP_TYPES.every((t) => Number.isInteger(seg.types[t]) && seg.types[t] >= 0)).toBe(true);
      },
    ));
  });
});
