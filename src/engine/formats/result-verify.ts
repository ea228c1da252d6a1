// Verification of a result file: parse (size limit, JSON or result code, schema), migrate, check
// the engine version and the challenge, resolve the market it must have been played on (scenario
// version, seed, length, the player's variant), then replay every move: each month's record (state
// and answers), the questions asked and when, the final metrics and the score are recomputed.
// Nothing the file claims is trusted; the verdict never throws.
import * as v from 'valibot';
import { canonicalJson, type Json } from '../model/canonical-hash';
import { decodeChallenge, type Challenge } from './challenge-code';
import type { Metrics } from '../model/metrics-types';
import { decodeResultCode, looksLikeResultCode } from './result-file';
import { migrateResult, REPLAY_COMPATIBLE_ENGINES } from './result-migrations';
import { ResultFileSchema, type ParsedResultFile } from './result-schema';
import type { Scenario } from '../model/scenario-types';
import { issueSentence } from '../schema-issue';
import type { Goal, GoalResult } from '../model/goals';
import { scoreGame } from '../game/score';
import { ENGINE_VERSION } from '../version';
import type { DecisionPointRule } from '../game/decision-points';
import { resolveMarket } from '../game/market';
import { MONTH_HASH_LENGTH, monthRecords, replay } from '../game/replay';
import type { GameAnswer } from '../game/game-state';
import type { Move } from '../game/moves';
import type { Decisions } from '../model/decisions';
import { textOfBytes } from './text-bytes';
import { challengeLabel } from './challenge-identity';
import { MAX_JSON_DEPTH, parseBoundedJson } from './bounded-json';

/** Largest input read, in characters or bytes (a game of MAX_MONTHS months is far below it). */
export const MAX_RESULT_SIZE = 4_000_000;

export interface ScenarioForVerify {
  readonly scenario: Scenario;
  /** The scenario's own goals (a challenge's goals replace them). */
  readonly goals: readonly Goal[];
  /** The scenario's decision points: which fire when, and which options are right. */
  readonly points: readonly DecisionPointRule[];
}

export type ResolveScenario = (id: string) => ScenarioForVerify | undefined;

export interface VerifyOptions {
  /** Accept only results of this challenge (the instructor's code). */
  readonly expectedChallenge?: string | undefined;
}

export interface VerifiedResult {
  readonly status: 'verified';
  readonly player: string;
  /** The student id the file carries (from the challenge's roster), or null. */
  readonly playerId: string | null;
  readonly challengeTitle: string | null;
  readonly challengeCode: string | null;
  readonly attemptsAllowed: number | null;
  readonly scenarioId: string;
  readonly seed: string;
  readonly months: number;
  readonly mode: 'practice' | 'attempt';
  readonly score: number;
  readonly goals: readonly GoalResult[];
  readonly goalsMet: number;
  readonly answersCorrect: number;
  readonly answersTotal: number;
  readonly finalMetrics: Metrics;
  /** Each month's decisions as replayed (for copy detection, the gradebook and the timeline). */
  readonly decisions: readonly Decisions[];
  readonly answers: readonly GameAnswer[];
  /** The moves replayed (for the short result code and the timeline). */
  readonly moves: readonly Move[];
}

export interface RejectedResult {
  readonly status: 'rejected';
  readonly reason: string;
  /** What the file says, when it could be read far enough (for the class table only). */
  readonly player: string | null;
  readonly challengeTitle: string | null;
}

export type Verdict = VerifiedResult | RejectedResult;

type Step<T> = { ok: true; value: T } | { ok: false; error: string };

function tooLarge(size: number): string {
  return `The file is too large to be a result file (${(size / 1_000_000).toFixed(1)} MB; the limit is ${MAX_RESULT_SIZE / 1_000_000} MB).`;
}

