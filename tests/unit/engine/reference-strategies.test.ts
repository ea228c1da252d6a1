// Reference strategies: generic plans derived from any scenario's data, and their outcomes over
// seeds (what an instructor sees when previewing how hard a challenge is).
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioIds } from '../../../src/content/scenario/load-node';
import { marketOf } from './helpers';
import {
  RELATIONSHIP_TYPES,
  planError,
  referenceBudget,
  referenceOutcomes,
  referenceStrategies,
  scoreRun,
  simulate,
  type Decisions,
  type Goal,
  type ReferenceStrategy,
} from '../../../src/engine';

const { scenario: coffee, file } = loadScenario('coffee-chain');
const goals: Goal[] = file.goals;
const total = (d: Decisions) => Object.values(d.spend).reduce((a, s) => a + Object.values(s).reduce((b, x) => b + (x ?? 0), 0), 0);
const byId = (list: ReferenceStrategy[], id: string) => list.find((s) => s.id === id)!;

describe('referenceStrategies', () => {
  it('offers the five generic strategies, each a valid plan, for every shipped scenario', () => {
    for (const id of scenarioIds()) {
      const { scenario } = loadScenario(id);
      const list = referenceStrategies(scenario);
      expect(list.map((s) => s.id)).toEqual(['no-spend', 'acquisition-push', 'human-touch', 'automate-everything', 'fit-to-segment']);
      for (const s of list) {
        expect(planError(scenario, s.plan, scenario.months), `${id}/${s.id}`).toBeNull();
        expect(s.label.length > 0 && s.description.length > 0).toBe(true);
      }
      expect(referenceBudget(scenario)).toBeGreaterThan(0);
    }
  });

  it('spends the same monthly budget in each paying strategy, and nothing in no-spend', () => {
    const list = referenceStrategies(coffee, { monthlyBudget: 6000 });
    expect(total(byId(list, 'no-spend').plan as Decisions)).toBe(0);
    for (const id of ['acquisition-push', 'human-touch', 'automate-everything']) {
      expect(Math.abs(total(byId(list, id).plan as Decisions) - 6000)).toBeLessThanOrEqual(5);
    }
    expect(total(byId(list, 'fit-to-segment').plan as Decisions)).toBeLessThanOrEqual(6000 + 5);
  });

  it('human touch buys only personal assistance; acquisition push is mostly transactional', () => {
    const list = referenceStrategies(coffee);
    for (const spend of Object.values((byId(list, 'human-touch').plan as Decisions).spend)) expect(Object.keys(spend)).toEqual(['personal-assistance']);
    const push = byId(list, 'acquisition-push').plan as Decisions;
    const transactional = Object.values(push.spend).reduce((a, s) => a + (s.transactional ?? 0), 0);
    expect(transactional / total(push)).toBeGreaterThan(0.7);
  });

  it('fit to segment follows what each segment values and what its margin can carry', () => {
    const fit = byId(referenceStrategies(coffee), 'fit-to-segment').plan as Decisions;
    // Offices (margin 300) get a dedicated account manager; commuters (margin 6) never do.
    expect(fit.spend.offices!['dedicated-personal-assistance']).toBeGreaterThan(0);
    expect(fit.spend.commuters!['dedicated-personal-assistance']).toBeUndefined();
    // Regulars expect personal assistance at level 0.5: at least that much of their 500 is staffed (unit cost 4).
    expect(fit.spend.regulars!['personal-assistance']).toBeGreaterThanOrEqual(0.5 * 4 * 500);
    // Nobody is funded with a type they dislike.
    for (const segment of coffee.segments) {
      for (const type of RELATIONSHIP_TYPES) {
        if ((segment.preferences[type] ?? 0) < 0) expect(fit.spend[segment.id]![type]).toBeUndefined();
      }
    }
  });
});

describe('referenceOutcomes', () => {
  const strategy = byId(referenceStrategies(coffee), 'fit-to-segment');

  it('scores each seed as an independent simulation would', () => {
    const out = referenceOutcomes(marketOf(coffee, 'unused', goals), strategy, 3, 'ref');
    const runs = [0, 1, 2].map((k) => simulate(coffee, strategy.plan, `ref/${k}`));
    expect(out.scores).toEqual(runs.map((r) => scoreRun(r.months, goals).points));
    const profits = runs.map((r) => r.months.reduce((a, m) => a + Math.round(m.total.profit * 100), 0) / 100);
    expect(out.meanProfit).toBeCloseTo(profits.reduce((a, b) => a + b, 0) / 3, 2);
    for (const g of goals) {
      const met = runs.filter((r) => scoreRun(r.months, goals).goals.find((x) => x.id === g.id)!.met).length;
      expect(out.goalRates[g.id]).toBeCloseTo(met / 3, 10);
    }
  });

  it('is deterministic for the same seeds', () => {
    expect(referenceOutcomes(marketOf(coffee, 'unused', goals), strategy, 2, 'same')).toEqual(referenceOutcomes(marketOf(coffee, 'unused', goals), strategy, 2, 'same'));
  });
});
