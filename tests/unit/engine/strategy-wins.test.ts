// The strategy that wins is the strategy the course teaches (model.md F8, F11, F12): in every
// shipped scenario, under its budget, a small seeded plan search (common random numbers: every plan
// meets the same markets) finds the fit plan ahead of an even split, the same mixes swapped between
// segments and random allocations; money on a type a segment does not value never earns its cost
// there; cutting spend at the end lowers the score; close plans rank the same way on almost every
// seed; and a fixed plan scores about the same on every student's variant.
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioIds } from '../../../src/content/scenario/load-node';
import {
  NO_SPEND, RELATIONSHIP_TYPES, benchmarks, fitPlan, fitPolicy, playPlan, pointsFor, resolveMarket, valueCreated, variantScenario, variantSeed,
  type Decisions, type RelationshipTypeId, type Scenario,
} from '../../../src/engine';
import { evenSplit, lcg, marketsOf, randomPlan, swappedPlan, valueOf } from '../../support/plan-space';

const SEEDS = ['win-1', 'win-2', 'win-3', 'win-4'];

/** `plan` with every line scaled by `factor` (floored to whole currency units). */
function scaled(plan: Decisions, factor: number): Decisions {
  const spend: Record<string, Partial<Record<RelationshipTypeId, number>>> = {};
  for (const [segment, lines] of Object.entries(plan.spend)) spend[segment] = Object.fromEntries(Object.entries(lines).map(([t, x]) => [t, Math.floor((x ?? 0) * factor)]));
  return { spend };
}

function withLine(plan: Decisions, segment: string, type: RelationshipTypeId, amount: number): Decisions {
  return { spend: { ...plan.spend, [segment]: { ...plan.spend[segment], [type]: (plan.spend[segment]?.[type] ?? 0) + amount } } };
}

describe.each(scenarioIds())('in %s', (id) => {
  const { scenario } = loadScenario(id);
  const markets = marketsOf(scenario, SEEDS);

  it('the fit plan beats an even split and the swapped plan clearly, on every seed, and every random plan on average', () => {
    const fit = valueOf(markets, fitPolicy(scenario));
    const even = valueOf(markets, evenSplit(scenario));
    const swapped = valueOf(markets, swappedPlan(scenario));
    expect(fit.meanPoints - even.meanPoints, 'fit − even split (points)').toBeGreaterThanOrEqual(15);
    expect(fit.meanPoints - swapped.meanPoints, 'fit − swapped (points)').toBeGreaterThanOrEqual(15);
    fit.values.forEach((v, k) => {
      expect(v, `seed ${k}: fit vs even`).toBeGreaterThan(even.values[k]!);
      expect(v, `seed ${k}: fit vs swapped`).toBeGreaterThan(swapped.values[k]!);
    });
    const random = lcg(id.length * 97);
    for (let i = 0; i < 12; i++) {
      const plan = randomPlan(scenario, random);
      expect(valueOf(markets, plan).mean, JSON.stringify(plan.spend)).toBeLessThan(fit.mean);
    }
  });

  it('money on a type a segment does not value never earns its cost there', () => {
    // The fit plan at 80 % of the budget, plus a tenth of the budget on a line the segment does not value.
    const base = scaled(fitPlan(scenario), 0.8);
    const extra = Math.floor(0.1 * scenario.budget.monthly);
    const baseValue = valueOf(markets.slice(0, 2), base).mean;
    for (const segment of scenario.segments) {
      for (const type of RELATIONSHIP_TYPES) {
        if ((segment.preferences[type] ?? 0) > 0 || (segment.expectations[type] ?? 0) > 0) continue;
        const meets = scenario.types[type].satisfies.some((t) => (segment.expectations[t] ?? 0) > 0);
        if (meets) continue;
        const more = valueOf(markets.slice(0, 2), withLine(base, segment.id, type, extra)).mean;
        expect(more - baseValue, `${segment.id}/${type}`).toBeLessThan(0);
      }
    }
  });

  it('cutting all spend in the last month lowers the value created and the score', () => {
    const months = Array.from({ length: scenario.months }, () => fitPlan(scenario));
    const cut = [...months.slice(0, -1), NO_SPEND];
    for (const { market, bench } of markets.slice(0, 2)) {
      const full = valueCreated(playPlan(market, { months }, { hash: false, affordable: true })).value;
      const ended = valueCreated(playPlan(market, { months: cut }, { hash: false, affordable: true })).value;
      expect(ended).toBeLessThan(full);
      expect(pointsFor(ended, bench)).toBeLessThan(pointsFor(full, bench));
    }
  });
});

describe('luck and variants cancel', () => {
  /** A plan close to the fit plan but clearly worse: a fifth of each segment's money moved to a type it does not value. */
  function worse(scenario: Scenario): Decisions {
    const fit = fitPlan(scenario);
    const spend: Record<string, Partial<Record<RelationshipTypeId, number>>> = {};
    for (const segment of scenario.segments) {
      const lines = { ...fit.spend[segment.id] };
      const unvalued = RELATIONSHIP_TYPES.find((t) => (segment.preferences[t] ?? 0) <= 0 && !(segment.expectations[t] ?? 0) && !scenario.types[t].satisfies.some((x) => (segment.expectations[x] ?? 0) > 0));
      const moved = Object.values(lines).reduce((a, x) => a + Math.floor((x ?? 0) * 0.2), 0);
      for (const t of Object.keys(lines) as RelationshipTypeId[]) lines[t] = Math.floor(lines[t]! * 0.8);
      if (unvalued) lines[unvalued] = (lines[unvalued] ?? 0) + moved;
      spend[segment.id] = lines;
    }
    return { spend };
  }

  it('two plans of clearly different quality are ranked the same way on at least 95 % of seeds', () => {
    for (const id of ['coffee-chain', 'streaming-service', 'b2b-wholesaler']) {
      const { scenario } = loadScenario(id);
      const seeds = Array.from({ length: 20 }, (_, k) => `rank-${k}`);
      const markets = marketsOf(scenario, seeds);
      const good = valueOf(markets, fitPlan(scenario)).points;
      const bad = valueOf(markets, worse(scenario)).points;
      const agree = good.filter((g, k) => g > bad[k]!).length;
      expect(agree / seeds.length, id).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('a fixed plan scores within a few points on every student’s variant of a challenge', () => {
    const { scenario } = loadScenario('coffee-chain');
    const plan = fitPlan(scenario);
    const points = Array.from({ length: 12 }, (_, k) => {
      const seed = variantSeed('class-2026', `Student ${k}`);
      const market = resolveMarket({ scenario: variantScenario(scenario, seed), goals: [], seed });
      if (!market.ok) throw new Error(market.error);
      return pointsFor(valueCreated(playPlan(market.value, plan, { hash: false, affordable: true })).value, benchmarks(market.value));
    });
    expect(Math.max(...points) - Math.min(...points)).toBeLessThanOrEqual(6);
  });
});
