// L4 of docs/model.md: money and customers add up, every month, per segment and in total.
import { describe, expect, it } from 'vitest';
import { applyMove, newGame, planMove, simulate, type GameState, type Move, type Plan } from '../../../src/engine';
import { marketOf, shipped } from './helpers';

const cents = (x: number) => Math.round(x * 100);
const coffee = shipped('coffee-chain');
const plan: Plan = {
  months: [
    { spend: { commuters: { transactional: 1200, 'self-service': 900 }, regulars: { 'personal-assistance': 1900, communities: 700 }, offices: { 'dedicated-personal-assistance': 600 } } },
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
    expect(run.months[0]!.segments.regulars!.costByType['personal-assistance']).toBe(1900);
    expect(run.months[1]!.segments.commuters!.costByType['automated-services']).toBe(2500);
    expect(run.months[1]!.segments.commuters!.costByType.transactional).toBe(0);
    expect(run.months[23]!.total.costByType).toEqual(run.months[2]!.total.costByType);
    expect(Object.values(run.months[23]!.total.costByType).every((x) => x === 0)).toBe(true);
  });

  it('a survey is a cost of the month after it, in its segment: the identities hold with it', () => {
    let game: GameState = newGame(marketOf(coffee, 'accounting-survey', [], 3));
    const moves: Move[] = [planMove(plan.months[1]!), { type: 'play' }, { type: 'survey', segment: 'regulars', size: 100 }, { type: 'play' }];
    for (const move of moves) {
      const result = applyMove(game, move);
      if (!result.ok) throw new Error(result.error);
      game = result.state;
    }
    const [first, second] = game.run.reports;
    expect(first!.total.research).toBe(0);
    expect(second!.segments.regulars!.research).toBe(100 * coffee.model.surveyCostPerResponse);
    expect(second!.segments.commuters!.research).toBe(0);
    expect(cents(second!.total.research)).toBe(cents(second!.segments.regulars!.research));
    for (const m of [first!, second!]) {
      expect(cents(m.total.revenue) - cents(m.total.cost)).toBe(cents(m.total.profit));
      for (const s of Object.values(m.segments)) expect(cents(s.revenue) - cents(s.cost)).toBe(cents(s.profit));
    }
    expect(cents(second!.total.cash)).toBe(cents(first!.total.cash) + cents(second!.total.profit));
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
