// Sequential migrations of result files: a file of version n is lifted step by step to the current
// version before the schema checks it. Each old version has a fixture in tests/fixtures/results/.
import { RESULT_VERSION } from './result-file';
import { ENGINE_VERSION } from '../version';

import { applyMigrations, type Migration } from './migrations';

/** MIGRATIONS[n] lifts version n to n + 1. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {};

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
