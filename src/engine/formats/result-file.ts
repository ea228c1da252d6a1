// Result files: what a student hands in after a game (JSON, or a short result code for copy and
// paste). Built by replaying the decisions with the engine, so the hashes, final metrics and score
// it carries are what the engine computes; verification (result-verify.ts) recomputes them all.
import LZString from 'lz-string';
import { canonicalJson, sha256Hex, type Json } from '../model/canonical-hash';
import { decodeChallenge, extractChallengeCode } from './challenge-code';
import type { Decisions } from '../model/decisions';
import type { Metrics } from '../model/metrics-types';
import { monthHash, replayDecisions } from './replay';
import { unpackCodePayload } from './code-payload';
import { checkAnswers } from './result-answers';
import { cachedScenarioHash } from './scenario-hash-cache';
import type { Scenario } from '../model/scenario-types';
import { scoreRun, type Goal, type Score } from '../model/score';
import { InvalidInputError } from '../model/simulate';
import { challengeMarket, type Market } from './variants';
import { ENGINE_VERSION } from '../version';

export const RESULT_FORMAT = 'rapport-result';
export const RESULT_VERSION = 1;

/** A scenario question answered during the game (decision point id, option id, month asked). */
export interface ResultAnswer {
  readonly point: string;
  readonly option: string;
  readonly month: number;
  readonly correct: boolean;
}

export interface ResultFile {
  readonly format: typeof RESULT_FORMAT;
  readonly version: number;
  readonly engineVersion: string;
  /** The challenge code the game was played for, or null for a free game. */
  readonly challenge: string | null;
  /** The scenario as shipped (before any per-student variant) and its content hash. */
  readonly scenario: { readonly id: string; readonly hash: string };
  /** The seed of the market played (a student's variant seed when the challenge has variants). */
  readonly seed: string;
  readonly months: number;
  readonly player: string;
  /** The student's id from the challenge's roster, when the student gave one. */
  readonly playerId?: string;
  /** Every month's decisions, month 1 first. */
  readonly decisions: readonly Decisions[];
  readonly answers: readonly ResultAnswer[];
  /** The engine's state hash after each month (its first 16 hex digits). */
  readonly hashes: readonly string[];
  readonly final: { readonly metrics: Metrics; readonly score: Score };
}

export interface ResultInput {
  /** The scenario as loaded (for a challenge: the challenge's own scenario, never a variant). */
  readonly scenario: Scenario;
  /** The scenario's goals; a challenge's goals replace them. */
  readonly goals: readonly Goal[];
  /** The seed played (for a challenge, its seed or the student's variant seed: both are accepted). */
  readonly seed: string;
  readonly months?: number | undefined;
  readonly challengeCode?: string | undefined;
  readonly player?: string | undefined;
  readonly playerId?: string | undefined;
  readonly decisions: readonly Decisions[];
  readonly answers: readonly ResultAnswer[];
}

/** A player's name as shown and stored: trimmed, inner spaces collapsed (case kept). */
export function displayPlayerName(name: string | undefined): string {
  return (name ?? '').normalize('NFKC').trim().replace(/\s+/gu, ' ');
}

/** The market and goals of a game: the challenge's (and the player's variant) or the scenario's own. */
export function resultMarket(input: Pick<ResultInput, 'scenario' | 'goals' | 'seed' | 'months' | 'challengeCode' | 'player'>): { market: Market; goals: readonly Goal[] } {
  if (input.challengeCode === undefined || input.challengeCode === null || input.challengeCode === '') {
    return { market: { scenario: input.scenario, seed: input.seed, months: input.months ?? input.scenario.months }, goals: input.goals };
  }
  const decoded = decodeChallenge(input.challengeCode);
  if (!decoded.ok) throw new InvalidInputError(decoded.error);
  const challenge = decoded.value;
  const market = challengeMarket(challenge, input.scenario, input.player ?? '');
  if (!market.ok) throw new InvalidInputError(market.error);
  if (input.seed !== market.value.seed && input.seed !== challenge.seed) {
    throw new InvalidInputError(`The seed "${input.seed}" is not the seed of this challenge.`);
  }
  if (input.months !== undefined && input.months !== challenge.months) {
    throw new InvalidInputError(`The challenge lasts ${challenge.months} months, not ${input.months}.`);
  }
  return { market: market.value, goals: challenge.goals };
}

