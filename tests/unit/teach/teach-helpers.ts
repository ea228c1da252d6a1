// Shared helpers for the instructor-side tests: the shipped coffee chain, a reasonable plan,
// challenge codes and result files made the way the app makes them, and a scenario resolver.
import { loadScenario } from '../../../src/content/scenario/load-node';
import {
  buildResultFile, decodeChallenge, encodeChallenge, ENGINE_VERSION, scenarioHash,
  type Challenge, type Decisions, type Goal, type ResolveScenario, type ResultFile,
} from '../../../src/engine';

export const coffee = loadScenario('coffee-chain');
export const coffeeGoals = coffee.file.goals as readonly Goal[];

/** A sensible plan for the coffee chain: self-service for commuters, people for regulars and offices. */
export const GOOD_MONTH: Decisions = {
  spend: {
    commuters: { 'self-service': 2000, transactional: 500 },
    regulars: { 'personal-assistance': 3500, communities: 1000 },
    offices: { 'dedicated-personal-assistance': 2000 },
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

/** A result file for `player`, played with the plan above on the challenge's market. */
export function playChallenge(player: string, code = codeOf(), months = 6, decisions = monthsOf(months)): ResultFile {
  const challenge = decodeChallenge(code);
  if (!challenge.ok) throw new Error(challenge.error);
  return buildResultFile({
    scenario: coffee.scenario, goals: coffeeGoals, seed: challenge.value.seed, challengeCode: code, player,
    decisions, answers: [{ point: 'regulars-churn', option: 'a', month: Math.min(3, months), correct: true }],
  });
}

export const resolve: ResolveScenario = (id) =>
  id === coffee.scenario.id ? { scenario: coffee.scenario, goals: coffeeGoals, decisionPoints: coffee.file.decisionPoints } : undefined;

/** A deep, editable copy of a result file. */
export function copy(file: ResultFile): Record<string, any> {
  return JSON.parse(JSON.stringify(file)) as Record<string, any>;
}