/** Text, bytes or an already parsed value → a plain JSON object. */
function readInput(input: unknown): Step<Record<string, unknown>> {
  let value: unknown = input;
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    if (bytes.byteLength > MAX_RESULT_SIZE) return { ok: false, error: tooLarge(bytes.byteLength) };
    const text = textOfBytes(bytes);
    if (!text.ok) return text;
    value = text.value;
  }
  if (typeof value === 'string') {
    if (value.length > MAX_RESULT_SIZE) return { ok: false, error: tooLarge(value.length) };
    const text = value.replace(/^\uFEFF/, '').trim();
    if (text.length === 0) return { ok: false, error: 'The file is empty.' };
    if (looksLikeResultCode(text)) {
      const decoded = decodeResultCode(text);
      if (!decoded.ok) return { ok: false, error: `${decoded.error[0]!.toUpperCase()}${decoded.error.slice(1)}.` };
      value = decoded.value;
    } else {
      const parsed = parseBoundedJson(text);
      if (!parsed.ok && parsed.problem === 'too-deep') return { ok: false, error: `The file was refused: its JSON nests more than ${MAX_JSON_DEPTH} levels deep, which no result file does.` };
      if (!parsed.ok) return { ok: false, error: 'The file is not valid JSON: it may have been cut short or edited, or it is not a result file.' };
      value = parsed.value;
    }
  } else if (typeof value === 'object' && value !== null) {
    let size: number;
    try {
      size = JSON.stringify(value).length;
    } catch {
      return { ok: false, error: 'The input cannot be read as JSON.' };
    }
    if (size > MAX_RESULT_SIZE) return { ok: false, error: tooLarge(size) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'This is not a Rapport result file (it is not a JSON object).' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

function parseFile(input: unknown): Step<ParsedResultFile> {
  const read = readInput(input);
  if (!read.ok) return read;
  if (read.value.format !== 'rapport-result') return { ok: false, error: 'This is not a Rapport result file (it has no "format": "rapport-result").' };
  const migrated = migrateResult(read.value);
  if (!migrated.ok) return { ok: false, error: `${migrated.error[0]!.toUpperCase()}${migrated.error.slice(1)}.` };
  const parsed = v.safeParse(ResultFileSchema, migrated.value);
  if (!parsed.success) return { ok: false, error: `The file is not a valid result file: ${issueSentence(parsed.issues)}.` };
  return { ok: true, value: parsed.output };
}

function sameChallenge(a: Challenge, b: Challenge): boolean {
  return canonicalJson(a as unknown as Json) === canonicalJson(b as unknown as Json);
}

/** The first metric whose value differs, as "name: the file says X, the replay gives Y". */
function metricDifference(claimed: Readonly<Record<string, unknown>>, actual: Metrics): string | null {
  const real = actual as unknown as Record<string, Json>;
  const keys = [...new Set([...Object.keys(real), ...Object.keys(claimed)])].sort();
  for (const key of keys) {
    const a = canonicalJson(claimed[key] as Json | undefined);
    const b = canonicalJson(real[key]);
    if (a !== b) return `${key}: the file says ${a.slice(0, 60)}, the replay gives ${b.slice(0, 60)}`;
  }
  return null;
}

function check(file: ParsedResultFile, resolve: ResolveScenario, options: VerifyOptions): Step<VerifiedResult> {
  if (!REPLAY_COMPATIBLE_ENGINES.includes(file.engineVersion)) {
    return { ok: false, error: `The file was made with engine version ${file.engineVersion}, which this verifier (engine ${ENGINE_VERSION}) cannot replay exactly; it replays ${REPLAY_COMPATIBLE_ENGINES.join(', ')}.` };
  }
  let challenge: Challenge | null = null;
  if (file.challenge !== null) {
    const decoded = decodeChallenge(file.challenge);
    if (!decoded.ok) return { ok: false, error: `The file's challenge code is not valid: ${decoded.error}` };
    challenge = decoded.value;
  }
  if (options.expectedChallenge !== undefined) {
    const expected = decodeChallenge(options.expectedChallenge);
    if (!expected.ok) return { ok: false, error: `The challenge code to check against is not valid: ${expected.error}` };
    const wanted = challengeLabel(expected.value.title, options.expectedChallenge);
    if (!challenge) return { ok: false, error: `The file is a free game, not a result of the challenge ${wanted}.` };
    if (!sameChallenge(challenge, expected.value)) {
      const sameTitle = challenge.title === expected.value.title ? ': the titles are the same but the challenges differ' : '';
      return { ok: false, error: `The file is a result of another challenge, ${challengeLabel(challenge.title, file.challenge ?? '')}, not of ${wanted}${sameTitle}.` };
    }
  }
  if (challenge && file.mode !== 'attempt') return { ok: false, error: 'The file is a practice game (months were taken back and replayed), not an attempt at the challenge: challenge results must be played once through.' };
  const resolved = resolve(file.scenario.id);
  if (!resolved) return { ok: false, error: `The scenario "${file.scenario.id}" is not one this verifier knows.` };
  const market = resolveMarket({
    scenario: resolved.scenario, goals: resolved.goals, points: resolved.points, scenarioHash: file.scenario.hash,
    seed: file.seed, months: file.months, challengeCode: file.challenge, player: file.player, playerId: file.playerId,
  });
  if (!market.ok) return market;
  const months = market.value.months;
  if (file.hashes.length !== months) return { ok: false, error: `The file has month records for ${file.hashes.length} months, but the game lasts ${months}.` };
  const replayed = replay(market.value, file.moves);
  if (!replayed.ok) return { ok: false, error: `The game cannot be replayed: ${replayed.error}.` };
  const game = replayed.state;
  if (game.run.month !== months) return { ok: false, error: `The file plays ${game.run.month} months, but the game lasts ${months}: every month must be played.` };
  if (game.phase === 'question') return { ok: false, error: `The question "${game.pending[0]}" asked after month ${months} is not answered.` };
  const records = file.hashRule === 'state' ? game.run.reports.map((r) => r.hash.slice(0, MONTH_HASH_LENGTH)) : monthRecords(game);
  const differs = records.findIndex((h, i) => h !== file.hashes[i]);
  if (differs >= 0) {
    const month = differs + 1;
    const answered = game.answers.filter((a) => a.month === month).map((a) => `"${a.point}"`);
    const what = answered.length === 0 || file.hashRule === 'state' ? 'its decisions were changed after playing' : `its decisions or the answer to ${answered.join(' and ')} were changed after playing`;
    return { ok: false, error: `Month ${month} does not match the game the file records: ${what}. The file does not match a replay from month ${month} on.` };
  }
  const reports = game.run.reports;
  const final = reports[reports.length - 1]!.total;
  const difference = metricDifference(file.final.metrics, final);
  if (difference) return { ok: false, error: `The final metrics in the file do not match the replay (${difference}).` };
  const score = scoreGame(game);
  if (canonicalJson(file.final.score as unknown as Json) !== canonicalJson(score as unknown as Json)) {
    const what = file.final.score.points === score.points ? 'its value, benchmarks or goals are not the ones the replay reaches' : `it says ${file.final.score.points}, the replay earns ${score.points}`;
    return { ok: false, error: `The score in the file does not match the replay (${what}).` };
  }
  return {
    ok: true,
    value: {
      status: 'verified',
      player: file.player,
      playerId: file.playerId ?? null,
      challengeTitle: challenge?.title ?? null,
      challengeCode: file.challenge,
      attemptsAllowed: challenge?.rules.attempts ?? null,
      scenarioId: file.scenario.id,
      seed: file.seed,
      months,
      mode: file.mode,
      score: score.points,
      goals: score.goals,
      goalsMet: score.goals.filter((g) => g.met).length,
      answersCorrect: game.answers.filter((a) => a.correct).length,
      answersTotal: game.answers.length,
      finalMetrics: final,
      decisions: game.decisions,
      answers: game.answers,
      moves: file.moves,
    },
  };
}

/** What the file says about who played which challenge, for a rejected row (never trusted). */
function claimedIdentity(input: unknown): { player: string | null; challengeTitle: string | null } {
  const read = readInput(input);
  if (!read.ok) return { player: null, challengeTitle: null };
  const player = typeof read.value.player === 'string' ? read.value.player.slice(0, 120) : null;
  const code = typeof read.value.challenge === 'string' ? decodeChallenge(read.value.challenge) : null;
  return { player, challengeTitle: code?.ok ? code.value.title : null };
}

/**
 * Verifies a result file given as JSON text, a result code, bytes or a parsed value.
 * `resolveScenario` gives the shipped scenario for an id. Never throws.
 */
export function verifyResult(input: unknown, resolveScenario: ResolveScenario, options: VerifyOptions = {}): Verdict {
  try {
    const parsed = parseFile(input);
    const outcome = parsed.ok ? check(parsed.value, resolveScenario, options) : parsed;
    if (outcome.ok) return outcome.value;
    return { status: 'rejected', reason: outcome.error, ...claimedIdentity(input) };
  } catch (error) {
    const what = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : 'unknown error';
    return { status: 'rejected', reason: `The file could not be checked (${what}).`, player: null, challengeTitle: null };
  }
}
