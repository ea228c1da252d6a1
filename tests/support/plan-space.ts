// The plan space of a scenario under its budget, for plan searches (tests and scripts/plan-search.ts):
// the fit plan the course teaches, an even split, the fit mixes swapped between segments, random
// allocations, and a local search; every plan is valued with common random numbers (the same seeds).
import {
  NO_SPEND, RELATIONSHIP_TYPES, benchmarks, fitPlan, goalResults, playPlan, pointsFor, resolveMarket, valueCreated,
  type Benchmarks, type Decisions, type Goal, type Market, type RelationshipTypeId, type Scenario, type Strategy,
} from '../../src/engine';

export type Spend = Record<string, Partial<Record<RelationshipTypeId, number>>>;

export function total(d: Decisions): number {
  return Object.values(d.spend).reduce((a, s) => a + Object.values(s).reduce((b, x) => b + (x ?? 0), 0), 0);
}

/** Every segment × type line, each funded alike: the same budget spent without thinking. */
export function evenSplit(scenario: Scenario, budget = scenario.budget.monthly): Decisions {
  const lines = scenario.segments.length * RELATIONSHIP_TYPES.length;
  const each = Math.floor(budget / lines);
  const spend: Spend = {};
  for (const s of scenario.segments) spend[s.id] = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, each]));
  return { spend };
}

/** The fit plan with each segment's mix given to the next segment (same amounts per segment slot). */
export function swappedPlan(scenario: Scenario, budget = scenario.budget.monthly): Decisions {
  const fit = fitPlan(scenario, budget);
  const ids = scenario.segments.map((s) => s.id);
  const spend: Spend = {};
  ids.forEach((id, i) => { spend[id] = { ...fit.spend[ids[(i + 1) % ids.length]!] }; });
  return { spend };
}

/** A seeded pseudo-random number source for test plans (never the engine's streams). */
export function lcg(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

/** A random allocation of the budget over 2–6 random lines. */
export function randomPlan(scenario: Scenario, random: () => number, budget = scenario.budget.monthly): Decisions {
  const lines = 2 + Math.floor(random() * 5);
  const picks: { seg: string; type: RelationshipTypeId; w: number }[] = [];
  for (let i = 0; i < lines; i++) {
    picks.push({ seg: scenario.segments[Math.floor(random() * scenario.segments.length)]!.id, type: RELATIONSHIP_TYPES[Math.floor(random() * RELATIONSHIP_TYPES.length)]!, w: random() + 0.1 });
  }
  const sum = picks.reduce((a, p) => a + p.w, 0);
  const spend: Spend = {};
  for (const p of picks) {
    spend[p.seg] ??= {};
    spend[p.seg]![p.type] = Math.floor((spend[p.seg]![p.type] ?? 0) + (budget * p.w) / sum);
  }
  return { spend };
}

/** A market of `scenario` per seed, and its benchmarks (computed once per seed). */
export function marketsOf(scenario: Scenario, seeds: readonly string[], goals: readonly Goal[] = [], months = scenario.months): { market: Market; bench: Benchmarks }[] {
  return seeds.map((seed) => {
    const market = resolveMarket({ scenario, goals, seed, months });
    if (!market.ok) throw new Error(market.error);
    return { market: market.value, bench: benchmarks(market.value) };
  });
}

/** The value and points of `plan` in each market (common random numbers: the same seeds for every plan). */
export function valueOf(markets: readonly { market: Market; bench: Benchmarks }[], plan: Strategy): { values: number[]; points: number[]; mean: number; meanPoints: number; goalsMet: number } {
  let met = 0;
  let goals = 0;
  const values = markets.map(({ market }) => {
    const game = playPlan(market, plan, { hash: false, affordable: true });
    for (const g of goalResults(game.run.reports, market.goals)) {
      goals++;
      if (g.met) met++;
    }
    return valueCreated(game).value;
  });
  const points = values.map((v, i) => pointsFor(v, markets[i]!.bench));
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { values, points, mean, meanPoints: points.reduce((a, b) => a + b, 0) / points.length, goalsMet: goals === 0 ? 0 : met / goals };
}

/** Moves a share of `from`'s money to `to` (both segment/type lines). */
function shift(plan: Decisions, from: [string, RelationshipTypeId], to: [string, RelationshipTypeId], amount: number): Decisions | null {
  const spend: Spend = JSON.parse(JSON.stringify(plan.spend));
  const have = spend[from[0]]?.[from[1]] ?? 0;
  if (have < amount) return null;
  spend[from[0]]![from[1]] = have - amount;
  if (spend[from[0]]![from[1]] === 0) delete spend[from[0]]![from[1]];
  spend[to[0]] ??= {};
  spend[to[0]]![to[1]] = (spend[to[0]]![to[1]] ?? 0) + amount;
  return { spend };
}

/** Hill climbing from `start`: each round tries moving a step of the budget between any two lines and keeps the best move. */
export function localSearch(scenario: Scenario, markets: readonly { market: Market; bench: Benchmarks }[], start: Decisions, options: { step: number; rounds: number; log?: (s: string) => void }): { plan: Decisions; mean: number } {
  let plan = start;
  let best = valueOf(markets, plan).mean;
  const lines: [string, RelationshipTypeId][] = scenario.segments.flatMap((s) => RELATIONSHIP_TYPES.map((t) => [s.id, t] as [string, RelationshipTypeId]));
  for (let round = 0; round < options.rounds; round++) {
    let improved: { plan: Decisions; mean: number } | null = null;
    for (const from of lines) {
      if ((plan.spend[from[0]]?.[from[1]] ?? 0) < options.step) continue;
      for (const to of lines) {
        if (to === from) continue;
        const next = shift(plan, from, to, options.step);
        if (!next) continue;
        const mean = valueOf(markets, next).mean;
        if (mean > (improved?.mean ?? best)) improved = { plan: next, mean };
      }
    }
    if (!improved) break;
    plan = improved.plan;
    best = improved.mean;
    options.log?.(`round ${round + 1}: ${best.toFixed(0)} ${JSON.stringify(plan.spend)}`);
  }
  return { plan, mean: best };
}

export { NO_SPEND };
