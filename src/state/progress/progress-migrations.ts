// Versions of the saved progress and the sequential migrations between them: a save of version n
// is validated with its own schema, then migrated n → n+1 → … → current, then validated again.
import { checkProgressData, type ProgressData, type ProgressDataV1 } from './progress-schema';
import { applyMigrations, type Migration } from '../../engine';

export const PROGRESS_VERSION = 2;

/**
 * v1 → v2: each review entry names its item (a lesson question, keyed by its id); the new
 * records start empty; the learner id is created on first use, not here.
 */
function v1ToV2(data: unknown): unknown {
  const old = data as ProgressDataV1;
  const review = Object.fromEntries(Object.entries(old.review).map(([questionId, entry]) => [
    questionId, { item: { source: 'lesson', questionId }, ...entry },
  ]));
  return { answers: old.answers, lessons: old.lessons, review, variants: {}, predictions: {}, misconceptions: {} };
}

/** `MIGRATIONS[n]` turns valid version-n data into version n+1 data. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2 };

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