/** Plain JSON copies (no prototypes, no undefined), so the file is exactly what is saved. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Builds the result file of a finished game by replaying its decisions with the engine.
 * Throws InvalidInputError (a sentence naming what is wrong) if the decisions cannot be replayed,
 * do not cover every month, or do not belong to the challenge, or an answer is repeated or dated
 * after the last month.
 */
export function buildResultFile(input: ResultInput): ResultFile {
  const { market, goals } = resultMarket(input);
  const replay = replayDecisions(market.scenario, market.seed, market.months, input.decisions);
  if (!replay.ok) throw new InvalidInputError(`The game cannot be replayed: month ${replay.month}: ${replay.error}.`);
  const reports = replay.reports;
  const answers = checkAnswers(input.answers, market.months, undefined);
  if (!answers.ok) throw new InvalidInputError(answers.error);
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    engineVersion: ENGINE_VERSION,
    challenge: input.challengeCode ? extractChallengeCode(input.challengeCode) : null,
    scenario: { id: input.scenario.id, hash: cachedScenarioHash(input.scenario) },
    seed: market.seed,
    months: market.months,
    player: displayPlayerName(input.player),
    ...(input.playerId ? { playerId: input.playerId.trim() } : {}),
    decisions: plain([...input.decisions]),
    answers: input.answers.map((a) => ({ point: a.point, option: a.option, month: a.month, correct: a.correct })),
    hashes: reports.map(monthHash),
    final: { metrics: plain(reports[reports.length - 1]!.total), score: plain(scoreRun(reports, goals)) },
  };
}

/** The file as pretty JSON text, for a download. */
export function resultFileJson(file: ResultFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A suggested file name: rapport-result-SCENARIO-PLAYER.json (letters, digits and dashes only). */
export function resultFileName(file: Pick<ResultFile, 'scenario' | 'player'>): string {
  const who = file.player.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `rapport-result-${file.scenario.id}${who ? `-${who}` : ''}.json`;
}

/** Longest JSON a result code may unpack to: the verifier's size limit for a result file. */
const MAX_RESULT_JSON = 4_000_000;
const RESULT_CODE_PATTERN = /^R(\d{1,4})\.([A-Za-z0-9_~-]+)\.([0-9a-f]{8})$/;

function resultChecksum(version: number, payload: string): string {
  return sha256Hex(`R${version}.${payload}`).slice(0, 8);
}

/** The result file as a short code for copy and paste: "R<version>.<compressed>.<checksum>". */
export function encodeResultCode(file: ResultFile): string {
  const payload = LZString.compressToEncodedURIComponent(canonicalJson(file as unknown as Json)).replace(/\+/g, '_').replace(/\$/g, '~');
  return `R${file.version}.${payload}.${resultChecksum(file.version, payload)}`;
}

/** Is this text shaped like a result code (not whether it is valid)? */
export function looksLikeResultCode(text: string): boolean {
  return /^R\d{1,4}\./.test(text.trim());
}

/** Unpacks a result code into the JSON value it holds; the error is a sentence. Never throws. */
export function decodeResultCode(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const match = RESULT_CODE_PATTERN.exec(text.trim().replace(/\s+/g, ''));
  if (!match) return { ok: false, error: 'this is not a result code: a code looks like "R1.…" followed by letters, digits and a checksum' };
  const version = Number(match[1]);
  const payload = match[2]!;
  if (resultChecksum(version, payload) !== match[3]) return { ok: false, error: 'the result code is damaged (its checksum does not match): check that it was copied whole' };
  return unpackCodePayload(payload, 'result code', MAX_RESULT_JSON);
}
