// Per-student variants: with a challenge's `perStudentVariants` rule, each student plays a market
// of their own, derived from the challenge seed and who they are (their roster id when the
// challenge has a roster and they gave one, else their name's key), so that answers cannot be
// copied while the difficulty stays comparable. Pure: hashes, + − × ÷ and rounding only.
import { sha256Hex } from '../model/canonical-hash';
import { challengeScenarioProblem, type Challenge } from './challenge-code';
import type { Result } from '../model/decisions';
import { normalisePlayerName, playerNameProblem } from './player-name';
import type { Scenario, Segment } from '../model/scenario-types';

/** How far a variant may move each parameter, as a share of its value (symmetric: ± this). */
export const VARIANT_SPREAD = { margin: 0.08, bass: 0.1 } as const;

/** What a challenge gives a student to play: the (possibly varied) scenario, the seed and the length. */
export interface ChallengeGame {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly months: number;
}

/** The seed of a student's variant: a hash of the challenge seed and the normalised name. */
export function variantSeed(challengeSeed: string, playerName: string): string {
  return `v-${sha256Hex(`${challengeSeed}\u0000${normalisePlayerName(playerName)}`).slice(0, 20)}`;
}

/**
 * The seed of the variant of a student known by their roster id: a hash of the challenge seed and
 * the id (case ignored), kept apart from every name's seed (a name's key never holds U+0000).
 */
export function rosterVariantSeed(challengeSeed: string, studentId: string): string {
  return `v-${sha256Hex(`${challengeSeed}\u0000id\u0000${studentId.trim().toLowerCase()}`).slice(0, 20)}`;
}

/** A number in [0, 1) drawn from the seed and a key by hashing (no random stream is touched). */
function unit(seed: string, key: string): number {
  return Number.parseInt(sha256Hex(`${seed}/${key}`).slice(0, 8), 16) / 4294967296;
}

/** A factor in [1 − spread, 1 + spread], symmetric around 1. */
function factor(seed: string, key: string, spread: number): number {
  return 1 + spread * (2 * unit(seed, key) - 1);
}

function roundTo(x: number, places: number): number {
  const scale = places === 2 ? 100 : 1_000_000;
  return Math.round(x * scale) / scale;
}

/**
 * Varies one segment in pairs that keep its potential steady: margin and cost to serve rise by a
 * factor while the market shrinks by the same factor (so margin × market stays put), and the
 * external adoption rate p rises while word of mouth q falls by the same share (or the reverse).
 */
function varySegment(segment: Segment, seed: string): Segment {
  const a = factor(seed, `${segment.id}/margin`, VARIANT_SPREAD.margin);
  const b = factor(seed, `${segment.id}/bass`, VARIANT_SPREAD.bass) - 1;
  const marketSize = Math.max(segment.initialCustomers, Math.max(1, Math.round(segment.marketSize / a)));
  return {
    ...segment,
    margin: roundTo(segment.margin * a, 2),
    serveCost: roundTo(segment.serveCost * a, 2),
    marketSize,
    bass: {
      p: Math.min(1, roundTo(segment.bass.p * (1 + b), 6)),
      q: Math.min(5, roundTo(segment.bass.q * (1 - b), 6)),
    },
  };
}

/** The scenario varied for `seed`: same segments, events and rules, parameters moved slightly. */
export function variantScenario(scenario: Scenario, seed: string): Scenario {
  return { ...scenario, segments: scenario.segments.map((s) => varySegment(s, seed)) };
}

/**
 * The market a student plays for `challenge`, given the challenge's (unvaried) scenario: checks that
 * the scenario is the one the challenge was made for, then applies the student's variant if the
 * rules ask for one, keyed on `playerId` when the challenge has a roster and the student gave an id
 * (an id missing from the roster is the class table's to flag), else on the name. The error is a sentence for the student or the instructor.
 */
export function challengeMarket(challenge: Challenge, scenario: Scenario, player: string, playerId?: string): Result<ChallengeGame> {
  const problem = challengeScenarioProblem(challenge, scenario);
  if (problem) return { ok: false, error: problem };
  if (!challenge.rules.perStudentVariants) return { ok: true, value: { scenario, seed: challenge.seed, months: challenge.months } };
  const id = playerId?.trim() ?? '';
  if (challenge.roster && id !== '') {
    // An id that is not on the roster still gets its own market: the class table flags it.
    const seed = rosterVariantSeed(challenge.seed, id);
    return { ok: true, value: { scenario: variantScenario(scenario, seed), seed, months: challenge.months } };
  }
  const nameProblem = playerNameProblem(player);
  if (nameProblem) return { ok: false, error: nameProblem };
  const seed = variantSeed(challenge.seed, player);
  return { ok: true, value: { scenario: variantScenario(scenario, seed), seed, months: challenge.months } };
}
