// Versions of the saved progress and the sequential migrations between them: a save of version n
// is validated with its own schema, then migrated n → n+1 → … → current, then validated again.
import { checkProgressData, type ProgressData } from './progress-schema';
import { applyMigrations, type Migration } from '../../engine';

export const PROGRESS_VERSION = 1;

/** `MIGRATIONS[n]` turns valid version-n data into version n+1 data. None yet: v1 is the first. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult = { ok: true; data: ProgressData } | { ok: false; problem: string };

export function isKnownVersion(version: unknown): version is number {
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 && version <= PROGRESS_VERSION;
}

/** Brings data saved as `version` up to the current version, or says what is wrong with it. */
export function migrateProgress(data: unknown, version: number): MigrationResult {
  if (!isKnownVersion(version)) {
    return version > PROGRESS_VERSION
      ? { ok: false, problem: `it was saved by a newer version of Rapport (progress version ${version}; this one reads up to ${PROGRESS_VERSION})` }
      : { ok: false, problem: `it has an unknown progress version (${String(version)})` };
  }
  const first = checkProgressData(data, version);
  if (!first.ok) return first;
  const migrated = applyMigrations(first.data, version, PROGRESS_VERSION, MIGRATIONS);
  if (!migrated.ok) return { ok: false, problem: `no migration from progress version ${migrated.missingFrom} exists` };
  const last = checkProgressData(migrated.value, PROGRESS_VERSION);
  return last.ok ? { ok: true, data: last.data as ProgressData } : last;
}
