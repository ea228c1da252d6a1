// Versions of the saved game and the sequential migrations between them: a save of version n is
// checked with its own schema, migrated n → n+1 → … → current, then checked again.
import { checkPersistedSession, PERSISTED_SCHEMAS, type PersistedSession } from './session-schema';
import { applyMigrations, type Migration } from '../../engine/formats/migrations';

export const SESSION_VERSION = PERSISTED_SCHEMAS.length;

/** `MIGRATIONS[n]` turns valid version-n data into version n+1 data. None yet: v1 is the first. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult = { ok: true; data: PersistedSession } | { ok: false; problem: string };

export function isKnownVersion(version: unknown): version is number {
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 && version <= SESSION_VERSION;
}

/** Brings data saved as `version` up to the current version, or says what is wrong with it. */
export function migrateSession(data: unknown, version: number): MigrationResult {
  if (!isKnownVersion(version)) {
    return version > SESSION_VERSION
      ? { ok: false, problem: `it was saved by a newer version of Rapport (saved-game version ${version}; this one reads up to ${SESSION_VERSION})` }
      : { ok: false, problem: `it has an unknown saved-game version (${String(version)})` };
  }
  const first = checkPersistedSession(data, version);
  if (!first.ok) return { ok: false, problem: `it is damaged (${first.problem})` };
  const migrated = applyMigrations(first.data, version, SESSION_VERSION, MIGRATIONS);
  if (!migrated.ok) return { ok: false, problem: `no migration from saved-game version ${migrated.missingFrom} exists` };
  const last = checkPersistedSession(migrated.value, SESSION_VERSION);
  return last.ok ? { ok: true, data: last.data as PersistedSession } : { ok: false, problem: `it is damaged (${last.problem})` };
}
