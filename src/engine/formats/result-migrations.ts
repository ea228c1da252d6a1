// Sequential migrations of result files: a file of version n is lifted step by step to the current
// version before the schema checks it. Each old version has a fixture in tests/fixtures/results/.
import { canonicalJson, type Json } from '../model/canonical-hash';
import { ENGINE_VERSION } from '../version';
import { applyMigrations, type Migration } from './migrations';

export const RESULT_VERSION = 2;

/**
 * Format 1 kept every month's decisions and the answers with their month. Format 2 keeps the
 * game's moves instead; the answers of month m follow month m's play. Format 1 did not bind the
 * answers to the month records, so a migrated file is compared by state hash alone.
 */
function fromVersion1(data: unknown): unknown {
  const { decisions, answers, ...rest } = data as Record<string, unknown>;
  if (!Array.isArray(decisions)) return { ...rest, moves: decisions, hashRule: 'state', mode: rest.challenge ? 'attempt' : 'practice' };
  const given = Array.isArray(answers) ? (answers as Record<string, unknown>[]) : [];
  const answerMoves = (month: number) => given
    .filter((a) => typeof a === 'object' && a !== null && a.month === month)
    .map((a) => ({ type: 'answer', point: a.point, option: a.option }));
  const moves: unknown[] = [];
  let last = '';
  decisions.forEach((d: unknown, index) => {
    const spend = typeof d === 'object' && d !== null ? (d as Record<string, unknown>).spend : undefined;
    const key = canonicalJson(spend as Json);
    if (key !== last) moves.push({ type: 'plan', spend });
    last = key;
    moves.push({ type: 'play' });
    moves.push(...answerMoves(index + 1));
  });
  // Answers dated outside the game's months end the log, where the replay refuses them.
  moves.push(...given.filter((a) => typeof a !== 'object' || a === null || !(typeof a.month === 'number' && a.month >= 1 && a.month <= decisions.length)));
  return { ...rest, moves, hashRule: 'state', mode: rest.challenge ? 'attempt' : 'practice' };
}

/** MIGRATIONS[n] lifts version n to n + 1. */
const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: fromVersion1 };

/**
 * Engine versions whose decision logs replay to the same numbers as this engine's: this one, plus
 * any older version listed here after its golden replays were checked to give identical states.
 */
export const REPLAY_COMPATIBLE_ENGINES: readonly string[] = [ENGINE_VERSION];

export function migrateResult(data: Record<string, unknown>): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'the file has no valid format version' };
  }
  if (version > RESULT_VERSION) {
    return { ok: false, error: `the file was made by a newer version of Rapport (result format ${version}; this verifier reads up to ${RESULT_VERSION})` };
  }
  const migrated = applyMigrations(data, version, RESULT_VERSION, MIGRATIONS, true);
  if (!migrated.ok) return { ok: false, error: `result files of format ${migrated.missingFrom} can no longer be read` };
  return { ok: true, value: migrated.value as Record<string, unknown> };
}
