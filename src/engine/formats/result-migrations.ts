// Sequential migrations of result files: a file of version n is lifted step by step to the current
// version before the schema checks it. Each old version has a fixture in tests/fixtures/results/.
import { RESULT_VERSION } from './result-file';
import { ENGINE_VERSION } from '../version';

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

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
  let current = data;
  for (let n = version; n < RESULT_VERSION; n++) {
    const migration = MIGRATIONS[n];
    if (!migration) return { ok: false, error: `result files of format ${n} can no longer be read` };
    current = { ...migration(current), version: n + 1 };
  }
  return { ok: true, value: current };
}
