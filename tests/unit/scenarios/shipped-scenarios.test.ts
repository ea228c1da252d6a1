// The shipped scenarios: every one validates; each game scenario has the parts the game needs
// (briefing, personas, goals, decision points tied to the player's situation), and is winnable by a
// fitting plan and losable by a misfit one over several seeds (plans in tests/fixtures/plans).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioIds } from '../../../src/content/scenario/load-node';
import { createRun, decisionsForMonth, scoreRun, stepInPlace, type Metrics, type MonthReport, type Plan, type Scenario } from '../../../src/engine';
import type { DecisionPoint } from '../../../src/content/scenario/scenario-schema';

const GAME_SCENARIOS = ['coffee-chain', 'tutorial', 'streaming-service', 'marketplace', 'b2b-wholesaler', 'dog-treats', 'scaling-startup', 'consumer-tech'] as const;
const SEEDS = 4;
const CLEAR_MARGIN = 20;

const lessonIds = new Set(
  readdirSync('content/lessons')
    .filter((f) => f.endsWith('.md'))
    .map((f) => /^id:\s*(\S+)/m.exec(readFileSync(`content/lessons/${f}`, 'utf8'))?.[1]),
);

const plan = (id: string, kind: 'good' | 'poor'): Plan => JSON.parse(readFileSync(`tests/fixtures/plans/${id}-${kind}.json`, 'utf8')) as Plan;

function play(scenario: Scenario, p: Plan, seed: string): MonthReport[] {
  const run = createRun(scenario, seed);
  while (run.month < scenario.months) {
    const r = stepInPlace(run, decisionsForMonth(p, run.month + 1), { hash: false });
    if (!r.ok) throw new Error(r.error);
  }
  return run.reports;
}

/** Whether a metric-based decision point's condition holds in some month of the run. */
function fires(point: DecisionPoint, reports: readonly MonthReport[]): boolean {
  const when = point.when;
  if (!('metric' in when)) return false;
  return reports.some((r) => {
    if (r.month < when.fromMonth) return false;
    const m: Metrics | undefined = when.segment === undefined ? r.total : r.segments[when.segment];
    const x = m?.[when.metric];
    if (typeof x !== 'number') return false;
    return (when.above !== undefined && x > when.above) || (when.below !== undefined && x < when.below);
  });
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
    const runs = new Map<'good' | 'poor', MonthReport[][]>();
    const played = (kind: 'good' | 'poor'): MonthReport[][] => {
      if (!runs.has(kind)) runs.set(kind, seeds.map((seed) => play(scenario, plan(id, kind), seed)));
      return runs.get(kind)!;
    };

    it('is winnable by the good plan and clearly lost by the poor plan', () => {
      const goodScores = played('good').map((r) => scoreRun(r, file.goals));
      const poorScores = played('poor').map((r) => scoreRun(r, file.goals));
      const goodMean = mean(goodScores.map((s) => s.points));
      expect(goodMean - mean(poorScores.map((s) => s.points))).toBeGreaterThan(CLEAR_MARGIN);
      expect(mean(goodScores.map((s) => s.goals.filter((g) => g.met).length))).toBeGreaterThanOrEqual(file.goals.length / 2);
      // The goals are not met by doing nothing.
      const idle = seeds.map((seed) => scoreRun(play(scenario, { spend: {} }, seed), file.goals).points);
      expect(goodMean - mean(idle)).toBeGreaterThan(CLEAR_MARGIN);
    });

    it('its populations stay modest, so forecasts stay fast', () => {
      for (const r of [...played('good'), ...played('poor')]) expect(r[r.length - 1]!.total.active).toBeLessThan(7000);
    });

    it('every metric-based decision point can fire with one of the two plans', () => {
      for (const d of file.decisionPoints.filter((x) => 'metric' in x.when)) {
        expect([...played('good'), ...played('poor')].some((r) => fires(d, r)), d.id).toBe(true);
      }
    });
  });
});
