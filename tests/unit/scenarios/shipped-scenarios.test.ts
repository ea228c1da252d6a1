// The shipped scenarios: every one validates; each game scenario has the parts the game needs
// (briefing, personas, a budget, goals, decision points tied to the player's situation); its goals
// are reached by fitting each segment and not by spending (an even split of the same budget), and
// its decision points can fire in a game.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioIds } from '../../../src/content/scenario/load-node';
import { NO_SPEND, fitPolicy, goalResults, playPlan, pointFires, resolveMarket, type DecisionPointRule, type MonthReport, type Scenario, type Strategy } from '../../../src/engine';
import { evenSplit, swappedPlan } from '../../support/plan-space';
import type { DecisionPoint } from '../../../src/content/scenario/scenario-schema';

const GAME_SCENARIOS = ['coffee-chain', 'tutorial', 'streaming-service', 'marketplace', 'b2b-wholesaler', 'dog-treats', 'scaling-startup', 'consumer-tech'] as const;
const SEEDS = 4;

const lessonIds = new Set(
  readdirSync('content/lessons')
    .filter((f) => f.endsWith('.md'))
    .map((f) => /^id:\s*(\S+)/m.exec(readFileSync(`content/lessons/${f}`, 'utf8'))?.[1]),
);

function play(scenario: Scenario, plan: Strategy, seed: string): MonthReport[] {
  const market = resolveMarket({ scenario, goals: [], seed });
  if (!market.ok) throw new Error(market.error);
  return playPlan(market.value, plan, { hash: false, affordable: true }).run.reports;
}

/** Whether a metric-based decision point fires in some month of the run (the engine's own rule). */
function fires(point: DecisionPoint, reports: readonly MonthReport[]): boolean {
  return 'metric' in point.when && reports.some((r, i) => pointFires(point as DecisionPointRule, r, reports[i - 1]));
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('shipped scenarios', () => {
  it('every shipped scenario file validates and resolves', () => {
    expect(scenarioIds()).toEqual(expect.arrayContaining([...GAME_SCENARIOS]));
    for (const id of scenarioIds()) expect(() => loadScenario(id), id).not.toThrow();
  });

  describe.each(GAME_SCENARIOS)('%s', (id) => {
    const { file, scenario } = loadScenario(id);

    it('has what the game needs: briefing, personas, goals and decision points tied to the situation', () => {
      expect(file.briefing && file.briefing.length > 200).toBe(true);
      expect(file.teaches.length).toBeGreaterThan(0);
      if (id === 'tutorial') {
        expect(file.months).toBe(5);
        expect(file.difficulty).toBe('tutorial');
        expect(file.suggestedSpend).toBeDefined();
        expect(file.decisionPoints.filter((d) => 'month' in d.when).map((d) => ('month' in d.when ? d.when.month : 0))).toEqual([2, 4]);
      } else {
        expect(file.months).toBeGreaterThanOrEqual(12);
        expect(file.months).toBeLessThanOrEqual(36);
      }
      expect(scenario.segments.length).toBeGreaterThanOrEqual(2);
      expect(scenario.segments.length).toBeLessThanOrEqual(4);
      for (const s of scenario.segments) expect(s.persona, s.id).not.toBe('A customer segment.');
      expect(file.goals.length).toBeGreaterThanOrEqual(2);
      expect(file.goals.length).toBeLessThanOrEqual(4);
      expect(file.decisionPoints.length).toBeGreaterThanOrEqual(2);
      expect(file.decisionPoints.some((d) => 'metric' in d.when && d.when.segment !== undefined)).toBe(true);
      for (const d of file.decisionPoints) {
        expect(d.options.length, d.id).toBeGreaterThanOrEqual(3);
        expect(d.options.length, d.id).toBeLessThanOrEqual(4);
        expect(d.options.filter((o) => o.correct).length, d.id).toBeGreaterThanOrEqual(1);
        expect(d.lesson !== undefined && lessonIds.has(d.lesson), `${d.id} names lesson ${d.lesson}`).toBe(true);
      }
      expect(file.events.some((e) => e.month !== undefined) && file.events.some((e) => e.probability !== undefined)).toBe(true);
    });

    const seeds = Array.from({ length: SEEDS }, (_, k) => `shipped-${k}`);
    const fit = fitPolicy(scenario);
    // A player who fits each segment for half the game, then cuts all relationship spend.
    const cut: Strategy = (run) => (run.month < scenario.months / 2 ? fit(run) : NO_SPEND);
    const plans = { fit, even: evenSplit(scenario), swapped: swappedPlan(scenario), none: NO_SPEND, cut } as const;
    const runs = new Map<keyof typeof plans, MonthReport[][]>();
    const played = (kind: keyof typeof plans): MonthReport[][] => {
      if (!runs.has(kind)) runs.set(kind, seeds.map((seed) => play(scenario, plans[kind], seed)));
      return runs.get(kind)!;
    };
    const metShare = (kind: keyof typeof plans) => mean(played(kind).map((r) => goalResults(r, file.goals).filter((g) => g.met).length / file.goals.length));

    it('states a budget that binds: the fit plan spends most of it every month', () => {
      expect(scenario.budget.monthly).toBeGreaterThan(0);
      for (const r of played('fit')) for (const m of r) expect(Object.values(m.total.costByType).reduce((a, b) => a + b, 0)).toBeGreaterThan(0.9 * m.budget);
    });

    it('its goals are reached by fitting each segment, not by spending the same budget evenly or on the wrong segments', () => {
      expect(metShare('fit'), 'goals met by the fit plan').toBeGreaterThanOrEqual(0.75 - 1e-9);
      expect(metShare('even'), 'goals met by an even split').toBeLessThanOrEqual(0.5);
      expect(metShare('swapped'), 'goals met by the swapped plan').toBeLessThanOrEqual(0.5);
      expect(metShare('none'), 'goals met by spending nothing').toBeLessThanOrEqual(0.25);
    });

    it('its populations stay modest, so forecasts stay fast', () => {
      for (const r of [...played('fit'), ...played('even')]) expect(r[r.length - 1]!.total.active).toBeLessThan(7000);
    });

    it('every metric-based decision point can fire in a game: with the fit plan, a misfit one or a cut half-way', () => {
      for (const d of file.decisionPoints.filter((x) => 'metric' in x.when)) {
        expect([...played('fit'), ...played('swapped'), ...played('none'), ...played('cut')].some((r) => fires(d, r)), d.id).toBe(true);
      }
    });
  });
});
