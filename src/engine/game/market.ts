// Which market a game plays: the one place that answers it, for the store, the workers, result
// files, the verifier, challenges and the CLI. A free game plays the scenario with a seed; a
// challenge game plays the challenge's seed and length on the very scenario it was made for, and,
// when its rules ask for it, the student's own variant of it. Errors are sentences for the student
// or the instructor.
import { cachedScenarioHash } from '../formats/scenario-hash-cache';
import { decodeChallenge, type Challenge } from '../formats/challenge-code';
import { challengeMarket } from '../formats/variants';
import { visibleText } from '../formats/display-text';
import type { Result } from '../model/decisions';
import type { Goal } from '../model/goals';
import { MAX_MONTHS } from '../model/limits';
import type { Scenario } from '../model/scenario-types';
import type { DecisionPointRule } from './decision-points';

export interface Market {
  /** The scenario as the engine runs it: the student's variant applied, cut to `months`. */
  readonly scenario: Scenario;
  /** The shipped scenario's id and content hash (before any variant). */
  readonly shipped: { readonly id: string; readonly hash: string };
  readonly seed: string;
  readonly months: number;
  readonly goals: readonly Goal[];
  readonly points: readonly DecisionPointRule[];
  /** The challenge code, or null for a free game. */
  readonly challenge: string | null;
  /** The player's name as entered ('' when none was asked). */
  readonly player: string;
  /** The student's roster id, when the challenge has a roster and the student gave one (it keys their market). */
  readonly playerId?: string;
}

export interface MarketInput {
  /** The shipped scenario (never a variant). */
  readonly scenario: Scenario;
  /** The scenario's own goals; a challenge's goals replace them. */
  readonly goals: readonly Goal[];
  readonly points?: readonly DecisionPointRule[] | undefined;
  /** A free game's seed; for a challenge, when given, it must be the seed the challenge gives. */
  readonly seed?: string | undefined;
  readonly months?: number | undefined;
  readonly challengeCode?: string | null | undefined;
  readonly player?: string | undefined;
  /** The student's id on the challenge's roster (their market is keyed on it when the challenge has a roster). */
  readonly playerId?: string | undefined;
  /** The content hash the game was played on, when known: another version of the scenario is refused. */
  readonly scenarioHash?: string | undefined;
}

function monthsProblem(months: number): string | null {
  return Number.isInteger(months) && months >= 1 && months <= MAX_MONTHS ? null : `A game lasts a whole number of months from 1 to ${MAX_MONTHS}, not ${String(months)}.`;
}

function cut(scenario: Scenario, months: number): Scenario {
  return scenario.months === months ? scenario : { ...scenario, months };
}

function challengeGame(input: MarketInput, challenge: Challenge, code: string, shipped: Market['shipped']): Result<Market> {
  const player = input.player ?? '';
  const playerId = input.playerId?.trim() || undefined;
  const market = challengeMarket(challenge, input.scenario, player, playerId);
  if (!market.ok) return market;
  const { seed, months, scenario } = market.value;
  const byId = challenge.roster !== null && playerId !== undefined;
  if (input.seed !== undefined && input.seed !== seed) {
    return {
      ok: false,
      error: !challenge.rules.perStudentVariants
        ? `The game was played with the seed "${input.seed}", not the challenge's seed.`
        : byId
          ? `The game was not played on the market of student id "${visibleText(playerId)}" for this challenge (its seed belongs to someone else, or the id was changed after playing).`
          : `The game was not played on the market of "${visibleText(player)}" for this challenge (its seed belongs to someone else, or the name was changed after playing).`,
    };
  }
  if (input.months !== undefined && input.months !== months) return { ok: false, error: `The game covers ${input.months} months but the challenge lasts ${months}.` };
  return { ok: true, value: { scenario: cut(scenario, months), shipped, seed, months, goals: challenge.goals, points: input.points ?? [], challenge: code, player, ...(byId ? { playerId } : {}) } };
}

/** The market of a game, or a sentence saying why the inputs do not describe one. */
export function resolveMarket(input: MarketInput): Result<Market> {
  const shipped = { id: input.scenario.id, hash: cachedScenarioHash(input.scenario) };
  if (input.scenarioHash !== undefined && input.scenarioHash !== shipped.hash) {
    return { ok: false, error: `The game was played on another version of the scenario "${shipped.id}" (content hash ${input.scenarioHash}; this one is ${shipped.hash}).` };
  }
  const code = input.challengeCode ?? null;
  if (code !== null && code !== '') {
    const decoded = decodeChallenge(code);
    if (!decoded.ok) return decoded;
    return challengeGame(input, decoded.value, code, shipped);
  }
  const seed = input.seed ?? '';
  if (seed.length === 0) return { ok: false, error: 'The game needs a seed (any text).' };
  const months = input.months ?? input.scenario.months;
  const problem = monthsProblem(months);
  if (problem) return { ok: false, error: problem };
  return { ok: true, value: { scenario: cut(input.scenario, months), shipped, seed, months, goals: input.goals, points: input.points ?? [], challenge: null, player: input.player ?? '' } };
}

/** The same market for analysis runs (counterfactuals, references, forecasts): no questions asked. */
export function withoutQuestions(market: Market): Market {
  return market.points.length === 0 ? market : { ...market, points: [] };
}
