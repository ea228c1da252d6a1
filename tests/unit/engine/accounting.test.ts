// L4 of docs/model.md: money and customers add up, every month, per segment and in total.
import { describe, expect, it } from 'vitest';
import { simulate, type Plan } from '../../../src/engine';
import { shipped } from './helpers';

const cents = (x: number) => Math.round(x * 100);
const coffee = shipped('coffee-chain');
const plan: Plan = {
  months: [
    { spend: { commuters: { transactional: 1200, 'self-service': 900 }, regulars: { 'personal-assistance': 2200, communities: 700 }, offices: { 'dedicated-personal-assistance': 600 } } },
    { spend: { commuters: { 'automated-services': 2500 }, regulars: { 'co-creation': 900 } } },
    { spend: {} },
  ],
};
const run = simulate(coffee, plan, 'accounting');

describe('L4: accounting identities', () => {
  it('revenue − cost = profit, and cash(t) = cash(t−1) + profit(t), to the cent', () => {
    let cash = cents(coffee.startingCash);
    for (const m of run.months) {
      expect(cents(m.total.revenue) - cents(m.total.cost)).toBe(cents(m.total.profit));
      cash += cents(m.total.profit);
      expect(cents(m.total.cash)).toBe(cash);
      for (const s of Object.values(m.segments)) expect(cents(s.revenue) - cents(s.cost)).toBe(cents(s.profit));
    }
  });

  it('active(t) = active(t−1) + new(t) − churned(t) for every segment, starting from the initial customers', () => {
    for (const segment of coffee.segments) {
      let active = segment.initialCustomers;
      for (const m of run.months) {
        const s = m.segments[segment.id]!;
        expect(s.active).toBe(active + s.newCustomers - s.churned);
        active = s.active;
      }
    }
  });

  it('the total is the sum of the segments: no customer or cent counted twice', () => {
    for (const m of run.months) {
      const parts = Object.values(m.segments);
      for (const key of ['active', 'newCustomers', 'churned', 'referrals', 'prospects'] as const) {
        expect(m.total[key]).toBe(parts.reduce((a, s) => a + s[key], 0));
      }
      for (const key of ['revenue', 'cost', 'profit', 'costToServe'] as const) {
        expect(cents(m.total[key])).toBe(parts.reduce((a, s) => a + cents(s[key]), 0));
      }
    }
  });

  it('the spend by type equals the plan, month by month (the last entry repeats)', () => {
    expect(run.months[0]!.segments.regulars!.costByType['personal-assistance']).toBe(2200);
    expect(run.months[1]!.segments.commuters!.costByType['automated-services']).toBe(2500);
    expect(run.months[1]!.segments.commuters!.costByType.transactional).toBe(0);
    expect(run.months[23]!.total.costByType).toEqual(run.months[2]!.total.costByType);
    expect(Object.values(run.months[23]!.total.costByType).every((x) => x === 0)).toBe(true);
  });

  it('NPS is % promoters − % detractors and CSAT the share at 7 or above: both within their ranges', () => {
    for (const m of run.months) {
      for (const s of [m.total, ...Object.values(m.segments)]) {
        expect(s.nps!).toBeGreaterThanOrEqual(-100);
        expect(s.nps!).toBeLessThanOrEqual(100);
        expect(s.csat!).toBeGreaterThanOrEqual(0);
        expect(s.csat!).toBeLessThanOrEqual(100);
        // Every promoter is also satisfied, so CSAT ≥ the promoter share ≥ NPS.
        expect(s.csat!).toBeGreaterThanOrEqual(s.nps!);
      }
    }
  });
});
