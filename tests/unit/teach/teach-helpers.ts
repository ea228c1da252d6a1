// Shared helpers for the instructor-side tests: the shipped coffee chain, a reasonable plan,
// challenge codes and result files made the way the app makes them, and a scenario resolver.
import { loadScenario } from '../../../src/content/scenario/load-node';
import {
  buildResultFile, encodeChallenge, ENGINE_VERSION, playAnswering, resolveMarket, scenarioHash,
  type Challenge, type Decisions, type Market, type Move, type ResolveScenario, type ResultFile,
} from '../../../src/engine';

export const coffee = loadScenario('coffee-chain');
export const coffeeGoals = coffee.file.goals;

/** A sensible plan for the coffee chain: self-service for commuters, people for regulars and offices. */
export const GOOD_MONTH: Decisions = {
  spend: {
    commuters: { 'self-service': 900, transactional: 500 },
    regulars: { 'personal-assistance': 1800, communities: 600 },
    offices: { 'dedicated-personal-assistance': 1000 },
  },
};

export function challengeOf(overrides: Partial<Challenge> = {}): Challenge {
  return {
    version: 2,
    engineVersion: ENGINE_VERSION,
    scenario: { id: coffee.scenario.id, hash: scenarioHash(coffee.scenario) },
    seed: 'class-2026',
    months: 6,
    goals: coffeeGoals,
    rules: { attempts: 2, perStudentVariants: true },
    title: 'Week 3: keep your regulars',
    instructions: 'Play six months and hand in the result file.',
    roster: null,
    ...overrides,
  };
}

export function codeOf(challenge: Challenge = challengeOf()): string {
  const r = encodeChallenge(challenge);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export function monthsOf(count: number, month: Decisions = GOOD_MONTH): Decisions[] {
  return Array.from({ length: count }, () => month);
}

/** The market `player` plays for a challenge code (or a free game of the coffee chain). */
export function marketOf(player: string, code: string | null = codeOf(), months?: number, seed = 'free-1'): Market {
  const market = resolveMarket({ scenario: coffee.scenario, goals: coffeeGoals, points: coffee.points, challengeCode: code, player, seed: code ? undefined : seed, months: code ? undefined : months });
  if (!market.ok) throw new Error(market.error);
  return market.value;
}

/** The moves of a game played with `decisions`, every question answered with its first option. */
export function movesOf(market: Market, decisions: readonly Decisions[]): Move[] {
  const played = playAnswering(market, { months: decisions }, (point) => point.options[0]!.id);
  if (!played.ok) throw new Error(played.error);
  return played.value.moves;
}

/** A result file for `player`, played with the plan above on the challenge's market. */
export function playChallenge(player: string, code = codeOf(), decisions = monthsOf(6)): ResultFile {
  const market = marketOf(player, code);
  return buildResultFile({ market, moves: movesOf(market, decisions), mode: 'attempt' });
}

/** A free game of `months` months of the coffee chain. */
export function playFree(months: number, seed = 'free-1', decisions = monthsOf(months)): ResultFile {
  const market = marketOf('', null, months, seed);
  return buildResultFile({ market, moves: movesOf(market, decisions), mode: 'practice' });
}

export const resolve: ResolveScenario = (id) =>
  id === coffee.scenario.id ? { scenario: coffee.scenario, goals: coffeeGoals, points: coffee.points } : undefined;

/** A deep, editable copy of a result file. */
export function copy(file: ResultFile): Record<string, any> {
  return JSON.parse(JSON.stringify(file)) as Record<string, any>;
}
