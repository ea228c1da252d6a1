// Per-student variants: the same name always gives the same market, different names give
// different markets, and a fixed reasonable plan does about as well on every student's market.
import { describe, expect, it } from 'vitest';
import {
  challengeMarket, goalValue, normalisePlayerName, playPlan, resolveMarket, scenarioHash, scoreGame, variantScenario, variantSeed,
  VARIANT_SPREAD,
} from '../../../src/engine';
import { challengeOf, coffee, coffeeGoals, monthsOf } from './teach-helpers';

const base = coffee.scenario;
const names = Array.from({ length: 20 }, (_, i) => `Student ${String.fromCharCode(65 + i)}. ${['Ng', 'Okafor', 'Silva', 'Ødegaard'][i % 4]}`);

type Game = { scenario: typeof base; seed: string; months: number };

function market(name: string, perStudentVariants = true, months = 24): Game {
  const m = challengeMarket(challengeOf({ months, rules: { attempts: null, perStudentVariants } }), base, name);
  if (!m.ok) throw new Error(m.error);
  return m.value;
}

describe('a student variant', () => {
  it('is the same market for the same name, however it is typed', () => {
    expect(normalisePlayerName('  Ada   LOVELACE ')).toBe('ada lovelace');
    expect(market('Ada Lovelace')).toEqual(market('  ada   lovelace'));
    expect(market('ＡＤＡ Lovelace').seed).toBe(market('ada lovelace').seed);
  });

  it('differs between names: another seed and other segment parameters', () => {
    const markets = names.map((n) => market(n));
    expect(new Set(markets.map((m) => m.seed)).size).toBe(names.length);
    expect(new Set(markets.map((m) => scenarioHash(m.scenario))).size).toBe(names.length);
  });

  it('differs between challenges for the same name', () => {
    expect(variantSeed('class-a', 'Ada')).not.toBe(variantSeed('class-b', 'Ada'));
  });

  it('without the variants rule, everyone plays the challenge seed on the scenario as shipped', () => {
    const m = market('Ada', false);
    expect(m.seed).toBe('class-2026');
    expect(m.scenario).toBe(base);
  });

  it('moves only margins, costs to serve, market sizes and Bass p and q, each by a small symmetric amount', () => {
    for (const name of names) {
      const varied = variantScenario(base, variantSeed('class', name));
      expect({ ...varied, segments: [] }).toEqual({ ...base, segments: [] });
      varied.segments.forEach((s, i) => {
        const o = base.segments[i]!;
        expect({ ...s, margin: 0, serveCost: 0, marketSize: 0, bass: 0 }).toEqual({ ...o, margin: 0, serveCost: 0, marketSize: 0, bass: 0 });
        expect(Math.abs(s.margin / o.margin - 1)).toBeLessThanOrEqual(VARIANT_SPREAD.margin + 0.002);
        expect(Math.abs(s.marketSize / o.marketSize - 1)).toBeLessThanOrEqual(0.1);
        // Margin × market size (the segment's potential) stays within 0.5 %.
        expect(Math.abs((s.margin * s.marketSize) / (o.margin * o.marketSize) - 1)).toBeLessThan(0.005);
        expect(Math.abs(s.bass.p / o.bass.p - 1)).toBeLessThanOrEqual(VARIANT_SPREAD.bass + 1e-6);
        expect(Math.abs(s.bass.q / o.bass.q - 1)).toBeLessThanOrEqual(VARIANT_SPREAD.bass + 1e-6);
      });
    }
  });

  it('needs a name when the challenge gives each student a market', () => {
    const m = challengeMarket(challengeOf(), base, '   ');
    expect(m).toEqual({ ok: false, error: 'Enter your name: your teacher sees it next to your result.' });
  });

  it('is as hard as the shared market: a fixed reasonable plan scores within a few points for 20 names', () => {
    const outcome = (m: Game) => {
      const played = resolveMarket({ scenario: m.scenario, goals: coffeeGoals, seed: m.seed, months: 24 });
      if (!played.ok) throw new Error(played.error);
      const game = playPlan(played.value, { months: monthsOf(24) });
      return { points: scoreGame(game).points, profit: goalValue(game.run.reports, { metric: 'cumulativeProfit' })! };
    };
    const varied = names.map((n) => outcome(market(n)));
    // The same plan on the unvaried market with 20 other seeds: luck alone.
    const luck = names.map((n) => outcome({ ...market(n, false), seed: `luck-${n}` }));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const points = varied.map((o) => o.points);
    // The score compares with the reference plans on the student's own market and luck: the variant cancels.
    expect(Math.max(...points) - Math.min(...points)).toBeLessThanOrEqual(8);
    expect(Math.abs(mean(points) - mean(luck.map((o) => o.points)))).toBeLessThan(3);
    // Profit alone varies more (the variants move market sizes and margins), which is why the score does not use it alone.
    const profits = varied.map((o) => o.profit);
    expect((Math.max(...profits) - Math.min(...profits)) / mean(profits)).toBeLessThan(0.3);
  });
});
