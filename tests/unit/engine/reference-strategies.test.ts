// Reference strategies (what the debrief compares a game with and the difficulty preview plays):
// generic plans derived from any scenario's data under its budget, the fit plan the score measures
// against among them, and their outcomes over seeds scored the way a game is scored.
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioIds } from '../../../src/content/scenario/load-node';
import {
  RELATIONSHIP_TYPES, benchmarks, fitPlan, fitPolicy, playPlan, referenceBudget, referenceOutcomes, referenceStrategies, scoreGame,
  type Decisions, type ReferenceStrategy,
} from '../../../src/engine';
import { marketOf } from './helpers';

const { scenario: coffee, file } = loadScenario('coffee-chain');
const total = (d: Decisions) => Object.values(d.spend).reduce((a, s) => a + Object.values(s).reduce((b, x) => b + (x ?? 0), 0), 0);
const byId = (list: ReferenceStrategy[], id: string) => list.find((s) => s.id === id)!;

describe('referenceStrategies', () => {
  it('offers the five generic strategies for every shipped scenario, within its budget', () => {
    for (const id of scenarioIds()) {
      const { scenario } = loadScenario(id);
      const list = referenceStrategies(scenario);
      expect(list.map((s) => s.id)).toEqual(['no-spend', 'acquisition-push', 'human-touch', 'automate-everything', 'fit-to-segment']);
      expect(referenceBudget(scenario)).toBe(scenario.budget.monthly);
      for (const s of list) {
        expect(s.label.length > 0 && s.description.length > 0).toBe(true);
        // Every month of every strategy is within the budget (the fit strategy adapts to the base).
        const game = playPlan(marketOf(scenario, `ref-${id}`, [], 6), s.plan, { hash: false });
        for (const r of game.run.reports) expect(Object.values(r.total.costByType).reduce((a, b) => a + b, 0), `${id}/${s.id}`).toBeLessThanOrEqual(r.budget + 0.01);
      }
    }
  });

  it('spend the whole budget in each paying generic strategy, and nothing in no-spend', () => {
    const list = referenceStrategies(coffee, { monthlyBudget: 6000 });
    expect(total(byId(list, 'no-spend').plan as Decisions)).toBe(0);
    for (const id of ['acquisition-push', 'human-touch', 'automate-everything']) {
      expect(Math.abs(total(byId(list, id).plan as Decisions) - 6000)).toBeLessThanOrEqual(5);
    }
  });

  it('human touch buys only personal assistance; acquisition push is mostly transactional', () => {
    const list = referenceStrategies(coffee);
    for (const spend of Object.values((byId(list, 'human-touch').plan as Decisions).spend)) expect(Object.keys(spend)).toEqual(['personal-assistance']);
    const push = byId(list, 'acquisition-push').plan as Decisions;
    const transactional = Object.values(push.spend).reduce((a, s) => a + (s.transactional ?? 0), 0);
    expect(transactional / total(push)).toBeGreaterThan(0.7);
  });
});

describe('the fit plan', () => {
  it('funds what each segment values and expects, what its margin can carry, and never what it dislikes', () => {
    const fit = fitPlan(coffee);
    expect(total(fit)).toBeLessThanOrEqual(coffee.budget.monthly);
    expect(total(fit)).toBeGreaterThan(0.95 * coffee.budget.monthly);
    // Offices (margin 300) get a dedicated account manager; commuters (margin 6) never do.
    expect(fit.spend.offices!['dedicated-personal-assistance']).toBeGreaterThan(0);
    expect(fit.spend.commuters!['dedicated-personal-assistance']).toBeUndefined();
    // Regulars expect personal assistance at level 0.5: at least that much of their base is staffed.
    const unit = coffee.segments.find((s) => s.id === 'regulars')!.unitCosts['personal-assistance']!;
    expect(fit.spend.regulars!['personal-assistance']).toBeGreaterThanOrEqual(0.5 * unit * 500);
    for (const segment of coffee.segments) {
      for (const type of RELATIONSHIP_TYPES) {
        if ((segment.preferences[type] ?? 0) <= 0 && !(segment.expectations[type] ?? 0)) expect(fit.spend[segment.id]![type], `${segment.id}/${type}`).toBeUndefined();
      }
    }
  });

  it('sizes per-customer service to the base as it grows', () => {
    const small = fitPlan(coffee, coffee.budget.monthly, { offices: 10 });
    const grown = fitPlan(coffee, coffee.budget.monthly, { offices: 40 });
    const staff = (d: Decisions) => (d.spend.offices!['personal-assistance'] ?? 0) + (d.spend.offices!['dedicated-personal-assistance'] ?? 0);
    expect(staff(grown)).toBeGreaterThan(staff(small));
  });
});

describe('referenceOutcomes', () => {
  const strategy = byId(referenceStrategies(coffee), 'acquisition-push');
  const market = marketOf(coffee, 'unused', file.goals, 12);

  it('scores each seed as a game would be scored, against the benchmarks of that seed', () => {
    const out = referenceOutcomes(market, strategy, 3, 'ref');
    const games = [0, 1, 2].map((k) => playPlan({ ...market, seed: `ref/${k}` }, strategy.plan, { hash: false, affordable: true }));
    const scores = games.map((g, k) => scoreGame(g, benchmarks({ ...market, seed: `ref/${k}` })));
    expect(out.scores).toEqual(scores.map((s) => s.points));
    const profits = games.map((g) => g.run.reports.reduce((a, r) => a + Math.round(r.total.profit * 100), 0) / 100);
    expect(out.meanProfit).toBeCloseTo(profits.reduce((a, b) => a + b, 0) / 3, 2);
    for (const g of file.goals) expect(out.goalRates[g.id]).toBeCloseTo(scores.filter((s) => s.goals.find((x) => x.id === g.id)!.met).length / 3, 10);
  });

  it('is deterministic for the same seeds', () => {
    expect(referenceOutcomes(market, strategy, 2, 'same')).toEqual(referenceOutcomes(market, strategy, 2, 'same'));
  });
});

describe('the fit policy', () => {
  it('spends the month\'s own budget where the budget grows with revenue', () => {
    const growing = { ...coffee, budget: { monthly: 3000, revenueShare: 0.05 } };
    const game = playPlan(marketOf(growing, 'fit-grows', [], 6), fitPolicy(growing), { hash: false });
    for (const r of game.run.reports.slice(1)) {
      const spent = Object.values(r.total.costByType).reduce((a, b) => a + b, 0);
      expect(r.budget).toBeGreaterThan(3000);
      expect(spent, `month ${r.month}`).toBeGreaterThan(0.9 * r.budget);
      expect(spent).toBeLessThanOrEqual(r.budget + 0.01);
    }
  });
});
