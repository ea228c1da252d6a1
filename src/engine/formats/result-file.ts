// Result files: what a student hands in after a game (JSON, or a short result code for copy and
// paste). Built by replaying the game's moves with the engine, so the month records, final metrics
// and score it carries are what the engine computes; verification (result-verify.ts) recomputes
// them all.
import LZString from 'lz-string';
import { canonicalJson, sha256Hex, type Json } from '../model/canonical-hash';
import { extractChallengeCode } from './challenge-code';
import type { Metrics } from '../model/metrics-types';
import { InvalidInputError } from '../model/errors';
import type { Market } from '../game/market';
import type { Move } from '../game/moves';
import { compactMoves, monthRecords, replay } from '../game/replay';
import { scoreGame, type Score } from '../game/score';
import { unpackCodePayload } from './code-payload';
import { ENGINE_VERSION } from '../version';
import { RESULT_VERSION } from './result-migrations';
import type { GameMode } from './result-schema';

export const RESULT_FORMAT = 'rapport-result';
export { RESULT_VERSION };

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
  readonly mode: GameMode;
  /** The game's moves: each month's plan (when it changed), the play, the answers to its questions. */
  readonly moves: readonly Move[];
  /** Each month's record (replay.ts, monthRecords): the state hash bound to that month's answers. */
  readonly hashes: readonly string[];
  readonly final: { readonly metrics: Metrics; readonly score: Score };
}

export interface ResultInput {
  /** The market played (resolveMarket). */
  readonly market: Market;
  readonly moves: readonly Move[];
  readonly mode: GameMode;
  readonly playerId?: string | undefined;
}

/** A player's name as shown and stored: trimmed, inner spaces collapsed (case kept). */
export function displayPlayerName(name: string | undefined): string {
  return (name ?? '').normalize('NFKC').trim().replace(/\s+/gu, ' ');
}

/** Plain JSON copies (no prototypes, no undefined), so the file is exactly what is saved. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Builds the result file of a finished game by replaying its moves with the engine. Throws
 * InvalidInputError (a sentence naming the month and what is wrong) if the moves cannot be
 * replayed or do not finish the game (every month played, every question answered).
 */
export function buildResultFile(input: ResultInput): ResultFile {
  const { market } = input;
  const moves = compactMoves(input.moves);
  const replayed = replay(market, moves);
  if (!replayed.ok) throw new InvalidInputError(`The game cannot be replayed: ${replayed.error}.`);
  const game = replayed.state;
  if (game.phase !== 'over') {
    const what = game.phase === 'question' ? `the question "${game.pending[0]}" asked after month ${game.run.month} is not answered` : `only ${game.run.month} of its ${market.months} months were played`;
    throw new InvalidInputError(`The game is not finished: ${what}.`);
  }
  const reports = game.run.reports;
  // The id the market was keyed on, else the id given (a challenge without a roster carries it as given).
  const playerId = market.playerId ?? (input.playerId?.trim() || undefined);
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    engineVersion: ENGINE_VERSION,
    challenge: market.challenge ? extractChallengeCode(market.challenge) : null,
    scenario: { id: market.shipped.id, hash: market.shipped.hash },
    seed: market.seed,
    months: market.months,
    player: displayPlayerName(market.player),
    ...(playerId ? { playerId } : {}),
    mode: input.mode,
    moves: plain(moves),
    hashes: monthRecords(game),
    final: { metrics: plain(reports[reports.length - 1]!.total), score: plain(scoreGame(game)) },
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
